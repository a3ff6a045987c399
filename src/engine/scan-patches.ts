import type { ResourceRef } from '../model.js'
import { embeddedText } from '../parse/yaml/embedded.js'
import { jsonPatchOps, type JsonPatchUnit } from '../parse/k8s/json-patch.js'
import { argoResourceManifests } from '../parse/k8s/argo.js'
import { findPodSpecs, k8sObjects, type K8sObject } from '../parse/k8s/k8s.js'
import { inlinePatches, isKustomization, type InlinePatch } from '../parse/k8s/kustomize.js'
import { SourceText } from '../parse/source.js'
import { boundsHit, parseYaml, type ParsedYaml } from '../parse/yaml/yaml.js'
import type { Report } from '../rules/types.js'
import { checkPods, type Each, type Embedded, type Problem } from './check-units.js'
import { embeddedContext, fileSpan } from './embedded-context.js'

/**
 * Kustomize patches: a JSON 6902 patch file (a list of `{op, path, value}`), and the patches a
 * kustomization holds inline as strings, each read as YAML of its own (a JSON patch, or a
 * strategic-merge partial object read like any manifest) with positions mapped back to the file.
 */
export function scanPatches(
  parsed: ParsedYaml,
  source: SourceText,
  each: Each,
  report: { problem: Problem; incomplete: Problem },
  mayShare: (text: string) => boolean,
): void {
  const name = source.path.slice(source.path.lastIndexOf('/') + 1)
  for (const d of parsed.documents) {
    if (d.fatal) continue
    const root = d.doc.contents
    const ops = jsonPatchOps(d.doc, root)
    if (ops) {
      const resource: ResourceRef = { display: `patch/${name}`, kind: 'patch', name, document: d.index }
      for (const op of ops) {
        const unit: JsonPatchUnit = { doc: d.doc, op, resource, label: `JSON patch ${name}`, fieldPath: 'json-patch' }
        each('jsonPatchOp', (rule, ctx) => rule.jsonPatchOp!(unit, ctx))
      }
    }
    if (isKustomization(d.doc, root, source.path)) {
      for (const patch of inlinePatches(d.doc, root)) scanInlinePatch(patch, d.index, source, each, report, mayShare)
    }
  }
}

function scanInlinePatch(
  patch: InlinePatch,
  document: number,
  source: SourceText,
  each: Each,
  report: { problem: Problem; incomplete: Problem },
  mayShare: (text: string) => boolean,
): void {
  const { problem, incomplete } = report
  const text = embeddedText(source.text, patch.scalar)
  // The prefilter reads the file, whose text holds the patch's (escapes aside, which it also lets through).
  if (!text || !mayShare(text.text)) return
  const inner = new SourceText(source.path, text.text)
  const embedding = { file: source, inner, text }
  const parsed = parseYaml(inner)
  for (const p of parsed.problems) {
    problem(`${source.path}: kustomization ${patch.path}: ${p.message}.`, fileSpan(embedding, p.span).span, `${patch.path}:yaml:${p.span.start.line}`)
  }
  // Fail closed inside a patch too: a bound its reading hit is reported at the patch.
  for (const hit of [...parsed.bounds, ...parsed.documents.flatMap(d => boundsHit(d.doc))]) {
    incomplete(
      `${source.path}: kustomization ${patch.path}: ${hit.message}`,
      fileSpan(embedding, inner.span(hit.offset, hit.offset)).span,
      `${patch.path}:bound:${hit.message}`,
    )
  }
  // A JSON patch's messages name the patch already.
  const withDocument = (r: Report): Report => ({ ...r, resource: { ...r.resource, document } })
  for (const d of parsed.documents) {
    const ops = d.fatal || patch.targetRunsNoPods ? undefined : jsonPatchOps(d.doc, d.doc.contents)
    if (!ops) continue
    const resource = patch.target ?? { display: `patch/${patch.path}`, kind: 'patch', name: patch.path }
    const label = `kustomization ${patch.path}${patch.target ? ` for ${patch.target.display}` : ''}`
    for (const op of ops) {
      const unit: JsonPatchUnit = { doc: d.doc, op, resource, label, fieldPath: `${patch.path}:json-patch` }
      each('jsonPatchOp', (rule, ctx) => rule.jsonPatchOp!(unit, embeddedContext(ctx, embedding, withDocument)))
    }
  }
  // A strategic-merge patch is a partial object: its pod spec is read like a manifest's.
  const embedded: Embedded = { embedding, where: `kustomization ${patch.path}`, document }
  for (const object of k8sObjects(parsed)) checkPods(findPodSpecs(object).units, inner, each, problem, embedded)
}

/**
 * Objects an object creates from a manifest string (an Argo Workflow's resource template): read
 * as YAML of their own, with positions mapped back to the file, and named after the outer object.
 */
export function scanResourceManifests(
  object: K8sObject,
  source: SourceText,
  each: Each,
  report: { problem: Problem; incomplete: Problem },
  mayShare: (text: string) => boolean,
): void {
  for (const manifest of argoResourceManifests(object)) {
    const text = embeddedText(source.text, manifest.scalar)
    if (!text || !mayShare(text.text)) continue
    const inner = new SourceText(source.path, text.text)
    const embedding = { file: source, inner, text }
    const parsed = parseYaml(inner)
    const where = `${object.resource.display} ${manifest.where}`
    for (const p of parsed.problems)
      report.problem(`${source.path}: ${where}: ${p.message}.`, fileSpan(embedding, p.span).span, `${manifest.path}:yaml:${p.span.start.line}`)
    for (const hit of [...parsed.bounds, ...parsed.documents.flatMap(d => boundsHit(d.doc))])
      report.incomplete(
        `${source.path}: ${where}: ${hit.message}`,
        fileSpan(embedding, inner.span(hit.offset, hit.offset)).span,
        `${manifest.path}:bound:${hit.message}`,
      )
    const embedded: Embedded = { embedding, where: manifest.where, document: object.documentIndex, outer: object.resource }
    for (const created of k8sObjects(parsed)) checkPods(findPodSpecs(created).units, inner, each, report.problem, embedded)
  }
}
