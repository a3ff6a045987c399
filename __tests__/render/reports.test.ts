import { afterAll, beforeAll, describe, it, expect } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { runCli, type CliEnv } from '../../src/cli/main.js'
import { place } from '../../src/findings/place.js'
import type { Finding } from '../../src/model.js'
import { reviewComment } from '../../src/report/review-comment.js'
import { registry } from '../../src/rules/index.js'
import { removeRepo, scanRoot, tempRepo } from '../support/render-repo.js'

/** The values line of a rendered chart's finding, in every report: SARIF, JSON, text, the review comment. */

let root: string
let findings: Finding[]
beforeAll(async () => {
  root = tempRepo({}, { 'charts/with': path.resolve('__fixtures__/render/charts/with') })
  findings = await scanRoot(root)
})
afterAll(() => removeRepo(root))

function cli(argv: string[]) {
  let stdout = ''
  const env: CliEnv = { cwd: root, stdout: s => void (stdout += s), stderr: () => undefined, isTTY: false, today: new Date('2026-01-15T00:00:00Z') }
  return runCli(argv, env).then(code => ({ code, stdout }))
}

describe('related locations in reports', () => {
  it('are SARIF relatedLocations that GitHub code scanning accepts (official validator)', async () => {
    const out = path.join(root, 'out.sarif')
    expect((await cli(['scan', '--format', 'sarif', '--output', out])).code).toBe(1)
    const sarif = JSON.parse(readFileSync(out, 'utf8'))
    expect(sarif.runs[0].results.map((r: { relatedLocations?: unknown }) => r.relatedLocations)).toEqual([
      [
        {
          id: 0,
          physicalLocation: {
            artifactLocation: { uri: 'charts/with/values.yaml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 2, startColumn: 12, endLine: 2, endColumn: 16 },
          },
          message: { text: 'podSpec.hostPID is set here, in charts/with/values.yaml' },
        },
      ],
    ])
    const validator = path.resolve('node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool')
    const log = path.join(root, 'log.sarif')
    spawnSync(validator, ['validate', '--rule-kind', 'Gh;Sarif', '--output', log, out], {
      encoding: 'utf8',
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
    })
    const problems = JSON.parse(readFileSync(log, 'utf8'))
      .runs[0].results.filter((x: { level?: string }) => x.level === 'error' || x.level === 'warning')
      .map((x: { ruleId: string; message: { text?: string; id?: string } }) => `${x.ruleId}: ${x.message.text ?? x.message.id}`)
    expect(problems).toEqual([])
  })

  it('are `related` in the JSON report and an `also` line in the text output', async () => {
    const json = JSON.parse((await cli(['scan', '--format', 'json'])).stdout)
    expect(json.findings.map((f: { related?: unknown }) => f.related)).toEqual([
      [
        {
          file: 'charts/with/values.yaml',
          line: 2,
          column: 12,
          endLine: 2,
          endColumn: 16,
          startOffset: 20,
          endOffset: 24,
          message: 'podSpec.hostPID is set here, in charts/with/values.yaml',
        },
      ],
    ])
    expect((await cli(['scan'])).stdout).toContain('also charts/with/values.yaml:2: podSpec.hostPID is set here, in charts/with/values.yaml')
  })

  it('are a second line of the review comment, escaped', () => {
    const [f] = place(findings, undefined, 'added')
    const hostile = { ...f, related: [{ ...f.related![0], message: 'set *here* <img src=x>' }] }
    const body = reviewComment([hostile], registry.get(f.ruleId), undefined, undefined).body
    expect(body).toContain('Also: `charts/with/values.yaml:2`: set \\*here\\* &lt;img src=x&gt;')
  })
})
