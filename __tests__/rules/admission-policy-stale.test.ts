import { describe, it, expect } from '@jest/globals'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ConfigError, defaultConfig, parseConfig, type Config } from '../../src/config/config.js'
import { applyEdits } from '../../src/findings/apply-fix.js'
import { reviewChanges, scanRepository } from '../../src/pipeline.js'
import { registry } from '../../src/rules/index.js'
import { judgeFiles, policyOf } from '../support/admission-harness.js'

const TODAY = new Date('2026-06-15T12:00:00Z')
const POLICY = 'deploy/admission.yaml'
const SAFE = '{runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}'
const agent = (name: string) =>
  `apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: ${name}, namespace: monitoring}\nspec:\n  selector: {matchLabels: {app: a}}\n  template:\n    metadata: {labels: {app: a}}\n    spec:\n      hostNetwork: true\n      containers: [{name: c, image: i, securityContext: ${SAFE}}]\n`
const NETPOL = 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: all, namespace: monitoring}\nspec: {podSelector: {}}\n'
const entry = (name: string, expires = '2026-12-31') =>
  `  - {kind: DaemonSet, namespace: monitoring, name: ${name}, allow: [hostNetwork], owner: team, riskAcceptance: "SEC-1: agent", expires: ${expires}}\n`
const central = (...names: string[]) => ({ path: 'exceptions.yaml', text: `exceptions:\n${names.map(n => entry(n)).join('')}` })

function config(): Config {
  const c = defaultConfig()
  c.exceptions.namespaces = ['monitoring']
  c.exceptions.file = 'exceptions.yaml'
  c.admission = { file: POLICY }
  return c
}

const stale = <F extends { ruleId: string }>(findings: F[]): F[] => findings.filter(f => f.ruleId === 'admission-policy-stale')

/** What `host-namespace-guard admission` writes for these files and records. */
async function generated(files: Record<string, string>, records = central('agent'), today = TODAY) {
  return policyOf(await judgeFiles(files, { ...config(), admission: undefined }, today, records), config()).text
}

describe('admission-policy-stale', () => {
  const files = { 'agent.yaml': agent('agent'), 'np.yaml': NETPOL }

  it('reports nothing when the committed policy is the regenerated one', async () => {
    const text = await generated(files)
    const judged = await judgeFiles({ ...files, [POLICY]: text }, config(), TODAY, central('agent'))
    expect(stale(judged.findings)).toEqual([])
  })

  it('reports a policy that lacks a new exception, at the first differing line, with the regenerated text as its fix', async () => {
    const before = await generated(files)
    const withSecond = { ...files, 'second.yaml': agent('second') }
    const judged = await judgeFiles({ ...withSecond, [POLICY]: before }, config(), TODAY, central('agent', 'second'))
    const [finding] = stale(judged.findings)
    expect(finding).toMatchObject({ file: POLICY, severity: 'error', fieldPath: 'admission.file' })
    expect(finding.message).toMatch(
      /^deploy\/admission\.yaml is not the admission policy the config and exception records generate today \(2 exception entries; the first difference is on line \d+\)/,
    )
    const after = await generated(withSecond, central('agent', 'second'))
    expect(applyEdits(before, finding.fix!.edits)).toBe(after)
    expect(before.split('\n')[finding.span.start.line - 1]).not.toBe(after.split('\n')[finding.span.start.line - 1])
    expect(registry.get('admission-policy-stale')!.meta.remediation).toMatch(/\.$/)
  })

  it('reports the committed policy stale the day after an exception expires, and not before', async () => {
    const records = { path: 'exceptions.yaml', text: `exceptions:\n${entry('agent', '2026-06-20')}` }
    const text = await generated(files, records)
    const on = async (day: string) => stale((await judgeFiles({ ...files, [POLICY]: text }, config(), new Date(`${day}T12:00:00Z`), records)).findings)
    expect(await on('2026-06-20')).toEqual([])
    expect(await on('2026-06-21')).toHaveLength(1)
  })

  it('reports a missing file, naming the command that writes it', async () => {
    const [finding] = stale((await judgeFiles(files, config(), TODAY, central('agent'))).findings)
    expect(finding.message).toBe(
      'deploy/admission.yaml (admission.file) does not exist: generate it with host-namespace-guard admission --output deploy/admission.yaml (1 exception entry).',
    )
    expect(finding.fix).toBeUndefined()
  })

  it('is off when the config turns it off, and absent without admission.file', async () => {
    const off = { ...config(), rules: { 'admission-policy-stale': 'off' as const } }
    expect(stale((await judgeFiles(files, off, TODAY, central('agent'))).findings)).toEqual([])
    expect(stale((await judgeFiles(files, { ...config(), admission: undefined }, TODAY, central('agent'))).findings)).toEqual([])
  })

  it('in a pull request, regenerates from the whole repository: the changed files at head, the rest from the checkout', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'hng-stale-'))
    mkdirSync(path.join(root, 'deploy'))
    writeFileSync(path.join(root, 'agent.yaml'), agent('agent'))
    writeFileSync(path.join(root, 'np.yaml'), NETPOL)
    const both = await generated({ ...files, 'second.yaml': agent('second') }, central('agent', 'second'))
    writeFileSync(path.join(root, POLICY), both)
    // The pull request adds second.yaml; agent.yaml is only on disk.
    const head: Record<string, string> = { 'second.yaml': agent('second') }
    const review = await reviewChanges({
      root,
      files: ['second.yaml'],
      reader: async rel => (head[rel] === undefined ? undefined : { size: head[rel].length, read: async () => Buffer.from(head[rel]) }),
      config: config(),
      today: TODAY,
      centralFile: central('agent', 'second'),
    })
    // The reader has no deploy/admission.yaml at head: the committed policy is missing there.
    expect(stale(review.findings).map(f => f.message)).toEqual([expect.stringContaining('does not exist')])
    head[POLICY] = both
    const current = await reviewChanges({
      root,
      files: ['second.yaml'],
      reader: async rel => (head[rel] === undefined ? undefined : { size: head[rel].length, read: async () => Buffer.from(head[rel]) }),
      config: config(),
      today: TODAY,
      centralFile: central('agent', 'second'),
    })
    expect(stale(current.findings)).toEqual([])
    // A full scan of the checkout, which lacks second.yaml: its entry was judged without its workload, so the text differs.
    expect(stale((await scanRepository({ root, config: config(), today: TODAY, centralFile: central('agent', 'second') })).findings)).toHaveLength(1)
    writeFileSync(path.join(root, 'second.yaml'), agent('second'))
    expect(stale((await scanRepository({ root, config: config(), today: TODAY, centralFile: central('agent', 'second') })).findings)).toEqual([])
  })
})

describe('config admission', () => {
  it('reads admission.file and names a mistake with its line', () => {
    expect(parseConfig('c.yml', 'admission:\n  file: deploy/admission.yaml\n', []).admission).toEqual({ file: 'deploy/admission.yaml' })
    expect(() => parseConfig('c.yml', 'admission: {}\n', [])).toThrow(new ConfigError('c.yml', 1, 'admission', 'missing file'))
    expect(() => parseConfig('c.yml', 'admission:\n  path: x\n', [])).toThrow(/c\.yml:2: admission\.path: unknown key; expected one of file/)
    expect(() => parseConfig('c.yml', 'admission:\n  file: 3\n', [])).toThrow(/c\.yml:2: admission\.file: expected a non-empty string, got 3/)
  })
})
