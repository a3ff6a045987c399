import type { Severity } from '../model.js'

/** What every reporter knows about the run besides the findings. */
export interface RunInfo {
  filesScanned: number
  truncated: boolean
  failOn: Severity | 'never'
}

/** A finding with the run's verdict on it (see findings/verdict.ts): reporters never decide it. */
export interface WithVerdict {
  failing: boolean
}
