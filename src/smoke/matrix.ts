import path from 'node:path'
import type { JudgedFinding } from '../findings/verdict.js'
import type { Facts } from '../engine/facts.js'

export interface WorkloadRef {
  file: string
  document: number
  kind: string
  name: string
  namespace?: string
}

/**
 * The workloads of a scan's facts that a smoke run can start: documents with a whole pod spec.
 * Pod-level settings of a custom resource (partial) are no pod that podman or kind can start, and
 * a List item is started with its document.
 */
export function startableWorkloads(facts: Facts): WorkloadRef[] {
  return facts.workloads
    .filter(w => !w.inList && w.pods.some(p => !p.partial))
    .map(w => ({ file: w.file, document: w.documentIndex, kind: w.kind, name: w.name ?? '', namespace: w.namespace }))
}

export interface SmokeEntry {
  check: 'build' | 'runtime'
  dockerfile?: string
  context?: string
  file?: string
  document?: number
  kind?: string
  name?: string
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
    for (const w of opts.workloads) {
      if (blocked.has(`${w.file}#${w.document}`)) continue
      include.push({ check: 'runtime', file: w.file, document: w.document, kind: w.kind, name: w.name })
    }
  }
  return { include }
}
