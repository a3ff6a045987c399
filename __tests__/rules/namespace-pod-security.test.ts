import { policyConfig, runPolicyRuleTests } from '../support/policy-tester.js'

const namespace = (name: string, labels?: string) =>
  `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n${labels === undefined ? '' : `  labels:\n${labels}`}`
const enforce = (level: string) => `    pod-security.kubernetes.io/enforce: ${level}\n`

runPolicyRuleTests('namespace-pod-security', {
  valid: [
    { name: 'baseline', code: namespace('payments', enforce('baseline')) },
    { name: 'restricted', code: namespace('payments', enforce('restricted')) },
    { name: 'privileged in an exception namespace', code: namespace('monitoring', enforce('privileged')) },
    { name: 'baseline in an exception namespace (safe)', code: namespace('monitoring', enforce('baseline')) },
    { name: 'a workload is not a namespace', code: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: payments}\n' },
    { name: 'another API group', code: 'apiVersion: example.com/v1\nkind: Namespace\nmetadata: {name: payments}\n' },
    {
      name: 'the rule off',
      code: namespace('payments'),
      config: { ...policyConfig(), rules: { 'namespace-pod-security': 'off' } },
    },
  ],
  invalid: [
    {
      name: 'no label',
      code: namespace('payments'),
      errors: [{ line: 4, message: /^Namespace\/payments sets no pod-security\.kubernetes\.io\/enforce label, .*baseline or restricted/ }],
    },
    {
      name: 'other labels only: reported at the labels',
      code: namespace('payments', '    team: payments\n'),
      errors: [{ line: 6, column: 5 }],
    },
    {
      name: 'privileged outside the exception namespaces',
      code: namespace('payments', enforce('privileged')),
      errors: [{ line: 6, column: 41, message: /enforces privileged, .* not an exception namespace \(exceptions\.namespaces lists "monitoring"\)/ }],
    },
    {
      name: 'not a level',
      code: namespace('payments', enforce('"Baseline"')),
      errors: [{ line: 6, message: /sets pod-security\.kubernetes\.io\/enforce to "Baseline", which is not a Pod Security level/ }],
    },
    {
      name: 'an exception namespace without the label says it needs privileged',
      code: namespace('monitoring'),
      errors: [{ line: 4, message: /As an exception namespace it needs privileged/ }],
    },
    {
      name: 'every Namespace of a multi-document file',
      code: `${namespace('a')}---\n${namespace('b', enforce('privileged'))}`,
      errors: [
        { line: 4, message: /^Namespace\/a sets no/ },
        { line: 11, message: /^Namespace\/b enforces privileged/ },
      ],
    },
  ],
})
