import { EXCEPTION_ANNOTATIONS, daemonSet, runPolicyRuleTests } from '../support/policy-tester.js'

// The clock is TODAY (2025-06-01) unless a case says otherwise.
const expiring = (date: string) => daemonSet({ annotations: { ...EXCEPTION_ANNOTATIONS, 'host-namespace-guard.io/expires': date } })
const CENTRAL = '.github/host-namespace-exceptions.yml'
const entry = (date: string) => ({
  path: CENTRAL,
  text: `exceptions:\n  - kind: DaemonSet\n    namespace: monitoring\n    name: node-exporter\n    allow: [hostNetwork]\n    owner: o\n    riskAcceptance: "R-1: why"\n    expires: ${date}\n`,
})
const bare = daemonSet({ labels: {}, annotations: {} })

runPolicyRuleTests('exception-expired', {
  valid: [
    { name: 'expires today', code: expiring('2025-06-01') },
    { name: 'expires tomorrow', code: expiring('2025-06-02') },
    { name: 'late on the expiry day, UTC', code: expiring('2025-06-01'), today: new Date(Date.UTC(2025, 5, 1, 23, 59, 59)) },
    { name: 'an invalid date is exception-invalid, not expired', code: expiring('2025-02-30') },
    { name: 'central entry expiring today', code: bare, centralFile: entry('2025-06-01') },
  ],
  invalid: [
    {
      name: 'expired yesterday',
      code: expiring('2025-05-31'),
      errors: [{ line: 12, column: 38, message: /expired on 2025-05-31 \(1 day ago\): its findings are no longer covered/ }],
    },
    { name: 'expired last year', code: expiring('2024-06-01'), errors: [{ line: 12, message: /\(365 days ago\)/ }] },
    {
      name: 'the day after, on another clock',
      code: expiring('2025-06-01'),
      today: new Date(Date.UTC(2025, 5, 2, 0, 0, 1)),
      errors: [{ line: 12, message: /1 day ago/ }],
    },
    {
      name: 'central entry expired',
      code: bare,
      centralFile: entry('2025-05-01'),
      errors: [{ file: CENTRAL, line: 8, column: 14, message: /expired on 2025-05-01 \(31 days ago\)/ }],
    },
    {
      name: 'even outside the allowed namespaces',
      code: daemonSet({ namespace: 'apps', annotations: { ...EXCEPTION_ANNOTATIONS, 'host-namespace-guard.io/expires': '2025-01-01' } }),
      errors: [{ line: 12 }],
    },
  ],
})
