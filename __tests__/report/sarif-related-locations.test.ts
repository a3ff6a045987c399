import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { scanText } from '../../src/engine/scan-file.js'
import { fingerprint } from '../../src/findings/fingerprint.js'
import { toSarif } from '../../src/report/sarif.js'
import { registry } from '../../src/rules/index.js'

const makefile = 'DOCKER_RUN_FLAGS := --rm --net=host\n\nrun:\n\tdocker run $(DOCKER_RUN_FLAGS) app:1\n'

function sarifOf(text: string) {
  const findings = scanText({ path: 'build/Makefile', text, type: 'shell' }, { rules: registry, severityOf: id => registry.get(id)!.meta.severity })
  return toSarif(
    fingerprint(findings).map(f => ({ ...f, failing: true })),
    [...registry.values()],
    { filesScanned: 1, truncated: false, failOn: 'error' },
  ) as {
    runs: Array<{ results: Array<Record<string, unknown>> }>
  }
}

describe('SARIF for a flag kept in a variable', () => {
  it('puts the result on the flag and the command that uses it in relatedLocations', () => {
    const [result] = sarifOf(makefile).runs[0].results
    expect(result.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'build/Makefile', uriBaseId: '%SRCROOT%' },
          region: { startLine: 1, startColumn: 26, endLine: 1, endColumn: 36 },
        },
      },
    ])
    expect(result.relatedLocations).toEqual([
      {
        id: 0,
        physicalLocation: {
          artifactLocation: { uri: 'build/Makefile', uriBaseId: '%SRCROOT%' },
          region: { startLine: 4, startColumn: 13, endLine: 4, endColumn: 32 },
        },
        message: { text: 'Used here.' },
      },
    ])
    expect(result.fixes).toBeUndefined()
  })

  it('passes the official validator with GitHub rules', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hng-sarif-related-'))
    const out = path.join(dir, 'out.sarif')
    writeFileSync(out, JSON.stringify(sarifOf(makefile)))
    const validator = path.resolve('node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool')
    const result = spawnSync(validator, ['validate', '--rule-kind', 'Gh;Sarif', '--output', path.join(dir, 'log.sarif'), out], {
      encoding: 'utf8',
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
    })
    const log = JSON.parse(readFileSync(path.join(dir, 'log.sarif'), 'utf8'))
    const problems = log.runs[0].results
      .filter((x: { level?: string }) => x.level === 'error' || x.level === 'warning')
      .map((x: { ruleId: string; message: { text?: string; id?: string } }) => `${x.ruleId}: ${x.message.text ?? x.message.id}`)
    expect(problems).toEqual([])
    expect(result.status).toBe(0)
  })
})
