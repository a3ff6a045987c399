import { isMap, isScalar, isSeq, type Document, type Scalar, type YAMLMap } from 'yaml'
import type { ResourceRef } from '../../model.js'
import { field, mapField, resolveAlias, scalarText, stringValue } from '../yaml/yaml.js'
import { runsNoPods } from './k8s.js'

/**
 * Kustomizations patch the resources they build: a patch that turns a host namespace field on
 * is a workload that shares it once `kustomize build` runs, even though no manifest says so.
 * Patches in files of their own are read where they are; this finds the ones written inline.
 */

/** The names kustomize looks for in a directory; there, `kind` and `apiVersion` are optional. */
const KUSTOMIZATION_FILES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization'])
const KINDS = new Set(['Kustomization', 'Component'])

export function isKustomization(doc: Document.Parsed, root: unknown, path: string): root is YAMLMap {
  if (!isMap(root)) return false
  const kind = stringValue(field(doc, root, 'kind')?.value)
  const apiVersion = stringValue(field(doc, root, 'apiVersion')?.value)
  if (kind !== undefined && KINDS.has(kind) && apiVersion?.startsWith('kustomize.config.k8s.io/')) return true
  const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1)
  return KUSTOMIZATION_FILES.has(base) && (field(doc, root, 'kind') === undefined || (kind !== undefined && KINDS.has(kind)))
}

/** A patch written as a string in the kustomization: YAML to be read on its own. */
export interface InlinePatch {
  /** Where it sits: `patches[0].patch`, `patchesStrategicMerge[1]`. */
  path: string
  scalar: Scalar
  /** What the kustomization applies it to, when it names it (`target:`). */
  target?: ResourceRef
  /** The target is a kind that runs no pods (a PodSecurityPolicy, a ConfigMap, a policy engine's). */
  targetRunsNoPods?: boolean
}

/** Lists whose entries hold an inline patch under `patch` (else a `path` to a file) and a `target`. */
const TARGETED_PATCH_LISTS = ['patches', 'patchesJson6902'] as const

export function inlinePatches(doc: Document.Parsed, kustomization: YAMLMap): InlinePatch[] {
  const out: InlinePatch[] = []
  for (const key of TARGETED_PATCH_LISTS) {
    items(doc, kustomization, key).forEach((item, i) => {
      if (!isMap(item)) return
      const patch = field(doc, item, 'patch')?.value
      if (!isScalar(patch) || typeof patch.value !== 'string') return
      const target = mapField(doc, item, 'target')
      const [kind, group] = ['kind', 'group'].map(k => (target ? stringValue(field(doc, target, k)?.value) : undefined))
      out.push({ path: `${key}[${i}].patch`, scalar: patch, target: targetOf(doc, target), targetRunsNoPods: runsNoPods(kind, group) })
    })
  }
  // Each entry is a file name or the patch itself; a file name reads as a plain string, not a patch.
  items(doc, kustomization, 'patchesStrategicMerge').forEach((item, i) => {
    if (isScalar(item) && typeof item.value === 'string') out.push({ path: `patchesStrategicMerge[${i}]`, scalar: item })
  })
  return out
}

function items(doc: Document.Parsed, map: YAMLMap, key: string): unknown[] {
  const list = field(doc, map, key)?.value
  return isSeq(list) ? list.items.map(i => resolveAlias(doc, i)) : []
}

function targetOf(doc: Document.Parsed, target: YAMLMap | undefined): ResourceRef | undefined {
  if (!target) return undefined
  const [kind, namespace, name] = ['kind', 'namespace', 'name'].map(k => scalarText(field(doc, target, k)?.value))
  // A target chosen by label selector names no single object.
  const display = `${kind ?? '*'}/${namespace ? `${namespace}/` : ''}${name ?? '*'}`
  return { display, kind, namespace, name }
}
