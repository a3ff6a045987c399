import { EXCEPTION_ANNOTATIONS, daemonSet, networkPolicy } from '../support/policy-tester.js'
import { runPolicyRuleTests } from '../support/policy-tester.js'

const CENTRAL = '.github/host-namespace-exceptions.yml'
const annotated = (changes: Record<string, string>) => daemonSet({ annotations: { ...EXCEPTION_ANNOTATIONS, ...changes } })
const bare = daemonSet({ labels: {}, annotations: {} })
const entry = (fields: string) => ({ path: CENTRAL, text: `exceptions:\n  - {${fields}}\n` })
const FULL = 'kind: DaemonSet, namespace: monitoring, name: node-exporter, allow: [hostNetwork], owner: o, riskAcceptance: "R-1: why", expires: 2025-12-31'

runPolicyRuleTests('exception-invalid', {
  valid: [
    { name: 'a complete annotation record', code: daemonSet() },
    { name: 'a complete central record', code: bare, centralFile: entry(FULL) },
    { name: 'no record at all', code: bare },
    { name: 'label "false" opts out', code: daemonSet({ labels: { 'host-namespace-guard.io/exception': 'false' } }) },
    { name: 'allow with spaces and several flags', code: annotated({ 'host-namespace-guard.io/allow': ' hostNetwork , hostPID ' }) },
    { name: 'a central file with no entries', code: bare, centralFile: { path: CENTRAL, text: 'exceptions: []\n' } },
  ],
  invalid: [
    {
      name: 'unknown flag',
      code: annotated({ 'host-namespace-guard.io/allow': 'hostNetwork,hostUTS' }),
      errors: [{ line: 9, column: 36, message: /lists "hostUTS", not one of hostNetwork, hostPID, hostIPC/ }],
    },
    {
      name: 'date in another format',
      code: annotated({ 'host-namespace-guard.io/expires': '2025/12/31' }),
      errors: [{ line: 12, message: /host-namespace-guard\.io\/expires is "2025\/12\/31", not a date/ }],
    },
    { name: 'date that does not exist', code: annotated({ 'host-namespace-guard.io/expires': '2025-04-31' }), errors: [{ line: 12, message: /not a date/ }] },
    {
      name: 'empty risk acceptance',
      code: annotated({ 'host-namespace-guard.io/risk-acceptance': '' }),
      errors: [{ line: 11, message: /risk-acceptance is empty/ }],
    },
    {
      name: 'unquoted label value',
      code: daemonSet().replace('exception: "true"', 'exception: true'),
      errors: [{ line: 7, message: /must be "true" \(quoted/ }],
    },
    {
      name: 'label value "yes"',
      code: daemonSet({ labels: { 'host-namespace-guard.io/exception': 'yes' } }),
      errors: [{ line: 7, message: /must be "true", got "yes"/ }],
    },
    { name: 'annotations without the label', code: daemonSet({ labels: {} }), errors: [{ line: 7, message: /but not the label/ }] },
    {
      name: 'central entry missing owner',
      code: bare,
      centralFile: entry(FULL.replace('owner: o, ', '')),
      errors: [{ file: CENTRAL, line: 2, message: /\.yml:2: exceptions\[0\]\.owner is missing/ }],
    },
    {
      name: 'central entry with an unparseable date',
      code: bare,
      centralFile: entry(FULL.replace('2025-12-31', 'Dec 31')),
      errors: [{ file: CENTRAL, line: 2, message: /expires is "Dec 31", not a date/ }],
    },
    {
      name: 'central file with bad YAML',
      code: bare,
      centralFile: { path: CENTRAL, text: 'exceptions:\n  - {kind: DaemonSet\n' },
      errors: [{ file: CENTRAL, line: 3, message: /invalid YAML/ }],
    },
    {
      name: 'both forms for one workload',
      files: [
        { path: 'workload.yaml', text: daemonSet() },
        { path: 'netpol.yaml', text: networkPolicy() },
      ],
      centralFile: entry(FULL),
      errors: [{ file: CENTRAL, line: 2, message: /already has an exception record at workload\.yaml:7/ }],
    },
  ],
})
