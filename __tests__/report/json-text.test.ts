import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { scanText } from '../../src/engine/scan-file.js'
import { fingerprint } from '../../src/findings/fingerprint.js'
import { jsonText } from '../../src/report/json-text.js'
import { toJsonReport } from '../../src/report/json.js'
import { toSarif } from '../../src/report/sarif.js'
import { registry } from '../../src/rules/index.js'

/** What the reports were before they came in pieces: the format every consumer reads. */
const whole = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`
const joined = (value: unknown) => [...jsonText(value)].join('')

/** Real findings: a stream of Deployments that share, as many as asked. */
function findings(count: number) {
  const doc = (i: number) =>
    `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: "d${i}", namespace: "ns-é"}\nspec:\n  template:\n    spec:\n      hostNetwork: true\n      hostPID: ${i % 2 === 0}\n      containers: [{name: c, image: "img:1"}]\n`
  const text = Array.from({ length: count }, (_, i) => doc(i)).join('---\n')
  const found = scanText({ path: 'k8s/"quoted" <app>.yaml', text, type: 'kubernetes' }, { rules: registry, severityOf: id => registry.get(id)!.meta.severity })
  return fingerprint(found).map(f => ({ ...f, failing: true }))
}
const run = { filesScanned: 1, truncated: false, failOn: 'error' as const }

describe('jsonText', () => {
  it('writes the JSON report and SARIF of 300 real findings byte for byte as JSON.stringify, in pieces', () => {
    const found = findings(200)
    expect(found.length).toBeGreaterThanOrEqual(300)
    for (const report of [toJsonReport(found, run), toSarif(found, [...registry.values()], run)]) {
      const pieces = [...jsonText(report)]
      expect(pieces.join('')).toBe(whole(report))
      // Streamed: several pieces, none far over the piece size (64 KiB and one element).
      expect(pieces.length).toBeGreaterThan(2)
      expect(Math.max(...pieces.map(p => p.length))).toBeLessThan(70 * 1024)
    }
  })

  it('keeps every rule of JSON.stringify around and inside long arrays', () => {
    const long = (make: (i: number) => unknown) => Array.from({ length: 70 }, (_, i) => make(i))
    const values: unknown[] = [
      long(i => i),
      { a: long(i => ({ n: i, skip: undefined, f: () => 1, s: 'line\nbreak "q" \u2028 \u0001' })) },
      { outer: [{ inner: long(i => [i, [i, { deep: long(j => j) }]]) }, long(() => 'x')], empty: [], short: [1, 2, 3] },
      { holes: long(i => (i % 3 === 0 ? undefined : i % 3 === 1 ? () => 0 : Symbol('s'))) },
      { when: new Date(0), map: new Map([[1, 2]]), own: { toJSON: () => long(i => i * 2) }, nested: { list: long(i => new Date(i)) } },
      { sparse: Object.assign(new Array(80), { 5: 'five' }) },
      { notPlain: Object.assign(Object.create({ inherited: 1 }) as object, { mine: long(i => i) }) },
      long(() => long(j => j)),
      [],
      {},
      'text',
      null,
      42,
    ]
    for (const value of values) expect(joined(value)).toBe(whole(value))
  })

  it('writes the whole text at once when a string of the value spells its placeholder', () => {
    const value = { message: '\u0000hng-json-array-0\u0000', list: Array.from({ length: 100 }, (_, i) => i) }
    const pieces = [...jsonText(value)]
    expect(pieces).toEqual([whole(value)])
  })
})

describe('scan --format json and sarif, in pieces', () => {
  it('writes the same report to a file and to stdout, as one text would be', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'hng-json-text-'))
    mkdirSync(path.join(dir, 'k8s'))
    for (let i = 0; i < 120; i++)
      writeFileSync(
        path.join(dir, 'k8s', `p${i}.yaml`),
        `apiVersion: v1\nkind: Pod\nmetadata: {name: p${i}}\nspec:\n  hostIPC: true\n  containers: [{name: c, image: i}]\n`,
      )
    const cli = path.resolve('dist/cli/index.js')
    for (const format of ['json', 'sarif']) {
      // Outside the scanned tree: the next scan must not read it.
      const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'hng-json-out-')), `report.${format}`)
      const toFile = spawnSync(process.execPath, [cli, 'scan', dir, '--format', format, '--output', out], { encoding: 'utf8' })
      const toStdout = spawnSync(process.execPath, [cli, 'scan', dir, '--format', format], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
      expect([toFile.status, toStdout.status]).toEqual([1, 1])
      const text = readFileSync(out, 'utf8')
      expect(toStdout.stdout).toBe(text)
      expect(text).toBe(whole(JSON.parse(text)))
    }
  })
})
