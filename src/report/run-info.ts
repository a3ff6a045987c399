import type { Finding, Severity } from '../model.js'
import { meetsThreshold } from '../model.js'

/** What every reporter knows about the run besides the findings. */
export interface RunInfo {
  filesScanned: number
  truncated: boolean
  failOn: Severity | 'never'
}

/** A finding fails the run when it meets the threshold and no valid exception covers it. */
export function isFailing(f: Finding, failOn: Severity | 'never'): boolean {
  return !f.suppression && meetsThreshold(f.severity, failOn)
}
