import { runRuleTests } from '../support/rule-tester.js'

const pod = (line: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  ${line}\n  containers: [{name: c, image: i}]\n`

const svc = (line: string) => `services:\n  a:\n    image: x\n    ${line}\n`

runRuleTests('host-pid', {
  valid: [
    { name: 'explicit false', code: pod('hostPID: false') },
    { name: 'hostNetwork does not count', code: pod('hostNetwork: true') },
    { name: 'shareProcessNamespace is not hostPID', code: pod('shareProcessNamespace: true') },
    { name: 'compose pid service:x', file: 'compose.yaml', code: 'services:\n  a:\n    image: x\n    pid: "service:b"\n' },
    { name: 'compose pid container:x', file: 'compose.yaml', code: 'services:\n  a:\n    image: x\n    pid: "container:b"\n' },
    { name: 'compose pid from a variable with no default', file: 'compose.yaml', code: svc('pid: ${PID_MODE}') },
    { name: 'JSON patch setting hostPID false', file: 'patch.yaml', code: '- op: add\n  path: /spec/template/spec/hostPID\n  value: false\n' },
    { name: 'a heredoc body tee writes is data', file: 'x.sh', code: 'tee run.sh <<EOF\ndocker run --pid=host img\nEOF\n' },
    { name: 'an expansion, then the flag, then nothing: the expansion was the image', file: 'x.sh', code: 'docker run $OPTS --pid=host\n' },
    {
      name: 'a blank line in a folded block keeps the lines apart',
      file: '.github/workflows/ci.yml',
      code: 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: >\n          docker run --rm\n\n          --pid=host img\n',
    },
  ],
  invalid: [
    {
      name: 'pod-level settings of a custom resource (Tekton podTemplate)',
      code: 'apiVersion: tekton.dev/v1\nkind: PipelineRun\nmetadata: {name: pr}\nspec:\n  pipelineRef: {name: p}\n  taskRunTemplate:\n    podTemplate:\n      hostPID: on\n',
      errors: [{ line: 8, column: 16, endColumn: 18, message: /^PipelineRun\/pr sets hostPID: true/ }],
      output:
        'apiVersion: tekton.dev/v1\nkind: PipelineRun\nmetadata: {name: pr}\nspec:\n  pipelineRef: {name: p}\n  taskRunTemplate:\n    podTemplate:\n      hostPID: false\n',
    },
    { name: 'Pod true', code: pod('hostPID: true'), errors: [{ line: 5, column: 12, endColumn: 16, message: /hostPID: true/ }], output: pod('hostPID: false') },
    { name: 'YAML 1.1 ON', code: pod('hostPID: ON'), errors: [{ line: 5, column: 12 }], output: pod('hostPID: false') },
    {
      name: 'compose pid host: whole line removed',
      file: 'compose.yaml',
      code: 'services:\n  a:\n    image: x\n    pid: host\n    restart: always\n',
      errors: [{ line: 4, column: 10, endColumn: 14 }],
      output: 'services:\n  a:\n    image: x\n    restart: always\n',
    },
    {
      name: 'compose pid defaulting to host: no safe value to default to, so no fix',
      file: 'compose.yaml',
      code: svc('pid: ${PID_MODE:-host}'),
      errors: [{ line: 4, column: 10, endColumn: 27, message: /pid: \$\{PID_MODE:-host\}, which defaults to host when PID_MODE is not set/ }],
      output: null,
    },
    {
      name: 'inline kustomize JSON patch adding hostPID',
      file: 'kustomization.yaml',
      code: 'kind: Kustomization\npatches:\n- target: {kind: DaemonSet, name: agent}\n  patch: |-\n    - op: add\n      path: /spec/template/spec/hostPID\n      value: true\n',
      errors: [
        {
          line: 7,
          column: 14,
          endColumn: 18,
          message: /^kustomization patches\[0\]\.patch for DaemonSet\/agent: "add \/spec\/template\/spec\/hostPID" sets hostPID: true/,
        },
      ],
      output:
        'kind: Kustomization\npatches:\n- target: {kind: DaemonSet, name: agent}\n  patch: |-\n    - op: add\n      path: /spec/template/spec/hostPID\n      value: false\n',
    },
    {
      name: 'compose pid host in a flow map: no fix',
      file: 'compose.yaml',
      code: 'services:\n  a: {image: x, pid: host}\n',
      errors: [{ line: 2, column: 22 }],
      output: null,
    },
    {
      name: 'docker run --pid=host',
      file: 'x.sh',
      code: 'docker run -it --pid=host img\n',
      errors: [{ line: 1, column: 16, endColumn: 26 }],
      output: 'docker run -it img\n',
    },
    {
      name: 'nerdctl create --pid host',
      file: 'x.sh',
      code: 'nerdctl create --pid host img\n',
      errors: [{ line: 1, column: 16, endColumn: 26 }],
      output: 'nerdctl create img\n',
    },
    {
      name: 'engine named by a default: "${CONTAINER_ENGINE:-podman}"',
      file: 'ci.sh',
      code: '"${CONTAINER_ENGINE:-podman}" run --pid=host img\n',
      errors: [{ line: 1, column: 35, endColumn: 45, message: /^\$\{CONTAINER_ENGINE:-podman\} run uses --pid=host/ }],
      output: '"${CONTAINER_ENGINE:-podman}" run img\n',
    },
    {
      name: '"${args[@]}" before the flag',
      file: 'x.sh',
      code: 'docker run "${args[@]}" --pid=host img\n',
      errors: [{ line: 1, column: 25, endColumn: 35 }],
      output: 'docker run "${args[@]}" img\n',
    },
    {
      name: 'workflow run: value over two plain lines',
      file: '.github/workflows/ci.yml',
      code: 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: docker run --rm\n          --pid=host img\n',
      errors: [{ line: 7, column: 11, endColumn: 21 }],
      output: 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: docker run --rm\n          img\n',
    },
    {
      name: 'Jenkinsfile sh """ with \\\\ continuations',
      file: 'Jenkinsfile',
      type: 'shell',
      code: 'node {\n  sh """\n    docker run --rm \\\\\n      --pid=host \\\\\n      img\n  """\n}\n',
      errors: [{ line: 4, column: 7, endColumn: 17 }],
      output: 'node {\n  sh """\n    docker run --rm \\\\\n      img\n  """\n}\n',
    },
    {
      name: 'ssh remote sudo podman run',
      file: 'x.sh',
      code: 'ssh -p 22 h sudo podman run --pid=host img\n',
      errors: [{ line: 1, column: 29, endColumn: 39 }],
      output: 'ssh -p 22 h sudo podman run img\n',
    },
  ],
})
