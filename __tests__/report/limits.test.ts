import { describe, it, expect } from '@jest/globals'
import type { JudgedFinding } from '../../src/findings/verdict.js'
import { reviewComment } from '../../src/report/review-comment.js'
import { renderSummary } from '../../src/report/summary.js'
import { registry } from '../../src/rules/index.js'

/** A finding whose user-controlled parts (resource, message) are as long as an attacker likes. */
function finding(name: string, line = 3): JudgedFinding {
  return {
    ruleId: 'host-network',
    severity: 'error',
    file: 'k8s/pod.yaml',
    span: { start: { line, column: 16 }, end: { line, column: 20 }, startOffset: 0, endOffset: 0 },
    resource: { display: `Pod/${name}`, kind: 'Pod', name },
    message: `Pod/${name} sets hostNetwork: true: shares the host network namespace.`,
    remediation: 'Set hostNetwork to false.',
    fieldPath: 'spec.hostNetwork',
    fingerprint: 'f'.repeat(32),
    isNew: true,
    placement: 'inline',
    failing: true,
  }
}

describe('GitHub size limits', () => {
  it('keep a review comment under 65,536 characters whatever the resource name', () => {
    const name = '#'.repeat(70_000)
    const body = reviewComment([finding(name)], registry.get('host-network'), undefined, undefined).body
    expect(body.length).toBeLessThan(65_536)
    expect(body).toContain('…')
  })

  it('cut the job summary by UTF-8 bytes, at a line end', () => {
    // Three bytes a character: a cut by characters would leave the summary three times too big.
    const findings = Array.from({ length: 400 }, (_, i) => ({ ...finding(`名前-${i}-${'字'.repeat(300)}`, i + 1), fingerprint: String(i).padStart(32, '0') }))
    const limit = 64 * 1024
    const summary = renderSummary({ findings, failOn: 'error', mode: 'full', filesScanned: 1, notes: [] }, limit)
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(limit)
    expect(summary).toMatch(/\n\n…summary truncated at GitHub's size limit; the JSON report has every finding\.\n$/)
    expect(summary).not.toContain('\uFFFD')
  })
})
