import { EXCEPTION_ANNOTATIONS, daemonSet, policyConfig, runPolicyRuleTests } from '../support/policy-tester.js'

// The clock is TODAY (2025-06-01); the window is 30 days unless a case configures it.
const expiring = (date: string) => daemonSet({ annotations: { ...EXCEPTION_ANNOTATIONS, 'host-namespace-guard.io/expires': date } })

runPolicyRuleTests('exception-expiring', {
  valid: [
    { name: 'one day past the window', code: expiring('2025-07-02') },
    { name: 'already expired (exception-expired reports it)', code: expiring('2025-05-31') },
    { name: 'past a configured 7-day window', code: expiring('2025-06-09'), config: policyConfig({ warnDays: 7 }) },
  ],
  invalid: [
    { name: 'today', code: expiring('2025-06-01'), errors: [{ line: 12, message: /expires today \(the last day it applies\), on 2025-06-01/ }] },
    {
      name: 'tomorrow',
      code: expiring('2025-06-02'),
      errors: [{ line: 12, message: /expires in 1 day, on 2025-06-02: review it with its owner \(team-observability\)/ }],
    },
    { name: 'at the window edge', code: expiring('2025-07-01'), errors: [{ line: 12, message: /in 30 days/ }] },
    {
      name: 'within a configured 90-day window',
      code: expiring('2025-08-30'),
      config: policyConfig({ warnDays: 90 }),
      errors: [{ line: 12, message: /in 90 days/ }],
    },
  ],
})
