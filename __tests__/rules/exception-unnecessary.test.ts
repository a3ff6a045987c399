import { EXCEPTION_ANNOTATIONS, daemonSet, runPolicyRuleTests } from '../support/policy-tester.js'

const allowing = (allow: string, host?: string[]) => daemonSet({ host, annotations: { ...EXCEPTION_ANNOTATIONS, 'host-namespace-guard.io/allow': allow } })
const CENTRAL = '.github/host-namespace-exceptions.yml'

runPolicyRuleTests('exception-unnecessary', {
  valid: [
    { name: 'allows exactly what is used', code: allowing('hostNetwork') },
    { name: 'allows several, all used', code: allowing('hostNetwork,hostPID,hostIPC', ['hostNetwork', 'hostPID', 'hostIPC']) },
    { name: 'uses more than allowed (the host rule reports it)', code: allowing('hostNetwork', ['hostNetwork', 'hostPID']) },
  ],
  invalid: [
    {
      name: 'allows hostPID, uses only hostNetwork',
      code: allowing('hostNetwork,hostPID'),
      errors: [{ line: 9, column: 36, message: /allows hostPID, which its pods do not set: remove it from the allow list/ }],
    },
    {
      name: 'allows two unused',
      code: allowing('hostNetwork,hostPID,hostIPC'),
      errors: [{ line: 9, message: /allows hostPID, hostIPC, which its pods do not set: remove them/ }],
    },
    {
      name: 'a false host field is not a use',
      code: allowing('hostNetwork').replace('hostNetwork: true', 'hostNetwork: false'),
      errors: [{ line: 9, message: /but its pods share no host namespace: remove the exception/ }],
    },
    {
      name: 'central entry',
      code: daemonSet({ labels: {}, annotations: {} }),
      centralFile: {
        path: CENTRAL,
        text: 'exceptions:\n  - {kind: DaemonSet, namespace: monitoring, name: node-exporter, allow: [hostNetwork, hostIPC], owner: o, riskAcceptance: r, expires: 2025-12-31}\n',
      },
      errors: [{ file: CENTRAL, line: 2, message: /allows hostIPC/ }],
    },
  ],
})
