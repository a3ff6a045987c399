import { SAFE_CONTEXT, daemonSet, networkPolicy, runPolicyRuleTests, withPolicy } from '../support/policy-tester.js'

const ctx = (without: string) => SAFE_CONTEXT.replace(without, '').replace(/, ,|\{, |, \}/g, m => (m === ', ,' ? ',' : m === '{, ' ? '{' : '}'))

runPolicyRuleTests('exception-missing-control', {
  valid: [
    { name: 'every control, NetworkPolicy in another file', files: withPolicy(daemonSet()) },
    { name: 'NetworkPolicy in the same file', code: `${daemonSet()}---\n${networkPolicy()}` },
    { name: 'no exception: no controls required', code: daemonSet({ labels: {}, annotations: {}, containers: [{ securityContext: null }] }) },
    {
      name: 'pod-level non-root user',
      files: withPolicy(daemonSet({ podSecurityContext: '{runAsUser: 1000}', containers: [{ securityContext: ctx('runAsNonRoot: true') }] })),
    },
    { name: 'empty NetworkPolicy selector', files: withPolicy(daemonSet(), networkPolicy({ name: 'deny-all', podSelector: '{}' })) },
    {
      name: 'matchExpressions',
      files: withPolicy(daemonSet(), networkPolicy({ podSelector: '{matchExpressions: [{key: app, operator: In, values: [node-exporter]}]}' })),
    },
  ],
  invalid: [
    {
      name: 'runs as root',
      files: withPolicy(daemonSet({ containers: [{ name: 'exporter', securityContext: ctx('runAsNonRoot: true') }] })),
      errors: [{ line: 20, column: 15, message: /container "exporter" of DaemonSet\/monitoring\/node-exporter may run as root/ }],
    },
    {
      name: 'keeps capabilities',
      files: withPolicy(daemonSet({ containers: [{ name: 'exporter', securityContext: ctx('capabilities: {drop: [ALL]}') }] })),
      errors: [{ line: 20, message: /does not drop all capabilities: set securityContext\.capabilities\.drop: \[ALL\]/ }],
    },
    {
      name: 'privilege escalation not disallowed',
      files: withPolicy(daemonSet({ containers: [{ name: 'exporter', securityContext: ctx('allowPrivilegeEscalation: false') }] })),
      errors: [{ line: 20, message: /does not disallow privilege escalation/ }],
    },
    {
      name: 'an init container',
      files: withPolicy(daemonSet({ initContainers: [{ name: 'setup', securityContext: ctx('runAsNonRoot: true') }] })),
      errors: [{ line: 20, message: /init container "setup"/ }],
    },
    {
      name: 'no NetworkPolicy',
      code: daemonSet(),
      errors: [
        { line: 16, column: 15, message: /no NetworkPolicy in the repository selects its pods in namespace "monitoring" \(pod labels app=node-exporter\)/ },
      ],
    },
    {
      name: 'NetworkPolicy in another namespace',
      files: withPolicy(daemonSet(), networkPolicy({ namespace: 'apps' })),
      errors: [{ line: 16, message: /so node-exporter in namespace "apps" \(netpol\.yaml\) does not count/ }],
    },
    {
      name: 'NetworkPolicy for other pods',
      files: withPolicy(daemonSet(), networkPolicy({ podSelector: '{matchLabels: {app: node-exporter, tier: web}}' })),
      errors: [{ line: 16 }],
    },
    {
      name: 'each missing control is its own finding',
      code: daemonSet({ containers: [{ name: 'a', securityContext: null }] }),
      errors: [
        { line: 20, message: /root/ },
        { line: 20, message: /capabilities/ },
        { line: 20, message: /privilege escalation/ },
        { line: 16, message: /NetworkPolicy/ },
      ],
    },
  ],
})
