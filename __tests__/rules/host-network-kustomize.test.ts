import { runRuleTests } from '../support/rule-tester.js'

/** A kustomization whose lines 1-3 are fixed: what follows starts on line 4. */
const kust = (rest: string) => `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [deployment.yaml]\n${rest}`
const jsonOps = (value: string) => `- op: add\n  path: /spec/template/spec/hostNetwork\n  value: ${value}\n`

runRuleTests('host-network', {
  valid: [
    { name: 'JSON patch setting false', file: 'patch.yaml', code: jsonOps('false') },
    { name: 'JSON patch removing the field', file: 'patch.yaml', code: '- op: remove\n  path: /spec/template/spec/hostNetwork\n' },
    {
      name: 'JSON patch test op compares, it does not write',
      file: 'patch.yaml',
      code: '- op: test\n  path: /spec/template/spec/hostNetwork\n  value: true\n',
    },
    { name: 'JSON patch with the string "true" is not a boolean share', file: 'patch.yaml', code: jsonOps('"true"') },
    {
      name: 'JSON patch of an annotation named hostNetwork',
      file: 'patch.yaml',
      code: '- op: add\n  path: /metadata/annotations/hostNetwork\n  value: true\n',
    },
    {
      name: 'JSON patch of a Gatekeeper constraint parameter',
      file: 'patch.yaml',
      code: '- op: replace\n  path: /spec/parameters/hostNetwork\n  value: true\n',
    },
    {
      name: 'JSON patch of a Kyverno validation pattern',
      file: 'patch.yaml',
      code: '- op: add\n  path: /spec/rules/0/validate/pattern/spec/hostNetwork\n  value: true\n',
    },
    {
      name: 'JSON patch /spec whose pod spec value sets false',
      file: 'patch.yaml',
      code: '- op: replace\n  path: /spec/template/spec\n  value: {hostNetwork: false, containers: []}\n',
    },
    {
      name: 'JSON patch /spec value with hostNetwork under a container',
      file: 'patch.yaml',
      code: '- op: add\n  path: /spec\n  value:\n    containers:\n    - name: c\n      hostNetwork: true\n',
    },
    {
      name: 'JSON patch writing the field under a container',
      file: 'patch.yaml',
      code: '- op: add\n  path: /spec/template/spec/containers/0/hostNetwork\n  value: true\n- op: add\n  path: /spec/containers/0/securityContext/hostNetwork\n  value: true\n',
    },
    {
      name: 'inline JSON patch aimed at a PodSecurityPolicy',
      file: 'kustomization.yaml',
      code: kust(
        'patches:\n- target: {kind: PodSecurityPolicy, name: privileged}\n  patch: |-\n' +
          jsonOps('true').replace('/spec/template/spec/hostNetwork', '/spec/hostNetwork').replace(/^/gm, '    '),
      ),
    },
    {
      name: "inline JSON patch aimed at a policy engine's group",
      file: 'kustomization.yaml',
      code: kust('patches:\n- target: {group: kyverno.io, kind: ClusterPolicy}\n  patch: |-\n' + jsonOps('true').replace(/^/gm, '    ')),
    },
    { name: 'a list of maps that are not patch ops', file: 'results.json', code: '[{"queryName": "host network", "hostNetwork": true, "line": 6}]\n' },
    { name: 'a list where one item has no op', file: 'list.yaml', code: jsonOps('true') + '- path: /x\n' },
    {
      name: 'kustomization images, replicas and labels',
      file: 'kustomization.yaml',
      code: kust('images:\n- name: hostNetwork\n  newTag: "true"\nreplicas:\n- name: hostNetwork\n  count: 2\nlabels:\n- pairs: {hostNetwork: "true"}\n'),
    },
    {
      name: 'kustomization patches by file path',
      file: 'kustomization.yaml',
      code: kust('patches:\n- path: hostNetwork-patch.yaml\n  target: {kind: Deployment}\npatchesStrategicMerge:\n- hostNetwork.yaml\n'),
    },
    {
      name: 'inline strategic-merge patch setting false',
      file: 'kustomization.yaml',
      code: kust(
        'patches:\n- patch: |\n    kind: Deployment\n    metadata: {name: web}\n    spec:\n      template:\n        spec:\n          hostNetwork: false\n',
      ),
    },
    {
      name: 'inline JSON patch setting false',
      file: 'kustomization.yaml',
      code: kust('patches:\n- target: {kind: Deployment, name: web}\n  patch: |-\n' + jsonOps('false').replace(/^/gm, '    ')),
    },
    {
      name: 'a patch-like string outside a kustomization is data',
      file: 'tool-config.yaml',
      code: 'apiVersion: example.com/v1\nkind: Config\npatches:\n- patch: |\n' + jsonOps('true').replace(/^/gm, '    '),
    },
    {
      name: 'a file named kustomization.yaml holding another kind',
      file: 'kustomization.yaml',
      code: 'kind: ConfigMap\nmetadata: {name: c}\npatches:\n- patch: |\n' + jsonOps('true').replace(/^/gm, '    '),
    },
  ],
  invalid: [
    {
      name: 'JSON patch file (YAML) adding hostNetwork: true',
      file: 'overlays/prod/hostnet.yaml',
      code: jsonOps('true'),
      errors: [
        {
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 14,
          message: /^JSON patch hostnet\.yaml: "add \/spec\/template\/spec\/hostNetwork" sets hostNetwork: true: once kustomize applies it/,
        },
      ],
      output: jsonOps('false'),
    },
    {
      name: 'JSON patch with a YAML 1.1 yes',
      file: 'patch.yml',
      code: jsonOps('yes'),
      errors: [{ line: 3, column: 10, endColumn: 13 }],
      output: jsonOps('false'),
    },
    {
      name: 'JSON patch file as JSON',
      file: 'patch.json',
      code: '[\n  {"op": "replace", "path": "/spec/hostNetwork", "value": true}\n]\n',
      errors: [{ line: 2, column: 59, endColumn: 63, message: /"replace \/spec\/hostNetwork"/ }],
      output: '[\n  {"op": "replace", "path": "/spec/hostNetwork", "value": false}\n]\n',
    },
    {
      name: 'JSON patch replacing a template spec whose value sets it',
      file: 'patch.yaml',
      code: '- op: replace\n  path: /spec/template/spec\n  value:\n    hostNetwork: On\n    containers: [{name: c, image: i}]\n',
      errors: [{ line: 4, column: 18, endColumn: 20, message: /"replace \/spec\/template\/spec" sets hostNetwork: true/ }],
      output: '- op: replace\n  path: /spec/template/spec\n  value:\n    hostNetwork: false\n    containers: [{name: c, image: i}]\n',
    },
    {
      name: 'JSON patch of a workload spec with a pod template in its value',
      file: 'patch.yaml',
      code: '- op: add\n  path: /spec\n  value: {template: {spec: {hostNetwork: true}}}\n',
      errors: [{ line: 3, column: 42, endColumn: 46 }],
      output: '- op: add\n  path: /spec\n  value: {template: {spec: {hostNetwork: false}}}\n',
    },
    {
      name: 'two ops in one patch are two findings',
      file: 'patch.yaml',
      code: jsonOps('true') + '- op: add\n  path: /spec/jobTemplate/spec/template/spec/hostNetwork\n  value: true\n',
      errors: [
        { line: 3, column: 10 },
        { line: 6, column: 10 },
      ],
      output: jsonOps('false') + '- op: add\n  path: /spec/jobTemplate/spec/template/spec/hostNetwork\n  value: false\n',
    },
    { name: 'an anchored value gets no fix', file: 'patch.yaml', code: jsonOps('&t true'), errors: [{ line: 3, column: 13 }], output: null },
    {
      name: 'inline JSON patch in a literal block, with its target',
      file: 'kustomization.yaml',
      code: kust('patches:\n- target:\n    kind: Deployment\n    name: web\n  patch: |-\n' + jsonOps('true').replace(/^/gm, '    ')),
      errors: [
        {
          line: 11,
          column: 14,
          endLine: 11,
          endColumn: 18,
          message: /^kustomization patches\[0\]\.patch for Deployment\/web: "add \/spec\/template\/spec\/hostNetwork" sets hostNetwork: true/,
        },
      ],
      output: kust('patches:\n- target:\n    kind: Deployment\n    name: web\n  patch: |-\n' + jsonOps('false').replace(/^/gm, '    ')),
    },
    {
      name: 'inline strategic-merge patch (a partial Deployment) in a literal block',
      file: 'kustomization.yaml',
      code: kust(
        'patches:\n- patch: |\n    apiVersion: apps/v1\n    kind: Deployment\n    metadata:\n      name: web\n    spec:\n      template:\n        spec:\n          hostNetwork: true\n',
      ),
      errors: [{ line: 13, column: 24, endLine: 13, endColumn: 28, message: /^kustomization patches\[0\]\.patch: Deployment\/web sets hostNetwork: true/ }],
      output: kust(
        'patches:\n- patch: |\n    apiVersion: apps/v1\n    kind: Deployment\n    metadata:\n      name: web\n    spec:\n      template:\n        spec:\n          hostNetwork: false\n',
      ),
    },
    {
      name: 'patchesStrategicMerge inline entry, kind and apiVersion left out of kustomization.yaml',
      file: 'base/kustomization.yaml',
      code: 'resources: [ds.yaml]\npatchesStrategicMerge:\n- |-\n  kind: DaemonSet\n  metadata: {name: agent}\n  spec: {template: {spec: {hostNetwork: y}}}\n',
      errors: [{ line: 6, column: 41, endColumn: 42, message: /^kustomization patchesStrategicMerge\[0\]: DaemonSet\/agent/ }],
      output:
        'resources: [ds.yaml]\npatchesStrategicMerge:\n- |-\n  kind: DaemonSet\n  metadata: {name: agent}\n  spec: {template: {spec: {hostNetwork: false}}}\n',
    },
    {
      name: 'patchesJson6902 as single-quoted JSON',
      file: 'kustomization.yml',
      code: kust(
        'patchesJson6902:\n- target: {kind: Deployment, name: web}\n  patch: \'[{"op": "add", "path": "/spec/template/spec/hostNetwork", "value": true}]\'\n',
      ),
      errors: [{ line: 6, column: 78, endColumn: 82 }],
      output: kust(
        'patchesJson6902:\n- target: {kind: Deployment, name: web}\n  patch: \'[{"op": "add", "path": "/spec/template/spec/hostNetwork", "value": false}]\'\n',
      ),
    },
    {
      name: 'double-quoted JSON with escapes: the value itself maps exactly',
      file: 'kustomization.yaml',
      code: kust(
        'patches:\n- target: {kind: Deployment, name: web}\n  patch: "[{\\"op\\": \\"add\\", \\"path\\": \\"/spec/template/spec/hostNetwork\\", \\"value\\": true}]"\n',
      ),
      errors: [{ line: 6, column: 88, endColumn: 92 }],
      output: kust(
        'patches:\n- target: {kind: Deployment, name: web}\n  patch: "[{\\"op\\": \\"add\\", \\"path\\": \\"/spec/template/spec/hostNetwork\\", \\"value\\": false}]"\n',
      ),
    },
    {
      name: 'double-quoted with an escape inside the value: pointed at as written, no fix',
      file: 'kustomization.yaml',
      code: kust('patches:\n- target: {kind: Pod, name: p}\n  patch: "[{op: add, path: /spec/hostNetwork, value: \\x74rue}]"\n'),
      errors: [{ line: 6, column: 54, endColumn: 61 }],
      output: null,
    },
    {
      name: 'a folded block cannot be mapped: reported at the patch value, no fix',
      file: 'kustomization.yaml',
      code: kust('patches:\n- target: {kind: Pod, name: p}\n  patch: >\n    [{"op": "add", "path": "/spec/hostNetwork", "value": true}]\n'),
      errors: [{ line: 6, column: 10, endLine: 6, endColumn: 11, message: /for Pod\/p/ }],
      output: null,
    },
    {
      name: 'a quoted patch over several lines is folded: reported at the patch value, no fix',
      file: 'kustomization.yaml',
      code: kust('patches:\n- target: {kind: Pod, name: p}\n  patch: \'[{"op": "add",\n    "path": "/spec/hostNetwork", "value": true}]\'\n'),
      errors: [{ line: 6, column: 10, endLine: 6, endColumn: 25 }],
      output: null,
    },
    {
      name: 'literal block with an explicit indentation indicator',
      file: 'kustomization.yaml',
      code: kust('patches:\n- target: {kind: Pod, name: p}\n  patch: |2-\n      - op: add\n        path: /spec/hostNetwork\n        value: true\n'),
      errors: [{ line: 9, column: 16, endColumn: 20 }],
      output: kust('patches:\n- target: {kind: Pod, name: p}\n  patch: |2-\n      - op: add\n        path: /spec/hostNetwork\n        value: false\n'),
    },
    {
      name: 'CRLF kustomization',
      file: 'kustomization.yaml',
      code: kust('patches:\n- target: {kind: Deployment, name: web}\n  patch: |-\n' + jsonOps('true').replace(/^/gm, '    ')).replace(/\n/g, '\r\n'),
      errors: [{ line: 9, column: 14, endColumn: 18 }],
      output: kust('patches:\n- target: {kind: Deployment, name: web}\n  patch: |-\n' + jsonOps('false').replace(/^/gm, '    ')).replace(/\n/g, '\r\n'),
    },
    {
      name: 'a kustomize Component, found by kind in any file name',
      file: 'components/hostnet/comp.yaml',
      code:
        'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\npatches:\n- target: {kind: Deployment, namespace: prod, name: web}\n  patch: |\n' +
        jsonOps('true').replace(/^/gm, '    '),
      errors: [{ line: 8, column: 14, message: /for Deployment\/prod\/web/ }],
      output:
        'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\npatches:\n- target: {kind: Deployment, namespace: prod, name: web}\n  patch: |\n' +
        jsonOps('false').replace(/^/gm, '    '),
    },
    {
      name: 'a strategic-merge patch and a JSON patch in one kustomization, with a merge key in the value',
      file: 'kustomization.yaml',
      code: kust(
        'patches:\n- patch: |\n    kind: Pod\n    metadata: {name: p}\n    spec: {hostNetwork: true}\n- target: {kind: Pod, name: q}\n  patch: |\n    - op: replace\n      path: /spec\n      value:\n        <<: {hostNetwork: true}\n',
      ),
      errors: [
        { line: 8, column: 25, message: /patches\[0\]\.patch: Pod\/p/ },
        { line: 14, column: 27, message: /patches\[1\]\.patch for Pod\/q: .*inherited through a YAML merge key/ },
      ],
      output: kust(
        'patches:\n- patch: |\n    kind: Pod\n    metadata: {name: p}\n    spec: {hostNetwork: false}\n- target: {kind: Pod, name: q}\n  patch: |\n    - op: replace\n      path: /spec\n      value:\n        <<: {hostNetwork: false}\n',
      ),
    },
  ],
})
