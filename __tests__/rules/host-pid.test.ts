import { runRuleTests } from '../support/rule-tester.js'

const pod = (line: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  ${line}\n  containers: [{name: c, image: i}]\n`

runRuleTests('host-pid', {
  valid: [
    { name: 'explicit false', code: pod('hostPID: false') },
    { name: 'hostNetwork does not count', code: pod('hostNetwork: true') },
    { name: 'shareProcessNamespace is not hostPID', code: pod('shareProcessNamespace: true') },
    { name: 'compose pid service:x', file: 'compose.yaml', code: 'services:\n  a:\n    image: x\n    pid: "service:b"\n' },
    { name: 'compose pid container:x', file: 'compose.yaml', code: 'services:\n  a:\n    image: x\n    pid: "container:b"\n' },
    { name: 'a heredoc body tee writes is data', file: 'x.sh', code: 'tee run.sh <<EOF\ndocker run --pid=host img\nEOF\n' },
  ],
  invalid: [
    {
      name: 'pod-level settings of a custom resource (Tekton podTemplate)',
      code: 'apiVersion: tekton.dev/v1\nkind: PipelineRun\nmetadata: {name: pr}\nspec:\n  pipelineRef: {name: p}\n  taskRunTemplate:\n    podTemplate:\n      hostPID: on\n',
      errors: [{ line: 8, column: 16, endColumn: 18, message: /^PipelineRun\/pr sets hostPID: true/ }],
    },
    { name: 'Pod true', code: pod('hostPID: true'), errors: [{ line: 5, column: 12, endColumn: 16, message: /hostPID: true/ }], output: pod('hostPID: false') },
    { name: 'YAML 1.1 ON', code: pod('hostPID: ON'), errors: [{ line: 5, column: 12 }], output: pod('hostPID: false') },
    { name: 'compose pid host: whole line removed', file: 'compose.yaml', code: 'services:\n  a:\n    image: x\n    pid: host\n    restart: always\n', errors: [{ line: 4, column: 10, endColumn: 14 }], output: 'services:\n  a:\n    image: x\n    restart: always\n' },
    { name: 'compose pid host in a flow map: no fix', file: 'compose.yaml', code: 'services:\n  a: {image: x, pid: host}\n', errors: [{ line: 2, column: 22 }], output: null },
    { name: 'docker run --pid=host', file: 'x.sh', code: 'docker run -it --pid=host img\n', errors: [{ line: 1, column: 16, endColumn: 26 }], output: 'docker run -it img\n' },
    { name: 'nerdctl create --pid host', file: 'x.sh', code: 'nerdctl create --pid host img\n', errors: [{ line: 1, column: 16, endColumn: 26 }] },
    { name: 'engine named by a default: "${CONTAINER_ENGINE:-podman}"', file: 'ci.sh', code: '"${CONTAINER_ENGINE:-podman}" run --pid=host img\n', errors: [{ line: 1, column: 35, endColumn: 45, message: /^\$\{CONTAINER_ENGINE:-podman\} run uses --pid=host/ }], output: '"${CONTAINER_ENGINE:-podman}" run img\n' },
  ],
})
