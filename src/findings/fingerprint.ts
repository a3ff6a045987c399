import { createHash } from 'node:crypto'
import type { Finding } from '../model.js'
import { compareSeverity } from '../model.js'

/**
 * Fingerprints come from what a finding is about (rule, file, resource, field path), never from
 * its line, so a finding that moves is recognised and not reported again. Identical keys in one
 * file (two `docker run --net=host` lines) are told apart by their order.
 */
export function fingerprint(findings: Finding[]): Finding[] {
  const seen = new Map<string, number>()
  for (const f of sortFindings(findings)) assign(f, seen)
  return findings
}

/**
 * Fingerprints the findings that have none yet: those added after the pipeline's pass (approval,
 * the API's file cap, a publishing run's own notes). Their ordinals come after every finding that
 * already has one, so a late finding never takes an earlier one's fingerprint. Every channel, the
 * review markers and the two-stage report need one: a finding without it would be posted again on
 * every run and could not be published.
 */
export function fingerprintMissing<F extends Finding>(findings: F[]): F[] {
  const seen = new Map<string, number>()
  for (const f of findings) if (f.fingerprint) seen.set(keyOf(f), (seen.get(keyOf(f)) ?? 0) + 1)
  for (const f of sortFindings(findings.filter(f => !f.fingerprint))) assign(f, seen)
  return findings
}

const keyOf = (f: Finding) => [f.ruleId, f.file, f.resource.display, positionFree(f.fieldPath)].join('\u0000')

function assign(f: Finding, seen: Map<string, number>): void {
  const key = keyOf(f)
  const n = seen.get(key) ?? 0
  seen.set(key, n + 1)
  f.fingerprint = createHash('sha256').update(`${key}\u0000${n}`).digest('hex').slice(0, 32)
}

/**
 * A List item's index and a RUN's ordinal in its stage change when something is inserted before
 * them, which is not a change to the finding: the item is named by the resource, and equal RUNs
 * are told apart by their order among the findings.
 */
function positionFree(fieldPath: string): string {
  return fieldPath.replace(/(^|\.)items\[\d+\]\./g, '$1items[].').replace(/\/RUN\[\d+\]\//g, '/RUN[]/')
}

export function sortFindings<F extends Finding>(findings: F[]): F[] {
  return findings.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.span.start.line - b.span.start.line ||
      a.span.start.column - b.span.start.column ||
      compareSeverity(a.severity, b.severity) ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  )
}
