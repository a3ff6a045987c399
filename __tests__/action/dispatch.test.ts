import { describe, it, expect } from '@jest/globals'
import { copyFileSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { runAction } from '../../src/action/run.js'
import type { ConnectOptions } from '../../src/github/octokit.js'
import { run } from '../../src/main.js'
import { recordingEnv, type RecordedRun } from '../support/action-env.js'
import { pullRequestEvent, TestRepo, webhookExample } from '../support/action-runner.js'
import { useGitHubApi, type FakeGitHub } from '../support/github-api-server.js'

/**
 * Which mode the Action runs in, in-process (src/main.ts run → runAction): the event picks it
 * unless the `mode` input does, and each mode is seen by what it did — outputs, the failed
 * message, the job summary, and its calls to the local GitHub API when it has a token. The
 * bundled e2e tests (e2e.test.ts) run the same paths through dist/.
 */
const TOKEN = 'ghs_dispatchTestToken_0123456789abcdef'
const OWNER = 'octo-org'
const REPO = 'hello-world'
const TODAY = new Date('2026-01-15T00:00:00Z')
const FAST: ConnectOptions = { retries: 1, retryAfterBaseValue: 1, writePacing: false, requestTimeoutMs: 5000, budgetMs: 20_000 }

const pod = (name: string, flags: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  namespace: apps\nspec:\n${flags}  containers:\n  - name: c\n    image: registry.example/${name}:1\n`
const NOTHING_TO_DO = (event: string) =>
  `notice: Host Namespace Guard has nothing to do on "${event}" events: it reviews pull_request / pull_request_target / pull_request_review and scans on workflow_dispatch, schedule and push. Set mode: full to scan anyway.`
const FAILED_PR = (n: number) => `${n} new finding(s) at or above "error" share a host namespace. See the summary for where and how to fix them.`
const FAILED_FULL = (n: number) => `${n} finding(s) at or above "error" share a host namespace. See the summary for where and how to fix them.`

let fake: FakeGitHub
let nextPr = 500

useGitHubApi({ owner: OWNER, repo: REPO, actor: 'github-actions[bot]' }, started => (fake = started))

interface Act {
  workspace: string
  eventName: string
  event?: Record<string, unknown>
  inputs?: Record<string, string>
  sha?: string
  token?: boolean
}

/** Runs the Action as the runner's step would (errors become the failed message). */
async function act(a: Act): Promise<RecordedRun & { tempDir: string }> {
  const rec = recordingEnv({
    workspace: a.workspace,
    eventName: a.eventName,
    event: a.event ?? {},
    inputs: { ...(a.token ? { 'github-token': TOKEN } : {}), ...a.inputs },
    repository: `${OWNER}/${REPO}`,
    ...(a.sha ? { sha: a.sha } : {}),
    apiUrl: fake.url,
    connect: FAST,
    now: TODAY,
  })
  await run(rec.env)
  expect(rec.log.join('\n') + rec.summary + JSON.stringify(rec.outputs)).not.toContain(TOKEN)
  return { ...rec, tempDir: rec.env.tempDir }
}

/** A repository with a base commit and a PR head commit, registered with the local API. */
function openPullRequest(base: Record<string, string>, change: Record<string, string>, opts: { fork?: boolean } = {}) {
  const repo = new TestRepo()
  const baseSha = repo.commit(base, 'base')
  const headSha = repo.commit(change, 'pr change')
  const number = nextPr++
  const pull = fake.addPullRequest({ number, headSha, files: repo.pullFiles(baseSha, headSha) })
  pull.baseSha = baseSha
  return { repo, baseSha, headSha, number, event: pullRequestEvent({ number, baseSha, headSha, owner: OWNER, repo: REPO, fork: opts.fork }) }
}

/** A PR adding hostNetwork to web, on a base where old already has hostPID. */
const violatingPr = (opts: { fork?: boolean } = {}) =>
  openPullRequest(
    { 'k8s/web.yaml': pod('web', ''), 'k8s/old.yaml': pod('old', '  hostPID: true\n') },
    { 'k8s/web.yaml': pod('web', '  hostNetwork: true\n') },
    opts,
  )

/** A checkout with two findings (a Pod and a compose service) and a clean Pod. */
function violatingCheckout() {
  const repo = new TestRepo()
  const sha = repo.commit({
    'a/pod.yaml': pod('a', '  hostNetwork: true\n'),
    'b/compose.yaml': 'services:\n  x:\n    image: y\n    pid: host\n',
    'c/ok.yaml': pod('c', ''),
  })
  fake.addCommit(sha)
  return { repo, sha }
}

const reportOf = (r: RecordedRun) =>
  JSON.parse(readFileSync(r.outputs.report, 'utf8')) as {
    mode: string
    pullRequest: { number: number; headSha: string } | null
    findings: Array<{ ruleId: string; file: string }>
  }
const writes = () => fake.requests.filter(q => q.method !== 'GET').map(q => q.operationId)
const reviewsOf = (n: number) => [...fake.state.reviews.values()].filter(r => r.pull === n)
const commentsOf = (n: number) => [...fake.state.reviewComments.values()].filter(c => c.pull === n)
const checkRunsFor = (sha: string) => [...fake.state.checkRuns.values()].filter(c => c.headSha === sha)
const firstLine = (markdown: string) => markdown.split('\n')[0]

describe('pr mode: pull_request and pull_request_target', () => {
  it.each(['pull_request', 'pull_request_target'])(
    '%s without a token reviews the changed files from git: outputs, annotations, summary, no API call',
    async eventName => {
      const pr = violatingPr()
      const r = await act({ workspace: pr.repo.dir, eventName, event: pr.event, sha: pr.headSha, inputs: { 'fail-on': 'error' } })
      expect(r.failed).toEqual([FAILED_PR(1)])
      expect(r.outputs).toEqual({
        report: path.join(r.tempDir, 'host-namespace-guard.json'),
        findings: '1',
        'new-findings': '1',
        failing: '1',
        failed: 'true',
        counts: '{"host-network":1}',
        'smoke-matrix': '{"include":[]}',
      })
      const report = reportOf(r)
      expect(report.mode).toBe('pr')
      expect(report.pullRequest).toEqual({ number: pr.number, headSha: pr.headSha })
      // Only the changed file: old.yaml's hostPID is not this pull request's.
      expect(report.findings.map(f => f.file)).toEqual(['k8s/web.yaml'])
      expect(r.annotations).toEqual([
        { level: 'error', message: expect.stringMatching(/hostNetwork/), properties: expect.objectContaining({ file: 'k8s/web.yaml', startLine: 7 }) },
      ])
      expect(firstLine(r.summary)).toBe('## ❌ Host Namespace Guard: 1 new finding shares a host namespace')
      expect(r.summary).toContain('Scanned 1 file changed in this pull request')
      expect(fake.requests).toEqual([])
    },
  )

  it('with a token posts one review with the inline comment and a failing check run on the head commit', async () => {
    const pr = violatingPr()
    const r = await act({ workspace: pr.repo.dir, eventName: 'pull_request', event: pr.event, sha: pr.headSha, inputs: { 'fail-on': 'error' }, token: true })
    expect(r.failed).toEqual([FAILED_PR(1)])
    expect(r.outputs).toMatchObject({ findings: '1', 'new-findings': '1', failing: '1', failed: 'true' })
    expect(reviewsOf(pr.number)).toHaveLength(1)
    expect(commentsOf(pr.number).map(c => [c.path, c.line])).toEqual([['k8s/web.yaml', 7]])
    expect(checkRunsFor(pr.headSha).map(c => [c.name, c.status, c.conclusion, c.output.annotations.map(a => a.path)])).toEqual([
      ['Host Namespace Guard', 'completed', 'failure', ['k8s/web.yaml']],
    ])
    expect(writes().sort()).toEqual(['checks/create', 'pulls/create-review'])
    // The check run carried the annotations: none are printed as workflow commands.
    expect(r.annotations).toEqual([])
    expect(firstLine(r.summary)).toBe('## ❌ Host Namespace Guard: 1 new finding shares a host namespace')
  })
})

describe('full mode: workflow_dispatch, schedule, push (and merge_group)', () => {
  it.each(['workflow_dispatch', 'schedule', 'push', 'merge_group'])('%s scans the whole checkout', async eventName => {
    const { repo, sha } = violatingCheckout()
    const r = await act({ workspace: repo.dir, eventName, sha, inputs: {} })
    expect(r.failed).toEqual([FAILED_FULL(2)])
    expect(r.outputs).toEqual({
      report: path.join(r.tempDir, 'host-namespace-guard.json'),
      findings: '2',
      'new-findings': '2',
      failing: '2',
      failed: 'true',
      counts: '{"host-network":1,"host-pid":1}',
      'smoke-matrix': '{"include":[]}',
    })
    const report = reportOf(r)
    expect(report.mode).toBe('full')
    expect(report.pullRequest).toBeNull()
    expect(report.findings.map(f => f.file).sort()).toEqual(['a/pod.yaml', 'b/compose.yaml'])
    expect(r.annotations.map(a => [a.level, a.properties.file])).toEqual(
      expect.arrayContaining([
        ['error', 'a/pod.yaml'],
        ['error', 'b/compose.yaml'],
      ]),
    )
    expect(firstLine(r.summary)).toBe('## ❌ Host Namespace Guard: 2 findings share a host namespace')
    expect(r.summary).not.toContain('changed in this pull request')
    expect(fake.requests).toEqual([])
  })

  it('with a token writes a check run on GITHUB_SHA and reviews nothing', async () => {
    const { repo, sha } = violatingCheckout()
    const r = await act({ workspace: repo.dir, eventName: 'push', event: { ref: 'refs/heads/main', after: sha }, sha, token: true })
    expect(r.failed).toEqual([FAILED_FULL(2)])
    expect(checkRunsFor(sha).map(c => [c.conclusion, c.output.annotations.map(a => a.path).sort()])).toEqual([['failure', ['a/pod.yaml', 'b/compose.yaml']]])
    expect(writes()).toEqual(['checks/create'])
  })

  it('passes a clean checkout, saying so', async () => {
    const repo = new TestRepo()
    const sha = repo.commit({ 'ok.yaml': pod('ok', '  hostNetwork: false\n') })
    const r = await act({ workspace: repo.dir, eventName: 'schedule', event: { schedule: '0 8 * * 1' }, sha })
    expect(r.failed).toEqual([])
    expect(r.outputs).toMatchObject({ findings: '0', failing: '0', failed: 'false', counts: '{}' })
    expect(firstLine(r.summary)).toBe('## ✅ Host Namespace Guard: No host namespace sharing')
  })
})

describe('publish mode: workflow_run', () => {
  const workflowRun = (headSha: string) => {
    const event = webhookExample('workflow_run', 'completed') as { workflow_run: Record<string, unknown> }
    event.workflow_run.head_sha = headSha
    event.workflow_run.event = 'pull_request'
    return event
  }

  it("posts the read-only run's report: a comment without suggestion, a failing check run, the same verdict", async () => {
    const pr = violatingPr({ fork: true })
    const first = await act({
      workspace: pr.repo.dir,
      eventName: 'pull_request',
      event: pr.event,
      sha: pr.headSha,
      inputs: { 'json-report': 'guard-report.json' },
    })
    expect(first.failed).toEqual([FAILED_PR(1)])
    expect(fake.requests).toEqual([])
    // The trusted job: a checkout of the default branch and the downloaded report.
    const trusted = new TestRepo()
    copyFileSync(path.join(pr.repo.dir, 'guard-report.json'), path.join(trusted.dir, 'guard-report.json'))
    const r = await act({
      workspace: trusted.dir,
      eventName: 'workflow_run',
      event: workflowRun(pr.headSha),
      inputs: { 'report-file': 'guard-report.json' },
      token: true,
    })
    expect(r.failed).toEqual([FAILED_PR(1)])
    expect(r.outputs).toMatchObject({ findings: '1', 'new-findings': '1', failing: '1', failed: 'true' })
    const comments = commentsOf(pr.number)
    expect(comments.map(c => [c.path, c.line])).toEqual([['k8s/web.yaml', 7]])
    expect(comments[0].body).not.toContain('```suggestion')
    expect(checkRunsFor(pr.headSha).map(c => c.conclusion)).toEqual(['failure'])
    expect(writes().sort()).toEqual(['checks/create', 'pulls/create-review'])
    expect(r.summary).toContain("Published from the read-only pull_request run's report (two-stage mode); suggestions are not posted in this mode.")
  })

  it.each([
    ['without a token', { 'report-file': 'r.json' }, false, 'mode publish needs a github-token with pull-requests: write and checks: write'],
    ['without report-file', {}, true, 'mode publish needs report-file: the JSON report downloaded from the pull_request run'],
  ])('fails %s, before any GitHub call', async (_, inputs, token, message) => {
    const trusted = new TestRepo()
    const r = await act({ workspace: trusted.dir, eventName: 'workflow_run', event: workflowRun('a'.repeat(40)), inputs, token })
    expect(r.failed).toEqual([message])
    expect(r.outputs).toEqual({})
    expect(fake.requests).toEqual([])
  })
})

describe('exceptions-report mode', () => {
  const config = 'exceptions:\n  namespaces: [monitoring]\n'
  const exporter = (expires: string) =>
    `apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: exporter\n  namespace: monitoring\n  labels: {app: exporter, host-namespace-guard.io/exception: "true"}\n  annotations:\n    host-namespace-guard.io/allow: hostNetwork\n    host-namespace-guard.io/owner: team-observability\n    host-namespace-guard.io/risk-acceptance: "SEC-1: reads node network statistics"\n    host-namespace-guard.io/expires: "${expires}"\nspec:\n  selector: {matchLabels: {app: exporter}}\n  template:\n    metadata: {labels: {app: exporter}}\n    spec:\n      hostNetwork: true\n      containers:\n      - name: e\n        image: exporter:1\n`
  const checkout = (expires: string) => {
    const repo = new TestRepo()
    const sha = repo.commit({ '.github/host-namespace-guard.yml': config, 'k8s/exporter.yaml': exporter(expires) })
    fake.addCommit(sha)
    return { repo, sha }
  }
  const issues = () => [...fake.state.issues.values()].filter(i => !i.isPull && (i.body ?? '').includes('host-namespace-guard:exceptions-report'))

  it('lists the exceptions in the summary and opens the review issue with a token', async () => {
    const { repo, sha } = checkout('2099-12-31')
    const r = await act({ workspace: repo.dir, eventName: 'workflow_dispatch', sha, inputs: { mode: 'exceptions-report' }, token: true })
    expect(r.failed).toEqual([])
    const [issue] = issues()
    expect(r.outputs).toEqual({
      report: path.join(r.tempDir, 'host-namespace-exceptions.json'),
      issue: String(issue.number),
      exceptions: '1',
      failing: '0',
      failed: 'false',
    })
    expect(firstLine(r.summary)).toBe('**1** exception record as of 2026-01-15: 0 expired, 0 invalid, 0 expiring within the warning window, 1 active.')
    expect(r.summary).toContain('team-observability')
    expect(writes()).toContain('issues/create')
    expect(writes()).not.toContain('checks/create')
    expect(r.log).toContain(`info: Exceptions review issue #${issue.number} created.`)
  })

  it('fails on an expired exception, and without a token calls no API', async () => {
    const { repo, sha } = checkout('2025-12-31')
    const r = await act({ workspace: repo.dir, eventName: 'schedule', event: { schedule: '0 8 1 * *' }, sha, inputs: { mode: 'exceptions-report' } })
    expect(r.failed).toEqual(['1 host namespace exception(s) are expired or invalid: renew or remove them (see the summary).'])
    expect(r.outputs).toEqual({ report: path.join(r.tempDir, 'host-namespace-exceptions.json'), exceptions: '1', failing: '1', failed: 'true' })
    expect(firstLine(r.summary)).toBe('**1** exception record as of 2026-01-15: 1 expired, 0 invalid, 0 expiring within the warning window, 0 active.')
    expect(fake.requests).toEqual([])
  })

  it('with admission.file, regenerates a stale admission policy into the workspace and fails until it is committed', async () => {
    const repo = new TestRepo()
    const sha = repo.commit({
      '.github/host-namespace-guard.yml': `${config}admission:\n  file: deploy/admission.yaml\n`,
      'k8s/exporter.yaml': exporter('2099-12-31'),
      'deploy/admission.yaml': '# generated before the exporter had its exception\n',
    })
    fake.addCommit(sha)
    const r = await act({ workspace: repo.dir, eventName: 'schedule', event: { schedule: '0 8 1 * *' }, sha, inputs: { mode: 'exceptions-report' } })
    expect(r.failed).toEqual(['The admission policy (admission.file) is stale: the regenerated one is in the workspace; commit it so the cluster gets it.'])
    expect(r.summary).toContain('**Admission policy:** deploy/admission.yaml is not the admission policy the config and exception records generate today')
    const refreshed = readFileSync(path.join(repo.dir, 'deploy/admission.yaml'), 'utf8')
    expect(refreshed).toContain('"a:DaemonSet/monitoring/exporter": "hostNetwork|ok|')
    const again = await act({ workspace: repo.dir, eventName: 'schedule', event: { schedule: '0 8 1 * *' }, sha, inputs: { mode: 'exceptions-report' } })
    expect(again.failed).toEqual([])
  })
})

describe('an event the Action does not handle', () => {
  it.each(['issues', 'release', 'pull_request_review_comment', ''])(
    '"%s": a notice, every output set neutrally, no failure, no summary, no API call even with a token',
    async eventName => {
      const { repo, sha } = violatingCheckout()
      const r = await act({ workspace: repo.dir, eventName, event: eventName === 'issues' ? webhookExample('issues') : {}, sha, token: true })
      expect(r.log).toEqual([NOTHING_TO_DO(eventName)])
      expect(r.outputs).toEqual({ findings: '0', 'new-findings': '0', failing: '0', failed: 'false', counts: '{}', 'smoke-matrix': '{"include":[]}' })
      expect(r.failed).toEqual([])
      expect(r.summary).toBe('')
      expect(fake.requests).toEqual([])
    },
  )
})

describe('the mode input overrides the event', () => {
  it('mode: full on a pull_request scans the whole checkout, pre-existing findings included', async () => {
    const pr = violatingPr()
    const r = await act({ workspace: pr.repo.dir, eventName: 'pull_request', event: pr.event, sha: pr.headSha, inputs: { mode: 'full' } })
    expect(reportOf(r).mode).toBe('full')
    expect(
      reportOf(r)
        .findings.map(f => f.file)
        .sort(),
    ).toEqual(['k8s/old.yaml', 'k8s/web.yaml'])
    expect(r.failed).toEqual([FAILED_FULL(2)])
    expect(r.outputs).toMatchObject({ findings: '2', failing: '2' })
  })

  it('mode: full on an event it would ignore scans anyway', async () => {
    const { repo, sha } = violatingCheckout()
    const r = await act({ workspace: repo.dir, eventName: 'issues', event: webhookExample('issues'), sha, inputs: { mode: 'full' } })
    expect(r.log).not.toContain(NOTHING_TO_DO('issues'))
    expect(reportOf(r).mode).toBe('full')
    expect(r.failed).toEqual([FAILED_FULL(2)])
  })

  it('mode: exceptions-report on a pull_request reviews the exceptions, not the pull request', async () => {
    const pr = violatingPr()
    const r = await act({ workspace: pr.repo.dir, eventName: 'pull_request', event: pr.event, sha: pr.headSha, inputs: { mode: 'exceptions-report' } })
    expect(r.outputs).toEqual({ report: path.join(r.tempDir, 'host-namespace-exceptions.json'), exceptions: '0', failing: '0', failed: 'false' })
    expect(r.failed).toEqual([])
  })

  it.each([
    ['pr', 'workflow_dispatch', {}, 'the event payload has no pull_request.number'],
    ['publish', 'push', { 'report-file': 'r.json' }, 'mode publish runs on workflow_run events: the payload has no workflow_run.head_sha'],
  ])('mode: %s on %s fails, saying what the event lacks', async (mode, eventName, inputs, message) => {
    const { repo, sha } = violatingCheckout()
    const r = await act({ workspace: repo.dir, eventName, event: { ref: 'refs/heads/main' }, sha, inputs: { mode, ...inputs }, token: true })
    expect(r.failed).toEqual([message])
    expect(r.outputs).toEqual({})
    expect(fake.requests).toEqual([])
  })
})

describe('an invalid input', () => {
  it.each([
    ['mode', 'review', 'input mode: "review" is not one of auto, pr, full, publish, exceptions-report'],
    ['fail-on', 'fatal', 'input fail-on: "fatal" is not one of error, warning, note, never'],
    ['filter-mode', 'everything', 'input filter-mode: "everything" is not one of added, diff_context, file, nofilter'],
    ['diff-source', 'svn', 'input diff-source: "svn" is not one of auto, git, api'],
    ['comment', 'yes', 'input comment: "yes" is not a boolean (true or false)'],
    ['fail-on-preexisting', '1', 'input fail-on-preexisting: "1" is not a boolean (true or false)'],
  ])('%s: %s is rejected before anything runs, naming the input, the value and what is allowed', async (name, value, message) => {
    const { repo, sha } = violatingCheckout()
    const given = { workspace: repo.dir, eventName: 'workflow_dispatch', sha, inputs: { [name]: value }, token: true }
    const r = await act(given)
    expect(r.failed).toEqual([message])
    expect(r.outputs).toEqual({})
    expect(r.summary).toBe('')
    expect(fake.requests).toEqual([])
    // runAction itself throws it; run (the step) turns it into the failed message above.
    await expect(runAction(recordingEnv({ ...given, inputs: { [name]: value } }).env)).rejects.toThrow(message)
  })
})
