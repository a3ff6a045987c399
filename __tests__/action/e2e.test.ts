import { describe, it, expect } from '@jest/globals'
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs'
import { startGitHubApi, useGitHubApi, type FakeGitHub } from '../support/github-api-server.js'
import { pullRequestEvent, runBundledAction, TestRepo, webhookExample, type ActionRun } from '../support/action-runner.js'

/**
 * The bundled Action run as a runner runs it, against a local GitHub API that checks every
 * request (and its own answers) against GitHub's OpenAPI description.
 */
const TOKEN = 'ghs_e2eTestToken_0123456789abcdef'
const OWNER = 'octo-org'
const REPO = 'hello-world'

const pod = (name: string, flags: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  namespace: apps\nspec:\n${flags}  containers:\n  - name: c\n    image: registry.example/${name}:1\n`

let fake: FakeGitHub
let nextPr = 100

useGitHubApi({ owner: OWNER, repo: REPO, actor: 'github-actions[bot]' }, started => (fake = started))

/** A repository with a base commit and a PR head commit, registered with the fake API. */
function openPullRequest(base: Record<string, string>, change: Record<string, string | null>, opts: { fork?: boolean } = {}) {
  const repo = new TestRepo()
  const baseSha = repo.commit(base, 'base')
  const headSha = repo.commit(change, 'pr change')
  const number = nextPr++
  const pull = fake.addPullRequest({ number, headSha, files: repo.pullFiles(baseSha, headSha) })
  pull.baseSha = baseSha
  const event = pullRequestEvent({ number, baseSha, headSha, owner: OWNER, repo: REPO, fork: opts.fork })
  return { repo, baseSha, headSha, number, pull, event }
}

function run(
  pr: { repo: TestRepo; headSha: string; event: Record<string, unknown> },
  inputs: Record<string, string> = {},
  eventName = 'pull_request',
): Promise<ActionRun> {
  return runBundledAction({
    workspace: pr.repo.dir,
    eventName,
    event: pr.event,
    inputs: { 'github-token': TOKEN, mode: 'auto', 'fail-on': 'error', comment: 'true', 'check-run': 'true', 'check-name': 'Host Namespace Guard', ...inputs },
    apiUrl: fake.url,
    sha: pr.headSha,
    repository: `${OWNER}/${REPO}`,
  })
}

const reviewsOf = (n: number) => [...fake.state.reviews.values()].filter(r => r.pull === n)
const commentsOf = (n: number) => [...fake.state.reviewComments.values()].filter(c => c.pull === n)
const checkRunsFor = (sha: string) => [...fake.state.checkRuns.values()].filter(c => c.headSha === sha)

describe('pull request review (bundled dist/index.js)', () => {
  it('passes a clean pull request: success check, no review, outputs say so', async () => {
    const pr = openPullRequest({ 'k8s/web.yaml': pod('web', '') }, { 'k8s/web.yaml': pod('web', '  hostNetwork: false\n') })
    const r = await run(pr)
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ failed: 'false', findings: '0', 'new-findings': '0', failing: '0' })
    expect(reviewsOf(pr.number)).toEqual([])
    const [check] = checkRunsFor(pr.headSha)
    expect(check).toMatchObject({ name: 'Host Namespace Guard', status: 'completed', conclusion: 'success' })
    expect(r.summary).toContain('No new host namespace sharing')
    // The runner swallows ::add-mask:: lines; the token is masked before anything else is
    // printed, and appears nowhere else.
    expect(r.stdout.split('\n').find(l => l.trim())).toBe(`::add-mask::${TOKEN}`)
    expect((r.stdout + r.stderr).replace(/^::add-mask::.*$/gm, '')).not.toContain(TOKEN)
  })

  it('reviews a violation: one review with an inline suggestion, a failing check, a failed step', async () => {
    const pr = openPullRequest({ 'k8s/web.yaml': pod('web', '') }, { 'k8s/web.yaml': pod('web', '  hostNetwork: true\n') })
    const r = await run(pr)
    expect(r.code).toBe(1)
    expect(r.outputs).toMatchObject({ failed: 'true', findings: '1', 'new-findings': '1', failing: '1', counts: '{"host-network":1}' })
    expect(reviewsOf(pr.number)).toHaveLength(1)
    const [comment] = commentsOf(pr.number)
    expect(comment).toMatchObject({ path: 'k8s/web.yaml', line: 7 })
    expect(comment.body).toContain('```suggestion\n  hostNetwork: false\n```')
    expect(comment.body).toMatch(/<!-- host-namespace-guard:fp=[0-9a-f]{32} -->/)
    const [check] = checkRunsFor(pr.headSha)
    expect(check.conclusion).toBe('failure')
    expect(check.output.annotations).toEqual([expect.objectContaining({ path: 'k8s/web.yaml', start_line: 7, annotation_level: 'failure' })])
    expect(r.summary).toMatch(/\| \[host-network\]\(.*\) \| 1 \| 0 \| 0 \|/)
    expect(r.stdout).toContain('::error::1 new finding(s)')
  })

  it('after a push: no duplicate comment, the thread of the fixed finding is resolved', async () => {
    const pr = openPullRequest(
      { 'k8s/a.yaml': pod('a', ''), 'k8s/b.yaml': pod('b', '') },
      { 'k8s/a.yaml': pod('a', '  hostPID: true\n'), 'k8s/b.yaml': pod('b', '  hostIPC: true\n') },
    )
    await run(pr)
    expect(commentsOf(pr.number)).toHaveLength(2)
    // Push: fix b, touch a elsewhere so its finding moves down a line.
    const headSha = pr.repo.commit({ 'k8s/a.yaml': '# moved\n' + pod('a', '  hostPID: true\n'), 'k8s/b.yaml': pod('b', '') }, 'push')
    pr.pull.headSha = headSha
    pr.pull.shas.push(headSha)
    const files = pr.repo.pullFiles(pr.baseSha, headSha)
    pr.pull.files = files.map(f => ({ ...f, additions: 1, deletions: 0, sha: headSha }))
    ;(pr.event.pull_request as { head: { sha: string } }).head.sha = headSha
    const r = await run({ ...pr, headSha })
    expect(r.code).toBe(1)
    const comments = commentsOf(pr.number)
    expect(comments).toHaveLength(2)
    // Resolved as a thread (GraphQL resolveReviewThread), its text as written.
    expect(fake.state.resolvedThreads.has(comments.find(c => c.path === 'k8s/b.yaml')!.id)).toBe(true)
    expect(fake.state.resolvedThreads.has(comments.find(c => c.path === 'k8s/a.yaml')!.id)).toBe(false)
    expect(comments.map(c => c.body).join('\n')).not.toMatch(/Resolved/)
    expect(reviewsOf(pr.number)).toHaveLength(1)
  })

  it('marks nothing resolved when the scan stopped at maxFindings: a finding not collected is not fixed', async () => {
    const config = { '.github/host-namespace-guard.yml': 'maxFindings: 1\n' }
    const pr = openPullRequest({ ...config, 'k8s/b.yaml': pod('b', '') }, { 'k8s/b.yaml': pod('b', '  hostIPC: true\n') })
    await run(pr)
    expect(commentsOf(pr.number)).toHaveLength(1)
    // Push: a new finding sorts first and fills maxFindings; b's is still there, uncollected.
    const headSha = pr.repo.commit({ 'k8s/a.yaml': pod('a', '  hostPID: true\n') }, 'push')
    pr.pull.headSha = headSha
    pr.pull.shas.push(headSha)
    pr.pull.files = pr.repo.pullFiles(pr.baseSha, headSha).map(f => ({ ...f, additions: 1, deletions: 0, sha: headSha }))
    ;(pr.event.pull_request as { head: { sha: string } }).head.sha = headSha
    const r = await run({ ...pr, headSha })
    expect(r.code).toBe(1)
    const comments = commentsOf(pr.number)
    expect(comments.map(c => c.path).sort()).toEqual(['k8s/a.yaml', 'k8s/b.yaml'])
    expect(comments.find(c => c.path === 'k8s/b.yaml')!.body).not.toMatch(/Resolved/)
    expect(fake.state.resolvedThreads.has(comments.find(c => c.path === 'k8s/b.yaml')!.id)).toBe(false)
  })

  it('reports a violation on an unchanged line in the summary only, and does not fail', async () => {
    const pr = openPullRequest(
      { 'k8s/old.yaml': pod('old', '  hostNetwork: true\n') },
      { 'k8s/old.yaml': pod('old', '  hostNetwork: true\n').replace('image: registry.example/old:1', 'image: registry.example/old:2') },
    )
    const r = await run(pr)
    expect(r.code).toBe(0)
    expect(commentsOf(pr.number)).toEqual([])
    expect(r.outputs).toMatchObject({ findings: '1', 'new-findings': '0', failed: 'false' })
    // The job summary points to the check run, which lists it.
    expect(checkRunsFor(pr.headSha)[0].output.summary).toContain('Pre-existing findings (not introduced by this pull request)')
    expect(checkRunsFor(pr.headSha)[0].conclusion).toBe('success')
    // One verdict: the JSON report counts as failing exactly what the step does (a pre-existing
    // error is not failing in a pull request).
    const report = JSON.parse(readFileSync(r.outputs.report, 'utf8'))
    expect([report.summary.failing, report.findings[0].failing]).toEqual([0, false])
    expect(r.outputs.failing).toBe('0')
  })

  it("judges a PR by the base branch's config, not one the PR edits", async () => {
    const pr = openPullRequest(
      { '.github/host-namespace-guard.yml': 'rules:\n  host-ipc: warning\n', 'k8s/web.yaml': pod('web', '') },
      { '.github/host-namespace-guard.yml': 'rules:\n  host-network: off\n', 'k8s/web.yaml': pod('web', '  hostNetwork: true\n') },
    )
    const r = await run(pr)
    expect(r.code).toBe(1)
    expect(r.stdout).not.toContain('::error::.github')
    expect(r.outputs.counts).toBe('{"host-network":1}')
    expect(r.summary).toContain('judged by the base branch')
  })

  it('treats a copied file as new even when git finds no hunks in it', async () => {
    const ds = pod('agent', '  hostNetwork: true\n')
    const pr = openPullRequest({ 'k8s/agent.yaml': ds }, { 'k8s/agent.yaml': ds.replace('agent:1', 'agent:2'), 'k8s/agent-copy.yaml': ds })
    const r = await run(pr)
    const report = JSON.parse(readFileSync(r.outputs.report, 'utf8'))
    const copy = report.placements[report.findings.findIndex((f: { file: string }) => f.file === 'k8s/agent-copy.yaml')]
    expect(copy.isNew).toBe(true)
    expect(r.code).toBe(1)
  })

  it('treats a near-copy of an existing violation as a new workload', async () => {
    const legacy = pod('legacy', '  hostNetwork: true\n')
    const pr = openPullRequest(
      { 'k8s/legacy.yaml': legacy },
      { 'k8s/legacy.yaml': '# touched\n' + legacy, 'k8s/new-agent.yaml': legacy.replace('name: legacy', 'name: new-agent') },
    )
    const r = await run(pr)
    const report = JSON.parse(readFileSync(r.outputs.report, 'utf8'))
    const placed = (file: string) => report.placements[report.findings.findIndex((f: { file: string }) => f.file === file)]
    expect(placed('k8s/new-agent.yaml').isNew).toBe(true)
    expect(placed('k8s/legacy.yaml').isNew).toBe(false)
    expect(r.code).toBe(1)
  })

  it('is not fooled by a .gitattributes in the pull request that hides its changes from git diff', async () => {
    const pr = openPullRequest(
      { 'k8s/web.yaml': pod('web', '') },
      { '.gitattributes': '*.yaml -diff\n*.yml binary\n', 'k8s/web.yaml': pod('web', '  hostNetwork: true\n') },
    )
    const r = await run(pr)
    expect(r.code).toBe(1)
    expect(r.outputs).toMatchObject({ 'new-findings': '1', failed: 'true' })
    // GitHub shows such a file as binary too, with no lines to comment on: the check run carries it.
    expect(checkRunsFor(pr.headSha)[0].conclusion).toBe('failure')
  })

  it('fails on pre-existing findings when asked to', async () => {
    const pr = openPullRequest({ 'k8s/old.yaml': pod('old', '  hostNetwork: true\n') }, { 'k8s/old.yaml': '# touched\n' + pod('old', '  hostNetwork: true\n') })
    const r = await run(pr, { 'fail-on-preexisting': 'true' })
    expect(r.code).toBe(1)
    expect(checkRunsFor(pr.headSha)[0].conclusion).toBe('failure')
    // The heading and the title agree with the conclusion.
    expect(checkRunsFor(pr.headSha)[0].output.title).toBe('1 finding shares a host namespace (1 pre-existing)')
    expect(r.summary).toMatch(/^## ❌ Host Namespace Guard: 1 finding shares a host namespace/m)
    expect(r.summary).not.toContain('✅')
  })

  it('degrades on a fork PR with a read-only token: annotations and summary, right exit code', async () => {
    const pr = openPullRequest({ 'k8s/web.yaml': pod('web', '') }, { 'k8s/web.yaml': pod('web', '  hostNetwork: true\n') }, { fork: true })
    fake.forbidWrites()
    const r = await run(pr)
    expect(r.code).toBe(1)
    expect(commentsOf(pr.number)).toEqual([])
    expect(checkRunsFor(pr.headSha)).toEqual([])
    expect(r.stdout).toMatch(/::error title=host-network,file=k8s\/web\.yaml,line=7,endLine=7,col=16,endColumn=20::/)
    expect(r.summary).toContain('token is read-only')
    // No check run to point to: the job summary is the whole summary.
    expect(r.summary).toContain(
      `| [k8s/web.yaml:7](https://github.com/${OWNER}/${REPO}/blob/${pr.headSha}/k8s/web.yaml#L7) | **Pod/apps/web** sets hostNetwork`,
    )
  })

  it('batches 120 findings: one review request with 50 comments, one per pod (the rest listed), annotations 50 per request', async () => {
    const many = Array.from({ length: 60 }, (_, i) => pod(`p${i}`, '  hostNetwork: true\n  hostPID: true\n')).join('---\n')
    const config = { '.github/host-namespace-guard.yml': 'review:\n  maxComments: 100\n' }
    const pr = openPullRequest({ ...config, 'k8s/many.yaml': pod('seed', '') }, { 'k8s/many.yaml': many })
    const r = await run(pr)
    expect(r.code).toBe(1)
    expect(r.outputs.findings).toBe('120')
    expect(fake.requestsFor('pulls/create-review')).toHaveLength(1)
    expect(commentsOf(pr.number)).toHaveLength(50)
    const [review] = reviewsOf(pr.number)
    expect(review.body).toContain('**20 more findings on changed lines** are not commented on inline (at most 100 comments on a pull request, 50 per review)')
    expect(review.body.split('\n').filter(l => /^- k8s\/many\.yaml:\d+ \(`host-(network|pid)`, error\): /.test(l))).toHaveLength(20)
    const [check] = checkRunsFor(pr.headSha)
    expect(check.output.annotations).toHaveLength(120)
    expect(check.writes).toBe(3)
    expect(r.summary).toContain('20 more finding(s) on changed lines were listed in the review body')
    // Reads: review comments, reviews and the commit's check runs once each; writes: 1 review + 3 check-run requests. Nothing per finding.
    expect(fake.requests.length).toBeLessThanOrEqual(8)
  })

  it('puts failing findings first when capping inline comments', async () => {
    const many = Array.from({ length: 60 }, (_, i) => pod(`p${i}`, '  hostIPC: true\n')).join('---\n')
    const failingPod = pod('net', '  hostNetwork: true\n')
    const pr = openPullRequest(
      { 'k8s/many.yaml': pod('seed', ''), '.github/host-namespace-guard.yml': 'rules:\n  host-ipc: warning\nreview:\n  maxComments: 100\n' },
      { 'k8s/many.yaml': `${many}---\n${failingPod}` },
    )
    const r = await run(pr)
    expect(r.code).toBe(1)
    expect(r.outputs).toMatchObject({ findings: '61', failing: '1' })
    const comments = commentsOf(pr.number)
    expect(comments).toHaveLength(50)
    expect(comments.filter(c => c.body.includes('`host-network`'))).toHaveLength(1)
  })

  it('ignores marker comments a person wrote: they neither suppress nor get "resolved"', async () => {
    const pr = openPullRequest({ 'k8s/web.yaml': pod('web', '') }, { 'k8s/web.yaml': pod('web', '  hostNetwork: true\n') })
    const first = await run(pr, { comment: 'false', 'check-run': 'false' })
    const report = JSON.parse(readFileSync(first.outputs.report, 'utf8'))
    const fp = report.findings[0].fingerprint as string
    // The author forges our marker for the real finding, and one for a finding that does not exist.
    const forged = fake.addReviewComment(pr.number, {
      path: 'k8s/web.yaml',
      line: 7,
      body: `looks fine <!-- host-namespace-guard:fp=${fp} -->`,
      author: 'octocat',
    })
    const other = fake.addReviewComment(pr.number, {
      path: 'k8s/web.yaml',
      line: 7,
      body: `<!-- host-namespace-guard:fp=${'0'.repeat(32)} -->`,
      author: 'octocat',
    })
    const r = await run(pr)
    expect(r.code).toBe(1)
    const ours = commentsOf(pr.number).filter(c => c.author === 'github-actions[bot]')
    expect(ours).toHaveLength(1)
    expect(ours[0].body).toContain(`fp=${fp}`)
    expect(fake.state.reviewComments.get(forged.id)!.body).toMatch(/^looks fine/)
    expect(fake.state.reviewComments.get(other.id)!.body).not.toMatch(/Resolved/)
    expect(fake.requestsFor('pulls/update-review-comment')).toEqual([])
  })

  it('lists findings outside the diff in the review body with filter-mode file, once', async () => {
    const old = pod('old', '  hostNetwork: true\n').replace('name: old', 'name: "old@evil <b>x</b>"')
    const pr = openPullRequest({ 'k8s/old.yaml': old }, { 'k8s/old.yaml': old.replace('image: registry.example/old:1', 'image: registry.example/old:2') })
    const pull = fake.state.pulls.get(pr.number)!
    // GitHub sent no patch (a very large file): every finding in it is new and has no diff line.
    pull.files = pull.files.map(f => ({ ...f, patch: undefined }))
    const r = await run(pr, { 'filter-mode': 'file', 'diff-source': 'api' })
    expect(r.code).toBe(1)
    expect(commentsOf(pr.number)).toEqual([])
    const [review] = reviewsOf(pr.number)
    expect(review.body).toContain('**1 finding in changed files without a line in the diff to comment on:**')
    expect(review.body).toMatch(/^- k8s\/old\.yaml:7 \(`host-network`, error\): /m)
    expect(review.body).not.toContain('<b>')
    expect(review.body).not.toContain('@evil')
    // A re-run does not list it again.
    await run(pr, { 'filter-mode': 'file', 'diff-source': 'api' })
    expect(reviewsOf(pr.number)).toHaveLength(1)
  })

  it('scans a renamed file at its new path and skips a deleted one', async () => {
    const pr = openPullRequest(
      { 'k8s/before.yaml': pod('r', '  hostPID: true\n'), 'k8s/gone.yaml': pod('g', '  hostIPC: true\n') },
      { 'k8s/before.yaml': null, 'k8s/after.yaml': pod('r', '  hostPID: true\n'), 'k8s/gone.yaml': null },
    )
    const r = await run(pr)
    expect(r.code).toBe(0)
    const report = JSON.parse(readFileSync(r.outputs.report, 'utf8'))
    expect(report.findings.map((f: { file: string; ruleId: string }) => `${f.file} ${f.ruleId}`)).toEqual(['k8s/after.yaml host-pid'])
    expect(report.placements[0]).toMatchObject({ isNew: false, placement: 'summary' })
  })

  it('retries an API 500 and still posts', async () => {
    const pr = openPullRequest({ 'k8s/web.yaml': pod('web', '') }, { 'k8s/web.yaml': pod('web', '  hostIPC: yes\n') })
    const fault = fake.fail({ operationId: 'checks/create' }, { status: 500, times: 1 })
    const r = await run(pr)
    expect(r.code).toBe(1)
    expect(fault.hits).toBe(1)
    expect(checkRunsFor(pr.headSha)).toHaveLength(1)
  })

  it('uses the API file list when the checkout has no git history', async () => {
    const pr = openPullRequest({ 'k8s/web.yaml': pod('web', '') }, { 'k8s/web.yaml': pod('web', '  hostNetwork: true\n') })
    const r = await run(pr, { 'diff-source': 'api' })
    expect(r.code).toBe(1)
    expect(commentsOf(pr.number)).toHaveLength(1)
    expect(r.summary).toContain('come from the GitHub API')
  })
})

describe('full scan and other events (bundled dist/index.js)', () => {
  it('scans the whole repository on workflow_dispatch', async () => {
    const repo = new TestRepo()
    const sha = repo.commit({
      'a/pod.yaml': pod('a', '  hostNetwork: true\n'),
      'b/compose.yaml': 'services:\n  x:\n    image: y\n    pid: host\n',
      'c/ok.yaml': pod('c', ''),
    })
    fake.addCommit(sha)
    const event = webhookExample('workflow_dispatch')
    const r = await run({ repo, headSha: sha, event }, {}, 'workflow_dispatch')
    expect(r.code).toBe(1)
    expect(r.outputs).toMatchObject({ findings: '2', failed: 'true' })
    const [check] = checkRunsFor(sha)
    expect(check.output.annotations.map(a => a.path).sort()).toEqual(['a/pod.yaml', 'b/compose.yaml'])
    expect(fake.requestsFor('pulls/create-review')).toEqual([])
  })

  it('does nothing, neutrally, on an event it does not handle', async () => {
    const repo = new TestRepo()
    const sha = repo.commit({ 'a/pod.yaml': pod('a', '  hostNetwork: true\n') })
    const r = await run({ repo, headSha: sha, event: webhookExample('issues') }, {}, 'issues')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('::notice::Host Namespace Guard has nothing to do on "issues" events')
    expect(r.outputs.failed).toBe('false')
    expect(fake.requests).toEqual([])
  })

  it('rejects an invalid input with a clear message', async () => {
    const repo = new TestRepo()
    const sha = repo.commit({ 'x.yaml': 'a: 1\n' })
    const r = await run({ repo, headSha: sha, event: webhookExample('workflow_dispatch') }, { 'fail-on': 'fatal' }, 'workflow_dispatch')
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('::error::input fail-on: "fatal" is not one of error, warning, note, never')
  })
})

describe('smoke workflow dispatch (bundled dist/index.js)', () => {
  const dockerfile = 'FROM alpine:3.20\nRUN echo built > /built\n'
  const smokeInputs = { 'build-check': 'true', 'smoke-workflow': 'smoke.yml' }

  it('dispatches the smoke workflow once, on the PR head branch, with the matrix', async () => {
    const pr = openPullRequest({ 'k8s/web.yaml': pod('web', '') }, { 'app/Dockerfile': dockerfile })
    const before = fake.state.dispatches.length
    const r = await run(pr, smokeInputs)
    expect(r.code).toBe(0)
    const matrix = { include: [{ check: 'build', dockerfile: 'app/Dockerfile', context: 'app' }] }
    expect(JSON.parse(r.outputs['smoke-matrix'])).toEqual(matrix)
    const head = (pr.event.pull_request as { head: { ref: string } }).head.ref
    expect(fake.state.dispatches.slice(before)).toEqual([{ workflowId: 'smoke.yml', ref: head, inputs: { matrix: JSON.stringify(matrix) } }])
    expect(r.stdout).toContain(`smoke-workflow: dispatched smoke.yml on ${head} with 1 smoke check(s).`)
  })

  it('never dispatches for a fork PR, and says so in a notice', async () => {
    const pr = openPullRequest({ 'k8s/web.yaml': pod('web', '') }, { 'app/Dockerfile': dockerfile }, { fork: true })
    const before = fake.state.dispatches.length
    const r = await run(pr, smokeInputs)
    expect(r.code).toBe(0)
    expect(JSON.parse(r.outputs['smoke-matrix']).include).toHaveLength(1)
    expect(fake.state.dispatches.length).toBe(before)
    expect(r.stdout).toMatch(/::notice::smoke-workflow: smoke\.yml was not dispatched: this pull request comes from a fork/)
  })

  it('a failed dispatch is a warning and does not change the result', async () => {
    const pr = openPullRequest({ 'k8s/web.yaml': pod('web', '') }, { 'app/Dockerfile': dockerfile, 'k8s/web.yaml': pod('web', '  hostPID: true\n') })
    const before = fake.state.dispatches.length
    fake.fail({ operationId: 'actions/create-workflow-dispatch' }, { status: 404, times: 1 })
    const r = await run(pr, smokeInputs)
    expect(r.code).toBe(1)
    expect(r.outputs).toMatchObject({ failed: 'true', failing: '1' })
    expect(fake.state.dispatches.length).toBe(before)
    expect(r.stdout).toMatch(/::warning::smoke-workflow: could not dispatch smoke\.yml on .*The scan's result is unaffected\./)
    expect(checkRunsFor(pr.headSha)[0].conclusion).toBe('failure')
  })
})

describe('exceptions through the Action (bundled dist/index.js)', () => {
  const config = 'exceptions:\n  namespaces: [monitoring]\n  approval:\n    label: host-namespace-exception-approved\n    team: octo-org/platform-security\n'
  const policyFile =
    'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: exporter, namespace: monitoring}\nspec:\n  podSelector: {matchLabels: {app: exporter}}\n'
  const exporter = (annotations: string) =>
    `apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: exporter\n  namespace: monitoring\n  labels: {app: exporter${annotations ? ', host-namespace-guard.io/exception: "true"' : ''}}\n${annotations}spec:\n  selector: {matchLabels: {app: exporter}}\n  template:\n    metadata: {labels: {app: exporter}}\n    spec:\n      hostNetwork: true\n      securityContext: {runAsNonRoot: true}\n      containers:\n      - name: e\n        image: exporter:1\n        securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}\n`
  const annotations =
    '  annotations:\n    host-namespace-guard.io/allow: hostNetwork\n    host-namespace-guard.io/owner: team-observability\n    host-namespace-guard.io/risk-acceptance: "SEC-1: reads node network statistics"\n    host-namespace-guard.io/expires: "2099-12-31"\n'
  const base = {
    '.github/host-namespace-guard.yml': config,
    'policies/np.yaml': policyFile,
    'k8s/exporter.yaml': exporter('').replace('      hostNetwork: true\n', ''),
  }

  it('fails a PR that adds an exception without approval, saying what to do', async () => {
    const pr = openPullRequest(base, { 'k8s/exporter.yaml': exporter(annotations) })
    const r = await run(pr)
    expect(r.code).toBe(1)
    const report = JSON.parse(readFileSync(r.outputs.report, 'utf8'))
    const ids = report.findings.map((f: { ruleId: string; suppression: unknown }) => `${f.ruleId}${f.suppression ? ' (suppressed)' : ''}`)
    expect(ids).toEqual(expect.arrayContaining(['host-network (suppressed)', 'exception-unapproved']))
    expect(ids).not.toContain('exception-missing-control')
    expect(r.summary).toContain('adds or widens host namespace exceptions')
    expect(checkRunsFor(pr.headSha)[0].conclusion).toBe('failure')
  })

  it('passes the same PR once a team member applies the approval label', async () => {
    const pr = openPullRequest(base, { 'k8s/exporter.yaml': exporter(annotations) })
    fake.addTeamMember('octo-org', 'platform-security', 'sec-lead')
    fake.addLabel(pr.number, 'host-namespace-exception-approved', 'sec-lead')
    const r = await run(pr)
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ failed: 'false', 'new-findings': '0' })
    expect(checkRunsFor(pr.headSha)[0].output.summary).toContain('Exceptions in force')
    expect(checkRunsFor(pr.headSha)[0].conclusion).toBe('success')
  })

  it('does not crash when the token cannot read team membership (default GITHUB_TOKEN): unapproved, saying why', async () => {
    const pr = openPullRequest(base, { 'k8s/exporter.yaml': exporter(annotations) })
    fake.addTeamMember('octo-org', 'platform-security', 'sec-lead')
    fake.addLabel(pr.number, 'host-namespace-exception-approved', 'sec-lead')
    fake.fail({ operationId: 'teams/get-membership-for-user-in-org' }, { status: 403, message: 'Resource not accessible by integration', times: Infinity })
    const r = await run(pr)
    expect(r.code).toBe(1)
    expect(r.outputs).toMatchObject({ failed: 'true', counts: expect.stringContaining('"exception-unapproved":1') })
    expect(r.summary).toContain('Members: read')
    expect(r.summary).toContain('the default GITHUB\\_TOKEN cannot read it')
    expect(checkRunsFor(pr.headSha)[0].conclusion).toBe('failure')
  })

  it('publishes a covered finding as covered in two-stage mode: stage 2 passes when stage 1 did', async () => {
    // The exception is already on the base branch (no approval needed); the PR turns hostNetwork on.
    const pr = openPullRequest(
      { ...base, 'k8s/exporter.yaml': exporter(annotations).replace('      hostNetwork: true\n', '') },
      { 'k8s/exporter.yaml': exporter(annotations) },
      { fork: true },
    )
    const reportFile = `${pr.repo.dir}/guard-report.json`
    fake.forbidWrites()
    const first = await run(pr, { comment: 'false', 'check-run': 'false', 'json-report': reportFile })
    fake.clearFaults()
    expect(first.code).toBe(0)
    const report = JSON.parse(readFileSync(reportFile, 'utf8'))
    expect(report.findings.map((f: { ruleId: string; suppression: unknown }) => [f.ruleId, f.suppression !== null])).toEqual([['host-network', true]])

    const trusted = new TestRepo()
    copyFileSync(reportFile, `${trusted.dir}/guard-report.json`)
    const event = webhookExample('workflow_run', 'completed') as { workflow_run: Record<string, unknown> }
    event.workflow_run.head_sha = pr.headSha
    event.workflow_run.event = 'pull_request'
    const second = await run({ repo: trusted, headSha: pr.headSha, event }, { 'report-file': 'guard-report.json' }, 'workflow_run')
    expect(second.code).toBe(0)
    expect(second.outputs).toMatchObject({ failed: 'false', failing: '0', 'new-findings': '0' })
    expect(checkRunsFor(pr.headSha)[0]).toMatchObject({ conclusion: 'success' })
    expect(commentsOf(pr.number)).toEqual([])
    expect(checkRunsFor(pr.headSha)[0].output.summary).toContain('Exceptions in force')
    expect(checkRunsFor(pr.headSha)[0].output.summary).toContain('team-observability')
  })

  it('refuses a report whose exception is malformed', async () => {
    const pr = openPullRequest(
      { ...base, 'k8s/exporter.yaml': exporter(annotations).replace('      hostNetwork: true\n', '') },
      { 'k8s/exporter.yaml': exporter(annotations) },
      { fork: true },
    )
    const reportFile = `${pr.repo.dir}/guard-report.json`
    fake.forbidWrites()
    await run(pr, { comment: 'false', 'check-run': 'false', 'json-report': reportFile })
    fake.clearFaults()
    const report = JSON.parse(readFileSync(reportFile, 'utf8'))
    report.findings[0].suppression = { ...report.findings[0].suppression, justification: 'x'.repeat(5000) }
    const trusted = new TestRepo()
    writeFileSync(`${trusted.dir}/guard-report.json`, JSON.stringify(report))
    const event = webhookExample('workflow_run', 'completed') as { workflow_run: Record<string, unknown> }
    event.workflow_run.head_sha = pr.headSha
    const r = await run({ repo: trusted, headSha: pr.headSha, event }, { 'report-file': 'guard-report.json' }, 'workflow_run')
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('::error::findings[0].suppression.justification: expected a string of at most 4000 characters')
    expect(checkRunsFor(pr.headSha)).toEqual([])
  })

  it('opens the monthly review issue once, then updates it', async () => {
    const repo = new TestRepo()
    const sha = repo.commit({ ...base, 'k8s/exporter.yaml': exporter(annotations) })
    fake.addCommit(sha)
    const first = await run({ repo, headSha: sha, event: webhookExample('workflow_dispatch') }, { mode: 'exceptions-report' }, 'workflow_dispatch')
    expect(first.code).toBe(0)
    expect(first.summary).toContain('team-observability')
    const issues = () => [...fake.state.issues.values()].filter(i => !i.isPull && (i.body ?? '').includes('host-namespace-guard:exceptions-report'))
    expect(issues()).toHaveLength(1)
    repo.commit({ 'k8s/exporter.yaml': exporter(annotations.replace('2099-12-31', '2098-06-30')) })
    // A schedule event's payload is just the cron line (no webhook exists for it).
    const second = await run({ repo, headSha: sha, event: { schedule: '0 8 1 * *' } }, { mode: 'exceptions-report' }, 'schedule')
    expect(second.code).toBe(0)
    expect(issues()).toHaveLength(1)
    expect(issues()[0].body).toContain('2098-06-30')
  })
})

describe('two-stage fork-safe publishing (bundled dist/index.js)', () => {
  const stageOne = async () => {
    const pr = openPullRequest({ 'k8s/web.yaml': pod('web', '') }, { 'k8s/web.yaml': pod('web', '  hostNetwork: true\n') }, { fork: true })
    const reportFile = `${pr.repo.dir}/guard-report.json`
    fake.forbidWrites()
    const first = await run(pr, { comment: 'false', 'check-run': 'false', 'json-report': reportFile })
    fake.clearFaults()
    expect(first.code).toBe(1)
    expect(fake.requests.filter(r => r.method !== 'GET')).toEqual([])
    return { pr, reportFile }
  }
  const workflowRun = (headSha: string) => {
    const event = webhookExample('workflow_run', 'completed') as { workflow_run: Record<string, unknown> }
    event.workflow_run.head_sha = headSha
    event.workflow_run.event = 'pull_request'
    return event
  }

  it("publishes the read-only run's report from workflow_run: review without suggestions, check run", async () => {
    const { pr, reportFile } = await stageOne()
    // The trusted job has no PR checkout: only the downloaded report in an empty workspace.
    const trusted = new TestRepo()
    const copied = `${trusted.dir}/guard-report.json`
    copyFileSync(reportFile, copied)
    const r = await run({ repo: trusted, headSha: pr.headSha, event: workflowRun(pr.headSha) }, { 'report-file': 'guard-report.json' }, 'workflow_run')
    expect(r.code).toBe(1)
    const [comment] = commentsOf(pr.number)
    expect(comment).toMatchObject({ path: 'k8s/web.yaml', line: 7 })
    expect(comment.body).not.toContain('```suggestion')
    expect(checkRunsFor(pr.headSha)[0]).toMatchObject({ conclusion: 'failure' })
    expect(r.summary).toContain('suggestions are not posted in this mode')
  })

  it('refuses a report that names another pull request than the one the workflow run built', async () => {
    const { pr, reportFile } = await stageOne()
    // Another open PR touching the same file: the fork wants its findings (or its words) posted there.
    const victim = fake.addPullRequest({ files: fake.state.pulls.get(pr.number)!.files.map(f => ({ filename: f.filename, status: f.status, patch: f.patch })) })
    const trusted = new TestRepo()
    const report = JSON.parse(readFileSync(reportFile, 'utf8'))
    writeFileSync(`${trusted.dir}/retargeted.json`, JSON.stringify({ ...report, pullRequest: { ...report.pullRequest, number: victim.number } }))
    const r = await run({ repo: trusted, headSha: pr.headSha, event: workflowRun(pr.headSha) }, { 'report-file': 'retargeted.json' }, 'workflow_run')
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(
      `::error::report names pull request #${victim.number}, whose head is ${victim.headSha}, but the workflow run is for ${pr.headSha}`,
    )
    expect(commentsOf(victim.number)).toEqual([])
    expect(reviewsOf(victim.number)).toEqual([])
    expect(checkRunsFor(pr.headSha)).toEqual([])
  })

  it("refuses a report for another commit and ignores findings outside the PR's files", async () => {
    const { pr, reportFile } = await stageOne()
    const trusted = new TestRepo()
    const report = JSON.parse(readFileSync(reportFile, 'utf8'))
    writeFileSync(`${trusted.dir}/forged.json`, JSON.stringify({ ...report, pullRequest: { ...report.pullRequest, headSha: 'f'.repeat(40) } }))
    const forged = await run({ repo: trusted, headSha: pr.headSha, event: workflowRun(pr.headSha) }, { 'report-file': 'forged.json' }, 'workflow_run')
    expect(forged.code).toBe(1)
    expect(forged.stdout).toContain(`::error::report is for commit ffffffffffffffffffffffffffffffffffffffff, but the workflow run is for ${pr.headSha}`)
    expect(commentsOf(pr.number)).toEqual([])

    report.findings[0].file = '.github/workflows/other.yml'
    writeFileSync(`${trusted.dir}/outside.json`, JSON.stringify(report))
    const outside = await run({ repo: trusted, headSha: pr.headSha, event: workflowRun(pr.headSha) }, { 'report-file': 'outside.json' }, 'workflow_run')
    expect(outside.code).toBe(0)
    expect(outside.summary).toContain('named files that are not part of this pull request and were ignored')
    expect(commentsOf(pr.number)).toEqual([])
  })
})

describe('GitHub Enterprise Server (bundled dist/index.js)', () => {
  it('talks to the API under GITHUB_API_URL with an /api/v3 prefix', async () => {
    const ghes = await startGitHubApi({ owner: OWNER, repo: REPO, pathPrefix: '/api/v3' })
    try {
      const repo = new TestRepo()
      const sha = repo.commit({ 'k8s/p.yaml': pod('p', '  hostIPC: true\n') })
      ghes.addCommit(sha)
      const r = await runBundledAction({
        workspace: repo.dir,
        eventName: 'push',
        event: webhookExample('push'),
        inputs: { 'github-token': TOKEN },
        apiUrl: ghes.url,
        sha,
        repository: `${OWNER}/${REPO}`,
      })
      expect(r.code).toBe(1)
      expect([...ghes.state.checkRuns.values()].map(c => c.conclusion)).toEqual(['failure'])
      expect(ghes.violations).toEqual([])
    } finally {
      await ghes.close()
    }
  })
})
