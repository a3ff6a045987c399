import { describe, it, expect } from '@jest/globals'
import type { PlacedFinding } from '../../src/findings/place.js'
import { judgeFindings } from '../../src/findings/verdict.js'

const at = { line: 1, column: 1 }
const finding = (over: Partial<PlacedFinding>): PlacedFinding => ({
  ruleId: 'host-network',
  severity: 'error',
  file: 'k8s/pod.yaml',
  span: { start: at, end: at, startOffset: 0, endOffset: 0 },
  resource: { display: 'Pod/p' },
  message: 'm',
  remediation: 'r.',
  fieldPath: 'spec.hostNetwork',
  isNew: true,
  placement: 'inline',
  ...over,
})

describe('judgeFindings: the one decision of "failing"', () => {
  it.each([
    ['a new error at fail-on error', {}, { failOn: 'error', failOnPreexisting: false }, true],
    ['a warning below fail-on error', { severity: 'warning' }, { failOn: 'error', failOnPreexisting: false }, false],
    ['a warning at fail-on warning', { severity: 'warning' }, { failOn: 'warning', failOnPreexisting: false }, true],
    ['anything at fail-on never', {}, { failOn: 'never', failOnPreexisting: true }, false],
    ['a pre-existing error', { isNew: false }, { failOn: 'error', failOnPreexisting: false }, false],
    ['a pre-existing error with fail-on-preexisting', { isNew: false }, { failOn: 'error', failOnPreexisting: true }, true],
    [
      'an error covered by an exception',
      { suppression: { kind: 'exception', justification: 'j', source: 's' } },
      { failOn: 'error', failOnPreexisting: true },
      false,
    ],
  ] as const)('%s', (_name, over, verdict, failing) => {
    expect(judgeFindings([finding(over as Partial<PlacedFinding>)], verdict)[0].failing).toBe(failing)
  })
})
