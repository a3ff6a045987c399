import { describe, it, expect } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseAllDocuments } from 'yaml'
import { runCli, type CliEnv } from '../../src/cli/main.js'

/**
 * Seeded mutation fuzzing over the project's own fixtures and examples. Every mutated file is
 * scanned by the CLI (in process): the exit code is 0, 1 or 2, nothing prints a stack trace, the
 * JSON report parses, and a YAML file that names a host field never passes when an independent
 * reading (eemeli/yaml's plain toJS, YAML 1.1, the API server's fixed pod-spec paths) shows it to
 * share a host namespace or cannot read it: it gets a finding or a failing notice. Same seed, same cases, on every machine.
 */
const SEED = 20261201
const CASES = 400

/** mulberry32: small, fast, and the same sequence everywhere. */
function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function seeds(): Array<{ name: string; text: string }> {
  const out: Array<{ name: string; text: string }> = []
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry)
      if (statSync(full).isDirectory()) visit(full)
      else if (/\.(ya?ml|sh)$|Dockerfile$/.test(entry)) out.push({ name: entry, text: readFileSync(full, 'utf8') })
    }
  }
  visit('__fixtures__/policy')
  visit('__fixtures__/smoke')
  visit('examples')
  return out.sort((a, b) => (a.name + a.text < b.name + b.text ? -1 : 1))
}

/** YAML- and shell-significant pieces a mutation may insert. */
const TOKENS = [
  '&a ',
  '*a',
  '<<: *a',
  '<<: ',
  '{',
  '}',
  '[',
  ']',
  '"',
  "'",
  '\t',
  '\r',
  '\r\n',
  '\uFEFF',
  '---\n',
  '...\n',
  '? ',
  ': ',
  '- ',
  '#',
  '|',
  '>',
  '!!str ',
  '!!bool ',
  'yes',
  'on',
  'True',
  'hostNetwork: true',
  'hostPID: on',
  'hostIPC: yes',
  '--net=host ',
  '\\\n',
  '${X:-host}',
  '\u2028',
  '\0',
]

function mutate(text: string, random: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]
  let out = text
  const steps = 1 + Math.floor(random() * 3)
  for (let i = 0; i < steps; i++) {
    const at = Math.floor(random() * (out.length + 1))
    const lines = out.split('\n')
    const line = Math.floor(random() * lines.length)
    switch (Math.floor(random() * 7)) {
      case 0:
        out = out.slice(0, at) + pick(TOKENS) + out.slice(at)
        break
      case 1:
        out = out.slice(0, at) + out.slice(at + 1 + Math.floor(random() * 8))
        break
      case 2:
        lines.splice(line, 0, lines[line] ?? '')
        out = lines.join('\n')
        break
      case 3:
        lines.splice(line, 1)
        out = lines.join('\n')
        break
      case 4:
        lines[line] = (random() < 0.5 ? '  ' : '') + (lines[line] ?? '').replace(random() < 0.5 ? /^ {2}/ : /^$/, '')
        out = lines.join('\n')
        break
      case 5:
        out = out.slice(0, at)
        break
      default:
        out = out.slice(0, at) + String.fromCharCode(32 + Math.floor(random() * 95)) + out.slice(at + 1)
    }
  }
  return out
}

/** Where the API server reads the pod spec of each built-in kind. */
const POD_SPEC: Record<string, string[]> = {
  Pod: ['spec'],
  PodTemplate: ['template', 'spec'],
  Deployment: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
}
const BUILT_IN = /^(v1|apps\/v1|batch\/v1|batch\/v1beta1|extensions\/v1beta1)$/

/** 'unreadable' when the independent reading fails; else whether a pod spec shares a host namespace. */
function independentlyShares(text: string): boolean | 'unreadable' {
  const docs = parseAllDocuments(text, { version: '1.1', merge: true })
  if ('empty' in docs) return false
  let shares = false
  for (const doc of docs) {
    // Per document, as the scanner decides: one that names no host field cannot share.
    const [start, , end] = doc.range
    if (!/host(?:Network|PID|IPC)/.test(text.slice(start, end))) continue
    if (doc.errors.length) return 'unreadable'
    let value: unknown
    try {
      value = doc.toJS({ maxAliasCount: 1000 })
    } catch {
      return 'unreadable'
    }
    const visit = (o: unknown, depth: number) => {
      if (!o || typeof o !== 'object' || depth > 8) return
      const obj = o as Record<string, unknown>
      if (typeof obj.kind === 'string' && obj.kind.endsWith('List') && Array.isArray(obj.items)) return obj.items.forEach(i => visit(i, depth + 1))
      const at = typeof obj.kind === 'string' && Object.hasOwn(POD_SPEC, obj.kind) ? POD_SPEC[obj.kind] : undefined
      if (!at || (obj.apiVersion !== undefined && !(typeof obj.apiVersion === 'string' && BUILT_IN.test(obj.apiVersion)))) return
      let spec: unknown = obj
      for (const key of at) spec = spec && typeof spec === 'object' ? (spec as Record<string, unknown>)[key] : undefined
      if (spec && typeof spec === 'object' && ['hostNetwork', 'hostPID', 'hostIPC'].some(k => (spec as Record<string, unknown>)[k] === true)) shares = true
    }
    visit(value, 0)
  }
  return shares
}

describe('seeded mutation fuzzing of the fixtures', () => {
  it(`scans ${CASES} mutated files: exit 0/1/2, no stack trace, and no host namespace sharing passes`, async () => {
    const random = rng(SEED)
    const corpus = seeds()
    expect(corpus.length).toBeGreaterThan(10)
    const dir = mkdtempSync(path.join(os.tmpdir(), 'hng-fuzz-'))
    const problems: string[] = []
    let judged = 0
    try {
      for (let i = 0; i < CASES; i++) {
        const seed = corpus[Math.floor(random() * corpus.length)]
        const text = mutate(seed.text, random)
        const file = path.join(dir, seed.name)
        rmSync(dir, { recursive: true, force: true })
        mkdirSync(dir)
        writeFileSync(file, text)
        let stdout = ''
        let stderr = ''
        const env: CliEnv = {
          cwd: dir,
          stdout: s => void (stdout += s),
          stderr: s => void (stderr += s),
          isTTY: false,
          today: new Date('2026-12-01T00:00:00Z'),
        }
        const code = await runCli(['scan', '--format', 'json', seed.name], env)
        const where = `case ${i} (${seed.name}): ${JSON.stringify(text.slice(0, 400))}`
        if (![0, 1, 2].includes(code)) problems.push(`${where}: exit ${code}`)
        if (/\n\s+at .+:\d+:\d+/.test(stdout + stderr)) problems.push(`${where}: a stack trace`)
        if (code === 2) continue
        let report: { findings: Array<{ ruleId: string; severity: string }> }
        try {
          report = JSON.parse(stdout)
        } catch {
          problems.push(`${where}: the JSON report does not parse`)
          continue
        }
        // A file whose text names no host field cannot share (and is not parsed: this is no YAML
        // linter); one that names one must be shown clean, or fail.
        if (/\.ya?ml$/.test(seed.name) && /host(?:Network|PID|IPC)/.test(text)) {
          const shares = independentlyShares(text)
          if (shares !== false) judged++
          if (shares !== false && code !== 1)
            problems.push(
              `${where}: the independent reading says ${shares === true ? 'it shares a host namespace' : 'it is unreadable'}, yet the scan passed with ${JSON.stringify(report.findings.map(f => f.ruleId))}`,
            )
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
    expect(problems).toEqual([])
    // The oracle must have had something to judge, or the property says nothing.
    expect(judged).toBeGreaterThan(CASES / 10)
  }, 120_000)
})
