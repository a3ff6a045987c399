import { runRuleTests } from '../support/rule-tester.js'

const pod = (line: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  ${line}\n  containers: [{name: c, image: i}]\n`

runRuleTests('host-ipc', {
  valid: [
    { name: 'explicit false', code: pod('hostIPC: false') },
    { name: 'compose ipc shareable', file: 'compose.yaml', code: 'services:\n  a:\n    image: x\n    ipc: shareable\n' },
    { name: 'compose ipc private', file: 'compose.yaml', code: 'services:\n  a:\n    image: x\n    ipc: private\n' },
    { name: 'compose uts host is another namespace', file: 'compose.yaml', code: 'services:\n  a:\n    image: x\n    uts: host\n' },
  ],
  invalid: [
    { name: 'Pod true', code: pod('hostIPC: true'), errors: [{ line: 5, column: 12, endColumn: 16 }], output: pod('hostIPC: false') },
    { name: 'YAML 1.1 True', code: pod('hostIPC: True'), errors: [{ line: 5, column: 12 }], output: pod('hostIPC: false') },
    { name: 'compose ipc host', file: 'compose.yml', code: 'services:\n  a:\n    image: x\n    ipc: host\n', errors: [{ line: 4, column: 10 }], output: 'services:\n  a:\n    image: x\n    ipc: private\n' },
    { name: 'docker container run --ipc=host', file: 'x.sh', code: 'docker container run --ipc=host img\n', errors: [{ line: 1, column: 22, endColumn: 32 }], output: 'docker container run img\n' },
    { name: 'xargs -P 4 -I {} docker run --ipc=host', file: 'x.sh', code: 'xargs -P 4 -I {} docker run --ipc=host {}\n', errors: [{ line: 1, column: 29, endColumn: 39 }], output: 'xargs -P 4 -I {} docker run {}\n' },
  ],
})
