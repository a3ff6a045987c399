import { describe, it, expect } from '@jest/globals'
import { parseAllow, parseCentralFile, parseIsoDate } from '../../src/policy/records.js'
import { EXCEPTION_ANNOTATIONS, daemonSet, only, runPolicy, withPolicy } from '../support/policy-tester.js'

describe('parseIsoDate', () => {
  it.each([
    ['2025-06-01', Date.UTC(2025, 5, 1)],
    ['2024-02-29', Date.UTC(2024, 1, 29)],
    [' 2025-12-31 ', Date.UTC(2025, 11, 31)],
  ])('reads %j', (text, t) => expect(parseIsoDate(text)).toBe(t))

  it.each(['2025-02-29', '2025-13-01', '2025-00-10', '2025-06-31', '2025-6-1', '06/01/2025', '2025-06-01T00:00:00Z', 'next year', '', '20250601'])(
    'rejects %j',
    text => expect(parseIsoDate(text)).toBeUndefined(),
  )
})

describe('parseAllow', () => {
  it('splits on commas, trims, keeps order and drops duplicates', () => {
    expect(parseAllow([' hostPID , hostNetwork,hostPID'])).toEqual({ allow: ['hostPID', 'hostNetwork'], unknown: [] })
  })
  it('returns unknown flags, case-sensitive like the pod fields', () => {
    expect(parseAllow(['hostnetwork', 'hostUsers', 'hostIPC'])).toEqual({ allow: ['hostIPC'], unknown: ['hostnetwork', 'hostUsers'] })
  })
})

describe('annotation records', () => {
  const invalid = (yaml: string) => only('exception-invalid', runPolicy({ files: withPolicy(yaml) }))
  const withAnnotations = (changes: Record<string, string | undefined>) => {
    const annotations: Record<string, string> = { ...EXCEPTION_ANNOTATIONS }
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined) delete annotations[k]
      else annotations[k] = v
    }
    return daemonSet({ annotations })
  }

  it('accepts a complete record', () => {
    expect(invalid(daemonSet())).toEqual([])
  })

  it.each([
    ['missing allow', { 'host-namespace-guard.io/allow': undefined }, /annotation host-namespace-guard\.io\/allow is missing/, 7],
    ['missing owner', { 'host-namespace-guard.io/owner': undefined }, /annotation host-namespace-guard\.io\/owner is missing/, 7],
    ['missing risk acceptance', { 'host-namespace-guard.io/risk-acceptance': undefined }, /host-namespace-guard\.io\/risk-acceptance is missing/, 7],
    ['missing expiry', { 'host-namespace-guard.io/expires': undefined }, /host-namespace-guard\.io\/expires is missing/, 7],
    ['empty owner', { 'host-namespace-guard.io/owner': '  ' }, /owner is empty/, 10],
    ['unknown flag', { 'host-namespace-guard.io/allow': 'hostNetwork,hostUsers' }, /lists "hostUsers", not one of hostNetwork, hostPID, hostIPC/, 9],
    ['no flag', { 'host-namespace-guard.io/allow': ' , ' }, /names no host namespace/, 9],
    [
      'malformed date',
      { 'host-namespace-guard.io/expires': '31/12/2025' },
      /expires is "31\/12\/2025", not a date; write the expiry as an ISO date, YYYY-MM-DD/,
      12,
    ],
    ['impossible date', { 'host-namespace-guard.io/expires': '2025-02-30' }, /"2025-02-30", not a date/, 12],
    ['unknown annotation of ours', { 'host-namespace-guard.io/expiry': '2025-12-31' }, /unknown annotation host-namespace-guard\.io\/expiry/, 13],
  ])('%s names the field and points at it', (_name, changes, message, line) => {
    const found = invalid(withAnnotations(changes))
    expect(found.map(f => [f.span.start.line, f.message])).toEqual([[line, expect.stringMatching(message)]])
    expect(found[0].fieldPath).toMatch(/^metadata\./)
  })

  it('reports several problems of one record separately', () => {
    const found = invalid(withAnnotations({ 'host-namespace-guard.io/owner': undefined, 'host-namespace-guard.io/expires': 'soon' }))
    expect(found.map(f => f.message)).toEqual([expect.stringMatching(/owner is missing/), expect.stringMatching(/"soon", not a date/)])
  })

  it('reads the label value "true" only as a string', () => {
    const yaml = daemonSet().replace('host-namespace-guard.io/exception: "true"', 'host-namespace-guard.io/exception: yes')
    expect(invalid(yaml).map(f => f.message)).toEqual([
      expect.stringMatching(/must be "true" \(quoted: Kubernetes rejects a label value that is not a string\), got "yes"/),
    ])
  })

  it('treats label "false" as opting out (annotations are then ignored)', () => {
    const found = runPolicy({ files: withPolicy(daemonSet({ labels: { 'host-namespace-guard.io/exception': 'false' } })) })
    expect(found.map(f => [f.ruleId, Boolean(f.suppression)])).toEqual([['host-network', false]])
  })

  it('reports annotations without the label: no exception is in force', () => {
    const found = runPolicy({ files: withPolicy(daemonSet({ labels: {} })) }).sort((a, b) => a.ruleId.localeCompare(b.ruleId))
    expect(found.map(f => [f.ruleId, Boolean(f.suppression)])).toEqual([
      ['exception-invalid', false],
      ['host-network', false],
    ])
    expect(found[0].message).toMatch(/but not the label host-namespace-guard\.io\/exception: "true"/)
  })

  it('reports a label on the pod template instead of the workload', () => {
    const yaml = daemonSet({ labels: {}, annotations: {}, templateLabels: '{app: node-exporter, host-namespace-guard.io/exception: "true"}' })
    const found = invalid(yaml)
    expect(found.map(f => [f.span.start.line, f.message])).toEqual([
      [9, expect.stringMatching(/on the pod template; put them on the DaemonSet's own metadata/)],
    ])
  })

  it('reports a label on an object that runs no pods', () => {
    const yaml =
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n  namespace: monitoring\n  labels: {host-namespace-guard.io/exception: "true"}\nspec: {}\n'
    expect(invalid(yaml).map(f => f.message)).toEqual([expect.stringMatching(/a Service runs no pods/), ...Array(4).fill(expect.stringMatching(/is missing/))])
  })
})

describe('parseCentralFile', () => {
  const FILE = '.github/host-namespace-exceptions.yml'

  it('reads entries into the same record shape as the annotations', () => {
    const text =
      'exceptions:\n  - kind: DaemonSet\n    namespace: monitoring\n    name: node-exporter\n    allow: [hostNetwork, hostPID]\n    owner: team-observability\n    riskAcceptance: "SEC-123: reads host network statistics"\n    expires: 2025-12-31\n'
    const { records, problems } = parseCentralFile(FILE, text)
    expect(problems).toEqual([])
    expect(records).toHaveLength(1)
    expect(records[0]).toMatchObject({
      origin: 'file',
      file: FILE,
      target: { kind: 'DaemonSet', namespace: 'monitoring', name: 'node-exporter' },
      allow: ['hostNetwork', 'hostPID'],
      owner: 'team-observability',
      riskAcceptance: 'SEC-123: reads host network statistics',
      expires: '2025-12-31',
      fieldPath: 'exceptions[0]',
      problems: [],
    })
    expect(records[0].span.start.line).toBe(2)
    expect(records[0].spans.expires?.start).toEqual({ line: 8, column: 14 })
  })

  it('accepts allow as a comma-separated string', () => {
    const text = 'exceptions:\n- {kind: DaemonSet, namespace: m, name: n, allow: "hostIPC, hostPID", owner: o, riskAcceptance: r, expires: "2026-01-01"}\n'
    expect(parseCentralFile(FILE, text).records[0].allow).toEqual(['hostIPC', 'hostPID'])
  })

  it.each([
    [
      'a missing field',
      '- {kind: DaemonSet, namespace: m, name: n, allow: [hostPID], owner: o, expires: 2026-01-01}',
      'riskAcceptance',
      /\.yml:2: exceptions\[0\]\.riskAcceptance is missing/,
    ],
    [
      'a missing namespace',
      '- {kind: DaemonSet, name: n, allow: [hostPID], owner: o, riskAcceptance: r, expires: 2026-01-01}',
      'namespace',
      /exceptions\[0\]\.namespace is missing/,
    ],
    [
      'an unknown flag',
      '- {kind: DaemonSet, namespace: m, name: n, allow: [hostPid], owner: o, riskAcceptance: r, expires: 2026-01-01}',
      'allow',
      /exceptions\[0\]\.allow lists "hostPid", not one of/,
    ],
    [
      'a date that does not parse',
      '- {kind: DaemonSet, namespace: m, name: n, allow: [hostPID], owner: o, riskAcceptance: r, expires: 2026-02-30}',
      'expires',
      /exceptions\[0\]\.expires is "2026-02-30", not a date/,
    ],
    [
      'a non-text owner',
      '- {kind: DaemonSet, namespace: m, name: n, allow: [hostPID], owner: [a, b], riskAcceptance: r, expires: 2026-01-01}',
      'owner',
      /exceptions\[0\]\.owner must be a non-empty text/,
    ],
    [
      'an unknown key',
      '- {kind: DaemonSet, namespace: m, name: n, allow: [hostPID], owner: o, riskAcceptance: r, expires: 2026-01-01, expiry: x}',
      'file',
      /unknown key "expiry"/,
    ],
  ])('reports %s with file:line and the field', (_name, entry, field, message) => {
    const { records } = parseCentralFile(FILE, `exceptions:\n${entry}\n`)
    expect(records[0].problems.map(p => [p.field, p.message])).toEqual([[field, expect.stringMatching(message)]])
  })

  it.each([
    ['bad YAML', 'exceptions: [\n', /invalid YAML/],
    ['a list at the top', '- kind: DaemonSet\n', /expected a mapping with an "exceptions" list/],
    ['exceptions not a list', 'exceptions: {kind: DaemonSet}\n', /exceptions: expected a list/],
    ['an entry that is not a mapping', 'exceptions:\n  - DaemonSet/monitoring/x\n', /exceptions\[0\]: expected a mapping/],
    ['an unknown top key', 'exception: []\n', /unknown key "exception"; expected exceptions/],
  ])('reports %s as a file problem', (_name, text, message) => {
    const { records, problems } = parseCentralFile(FILE, text)
    expect(records).toEqual([])
    expect(problems.map(p => p.message)).toEqual([expect.stringMatching(message)])
    expect(problems[0].message.startsWith(`${FILE}:`)).toBe(true)
  })

  it('is empty for an empty file or an empty list', () => {
    expect(parseCentralFile(FILE, '')).toEqual({ records: [], problems: [] })
    expect(parseCentralFile(FILE, 'exceptions: []\n')).toEqual({ records: [], problems: [] })
    expect(parseCentralFile(FILE, 'exceptions:\n')).toEqual({ records: [], problems: [] })
  })
})
