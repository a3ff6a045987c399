import { meetsThreshold, type Severity } from '../model.js'
import type { PlacedFinding } from './place.js'

/** What decides whether a finding fails the run: the threshold, and whether old ones count. */
export interface Verdict {
  failOn: Severity | 'never'
  /** A pull request also fails on findings it did not introduce (fail-on-preexisting). */
  failOnPreexisting: boolean
}

/** A placed finding with the run's verdict on it: the one answer every channel reports. */
export interface JudgedFinding extends PlacedFinding {
  failing: boolean
}

/**
 * The one place that decides "failing": at or above the threshold, not covered by an exception,
 * and new (or old ones count). The summary, annotations, review, check-run conclusion, step
 * result, JSON, SARIF, CLI exit code and smoke matrix all read `failing` from here.
 */
export function judgeFindings<F extends PlacedFinding>(findings: readonly F[], verdict: Verdict): Array<F & { failing: boolean }> {
  return findings.map(f => ({ ...f, failing: !f.suppression && meetsThreshold(f.severity, verdict.failOn) && (f.isNew || verdict.failOnPreexisting) }))
}
