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
  for (const f of sortFindings(findings)) {
    const key = [f.ruleId, f.file, f.resource.display, positionFree(f.fieldPath)].join('\u0000')
    const n = seen.get(key) ?? 0
    seen.set(key, n + 1)
    f.fingerprint = createHash('sha256').update(`${key}\u0000${n}`).digest('hex').slice(0, 32)
  }
  return findings
}

/**
 * A List item's index and a RUN's ordinal in its stage change when something is inserted before
 * them, which is not a change to the finding: the item is named by the resource, and equal RUNs
 * are told apart by their order among the findings.
 */
function positionFree(fieldPath: string): string {
  return fieldPath.replace(/(^|\.)items\[\d+\]\./g, '$1items[].').replace(/\/RUN\[\d+\]\//g, '/RUN[]/')
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.span.start.line - b.span.start.line ||
      a.span.start.column - b.span.start.column ||
      compareSeverity(a.severity, b.severity) ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  )
}
