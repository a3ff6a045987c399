import { runRuleTests } from '../support/rule-tester.js'

const pod = (line: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  ${line}\n  containers: [{name: c, image: i}]\n`
const deploy = (line: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: prod\nspec:\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      ${line}\n      containers:\n      - name: c\n        image: i\n`

runRuleTests('host-network', {
  valid: [
    { name: 'explicit false', code: pod('hostNetwork: false') },
    { name: 'YAML 1.1 off', code: pod('hostNetwork: off') },
    { name: 'YAML 1.1 No', code: pod('hostNetwork: No') },
    { name: 'absent', code: pod('dnsPolicy: ClusterFirst') },
    { name: 'null value', code: pod('hostNetwork:') },
    { name: 'tilde null', code: pod('hostNetwork: ~') },
    { name: 'in a comment', code: pod('# hostNetwork: true') },
    { name: 'ConfigMap data', code: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  pod.yaml: |\n    spec:\n      hostNetwork: true\n  hostNetwork: "true"\n' },
    { name: 'env var name and value', code: pod('containers: [{name: c, image: i, env: [{name: hostNetwork, value: "true"}]}]').replace('\n  containers: [{name: c, image: i}]', '') },
    { name: 'under a container, not the pod spec', code: 'kind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: c\n    image: i\n    hostNetwork: true\n' },
    {
      name: 'CRD schema',
      code: 'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: x.example.com}\nspec:\n  versions:\n  - name: v1\n    schema:\n      openAPIV3Schema:\n        properties:\n          spec:\n            properties:\n              hostNetwork: {type: boolean, default: true}\n              containers: {type: array}\n',
    },
    { name: 'Service is not a workload', code: 'kind: Service\nmetadata: {name: s}\nspec:\n  hostNetwork: true\n' },
    { name: 'gatekeeper constraint parameter', code: 'apiVersion: constraints.gatekeeper.sh/v1beta1\nkind: K8sPSPHostNetworkingPorts\nmetadata: {name: c}\nspec:\n  parameters:\n    hostNetwork: true\n' },
    { name: 'case matters: hostnetwork is not a field', code: pod('hostnetwork: true') },
    { name: 'compose network_mode service:db', file: 'compose.yaml', code: 'services:\n  app:\n    image: x\n    network_mode: "service:db"\n' },
    { name: 'compose network_mode none', file: 'compose.yaml', code: 'services:\n  app:\n    image: x\n    network_mode: none\n' },
    { name: 'compose HOST is not host', file: 'compose.yaml', code: 'services:\n  app:\n    image: x\n    network_mode: container:host\n' },
    { name: 'text that is not YAML of a workload', file: 'notes.yaml', code: 'notes:\n  - hostNetwork: true is bad\n' },
  ],
  invalid: [
    { name: 'Pod true', code: pod('hostNetwork: true'), errors: [{ line: 5, column: 16, endLine: 5, endColumn: 20, message: /Pod\/p sets hostNetwork: true/ }], output: pod('hostNetwork: false') },
    { name: 'YAML 1.1 yes', code: pod('hostNetwork: yes'), errors: [{ line: 5, column: 16, endColumn: 19 }], output: pod('hostNetwork: false') },
    { name: 'YAML 1.1 On', code: pod('hostNetwork: On'), errors: [{ line: 5, column: 16, endColumn: 18 }], output: pod('hostNetwork: false') },
    { name: 'YAML 1.1 TRUE', code: pod('hostNetwork: TRUE'), errors: [{ line: 5, column: 16 }], output: pod('hostNetwork: false') },
    { name: 'YAML 1.1 y', code: pod('hostNetwork: y'), errors: [{ line: 5, column: 16, endColumn: 17 }], output: pod('hostNetwork: false') },
    { name: 'quoted key', code: pod('"hostNetwork": true'), errors: [{ line: 5, column: 18 }], output: pod('"hostNetwork": false') },
    { name: 'string "true" is an invalid value', code: pod('hostNetwork: "true"'), errors: [{ line: 5, column: 16, endColumn: 22, message: /not a boolean: Kubernetes rejects/ }], output: pod('hostNetwork: false') },
    { name: 'number 1 is an invalid value', code: pod('hostNetwork: 1'), errors: [{ line: 5, column: 16, message: /"1".*not a boolean/ }], output: pod('hostNetwork: false') },
    { name: 'Deployment with namespace', code: deploy('hostNetwork: true'), errors: [{ line: 10, column: 20, message: /^Deployment\/prod\/web sets hostNetwork/ }], output: deploy('hostNetwork: false') },
    {
      name: 'flow mapping',
      code: 'kind: Pod\nmetadata: {name: p}\nspec: {hostNetwork: true, containers: [{name: c, image: i}]}\n',
      errors: [{ line: 3, column: 21, endColumn: 25 }],
      output: 'kind: Pod\nmetadata: {name: p}\nspec: {hostNetwork: false, containers: [{name: c, image: i}]}\n',
    },
    {
      name: 'JSON manifest',
      file: 'pod.json',
      code: '{\n  "apiVersion": "v1",\n  "kind": "Pod",\n  "metadata": {"name": "p"},\n  "spec": {\n    "hostNetwork": true,\n    "containers": [{"name": "c", "image": "i"}]\n  }\n}\n',
      errors: [{ line: 6, column: 20, endColumn: 24 }],
      output: '{\n  "apiVersion": "v1",\n  "kind": "Pod",\n  "metadata": {"name": "p"},\n  "spec": {\n    "hostNetwork": false,\n    "containers": [{"name": "c", "image": "i"}]\n  }\n}\n',
    },
    { name: 'CRLF line endings', code: pod('hostNetwork: true').replace(/\n/g, '\r\n'), errors: [{ line: 5, column: 16, endColumn: 20 }], output: pod('hostNetwork: false').replace(/\n/g, '\r\n') },
    { name: 'BOM', code: '\uFEFF' + pod('hostNetwork: true'), errors: [{ line: 5, column: 16 }], output: '\uFEFF' + pod('hostNetwork: false') },
    { name: 'BOM on line 1 does not shift columns', code: '\uFEFFkind: Pod\nspec: {hostNetwork: true, containers: []}\n', errors: [{ line: 2, column: 21 }] },
    {
      name: 'anchor and alias value',
      code: 'x-flag: &on true\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostNetwork: *on\n  containers: []\n',
      errors: [{ line: 5, column: 16, endColumn: 19 }],
      output: 'x-flag: &on true\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostNetwork: false\n  containers: []\n',
    },
    {
      name: 'merge key brings hostNetwork in',
      code: 'x-base: &base\n  hostNetwork: true\nkind: Pod\nmetadata: {name: p}\nspec:\n  <<: *base\n  containers: []\n',
      errors: [{ line: 2, column: 16, message: /inherited through a YAML merge key/ }],
    },
    { name: 'explicit key wins over merge (true over false)', code: 'x: &b {hostNetwork: false}\nkind: Pod\nspec:\n  <<: *b\n  hostNetwork: true\n  containers: []\n', errors: [{ line: 5, column: 16 }] },
    {
      name: 'aliased pod spec',
      code: 'kind: Pod\nmetadata: {name: a}\nspec: &s\n  hostNetwork: true\n  containers: []\n---\nkind: Pod\nmetadata: {name: b}\nspec: *s\n',
      errors: [{ line: 4, column: 16 }, { line: 4, column: 16 }],
    },
    { name: 'multi-document, second doc', code: pod('hostNetwork: false') + '---\n' + pod('hostNetwork: true'), errors: [{ line: 12, column: 16 }] },
    {
      name: 'CronJob jobTemplate',
      code: 'apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: cj}\nspec:\n  schedule: "* * * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          hostNetwork: true\n          containers: []\n',
      errors: [{ line: 10, column: 24, message: /^CronJob\/cj/ }],
    },
    { name: 'PodTemplate', code: 'apiVersion: v1\nkind: PodTemplate\nmetadata: {name: t}\ntemplate:\n  spec:\n    hostNetwork: true\n    containers: []\n', errors: [{ line: 6, column: 18 }] },
    {
      name: 'List items',
      code: 'apiVersion: v1\nkind: List\nitems:\n- kind: Pod\n  metadata: {name: ok}\n  spec: {containers: []}\n- kind: DaemonSet\n  apiVersion: apps/v1\n  metadata: {name: ds}\n  spec:\n    template:\n      spec:\n        hostNetwork: true\n        containers: []\n',
      errors: [{ line: 13, column: 22, message: /^DaemonSet\/ds/ }],
    },
    {
      name: 'custom resource by shape (Argo Rollout)',
      code: 'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata: {name: r}\nspec:\n  template:\n    spec:\n      hostNetwork: true\n      containers: [{name: c, image: i}]\n',
      errors: [{ line: 7, column: 20, message: /^Rollout\/r/ }],
    },
    {
      name: 'custom resource by shape (KEDA ScaledJob)',
      code: 'apiVersion: keda.sh/v1alpha1\nkind: ScaledJob\nmetadata: {name: sj}\nspec:\n  jobTargetRef:\n    template:\n      spec:\n        hostNetwork: true\n        containers: [{name: c, image: i}]\n',
      errors: [{ line: 8, column: 22 }],
    },
    { name: 'compose network_mode host', file: 'compose.yaml', code: 'services:\n  app:\n    image: x\n    network_mode: host\n', errors: [{ line: 4, column: 19, endColumn: 23, message: /service "app"/ }], output: 'services:\n  app:\n    image: x\n    network_mode: bridge\n' },
    { name: 'compose quoted host', file: 'docker-compose.prod.yml', code: 'services:\n  app:\n    image: x\n    network_mode: "host"\n', errors: [{ line: 4, column: 19, endColumn: 25 }], output: 'services:\n  app:\n    image: x\n    network_mode: bridge\n' },
    { name: 'compose by shape in any YAML', file: 'deploy/stack.yml', code: 'version: "3"\nservices:\n  app:\n    image: x\n    network_mode: host\n', errors: [{ line: 5, column: 19 }] },
    { name: 'compose build network host', file: 'compose.yaml', code: 'services:\n  app:\n    build:\n      context: .\n      network: host\n', errors: [{ line: 5, column: 16, message: /build\.network: host/ }], output: null },
  ],
})
