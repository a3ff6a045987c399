import { isMap, isScalar, isSeq, type Document, type Node, type YAMLMap } from 'yaml'
import type { ResourceRef, Span } from '../model.js'
import { HOST_FIELDS, type HostField, type K8sObject, type PodSpecUnit } from '../parse/k8s/k8s.js'
import type { SourceText } from '../parse/source.js'
import { entries, field, mapAt, mapField, resolveAlias, scalarText, stringValue } from '../parse/yaml/yaml.js'

/**
 * Plain facts about workloads and NetworkPolicies, taken from the AST while the engine holds it
 * and returned beside the findings. Nothing here keeps a YAML node: exception checks run after
 * the scan, over every file, and the ASTs are long gone by then.
 */

export { HOST_FIELDS, type HostField } from '../parse/k8s/k8s.js'

/** A label or annotation as written. */
export interface MetaEntry {
  value: string
  /** Written as a YAML string; Kubernetes rejects a label written as a boolean or number. */
  isString: boolean
  keySpan: Span
  valueSpan: Span
}

export interface ContainerFacts {
  name: string
  list: 'containers' | 'initContainers'
  /** `spec.template.spec.containers[0]`. */
  fieldPath: string
  /** The container's `name` value (or the container map): where control findings point. */
  anchor: Span
  /** Effective values: the container's securityContext wins over the pod's. */
  runAsNonRoot?: boolean
  runAsUser?: number
  /** `capabilities.drop` lists `ALL`. */
  dropsAll: boolean
  allowPrivilegeEscalation?: boolean
}

export interface PodFacts {
  /** Dotted path of the pod spec from the object root (PodSpecUnit.path). */
  path: string
  /** Pod template labels (for a Pod, its own labels). */
  templateLabels: Record<string, string>
  /** Where the template's labels are written, or the pod spec: where the NetworkPolicy finding points. */
  labelsAnchor: Span
  /** Host fields set to boolean true, with the span of the value. */
  host: Partial<Record<HostField, Span>>
  /** Exception label or annotations written on the pod template instead of the workload. */
  misplacedException?: Span
  containers: ContainerFacts[]
  /** Pod-level settings of a custom resource, not a whole pod spec (PodSpecUnit.partial). */
  partial: boolean
}

/** How a workload that a chart or overlay renders was made: what a smoke job renders again to start it. */
export interface RenderedFrom {
  tool: 'helm' | 'kustomize'
  /** The chart or overlay directory, repo-relative. */
  path: string
  /** Values files of the chart variant, chart-relative. */
  values: string[]
  namespace?: string
}

export interface WorkloadFacts {
  /** file, document and List position: unique per object. */
  id: string
  file: string
  documentIndex: number
  /** An item of a List rather than a document of its own (the smoke check starts documents). */
  inList: boolean
  resource: ResourceRef
  kind: string
  name?: string
  namespace?: string
  /** The metadata.namespace value, when written. */
  namespaceSpan?: Span
  /** metadata.name value, or the object's first line: where workload-level findings point. */
  anchor: Span
  /**
   * The labels and annotations of the exception (EXCEPTION_PREFIX) only: nothing reads the others,
   * and a workload's facts are kept for the whole scan.
   */
  labels: Record<string, MetaEntry>
  annotations: Record<string, MetaEntry>
  pods: PodFacts[]
  /** Set for a workload found in a rendered chart or overlay: `file` is then its template. */
  rendered?: RenderedFrom
}

export interface LabelSelectorRequirement {
  key: string
  operator: string
  values: string[]
}

export interface LabelSelector {
  matchLabels: Record<string, string>
  matchExpressions: LabelSelectorRequirement[]
}

export interface NetworkPolicyFacts {
  id: string
  file: string
  name?: string
  namespace?: string
  podSelector: LabelSelector
}

/** The exception label and annotation prefix, also used to spot misplaced records. */
export const EXCEPTION_PREFIX = 'host-namespace-guard.io/'

/**
 * Which facts a scan gathers besides its findings. Each makes the engine parse the YAML that
 * holds them (the filter below), even where no rule could fire.
 */
export interface FactNeeds {
  /** Workloads (with pod specs or exception metadata) and NetworkPolicies: the exceptions stage. */
  exceptions?: boolean
  /** NetworkPolicies only: the repository-wide context of a partial scan. */
  networkPolicies?: boolean
  /** Every workload with a pod to start: the runtime smoke matrix. */
  workloads?: boolean
  /**
   * With `exceptions`: NetworkPolicies matter only to exception records, which a walk cannot know
   * of until it ends, and most repositories have none. Documents are then not parsed for them; a
   * file that mentions one is named instead (FileScan.mentionsNetworkPolicy), to be read only if
   * records turn up. Renders are never deferred: their output is not kept to read again.
   */
  networkPoliciesLater?: boolean
  /**
   * With `exceptions`, when given: the workloads the central exceptions file names (centralTarget
   * keys). A workload's facts are then kept only where the exceptions stage can use them: it
   * carries exception metadata (on itself or, misplaced, on its pod template), or is named here.
   * So what a walk keeps grows with the exceptions, not with the manifests. Without it (a pull
   * request's files, whose review drafts an exception for each workload that shares), every
   * workload read is kept.
   */
  centralTargets?: string[]
}

/** Kubernetes' namespace for an object that names none. */
export const DEFAULT_NAMESPACE = 'default'

/** How a central exception record and a workload are matched: kind, namespace (default when none), name. */
export const centralTarget = (kind: string, namespace: string | undefined, name: string | undefined): string =>
  `${kind}/${namespace ?? DEFAULT_NAMESPACE}/${name ?? ''}`

/** The facts of one file or of a whole scan: plain data, no YAML node. */
/** A Namespace manifest: what Pod Security Admission enforces in it (namespace-pod-security). */
export interface NamespaceFacts {
  file: string
  name: string
  resource: ResourceRef
  /** `pod-security.kubernetes.io/enforce` as written. */
  enforce?: MetaEntry
  /** Where a missing label belongs: the labels map, else metadata, else the object. */
  anchor: Span
}

export interface Facts {
  workloads: WorkloadFacts[]
  networkPolicies: NetworkPolicyFacts[]
  /** Namespace manifests; kept for the exceptions stage, one small record each. */
  namespaces: NamespaceFacts[]
}

export const noFacts = (): Facts => ({ workloads: [], networkPolicies: [], namespaces: [] })

/** Pod Security Admission's label for the level a namespace enforces. */
export const PSA_ENFORCE_LABEL = 'pod-security.kubernetes.io/enforce'

/** The text a document must hold for the facts a scan needs: others are not parsed for them. */
export function factFilter(needs: FactNeeds | undefined): RegExp | undefined {
  if (!needs) return undefined
  if (needs.workloads) return /kind/
  if (needs.exceptions)
    return needs.networkPoliciesLater ? /host-namespace-guard\.io\/|\bNamespace\b/ : /NetworkPolicy|host-namespace-guard\.io\/|\bNamespace\b/
  if (needs.networkPolicies) return /NetworkPolicy/
  return undefined
}

/** The facts one object gives, for what the scan needs. */
export function factsOf(object: K8sObject, pods: PodSpecUnit[], source: SourceText, needs: FactNeeds, into: Facts): void {
  if (needs.exceptions && object.kind === 'Namespace' && (object.apiVersion === undefined || object.apiVersion === 'v1') && object.name)
    into.namespaces.push(namespaceFacts(object, source))
  if (object.kind === 'NetworkPolicy' && isNetworkingApi(object.apiVersion)) {
    const np = networkPolicyFacts(object, source)
    if (np) into.networkPolicies.push(np)
  }
  if (needs.workloads && pods.length > 0) {
    into.workloads.push(workloadFacts(object, pods, source))
    return
  }
  if (!needs.exceptions) return
  const workloadMetadata = mapField(object.doc, object.map, 'metadata')
  const metadata = hasExceptionKey(object.doc, workloadMetadata)
  if (!metadata && pods.length === 0) return
  // In a walk, only a workload a record can be about is kept, and decided before its facts are
  // built: one with a record of its own (or one misplaced on its pod template), or one the
  // central file names. One that shares but has no record fails on its findings alone.
  if (
    needs.centralTargets &&
    !metadata &&
    !pods.some(p => p.templateMetadata && p.templateMetadata !== workloadMetadata && hasExceptionKey(object.doc, p.templateMetadata)) &&
    !needs.centralTargets.includes(centralTarget(object.kind, object.namespace, object.name))
  )
    return
  into.workloads.push(workloadFacts(object, pods, source))
}

function namespaceFacts(object: K8sObject, source: SourceText): NamespaceFacts {
  const metadata = mapField(object.doc, object.map, 'metadata')
  const labels = metadata ? mapField(object.doc, metadata, 'labels') : undefined
  const anchor = spanOfNode(source, labels) ?? spanOfNode(source, metadata) ?? spanOfNode(source, object.map) ?? source.span(0, 0)
  const enforce = metaEntries(object.doc, metadata, 'labels', source)[PSA_ENFORCE_LABEL]
  return {
    file: source.path,
    name: object.name!,
    resource: object.resource,
    ...(enforce ? { enforce } : {}),
    anchor: { ...anchor, end: anchor.start, endOffset: anchor.startOffset },
  }
}

const objectId = (file: string, object: K8sObject) => `${file}#${object.documentIndex}#${object.pathPrefix}`

function isNetworkingApi(apiVersion: string | undefined): boolean {
  return apiVersion === undefined || apiVersion.startsWith('networking.k8s.io/') || apiVersion.startsWith('extensions/')
}

/** Whether labels or annotations under `metadata` hold an exception key (EXCEPTION_PREFIX). */
function hasExceptionKey(doc: Document.Parsed, metadata: YAMLMap | undefined): boolean {
  if (!metadata) return false
  for (const which of ['labels', 'annotations']) {
    const map = mapField(doc, metadata, which)
    if (map) for (const [k] of entries(doc, map)) if (isExceptionKey(k)) return true
  }
  return false
}

/** Keys are user-controlled: a `__proto__` label must stay a label. */
export function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>
}

function spanOfNode(source: SourceText, node: unknown): Span | undefined {
  const range = (node as Node | null | undefined)?.range
  return range ? source.span(range[0], range[1]) : undefined
}

const isExceptionKey = (key: string): boolean => key.startsWith(EXCEPTION_PREFIX)

function metaEntries(
  doc: Document.Parsed,
  metadata: YAMLMap | undefined,
  key: 'labels' | 'annotations',
  source: SourceText,
  keep: (key: string) => boolean = () => true,
): Record<string, MetaEntry> {
  const out = dict<MetaEntry>()
  const map = metadata ? mapField(doc, metadata, key) : undefined
  if (!map) return out
  const keySpans = new Map<string, Span>()
  for (const pair of map.items) {
    const k = isScalar(pair.key) ? scalarText(pair.key) : undefined
    if (k !== undefined && !keep(k)) continue
    const s = spanOfNode(source, pair.key)
    if (k !== undefined && s && !keySpans.has(k)) keySpans.set(k, s)
  }
  for (const [k, v] of entries(doc, map)) {
    if (!keep(k)) continue
    const text = scalarText(v)
    if (text === undefined) continue
    const valueSpan = spanOfNode(source, v) ?? spanOfNode(source, map) ?? source.span(0, 0)
    const str = stringValue(v)
    out[k] = { value: str ?? text, isString: str !== undefined, keySpan: keySpans.get(k) ?? valueSpan, valueSpan }
  }
  return out
}

function workloadFacts(object: K8sObject, pods: PodSpecUnit[], source: SourceText): WorkloadFacts {
  const { doc, map } = object
  const metadata = mapField(doc, map, 'metadata')
  const nameNode = metadata ? field(doc, metadata, 'name')?.value : undefined
  const namespaceNode = metadata ? field(doc, metadata, 'namespace')?.value : undefined
  const objectStart = map.range ? source.span(map.range[0], source.lineEnd(source.position(map.range[0]).line)) : source.span(0, 0)
  return {
    id: objectId(source.path, object),
    file: source.path,
    documentIndex: object.documentIndex,
    inList: object.pathPrefix !== '',
    resource: object.resource,
    kind: object.kind,
    name: object.name,
    namespace: object.namespace,
    namespaceSpan: spanOfNode(source, namespaceNode),
    anchor: spanOfNode(source, nameNode) ?? objectStart,
    labels: metaEntries(doc, metadata, 'labels', source, isExceptionKey),
    annotations: metaEntries(doc, metadata, 'annotations', source, isExceptionKey),
    pods: pods.map(pod => podFacts(pod, metadata, source)),
  }
}

function podFacts(unit: PodSpecUnit, workloadMetadata: YAMLMap | undefined, source: SourceText): PodFacts {
  const doc = unit.object.doc
  const templateLabelsMap = unit.templateMetadata ? mapField(doc, unit.templateMetadata, 'labels') : undefined
  const templateLabels = dict<string>()
  for (const [k, entry] of Object.entries(metaEntries(doc, unit.templateMetadata, 'labels', source))) templateLabels[k] = entry.value
  const host: Partial<Record<HostField, Span>> = {}
  for (const name of HOST_FIELDS) {
    const hit = field(doc, unit.spec, name)
    if (hit && isScalar(hit.value) && hit.value.value === true) {
      const s = spanOfNode(source, hit.written)
      if (s) host[name] = s
    }
  }
  let misplacedException: Span | undefined
  if (unit.templateMetadata && unit.templateMetadata !== workloadMetadata) {
    for (const which of ['labels', 'annotations'] as const) {
      const onTemplate = metaEntries(doc, unit.templateMetadata, which, source)
      const key = Object.keys(onTemplate).find(k => k.startsWith(EXCEPTION_PREFIX))
      if (key && !misplacedException) misplacedException = onTemplate[key].keySpan
    }
  }
  const podContext = mapField(doc, unit.spec, 'securityContext')
  const podRunAsNonRoot = podContext ? bool(field(doc, podContext, 'runAsNonRoot')?.value) : undefined
  const podRunAsUser = podContext ? int(field(doc, podContext, 'runAsUser')?.value) : undefined
  const containers: ContainerFacts[] = []
  for (const list of ['initContainers', 'containers'] as const) {
    const seq = field(doc, unit.spec, list)?.value
    if (!isSeq(seq)) continue
    seq.items.forEach((item, index) => {
      const c = resolveAlias(doc, item)
      if (!isMap(c)) return
      const nameNode = field(doc, c, 'name')?.value
      const ctx = mapField(doc, c, 'securityContext')
      const capabilities = ctx ? mapAt(doc, ctx, ['capabilities']) : undefined
      const dropList = capabilities ? field(doc, capabilities, 'drop')?.value : undefined
      const dropsAll = isSeq(dropList) && dropList.items.some(i => stringValue(resolveAlias(doc, i)) === 'ALL')
      const containerRunAsNonRoot = ctx ? bool(field(doc, ctx, 'runAsNonRoot')?.value) : undefined
      const containerRunAsUser = ctx ? int(field(doc, ctx, 'runAsUser')?.value) : undefined
      containers.push({
        name: scalarText(nameNode) ?? `#${index}`,
        list,
        fieldPath: `${unit.path}.${list}[${index}]`,
        anchor: spanOfNode(source, nameNode) ?? spanOfNode(source, c) ?? source.span(0, 0),
        runAsNonRoot: containerRunAsNonRoot ?? podRunAsNonRoot,
        runAsUser: containerRunAsUser ?? podRunAsUser,
        dropsAll,
        allowPrivilegeEscalation: ctx ? bool(field(doc, ctx, 'allowPrivilegeEscalation')?.value) : undefined,
      })
    })
  }
  return {
    path: unit.path,
    templateLabels,
    labelsAnchor: spanOfNode(source, templateLabelsMap) ?? spanOfNode(source, unit.templateMetadata) ?? spanOfNode(source, unit.spec) ?? source.span(0, 0),
    host,
    misplacedException,
    containers,
    partial: unit.partial === true,
  }
}

function networkPolicyFacts(object: K8sObject, source: SourceText): NetworkPolicyFacts | undefined {
  const { doc, map } = object
  const spec = mapField(doc, map, 'spec')
  // A NetworkPolicy without spec is rejected by the API server: it selects nothing.
  if (!spec) return undefined
  const selector = field(doc, spec, 'podSelector')?.value
  // An omitted or null podSelector decodes to the empty selector, which selects every pod of the namespace.
  const empty = selector === undefined || (isScalar(selector) && selector.value === null)
  const podSelector = isMap(selector) ? labelSelector(doc, selector) : empty ? { matchLabels: dict<string>(), matchExpressions: [] } : undefined
  if (!podSelector) return undefined
  return { id: objectId(source.path, object), file: source.path, name: object.name, namespace: object.namespace, podSelector }
}

function labelSelector(doc: Document.Parsed, map: YAMLMap): LabelSelector {
  const matchLabels = dict<string>()
  const labels = mapField(doc, map, 'matchLabels')
  if (labels) for (const [k, v] of entries(doc, labels)) matchLabels[k] = scalarText(v) ?? ''
  const matchExpressions: LabelSelectorRequirement[] = []
  const exprs = field(doc, map, 'matchExpressions')?.value
  if (isSeq(exprs)) {
    for (const item of exprs.items) {
      const e = resolveAlias(doc, item)
      if (!isMap(e)) continue
      const values = field(doc, e, 'values')?.value
      matchExpressions.push({
        key: scalarText(field(doc, e, 'key')?.value) ?? '',
        operator: scalarText(field(doc, e, 'operator')?.value) ?? '',
        values: isSeq(values) ? values.items.map(v => scalarText(resolveAlias(doc, v)) ?? '') : [],
      })
    }
  }
  return { matchLabels, matchExpressions }
}

/** Whether a label selector selects a pod with these labels (Kubernetes semantics; empty selects all). */
export function selects(selector: LabelSelector, labels: Record<string, string>): boolean {
  for (const [k, v] of Object.entries(selector.matchLabels)) if (labels[k] !== v) return false
  for (const e of selector.matchExpressions) {
    const has = Object.prototype.hasOwnProperty.call(labels, e.key)
    switch (e.operator) {
      case 'In':
        if (!has || !e.values.includes(labels[e.key])) return false
        break
      case 'NotIn':
        if (has && e.values.includes(labels[e.key])) return false
        break
      case 'Exists':
        if (!has) return false
        break
      case 'DoesNotExist':
        if (has) return false
        break
      default:
        // The API server rejects an unknown operator: such a policy selects nothing.
        return false
    }
  }
  return true
}

const bool = (node: Node | undefined): boolean | undefined => (isScalar(node) && typeof node.value === 'boolean' ? node.value : undefined)
const int = (node: Node | undefined): number | undefined =>
  isScalar(node) && typeof node.value === 'number' && Number.isInteger(node.value) ? node.value : undefined
