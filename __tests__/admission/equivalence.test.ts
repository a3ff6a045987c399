import { describe, it, expect } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { isMap, parseDocument } from 'yaml'
import { defaultConfig, type Config } from '../../src/config/config.js'
import type { CentralFileText } from '../../src/config/exceptions-file.js'
import { ANNOTATIONS, EXCEPTION_LABEL } from '../../src/policy/records.js'
import { AdmissionEvaluator, admissible } from '../support/admission-evaluator.js'
import { manifestLiterals, objectsOf, yamlFiles, type CorpusObject } from '../support/admission-corpus.js'
import { failingFindings, judgeFiles, policyOf } from '../support/admission-harness.js'
import { setCaseSink } from '../support/case-sink.js'

/**
 * Proven equal: for every object of the project's rule and policy tests, fixtures and examples
 * (and the corpus in HNG_CONFORMANCE_DIR when set), under several exception set-ups, the
 * generated policy evaluated as the API server evaluates it gives the verdict the static check
 * gives on the same text, on CREATE and on UPDATE.
 */

const TODAY = new Date('2026-06-15T12:00:00Z')
const TEST_DIRS = ['__tests__/rules', '__tests__/policy', '__tests__/engine', '__tests__/parse', '__tests__/action', '__tests__/cli']

function corpus(): CorpusObject[] {
  const out: CorpusObject[] = []
  for (const dir of TEST_DIRS) {
    if (!existsSync(dir)) continue
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.test.ts')) continue
      const file = path.join(dir, name)
      manifestLiterals(file).forEach((text, i) => out.push(...objectsOf(`${file}#${i}`, text)))
    }
  }
  for (const dir of ['examples', '__fixtures__']) for (const file of yamlFiles(dir)) out.push(...objectsOf(file, readFileSync(file, 'utf8')))
  const extra = process.env.HNG_CONFORMANCE_DIR
  if (extra) for (const file of yamlFiles(extra)) out.push(...objectsOf(`${path.basename(extra)}/${path.relative(extra, file)}`, readFileSync(file, 'utf8')))
  return out
}

interface Setup {
  name: string
  config: Config
  files: Record<string, string>
  centralFile?: CentralFileText
}

const netpol = (ns: string) =>
  `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: all, namespace: ${JSON.stringify(ns)}}\nspec: {podSelector: {}}\n`

function central(o: CorpusObject, expires: string, allow = '[hostNetwork, hostPID, hostIPC]'): CentralFileText {
  const text = `exceptions:\n  - kind: ${o.kind}\n    namespace: ${JSON.stringify(o.namespace)}\n    name: ${JSON.stringify(o.objectName)}\n    allow: ${allow}\n    owner: team-nodes\n    riskAcceptance: "SEC-1: reads node state"\n    expires: ${expires}\n`
  return { path: 'exceptions.yaml', text }
}

function configWith(namespaces: string[], rules: Config['rules'] = {}): Config {
  const config = defaultConfig()
  config.exceptions.namespaces = namespaces
  config.exceptions.file = 'exceptions.yaml'
  config.rules = rules
  return config
}

/** The object with an annotation record written on it, or undefined when it already has one or cannot take one. */
function annotated(o: CorpusObject): string | undefined {
  if (/host-namespace-guard\.io\//.test(o.text)) return undefined
  try {
    const doc = parseDocument(o.text, { version: '1.1' })
    if (doc.errors.length || !isMap(doc.get('metadata'))) return undefined
    // setIn would create missing maps as YAML 1.1 !!omap: create plain ones first.
    for (const key of ['labels', 'annotations']) if (!doc.hasIn(['metadata', key])) doc.setIn(['metadata', key], doc.createNode({}))
    doc.setIn(['metadata', 'labels', EXCEPTION_LABEL], 'true')
    doc.setIn(['metadata', 'annotations', ANNOTATIONS.allow], 'hostNetwork, hostPID')
    doc.setIn(['metadata', 'annotations', ANNOTATIONS.owner], 'team-nodes')
    doc.setIn(['metadata', 'annotations', ANNOTATIONS.riskAcceptance], 'SEC-2: node agent')
    doc.setIn(['metadata', 'annotations', ANNOTATIONS.expires], '2027-01-31')
    return doc.toString()
  } catch {
    return undefined
  }
}

function setups(o: CorpusObject): Setup[] {
  const own = { 'object.yaml': o.text }
  const withNp = { ...own, 'netpol.yaml': netpol(o.namespace) }
  const out: Setup[] = [
    { name: 'no exceptions configured', config: defaultConfig(), files: own },
    { name: 'its namespace dedicated, a NetworkPolicy, no central entry', config: configWith([o.namespace]), files: withNp },
  ]
  if (o.objectName) {
    out.push(
      { name: 'a central entry, honoured', config: configWith([o.namespace]), files: withNp, centralFile: central(o, '2099-12-31') },
      { name: 'a central entry, expired', config: configWith([o.namespace]), files: withNp, centralFile: central(o, '2026-06-14') },
      { name: 'a central entry, expiring in the warning window', config: configWith([o.namespace]), files: withNp, centralFile: central(o, '2026-06-20') },
      {
        name: 'a central entry outside the dedicated namespaces',
        config: configWith(['kube-system-agents']),
        files: withNp,
        centralFile: central(o, '2099-12-31'),
      },
      { name: 'a central entry, no NetworkPolicy', config: configWith([o.namespace]), files: own, centralFile: central(o, '2099-12-31') },
      {
        name: 'a central entry allowing hostNetwork only, rule severities changed',
        config: configWith([o.namespace], { 'host-pid': 'off', 'exception-unnecessary': 'error', 'exception-expiring': 'error' }),
        files: withNp,
        centralFile: central(o, '2026-07-01', 'hostNetwork'),
      },
    )
  }
  const withRecord = annotated(o)
  if (withRecord) {
    out.push({
      name: 'an annotation record written on it',
      config: configWith([o.namespace]),
      files: { 'object.yaml': withRecord, 'netpol.yaml': netpol(o.namespace) },
    })
  }
  return out
}

interface Scenario extends Setup {
  /** Where its objects come from, named in a failure. */
  origin: string
  today: Date
  /** Replaces the decoded first object: only the test that shows a difference is caught. */
  decoded?: Map<string, unknown>
}

interface Outcome {
  compared: number
  objects: number
  notAdmissible: number
  mismatches: string[]
}

const sameResource = (r: { kind?: string; name?: string; namespace?: string }, o: CorpusObject) =>
  r.kind === o.kind && r.name === o.objectName && (r.namespace ?? 'default') === o.namespace

const evaluators = new Map<string, AdmissionEvaluator>()

/** One static run and one generated policy per scenario; every matched object in it judged both ways, on CREATE and UPDATE. */
async function compare(scenarios: Scenario[]): Promise<Outcome> {
  const outcome: Outcome = { compared: 0, objects: 0, notAdmissible: 0, mismatches: [] }
  for (const sc of scenarios) {
    const judged = await judgeFiles(sc.files, sc.config, sc.today, sc.centralFile)
    const policy = policyOf(judged, sc.config)
    // Many set-ups generate the same policy: compile each text once.
    const evaluator = evaluators.get(policy.text) ?? new AdmissionEvaluator(policy.text)
    evaluators.set(policy.text, evaluator)
    let first = true
    for (const [file, text] of Object.entries(sc.files)) {
      // What the check cannot read is no admission verdict: the API server rejects it first.
      const unreadable = judged.findings.some(f => f.file === file && (f.ruleId === 'parse-error' || f.ruleId === 'incomplete-scan'))
      for (const o of objectsOf(`${sc.origin}:${file}`, text)) {
        const value = first && sc.decoded ? sc.decoded : o.value
        first = false
        const object = unreadable ? undefined : admissible(value, o.namespace)
        if (!object) {
          outcome.notAdmissible++
          continue
        }
        outcome.objects++
        const failing = failingFindings(judged).filter(f => sameResource(f.resource, o))
        const expected = failing.length === 0
        for (const operation of ['CREATE', 'UPDATE'] as const) {
          const verdict = evaluator.evaluate({ operation, namespace: o.namespace, object, oldObject: operation === 'UPDATE' ? object : undefined })
          outcome.compared++
          if (verdict.allowed !== expected)
            outcome.mismatches.push(
              `${o.name} (${o.kind}/${o.namespace}/${o.objectName ?? '?'}), ${sc.name}, ${operation}: static ${expected ? 'passes' : `fails (${failing.map(f => `${f.ruleId}: ${f.message}`).join(' | ')})`}, admission ${verdict.allowed ? 'admits' : `denies (${verdict.messages.join(' | ').slice(0, 600)})`}`,
            )
        }
      }
    }
  }
  return outcome
}

const GENERIC_TODAY = TODAY

/** The generic set-ups around each corpus object. */
const genericScenarios = (objects: CorpusObject[]): Scenario[] => objects.flatMap(o => setups(o).map(s => ({ ...s, origin: o.name, today: GENERIC_TODAY })))

interface TableCase {
  name: string
  code?: string
  file?: string
  files?: Array<{ path: string; text: string }>
  config?: Config
  today?: Date
  centralFile?: CentralFileText
}

/** The rule tests' own tables, each case as its test runs it (its files, config, clock and central file). */
async function tableScenarios(): Promise<{ scenarios: Scenario[]; objects: CorpusObject[] }> {
  const tables: Array<{ tester: 'rule' | 'policy'; ruleId: string; cases: TableCase[] }> = []
  setCaseSink((tester, ruleId, cases) => tables.push({ tester, ruleId, cases: [...cases.valid, ...cases.invalid] as TableCase[] }))
  try {
    for (const name of readdirSync('__tests__/rules').sort()) {
      if (!name.endsWith('.test.ts')) continue
      const text = readFileSync(path.join('__tests__/rules', name), 'utf8')
      if (/runRuleTests\(|runPolicyRuleTests\(/.test(text)) await import(`../rules/${name}`)
    }
  } finally {
    setCaseSink(undefined)
  }
  const { policyConfig, TODAY: POLICY_TODAY } = await import('../support/policy-tester.js')
  const scenarios: Scenario[] = []
  const objects: CorpusObject[] = []
  for (const t of tables) {
    for (const c of t.cases) {
      const files = c.files ?? [{ path: c.file ?? (t.tester === 'policy' ? 'workload.yaml' : 'pod.yaml'), text: c.code ?? '' }]
      const origin = `${t.ruleId} "${c.name}"`
      for (const f of files) objects.push(...objectsOf(`${origin}:${f.path}`, f.text))
      if (t.tester === 'policy')
        scenarios.push({
          name: 'as its test runs it',
          origin,
          files: Object.fromEntries(files.map(f => [f.path, f.text])),
          config: c.config ?? policyConfig(),
          today: c.today ?? POLICY_TODAY,
          centralFile: c.centralFile,
        })
    }
  }
  return { scenarios, objects }
}

// Read at load time, not inside a test: a rule test file may hold describe blocks of its own
// beside its table, which register here (and run again) rather than nest inside a test.
const tables = await tableScenarios()

describe('the admission policy decides as the static check does', () => {
  it('on every object of the project’s rule tables, tests, fixtures and examples, as tested and with and without exceptions', async () => {
    const objects = [...tables.objects, ...corpus()]
    const outcome = await compare([...tables.scenarios, ...genericScenarios(objects)])
    console.log(
      `admission equivalence: ${objects.length} corpus objects (${tables.objects.length} from rule tables), ${tables.scenarios.length} policy-table scenarios; ${outcome.objects} object judgements, ${outcome.notAdmissible} not admissible as written; ${outcome.compared} admission requests compared, ${outcome.mismatches.length} differ`,
    )
    expect(outcome.mismatches).toEqual([])
    // The harvest itself must not silently shrink: the project's tests hold hundreds of workloads.
    expect(outcome.objects).toBeGreaterThan(500)
  }, 900_000)

  it('fails, naming the object, when the two disagree (the comparison can fail)', async () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostPID: true\n  containers: [{name: c, image: i}]\n'
    const pod = (t: string): Scenario => ({ name: 'plain', origin: 'a pod sharing PID', files: { 'object.yaml': t }, config: defaultConfig(), today: TODAY })
    expect((await compare([pod(text)])).mismatches).toEqual([])
    expect((await compare([pod(text.replace('hostPID: true', 'hostPID: false'))])).mismatches).toEqual([])
    // The static check reads one text, admission is handed another: the difference must show, naming the object.
    const decoded = objectsOf('x', text.replace('hostPID: true', 'hostPID: false'))[0].value
    const broken = await compare([{ ...pod(text), decoded }])
    expect(broken.mismatches).toHaveLength(2)
    expect(broken.mismatches[0]).toMatch(
      /^a pod sharing PID:object.yaml\[0\] \(Pod\/default\/p\), plain, CREATE: static fails \(host-pid: .*\), admission admits$/,
    )
  })
})
