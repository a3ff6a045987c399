import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { isCelError, isCelMap, run } from '@bufbuild/cel'
import { ValidatingAdmissionPolicy } from 'kubernetes-models/admissionregistration.k8s.io/v1/ValidatingAdmissionPolicy'
import { ValidatingAdmissionPolicyBinding } from 'kubernetes-models/admissionregistration.k8s.io/v1/ValidatingAdmissionPolicyBinding'
import { parseAllDocuments } from 'yaml'
import { celString } from '../../src/admission/cel-string.js'
import { KUBERNETES_LIMITS, MAX_EXPRESSION_CODE_POINTS, MAX_POLICY_BYTES } from '../../src/admission/limits.js'
import { defaultConfig, type Config } from '../../src/config/config.js'
import { AdmissionEvaluator, admissible } from '../support/admission-evaluator.js'
import { decode } from '../support/admission-corpus.js'
import { failingFindings, judgeFiles, policyOf } from '../support/admission-harness.js'
import { startDiscoveryServer } from '../support/kube-discovery-server.js'

const TODAY = new Date('2026-06-15T12:00:00Z')
const SAFE = '{runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}'

const daemonSet = (name: string, ns: string, extra = '') =>
  `apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: ${JSON.stringify(name)}, namespace: ${JSON.stringify(ns)}}\nspec:\n  selector: {matchLabels: {app: a}}\n  template:\n    metadata: {labels: {app: a}}\n    spec:\n      hostNetwork: true\n${extra}      containers: [{name: c, image: i, securityContext: ${SAFE}}]\n`
const netpol = (ns: string) =>
  `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: all, namespace: ${JSON.stringify(ns)}}\nspec: {podSelector: {}}\n`
const entry = (ns: string, name: string, expires = '2027-01-31', allow = '[hostNetwork]') =>
  `  - {kind: DaemonSet, namespace: ${JSON.stringify(ns)}, name: ${JSON.stringify(name)}, allow: ${allow}, owner: team, riskAcceptance: "SEC-1: agent", expires: ${expires}}\n`
const centralOf = (entries: string) => ({ path: 'exceptions.yaml', text: `exceptions:\n${entries}` })

function configFor(namespaces: string[]): Config {
  const config = defaultConfig()
  config.exceptions.namespaces = namespaces
  config.exceptions.file = 'exceptions.yaml'
  return config
}

function objectOf(text: string, ns: string): Map<string, unknown> {
  const docs = parseAllDocuments(text, { version: '1.1' })
  if ('empty' in docs) throw new Error('no document')
  return admissible(decode(docs[0], docs[0].contents, 0), ns)!
}

const admit = (policyText: string, text: string, ns: string) =>
  new AdmissionEvaluator(policyText).evaluate({ operation: 'CREATE', namespace: ns, object: objectOf(text, ns) })

describe('CEL string literals', () => {
  const nasty = [
    'plain',
    'a"b',
    "a'b",
    'back\\slash',
    '\\"',
    '" || true || "',
    'line\nbreak',
    'cr\rtab\t',
    'nul\u0000',
    'sep\u2028',
    'smile 😀',
    'é',
    '${x}',
    '',
  ]
  it.each(nasty)('round-trips %j through a conformant CEL parser', s => {
    expect(run(celString(s))).toBe(s)
  })

  it('writes only printable ASCII, and a lone surrogate (no Unicode text) as U+FFFD', () => {
    for (const s of nasty) expect(celString(s)).toMatch(/^[\x20-\x7e]*$/)
    expect(run(celString('x\ud800y'))).toBe('x\ufffdy')
  })

  it('keeps a namespace and name with quotes and backslashes inside their literal in the generated policy', async () => {
    const ns = 'we"ird\\ns'
    const name = 'x" : "hostNetwork|ok||w", "y'
    const config = configFor([ns])
    const judged = await judgeFiles({ 'np.yaml': netpol(ns) }, config, TODAY, centralOf(entry(ns, name)))
    const policy = policyOf(judged, config)
    const table = run(policy.cel.variables.find(v => v.name === 'exceptions0')!.expression)
    expect(isCelMap(table)).toBe(true)
    if (!isCelMap(table)) return
    expect([...table.keys()]).toEqual([`f:DaemonSet/${ns}/${name}`])
    // A workload named like the injected key's tail gets no grant from it.
    const verdict = admit(policy.text, daemonSet('y', ns), ns)
    expect(verdict.allowed).toBe(false)
  })
})

describe('the generated policy', () => {
  it('denies a host namespace, naming the field and the exception process', async () => {
    const config = configFor(['monitoring'])
    const judged = await judgeFiles({ 'ds.yaml': daemonSet('agent', 'apps') }, config, TODAY)
    const verdict = admit(policyOf(judged, config).text, daemonSet('agent', 'apps'), 'apps')
    expect(verdict.allowed).toBe(false)
    expect(verdict.messages[0]).toMatch(/^DaemonSet\/apps\/agent: sets spec\.template\.spec\.hostNetwork: true in its pod spec/)
    expect(verdict.messages[0]).toContain('host-namespace-guard.io/exception: "true"')
    expect(verdict.messages[0]).toContain('exceptions.namespaces (monitoring)')
  })

  it('is the same text on every day until a record expires; the next day’s regeneration drops it and the workload is denied', async () => {
    const config = configFor(['monitoring'])
    const files = { 'ds.yaml': daemonSet('agent', 'monitoring'), 'np.yaml': netpol('monitoring') }
    const central = centralOf(entry('monitoring', 'agent', '2026-07-01'))
    const on = async (day: string) => policyOf(await judgeFiles(files, config, new Date(`${day}T08:00:00Z`), central), config)
    const first = await on('2026-06-15')
    expect((await on('2026-06-30')).text).toBe(first.text)
    expect((await on('2026-07-01')).text).toBe(first.text)
    expect(first.validUntil).toBe('2026-07-01')
    expect(first.text).toContain('admission.host-namespace-guard.io/valid-until: "2026-07-01"')
    expect(admit(first.text, files['ds.yaml'], 'monitoring').allowed).toBe(true)
    const after = await on('2026-07-02')
    expect(after.text).not.toBe(first.text)
    const verdict = admit(after.text, files['ds.yaml'], 'monitoring')
    expect(verdict.allowed).toBe(false)
    expect(verdict.messages.join('\n')).toContain('the exception expired on 2026-07-01')
  })

  it('denies what an allow list with an unknown value would grant: the record is invalid', async () => {
    const config = configFor(['monitoring'])
    const files = { 'ds.yaml': daemonSet('agent', 'monitoring'), 'np.yaml': netpol('monitoring') }
    const judged = await judgeFiles(files, config, TODAY, centralOf(entry('monitoring', 'agent', '2027-01-31', '[hostNetwork, hostUSER]')))
    expect(failingFindings(judged).map(f => f.ruleId)).toEqual(expect.arrayContaining(['exception-invalid', 'host-network']))
    const verdict = admit(policyOf(judged, config).text, files['ds.yaml'], 'monitoring')
    expect(verdict.allowed).toBe(false)
    expect(verdict.messages.join('\n')).toContain('the exception record is invalid')
  })

  it('admits the Pods and ReplicaSets a controller makes from an excepted workload, through their controlling owner reference', async () => {
    const config = configFor(['monitoring'])
    const deployment = daemonSet('web-agent', 'monitoring').replace('kind: DaemonSet', 'kind: Deployment')
    const files = { 'ds.yaml': daemonSet('agent', 'monitoring'), 'dep.yaml': deployment, 'np.yaml': netpol('monitoring') }
    const central = centralOf(entry('monitoring', 'agent') + entry('monitoring', 'web-agent').replace('kind: DaemonSet', 'kind: Deployment'))
    const judged = await judgeFiles(files, config, TODAY, central)
    expect(failingFindings(judged)).toEqual([])
    const policy = policyOf(judged, config).text
    const pod = (owner: string, labels = '{app: a}', host = 'hostNetwork') =>
      `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p-x1\n  labels: ${labels}\n  ownerReferences: [${owner}]\nspec:\n  ${host}: true\n  containers: [{name: c, image: i, securityContext: ${SAFE}}]\n`
    const ref = (kind: string, name: string) => `{apiVersion: apps/v1, kind: ${kind}, name: ${name}, uid: u, controller: true}`
    expect(admit(policy, pod(ref('DaemonSet', 'agent')), 'monitoring')).toEqual({ allowed: true, messages: [] })
    expect(admit(policy, pod(ref('ReplicaSet', 'web-agent-7d9f8'), '{app: a, pod-template-hash: 7d9f8}'), 'monitoring').allowed).toBe(true)
    const rs = deployment
      .replace('kind: Deployment', 'kind: ReplicaSet')
      .replace('name: "web-agent"', `name: web-agent-7d9f8, ownerReferences: [${ref('Deployment', 'web-agent')}]`)
    expect(admit(policy, rs, 'monitoring').allowed).toBe(true)
    // Not what the exception allows, not a controller of it, or no owner at all: denied.
    expect(admit(policy, pod(ref('DaemonSet', 'agent'), '{app: a}', 'hostPID'), 'monitoring').allowed).toBe(false)
    expect(admit(policy, pod(ref('ReplicaSet', 'web-agent-7d9f8')), 'monitoring').allowed).toBe(false)
    expect(admit(policy, pod(ref('DaemonSet', 'other')), 'monitoring').allowed).toBe(false)
    expect(admit(policy, pod(ref('DaemonSet', 'agent').replace('controller: true', 'controller: false')), 'monitoring').allowed).toBe(false)
  })

  it('is nothing our own scan reports: a policy object, not a workload, and its annotations are not exception records', async () => {
    const config = configFor(['monitoring'])
    const policy = policyOf(await judgeFiles({ 'ds.yaml': daemonSet('agent', 'monitoring') }, config, TODAY), config)
    const judged = await judgeFiles({ 'admission.yaml': policy.text }, config, TODAY)
    expect(judged.findings).toEqual([])
  })
})

describe('Kubernetes limits (5,000 exceptions)', () => {
  const namespaces = Array.from({ length: 50 }, (_, i) => `node-agents-${i}`)
  const names = Array.from({ length: 5000 }, (_, i) => `node-agent-${String(i).padStart(4, '0')}-collector`)
  let config: Config
  let text: string
  let chunks: number

  beforeAll(async () => {
    config = configFor(namespaces)
    const central = centralOf(names.map((n, i) => entry(namespaces[i % 50], n)).join(''))
    // The last one is in the repository, with its NetworkPolicy: the one the cluster may admit.
    const last = names.length - 1
    const files = { 'ds.yaml': daemonSet(names[last], namespaces[last % 50]), 'np.yaml': netpol(namespaces[last % 50]) }
    const policy = policyOf(await judgeFiles(files, config, TODAY, central), config)
    text = policy.text
    chunks = policy.cel.tableChunks
    expect(policy.entries).toHaveLength(5000)
  }, 120_000)

  it('stays under the object and request size limits, and every expression under the parser’s size limit', () => {
    const bytes = Buffer.byteLength(text)
    const docs = parseAllDocuments(text)
    if ('empty' in docs) throw new Error('empty')
    const spec = (
      docs[0].toJS() as { spec: { variables: Array<{ expression: string }>; validations: Array<{ expression: string; messageExpression: string }> } }
    ).spec
    const expressions = [...spec.variables.map(v => v.expression), ...spec.validations.flatMap(v => [v.expression, v.messageExpression])]
    const longest = Math.max(...expressions.map(e => [...e].length))
    console.log(
      `admission limits: 5000 exceptions -> ${bytes} bytes, ${chunks} table chunks, ${expressions.length} expressions, longest ${longest} code points`,
    )
    expect(bytes).toBeLessThanOrEqual(MAX_POLICY_BYTES)
    expect(MAX_POLICY_BYTES).toBeLessThan(KUBERNETES_LIMITS.objectBytes)
    expect(longest).toBeLessThanOrEqual(MAX_EXPRESSION_CODE_POINTS)
    expect(MAX_EXPRESSION_CODE_POINTS).toBeLessThan(KUBERNETES_LIMITS.expressionCodePoints)
    expect(chunks).toBeGreaterThan(1)
  })

  it('finds an entry in the last chunk and still denies what no entry grants', () => {
    const last = names.length - 1
    const ns = namespaces[last % 50]
    const started = performance.now()
    expect(admit(text, daemonSet(names[last], ns), ns)).toEqual({ allowed: true, messages: [] })
    const ms = performance.now() - started
    console.log(`admission limits: one admission request against 5000 entries evaluated in ${ms.toFixed(1)} ms (compile included)`)
    expect(admit(text, daemonSet('someone-else', ns), ns).allowed).toBe(false)
    // Known in the table but not in the repository: nothing says a NetworkPolicy protects it.
    expect(admit(text, daemonSet(names[0], namespaces[0]), namespaces[0]).messages.join('\n')).toContain('not in the repository')
  })

  it('refuses, with the numbers, a table that would not fit', async () => {
    const long = (i: number) => `${String(i).padStart(5, '0')}-${'n'.repeat(240)}`
    const central = centralOf(Array.from({ length: 5000 }, (_, i) => entry('node-agents-0', long(i))).join(''))
    const judged = await judgeFiles({}, config, TODAY, central)
    expect(() => policyOf(judged, config)).toThrow(/the policy would be \d+ bytes with 5000 exception entries, over the 1048576 bytes/)
  }, 120_000)
})

describe('accepted by Kubernetes’ schemas and by kubectl', () => {
  let policyText: string
  let server: Awaited<ReturnType<typeof startDiscoveryServer>>
  let dir: string

  beforeAll(async () => {
    const config = configFor(['monitoring'])
    const files = { 'ds.yaml': daemonSet('agent', 'monitoring'), 'np.yaml': netpol('monitoring') }
    policyText = policyOf(await judgeFiles(files, config, TODAY, centralOf(entry('monitoring', 'agent'))), config).text
    server = await startDiscoveryServer([
      { group: 'admissionregistration.k8s.io', version: 'v1', kind: 'ValidatingAdmissionPolicy', name: 'validatingadmissionpolicies', namespaced: false },
      {
        group: 'admissionregistration.k8s.io',
        version: 'v1',
        kind: 'ValidatingAdmissionPolicyBinding',
        name: 'validatingadmissionpolicybindings',
        namespaced: false,
      },
    ])
    dir = mkdtempSync(path.join(tmpdir(), 'hng-kubectl-'))
    writeFileSync(
      path.join(dir, 'kubeconfig'),
      `apiVersion: v1\nkind: Config\nclusters: [{name: c, cluster: {server: "${server.url}"}}]\ncontexts: [{name: c, context: {cluster: c, user: u}}]\nusers: [{name: u, user: {}}]\ncurrent-context: c\n`,
    )
  })
  afterAll(async () => server?.close())

  it('validates against the OpenAPI schemas of admissionregistration.k8s.io/v1 (kubernetes-models)', () => {
    const docs = parseAllDocuments(policyText)
    if ('empty' in docs) throw new Error('empty')
    const [policy, binding] = docs.map(d => d.toJS())
    expect(() => new ValidatingAdmissionPolicy(policy).validate()).not.toThrow()
    expect(() => new ValidatingAdmissionPolicyBinding(binding).validate()).not.toThrow()
    // The validator can fail: a binding whose actions are not a list.
    expect(() => new ValidatingAdmissionPolicyBinding({ ...binding, spec: { ...binding.spec, validationActions: 'Deny' } }).validate()).toThrow(
      /validationActions/,
    )
  })

  const kubectl = (file: string) =>
    promisify(execFile)(
      'kubectl',
      [
        'create',
        '--dry-run=client',
        '--validate=false',
        '-o',
        'yaml',
        '-f',
        file,
        '--kubeconfig',
        path.join(dir, 'kubeconfig'),
        '--cache-dir',
        path.join(dir, 'cache'),
      ],
      {
        encoding: 'utf8',
      },
    )

  it('is read back unchanged by the real kubectl (create --dry-run=client -o yaml)', async () => {
    const file = path.join(dir, 'admission.yaml')
    writeFileSync(file, policyText)
    const { stdout } = await kubectl(file)
    const back = parseAllDocuments(stdout)
    if ('empty' in back) throw new Error('empty')
    const ours = parseAllDocuments(policyText)
    if ('empty' in ours) throw new Error('empty')
    // What kubectl would send: kind, metadata and spec as we wrote them (it only adds creationTimestamp: null).
    const essence = (o: { apiVersion: string; kind: string; metadata: { name: string; annotations?: unknown }; spec: unknown }) => ({
      apiVersion: o.apiVersion,
      kind: o.kind,
      name: o.metadata.name,
      annotations: o.metadata.annotations,
      spec: o.spec,
    })
    expect(back.map(d => essence(d.toJS()))).toEqual(ours.map(d => essence(d.toJS())))
    expect(server.requests).toContain('GET /apis/admissionregistration.k8s.io/v1')
  })

  it('where kubectl refuses a manifest it cannot map (the check can fail)', async () => {
    const file = path.join(dir, 'broken.yaml')
    writeFileSync(file, policyText.replace('kind: ValidatingAdmissionPolicyBinding', 'kind: ValidatingAdmissionPolicyBindin'))
    await expect(kubectl(file)).rejects.toThrow(/ValidatingAdmissionPolicyBindin/)
  })
})

it('evaluates with the conformant evaluator only what it can parse (a sanity check of the harness)', () => {
  expect(isCelError(run('1 +'))).toBe(true)
})
