import type { Config } from '../config/config.js'
import type { Facts } from '../engine/facts.js'
import type { JudgedFinding } from '../findings/verdict.js'
import type { ActionInputs } from '../inputs/action-inputs.js'
import { smokeMatrix, startableWorkloads, type SmokeEntry } from '../smoke/matrix.js'

/**
 * The `smoke-matrix` output holds `include` alone (any other key would become a matrix dimension);
 * the runtime shapes the limit left out are said in the notes instead.
 */
export function smokeJobs(matrix: { include: SmokeEntry[]; omitted?: number }, notes: string[]): { include: SmokeEntry[] } {
  if (matrix.omitted)
    notes.push(
      `${matrix.omitted} more distinct pod shape(s) were not given a runtime smoke job (smoke.maxRuntimeJobs in the configuration): the static check covers them.`,
    )
  return { include: matrix.include }
}

/** The smoke jobs of a run, full scan or pull request alike: what it found, what it can start. */
export function smokeJobsFor(
  run: { inputs: ActionInputs; config: Config; findings: readonly JudgedFinding[]; facts: Facts; dockerfiles: string[] },
  notes: string[],
): { include: SmokeEntry[] } {
  const matrix = smokeMatrix({
    build: run.inputs.buildCheck,
    runtime: run.inputs.runtimeCheck,
    findings: run.findings,
    workloads: startableWorkloads(run.facts),
    dockerfiles: run.dockerfiles,
    maxRuntimeJobs: run.config.smoke.maxRuntimeJobs,
  })
  return smokeJobs(matrix, notes)
}
