import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runCli } from '../../src/cli/main.js'

// The project's own conformance cases (__fixtures__/conformance, verdicts sourced in its
// SOURCES.md), scanned with the source code and checked by the same script that .ci/run uses
// for the shared corpus, so `npm test` needs nothing outside the repository.
const CORPUS = path.resolve('__fixtures__/conformance')
const CHECK = path.resolve('scripts/conformance.mjs')

async function jsonReport(corpus: string): Promise<string> {
  let stdout = ''
  const code = await runCli(['scan', '--format', 'json', '--fail-on', 'never', '--root', corpus, corpus], {
    cwd: corpus,
    stdout: s => (stdout += s),
    stderr: () => {},
    isTTY: false,
  })
  expect(code).toBe(0)
  return stdout
}

function check(corpus: string, report: string) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'hng-conformance-')), 'report.json')
  writeFileSync(file, report)
  return spawnSync(process.execPath, [CHECK, '--findings', file, '--min-entries', '40', corpus], { encoding: 'utf8' })
}

describe('own conformance corpus', () => {
  it('matches every expected verdict', async () => {
    const run = check(CORPUS, await jsonReport(CORPUS))
    expect(run.stderr).toBe('')
    expect(run.stdout).toMatch(/^conformance: 42 passed, 0 failed/)
    expect(run.status).toBe(0)
  })

  it('fails, naming the resource, when one verdict disagrees', async () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'hng-corpus-'))
    cpSync(CORPUS, copy, { recursive: true })
    const expected = JSON.parse(readFileSync(path.join(copy, 'expected.json'), 'utf8'))
    const entry = expected.find((e: { resource: string }) => e.resource === 'Deployment/merge-overridden')
    entry.expect.hostNetwork = true
    writeFileSync(path.join(copy, 'expected.json'), JSON.stringify(expected))
    const run = check(copy, await jsonReport(copy))
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('k8s/merge-keys.yaml#0#Deployment/merge-overridden: expected [hostNetwork] got []')
  })

  it('records a known fact for every verdict', () => {
    const facts = new Set([...readFileSync(path.join(CORPUS, 'SOURCES.md'), 'utf8').matchAll(/^\| (F\d+) \|/gm)].map(m => m[1]))
    const expected = JSON.parse(readFileSync(path.join(CORPUS, 'expected.json'), 'utf8')) as Array<{ fact: string; resource: string | null }>
    expect(expected.filter(e => !facts.has(e.fact))).toEqual([])
    expect(facts.size).toBeGreaterThanOrEqual(9)
  })
})
