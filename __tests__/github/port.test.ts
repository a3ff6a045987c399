import { describe, it, expect, beforeAll, afterAll, beforeEach, afterEach } from '@jest/globals'
import { startGitHubApi, type FakeGitHub } from '../support/github-api-server.js'
import { connect } from '../../src/github/octokit.js'
import {
  GitHubApiError,
  GitHubWriteForbidden,
  MAX_PR_FILES,
  ReviewCommentsRejected,
  type CheckRunDraft,
  type GitHubPort,
  type ReviewCommentDraft,
} from '../../src/github/port.js'

const TOKEN = 'ghs_contractTestToken0123456789'
const PATCH = ['@@ -1,3 +1,6 @@', ' apiVersion: v1', ' kind: Pod', '+spec:', '+  hostNetwork: true', '+  hostPID: true', ' metadata: {}'].join('\n')

let fake: FakeGitHub
let port: GitHubPort
let logs: string[]

beforeAll(async () => {
  fake = await startGitHubApi({ owner: 'acme', repo: 'cluster' })
})

afterAll(async () => {
  await fake.close()
})

beforeEach(() => {
  fake.clearFaults()
  fake.clearLog()
  fake.reviewCommentLimit = undefined
  logs = []
  port = connect(
    TOKEN,
    { owner: 'acme', repo: 'cluster' },
    { baseUrl: fake.url, retries: 2, retryAfterBaseValue: 1, writePacing: false, log: m => logs.push(m) },
  )
})

afterEach(() => {
  // Every request the port sent matched GitHub's OpenAPI description, and so did every answer.
  expect(fake.violations).toEqual([])
  expect(logs.join('\n')).not.toContain(TOKEN)
})

/** A review body as the port posts it: the text, then the hidden marker of that one request. */
const WRITE_MARKED = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n\n<!-- host-namespace-guard:write=[0-9a-f]{16} -->$`)
const files = (n: number, patch: string | undefined = PATCH) =>
  Array.from({ length: n }, (_, i) => ({ filename: `k8s/app-${i}.yaml`, ...(patch !== undefined ? { patch } : {}) }))
const annotations = (n: number): CheckRunDraft['annotations'] =>
  Array.from({ length: n }, (_, i) => ({
    path: 'k8s/pod.yaml',
    start_line: i + 1,
    end_line: i + 1,
    annotation_level: 'failure' as const,
    message: `finding ${i}`,
  }))
const checkRun = (n: number): CheckRunDraft => ({
  name: 'Host Namespace Guard',
  headSha: '',
  conclusion: 'failure',
  title: `${n} findings`,
  summary: 'Pods share host namespaces.',
  annotations: annotations(n),
})

describe('changedFiles', () => {
  it('reads every page, 100 files per request, keeping renames and files without a patch', async () => {
    const pr = fake.addPullRequest({
      files: [
        ...files(248),
        { filename: 'new/name.yaml', status: 'renamed', previous_filename: 'old/name.yaml', patch: PATCH },
        { filename: 'chart.tgz', status: 'added' },
      ],
    })
    const { files: got, truncated } = await port.changedFiles(pr.number)
    expect(truncated).toBe(false)
    expect(got).toHaveLength(250)
    expect(got[0]).toEqual({ path: 'k8s/app-0.yaml', status: 'modified', patch: PATCH })
    expect(got[248]).toEqual({ path: 'new/name.yaml', previousPath: 'old/name.yaml', status: 'renamed', patch: PATCH })
    expect(got[249]).toEqual({ path: 'chart.tgz', status: 'added' })
    expect(fake.requestsFor('pulls/list-files').map(r => r.query)).toEqual([
      { per_page: '100' },
      { per_page: '100', page: '2' },
      { per_page: '100', page: '3' },
    ])
  })

  it('stops at 3000 files and says the list is truncated', async () => {
    const pr = fake.addPullRequest({ files: files(3004, undefined) })
    const { files: got, truncated } = await port.changedFiles(pr.number)
    expect(got).toHaveLength(MAX_PR_FILES)
    expect(truncated).toBe(true)
    expect(fake.requestsFor('pulls/list-files')).toHaveLength(30)
    expect(fake.requestsFor('pulls/get')).toHaveLength(1)
  })

  it('exactly 3000 files is not truncated', async () => {
    const pr = fake.addPullRequest({ files: files(3000, undefined) })
    expect((await port.changedFiles(pr.number)).truncated).toBe(false)
  })

  it('retries a 500 and then succeeds', async () => {
    const pr = fake.addPullRequest({ files: files(3) })
    const fault = fake.fail({ operationId: 'pulls/list-files' }, { status: 500 })
    const { files: got } = await port.changedFiles(pr.number)
    expect(got).toHaveLength(3)
    expect(fault.hits).toBe(1)
    expect(fake.requestsFor('pulls/list-files').map(r => r.status)).toEqual([500, 200])
  })

  it('gives up after the configured retries with a GitHubApiError', async () => {
    const pr = fake.addPullRequest({ files: files(3) })
    fake.fail({ operationId: 'pulls/list-files' }, { status: 502, times: Infinity })
    const err = await port.changedFiles(pr.number).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(GitHubApiError)
    expect(err).not.toBeInstanceOf(GitHubWriteForbidden)
    expect(err).toMatchObject({ status: 502, operation: 'pulls.listFiles' })
    expect(fake.requestsFor('pulls/list-files')).toHaveLength(3) // 1 + 2 retries
  })

  it('waits for a rate-limit reset and retries', async () => {
    const pr = fake.addPullRequest({ files: files(1) })
    fake.fail(
      { operationId: 'pulls/list-files' },
      {
        status: 403,
        message: 'API rate limit exceeded for installation ID 1.',
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000)) },
      },
    )
    expect((await port.changedFiles(pr.number)).files).toHaveLength(1)
    expect(fake.requestsFor('pulls/list-files').map(r => r.status)).toEqual([403, 200])
    expect(logs.some(l => l.includes('rate limit'))).toBe(true)
  })
})

describe('review comments and reviews', () => {
  it('lists existing comments with their lines', async () => {
    const pr = fake.addPullRequest({ files: [{ filename: 'k8s/pod.yaml', patch: PATCH }] })
    const c = fake.addReviewComment(pr.number, { path: 'k8s/pod.yaml', line: 4, body: 'old <!-- hng:fp=abc -->' })
    const bot = fake.addReviewComment(pr.number, { path: 'k8s/pod.yaml', line: 5, body: 'ours', author: 'github-actions[bot]' })
    expect(await port.reviewComments(pr.number)).toEqual([
      { id: c.id, path: 'k8s/pod.yaml', line: 4, body: 'old <!-- hng:fp=abc -->', author: 'octocat', authorType: 'User' },
      { id: bot.id, path: 'k8s/pod.yaml', line: 5, body: 'ours', author: 'github-actions[bot]', authorType: 'Bot' },
    ])
  })

  it('lists reviews with their author type and commit', async () => {
    const pr = fake.addPullRequest()
    const r = fake.addReview(pr.number, { author: 'github-actions[bot]', state: 'COMMENTED', body: 'summary' })
    expect(await port.reviews(pr.number)).toEqual([
      { id: r.id, body: 'summary', author: 'github-actions[bot]', authorType: 'Bot', state: 'COMMENTED', commitId: pr.headSha },
    ])
  })

  it('reads the pull request head from the API', async () => {
    const pr = fake.addPullRequest()
    expect(await port.pullRequestHead(pr.number)).toBe(pr.headSha)
    await expect(port.pullRequestHead(99999)).rejects.toMatchObject({ status: 404, operation: 'pulls.get' })
  })

  it('posts one COMMENT review with all comments in one request', async () => {
    const pr = fake.addPullRequest({ files: [{ filename: 'k8s/pod.yaml', patch: PATCH }] })
    const drafts: ReviewCommentDraft[] = [
      { path: 'k8s/pod.yaml', line: 4, body: 'hostNetwork' },
      { path: 'k8s/pod.yaml', line: 5, startLine: 4, body: 'hostPID' },
    ]
    const { id } = await port.createReview(pr.number, pr.headSha, 'Summary', drafts)
    expect(fake.requestsFor('pulls/create-review')).toHaveLength(1)
    expect(fake.state.reviews.get(id)?.body).toMatch(WRITE_MARKED('Summary'))
    expect(fake.requestsFor('pulls/create-review')[0]!.body).toEqual({
      commit_id: pr.headSha,
      event: 'COMMENT',
      body: expect.stringMatching(WRITE_MARKED('Summary')),
      comments: [
        { path: 'k8s/pod.yaml', line: 4, side: 'RIGHT', body: 'hostNetwork' },
        { path: 'k8s/pod.yaml', line: 5, side: 'RIGHT', body: 'hostPID', start_line: 4, start_side: 'RIGHT' },
      ],
    })
    const stored = [...fake.state.reviewComments.values()].filter(c => c.pull === pr.number)
    expect(stored.map(c => [c.line, c.startLine])).toEqual([
      [4, null],
      [5, 4],
    ])
  })

  it('splits a review GitHub refuses with 422 into parts', async () => {
    const pr = fake.addPullRequest({ files: [{ filename: 'k8s/pod.yaml', patch: PATCH }] })
    fake.reviewCommentLimit = 2
    const drafts = [3, 4, 5, 6, 4].map((line, i) => ({ path: 'k8s/pod.yaml', line, body: `c${i}` }))
    await port.createReview(pr.number, pr.headSha, 'Summary', drafts)
    const sent = fake.requestsFor('pulls/create-review')
    // 5 → 422; 3 → 422; 2 ok; 1 ok; 2 ok
    expect(sent.map(r => [r.status, (r.body as { comments: unknown[] }).comments.length])).toEqual([
      [422, 5],
      [422, 3],
      [200, 2],
      [200, 1],
      [200, 2],
    ])
    const reviews = [...fake.state.reviews.values()].filter(r => r.pull === pr.number)
    expect(reviews.map(r => r.body)).toEqual([
      expect.stringMatching(WRITE_MARKED('Summary')),
      expect.stringMatching(WRITE_MARKED('(More findings from the same run.)')),
      expect.stringMatching(WRITE_MARKED('(More findings from the same run.)')),
    ])
    expect(
      [...fake.state.reviewComments.values()]
        .filter(c => c.pull === pr.number)
        .map(c => c.body)
        .sort(),
    ).toEqual(['c0', 'c1', 'c2', 'c3', 'c4'])
  })

  it('posts the good comments and reports the ones GitHub cannot place', async () => {
    const pr = fake.addPullRequest({ files: [{ filename: 'k8s/pod.yaml', patch: PATCH }] })
    const drafts = [
      { path: 'k8s/pod.yaml', line: 4, body: 'ok' },
      { path: 'k8s/pod.yaml', line: 99, body: 'outside the diff' },
    ]
    const err = await port.createReview(pr.number, pr.headSha, 'Summary', drafts).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ReviewCommentsRejected)
    expect((err as ReviewCommentsRejected<ReviewCommentDraft>).rejected).toEqual([{ draft: drafts[1], reason: expect.stringContaining('HTTP 422') }])
    expect([...fake.state.reviewComments.values()].filter(c => c.pull === pr.number).map(c => c.body)).toEqual(['ok'])
    expect(fake.requestsFor('pulls/create-review').map(r => r.status)).toEqual([422, 200, 422])
    // The review that carries the body, so the caller can list the refused comments in it.
    const [review] = [...fake.state.reviews.values()].filter(r => r.pull === pr.number)
    expect((err as ReviewCommentsRejected<ReviewCommentDraft>).reviewId).toBe(review!.id)
  })

  it('updates a review comment', async () => {
    const pr = fake.addPullRequest({ files: [{ filename: 'k8s/pod.yaml', patch: PATCH }] })
    const c = fake.addReviewComment(pr.number, { path: 'k8s/pod.yaml', line: 4, body: 'old' })
    await port.updateReviewComment(c.id, 'new')
    expect(fake.state.reviewComments.get(c.id)?.body).toBe('new')
  })

  it('approvedBy keeps each reviewer’s latest approving or blocking review', async () => {
    const pr = fake.addPullRequest()
    fake.addReview(pr.number, { author: 'alice', state: 'APPROVED' })
    fake.addReview(pr.number, { author: 'alice', state: 'COMMENTED' })
    fake.addReview(pr.number, { author: 'bob', state: 'APPROVED' })
    fake.addReview(pr.number, { author: 'bob', state: 'CHANGES_REQUESTED' })
    fake.addReview(pr.number, { author: 'carol', state: 'CHANGES_REQUESTED' })
    fake.addReview(pr.number, { author: 'carol', state: 'APPROVED' })
    expect(await port.approvedBy(pr.number)).toEqual(['alice', 'carol'])
    expect(await port.approvedBy(pr.number, pr.headSha)).toEqual(['alice', 'carol'])
  })

  it('approvedBy ignores approvals of an earlier commit (stale after a push)', async () => {
    const pr = fake.addPullRequest()
    const first = pr.headSha
    fake.addReview(pr.number, { author: 'alice', state: 'APPROVED', commitId: first })
    fake.addReview(pr.number, { author: 'bob', state: 'APPROVED', commitId: first })
    const pushed = 'b'.repeat(40)
    pr.shas.push(pushed)
    pr.headSha = pushed
    fake.addReview(pr.number, { author: 'bob', state: 'APPROVED', commitId: pushed })
    expect(await port.approvedBy(pr.number, pushed)).toEqual(['bob'])
    // Without a sha, the current head comes from the API.
    expect(await port.approvedBy(pr.number)).toEqual(['bob'])
    expect(await port.approvedBy(pr.number, first)).toEqual(['alice'])
  })
})

describe('writeCheckRun', () => {
  it('sends 120 annotations in 3 requests: create with 50, then 2 updates, the last one completing the run', async () => {
    const pr = fake.addPullRequest()
    const { id, requests } = await port.writeCheckRun({ ...checkRun(120), headSha: pr.headSha })
    expect(requests).toBe(3)
    expect(fake.requestsFor('checks/create')).toHaveLength(1)
    expect(fake.requestsFor('checks/update')).toHaveLength(2)
    const sizes = fake.requests
      .filter(r => r.operationId?.startsWith('checks/') && r.method !== 'GET')
      .map(r => (r.body as { output: { annotations: unknown[] } }).output.annotations.length)
    expect(sizes).toEqual([50, 50, 20])
    expect(fake.requestsFor('checks/create')[0]!.body).toMatchObject({ status: 'in_progress' })
    const run = fake.state.checkRuns.get(id)!
    expect(run).toMatchObject({ status: 'completed', conclusion: 'failure', headSha: pr.headSha })
    expect(run.output.annotations).toHaveLength(120)
  })

  it('completes the run when a later update fails, so it never stays in progress', async () => {
    const pr = fake.addPullRequest()
    fake.fail({ operationId: 'checks/update' }, { status: 422, message: 'Validation Failed', times: 1 })
    const err = await port.writeCheckRun({ ...checkRun(120), headSha: pr.headSha }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(GitHubApiError)
    expect(err).toMatchObject({ status: 422, operation: 'checks.update' })
    const [run] = [...fake.state.checkRuns.values()].filter(c => c.headSha === pr.headSha)
    expect(run).toMatchObject({ status: 'completed', conclusion: 'failure' })
    expect(run!.output.annotations).toHaveLength(50)
    expect(run!.output.summary).toContain('only 50 of 120 annotations could be attached')
    expect(fake.requestsFor('checks/update').map(r => r.status)).toEqual([422, 200])
    expect(logs.join('\n')).toContain('completed it as failure')
  })

  it("still throws the update's error when completing the run fails too", async () => {
    const pr = fake.addPullRequest()
    fake.fail({ operationId: 'checks/update' }, { status: 422, times: Infinity })
    await expect(port.writeCheckRun({ ...checkRun(60), headSha: pr.headSha })).rejects.toMatchObject({ status: 422, operation: 'checks.update' })
    expect(fake.requestsFor('checks/update')).toHaveLength(2)
    expect(logs.join('\n')).toContain('it may stay in progress')
  })

  it('sends a small run in one completed request', async () => {
    const pr = fake.addPullRequest()
    const { id, requests } = await port.writeCheckRun({ ...checkRun(0), conclusion: 'success', headSha: pr.headSha })
    expect(requests).toBe(1)
    expect(fake.state.checkRuns.get(id)).toMatchObject({ status: 'completed', conclusion: 'success' })
  })

  it('caps annotations at 1000, clips the summary to GitHub’s limit and drops columns on multi-line annotations', async () => {
    const pr = fake.addPullRequest()
    const draft = { ...checkRun(1005), headSha: pr.headSha, summary: 'é'.repeat(40000) }
    draft.annotations[0] = { ...draft.annotations[0]!, end_line: 3, start_column: 1, end_column: 5 }
    const { id, requests } = await port.writeCheckRun(draft)
    expect(requests).toBe(20)
    const run = fake.state.checkRuns.get(id)!
    expect(run.output.annotations).toHaveLength(1000)
    expect(run.output.annotations[0]).not.toHaveProperty('start_column')
    expect(Buffer.byteLength(run.output.summary ?? '', 'utf8')).toBeLessThanOrEqual(65535)
  })
})

describe('labels, teams, issues, dispatch', () => {
  it('reads labels and who applied one last', async () => {
    const pr = fake.addPullRequest({ labels: ['needs-review', { name: 'allow-host-network', by: 'mallory' }] })
    fake.removeLabel(pr.number, 'allow-host-network', 'sec-lead')
    fake.addLabel(pr.number, 'allow-host-network', 'sec-lead')
    expect(await port.pullRequestLabels(pr.number)).toEqual(['needs-review', 'allow-host-network'])
    expect(await port.labelAppliedBy(pr.number, 'allow-host-network')).toBe('sec-lead')
    expect(await port.labelAppliedBy(pr.number, 'missing')).toBeUndefined()
  })

  it('checks active team membership; 404 means no', async () => {
    fake.addTeamMember('acme', 'platform-security', 'sec-lead')
    fake.addTeamMember('acme', 'platform-security', 'newbie', { state: 'pending' })
    expect(await port.isTeamMember('acme', 'platform-security', 'sec-lead')).toBe(true)
    expect(await port.isTeamMember('acme', 'platform-security', 'newbie')).toBe(false)
    expect(await port.isTeamMember('acme', 'platform-security', 'mallory')).toBe(false)
    expect(await port.isTeamMember('acme', 'no-such-team', 'sec-lead')).toBe(false)
  })

  it('finds, creates and updates a tracking issue by its marker', async () => {
    const marker = '<!-- host-namespace-guard:tracking -->'
    fake.addIssue({ title: 'unrelated', body: 'no marker', labels: ['host-namespace-guard'] })
    fake.addPullRequest({ body: `a PR quoting ${marker}`, labels: ['host-namespace-guard'] })
    expect(await port.findIssueByMarker(marker, 'host-namespace-guard')).toBeUndefined()

    const number = await port.createIssue('Host namespace exceptions', `${marker}\nlist`, ['host-namespace-guard'])
    expect(await port.findIssueByMarker(marker, 'host-namespace-guard')).toEqual({ number, body: `${marker}\nlist` })
    expect(await port.findIssueByMarker(marker, 'other-label')).toBeUndefined()
    await port.updateIssue(number, `${marker}\nupdated`)
    expect(fake.state.issues.get(number)?.body).toBe(`${marker}\nupdated`)
  })

  it('finds only an issue a bot opened: a person can paste the marker into their own issue', async () => {
    const marker = '<!-- host-namespace-guard:forged -->'
    const forged = fake.addIssue({ title: 'Host namespace exceptions: review', body: `${marker}\nall fine`, author: 'mallory', labels: ['tracking'] })
    expect(await port.findIssueByMarker(marker)).toBeUndefined()
    expect(await port.findIssueByMarker(marker, 'tracking')).toBeUndefined()
    const number = await port.createIssue('Host namespace exceptions: review', `${marker}\nreal`, ['tracking'])
    expect(number).not.toBe(forged.number)
    expect(await port.findIssueByMarker(marker, 'tracking')).toEqual({ number, body: `${marker}\nreal` })
  })

  it('dispatches a workflow', async () => {
    await port.dispatchWorkflow('smoke.yml', 'refs/heads/main', { matrix: '["a"]' })
    expect(fake.state.dispatches).toEqual([{ workflowId: 'smoke.yml', ref: 'refs/heads/main', inputs: { matrix: '["a"]' } }])
  })
})

describe('a fork pull request (read-only token)', () => {
  it('throws GitHubWriteForbidden on every write and still reads', async () => {
    const pr = fake.addPullRequest({ files: [{ filename: 'k8s/pod.yaml', patch: PATCH }] })
    fake.forbidWrites()
    await expect(port.createReview(pr.number, pr.headSha, 'x', [{ path: 'k8s/pod.yaml', line: 4, body: 'b' }])).rejects.toBeInstanceOf(GitHubWriteForbidden)
    await expect(port.writeCheckRun({ ...checkRun(3), headSha: pr.headSha })).rejects.toMatchObject({
      name: 'GitHubWriteForbidden',
      status: 403,
      operation: 'checks.create',
    })
    await expect(port.createIssue('t', 'b')).rejects.toBeInstanceOf(GitHubWriteForbidden)
    await expect(port.updateReviewComment(1, 'b')).rejects.toBeInstanceOf(GitHubWriteForbidden)
    expect((await port.changedFiles(pr.number)).files).toHaveLength(1)
    // 403 is not retried: one request per write.
    expect(fake.requests.filter(r => r.status === 403)).toHaveLength(4)
  })
})

describe('GitHub Enterprise Server', () => {
  it('defaults the base URL to GITHUB_API_URL', async () => {
    const ghes = await startGitHubApi({ owner: 'acme', repo: 'cluster', pathPrefix: '/api/v3' })
    const saved = process.env.GITHUB_API_URL
    process.env.GITHUB_API_URL = `${ghes.url}/`
    try {
      const pr = ghes.addPullRequest({ files: files(2) })
      const onGhes = connect(TOKEN, { owner: 'acme', repo: 'cluster' }, { retries: 0, writePacing: false })
      expect((await onGhes.changedFiles(pr.number)).files).toHaveLength(2)
      expect(ghes.requests.map(r => r.path)).toEqual([`/repos/acme/cluster/pulls/${pr.number}/files`])
      expect(ghes.violations).toEqual([])
    } finally {
      if (saved === undefined) delete process.env.GITHUB_API_URL
      else process.env.GITHUB_API_URL = saved
      await ghes.close()
    }
  })
})

describe('fileAt', () => {
  const BASE = 'b'.repeat(40)

  it("reads a file at a commit (the base commit's config), and says undefined where there is none", async () => {
    fake.addFile(BASE, '.github/host-namespace-guard.yml', 'rules:\n  host-ipc: warning\n')
    await expect(port.fileAt('.github/host-namespace-guard.yml', BASE, 1024)).resolves.toBe('rules:\n  host-ipc: warning\n')
    await expect(port.fileAt('.github/other.yml', BASE, 1024)).resolves.toBeUndefined()
    expect(fake.requestsFor('repos/get-content').map(r => r.query.ref)).toEqual([BASE, BASE])
  })

  it('attack: refuses a link at the base commit and a file over the bound instead of reading them', async () => {
    fake.addFile(BASE, 'link.yml', '', { symlinkTarget: '/proc/self/environ' })
    fake.addFile(BASE, 'big.yml', 'x'.repeat(2048))
    await expect(port.fileAt('link.yml', BASE, 1024)).rejects.toThrow(/is a symlink, not a regular file/)
    await expect(port.fileAt('big.yml', BASE, 1024)).rejects.toThrow(/larger than 1024 bytes/)
  })
})

describe('review threads (GraphQL, validated against GitHub’s public schema)', () => {
  const manyLines = (n: number) => [`@@ -0,0 +1,${n} @@`, ...Array.from({ length: n }, (_, i) => `+line ${i + 1}`)].join('\n')

  it('reads every thread over pages of 100, telling threads a person replied in and who resolved them', async () => {
    const pr = fake.addPullRequest({ files: [{ filename: 'many.txt', status: 'added', patch: manyLines(150) }] })
    const firsts = Array.from({ length: 150 }, (_, i) =>
      fake.addReviewComment(pr.number, { path: 'many.txt', line: i + 1, body: `c${i}`, author: 'github-actions[bot]' }),
    )
    fake.addReviewReply(firsts[3]!.id, { author: 'octocat', body: 'why?' })
    fake.addReviewReply(firsts[4]!.id, { author: 'dependabot[bot]', body: 'noted' })
    fake.state.resolvedThreads.set(firsts[5]!.id, 'octocat')
    const threads = await port.reviewThreads(pr.number)
    expect(threads).toHaveLength(150)
    expect(
      fake.state.graphql
        .filter(q => /HostNamespaceGuardThreads/.test(q.query))
        .slice(-2)
        .map(q => q.variables.after === null),
    ).toEqual([true, false])
    const of = (i: number) => threads.find(t => t.firstCommentId === firsts[i]!.id)!
    expect(of(3)).toMatchObject({ humanReplied: true, isResolved: false })
    expect(of(4)).toMatchObject({ humanReplied: false })
    expect(of(5)).toMatchObject({ isResolved: true, resolvedByPerson: true })
  })

  it('resolves and reopens a thread; a token that may not gets GitHubWriteForbidden', async () => {
    const pr = fake.addPullRequest({ files: [{ filename: 'pod.yaml', status: 'modified', patch: PATCH }] })
    const c = fake.addReviewComment(pr.number, { path: 'pod.yaml', line: 4, body: 'x', author: 'github-actions[bot]' })
    const [thread] = await port.reviewThreads(pr.number)
    await port.resolveReviewThread(thread!.id)
    expect(fake.state.resolvedThreads.has(c.id)).toBe(true)
    expect((await port.reviewThreads(pr.number))[0]).toMatchObject({ isResolved: true, resolvedByPerson: false })
    await port.unresolveReviewThread(thread!.id)
    expect(fake.state.resolvedThreads.has(c.id)).toBe(false)
    fake.forbidThreadResolution = true
    try {
      await expect(port.resolveReviewThread(thread!.id)).rejects.toBeInstanceOf(GitHubWriteForbidden)
    } finally {
      fake.forbidThreadResolution = false
    }
    expect(fake.violations).toEqual([])
  })

  it('requests a review from a team of the repository’s organization', async () => {
    const pr = fake.addPullRequest()
    fake.addTeamMember('acme', 'platform-security', 'sec-lead')
    await port.requestTeamReview(pr.number, 'platform-security')
    expect(fake.state.requestedTeams.get(pr.number)).toEqual(['platform-security'])
    await expect(port.requestTeamReview(pr.number, 'no-such-team')).rejects.toMatchObject({ status: 422 })
    expect(fake.violations).toEqual([])
  })
})

describe('writeCheckRun on a commit that has a run of ours', () => {
  it('creates a new run when the earlier one cannot be updated with this token (another app made it)', async () => {
    const pr = fake.addPullRequest()
    const draft = { ...checkRun(0), headSha: pr.headSha }
    const first = await port.writeCheckRun({ ...draft, conclusion: 'success' })
    fake.fail({ operationId: 'checks/update' }, { status: 403, message: 'Resource not accessible by integration' })
    const second = await port.writeCheckRun(draft)
    expect(second.id).not.toBe(first.id)
    expect([...fake.state.checkRuns.values()].filter(r => r.headSha === pr.headSha).map(r => r.conclusion)).toEqual(['success', 'failure'])
    expect(logs.join('\n')).toContain(`check run ${first.id} cannot be updated with this token`)
  })
})
