import { isMap, isScalar, isSeq, type Scalar, type YAMLMap } from 'yaml'
import { field, mapField, resolveAlias, scalarText } from '../yaml/yaml.js'
import type { K8sObject } from './k8s.js'

/**
 * Argo Workflows' `resource` templates create a Kubernetes object from a manifest written as a
 * string (`resource: {action: create, manifest: |…}`): the object is deployed when the workflow
 * runs, so its pod spec is read like a manifest's. Found in Workflow, WorkflowTemplate,
 * ClusterWorkflowTemplate (`spec.templates`) and CronWorkflow (`spec.workflowSpec.templates`).
 */
export interface ResourceManifest {
  /** `templates[create-job].resource.manifest`: where in the object, for messages. */
  where: string
  /** Dotted path from the object root, for field paths. */
  path: string
  scalar: Scalar
}

const ARGO_KINDS = new Set(['Workflow', 'WorkflowTemplate', 'ClusterWorkflowTemplate', 'CronWorkflow'])

export function argoResourceManifests(obj: K8sObject): ResourceManifest[] {
  if (!ARGO_KINDS.has(obj.kind) || !obj.apiVersion?.startsWith('argoproj.io/')) return []
  const spec = mapField(obj.doc, obj.map, 'spec')
  const workflowSpec = spec && obj.kind === 'CronWorkflow' ? mapField(obj.doc, spec, 'workflowSpec') : spec
  const prefix = obj.kind === 'CronWorkflow' ? 'spec.workflowSpec' : 'spec'
  const templates = workflowSpec ? field(obj.doc, workflowSpec, 'templates')?.value : undefined
  if (!isSeq(templates)) return []
  const out: ResourceManifest[] = []
  templates.items.forEach((item, i) => {
    const template = resolveAlias(obj.doc, item)
    if (!isMap(template)) return
    const resource = mapField(obj.doc, template as YAMLMap, 'resource')
    const manifest = resource ? field(obj.doc, resource, 'manifest')?.value : undefined
    if (!isScalar(manifest) || typeof manifest.value !== 'string') return
    const name = scalarText(field(obj.doc, template as YAMLMap, 'name')?.value) ?? String(i)
    out.push({ where: `templates[${name}].resource.manifest`, path: `${obj.pathPrefix}${prefix}.templates[${i}].resource.manifest`, scalar: manifest })
  })
  return out
}
