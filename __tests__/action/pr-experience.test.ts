import { describe, it, expect } from '@jest/globals'
import { copyFileSync, readFileSync } from 'node:fs'
import { run } from '../../src/main.js'
import { parseReport } from '../../src/action/publish.js'
import { boundedFinding, REPORT_LIMITS, REVIEW_REPORT_KIND } from '../../src/action/review-report.js'
import type { PlacedFinding } from '../../src/findings/place.js'
import { BUILTIN_RULES } from '../../src/rules/index.js'
import type { ConnectOptions } from '../../src/github/octokit.js'
import { recordingEnv, type RecordedRun } from '../support/action-env.js'
import { TestRepo, webhookExample } from '../support/action-runner.js'
import { useGitHubApi, type FakeGitHub } from '../support/github-api-server.js'

/**
 * The pull-request experience, through the Action's source (src/main.ts run) against the
 * OpenAPI-checked GitHub stand-in, with real webhook payloads (@octokit/webhooks-examples) for every
 * event: the approval loop closing itself on label and review events, re-runs that add nothing, threads
 * resolved through GraphQL (validated against GitHub's public schema), and the comment cap on a bulk PR.
 */
const TOKEN = 'ghs_prExperienceTestToken_0123456789abcdef'
const OWNER = 'octo-org'
const REPO = 'hello-world'
const CHECK = 'Host Namespace Guard'
const LABEL = 'host-namespace-exception-approved'
const FAST: ConnectOptions = { retries: 1, retryAfterBaseValue: 1, writePacing: false, requestTimeoutMs: 10_000, budgetMs: 60_000 }

const CONFIG = `exceptions:\n  namespaces: [monitoring]\n  approval:\n    label: ${LABEL}\n    team: octo-org/platform-security\n`
const POLICY =
  'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: exporter, namespace: monitoring}\nspec:\n  podSelector: {matchLabels: {app: exporter}}\n'
const EXCEPTION =
  '  annotations:\n    host-namespace-guard.io/allow: hostNetwork\n    host-namespace-guard.io/owner: team-observability\n    host-namespace-guard.io/risk-acceptance: "SEC-1: reads node network statistics"\n    host-namespace-guard.io/expires: "2099-12-31"\n'
const exporter = (annotations: string, hostNetwork = true) =>
  `apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: exporter\n  namespace: monitoring\n  labels: {app: exporter${annotations ? ', host-namespace-guard.io/exception: "true"' : ''}}\n${annotations}spec:\n  selector: {matchLabels: {app: exporter}}\n  template:\n    metadata: {labels: {app: exporter}}\n    spec:\n${hostNetwork ? '      hostNetwork: true\n' : ''}      securityContext: {runAsNonRoot: true}\n      containers:\n      - name: e\n        image: exporter:1\n        securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}\n`
const BASE = { '.github/host-namespace-guard.yml': CONFIG, 'policies/np.yaml': POLICY, 'k8s/exporter.yaml': exporter('', false) }

let fake: FakeGitHub
let nextPr = 700

useGitHubApi({ owner: OWNER, repo: REPO, actor: 'github-actions[bot]' }, started => (fake = started))

interface OpenPr {
  repo: TestRepo
  number: number
  baseSha: string
  headSha: string
  fork: boolean
}

function openPullRequest(base: Record<string, string>, change: Record<string, string>, opts: { fork?: boolean; author?: string } = {}): OpenPr {
  const repo = new TestRepo()
  const baseSha = repo.commit(base, 'base')
  const headSha = repo.commit(change, 'pr change')
  const number = nextPr++
  const pull = fake.addPullRequest({ number, headSha, files: repo.pullFiles(baseSha, headSha), author: opts.author ?? 'octocat' })
  pull.baseSha = baseSha
  return { repo, number, baseSha, headSha, fork: opts.fork ?? false }
}

/** A real payload of `event`/`action`, pointed at the pull request: its number, commits, repositories. */
function eventFor(pr: OpenPr, event: 'pull_request' | 'pull_request_review', action: string, extra: (e: Record<string, any>) => void = () => undefined) {
  const e = webhookExample(event, action) as Record<string, any>
  const full = `${OWNER}/${REPO}`
  Object.assign(e.pull_request, { number: pr.number })
  Object.assign(e.pull_request.base, { sha: pr.baseSha })
  e.pull_request.base.repo.full_name = full
  Object.assign(e.pull_request.head, { sha: pr.headSha })
  e.pull_request.head.repo.full_name = pr.fork ? `someone/${REPO}` : full
  e.pull_request.user.login = fake.state.pulls.get(pr.number)!.author
  e.repository.full_name = full
  extra(e)
  return e
}

async function act(
  workspace: string,
  eventName: string,
  event: Record<string, unknown>,
  inputs: Record<string, string> = {},
  sha = '0'.repeat(40),
): Promise<RecordedRun> {
  const rec = recordingEnv({
    workspace,
    eventName,
    event,
    inputs: { 'github-token': TOKEN, mode: 'auto', 'fail-on': 'error', comment: 'true', 'check-run': 'true', 'check-name': CHECK, ...inputs },
    repository: `${OWNER}/${REPO}`,
    sha,
    apiUrl: fake.url,
    connect: FAST,
  })
  await run(rec.env)
  expect(rec.log.join('\n') + rec.summary).not.toContain(TOKEN)
  return rec
}

const review = (pr: OpenPr, e: Record<string, unknown>, eventName = 'pull_request', inputs: Record<string, string> = {}) =>
  act(pr.repo.dir, eventName, e, inputs, pr.headSha)
const checkRunsOf = (sha: string) => [...fake.state.checkRuns.values()].filter(c => c.headSha === sha)
const commentsOf = (n: number) => [...fake.state.reviewComments.values()].filter(c => c.pull === n)
const reviewsOf = (n: number) => [...fake.state.reviews.values()].filter(r => r.pull === n)
const unapprovedComment = (n: number) => commentsOf(n).find(c => c.body.includes('`exception-unapproved`'))!
const isResolved = (commentId: number) => fake.state.resolvedThreads.has(commentId)

describe('the approval loop closes itself', () => {
  it('labels and reviews re-evaluate the same check run and the same comments; removing the approval makes it red again', async () => {
    const pr = openPullRequest(BASE, { 'k8s/exporter.yaml': exporter(EXCEPTION) })
    fake.addTeamMember(OWNER, 'platform-security', 'sec-lead')

    // Opened: unapproved. One comment on the record, the team asked to review and mentioned once.
    const opened = await review(pr, eventFor(pr, 'pull_request', 'opened'))
    expect(opened.failed).toHaveLength(1)
    const [check] = checkRunsOf(pr.headSha)
    expect(check).toMatchObject({ conclusion: 'failure' })
    const comment = unapprovedComment(pr.number)
    expect(comment).toBeDefined()
    expect(fake.state.requestedTeams.get(pr.number)).toEqual(['platform-security'])
    const mentions = reviewsOf(pr.number).map(r => r.body.match(/@octo-org\/platform-security\b/g)?.length ?? 0)
    expect(mentions.reduce((a, b) => a + b, 0)).toBe(1)
    // The summary names the steps in full (every line of the approval message), escaped: no second ping.
    expect(opened.summary).toContain('a member of @&#8203;octo-org/platform-security applies the label')
    expect(opened.summary).not.toMatch(/@octo-org\//)
    expect(opened.summary).toContain('\n  1. a member of')

    // A re-run on the same commit: nothing new anywhere, the same check run.
    const commentsBefore = commentsOf(pr.number).length
    const reviewsBefore = reviewsOf(pr.number).length
    await review(pr, eventFor(pr, 'pull_request', 'synchronize'))
    expect(commentsOf(pr.number)).toHaveLength(commentsBefore)
    expect(reviewsOf(pr.number)).toHaveLength(reviewsBefore)
    expect(fake.state.requestedTeams.get(pr.number)).toEqual(['platform-security'])
    expect(checkRunsOf(pr.headSha).map(c => c.id)).toEqual([check!.id])

    // The label by a member of the team: the same check run turns green, the approval comment's thread is resolved.
    fake.addLabel(pr.number, LABEL, 'sec-lead')
    const labeled = await review(
      pr,
      eventFor(pr, 'pull_request', 'labeled', e => (e.label.name = LABEL)),
    )
    expect(labeled.failed).toEqual([])
    expect(checkRunsOf(pr.headSha).map(c => [c.id, c.conclusion])).toEqual([[check!.id, 'success']])
    expect(isResolved(comment.id)).toBe(true)
    expect(commentsOf(pr.number)).toHaveLength(commentsBefore)
    expect(fake.state.graphql.some(q => q.query.includes('resolveReviewThread'))).toBe(true)

    // The label removed: red again, in the same check run, and the thread reopened (its finding is back), no new comment.
    fake.removeLabel(pr.number, LABEL, 'sec-lead')
    const unlabeled = await review(
      pr,
      eventFor(pr, 'pull_request', 'unlabeled', e => (e.label.name = LABEL)),
    )
    expect(unlabeled.failed).toHaveLength(1)
    expect(checkRunsOf(pr.headSha).map(c => [c.id, c.conclusion])).toEqual([[check!.id, 'failure']])
    expect(isResolved(comment.id)).toBe(false)
    expect(commentsOf(pr.number)).toHaveLength(commentsBefore)

    // An approving review by a member (pull_request_review submitted): green again.
    const approval = fake.addReview(pr.number, { author: 'sec-lead', state: 'APPROVED', commitId: pr.headSha })
    const submitted = await review(
      pr,
      eventFor(pr, 'pull_request_review', 'submitted', e => Object.assign(e.review, { state: 'approved', commit_id: pr.headSha })),
      'pull_request_review',
    )
    expect(submitted.failed).toEqual([])
    expect(checkRunsOf(pr.headSha).map(c => [c.id, c.conclusion])).toEqual([[check!.id, 'success']])
    expect(isResolved(comment.id)).toBe(true)

    // The review dismissed: red again.
    approval.state = 'DISMISSED'
    const dismissed = await review(
      pr,
      eventFor(pr, 'pull_request_review', 'dismissed', e => Object.assign(e.review, { state: 'dismissed', commit_id: pr.headSha })),
      'pull_request_review',
    )
    expect(dismissed.failed).toHaveLength(1)
    expect(checkRunsOf(pr.headSha).map(c => [c.id, c.conclusion])).toEqual([[check!.id, 'failure']])
    // Asked and mentioned once over all six runs.
    expect(fake.state.requestedTeams.get(pr.number)).toEqual(['platform-security'])
    expect(reviewsOf(pr.number).flatMap(r => r.body.match(/@octo-org\/platform-security\b/g) ?? [])).toHaveLength(1)
  }, 120_000)
})

describe('threads resolved for real', () => {
  const pod = (name: string, flags: string) =>
    `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  namespace: apps\nspec:\n${flags}  containers:\n  - name: c\n    image: registry.example/${name}:1\n`

  /** A PR with a violation, reviewed; then a push that fixes it. */
  async function fixedAfterReview(): Promise<{ pr: OpenPr; commentId: number; fixed: OpenPr }> {
    const pr = openPullRequest({ 'README.md': 'x\n' }, { 'k8s/web.yaml': pod('web', '  hostNetwork: true\n') })
    await review(pr, eventFor(pr, 'pull_request', 'opened'))
    const [comment] = commentsOf(pr.number)
    expect(comment).toBeDefined()
    const headSha = pr.repo.commit({ 'k8s/web.yaml': pod('web', '') }, 'fix')
    const pull = fake.state.pulls.get(pr.number)!
    pull.headSha = headSha
    pull.shas.push(headSha)
    pull.files = []
    return { pr, commentId: comment!.id, fixed: { ...pr, headSha } }
  }

  it('resolves the thread with GraphQL when the finding is gone, every operation valid against GitHub’s schema', async () => {
    const { commentId, fixed } = await fixedAfterReview()
    fake.state.graphql.length = 0
    const r = await review(fixed, eventFor(fixed, 'pull_request', 'synchronize'))
    expect(r.failed).toEqual([])
    expect(isResolved(commentId)).toBe(true)
    // Its text stays as written: the thread, not an edit, says it is resolved.
    expect(fake.state.reviewComments.get(commentId)!.body).not.toContain('Resolved')
    expect(fake.state.graphql.map(q => /^(query|mutation) (\w+)/.exec(q.query)?.slice(1, 3).join(' '))).toEqual([
      'query HostNamespaceGuardThreads',
      'mutation HostNamespaceGuardResolve',
    ])
  })

  it('edits the text instead when the token may not resolve threads (GraphQL FORBIDDEN)', async () => {
    const { commentId, fixed } = await fixedAfterReview()
    fake.forbidThreadResolution = true
    try {
      const r = await review(fixed, eventFor(fixed, 'pull_request', 'synchronize'))
      expect(isResolved(commentId)).toBe(false)
      expect(fake.state.reviewComments.get(commentId)!.body).toContain('✅ **Resolved**')
      expect(r.summary).toContain('may not resolve review threads')
    } finally {
      fake.forbidThreadResolution = false
    }
  })

  it('leaves a thread alone once a person replied in it', async () => {
    const { commentId, fixed } = await fixedAfterReview()
    fake.addReviewReply(commentId, { author: 'octocat', body: 'We need this for the demo, see SEC-9.' })
    await review(fixed, eventFor(fixed, 'pull_request', 'synchronize'))
    expect(isResolved(commentId)).toBe(false)
    expect(fake.state.reviewComments.get(commentId)!.body).not.toContain('Resolved')
  })
})

describe('a bulk pull request', () => {
  const daemonSet = (i: number) =>
    `apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: agent-${i}\n  namespace: nodes\nspec:\n  selector: {matchLabels: {app: agent-${i}}}\n  template:\n    metadata: {labels: {app: agent-${i}}}\n    spec:\n      hostNetwork: true\n      hostPID: true\n      hostIPC: true\n      containers:\n      - name: a\n        image: agent:${i}\n`

  it('40 DaemonSets: one comment per workload, at most review.maxComments (30) across three runs, the rest listed once', async () => {
    const files = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`k8s/agent-${String(i).padStart(2, '0')}.yaml`, daemonSet(i)]))
    const pr = openPullRequest({ 'README.md': 'x\n' }, files)
    const counts: number[] = []
    for (const action of ['opened', 'synchronize', 'reopened']) {
      const r = await review(pr, eventFor(pr, 'pull_request', action))
      expect(r.failed).toHaveLength(1)
      counts.push(commentsOf(pr.number).length)
    }
    expect(counts).toEqual([30, 30, 30])
    // One comment per DaemonSet, with one suggestion for its three adjacent fields.
    const first = commentsOf(pr.number)[0]!
    expect(first.body).toContain('shares the host network, PID and IPC namespaces (lines 11–13).')
    expect(first.body).toContain('```suggestion\n      hostNetwork: false\n      hostPID: false\n      hostIPC: false\n```')
    expect(first.startLine).toBe(11)
    // The other 10 DaemonSets' 30 findings are listed once, in the first review's body.
    const bodies = reviewsOf(pr.number).map(r => r.body)
    expect(bodies).toHaveLength(1)
    expect(bodies[0]).toContain('**30 more findings on changed lines** are not commented on inline (at most 30 comments on a pull request')
    // The check run has every finding: 120 annotations, one run.
    const runs = checkRunsOf(pr.headSha)
    expect(runs).toHaveLength(1)
    expect(runs[0]!.output.annotations).toHaveLength(120)
    expect(runs[0]!.output.summary).toMatch(/120 new findings share a host namespace/)
  }, 180_000)
})

describe('a fork pull request that adds an exception, through both stages', () => {
  it('stage 1 writes the report, stage 2 accepts and posts it; a label event goes through both stages and turns the same check run green', async () => {
    const pr = openPullRequest(BASE, { 'k8s/exporter.yaml': exporter(EXCEPTION) }, { fork: true })
    fake.addTeamMember(OWNER, 'platform-security', 'sec-lead')
    const reportFile = `${pr.repo.dir}/guard-report.json`
    /** Stage 1: the fork's read-only token, which cannot read team membership either. */
    const stageOne = async (e: Record<string, unknown>, eventName = 'pull_request') => {
      const from = fake.requests.length
      fake.forbidWrites()
      fake.fail({ operationId: 'teams/get-membership-for-user-in-org' }, { status: 403, message: 'Resource not accessible by integration', times: Infinity })
      const r = await review(pr, e, eventName, { comment: 'false', 'check-run': 'false', 'json-report': reportFile })
      fake.clearFaults()
      expect(fake.requests.slice(from).filter(q => q.method !== 'GET' && q.status < 400)).toEqual([])
      return r
    }
    const trusted = new TestRepo()
    trusted.commit({ '.github/host-namespace-guard.yml': CONFIG }, 'trusted')
    /** Stage 2: workflow_run, the trusted token, the downloaded report, no PR code. */
    const stageTwo = (event: string) => {
      copyFileSync(reportFile, `${trusted.dir}/guard-report.json`)
      const e = webhookExample('workflow_run', 'completed') as { workflow_run: Record<string, unknown> }
      e.workflow_run.head_sha = pr.headSha
      e.workflow_run.event = event
      return act(trusted.dir, 'workflow_run', e, { 'report-file': 'guard-report.json' }, pr.headSha)
    }

    const first = await stageOne(eventFor(pr, 'pull_request', 'opened'))
    expect(first.failed).toHaveLength(1)
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as { findings: Array<{ ruleId: string; fingerprint: unknown }> }
    expect(report.findings.map(f => f.ruleId)).toContain('exception-unapproved')
    for (const f of report.findings) expect(f.fingerprint).toMatch(/^[0-9a-f]{32}$/)

    const second = await stageTwo('pull_request')
    expect(second.failed).toHaveLength(1)
    expect(second.failed[0]).not.toMatch(/report|fingerprint/)
    const [check] = checkRunsOf(pr.headSha)
    expect(check).toMatchObject({ conclusion: 'failure' })
    const comment = unapprovedComment(pr.number)
    expect(comment).toBeDefined()
    expect(fake.state.requestedTeams.get(pr.number)).toEqual(['platform-security'])
    const comments = commentsOf(pr.number).length
    // A stage 2 re-run adds nothing.
    await stageTwo('pull_request')
    expect(commentsOf(pr.number)).toHaveLength(comments)
    expect(checkRunsOf(pr.headSha).map(c => c.id)).toEqual([check!.id])

    // A member applies the label: stage 1 (labeled) still cannot tell, stage 2 can: the same check run turns green.
    fake.addLabel(pr.number, LABEL, 'sec-lead')
    await stageOne(eventFor(pr, 'pull_request', 'labeled', e => (e.label.name = LABEL)))
    const approved = await stageTwo('pull_request')
    expect(approved.failed).toEqual([])
    expect(checkRunsOf(pr.headSha).map(c => [c.id, c.conclusion])).toEqual([[check!.id, 'success']])
    expect(isResolved(comment.id)).toBe(true)
    expect(fake.state.requestedTeams.get(pr.number)).toEqual(['platform-security'])

    // The label removed (a review-less stage 1 on unlabeled): red again.
    fake.removeLabel(pr.number, LABEL, 'sec-lead')
    await stageOne(eventFor(pr, 'pull_request', 'unlabeled', e => (e.label.name = LABEL)))
    const revoked = await stageTwo('pull_request')
    expect(revoked.failed).toHaveLength(1)
    expect(checkRunsOf(pr.headSha).map(c => [c.id, c.conclusion])).toEqual([[check!.id, 'failure']])
    expect(isResolved(comment.id)).toBe(false)
  }, 180_000)
})

describe('the two-stage report', () => {
  /** Every rule's documented incorrect examples (docs/rules/*.md), one file each: the findings a first stage can write. */
  const docExamples = () =>
    Object.fromEntries(
      BUILTIN_RULES.flatMap(rule =>
        [...readFileSync(rule.meta.docs, 'utf8').matchAll(/```yaml (incorrect|head)\n([\s\S]*?)```/g)].map((m, i) => [
          `examples/${rule.meta.id}-${i}.yaml`,
          m[2]!,
        ]),
      ),
    )

  it('stage 2 accepts every report stage 1 can write: one holding every rule’s findings round-trips', async () => {
    const extra = {
      Dockerfile: 'FROM alpine\nRUN --network=host apk add curl\n',
      'compose.yaml': 'services:\n  web:\n    image: nginx\n    network_mode: host\n',
      'run.sh': '#!/bin/sh\ndocker run --pid=host img\n',
      // A chart that fails to render (render-error), rendered by the real helm.
      'charts/broken/Chart.yaml': 'apiVersion: v2\nname: broken\nversion: 0.1.0\n',
      'charts/broken/templates/pod.yaml': '{{ fail "this chart does not render" }}\n',
    }
    // A committed admission policy that no longer matches the config (admission-policy-stale).
    const config =
      'exceptions:\n  namespaces: [monitoring]\n  approval:\n    team: octo-org/platform-security\nadmission:\n  file: deploy/admission-policy.yaml\n'
    const pr = openPullRequest(
      { '.github/host-namespace-guard.yml': config, 'deploy/admission-policy.yaml': '# stale\n' },
      { ...docExamples(), ...extra },
      { fork: true },
    )
    const reportFile = `${pr.repo.dir}/guard-report.json`
    fake.forbidWrites()
    const rec = recordingEnv({
      workspace: pr.repo.dir,
      eventName: 'pull_request',
      event: eventFor(pr, 'pull_request', 'opened'),
      inputs: { 'github-token': TOKEN, comment: 'false', 'check-run': 'false', 'json-report': reportFile },
      repository: `${OWNER}/${REPO}`,
      sha: pr.headSha,
      apiUrl: fake.url,
      connect: FAST,
      // The day the docs' examples are written for.
      now: new Date('2025-06-01T12:00:00Z'),
    })
    await run(rec.env)
    fake.clearFaults()
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as { findings: Array<{ ruleId: string }> }
    expect(new Set(report.findings.map(f => f.ruleId))).toEqual(new Set(BUILTIN_RULES.map(r => r.meta.id)))

    // Read exactly as the publishing run reads it: every field validated, nothing refused.
    const parsed = parseReport(readFileSync(reportFile, 'utf8'), pr.headSha)
    expect(parsed.findings).toHaveLength(report.findings.length)
    expect(new Set(parsed.findings.map(f => f.fingerprint)).size).toBe(report.findings.length)
  }, 120_000)

  it('stage 1 clips what stage 2 bounds: an exception message longer than the limit still round-trips', () => {
    const long = { ...placedFinding(), message: 'm'.repeat(REPORT_LIMITS.message + 500) }
    const written = boundedFinding(long)
    expect(written.message.length).toBe(REPORT_LIMITS.message)
    const report = {
      kind: REVIEW_REPORT_KIND,
      schemaVersion: 1,
      pullRequest: { number: 1, headSha: 'a'.repeat(40) },
      run: { filesScanned: 1, truncated: false },
      ...{ findings: [jsonFinding(written)], placements: [{ fingerprint: written.fingerprint, isNew: true, placement: 'inline' }] },
    }
    expect(() => parseReport(JSON.stringify(report), 'a'.repeat(40))).not.toThrow()
    const unclipped = { ...report, findings: [jsonFinding(long)] }
    expect(() => parseReport(JSON.stringify(unclipped), 'a'.repeat(40))).toThrow(
      `findings[0].message: expected a string of at most ${REPORT_LIMITS.message} characters`,
    )
  })
})

function placedFinding(): PlacedFinding {
  const at = { line: 3, column: 1 }
  return {
    ruleId: 'exception-unapproved',
    severity: 'error',
    file: 'k8s/a.yaml',
    span: { start: at, end: at, startOffset: 0, endOffset: 0 },
    resource: { display: 'DaemonSet/monitoring/a' },
    message: 'x',
    remediation: 'y',
    fieldPath: 'metadata.labels',
    fingerprint: 'ab'.repeat(16),
    isNew: true,
    placement: 'inline',
  }
}

/** A finding as the JSON report writes it (src/report/json.ts). */
const jsonFinding = (f: PlacedFinding) => ({
  ruleId: f.ruleId,
  severity: f.severity,
  file: f.file,
  line: f.span.start.line,
  column: f.span.start.column,
  endLine: f.span.end.line,
  endColumn: f.span.end.column,
  resource: f.resource.display,
  message: f.message,
  fieldPath: f.fieldPath,
  fingerprint: f.fingerprint,
  suppression: null,
})

describe('a summary a reviewer reads in five seconds', () => {
  const pod = (name: string, flags: string) =>
    `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  namespace: apps\nspec:\n${flags}  containers:\n  - name: c\n    image: registry.example/${name}:1\n`

  it('a verdict line, credit for what the PR removes, linked files, "covered", one definition of failing in every channel, and a job summary that points to the check run', async () => {
    const sarifFile = 'guard.sarif'
    const pr = openPullRequest(
      { ...BASE, 'k8s/exporter.yaml': exporter(EXCEPTION, false), 'k8s/old.yaml': pod('old', '  hostPID: true\n'), 'k8s/keep.yaml': pod('keep', '') },
      {
        // Two new violations, one old one fixed, and a finding an exception (already at the base) covers.
        'k8s/web.yaml': pod('web', '  hostNetwork: true\n'),
        'k8s/api.yaml': pod('api', '  hostIPC: true\n'),
        'k8s/old.yaml': pod('old', ''),
        'k8s/exporter.yaml': exporter(EXCEPTION),
      },
    )
    const r = await review(pr, eventFor(pr, 'pull_request', 'opened'), 'pull_request', { 'sarif-file': sarifFile })
    const [check] = checkRunsOf(pr.headSha)
    const summary = check!.output.summary!

    // One number everywhere: the step, the outputs, the JSON report, SARIF, the check run.
    const json = JSON.parse(readFileSync(r.outputs.report!, 'utf8')) as { summary: { failing: number } }
    const sarif = JSON.parse(readFileSync(`${pr.repo.dir}/${sarifFile}`, 'utf8')) as {
      runs: Array<{ properties: { failing: number }; results: Array<{ properties: { failing: boolean } }> }>
    }
    expect(r.failed).toEqual(['2 new finding(s) at or above "error" share a host namespace. See the summary for where and how to fix them.'])
    expect(r.outputs.failing).toBe('2')
    expect(json.summary.failing).toBe(2)
    expect(sarif.runs[0]!.properties.failing).toBe(2)
    expect(sarif.runs[0]!.results.filter(x => x.properties.failing)).toHaveLength(2)
    expect(check!.output.title).toBe('2 new findings share a host namespace')

    const lines = summary.split('\n')
    expect(lines[2]).toBe(
      '**Fails:** 2 findings at or above `error` block this pull request; each row below says where, and the review comments say how to fix it. This pull request removes 1 finding.',
    )
    expect(summary).toContain('| Where | What | Severity | Rule |')
    expect(summary).toContain(
      `| [k8s/web.yaml:7](https://github.com/${OWNER}/${REPO}/blob/${pr.headSha}/k8s/web.yaml#L7) | **Pod/apps/web** sets hostNetwork: true: shares the host network namespace. | error | host-network |`,
    )
    expect(summary).toContain(
      '| **DaemonSet/monitoring/exporter** sets hostNetwork: true: shares the host network namespace. \\(owner: team-observability; expires: 2099-12-31\\) | covered | host-network |',
    )

    // The job summary: the verdict, the counts and the way to the check run; not a second copy of the tables.
    expect(r.summary).toContain(lines[2])
    expect(r.summary).toContain(`[the check run](https://github.com/${OWNER}/${REPO}/runs/${check!.id})`)
    expect(r.summary).toContain('| [host-network]')
    expect(r.summary).not.toContain('### New findings')
    expect(r.summary.length).toBeLessThan(summary.length)
  }, 60_000)
})
