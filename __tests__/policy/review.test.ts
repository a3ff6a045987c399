import { describe, it, expect, beforeAll, afterAll, afterEach } from '@jest/globals'
import path from 'node:path'
import { loadConfig } from '../../src/config/load.js'
import { cell } from '../../src/report/markdown.js'
import { connect } from '../../src/github/octokit.js'
import { readCentralFile } from '../../src/config/exceptions-file.js'
import { scanRepository } from '../../src/pipeline.js'
import { reviewRows } from '../../src/policy/index.js'
import { isFailingRow, type ExceptionRow } from '../../src/policy/review-rows.js'
import { rowsToJson, rowsToMarkdown, rowsToText } from '../../src/report/exceptions-review.js'
import { EXCEPTIONS_REPORT_LABEL, EXCEPTIONS_REPORT_MARKER, exceptionsIssueBody, publishExceptionsReport } from '../../src/action/exceptions-issue.js'
import { startGitHubApi, type FakeGitHub } from '../support/github-api-server.js'
import { TODAY } from '../support/policy-tester.js'

const ROOT = path.resolve('__fixtures__/policy/repo')
const AS_OF = '2025-06-01'

let rows: ExceptionRow[]
beforeAll(async () => {
  const { config } = await loadConfig(ROOT)
  const { assessments } = await scanRepository({ root: ROOT, config, today: TODAY, centralFile: await readCentralFile(ROOT, config), rules: new Map() })
  rows = reviewRows(assessments)
})

describe('review rows', () => {
  it('carry workload, host namespaces, owner, risk acceptance, expiry, days left and controls', () => {
    expect(rows[1]).toEqual({
      workload: 'DaemonSet/monitoring/stale-agent',
      kind: 'DaemonSet',
      namespace: 'monitoring',
      namespaceAssumed: false,
      namespaceAllowed: true,
      name: 'stale-agent',
      file: 'k8s/stale-agent.yaml',
      line: 7,
      origin: 'annotation',
      allow: ['hostIPC'],
      owner: '@octo-org/perf | <b>team</b>',
      riskAcceptance: 'PERF-9: shared memory benchmark',
      expires: '2025-05-31',
      daysLeft: -1,
      status: 'expired',
      controls: 'ok',
      missingControls: [],
      problems: [],
    })
    expect(rows.find(r => r.name === 'log-shipper')).toMatchObject({
      controls: 'missing',
      missingControls: ['shipper: runAsNonRoot', 'shipper: capabilities.drop', 'shipper: allowPrivilegeEscalation'],
      problems: ['namespace "logging" is not listed in exceptions.namespaces'],
    })
    expect(rows.filter(isFailingRow).map(r => r.name)).toEqual(['removed-agent', 'stale-agent'])
  })

  it('render as text within 100 columns, one row per exception, expired first, details below', () => {
    const text = rowsToText(rows, { asOf: AS_OF })
    const lines = text.split('\n')
    expect(lines[0]).toMatch(/^STATUS +DAYS +EXPIRES +WORKLOAD +ALLOW$/)
    const rowLines = lines.filter(l => /^(expired|expiring|active|invalid) /.test(l))
    expect(rowLines.map(l => l.split(/\s{2,}/).slice(0, 4))).toEqual([
      ['expired', '-92', '2025-03-01', 'DaemonSet/kube-system/removed-agent'],
      ['expired', '-1', '2025-05-31', 'DaemonSet/monitoring/stale-agent'],
      ['expiring', '14', '2025-06-15', 'DaemonSet/kube-system/cni-agent'],
      ['active', '121', '2025-09-30', 'DaemonSet/logging/log-shipper'],
      ['active', '213', '2025-12-31', 'DaemonSet/monitoring/node-exporter'],
    ])
    const shipper = lines.indexOf(rowLines[3]!)
    expect(lines[shipper + 1]).toMatch(/^ {2}\S+:\d+ · owner team-logging · controls missing · risk .+$/)
    // Wrapped, never cut: the continuation is indented under it.
    expect([lines[shipper + 2], lines[shipper + 3]]).toEqual([
      '  missing controls: shipper: runAsNonRoot; shipper: capabilities.drop; shipper:',
      '    allowPrivilegeEscalation',
    ])
    expect(text).toContain('  problem: no workload with this kind, namespace and name was found in the scanned files')
    expect(Math.max(...lines.map(l => l.length))).toBeLessThanOrEqual(100)
    expect(text.trimEnd().split('\n').at(-1)).toBe('5 exception records as of 2025-06-01: 2 expired, 0 invalid, 1 expiring, 2 active')
  })

  it('text rows stay within 100 columns when names and risk text are long', () => {
    const long = rows.map(r => ({ ...r, workload: `DaemonSet/${'n'.repeat(60)}/${'w'.repeat(60)}`, riskAcceptance: 'x'.repeat(300) }))
    const lines = rowsToText(long, { asOf: AS_OF }).split('\n')
    expect(Math.max(...lines.map(l => l.length))).toBeLessThanOrEqual(100)
    expect(lines[1]).toMatch(/^expired +-92 +2025-03-01 +DaemonSet\/n+…/)
  })

  it('render as JSON with a summary', () => {
    const json = JSON.parse(JSON.stringify(rowsToJson(rows, { asOf: AS_OF })))
    expect(json.schemaVersion).toBe(1)
    expect(json.asOf).toBe(AS_OF)
    expect(json.summary).toEqual({ total: 5, expired: 2, invalid: 0, expiring: 1, active: 2 })
    expect(json.exceptions.map((r: ExceptionRow) => r.name)).toEqual(['removed-agent', 'stale-agent', 'cni-agent', 'log-shipper', 'node-exporter'])
  })

  it('render as Markdown with user-controlled text escaped', () => {
    const md = rowsToMarkdown(rows, { asOf: AS_OF })
    expect(md).toContain('| Status | Workload | Host namespaces | Owner | Risk acceptance | Expires | Days left | Controls | Record |')
    const stale = md.split('\n').find(l => l.includes('stale'))!
    // No raw pipe, tag or mention from the owner field; the row keeps its 9 cells.
    expect(stale).not.toContain('<b>')
    expect(stale).not.toMatch(/@octo/)
    expect(stale.split(/(?<!\\)\|/).length - 2).toBe(9)
    expect(md).toContain('**Problems**')
  })

  it("keep the tracking issue within GitHub's 65,536 characters, and say how many rows are left out", () => {
    const many = Array.from({ length: 400 }, (_, i) => ({
      ...rows[i % rows.length],
      name: `agent-${i}`,
      workload: `DaemonSet/monitoring/agent-${i}`,
      riskAcceptance: `SEC-${i}: ${'a long justification '.repeat(40)}`,
    }))
    const body = exceptionsIssueBody(many, { asOf: AS_OF })
    expect(body.length).toBeLessThanOrEqual(65_536)
    const listed = body.split('\n').filter(l => l.startsWith('| ') && /agent-\d+/.test(l))
    expect(listed.length).toBeGreaterThan(50)
    expect(body).toMatch(new RegExp(`…and ${400 - listed.length} more exceptions not listed here`))
    // One cell is cut, not the table.
    expect(listed.every(l => l.length < 2000)).toBe(true)
  })

  it('render an empty review', () => {
    expect(rowsToText([], { asOf: AS_OF })).toBe('0 exception records as of 2025-06-01: 0 expired, 0 invalid, 0 expiring, 0 active\n')
    expect(rowsToMarkdown([])).not.toContain('|')
  })
})

describe('tracking issue against the GitHub API', () => {
  let fake: FakeGitHub
  beforeAll(async () => {
    fake = await startGitHubApi({ owner: 'acme', repo: 'cluster' })
  })
  afterAll(async () => {
    await fake.close()
  })
  afterEach(() => {
    expect(fake.violations).toEqual([])
  })
  const port = () =>
    connect(
      'ghs_trackingIssueTest0123456789',
      { owner: 'acme', repo: 'cluster' },
      { baseUrl: fake.url, retries: 0, retryAfterBaseValue: 1, writePacing: false },
    )

  it('is created once, then updated in place, never duplicated', async () => {
    fake.addIssue({ title: 'Unrelated', body: 'mentions exceptions-report but not the marker' })
    const first = await publishExceptionsReport(port(), rows, { asOf: AS_OF, labels: ['security'] })
    expect(first.action).toBe('created')
    const issue = fake.state.issues.get(first.number)!
    expect(issue.title).toBe('Host namespace exceptions: review')
    expect(issue.labels).toEqual(['host-namespace-exceptions', 'security'])
    expect(issue.body).toBe(exceptionsIssueBody(rows, { asOf: AS_OF }))
    expect(issue.body!.startsWith(EXCEPTIONS_REPORT_MARKER)).toBe(true)

    const same = await publishExceptionsReport(port(), rows, { asOf: AS_OF })
    expect(same).toEqual({ action: 'unchanged', number: first.number })

    const later = await publishExceptionsReport(port(), rows.slice(1), { asOf: '2025-07-01' })
    expect(later).toEqual({ action: 'updated', number: first.number })
    expect(fake.state.issues.get(first.number)!.body).toContain(`as of ${cell('2025-07-01')}`)
    expect(fake.state.issues.get(first.number)!.body).not.toContain('removed')
    expect([...fake.state.issues.values()].filter(i => i.body?.includes(EXCEPTIONS_REPORT_MARKER))).toHaveLength(1)
    expect(fake.requestsFor('issues/create')).toHaveLength(1)
    expect(fake.requestsFor('issues/update')).toHaveLength(1)
  })

  it('cannot be hijacked by an issue a person opened with the marker: that one is ignored, ours is created', async () => {
    const body = exceptionsIssueBody(rows, { asOf: AS_OF })
    const forged = fake.addIssue({
      title: 'Host namespace exceptions: review',
      body: `${EXCEPTIONS_REPORT_MARKER}\nNothing to review, all fine.`,
      author: 'mallory',
    })
    const labelled = fake.addIssue({
      title: 'Host namespace exceptions: review',
      body: `${EXCEPTIONS_REPORT_MARKER}\nlabelled look-alike`,
      author: 'mallory',
      labels: [EXCEPTIONS_REPORT_LABEL],
    })
    // Also a bot's issue without the tracking label (another tool quoting the marker).
    const unlabelled = await port().createIssue('Quoted', `${EXCEPTIONS_REPORT_MARKER}\nquoted`)
    for (const n of [...fake.state.issues.keys()]) {
      const i = fake.state.issues.get(n)!
      if (i.body?.includes(EXCEPTIONS_REPORT_MARKER) && ![forged.number, labelled.number, unlabelled].includes(n)) i.state = 'closed'
    }
    const result = await publishExceptionsReport(port(), rows, { asOf: AS_OF })
    expect(result.action).toBe('created')
    expect([forged.number, labelled.number, unlabelled]).not.toContain(result.number)
    expect(fake.state.issues.get(result.number)).toMatchObject({ author: 'github-actions[bot]', labels: [EXCEPTIONS_REPORT_LABEL], body })
    expect(fake.state.issues.get(forged.number)!.body).toContain('all fine')
    expect(fake.state.issues.get(labelled.number)!.body).toContain('labelled look-alike')
    expect(fake.requestsFor('issues/list-for-repo').at(-1)!.query).toMatchObject({ labels: EXCEPTIONS_REPORT_LABEL, state: 'open' })
    // The next run finds ours.
    expect(await publishExceptionsReport(port(), rows, { asOf: AS_OF })).toEqual({ action: 'unchanged', number: result.number })
  })

  it('cannot be forged by a record: the marker never appears unescaped in the table', () => {
    const forged: ExceptionRow = { ...rows[0], owner: EXCEPTIONS_REPORT_MARKER, riskAcceptance: '--> <script>' }
    const body = exceptionsIssueBody([forged])
    expect(body.split(EXCEPTIONS_REPORT_MARKER)).toHaveLength(2)
    expect(body).not.toContain('<script>')
  })
})
