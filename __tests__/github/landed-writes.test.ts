import { describe, it, expect, beforeEach, afterEach } from '@jest/globals'
import { useGitHubApi, type FakeGitHub } from '../support/github-api-server.js'
import { connect, type ConnectOptions } from '../../src/github/octokit.js'
import { type CheckRunDraft } from '../../src/github/port.js'

/**
 * A write GitHub stored before its answer was lost (a 502 from a proxy, a timeout, a reset) must not
 * be sent again blindly: a second review, check run or issue is the retry's doing, not GitHub's.
 */
const TOKEN = 'ghs_landedWritesTestToken0123456789'
const PATCH = ['@@ -1,3 +1,5 @@', ' apiVersion: v1', ' kind: Pod', '+spec:', '+  hostNetwork: true', ' metadata: {}'].join('\n')

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
    { baseUrl: fake.url, retries: 2, retryAfterBaseValue: 1, writePacing: false, log: m => logs.push(m), ...opts },
  )
const reviewsOf = (n: number) => [...fake.state.reviews.values()].filter(r => r.pull === n)
const commentsOf = (n: number) => [...fake.state.reviewComments.values()].filter(c => c.pull === n)
const runsOf = (sha: string) => [...fake.state.checkRuns.values()].filter(c => c.headSha === sha)
const draft = (headSha: string, annotations = 1): CheckRunDraft => ({
  name: 'Host Namespace Guard',
  headSha,
  conclusion: 'failure',
  title: '1 finding',
  summary: 'A pod shares the node network.',
  annotations: Array.from({ length: annotations }, (_, i) => ({
    path: 'k8s/pod.yaml',
    start_line: i + 1,
    end_line: i + 1,
    annotation_level: 'failure' as const,
    message: `finding ${i}`,
  })),
})

describe('pulls.createReview', () => {
  it('a 502 after GitHub stored the review does not post it again', async () => {
    const pr = fake.addPullRequest({ files: [{ filename: 'k8s/pod.yaml', patch: PATCH }] })
    fake.fail({ operationId: 'pulls/create-review' }, { status: 502, stored: true })
    const posted = await port().createReview(pr.number, pr.headSha, 'Summary', [{ path: 'k8s/pod.yaml', line: 4, body: 'hostNetwork' }])
    expect(reviewsOf(pr.number)).toHaveLength(1)
    expect(reviewsOf(pr.number)[0]!.id).toBe(posted.id)
    expect(commentsOf(pr.number).map(c => c.body)).toEqual(['hostNetwork'])
    expect(fake.requestsFor('pulls/create-review').map(r => r.status)).toEqual([502])
    expect(logs.join('\n')).toContain('GitHub had stored the write; not sending it again')
  })

  it('a timeout after GitHub stored the review does not post it again', async () => {
    const pr = fake.addPullRequest({ files: [{ filename: 'k8s/pod.yaml', patch: PATCH }] })
    fake.fail({ operationId: 'pulls/create-review' }, { stored: true, delayMs: Infinity })
    await port({ requestTimeoutMs: 300 }).createReview(pr.number, pr.headSha, 'Summary', [{ path: 'k8s/pod.yaml', line: 4, body: 'hostNetwork' }])
    expect(reviewsOf(pr.number)).toHaveLength(1)
    expect(commentsOf(pr.number)).toHaveLength(1)
    expect(fake.requestsFor('pulls/create-review')).toHaveLength(1)
  }, 10_000)

  it('an earlier review with the same text is not taken for a lost one: only this request’s marker counts', async () => {
    const pr = fake.addPullRequest({ files: [{ filename: 'k8s/pod.yaml', patch: PATCH }] })
    const earlier = fake.addReview(pr.number, { author: 'github-actions[bot]', state: 'COMMENTED', body: 'Summary' })
    fake.fail({ operationId: 'pulls/create-review' }, { status: 502 }) // lost before GitHub stored it
    fake.fail({ operationId: 'pulls/create-review' }, { status: 502, stored: true })
    await port().createReview(pr.number, pr.headSha, 'Summary', [{ path: 'k8s/pod.yaml', line: 4, body: 'hostNetwork' }])
    expect(reviewsOf(pr.number).filter(r => r.id !== earlier.id)).toHaveLength(1)
    expect(commentsOf(pr.number)).toHaveLength(1)
    expect(fake.requestsFor('pulls/create-review').map(r => r.status)).toEqual([502, 502])
  })

  it('does not post again when it cannot tell whether the review landed', async () => {
    const pr = fake.addPullRequest({ files: [{ filename: 'k8s/pod.yaml', patch: PATCH }] })
    fake.fail({ operationId: 'pulls/create-review' }, { status: 502, stored: true })
    fake.fail({ operationId: 'pulls/list-reviews' }, { status: 500, times: Infinity })
    const err = await port()
      .createReview(pr.number, pr.headSha, 'Summary', [{ path: 'k8s/pod.yaml', line: 4, body: 'b' }])
      .catch((e: unknown) => e)
    expect(err).toMatchObject({ name: 'GitHubApiError', status: 502, operation: 'pulls.createReview' })
    expect(reviewsOf(pr.number)).toHaveLength(1)
    expect(fake.requestsFor('pulls/create-review')).toHaveLength(1)
  })
})

describe('checks.create', () => {
  it('a 502 after GitHub stored the check run does not create a second one', async () => {
    const pr = fake.addPullRequest()
    fake.fail({ operationId: 'checks/create' }, { status: 502, stored: true })
    const { id } = await port().writeCheckRun(draft(pr.headSha))
    expect(runsOf(pr.headSha).map(r => [r.id, r.conclusion])).toEqual([[id, 'failure']])
    expect(fake.requestsFor('checks/create')).toHaveLength(1)
  })

  it('a reset connection after GitHub stored an in-progress check run: the annotations still go to that one run', async () => {
    const pr = fake.addPullRequest()
    fake.fail({ operationId: 'checks/create' }, { stored: true, reset: true })
    const { id } = await port().writeCheckRun(draft(pr.headSha, 120))
    const [run] = runsOf(pr.headSha)
    expect(runsOf(pr.headSha)).toHaveLength(1)
    expect(run).toMatchObject({ id, status: 'completed', conclusion: 'failure' })
    expect(run!.output.annotations).toHaveLength(120)
  })

  it('a re-evaluation of the same commit updates the earlier green run in place, and a lost create elsewhere never adopts it', async () => {
    const pr = fake.addPullRequest()
    const p = port()
    const green = await p.writeCheckRun({ ...draft(pr.headSha), conclusion: 'success', annotations: [] })
    const { id } = await p.writeCheckRun(draft(pr.headSha))
    // The run a required status check shows turns red in place: no second run of that name.
    expect(id).toBe(green.id)
    expect(runsOf(pr.headSha).map(r => r.conclusion)).toEqual(['failure'])
    expect(fake.requestsFor('checks/create')).toHaveLength(1)
    // Another commit has no run of ours: a create lost after GitHub stored it is found by its own token.
    const other = fake.addPullRequest()
    fake.fail({ operationId: 'checks/create' }, { status: 502 }) // lost before GitHub stored it
    fake.fail({ operationId: 'checks/create' }, { status: 502, stored: true })
    const lost = await p.writeCheckRun(draft(other.headSha))
    expect(lost.id).not.toBe(green.id)
    expect(runsOf(other.headSha).map(r => [r.id, r.conclusion])).toEqual([[lost.id, 'failure']])
    const latest = await fetch(`${fake.url}/repos/acme/cluster/commits/${pr.headSha}/check-runs?check_name=Host%20Namespace%20Guard`, {
      headers: { authorization: 'token t' },
    })
    expect(((await latest.json()) as { check_runs: Array<{ conclusion: string }> }).check_runs.map(r => r.conclusion)).toEqual(['failure'])
  })
})

describe('issues.create', () => {
  it('a 502 after GitHub stored the issue does not open a second one', async () => {
    fake.fail({ operationId: 'issues/create' }, { status: 502, stored: true })
    const body = '<!-- host-namespace-guard:exceptions-report -->\nlanded-write test'
    const number = await port().createIssue('Host namespace exceptions: review', body, ['host-namespace-exceptions'])
    expect([...fake.state.issues.values()].filter(i => i.body === body).map(i => i.number)).toEqual([number])
    expect(fake.requestsFor('issues/create')).toHaveLength(1)
  })

  it('a person’s look-alike issue is not taken for a lost one', async () => {
    const body = '<!-- host-namespace-guard:exceptions-report -->\nlook-alike test'
    fake.addIssue({ title: 'Host namespace exceptions: review', body, author: 'mallory' })
    fake.fail({ operationId: 'issues/create' }, { status: 502 }) // lost before GitHub stored it
    fake.fail({ operationId: 'issues/create' }, { status: 502, stored: true })
    const number = await port().createIssue('Host namespace exceptions: review', body)
    expect(fake.state.issues.get(number)).toMatchObject({ author: 'github-actions[bot]', body })
    expect([...fake.state.issues.values()].filter(i => i.body === body).map(i => i.author)).toEqual(['mallory', 'github-actions[bot]'])
    expect(fake.requestsFor('issues/create').map(r => r.status)).toEqual([502, 502])
  })
})
