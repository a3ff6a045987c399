import { describe, it, expect, beforeAll } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { defaultConfig } from '../../src/config/config.js'
import type { Finding } from '../../src/model.js'
import { scan } from '../../src/pipeline.js'

/**
 * The shared corpus of other projects' test cases (../shared/conformance) with their expected
 * verdicts. Every expected flag must match, and no finding may appear that no entry expects.
 */
const CORPUS = path.resolve(process.cwd(), '../shared/conformance')

interface Entry {
  file: string
  kind: 'k8s' | 'compose' | 'dockerfile'
  document: number | null
  resource: string | null
  expect: { hostNetwork: boolean; hostPID: boolean; hostIPC: boolean }
  note: string
}

const FLAG_OF: Record<string, keyof Entry['expect']> = { 'host-network': 'hostNetwork', 'host-pid': 'hostPID', 'host-ipc': 'hostIPC' }

function entryKey(file: string, document: number | null, resource: string | null): string {
  return `${file}#${document ?? '-'}#${resource ?? '-'}`
}

function findingKey(f: Finding, kind: Entry['kind'] | undefined): string {
  if (kind === 'dockerfile') return entryKey(f.file, null, null)
  if (kind === 'compose') return entryKey(f.file, 0, f.resource.name ?? null)
  return entryKey(f.file, f.resource.document ?? null, `${f.resource.kind}/${f.resource.name ?? ''}`)
}

describe('conformance corpus (../shared/conformance)', () => {
  let entries: Entry[]
  let findings: Finding[]

  beforeAll(async () => {
    if (!existsSync(path.join(CORPUS, 'expected.json'))) throw new Error(`conformance corpus not found at ${CORPUS}: the shared/ folder must sit beside the repository`)
    entries = JSON.parse(readFileSync(path.join(CORPUS, 'expected.json'), 'utf8')) as Entry[]
    findings = (await scan({ root: CORPUS, config: defaultConfig() })).findings
  })

  it('has the corpus with entries of every kind', () => {
    expect(entries.length).toBeGreaterThan(200)
    expect(new Set(entries.map(e => e.kind))).toEqual(new Set(['k8s', 'compose', 'dockerfile']))
  })

  it('matches every expected flag and reports nothing unexpected', () => {
    const kindOfFile = new Map(entries.map(e => [e.file, e.kind]))
    const got = new Map<string, Set<string>>()
    for (const f of findings) {
      const flag = FLAG_OF[f.ruleId]
      if (!flag) continue
      const key = findingKey(f, kindOfFile.get(f.file))
      got.set(key, (got.get(key) ?? new Set()).add(flag))
    }
    const mismatches: string[] = []
    const expectedKeys = new Set<string>()
    for (const e of entries) {
      const key = entryKey(e.file, e.kind === 'dockerfile' ? null : e.kind === 'compose' ? 0 : e.document, e.resource)
      expectedKeys.add(key)
      const want = Object.entries(e.expect).filter(([, v]) => v).map(([k]) => k).sort()
      const have = [...(got.get(key) ?? [])].sort()
      if (want.join() !== have.join()) mismatches.push(`${key}: expected [${want.join(', ')}] got [${have.join(', ')}] — ${e.note}`)
    }
    for (const [key, flags] of got) if (!expectedKeys.has(key)) mismatches.push(`${key}: unexpected findings [${[...flags].join(', ')}]`)
    expect(mismatches).toEqual([])
  })

  it('reads the whole corpus without parse problems', () => {
    // Every file is valid YAML, JSON or Dockerfile (PyYAML and eemeli/yaml agree); a parse-error
    // here would be a reader bug, and the entries of that file would be silently unchecked.
    const problems = findings.filter(f => f.ruleId === 'parse-error').map(f => `${f.file}:${f.span.start.line}: ${f.message}`)
    expect(problems).toEqual([])
  })
})
