import { describe, expect, it } from '@jest/globals'
import { dispatchRef, dispatchSmoke, MAX_MATRIX_JOBS } from '../../src/action/dispatch-smoke.js'
import type { ActionEnv } from '../../src/action/env.js'
import { isFromFork, obj, pullRequestFromEvent, type PullRequestRef } from '../../src/action/event.js'
import { GitHubApiError, GitHubWriteForbidden, type GitHubPort } from '../../src/github/port.js'
import type { SmokeEntry } from '../../src/smoke/matrix.js'

/** Only what dispatchSmoke touches: the log, the event and the ref; the port records dispatches. */
function setup(opts: { event?: Record<string, unknown>; ref?: string; fail?: Error } = {}) {
  const log: string[] = []
  const env = {
    info: (m: string) => void log.push(`info: ${m}`),
    notice: (m: string) => void log.push(`notice: ${m}`),
    warning: (m: string) => void log.push(`warning: ${m}`),
    event: opts.event ?? {},
    ...(opts.ref ? { ref: opts.ref } : {}),
  } as unknown as ActionEnv
  const dispatches: Array<[string, string, Record<string, string>]> = []
  const port = {
    dispatchWorkflow: async (id: string, ref: string, inputs: Record<string, string>) => {
      if (opts.fail) throw opts.fail
      dispatches.push([id, ref, inputs])
    },
  } as unknown as GitHubPort
  return { env, port, log, dispatches }
}

const build: SmokeEntry = { check: 'build', dockerfile: 'app/Dockerfile', context: 'app' }
const matrix = { include: [build] }
const pr = (fromFork: boolean): PullRequestRef => ({ number: 7, baseSha: 'a'.repeat(40), headSha: 'b'.repeat(40), fromFork })
const prEvent = (headRepo: string) => ({ pull_request: { head: { ref: 'feature/x', repo: { full_name: headRepo } }, base: { repo: { full_name: 'o/r' } } } })

describe('dispatchSmoke', () => {
  it('does nothing without the smoke-workflow input', async () => {
    const t = setup({ ref: 'main' })
    expect(await dispatchSmoke({ workflow: undefined, matrix }, t.env, t.port)).toEqual({ status: 'skipped', reason: 'no smoke-workflow input' })
    expect(t.log).toEqual([])
    expect(t.dispatches).toEqual([])
  })

  it('does not dispatch an empty matrix', async () => {
    const t = setup({ ref: 'main' })
    expect((await dispatchSmoke({ workflow: 'smoke.yml', matrix: { include: [] } }, t.env, t.port)).status).toBe('skipped')
    expect(t.log).toEqual(['info: smoke-workflow: nothing to build or start, smoke.yml was not dispatched.'])
  })

  it('dispatches a same-repository PR on its head branch, once, with the matrix as JSON', async () => {
    const t = setup({ event: prEvent('o/r'), ref: '7/merge' })
    expect(await dispatchSmoke({ workflow: 'smoke.yml', matrix, pr: pr(false) }, t.env, t.port)).toEqual({ status: 'dispatched', ref: 'feature/x' })
    expect(t.dispatches).toEqual([['smoke.yml', 'feature/x', { matrix: JSON.stringify(matrix) }]])
  })

  it('never dispatches for a fork PR and says why in a notice', async () => {
    const t = setup({ event: prEvent('someone/r') })
    expect((await dispatchSmoke({ workflow: 'smoke.yml', matrix, pr: pr(true) }, t.env, t.port)).status).toBe('skipped')
    expect(t.dispatches).toEqual([])
    expect(t.log).toEqual([
      expect.stringMatching(/^notice: smoke-workflow: smoke\.yml was not dispatched: this pull request comes from a fork; .*dependent job/),
    ])
  })

  it('treats a forced full scan of a fork PR event like the PR (never the merge ref)', async () => {
    const t = setup({ event: prEvent('someone/r'), ref: '7/merge' })
    expect((await dispatchSmoke({ workflow: 'smoke.yml', matrix }, t.env, t.port)).status).toBe('skipped')
    expect(t.dispatches).toEqual([])
  })

  it('uses GITHUB_REF_NAME for full scans, and warns when it is missing', async () => {
    const t = setup({ event: { ref: 'refs/heads/main' }, ref: 'main' })
    expect(await dispatchSmoke({ workflow: '1234', matrix }, t.env, t.port)).toEqual({ status: 'dispatched', ref: 'main' })
    expect(t.dispatches[0].slice(0, 2)).toEqual(['1234', 'main'])
    const u = setup()
    expect((await dispatchSmoke({ workflow: 'smoke.yml', matrix }, u.env, u.port)).status).toBe('skipped')
    expect(u.log).toEqual([expect.stringMatching(/^warning: .*GITHUB_REF_NAME is not set/)])
  })

  it('refuses a matrix GitHub would not run, and runs without a token not at all', async () => {
    const t = setup({ ref: 'main' })
    const big = { include: Array.from({ length: MAX_MATRIX_JOBS + 1 }, () => build) }
    expect((await dispatchSmoke({ workflow: 'smoke.yml', matrix: big }, t.env, t.port)).status).toBe('skipped')
    expect(t.log[0]).toMatch(/257 entries .* at most 256 matrix jobs/)
    const huge = { include: [{ ...build, dockerfile: 'x'.repeat(70_000) }] }
    expect((await dispatchSmoke({ workflow: 'smoke.yml', matrix: huge }, t.env, t.port)).status).toBe('skipped')
    expect(t.log[1]).toMatch(/at most 65535 in dispatch inputs/)
    expect((await dispatchSmoke({ workflow: 'smoke.yml', matrix }, t.env, undefined)).status).toBe('skipped')
    expect(t.log[2]).toMatch(/no github-token/)
    expect(t.dispatches).toEqual([])
  })

  it('turns API failures into warnings, naming the missing permission on a 403', async () => {
    const t = setup({ ref: 'main', fail: new GitHubWriteForbidden('Resource not accessible by integration', 403, 'actions.createWorkflowDispatch') })
    expect(await dispatchSmoke({ workflow: 'smoke.yml', matrix }, t.env, t.port)).toMatchObject({ status: 'failed' })
    expect(t.log).toEqual([
      expect.stringMatching(
        /^warning: smoke-workflow: could not dispatch smoke\.yml on main: the token may not dispatch workflows \(it needs "actions: write"\)/,
      ),
    ])
    const u = setup({ ref: 'main', fail: new GitHubApiError("Workflow does not have 'workflow_dispatch' trigger", 422, 'actions.createWorkflowDispatch') })
    expect(await dispatchSmoke({ workflow: 'smoke.yml', matrix }, u.env, u.port)).toEqual({
      status: 'failed',
      reason: "Workflow does not have 'workflow_dispatch' trigger",
    })
  })
})

describe('fork detection', () => {
  const sha = (c: string) => c.repeat(40)
  const event = (head: unknown, base: unknown) => ({
    pull_request: {
      number: 7,
      head: { ref: 'feature/x', sha: sha('b'), ...(head === undefined ? {} : { repo: head }) },
      base: { sha: sha('a'), ...(base === undefined ? {} : { repo: base }) },
    },
  })

  it.each([
    ['the same repository', { full_name: 'o/r' }, { full_name: 'o/r' }, false],
    ['another repository', { full_name: 'someone/r' }, { full_name: 'o/r' }, true],
    ['a deleted head repository', null, { full_name: 'o/r' }, true],
    ['no head repository', undefined, { full_name: 'o/r' }, true],
    ['a head repository without a name', { id: 1 }, { full_name: 'o/r' }, true],
    ['an array for a repository', [{ full_name: 'o/r' }], { full_name: 'o/r' }, true],
  ])('is decided once, for the review and the dispatch alike: %s', (_, head, base, fork) => {
    const e = event(head, base)
    expect(isFromFork(obj(e.pull_request))).toBe(fork)
    expect(pullRequestFromEvent(e).fromFork).toBe(fork)
    // A forced full scan of a PR event has no PullRequestRef: the dispatch reads the payload itself.
    expect('skip' in dispatchRef({}, { event: e, ref: '7/merge' })).toBe(fork)
  })

  it('reads only JSON objects from the payload', () => {
    expect(obj({ a: 1 })).toEqual({ a: 1 })
    for (const v of [null, undefined, [], 'x', 1, true]) expect(obj(v)).toBeUndefined()
  })
})
