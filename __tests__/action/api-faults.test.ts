import { describe, it, expect } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { run } from '../../src/main.js'
import { useGitHubApi, type FakeGitHub } from '../support/github-api-server.js'
import { pullRequestEvent, TestRepo } from '../support/action-runner.js'
import { recordingEnv, type RecordedRun } from '../support/action-env.js'
import type { ConnectOptions } from '../../src/github/octokit.js'

/**
 * A pull request cannot turn a violation green through the GitHub API's faults: a stalled API, a
 * write stored before its answer was lost, a comment GitHub refuses. The Action runs from source
 * (src/main.ts run) against the local API, with the port's timeouts turned down to test speed.
 */
const TOKEN = 'ghs_apiFaultsTestToken_0123456789abcdef'
const OWNER = 'octo-org'
const REPO = 'hello-world'
const FAST: ConnectOptions = { retries: 1, retryAfterBaseValue: 1, writePacing: false, requestTimeoutMs: 300, budgetMs: 2000, slowCallLogMs: 150 }

const pod = (name: string, flags: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  namespace: apps\nspec:\n${flags}  containers:\n  - name: c\n    image: registry.example/${name}:1\n`

let fake: FakeGitHub
let nextPr = 300

useGitHubApi({ owner: OWNER, repo: REPO, actor: 'github-actions[bot]' }, started => (fake = started))

function openPullRequest(base: Record<string, string>, change: Record<string, string>) {
  const repo = new TestRepo()
  const baseSha = repo.commit(base, 'base')
  const headSha = repo.commit(change, 'pr change')
  const number = nextPr++
  const pull = fake.addPullRequest({ number, headSha, files: repo.pullFiles(baseSha, headSha) })
  pull.baseSha = baseSha
  return { repo, headSha, number, event: pullRequestEvent({ number, baseSha, headSha, owner: OWNER, repo: REPO }) }
}

async function runAction(
  pr: ReturnType<typeof openPullRequest>,
  connect: ConnectOptions = FAST,
  inputs: Record<string, string> = {},
): Promise<RecordedRun & { ms: number }> {
  const rec = recordingEnv({
    workspace: pr.repo.dir,
    eventName: 'pull_request',
    event: pr.event,
    inputs: { 'github-token': TOKEN, mode: 'auto', 'fail-on': 'error', comment: 'true', 'check-run': 'true', 'check-name': 'Host Namespace Guard', ...inputs },
    repository: `${OWNER}/${REPO}`,
    sha: pr.headSha,
    apiUrl: fake.url,
    connect,
  })
  const started = Date.now()
  await run(rec.env)
  const ms = Date.now() - started
  expect(rec.log.join('\n') + rec.summary).not.toContain(TOKEN)
  return { ...rec, ms }
}

const reviewsOf = (n: number) => [...fake.state.reviews.values()].filter(r => r.pull === n)
const commentsOf = (n: number) => [...fake.state.reviewComments.values()].filter(c => c.pull === n)
const checkRunsFor = (sha: string) => [...fake.state.checkRuns.values()].filter(c => c.headSha === sha)
const fingerprintOf = (r: RecordedRun, file: string): string => {
  const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8')) as { findings: Array<{ file: string; fingerprint: string }> }
  return report.findings.find(f => f.file === file)!.fingerprint
}
/** GitHub's 422 for a comment on a line it does not show in the diff, for every review request that holds one on `file`. */
const refuseCommentsOn = (file: string) =>
  fake.fail(r => r.operationId === 'pulls/create-review' && ((r.body as { comments?: Array<{ path: string }> }).comments ?? []).some(c => c.path === file), {
    status: 422,
    times: Infinity,
    body: {
      message: 'Unprocessable Entity',
      errors: ['pull_request_review_thread.line must be part of the diff'],
      documentation_url: 'https://docs.github.com/rest',
      status: '422',
    },
  })

describe('a stalled GitHub API', () => {
  it('cannot turn a violation green: every call times out, the step still fails, and within the time budget', async () => {
    const pr = openPullRequest({ 'k8s/web.yaml': pod('web', '') }, { 'k8s/web.yaml': pod('web', '  hostNetwork: true\n') })
    fake.fail({}, { delayMs: Infinity, times: Infinity })
    // Two attempts to read the review comments (0.3 s each) leave the check run at most 0.1 s.
    const r = await runAction(pr, { ...FAST, budgetMs: 700 })
    expect(r.failed).toEqual(['1 new finding(s) at or above "error" share a host namespace. See the summary for where and how to fix them.'])
    expect(r.outputs).toMatchObject({ failed: 'true', failing: '1' })
    expect(reviewsOf(pr.number)).toEqual([])
    expect(checkRunsFor(pr.headSha)).toEqual([])
    // Degraded, and saying why: the annotations stand in for the check run, the summary names the fault.
    expect(r.log).toContainEqual(expect.stringMatching(/^error: .*hostNetwork/))
    expect(r.summary).toMatch(
      /Could not write review comments: pulls\.listReviewComments: GET \/repos\/octo-org\/hello-world\/pulls\/\d+\/comments: (no answer from GitHub within 0\.3 s|the time budget)/,
    )
    expect(r.summary).toMatch(/Could not write the check run: checks\.(create|listForRef): .*the time budget for GitHub calls of this run \(0\.7 s\) is spent/)
    expect(r.log).toContainEqual(
      expect.stringMatching(/^info: still waiting for GitHub: GET \/repos\/octo-org\/hello-world\/pulls\/\d+\/comments \(0\.\d s\)$/),
    )
    expect(r.ms).toBeLessThan(6000)
  }, 20_000)
})

describe('a write GitHub stored before its answer was lost', () => {
  it('a 502 after the review and the check run were stored leaves exactly one of each, and a failing verdict', async () => {
    const pr = openPullRequest({ 'k8s/web.yaml': pod('web', '') }, { 'k8s/web.yaml': pod('web', '  hostPID: true\n') })
    fake.fail({ operationId: 'pulls/create-review' }, { status: 502, stored: true })
    fake.fail({ operationId: 'checks/create' }, { status: 502, stored: true })
    const r = await runAction(pr)
    expect(r.failed).toHaveLength(1)
    expect(reviewsOf(pr.number)).toHaveLength(1)
    expect(commentsOf(pr.number)).toHaveLength(1)
    expect(checkRunsFor(pr.headSha).map(c => [c.status, c.conclusion])).toEqual([['completed', 'failure']])
    expect(fake.requestsFor('pulls/create-review').map(q => q.status)).toEqual([502])
    expect(fake.requestsFor('checks/create').map(q => q.status)).toEqual([502])
  })
})

describe('a review comment GitHub refuses (422)', () => {
  it('is listed in the review body once; a re-run on the same commit neither re-posts it nor posts another review; a forged marker hides nothing', async () => {
    const pr = openPullRequest(
      { 'k8s/a.yaml': pod('a', ''), 'k8s/b.yaml': pod('b', '') },
      { 'k8s/a.yaml': pod('a', '  hostNetwork: true\n'), 'k8s/b.yaml': pod('b', '  hostIPC: true\n') },
    )
    // The author forges the marker in a review of their own, to keep a.yaml's finding from being commented on.
    const dry = await runAction(pr, FAST, { comment: 'false', 'check-run': 'false' })
    const forged = fake.addReview(pr.number, {
      author: 'octocat',
      state: 'COMMENTED',
      body: `fine <!-- host-namespace-guard:refused=${fingerprintOf(dry, 'k8s/a.yaml')} -->`,
    })

    refuseCommentsOn('k8s/b.yaml')
    const first = await runAction(pr)
    expect(first.failed).toHaveLength(1)
    const refused = fingerprintOf(first, 'k8s/b.yaml')
    const check = () => {
      const reviews = reviewsOf(pr.number).filter(r => r.id !== forged.id)
      expect(reviews).toHaveLength(1)
      expect(reviews[0]!.body).toContain('**1 finding GitHub would not take as inline comment**')
      expect(reviews[0]!.body).toMatch(/^- k8s\/b\.yaml:7 \(`host-ipc`, error\): /m)
      expect(reviews[0]!.body).toContain(`<!-- host-namespace-guard:refused=${refused} -->`)
      expect(commentsOf(pr.number).map(c => c.path)).toEqual(['k8s/a.yaml'])
    }
    check()
    expect(first.summary).toContain('1 review comment(s) were refused by GitHub; they are listed in the review body')

    fake.clearLog()
    const second = await runAction(pr)
    expect(second.failed).toHaveLength(1)
    expect(second.outputs.failed).toBe('true')
    expect(fake.requestsFor('pulls/create-review')).toEqual([])
    check()
    expect(second.log).toContainEqual(expect.stringContaining('1 refused by GitHub earlier on this commit and not sent again'))
  })

  it('when it is the only comment: one review lists it, a re-run posts no empty review, a new commit tries it again', async () => {
    const pr = openPullRequest({ 'k8s/b.yaml': pod('b', '') }, { 'k8s/b.yaml': pod('b', '  hostIPC: true\n') })
    refuseCommentsOn('k8s/b.yaml')
    await runAction(pr)
    await runAction(pr)
    const reviews = reviewsOf(pr.number)
    expect(reviews).toHaveLength(1)
    expect(reviews[0]!.body).toMatch(
      /^\*\*Host Namespace Guard\*\* found host namespace findings in files this pull request changes that could not be commented on inline\./,
    )
    expect(reviews[0]!.body).toMatch(/^- k8s\/b\.yaml:7 \(`host-ipc`, error\): /m)
    expect(commentsOf(pr.number)).toEqual([])

    // On a new commit GitHub may show the line: the refusal was for the old one.
    fake.clearFaults()
    const headSha = pr.repo.commit({ 'k8s/other.yaml': pod('other', '') }, 'push')
    const pull = fake.state.pulls.get(pr.number)!
    pull.headSha = headSha
    pull.shas.push(headSha)
    ;(pr.event.pull_request as { head: { sha: string } }).head.sha = headSha
    const third = await runAction({ ...pr, headSha })
    expect(third.failed).toHaveLength(1)
    expect(commentsOf(pr.number).map(c => [c.path, c.commitId])).toEqual([['k8s/b.yaml', headSha]])
  })
})
