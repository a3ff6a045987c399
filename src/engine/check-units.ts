import { isScalar } from 'yaml'
import type { ResourceRef, Span } from '../model.js'
import { HOST_FIELDS, podResource, type PodSpecUnit } from '../parse/k8s/k8s.js'
import { field } from '../parse/yaml/yaml.js'
import { templateAction } from '../parse/k8s/template.js'
import type { SourceText } from '../parse/source.js'
import type { Report, Rule, UnitContext } from '../rules/types.js'
import { embeddedContext, fileSpan, type Embedding } from './embedded-context.js'

/** Calls a hook of every enabled rule that has it, with that rule's context. */
export type Each = <K extends keyof Rule>(hook: K, call: (rule: Rule, ctx: UnitContext) => void) => void

/** Reports a `parse-error` finding: something that could hold a finding was not checked. */
export type Problem = (message: string, span: Span, fieldPath: string, resource?: ResourceRef) => void

/** Units read out of a string of the file (an inline kustomize patch), and where that string is. */
export interface Embedded {
  embedding: Embedding
  /** `kustomization patches[0].patch`: named in messages and field paths. */
  where: string
  /** The file's document that holds the string. */
  document: number
  /**
   * The object that holds the string, when findings name it rather than what the string holds
   * (an Argo Workflow's resource template): `Workflow/wf (templates[make-job].resource.manifest)`.
   */
  outer?: ResourceRef
}

/** A finding about embedded text as a finding about the file. */
export const aboutFile =
  (e: Embedded) =>
  (r: Report): Report => {
    const outer = e.outer && { ...e.outer, display: `${e.outer.display} (${e.where})` }
    return {
      ...r,
      message: `${outer ? outer.display : e.where}: ${r.message}`,
      resource: outer ?? { ...r.resource, document: e.document },
      fieldPath: `${e.where}:${r.fieldPath}`,
    }
  }

/**
 * Runs the pod rules on pod specs. A host field whose value is a template action
 * (`hostNetwork: {{ .Values.hostNetwork }}`) cannot be judged: it is a parse-error, and the
 * rules skip it.
 */
export function checkPods(pods: readonly PodSpecUnit[], source: SourceText, each: Each, problem: Problem, embedded?: Embedded): void {
  for (const pod of pods) {
    for (const name of HOST_FIELDS) {
      const hit = field(pod.object.doc, pod.spec, name)
      const action = hit && !isScalar(hit.value) ? templateAction(source.text, hit.written) : undefined
      const range = hit?.written.range
      if (!action || !range) continue
      const span = source.span(range[0], range[1])
      const resource = podResource(pod)
      const r: Report = {
        span,
        message: `${resource.display}: \`${name}\` is a template expression (\`${action}\`): render the chart (helm template, kustomize build) and scan the output.`,
        resource,
        fieldPath: `${pod.path}.${name}:template`,
      }
      const at = embedded ? { ...aboutFile(embedded)(r), span: fileSpan(embedded.embedding, span).span } : r
      problem(at.message, at.span, at.fieldPath, at.resource)
    }
    each('pod', (rule, ctx) => rule.pod!(pod, embedded ? embeddedContext(ctx, embedded.embedding, aboutFile(embedded)) : ctx))
  }
}
