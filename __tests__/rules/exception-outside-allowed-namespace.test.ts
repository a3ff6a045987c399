import { daemonSet, policyConfig, runPolicyRuleTests } from '../support/policy-tester.js'

const CENTRAL = '.github/host-namespace-exceptions.yml'
const entry = (ns: string) => ({
  path: CENTRAL,
  text: `exceptions:\n  - kind: DaemonSet\n    namespace: ${ns}\n    name: node-exporter\n    allow: [hostNetwork]\n    owner: o\n    riskAcceptance: "R-1: why"\n    expires: 2025-12-31\n`,
})

runPolicyRuleTests('exception-outside-allowed-namespace', {
  valid: [
    { name: 'in a listed namespace', code: daemonSet() },
    {
      name: 'one of several listed namespaces',
      code: daemonSet({ namespace: 'kube-system' }),
      config: policyConfig({ namespaces: ['monitoring', 'kube-system'] }),
    },
    { name: 'no namespace, default listed', code: daemonSet({ namespace: null }), config: policyConfig({ namespaces: ['default'] }) },
    { name: 'no exception', code: daemonSet({ namespace: 'apps', labels: {}, annotations: {} }) },
  ],
  invalid: [
    {
      name: 'another namespace',
      code: daemonSet({ namespace: 'apps' }),
      errors: [{ line: 5, column: 14, message: /is in namespace "apps", where exceptions are not honoured: exceptions\.namespaces lists "monitoring"/ }],
    },
    {
      name: 'no namespace written',
      code: daemonSet({ namespace: null }),
      errors: [{ line: 6, message: /does not set metadata\.namespace.*"default" for kubectl without -n/ }],
    },
    {
      name: 'nothing listed',
      code: daemonSet(),
      config: policyConfig({ namespaces: [] }),
      errors: [{ line: 5, message: /exceptions\.namespaces lists none/ }],
    },
    { name: 'case matters, as in Kubernetes', code: daemonSet({ namespace: 'Monitoring' }), errors: [{ line: 5 }] },
    {
      name: 'central entry in another namespace',
      code: daemonSet({ namespace: 'apps', labels: {}, annotations: {} }),
      centralFile: entry('apps'),
      errors: [{ file: CENTRAL, line: 3, column: 16 }],
    },
  ],
})
