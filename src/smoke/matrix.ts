import path from 'node:path'
import type { JudgedFinding } from '../findings/verdict.js'
import type { Facts, RenderedFrom } from '../engine/facts.js'

export interface WorkloadRef {
  file: string
  document: number
  kind: string
  name: string
  namespace?: string
  /** Rendered from a chart or overlay: the smoke job renders it again and starts what it renders. */
  rendered?: RenderedFrom
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
}

/**
 * The `smoke-matrix` output: Dockerfiles to build and workloads to start, for
 * `strategy.matrix: ${{ fromJSON(...) }}`. Only what passed the static check is worth proving:
 * a file with a failing finding is already failing the review.
 */
export function smokeMatrix(opts: { build: boolean; runtime: boolean; findings: readonly JudgedFinding[]; workloads: WorkloadRef[]; dockerfiles: string[] }): {
  include: SmokeEntry[]
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
  if (opts.runtime) {
    const renders = new Set<string>()
    for (const w of opts.workloads) {
      if (w.rendered) {
        // One entry per chart variant or overlay: the job starts everything it renders, so any
        // failing finding in its files blocks it.
        const { tool, path: dir, values, namespace } = w.rendered
        const key = `${tool}\u0000${dir}\u0000${values.join(',')}`
        if (renders.has(key) || [...blockedFiles].some(f => f.startsWith(`${dir}/`))) continue
        renders.add(key)
        include.push({ check: 'runtime', render: tool, source: dir, values: values.join(','), ...(namespace ? { namespace } : {}) })
        continue
      }
      if (blocked.has(`${w.file}#${w.document}`)) continue
      include.push({ check: 'runtime', file: w.file, document: w.document, kind: w.kind, name: w.name })
    }
  }
  return { include }
}
