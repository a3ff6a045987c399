import { runRuleTests } from '../support/rule-tester.js'

const pod = (line: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  ${line}\n  containers: [{name: c, image: i}]\n`

const svc = (line: string) => `services:\n  a:\n    image: x\n    ${line}\n`

runRuleTests('host-ipc', {
  valid: [
    { name: 'explicit false', code: pod('hostIPC: false') },
    { name: 'compose ipc shareable', file: 'compose.yaml', code: 'services:\n  a:\n    image: x\n    ipc: shareable\n' },
    { name: 'compose ipc private', file: 'compose.yaml', code: 'services:\n  a:\n    image: x\n    ipc: private\n' },
    { name: 'compose uts host is another namespace', file: 'compose.yaml', code: 'services:\n  a:\n    image: x\n    uts: host\n' },
    {
      name: 'Jenkinsfile writeFile text is data',
      file: 'Jenkinsfile',
      type: 'shell',
      code: "node {\n  writeFile file: 'r.sh', text: 'docker run --ipc=host img'\n}\n",
    },
    { name: 'compose $${X} is a literal, not a variable', file: 'compose.yaml', code: svc('ipc: $${X}') },
    { name: 'compose ipc host only through an escaped default', file: 'compose.yaml', code: svc('ipc: $${IPC:-host}') },
  ],
  invalid: [
    { name: 'Pod true', code: pod('hostIPC: true'), errors: [{ line: 5, column: 12, endColumn: 16 }], output: pod('hostIPC: false') },
    { name: 'YAML 1.1 True', code: pod('hostIPC: True'), errors: [{ line: 5, column: 12 }], output: pod('hostIPC: false') },
    {
      name: 'compose ipc host',
      file: 'compose.yml',
      code: 'services:\n  a:\n    image: x\n    ipc: host\n',
      errors: [{ line: 4, column: 10 }],
      output: 'services:\n  a:\n    image: x\n    ipc: private\n',
    },
    {
      name: 'compose ipc defaulting to host',
      file: 'compose.yaml',
      code: svc('ipc: ${IPC_MODE:-host}'),
      errors: [{ line: 4, column: 10, endColumn: 27, message: /defaults to host when IPC_MODE is not set/ }],
      output: svc('ipc: ${IPC_MODE:-private}'),
    },
    {
      name: 'JSON patch file as JSON setting hostIPC in a pod spec value',
      file: 'patches/ipc.json',
      code: '[{"op": "replace", "path": "/spec/template/spec", "value": {"hostIPC": true, "containers": []}}]\n',
      errors: [{ line: 1, column: 72, endColumn: 76, message: /^JSON patch ipc\.json: "replace \/spec\/template\/spec" sets hostIPC: true/ }],
      output: '[{"op": "replace", "path": "/spec/template/spec", "value": {"hostIPC": false, "containers": []}}]\n',
    },
    {
      name: 'inline strategic-merge patch setting hostIPC',
      file: 'kustomization.yaml',
      code: 'patches:\n- patch: |\n    kind: Pod\n    metadata: {name: p}\n    spec:\n      hostIPC: yes\n',
      errors: [{ line: 6, column: 16, endColumn: 19, message: /^kustomization patches\[0\]\.patch: Pod\/p sets hostIPC: true/ }],
      output: 'patches:\n- patch: |\n    kind: Pod\n    metadata: {name: p}\n    spec:\n      hostIPC: false\n',
    },
    {
      name: 'docker container run --ipc=host',
      file: 'x.sh',
      code: 'docker container run --ipc=host img\n',
      errors: [{ line: 1, column: 22, endColumn: 32 }],
      output: 'docker container run img\n',
    },
    {
      name: 'xargs -P 4 -I {} docker run --ipc=host',
      file: 'x.sh',
      code: 'xargs -P 4 -I {} docker run --ipc=host {}\n',
      errors: [{ line: 1, column: 29, endColumn: 39 }],
      output: 'xargs -P 4 -I {} docker run {}\n',
    },
    {
      name: 'Makefile $(RUN_FLAGS) before the flag',
      file: 'Makefile',
      code: 'x:\n\tdocker run $(RUN_FLAGS) --ipc=host img\n',
      errors: [{ line: 2, column: 26, endColumn: 36 }],
      output: 'x:\n\tdocker run $(RUN_FLAGS) img\n',
    },
    {
      name: 'workflow ${{ matrix.opts }} before the flag',
      file: '.github/workflows/ci.yml',
      code: 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: docker run ${{ matrix.opts }} --ipc=host img\n',
      errors: [{ line: 6, column: 44, endColumn: 54 }],
      output: 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: docker run ${{ matrix.opts }} img\n',
    },
    {
      name: 'action.yml double-quoted run over two lines',
      file: 'action.yml',
      type: 'workflow',
      code: 'runs:\n  using: composite\n  steps:\n    - shell: bash\n      run: "docker run --rm\n        --ipc=host img"\n',
      errors: [{ line: 6, column: 9, endColumn: 19 }],
      output: 'runs:\n  using: composite\n  steps:\n    - shell: bash\n      run: "docker run --rm\n        img"\n',
    },
    {
      name: 'Jenkinsfile sh(script: ..., returnStdout: true)',
      file: 'Jenkinsfile',
      type: 'shell',
      code: "node {\n  def id = sh(script: 'docker run -d --ipc=host img', returnStdout: true).trim()\n}\n",
      errors: [{ line: 2, column: 38, endColumn: 48 }],
      output: "node {\n  def id = sh(script: 'docker run -d img', returnStdout: true).trim()\n}\n",
    },
  ],
})
