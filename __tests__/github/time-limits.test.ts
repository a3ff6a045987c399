import { describe, it, expect, beforeEach, afterEach } from '@jest/globals'
import { useGitHubApi, type FakeGitHub } from '../support/github-api-server.js'
import { connect, type ConnectOptions } from '../../src/github/octokit.js'
import { GitHubApiError } from '../../src/github/port.js'

/**
 * A GitHub that stops answering must not hold the step: each attempt has a timeout, the run's calls
 * share a time budget, and a slow call is named in the log while the step waits on it.
 */
const TOKEN = 'ghs_timeLimitTestToken0123456789'
const PATCH = ['@@ -1,2 +1,3 @@', ' apiVersion: v1', '+kind: Pod', ' metadata: {}'].join('\n')

let fake: FakeGitHub
let logs: string[]

useGitHubApi({ owner: 'acme', repo: 'cluster' }, started => (fake = started))
beforeEach(() => {
  logs = []
})
afterEach(() => {
  expect(logs.join('\n')).not.toContain(TOKEN)
})

const port = (opts: ConnectOptions = {}) =>
  connect(
    TOKEN,
    { owner: 'acme', repo: 'cluster' },
    { baseUrl: fake.url, retries: 1, retryAfterBaseValue: 1, writePacing: false, log: m => logs.push(m), ...opts },
  )
const stallAll = (operationId: string) => fake.fail({ operationId }, { delayMs: Infinity, times: Infinity })
const elapsed = async <T>(p: Promise<T>): Promise<{ ms: number; result: T | unknown }> => {
  const started = Date.now()
  const result = await p.catch((e: unknown) => e)
  return { ms: Date.now() - started, result }
}

describe('a stalled GitHub API', () => {
  it('times out a call GitHub never answers instead of holding the step, retrying it once', async () => {
    const pr = fake.addPullRequest({ files: [{ filename: 'k8s/a.yaml', patch: PATCH }] })
    stallAll('pulls/list-files')
    const { ms, result } = await elapsed(port({ requestTimeoutMs: 200 }).changedFiles(pr.number))
    expect(result).toBeInstanceOf(GitHubApiError)
    expect(result).toMatchObject({ name: 'GitHubTimeout', status: 0, operation: 'pulls.listFiles' })
    expect((result as Error).message).toBe(`pulls.listFiles: GET /repos/acme/cluster/pulls/${pr.number}/files: no answer from GitHub within 0.2 s`)
    expect(fake.requestsFor('pulls/list-files')).toHaveLength(2) // 1 + 1 retry, each cut at 200 ms
    expect(ms).toBeLessThan(3000)
  }, 10_000)

  it('says in the log which call it is still waiting for', async () => {
    const pr = fake.addPullRequest()
    fake.fail({ operationId: 'pulls/create-review' }, { delayMs: 450 })
    await port({ slowCallLogMs: 200 }).createReview(pr.number, pr.headSha, 'Summary', [])
    expect(logs.filter(l => l.startsWith('still waiting'))).toEqual([
      `still waiting for GitHub: POST /repos/acme/cluster/pulls/${pr.number}/reviews (0.2 s)`,
      `still waiting for GitHub: POST /repos/acme/cluster/pulls/${pr.number}/reviews (0.4 s)`,
    ])
  }, 10_000)

  it('ends every call at once when the run’s time budget is spent, without another request', async () => {
    const pr = fake.addPullRequest({ files: [{ filename: 'k8s/a.yaml', patch: PATCH }] })
    const p = port({ requestTimeoutMs: 10_000, budgetMs: 400 })
    // Only time with a call in flight counts: a scan longer than the budget between two calls spends none of it.
    expect((await p.changedFiles(pr.number)).files).toHaveLength(1)
    await new Promise(resolve => setTimeout(resolve, 500))
    expect(await p.reviewComments(pr.number)).toEqual([])

    stallAll('pulls/list-files')
    const first = await elapsed(p.changedFiles(pr.number))
    expect(first.result).toMatchObject({ name: 'GitHubTimeout', status: 0 })
    expect((first.result as Error).message).toContain('the time budget for GitHub calls of this run (0.4 s) is spent')
    expect(first.ms).toBeLessThan(3000)

    const sent = fake.requests.length
    const second = await elapsed(p.reviewComments(pr.number))
    expect(second.result).toMatchObject({ name: 'GitHubTimeout', status: 0, operation: 'pulls.listReviewComments' })
    expect(second.ms).toBeLessThan(200)
    expect(fake.requests).toHaveLength(sent)
  }, 10_000)

  it('does not wait for a rate-limit reset the time budget cannot cover', async () => {
    const pr = fake.addPullRequest()
    const reset = String(Math.floor(Date.now() / 1000) + 5)
    fake.fail(
      { operationId: 'pulls/get' },
      { status: 403, message: 'API rate limit exceeded for installation ID 1.', headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset } },
    )
    const { ms, result } = await elapsed(port({ budgetMs: 2000, retryAfterBaseValue: 1000 }).pullRequestHead(pr.number))
    expect(result).toMatchObject({ name: 'GitHubApiError', status: 403, rateLimited: true })
    expect(ms).toBeLessThan(1500)
    expect(logs.join('\n')).toMatch(/rate limit on GET .*: giving up/)
  }, 10_000)
})
