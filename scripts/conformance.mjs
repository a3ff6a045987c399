#!/usr/bin/env node
// The shared conformance corpus (other projects' test cases with their expected verdicts), run
// through the bundled CLI: every expected flag must match, nothing unexpected may be reported,
// and no file may fail to parse or be left unjudged. `.ci/run` runs it when ../shared/conformance
// sits beside the repository; the project's own tests never need it.
//
//   node scripts/conformance.mjs [--findings REPORT.json] [--min-entries N] [CORPUS]
//
// CORPUS defaults to ../shared/conformance. With --findings, the JSON report given is checked
// instead of running the bundled CLI (the project's own test does this with the source code).
// --min-entries (default 200) guards against a corpus that lost files.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const { values: options, positionals } = parseArgs({
  options: { findings: { type: 'string' }, 'min-entries': { type: 'string', default: '200' } },
  allowPositionals: true,
})
const corpus = path.resolve(positionals[0] ?? path.join(root, '../shared/conformance'))
const minEntries = Number(options['min-entries'])
const cli = path.join(root, 'dist/cli/index.js')
if (!existsSync(path.join(corpus, 'expected.json'))) {
  console.error(`conformance: no expected.json in ${corpus}`)
  process.exit(2)
}
const entries = JSON.parse(readFileSync(path.join(corpus, 'expected.json'), 'utf8'))
const findings = JSON.parse(options.findings ? readFileSync(options.findings, 'utf8') : scanWithTheBundledCli()).findings

function scanWithTheBundledCli() {
  const run = spawnSync(process.execPath, [cli, 'scan', '--format', 'json', '--fail-on', 'never', '--root', corpus, corpus], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  })
  if (run.status !== 0) {
    console.error(`conformance: the scan exited ${run.status}: ${run.stderr}`)
    process.exit(1)
  }
  return run.stdout
}

const FLAG_OF = { 'host-network': 'hostNetwork', 'host-pid': 'hostPID', 'host-ipc': 'hostIPC' }
const entryKey = (file, document, resource) => `${file}#${document ?? '-'}#${resource ?? '-'}`
const kindOfFile = new Map(entries.map(e => [e.file, e.kind]))
const findingKey = f => {
  const kind = kindOfFile.get(f.file)
  if (kind === 'dockerfile') return entryKey(f.file, null, null)
  if (kind === 'compose') return entryKey(f.file, 0, f.object.name)
  return entryKey(f.file, f.object.document, `${f.object.kind}/${f.object.name ?? ''}`)
}

const problems = []
if (entries.length < minEntries || new Set(entries.map(e => e.kind)).size !== 3) problems.push(`the corpus looks incomplete: ${entries.length} entries`)
const got = new Map()
for (const f of findings) {
  if (f.ruleId === 'parse-error' || f.ruleId === 'incomplete-scan') problems.push(`${f.file}:${f.line}: ${f.ruleId}: ${f.message}`)
  const flag = FLAG_OF[f.ruleId]
  if (!flag) continue
  const key = findingKey(f)
  got.set(key, (got.get(key) ?? new Set()).add(flag))
}
const expectedKeys = new Set()
for (const e of entries) {
  const key = entryKey(e.file, e.kind === 'dockerfile' ? null : e.kind === 'compose' ? 0 : e.document, e.resource)
  expectedKeys.add(key)
  const want = Object.entries(e.expect)
    .filter(([, v]) => v)
    .map(([k]) => k)
    .sort()
  const have = [...(got.get(key) ?? [])].sort()
  if (want.join() !== have.join()) problems.push(`${key}: expected [${want.join(', ')}] got [${have.join(', ')}] (${e.note})`)
}
for (const [key, flags] of got) if (!expectedKeys.has(key)) problems.push(`${key}: unexpected findings [${[...flags].join(', ')}]`)

if (problems.length) {
  console.error(`conformance: ${problems.length} problem(s):\n${problems.map(p => `  ${p}`).join('\n')}`)
  process.exit(1)
}
console.log(`conformance: ${entries.length} passed, 0 failed (every expected verdict of ${corpus} matched)`)
