import { describe, it, expect, beforeAll, afterAll, beforeEach } from '@jest/globals'
import { startGitHubApi, type FakeGitHub } from '../support/github-api-server.js'

const PATCH = ['@@ -1,3 +1,4 @@', ' apiVersion: v1', ' kind: Pod', '+spec:', '+  hostNetwork: true'].join('\n')

let fake: FakeGitHub

beforeAll(async () => {
  fake = await startGitHubApi()
})

afterAll(async () => {
  await fake.close()
})

beforeEach(() => {
  fake.clearFaults()
  fake.clearLog()
  fake.reviewCommentLimit = undefined
})

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown; headers: Headers }> {
  const res = await fetch(`${fake.url}${path}`, {
    method,
    headers: {
      authorization: 'token test-token',
      accept: 'application/vnd.github+json',
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  return { status: res.status, json: text ? JSON.parse(text) : undefined, headers: res.headers }
}

const repoPath = () => `/repos/${fake.owner}/${fake.repo}`

describe('the OpenAPI contract', () => {
  it('routes to operations of the official description', () => {
    expect(fake.contract.operationCount).toBeGreaterThan(800)
    expect(fake.contract.match('GET', '/repos/o/r/pulls/5/files')?.operation.operationId).toBe('pulls/list-files')
    expect(fake.contract.match('PATCH', '/repos/o/r/pulls/comments/7')?.operation.operationId).toBe('pulls/update-review-comment')
    expect(fake.contract.match('GET', '/repos/o/r/commits/heads%2Fmain/check-runs')?.rawPathParams.ref).toBe('heads/main')
    expect(fake.contract.match('GET', '/nope')).toBeUndefined()
  })

  it('the spec examples the fake builds on conform to their schemas once nullable is understood', () => {
    expect(fake.contract.checkSchema('issue', fake.contract.example('issue'))).toEqual([])
    expect(fake.contract.checkSchema('check-run', fake.contract.example('check-run'))).toEqual([])
    expect(fake.contract.checkSchema('pull-request-review', fake.contract.example('pull-request-review'))).toEqual([])
  })
})

describe('pulls.createReview', () => {
  it('accepts a valid review, stores it with its comments and answers with a conforming review', async () => {
    const pr = fake.addPullRequest({ files: [{ filename: 'k8s/pod.yaml', patch: PATCH }] })
    const res = await call('POST', `${repoPath()}/pulls/${pr.number}/reviews`, {
      commit_id: pr.headSha,
      event: 'COMMENT',
      body: 'Host namespaces found',
      comments: [
        { path: 'k8s/pod.yaml', line: 4, side: 'RIGHT', body: 'hostNetwork: true shares the node network' },
        { path: 'k8s/pod.yaml', start_line: 3, line: 4, side: 'RIGHT', body: 'multi-line' },
      ],
    })
    expect(res.status).toBe(200)
    expect(res.json).toMatchObject({ state: 'COMMENTED', commit_id: pr.headSha, body: 'Host namespaces found' })
    const stored = [...fake.state.reviewComments.values()].filter(c => c.pull === pr.number)
    expect(stored.map(c => [c.path, c.startLine, c.line, c.body])).toEqual([
      ['k8s/pod.yaml', null, 4, 'hostNetwork: true shares the node network'],
      ['k8s/pod.yaml', 3, 4, 'multi-line'],
    ])
    expect(stored[0]!.diffHunk).toBe(PATCH)
    expect(stored[0]!.position).toBe(4)

    const listed = await call('GET', `${repoPath()}/pulls/${pr.number}/comments`)
    expect(listed.status).toBe(200)
    expect(listed.json).toEqual([
      expect.objectContaining({ path: 'k8s/pod.yaml', line: 4, side: 'RIGHT', body: 'hostNetwork: true shares the node network' }),
      expect.objectContaining({ start_line: 3, line: 4 }),
    ])
    expect(fake.violations).toEqual([])
  })

  it('rejects a body of the wrong type with 422 and records a violation', async () => {
    const pr = fake.addPullRequest({ files: [{ filename: 'a.yaml', patch: PATCH }] })
    const res = await call('POST', `${repoPath()}/pulls/${pr.number}/reviews`, {
      event: 'COMMENT',
      body: 'x',
      comments: [{ path: 'a.yaml', line: 'x', body: 'bad' }],
    })
    expect(res.status).toBe(422)
    expect(res.json).toMatchObject({ message: expect.stringContaining('/comments/0/line must be integer'), status: '422' })
    expect(fake.violations).toEqual([expect.objectContaining({ part: 'body', operationId: 'pulls/create-review' })])
    expect([...fake.state.reviews.values()].filter(r => r.pull === pr.number)).toEqual([])
    fake.clearLog()
  })

  it('records a misspelt body key as a violation (strict bodies)', async () => {
    const pr = fake.addPullRequest({ files: [{ filename: 'a.yaml', patch: PATCH }] })
    const res = await call('POST', `${repoPath()}/pulls/${pr.number}/reviews`, {
      event: 'COMMENT',
      body: 'x',
      comments: [{ path: 'a.yaml', line: 4, body: 'b', strat_line: 3 }],
    })
    expect(res.status).toBe(422)
    expect(fake.violations[0]?.message).toContain('strat_line')
    fake.clearLog()
  })

  it('answers 422 like GitHub for a line outside the diff or a file without a patch, without a violation', async () => {
    const pr = fake.addPullRequest({
      files: [
        { filename: 'a.yaml', patch: PATCH },
        { filename: 'big.bin', status: 'added' },
      ],
    })
    const outside = await call('POST', `${repoPath()}/pulls/${pr.number}/reviews`, {
      event: 'COMMENT',
      body: 'x',
      comments: [{ path: 'a.yaml', line: 40, body: 'b' }],
    })
    expect(outside.status).toBe(422)
    expect(outside.json).toMatchObject({ errors: ['pull_request_review_thread.line must be part of the diff'] })
    const noPatch = await call('POST', `${repoPath()}/pulls/${pr.number}/reviews`, {
      event: 'COMMENT',
      body: 'x',
      comments: [{ path: 'big.bin', line: 1, body: 'b' }],
    })
    expect(noPatch.status).toBe(422)
    expect(fake.violations).toEqual([])
  })
})

describe('checks', () => {
  it('rejects 51 annotations in one request with 422 (and the spec says maxItems 50)', async () => {
    const pr = fake.addPullRequest()
    const annotations = Array.from({ length: 51 }, (_, i) => ({
      path: 'a.yaml',
      start_line: i + 1,
      end_line: i + 1,
      annotation_level: 'failure',
      message: `m${i}`,
    }))
    const res = await call('POST', `${repoPath()}/check-runs`, {
      name: 'guard',
      head_sha: pr.headSha,
      status: 'in_progress',
      output: { title: 't', summary: 's', annotations },
    })
    expect(res.status).toBe(422)
    expect(fake.violations).toEqual([expect.objectContaining({ part: 'body', message: expect.stringContaining('must NOT have more than 50 items') })])
    fake.clearLog()
  })

  it('accumulates annotations across updates and completes the run', async () => {
    const pr = fake.addPullRequest()
    const ann = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ path: 'a.yaml', start_line: i + 1, end_line: i + 1, annotation_level: 'warning', message: `m${i}` }))
    const created = await call('POST', `${repoPath()}/check-runs`, {
      name: 'guard',
      head_sha: pr.headSha,
      status: 'in_progress',
      output: { title: 't', summary: 's', annotations: ann(50) },
    })
    expect(created.status).toBe(201)
    const id = (created.json as { id: number }).id
    const updated = await call('PATCH', `${repoPath()}/check-runs/${id}`, {
      status: 'completed',
      conclusion: 'failure',
      output: { title: 't', summary: 's2', annotations: ann(7) },
    })
    expect(updated.status).toBe(200)
    expect(updated.json).toMatchObject({ status: 'completed', conclusion: 'failure', output: { annotations_count: 57, summary: 's2' } })
    const run = fake.state.checkRuns.get(id)!
    expect(run.output.annotations).toHaveLength(57)
    const listed = await call('GET', `${repoPath()}/commits/${pr.headSha}/check-runs?check_name=guard`)
    expect(listed.json).toMatchObject({ total_count: 1, check_runs: [{ id }] })
    expect(fake.violations).toEqual([])
  })

  it('refuses columns on a multi-line annotation, as GitHub documents', async () => {
    const pr = fake.addPullRequest()
    const res = await call('POST', `${repoPath()}/check-runs`, {
      name: 'guard',
      head_sha: pr.headSha,
      status: 'in_progress',
      output: {
        title: 't',
        summary: 's',
        annotations: [{ path: 'a.yaml', start_line: 1, end_line: 2, start_column: 3, annotation_level: 'notice', message: 'm' }],
      },
    })
    expect(res.status).toBe(422)
    expect(fake.violations).toEqual([])
  })

  it('refuses a head_sha GitHub does not know', async () => {
    const res = await call('POST', `${repoPath()}/check-runs`, { name: 'guard', head_sha: 'f'.repeat(40) })
    expect(res.status).toBe(422)
    expect(fake.violations).toEqual([])
  })
})

describe('pagination', () => {
  it('pages listFiles with Link headers, at most 100 per page', async () => {
    const files = Array.from({ length: 250 }, (_, i) => ({ filename: `f${i}.yaml`, patch: PATCH }))
    const pr = fake.addPullRequest({ files })
    const seen: string[] = []
    let next: string | undefined = `${repoPath()}/pulls/${pr.number}/files?per_page=100`
    let pages = 0
    while (next) {
      const res = await call('GET', next)
      expect(res.status).toBe(200)
      seen.push(...(res.json as Array<{ filename: string }>).map(f => f.filename))
      pages++
      const link = res.headers.get('link') ?? ''
      const m = /<([^>]+)>; rel="next"/.exec(link)
      next = m ? m[1]!.slice(fake.url.length) : undefined
    }
    expect(pages).toBe(3)
    expect(seen).toEqual(files.map(f => f.filename))
    expect(fake.violations).toEqual([])
  })

  it('caps per_page at 100 and stops at 3000 files like GitHub', async () => {
    const pr = fake.addPullRequest({ files: Array.from({ length: 3005 }, (_, i) => ({ filename: `f${i}` })) })
    const page30 = await call('GET', `${repoPath()}/pulls/${pr.number}/files?per_page=500&page=30`)
    expect((page30.json as unknown[]).length).toBe(100)
    expect(page30.headers.get('link')).not.toContain('rel="next"')
    const page31 = await call('GET', `${repoPath()}/pulls/${pr.number}/files?per_page=100&page=31`)
    expect(page31.json).toEqual([])
    expect((page30.json as Array<{ patch?: string }>)[0]).not.toHaveProperty('patch')
    expect(fake.violations).toEqual([])
  })
})

describe('knobs', () => {
  it('fails the next matching request once with 500, then serves normally', async () => {
    const pr = fake.addPullRequest()
    const fault = fake.fail({ operationId: 'pulls/get' }, { status: 500 })
    const first = await call('GET', `${repoPath()}/pulls/${pr.number}`)
    const second = await call('GET', `${repoPath()}/pulls/${pr.number}`)
    expect([first.status, second.status]).toEqual([500, 200])
    expect(first.json).toEqual({ message: 'Server Error', documentation_url: 'https://docs.github.com/rest', status: '500' })
    expect(second.json).toMatchObject({ number: pr.number, head: { sha: pr.headSha } })
    expect(fault).toMatchObject({ hits: 1, remaining: 0 })
    expect(fake.violations).toEqual([])
  })

  it('stores a write and then answers 502: the state changed although the client saw an error', async () => {
    const pr = fake.addPullRequest()
    fake.fail({ operationId: 'checks/create' }, { status: 502, stored: true })
    const first = await call('POST', `${repoPath()}/check-runs`, { name: 'guard', head_sha: pr.headSha })
    expect(first.status).toBe(502)
    expect([...fake.state.checkRuns.values()].filter(c => c.headSha === pr.headSha)).toHaveLength(1)
    expect(fake.violations).toEqual([])
  })

  it('holds an answer back, and applies nothing when the client gave up first', async () => {
    const pr = fake.addPullRequest()
    fake.fail({ operationId: 'pulls/get' }, { delayMs: 150 })
    const started = Date.now()
    const slow = await call('GET', `${repoPath()}/pulls/${pr.number}`)
    expect(slow.status).toBe(200)
    expect(Date.now() - started).toBeGreaterThanOrEqual(140)

    fake.fail({ operationId: 'checks/create' }, { delayMs: 300 })
    const abandoned = await fetch(`${fake.url}${repoPath()}/check-runs`, {
      method: 'POST',
      headers: { authorization: 'token t', 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'guard', head_sha: pr.headSha }),
      signal: AbortSignal.timeout(50),
    }).catch((e: unknown) => e)
    expect(abandoned).toMatchObject({ name: 'TimeoutError' })
    await new Promise(r => setTimeout(r, 400))
    expect([...fake.state.checkRuns.values()].filter(c => c.headSha === pr.headSha)).toEqual([])
    expect(fake.violations).toEqual([])
  })

  it('stores a write and never answers, until the server closes', async () => {
    const own = await startGitHubApi()
    const pr = own.addPullRequest()
    own.fail({ operationId: 'checks/create' }, { stored: true, delayMs: Infinity })
    const pending = fetch(`${own.url}/repos/${own.owner}/${own.repo}/check-runs`, {
      method: 'POST',
      headers: { authorization: 'token t', 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'guard', head_sha: pr.headSha }),
    }).catch((e: unknown) => e)
    await new Promise(r => setTimeout(r, 50))
    expect(own.state.checkRuns.size).toBe(1)
    await own.close()
    expect(await pending).toMatchObject({ name: 'TypeError', message: 'fetch failed' }) // the socket closed without an answer
  })

  it('resets the connection after storing a write', async () => {
    const pr = fake.addPullRequest()
    fake.fail({ operationId: 'checks/create' }, { stored: true, reset: true })
    const err = await call('POST', `${repoPath()}/check-runs`, { name: 'guard', head_sha: pr.headSha }).catch((e: unknown) => e)
    expect(err).toMatchObject({ name: 'TypeError', message: 'fetch failed' })
    expect([...fake.state.checkRuns.values()].filter(c => c.headSha === pr.headSha)).toHaveLength(1)
    expect(fake.requestsFor('checks/create').map(r => r.status)).toEqual([0])
  })

  it('forbids every write like a fork PR token, with GitHub’s error body', async () => {
    const pr = fake.addPullRequest()
    fake.forbidWrites()
    const write = await call('POST', `${repoPath()}/issues/${pr.number}/comments`, { body: 'hi' })
    const read = await call('GET', `${repoPath()}/issues/${pr.number}/comments`)
    expect(write.status).toBe(403)
    expect(write.json).toEqual({ message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' })
    expect(read.status).toBe(200)
    expect(fake.violations).toEqual([])
  })
})

describe('the rest of the surface', () => {
  it('serves labels with their label events, team memberships, issues and dispatches', async () => {
    const pr = fake.addPullRequest({ labels: ['ok', { name: 'allow-host-network', by: 'sec-lead' }] })
    fake.addTeamMember('octo-org', 'platform', 'sec-lead')
    fake.addReview(pr.number, { author: 'sec-lead', state: 'APPROVED' })

    const labels = await call('GET', `${repoPath()}/issues/${pr.number}/labels`)
    expect((labels.json as Array<{ name: string }>).map(l => l.name)).toEqual(['ok', 'allow-host-network'])
    const events = await call('GET', `${repoPath()}/issues/${pr.number}/events`)
    expect(events.json).toEqual([
      expect.objectContaining({ event: 'labeled', label: expect.objectContaining({ name: 'ok' }), actor: expect.objectContaining({ login: 'octocat' }) }),
      expect.objectContaining({
        event: 'labeled',
        label: expect.objectContaining({ name: 'allow-host-network' }),
        actor: expect.objectContaining({ login: 'sec-lead' }),
      }),
    ])
    const timeline = await call('GET', `${repoPath()}/issues/${pr.number}/timeline`)
    expect(timeline.status).toBe(200)
    expect((await call('GET', '/orgs/octo-org/teams/platform/memberships/sec-lead')).json).toMatchObject({ state: 'active' })
    expect((await call('GET', '/orgs/octo-org/teams/platform/memberships/someone')).status).toBe(404)
    expect((await call('GET', `${repoPath()}/pulls/${pr.number}/reviews`)).json).toEqual([expect.objectContaining({ state: 'APPROVED' })])

    const created = await call('POST', `${repoPath()}/issues`, { title: 'Tracking', body: '<!-- hng:tracking -->', labels: ['host-namespace-guard'] })
    expect(created.status).toBe(201)
    const number = (created.json as { number: number }).number
    const listed = await call('GET', `${repoPath()}/issues?labels=host-namespace-guard&state=open`)
    expect((listed.json as Array<{ number: number }>).map(i => i.number)).toEqual([number])
    expect((await call('PATCH', `${repoPath()}/issues/${number}`, { body: 'new' })).status).toBe(200)
    const comment = await call('POST', `${repoPath()}/issues/${number}/comments`, { body: 'c' })
    const commentId = (comment.json as { id: number }).id
    expect((await call('PATCH', `${repoPath()}/issues/comments/${commentId}`, { body: 'c2' })).status).toBe(200)

    expect((await call('POST', `${repoPath()}/actions/workflows/smoke.yml/dispatches`, { ref: 'main', inputs: { matrix: '[]' } })).status).toBe(204)
    expect(fake.state.dispatches).toEqual([{ workflowId: 'smoke.yml', ref: 'main', inputs: { matrix: '[]' } }])
    expect((await call('GET', repoPath())).status).toBe(200)
    expect(fake.violations).toEqual([])
  })

  it('updates the body of a review (pulls.updateReview)', async () => {
    const pr = fake.addPullRequest()
    const r = fake.addReview(pr.number, { author: 'github-actions[bot]', state: 'COMMENTED', body: 'old' })
    const res = await call('PUT', `${repoPath()}/pulls/${pr.number}/reviews/${r.id}`, { body: 'new' })
    expect(res.json).toMatchObject({ id: r.id, body: 'new', state: 'COMMENTED' })
    expect(fake.state.reviews.get(r.id)?.body).toBe('new')
    expect((await call('PUT', `${repoPath()}/pulls/${pr.number + 1000}/reviews/${r.id}`, { body: 'x' })).status).toBe(404)
    expect(fake.violations).toEqual([])
  })

  it('updates and deletes review comments', async () => {
    const pr = fake.addPullRequest({ files: [{ filename: 'a.yaml', patch: PATCH }] })
    const c = fake.addReviewComment(pr.number, { path: 'a.yaml', line: 4, body: 'old' })
    expect((await call('PATCH', `${repoPath()}/pulls/comments/${c.id}`, { body: 'new' })).json).toMatchObject({ id: c.id, body: 'new' })
    expect((await call('DELETE', `${repoPath()}/pulls/comments/${c.id}`)).status).toBe(204)
    expect(fake.state.reviewComments.has(c.id)).toBe(false)
    expect((await call('DELETE', `${repoPath()}/pulls/comments/${c.id}`)).status).toBe(404)
    expect(fake.violations).toEqual([])
  })

  it('records unknown routes, bad path params, unknown query params and missing auth', async () => {
    expect((await call('GET', `${repoPath()}/pulls/1/filez`)).status).toBe(404)
    expect((await call('GET', `${repoPath()}/pulls/abc`)).status).toBe(404)
    expect((await call('GET', `${repoPath()}/issues?lables=x`)).status).toBe(422)
    await fetch(`${fake.url}${repoPath()}`)
    expect(fake.violations.map(v => v.part)).toEqual(['route', 'path', 'query', 'auth'])
    fake.clearLog()
  })

  it('serves under a GitHub Enterprise Server style prefix', async () => {
    const ghes = await startGitHubApi({ pathPrefix: '/api/v3' })
    try {
      expect(ghes.url).toMatch(/\/api\/v3$/)
      const res = await fetch(`${ghes.url}/repos/${ghes.owner}/${ghes.repo}`, { headers: { authorization: 'token t' } })
      expect(res.status).toBe(200)
      expect(ghes.violations).toEqual([])
    } finally {
      await ghes.close()
    }
  })
})
