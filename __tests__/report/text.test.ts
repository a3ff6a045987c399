import { describe, it, expect } from '@jest/globals'
import type { Finding } from '../../src/model.js'
import { toText } from '../../src/report/text.js'

const ESC = '\u001b'
const span = { start: { line: 3, column: 5 }, end: { line: 3, column: 22 }, startOffset: 40, endOffset: 57 }

function finding(over: Partial<Finding>): Finding & { failing: boolean } {
  return {
    ruleId: 'host-network',
    severity: 'error',
    file: 'k8s/pod.yaml',
    span,
    resource: { display: 'Pod/web' },
    message: 'Pod/web sets hostNetwork: true.',
    remediation: 'Remove hostNetwork.',
    fieldPath: 'spec.hostNetwork',
    failing: true,
    ...over,
  }
}

const run = { filesScanned: 1, truncated: false, failOn: 'error' as const }

describe('toText', () => {
  it('prints user-controlled text without terminal control characters', () => {
    const evil = `${ESC}]0;pwned${ESC}\\${ESC}[2J\r\u009b31m\u2028x`
    const out = toText(
      [
        finding({ file: `k8s/${evil}.yaml`, fix: { description: `Remove ${evil}`, edits: [] } }),
        finding({
          file: `k8s/${evil}.yaml`,
          message: `msg ${evil}`,
          suppression: { kind: 'exception', justification: `ok ${evil}`, source: 'exceptions.yaml' },
        }),
      ],
      run,
      { color: false },
    )
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/)
    expect(out).toContain('k8s/ ]0;pwned \\ [2J 31m x.yaml')
    expect(out).toContain('fix: Remove ')
    expect(out).toContain('[exception: ok ')
  })

  it('keeps its own colour codes when colour is on', () => {
    const out = toText([finding({ file: `a${ESC}[31m.yaml` })], run, { color: true })
    expect(out).toContain(`${ESC}[1ma [31m.yaml${ESC}[0m`)
  })
})
