import { describe, it, expect } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { ConfigError, MAX_MAX_FILE_SIZE, parseConfig } from '../../src/config/config.js'
import { registry } from '../../src/rules/index.js'

const FILE = '.github/host-namespace-guard.yml'
const parse = (text: string) => parseConfig(FILE, text, [...registry.keys()])

/** What parseConfig throws for the text, as [keyPath, line, message]; undefined when it accepts it. */
function rejection(text: string): [string, number | undefined, string] | undefined {
  try {
    parse(text)
    return undefined
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err
    return [err.keyPath, err.line, err.message]
  }
}

const RANGE = 'is out of range: expected at least 1 byte and at most 256MiB'
const SIZE = 'expected a whole number of bytes, or one with a unit (B, KB, KiB, MB, MiB) such as 5MiB'
const COUNT = 'expected a positive whole number (1 or more)'
const TOP = 'paths, rules, fileTypes, maxFileSize, maxFindings, exceptions, admission, render, review, smoke'
const SEVERITY = 'is not one of error, warning, note, off'

describe('parseConfig rejects a value of the wrong type or out of range, naming the key, the value and what is allowed', () => {
  it.each([
    ['maxFileSize', 'maxFileSize: "0"', `"0" ${RANGE}`],
    ['maxFileSize', 'maxFileSize: 0', `0 ${RANGE}`],
    ['maxFileSize', 'maxFileSize: 0KiB', `"0KiB" ${RANGE}`],
    ['maxFileSize', 'maxFileSize: -1', `-1 ${RANGE}`],
    ['maxFileSize', 'maxFileSize: "-1"', `${SIZE}, got "-1"`],
    ['maxFileSize', 'maxFileSize: 5GB', 'unknown unit "GB" in "5GB"; expected one of B, KB, KiB, MB, MiB'],
    ['maxFileSize', 'maxFileSize: 5 megabytes', 'unknown unit "megabytes" in "5 megabytes"; expected one of B, KB, KiB, MB, MiB'],
    ['maxFileSize', 'maxFileSize: 1.5', `${SIZE}, got 1.5`],
    ['maxFileSize', 'maxFileSize: 1.5MiB', `${SIZE}, got "1.5MiB"`],
    ['maxFileSize', 'maxFileSize: 257MiB', `"257MiB" ${RANGE}`],
    ['maxFileSize', 'maxFileSize: 99999999999999999999999MiB', `"99999999999999999999999MiB" ${RANGE}`],
    ['maxFileSize', 'maxFileSize: .inf', `${SIZE}, got Infinity`],
    ['maxFileSize', 'maxFileSize: true', `${SIZE}, got true`],
    ['maxFileSize', 'maxFileSize: [5MiB]', `${SIZE}, got a list`],
    ['maxFileSize', 'maxFileSize:', `${SIZE}, got null`],
    ['maxFindings', 'maxFindings: -1', `${COUNT}, got -1`],
    ['maxFindings', 'maxFindings: 0', `${COUNT}, got 0`],
    ['maxFindings', 'maxFindings: "10"', `${COUNT}, got "10"`],
    ['maxFindings', 'maxFindings: 2.5', `${COUNT}, got 2.5`],
    ['maxFindings', 'maxFindings: 1e300', `${COUNT}, got 1e+300`],
    ['exceptions.warnDays', 'exceptions: {warnDays: "30"}', `${COUNT}, got "30"`],
    ['fileTypes.shell', 'fileTypes: {shell: "false"}', 'expected true or false, got "false"'],
    ['fileTypes.shell', 'fileTypes: {shell: 0}', 'expected true or false, got 0'],
    ['fileTypes.helm', 'fileTypes: {helm: true}', 'unknown key; expected one of kubernetes, compose, dockerfile, shell, workflow'],
    ['rules.host-netwrk', 'rules: {host-netwrk: error}', `unknown rule; known rules: ${[...registry.keys()].join(', ')}`],
    ['rules.host-network', 'rules: {host-network: fatal}', '"fatal" is not one of error, warning, note, off'],
    ['rules.host-network', 'rules: {host-network: {severity: 2}}', '2 is not one of error, warning, note, off'],
    ['paths.include', 'paths: {include: "*.yaml"}', 'expected a list of strings, got "*.yaml"'],
    ['paths.exclude[1]', 'paths: {exclude: [a, 3]}', 'expected a non-empty string, got 3'],
    ['pathz', 'pathz: {include: [a]}', `unknown key; expected one of ${TOP}`],
    ['1', '1: x', `unknown key; expected one of ${TOP}`],
    ['paths', 'paths: [a]', 'expected a mapping, got a list'],
    ['paths.includes', 'paths: {includes: [a]}', 'unknown key; expected one of include, exclude'],
    ['paths.include[0]', 'paths: {include: [""]}', 'expected a non-empty string, got ""'],
    ['paths.exclude', 'paths: {exclude: }', 'expected a list of strings, got null'],
    ['rules', 'rules: [host-network]', 'expected a mapping, got a list'],
    ['rules.host-network', 'rules: {host-network: Error}', `"Error" ${SEVERITY}`],
    ['rules.host-network', 'rules: {host-network: true}', `true ${SEVERITY}`],
    ['rules.host-network', 'rules: {host-network: {}}', 'missing severity'],
    ['rules.host-network.level', 'rules: {host-network: {level: error}}', 'unknown key; expected one of severity'],
    ['fileTypes', 'fileTypes: [shell]', 'expected a mapping, got a list'],
    ['fileTypes.kubernetes', 'fileTypes: {kubernetes: }', 'expected true or false, got null'],
    ['maxFileSize', 'maxFileSize: 268435457', `268435457 ${RANGE}`],
    ['maxFindings', 'maxFindings: true', `${COUNT}, got true`],
    ['maxFindings', 'maxFindings: 9007199254740992', `${COUNT}, got 9007199254740992`],
    ['exceptions', 'exceptions: [monitoring]', 'expected a mapping, got a list'],
    ['exceptions.namespace', 'exceptions: {namespace: [monitoring]}', 'unknown key; expected one of namespaces, warnDays, file, approval'],
    ['exceptions.namespaces', 'exceptions: {namespaces: monitoring}', 'expected a list of strings, got "monitoring"'],
    ['exceptions.namespaces[1]', 'exceptions: {namespaces: [monitoring, 7]}', 'expected a non-empty string, got 7'],
    ['exceptions.warnDays', 'exceptions: {warnDays: 0}', `${COUNT}, got 0`],
    ['exceptions.file', 'exceptions: {file: ""}', 'expected a non-empty string, got ""'],
    ['exceptions.file', 'exceptions: {file: [a.yml]}', 'expected a non-empty string, got a list'],
    ['exceptions.approval', 'exceptions: {approval: approved}', 'expected a mapping, got "approved"'],
    ['exceptions.approval.labels', 'exceptions: {approval: {labels: ok}}', 'unknown key; expected one of label, team'],
    ['exceptions.approval.label', 'exceptions: {approval: {label: ""}}', 'expected a non-empty string, got ""'],
    ['exceptions.approval.team', 'exceptions: {approval: {team: 42}}', 'expected a non-empty string, got 42'],
  ])('fault: %s written as `%s`', (keyPath, text, problem) => {
    expect(rejection(`# config\n${text}\n`)).toEqual([keyPath, 2, `${FILE}:2: ${keyPath}: ${problem}`])
  })
})

describe('parseConfig rejects a file that is not one YAML mapping, or a key deeper down, at its own line', () => {
  it.each([
    ['invalid YAML: a tab as indentation', '# config\nexceptions:\n\tfile: x\n', '', 3, `${FILE}:3: invalid YAML: Tabs are not allowed as indentation`],
    ['invalid YAML: an unclosed quote', '# config\npaths:\n  include: ["k8s/**]\n', '', 4, `${FILE}:4: invalid YAML: Missing closing "quote`],
    [
      'invalid YAML: a key indented under a scalar',
      '# config\nmaxFindings: 3\n  rules: {}\n',
      '',
      2,
      `${FILE}:2: invalid YAML: Nested mappings are not allowed in compact mappings`,
    ],
    ['a key written twice', 'maxFindings: 1\nrules: {}\nmaxFindings: 2\n', '', 3, `${FILE}:3: duplicate key: Map keys must be unique`],
    ['two documents', 'rules: {host-network: warning}\n---\nmaxFindings: 3\n', '', undefined, `${FILE}: expected one YAML document`],
    ['a list at the top', '# config\n- paths\n', '', 2, `${FILE}:2: expected a mapping, got a list`],
    ['a scalar at the top', 'paths\n', '', 1, `${FILE}:1: expected a mapping, got "paths"`],
    ['a key that is not a scalar', '? [paths]\n: {}\n', '', 1, `${FILE}:1: keys must be plain strings`],
    ['an unknown key after good ones', 'maxFindings: 5\nexception: {}\n', 'exception', 2, `${FILE}:2: exception: unknown key; expected one of ${TOP}`],
    [
      'an unknown rule in block style',
      'rules:\n  host-network: error\n  host-netwrk: off\n',
      'rules.host-netwrk',
      3,
      `${FILE}:3: rules.host-netwrk: unknown rule; known rules: ${[...registry.keys()].join(', ')}`,
    ],
    ['a bad severity in block style', 'rules:\n  host-pid:\n    severity: warn\n', 'rules.host-pid', 3, `${FILE}:3: rules.host-pid: "warn" ${SEVERITY}`],
    [
      'an approval team four levels down',
      'exceptions:\n  namespaces: [monitoring]\n  approval:\n    label: ok\n    team: ""\n',
      'exceptions.approval.team',
      5,
      `${FILE}:5: exceptions.approval.team: expected a non-empty string, got ""`,
    ],
    [
      'a fileTypes value in block style',
      'fileTypes:\n  compose: true\n  dockerfile: "no"\n',
      'fileTypes.dockerfile',
      3,
      `${FILE}:3: fileTypes.dockerfile: expected true or false, got "no"`,
    ],
  ])('%s', (_, text, keyPath, line, message) => {
    expect(rejection(text)).toEqual([keyPath, line, message])
  })
})

describe('parseConfig accepts the documented forms', () => {
  it.each([
    ['maxFileSize: 1', { maxFileSize: 1 }],
    ['maxFileSize: 512KiB', { maxFileSize: 512 * 1024 }],
    ['maxFileSize: 5mb', { maxFileSize: 5_000_000 }],
    ['maxFileSize: "1048576"', { maxFileSize: 1_048_576 }],
    ['maxFileSize: 256MiB', { maxFileSize: MAX_MAX_FILE_SIZE }],
    ['maxFindings: 1', { maxFindings: 1 }],
    ['rules: {host-network: off}', { rules: { 'host-network': 'off' } }],
    ['fileTypes: {shell: no}', { fileTypes: expect.objectContaining({ shell: false, kubernetes: true }) }],
    ['maxFileSize: 5 MiB', { maxFileSize: 5 * 1024 * 1024 }],
    ['maxFileSize: 1024B', { maxFileSize: 1024 }],
    ['maxFileSize: 2KB', { maxFileSize: 2000 }],
    ['maxFileSize: 3kib', { maxFileSize: 3 * 1024 }],
    ['maxFileSize: 7MB', { maxFileSize: 7_000_000 }],
    ['maxFileSize: 268435456', { maxFileSize: MAX_MAX_FILE_SIZE }],
    ['maxFindings: 250000', { maxFindings: 250_000 }],
    ['paths: {include: ["k8s/**", deploy/], exclude: ["**/*.tpl.yaml"]}', { include: ['k8s/**', 'deploy/'], exclude: ['**/*.tpl.yaml'] }],
    ['paths: {include: &k [charts/], exclude: *k}', { include: ['charts/'], exclude: ['charts/'] }],
    ['rules: {host-network: warning, host-pid: note, host-ipc: error}', { rules: { 'host-network': 'warning', 'host-pid': 'note', 'host-ipc': 'error' } }],
    ['rules: {host-network: {severity: warning}}', { rules: { 'host-network': 'warning' } }],
    ['rules: {host-network: "off"}', { rules: { 'host-network': 'off' } }],
    ['rules: {host-network: OFF}', { rules: { 'host-network': 'off' } }],
    ['rules: {host-network: {severity: off}}', { rules: { 'host-network': 'off' } }],
    [
      'fileTypes: {kubernetes: false, compose: false, dockerfile: false, shell: true, workflow: false}',
      { fileTypes: { kubernetes: false, compose: false, dockerfile: false, shell: true, workflow: false } },
    ],
    [
      'exceptions: {approval: {team: org/security}}',
      { exceptions: { namespaces: [], warnDays: 30, approval: { label: 'host-namespace-exception-approved', team: 'org/security' } } },
    ],
    ['---\nmaxFindings: 3', { maxFindings: 3 }],
  ])('`%s`', (text, expected) => {
    expect(parse(`${text}\n`)).toMatchObject(expected)
  })
})

describe('parseConfig reads a whole file', () => {
  it.each([
    ['an empty file', ''],
    ['blank lines', '\n\n'],
    ['comments only', '# host-namespace-guard: defaults\n'],
  ])('%s gives the documented defaults', (_, text) => {
    expect(parse(text)).toEqual({
      include: [],
      exclude: [],
      rules: {},
      fileTypes: { kubernetes: true, compose: true, dockerfile: true, shell: true, workflow: true },
      maxFileSize: 5 * 1024 * 1024,
      maxFindings: 10_000,
      exceptions: { namespaces: [], warnDays: 30, approval: { label: 'host-namespace-exception-approved' } },
      review: { maxComments: 30 },
      smoke: { maxRuntimeJobs: 5 },
    })
  })

  it('gives every key its value, and leaves what is unset at its default', () => {
    const text = [
      'paths:',
      '  include: [k8s/]',
      '  exclude: [k8s/vendor/]',
      'rules:',
      '  host-pid: warning',
      'fileTypes: {shell: false}',
      'maxFileSize: 1MiB',
      'maxFindings: 50',
      'exceptions:',
      '  namespaces: [monitoring, kube-system]',
      '  file: .github/hng-exceptions.yml',
      '  warnDays: 14',
      '  approval: {label: hng-approved, team: org/platform}',
      'review: {maxComments: 12}',
      'smoke: {maxRuntimeJobs: 2}',
      '',
    ].join('\n')
    expect(parse(text)).toEqual({
      include: ['k8s/'],
      exclude: ['k8s/vendor/'],
      rules: { 'host-pid': 'warning' },
      fileTypes: { kubernetes: true, compose: true, dockerfile: true, shell: false, workflow: true },
      maxFileSize: 1024 * 1024,
      maxFindings: 50,
      exceptions: {
        namespaces: ['monitoring', 'kube-system'],
        file: '.github/hng-exceptions.yml',
        warnDays: 14,
        approval: { label: 'hng-approved', team: 'org/platform' },
      },
      review: { maxComments: 12 },
      smoke: { maxRuntimeJobs: 2 },
    })
  })

  it("reads the README's example configuration as its comments describe it", () => {
    const readme = readFileSync('README.md', 'utf8')
    const example = /## Configuration\n[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)?.[1]
    expect(example).toBeDefined()
    expect(parse(example!)).toEqual({
      include: ['deploy/**', 'charts/**/rendered/**', '**/Dockerfile*'],
      exclude: ['vendor/**', '**/testdata/**'],
      rules: { 'host-ipc': 'warning', 'parse-error': 'warning' },
      fileTypes: { kubernetes: true, compose: true, dockerfile: true, shell: false, workflow: true },
      maxFileSize: 5 * 1024 * 1024,
      maxFindings: 10_000,
      exceptions: {
        namespaces: ['host-agents'],
        warnDays: 30,
        file: '.github/host-namespace-exceptions.yml',
        approval: { label: 'host-namespace-exception-approved', team: 'platform-security' },
      },
      review: { maxComments: 30 },
      smoke: { maxRuntimeJobs: 5 },
      admission: { file: 'deploy/admission/host-namespace-policy.yaml' },
      render: {
        enabled: true,
        missingTool: 'warning',
        timeoutMs: 10_000,
        maxOutputBytes: 16 * 2 ** 20,
        helm: { command: 'helm', charts: [] },
        kustomize: { command: 'kubectl' },
      },
    })
  })
})
