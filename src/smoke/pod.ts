/**
 * Manifest → one runnable Pod per workload (pure).
 *
 * Every workload kind is reduced to the Pod its controller would create: the pod template's
 * labels and spec under a generated name. What decides namespace sharing is kept verbatim
 * (hostNetwork, hostPID, hostIPC, shareProcessNamespace); what would make a local play fail,
 * reach outside the pod, or leave state behind is dropped (volumes, ports, probes, init
 * containers, service accounts, node placement, env from secrets/config maps).
 */
import { parseAllDocuments } from 'yaml'
import { HOST_FIELDS, perNamespace, type Namespace } from '../namespaces.js'
import { MAX_LIST_DEPTH, POD_SPEC_PATHS, isCoreApi } from '../parse/k8s/k8s.js'
import { dnsLabel, randomSuffix } from './generated-names.js'
import { SmokeError } from './smoke-error.js'

export interface Workload {
  /** `Kind/namespace/name` or `Kind/name`. */
  resource: string
  kind: string
  name: string
  namespace?: string
  /** 0-based document index in the manifest (items of a List share their document's index). */
  document: number
  labels: Record<string, string>
  /** The pod spec exactly as written. */
  spec: Record<string, unknown>
  /** What the spec asks for (`true` only for a literal boolean true after YAML 1.1 reading). */
  requested: Record<Namespace, boolean>
}

type Obj = Record<string, unknown>

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/**
 * Where a built-in kind keeps its pod template (the map holding `metadata` and `spec`), or
 * undefined for any other object. The static scan's own table (src/parse/k8s/k8s.ts), so both read
 * the same kinds at the same places: each path ends at the pod spec, and the template is the map
 * that holds it (`[]` is the object itself, a Pod). A custom resource may reuse a name like
 * `CronJob` in its own API group, with its own layout: only the built-in groups count.
 */
function templatePathOf(kind: string, apiVersion: unknown): readonly string[] | undefined {
  if (!Object.hasOwn(POD_SPEC_PATHS, kind) || !isCoreApi(typeof apiVersion === 'string' ? apiVersion : undefined)) return undefined
  return POD_SPEC_PATHS[kind].slice(0, -1)
}

/**
 * The pod template (metadata + spec) of a workload object, or undefined when it has none.
 * Built-in kinds are read at their fixed place; any other object (a custom resource, or a
 * built-in name in another API group) counts only when `spec.template.spec` has a `containers`
 * list, the layout of Deployment-like custom resources (DeploymentConfig, Argo Rollout, Knative).
 * The static scan also searches deeper by shape (KEDA's ScaledJob, Argo Workflows); those pod
 * specs are reported but not smoke-run.
 */
export function podTemplateOf(obj: Obj): { metadata: Obj; spec: Obj } | undefined {
  const kind = typeof obj.kind === 'string' ? obj.kind : ''
  const known = templatePathOf(kind, obj.apiVersion)
  const tmpl = at(obj, known ?? ['spec', 'template'])
  if (!tmpl || !isObj(tmpl.spec)) return undefined
  if (!known && !Array.isArray(tmpl.spec.containers)) return undefined
  return { metadata: isObj(tmpl.metadata) ? tmpl.metadata : {}, spec: tmpl.spec }
}

/** The map at a path of map keys, or undefined when any step is missing or not a map. */
function at(obj: Obj, path: readonly string[]): Obj | undefined {
  let node: Obj = obj
  for (const key of path) {
    const next = node[key]
    if (!isObj(next)) return undefined
    node = next
  }
  return node
}

function stringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  if (isObj(v)) for (const [k, val] of Object.entries(v)) if (val !== null && val !== undefined) out[k] = String(val)
  return out
}

function collect(obj: unknown, document: number, out: Workload[], depth = 0): void {
  if (!isObj(obj)) return
  const kind = typeof obj.kind === 'string' ? obj.kind : ''
  if (kind.endsWith('List') && Array.isArray(obj.items)) {
    // The static scan's own bound (it reports what lies past it), so both read the same objects.
    if (depth >= MAX_LIST_DEPTH) return
    for (const item of obj.items) collect(item, document, out, depth + 1)
    return
  }
  const tmpl = podTemplateOf(obj)
  if (!tmpl || !Array.isArray(tmpl.spec.containers) || tmpl.spec.containers.length === 0) return
  const meta = isObj(obj.metadata) ? obj.metadata : {}
  const name = typeof meta.name === 'string' && meta.name ? meta.name : `unnamed-${document}`
  const namespace = typeof meta.namespace === 'string' && meta.namespace ? meta.namespace : undefined
  out.push({
    resource: namespace ? `${kind}/${namespace}/${name}` : `${kind}/${name}`,
    kind,
    name,
    ...(namespace ? { namespace } : {}),
    document,
    labels: stringMap(tmpl.metadata.labels),
    spec: tmpl.spec,
    requested: perNamespace(n => tmpl.spec[n.podField] === true),
  })
}

/**
 * Every workload in a (multi-document) manifest, read the way Kubernetes reads YAML (1.1:
 * `yes`/`on` are booleans, merge keys). Throws SmokeError('usage') on YAML errors.
 */
export function workloadsFromManifest(text: string, file = 'manifest'): Workload[] {
  const docs = parseAllDocuments(text, { version: '1.1' })
  if ('empty' in docs) return []
  const out: Workload[] = []
  docs.forEach((doc, i) => {
    if (doc.errors.length > 0) {
      const e = doc.errors[0]
      const where = e.linePos ? `${file}:${e.linePos[0].line}:${e.linePos[0].col}` : file
      throw new SmokeError('usage', `${where}: invalid YAML: ${e.message.split('\n')[0]}`)
    }
    collect(doc.toJS({ maxAliasCount: 100 }), i, out)
  })
  return out
}

export interface ReduceOptions {
  /** Replaces every container image; the command is then replaced by `keepAlive`. */
  image?: string
  /** Command for overridden images (default `sleep 86400`: the image must have a `sleep`). */
  keepAlive?: string[]
  /** Generated-name suffix (random by default; fixed in tests). */
  suffix?: string
  /** Label added to the pod so leftovers can be found (`host-namespace-guard/smoke`). */
  runLabel?: string
  /** Kubernetes namespace for the generated Pod (kind only). */
  namespace?: string
}

export interface ReducedPod {
  /** Generated pod name (also podman's pod name). */
  name: string
  /** Container names in order; podman names them `<pod>-<container>`. */
  containers: string[]
  /** The Pod object to play. */
  manifest: Obj
}

export const SMOKE_LABEL = 'host-namespace-guard/smoke'
export const DEFAULT_KEEP_ALIVE = ['sleep', '86400']

/** Fields of a container that are kept; everything else is dropped. */
const CONTAINER_KEEP = ['image', 'command', 'args', 'workingDir', 'tty', 'stdin'] as const

/** `hng-<kind>-<name>-<suffix>`, a DNS label short enough for `<pod>-<container>` names. */
export function podNameFor(w: Pick<Workload, 'kind' | 'name'>, suffix: string): string {
  const base = dnsLabel(`${w.kind}-${w.name}`, 40) || 'workload'
  return `hng-${base}-${dnsLabel(suffix, 12)}`
}

function containerName(raw: unknown, index: number, used: Set<string>): string {
  let name = typeof raw === 'string' && /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(raw) ? raw : `container-${index}`
  if (used.has(name)) name = `${name.slice(0, 50)}-${index}`
  used.add(name)
  return name
}

/** The single Pod that stands in for a workload. */
export function reduceToPod(w: Workload, opts: ReduceOptions = {}): ReducedPod {
  const name = podNameFor(w, opts.suffix ?? randomSuffix(6))
  const used = new Set<string>()
  const containers: Obj[] = []
  const src = Array.isArray(w.spec.containers) ? w.spec.containers : []
  src.forEach((raw, i) => {
    const c = isObj(raw) ? raw : {}
    const out: Obj = { name: containerName(c.name, i, used) }
    for (const key of CONTAINER_KEEP) if (c[key] !== undefined) out[key] = c[key]
    // Plain env values only: valueFrom points at secrets, config maps or the downward API.
    if (Array.isArray(c.env)) {
      const env = c.env.filter((e): e is Obj => isObj(e) && typeof e.name === 'string' && e.valueFrom === undefined)
      if (env.length > 0) out.env = env.map(e => ({ name: e.name, value: e.value === undefined || e.value === null ? '' : String(e.value) }))
    }
    if (opts.image !== undefined) {
      out.image = opts.image
      out.command = [...(opts.keepAlive ?? DEFAULT_KEEP_ALIVE)]
      delete out.args
    }
    if (typeof out.image !== 'string' || out.image === '')
      throw new SmokeError('usage', `${w.resource}: container ${String(out.name)} has no image (pass an image override)`)
    out.imagePullPolicy = 'IfNotPresent'
    containers.push(out)
  })
  const spec: Obj = { restartPolicy: 'Never', terminationGracePeriodSeconds: 1, containers }
  for (const key of [...HOST_FIELDS, 'shareProcessNamespace']) {
    if (w.spec[key] !== undefined) spec[key] = w.spec[key]
  }
  const labels: Record<string, string> = {}
  for (const [k, v] of Object.entries(w.labels)) if (/^[A-Za-z0-9./_-]{1,316}$/.test(k) && /^[A-Za-z0-9._-]{0,63}$/.test(v)) labels[k] = v
  if (opts.runLabel !== undefined) labels[SMOKE_LABEL] = opts.runLabel
  const metadata: Obj = { name, labels }
  if (opts.namespace) metadata.namespace = opts.namespace
  return {
    name,
    containers: containers.map(c => String(c.name)),
    manifest: { apiVersion: 'v1', kind: 'Pod', metadata, spec },
  }
}
