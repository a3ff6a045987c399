import { describe, it, expect } from '@jest/globals'
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
  ])('fault: %s written as `%s`', (keyPath, text, problem) => {
    expect(rejection(`# config\n${text}\n`)).toEqual([keyPath, 2, `${FILE}:2: ${keyPath}: ${problem}`])
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
  ])('`%s`', (text, expected) => {
    expect(parse(`${text}\n`)).toMatchObject(expected)
  })
})
