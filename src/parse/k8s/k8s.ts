import { isMap, isScalar, isSeq, type Document, type Node, type YAMLMap } from 'yaml'
import type { ResourceRef } from '../../model.js'
import { HOST_FIELDS } from '../../namespaces.js'
import { entries, field, mapAt, mapField, noteBound, resolveAlias, scalarText, stringValue, type ParsedYaml } from '../yaml/yaml.js'
import { spendWork } from '../yaml/yaml-bounds.js'

/** One Kubernetes object: a document's root map, or an item of a `List`. */
export interface K8sObject {
  doc: Document.Parsed
  map: YAMLMap
  kind: string
  apiVersion?: string
  name?: string
  namespace?: string
  documentIndex: number
  /** `items[3]` for List items, '' for a document root. */
  pathPrefix: string
  resource: ResourceRef
}

/** A pod spec found inside an object, with where it sits. */
export interface PodSpecUnit {
  object: K8sObject
  spec: YAMLMap
  /** Dotted path from the object root, e.g. `spec.template.spec`. */
  path: string
  /** The pod template's metadata (labels for NetworkPolicy matching), when there is one. */
  templateMetadata?: YAMLMap
  /**
   * Pod-level settings of a custom resource rather than a whole pod spec: Argo Workflow's `spec`,
   * Tekton's `podTemplate`, a SparkApplication's `driver`. Found by a host namespace field, so
   * they have no containers to read compensating controls from, and no pod to start.
   */
  partial?: boolean
  /**
   * Where in a custom resource the pod spec sits, when the resource runs several kinds of pod or
   * keeps them in a list (`replicatedJobs[workers]`, `pytorchReplicaSpecs.Worker`): findings name
   * the resource and this, so that the pods of one object are told apart.
   */
  label?: string
}

/** The resource a pod spec's findings name: the outermost object, plus where in it the pod spec sits. */
export function podResource(unit: PodSpecUnit): ResourceRef {
  const r = unit.object.resource
  return unit.label ? { ...r, display: `${r.display} (${unit.label})` } : r
}

/**
 * Where the built-in kinds keep their pod spec (the same places the API server and PSA read).
 * The smoke checks start pods from the same places (src/smoke/pod.ts).
 */
export const POD_SPEC_PATHS: Readonly<Record<string, readonly string[]>> = {
  Pod: ['spec'],
  PodTemplate: ['template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
}

/**
 * Kinds that may hold pod-spec-looking data without being workloads: a CRD's schema, an
 * AdmissionReview (the request is judged at admission, not here), policy objects, raw data.
 */
const NOT_WORKLOADS = new Set([
  'ConfigMap',
  'Secret',
  'CustomResourceDefinition',
  'AdmissionReview',
  'ValidatingAdmissionPolicy',
  'MutatingAdmissionPolicy',
  'ValidatingWebhookConfiguration',
  'MutatingWebhookConfiguration',
  'Event',
])

/**
 * kubectl flattens Lists inside Lists at any depth; we follow them this deep, and past it the
 * items are reported as not judged (incomplete-scan), never skipped silently.
 */
export const MAX_LIST_DEPTH = 32
/** Nodes visited by the shape search in one object: bounds cost on huge or hostile CRs. */
const SHAPE_SEARCH_BUDGET = 20_000
/** Deep enough for Crossplane's pipeline Compositions, whose templates sit about 14 levels down. */
const SHAPE_SEARCH_DEPTH = 32
/** Sub-trees of an object that never hold the pod spec it runs. */
export const SKIP_IN_SHAPE_SEARCH: ReadonlySet<string> = new Set(['metadata', 'status', 'data', 'stringData', 'binaryData'])

export function* k8sObjects(parsed: ParsedYaml): Generator<K8sObject> {
  for (const d of parsed.documents) {
    if (d.fatal) continue
    const root = d.doc.contents
    if (isMap(root)) yield* objectsIn(d.doc, root, d.index, '', 0, new Set())
  }
}

/**
 * `seen`: List items already read in this document. Aliases can name one object as many List
 * items as a file has room for; it is judged once, at its first place, so they cannot multiply
 * the cost of reading (its findings would be the same, at the same node).
 */
function* objectsIn(doc: Document.Parsed, map: YAMLMap, documentIndex: number, pathPrefix: string, depth: number, seen: Set<YAMLMap>): Generator<K8sObject> {
  const kind = stringValue(field(doc, map, 'kind')?.value)
  if (!kind) return
  const items = field(doc, map, 'items')?.value
  if (kind.endsWith('List') && isSeq(items)) {
    if (depth >= MAX_LIST_DEPTH) {
      noteBound(doc, `a List nested more than ${MAX_LIST_DEPTH} deep: its items were not checked`, map)
      return
    }
    for (let i = 0; i < items.items.length; i++) {
      const item = resolveAlias(doc, items.items[i])
      if (!isMap(item) || seen.has(item)) continue
      seen.add(item)
      yield* objectsIn(doc, item, documentIndex, `${pathPrefix}items[${i}].`, depth + 1, seen)
    }
    return
  }
  const metadata = mapField(doc, map, 'metadata')
  const name = metadata ? scalarText(field(doc, metadata, 'name')?.value) : undefined
  const namespace = metadata ? scalarText(field(doc, metadata, 'namespace')?.value) : undefined
  const apiVersion = stringValue(field(doc, map, 'apiVersion')?.value)
  // Argo Workflows and Jobs created by tools often have only a generateName prefix.
  const shown = name ?? (metadata ? scalarText(field(doc, metadata, 'generateName')?.value) : undefined) ?? ''
  const display = namespace ? `${kind}/${namespace}/${shown}` : `${kind}/${shown}`
  yield {
    doc,
    map,
    kind,
    apiVersion,
    name,
    namespace,
    documentIndex,
    pathPrefix,
    resource: { display, kind, namespace, name, document: documentIndex },
  }
}

/** The pod specs an object runs, and whether the shape search gave up before looking everywhere. */
export interface PodSpecSearch {
  units: PodSpecUnit[]
  incomplete: boolean
}

/** The pod specs an object runs: fixed places for built-in kinds, by shape for custom resources. */
export function findPodSpecs(obj: K8sObject): PodSpecSearch {
  if (NOT_WORKLOADS.has(obj.kind) || isPolicyEngine(obj.apiVersion)) return { units: [], incomplete: false }
  const known = POD_SPEC_PATHS[obj.kind]
  if (known && isCoreApi(obj.apiVersion)) {
    const spec = mapAt(obj.doc, obj.map, known)
    if (!spec) return { units: [], incomplete: false }
    const templateMetadata = known.length > 1 ? mapAt(obj.doc, obj.map, [...known.slice(0, -1), 'metadata']) : mapField(obj.doc, obj.map, 'metadata')
    return { units: [{ object: obj, spec, path: obj.pathPrefix + known.join('.'), templateMetadata }], incomplete: false }
  }
  return findBySpecShape(obj)
}

/** Built-in kinds come from core groups; a CRD may reuse a name like `Deployment` in its own group. */
export function isCoreApi(apiVersion: string | undefined): boolean {
  const group = groupOf(apiVersion)
  return group === undefined || group === '' || group === 'apps' || group === 'batch' || group === 'extensions'
}

/** `apps/v1` → `apps`, `v1` → '' (the core group), no apiVersion → undefined. */
function groupOf(apiVersion: string | undefined): string | undefined {
  if (!apiVersion) return undefined
  return apiVersion.includes('/') ? apiVersion.split('/')[0] : ''
}

/**
 * A custom resource's configuration for its own program (an OpenTelemetry Collector's `config`,
 * `data` to be written out): a host namespace key there is the program's setting, not the pod's.
 * Full pod templates inside are still found.
 */
const CONFIG_BLOBS = new Set(['config', 'configuration', 'data', 'stringData', 'binaryData'])

/** The pod spec fields this tool is about: a custom resource that has one passes it to its pods. */
export { HOST_FIELDS, type HostField } from '../../namespaces.js'
const IS_HOST_FIELD: ReadonlySet<string> = new Set(HOST_FIELDS)

/**
 * API groups of policy engines, whose objects name host namespace fields as parameters or
 * patterns (Gatekeeper's `parameters.hostNetwork: true` allows it, Kyverno matches on it): rules
 * about pods, not pods.
 */
const POLICY_GROUP = /(?:^|\.)(?:gatekeeper\.sh|kyverno\.io|kubewarden\.io|jspolicy\.com|policy|admissionregistration\.k8s\.io)$/

function isPolicyEngine(apiVersion: string | undefined): boolean {
  return POLICY_GROUP.test(groupOf(apiVersion) ?? '')
}

/**
 * A kind (and API group, when known) whose objects never run pods: what a patch aimed at it sets
 * is data or policy (a PodSecurityPolicy's `spec.hostNetwork` allows, it does not share).
 */
export function runsNoPods(kind: string | undefined, group?: string): boolean {
  return (kind !== undefined && (NOT_WORKLOADS.has(kind) || kind === 'PodSecurityPolicy')) || (group !== undefined && POLICY_GROUP.test(group))
}

/** Pod-level settings outside a pod spec are a custom resource's: core kinds keep them in one place. */
function mayCarryPodSettings(apiVersion: string | undefined): boolean {
  return !isCoreApi(apiVersion)
}

/**
 * Custom resources (Argo Rollout, OpenShift DeploymentConfig, KEDA ScaledJob, Knative…) embed a
 * pod template somewhere under spec. A pod spec is a map with a `containers` sequence; its
 * sibling-level `metadata` (in a template) gives the labels. Others carry only pod-level
 * settings (Argo Workflow `spec.hostNetwork`, Tekton `podTemplate`, Spark `driver`): a map with a
 * host namespace field set to a scalar is one of those, and may still hold a full template deeper.
 */
function findBySpecShape(obj: K8sObject): PodSpecSearch {
  const found: PodSpecUnit[] = []
  /** Per unit found: the path with list items named by their `name` (`replicatedJobs[workers]`). */
  const named: string[][] = []
  const settingsAllowed = mayCarryPodSettings(obj.apiVersion)
  let budget = SHAPE_SEARCH_BUDGET
  let incomplete = false
  // Only collections spend the budget: a long list of scalars cannot hide a pod template.
  const visit = (node: Node, path: string[], names: string[], parent: YAMLMap | undefined, depth: number, inBlob = false): void => {
    if (!isMap(node) && !isSeq(node)) return
    if (depth > SHAPE_SEARCH_DEPTH) {
      incomplete = true
      return
    }
    // The file's budget too: thousands of objects can share one aliased tree, each searching it.
    if (--budget <= 0 || !spendWork(obj.doc, 1, node)) {
      incomplete = true
      return
    }
    if (isMap(node)) {
      const kids = entries(obj.doc, node)
      // A PodTemplateSpec's spec is a pod spec even before it has containers (kube-linter's
      // fixtures leave them out); elsewhere a `containers` list is the telltale. A template's
      // spec that holds a template of its own is a JobSpec (JobSet's replicatedJobs, a CronJob-like
      // CR): the pod spec is one level down, and the search goes on to it.
      const hasContainers = kids.some(([k, v]) => k === 'containers' && isSeq(v))
      const isTemplateSpec = path.length >= 2 && path[path.length - 1] === 'spec' && path[path.length - 2] === 'template'
      const wrapsTemplate = !hasContainers && kids.some(([k, v]) => k === 'template' && isMap(v))
      if (depth > 0 && (hasContainers || (isTemplateSpec && !wrapsTemplate))) {
        const templateMetadata = parent ? mapField(obj.doc, parent, 'metadata') : undefined
        found.push({ object: obj, spec: node, path: obj.pathPrefix + path.join('.'), templateMetadata })
        named.push(names)
        return
      }
      // A map-valued `hostNetwork: {enabled: true}` is some operator's own setting, not the pod field.
      if (settingsAllowed && !inBlob && depth > 0 && kids.some(([k, v]) => IS_HOST_FIELD.has(k) && isScalar(v))) {
        found.push({ object: obj, spec: node, path: obj.pathPrefix + path.join('.'), partial: true })
        named.push(names)
      }
      for (const [k, v] of kids) {
        if (depth === 0 && SKIP_IN_SHAPE_SEARCH.has(k)) continue
        visit(v, [...path, k], [...names, k], node, depth + 1, inBlob || CONFIG_BLOBS.has(k))
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const v = resolveAlias(obj.doc, item)
        if (!v) return
        const last = path[path.length - 1] ?? ''
        const itemName = isMap(v) ? scalarText(field(obj.doc, v, 'name')?.value) : undefined
        const shown = itemName !== undefined && itemName.length <= 63 ? itemName : String(i)
        visit(v, [...path.slice(0, -1), `${last}[${i}]`], [...names.slice(0, -1), `${names[names.length - 1] ?? ''}[${shown}]`], undefined, depth + 1, inBlob)
      })
    }
  }
  visit(obj.map, [], [], undefined, 0)
  // Several pod templates in one object, or one in a list, are told apart by where they sit; a
  // resource's own pod-level settings beside a single template do not make it ambiguous.
  if (found.filter(u => !u.partial).length > 1 || named.some(n => n.some(part => part.endsWith(']'))))
    found.forEach((unit, k) => {
      unit.label = podLabel(named[k])
    })
  return { units: found, incomplete }
}

/** `spec.replicatedJobs[workers].template.spec.template.spec` → `replicatedJobs[workers]`: the wrapping `spec`/`template` steps say nothing. */
function podLabel(names: string[]): string {
  let end = names.length
  while (end > 1 && (names[end - 1] === 'spec' || names[end - 1] === 'template')) end--
  const start = names[0] === 'spec' && end > 1 ? 1 : 0
  return names.slice(start, end).join('.')
}
