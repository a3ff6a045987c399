import path from 'node:path'
import type { JudgedFinding } from '../findings/verdict.js'
import type { Facts, HostField, RenderedFrom } from '../engine/facts.js'
import { HOST_NAMESPACES } from '../namespaces.js'
import { DEFAULT_MAX_RUNTIME_JOBS } from '../config/config.js'

export interface WorkloadRef {
  file: string
  document: number
  kind: string
  name: string
  namespace?: string
  /** Rendered from a chart or overlay: the smoke job renders it again and starts what it renders. */
  rendered?: RenderedFrom
  /** The host fields its pods set to true: with what an exception allows, the pod's shape. */
  host?: HostField[]
  /** `Kind/namespace/name`, as the runtime check names it. */
  resource?: string
}

/**
 * The workloads of a scan's facts that a smoke run can start: documents with a whole pod spec.
 * Pod-level settings of a custom resource (partial) are no pod that podman or kind can start, and
 * a List item is started with its document.
 */
export function startableWorkloads(facts: Facts): WorkloadRef[] {
  return facts.workloads
    .filter(w => !w.inList && w.pods.some(p => !p.partial))
    .map(w => ({
      file: w.file,
      document: w.documentIndex,
      kind: w.kind,
      name: w.name ?? '',
      namespace: w.namespace,
      ...(w.rendered ? { rendered: w.rendered } : {}),
      host: HOST_NAMESPACES.map(n => n.podField).filter(f => w.pods.some(p => !p.partial && p.host[f])),
      resource: w.resource.display,
    }))
}

export interface SmokeEntry {
  check: 'build' | 'runtime'
  dockerfile?: string
  context?: string
  file?: string
  document?: number
  kind?: string
  name?: string
  /**
   * A chart or overlay to render into the manifest `runtime-check` starts (docs/smoke.md): `helm`
   * or `kustomize`, its directory, the variant's values files (comma-separated) and namespace.
   */
  render?: 'helm' | 'kustomize'
  source?: string
  values?: string
  namespace?: string
  /**
   * What the file's honoured exceptions allow, for `runtime-check --allow`: `Kind/ns/name=hostNetwork,hostPID`
   * tokens separated by spaces. Those workloads pass when they share exactly that, and no more.
   */
  allow?: string
}

/**
 * The `smoke-matrix` output: Dockerfiles to build and workloads to start, for
 * `strategy.matrix: ${{ fromJSON(...) }}`. Only what passed the static check is worth proving:
 * a file with a failing finding is already failing the review.
 */
export function smokeMatrix(opts: {
  build: boolean
  runtime: boolean
  findings: readonly JudgedFinding[]
  workloads: WorkloadRef[]
  dockerfiles: string[]
  /** At most this many runtime jobs (smoke.maxRuntimeJobs). */
  maxRuntimeJobs?: number
}): {
  include: SmokeEntry[]
  /** Runtime shapes left out by the limit. */
  omitted?: number
} {
  const include: SmokeEntry[] = []
  // The run's own verdict (fail-on, exceptions): what fails the review is not worth proving.
  const failing = opts.findings.filter(f => f.failing)
  const blocked = new Set(failing.map(f => `${f.file}#${f.resource.document ?? ''}`))
  const blockedFiles = new Set(failing.map(f => f.file))
  if (opts.build) {
    for (const dockerfile of [...new Set(opts.dockerfiles)].sort()) {
      if (blockedFiles.has(dockerfile)) continue
      include.push({ check: 'build', dockerfile, context: path.posix.dirname(dockerfile) })
    }
  }
  if (!opts.runtime) return { include }
  // A rendered workload: one entry per chart variant or overlay. The job starts everything it
  // renders, so any failing finding in its files blocks it.
  const renders = new Set<string>()
  for (const w of opts.workloads) {
    if (!w.rendered) continue
    const { tool, path: dir, values, namespace } = w.rendered
    const key = `${tool}\u0000${dir}\u0000${values.join(',')}`
    if (renders.has(key) || [...blockedFiles].some(f => f.startsWith(`${dir}/`))) continue
    renders.add(key)
    include.push({ check: 'runtime', render: tool, source: dir, values: values.join(','), ...(namespace ? { namespace } : {}) })
  }
  if (!opts.runtime) return { include }
  // What honoured exceptions allow, per workload: the host fields of its covered findings.
  const allowed = new Map<string, Set<HostField>>()
  for (const f of opts.findings) {
    const field = HOST_NAMESPACES.find(n => n.ruleId === f.ruleId)?.podField
    if (!f.suppression || !field) continue
    const key = `${f.file}#${f.resource.document ?? ''}`
    allowed.set(key, (allowed.get(key) ?? new Set()).add(field))
  }
  // One job per distinct pod shape (the host fields it sets, and what its exception allows): eleven
  // plain Deployments prove one thing, once. A job checks its whole file, so a file is taken once.
  const shapes = new Set<string>()
  const files = new Map<string, SmokeEntry>()
  let omitted = 0
  const max = opts.maxRuntimeJobs ?? DEFAULT_MAX_RUNTIME_JOBS
  const startable = opts.workloads.filter(w => !w.rendered && !blocked.has(`${w.file}#${w.document}`))
  for (const w of startable) {
    const allow = [...(allowed.get(`${w.file}#${w.document}`) ?? [])]
    const shape = `${(w.host ?? []).join(',')}|${allow.join(',')}`
    if (shapes.has(shape)) continue
    shapes.add(shape)
    if (files.has(w.file)) continue
    if (files.size >= max) {
      omitted++
      continue
    }
    const entry: SmokeEntry = { check: 'runtime', file: w.file, document: w.document, kind: w.kind, name: w.name }
    files.set(w.file, entry)
    include.push(entry)
  }
  // The job checks every workload of its file: it needs what each one's exception allows.
  for (const [file, entry] of files) {
    const tokens = startable
      .filter(w => w.file === file && allowed.has(`${w.file}#${w.document}`))
      .map(w => `${w.resource ?? `${w.kind}/${w.name}`}=${[...allowed.get(`${w.file}#${w.document}`)!].join(',')}`)
    if (tokens.length) entry.allow = tokens.join(' ')
  }
  return { include, ...(omitted ? { omitted } : {}) }
}
