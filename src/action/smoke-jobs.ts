import type { SmokeEntry } from '../smoke/matrix.js'

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
