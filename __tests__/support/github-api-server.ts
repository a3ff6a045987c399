/**
 * A small, stateful GitHub REST API on 127.0.0.1 for contract tests (reviewdog's `httptest` habit,
 * STYLE.md §3 "Contract tests of GitHub calls").
 *
 * Every request is routed through GitHub's official OpenAPI description (see openapi-contract.ts): an
 * unknown route, a bad path or query parameter, or a body that does not match the operation's schema is
 * answered with a 4xx AND recorded in `violations`. Every response the fake sends is checked against
 * the schema declared for its status code too, so the payloads callers parse are the real shapes.
 * Tests assert `expect(fake.violations).toEqual([])`.
 *
 * Response payloads start from real examples (`@octokit/webhooks-examples` for pull requests, review
 * comments and users; `components.examples` of the OpenAPI description for the rest) and are overlaid
 * with the fake's state.
 */
import { afterAll, afterEach, beforeAll, beforeEach, expect } from '@jest/globals'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createRequire } from 'node:module'
import { buildClientSchema, executeSync, parse, validate, type GraphQLSchema, type IntrospectionQuery } from 'graphql'
import { loadContract, type Contract, type ContractPart, type Operation } from './openapi-contract.js'
import { parsePatch, type ParsedPatch, type Side } from './unified-patch.js'

// ---------------------------------------------------------------------------------------------------
// Public types

export type DiffStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged'
export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING'

export interface RecordedRequest {
  method: string
  /** Path without the API prefix and without the query string. */
  path: string
  query: Record<string, string>
  body: unknown
  status: number
  operationId?: string
}

export interface Violation {
  part: ContractPart
  method: string
  path: string
  operationId?: string
  message: string
}

export interface FileSeed {
  filename: string
  status?: DiffStatus
  /** Omit for binary or very large files: GitHub leaves `patch` out then. */
  patch?: string
  previous_filename?: string
}

export interface PullFile {
  filename: string
  status: DiffStatus
  patch?: string
  previous_filename?: string
  additions: number
  deletions: number
  sha: string
}

export interface PullSeed {
  number?: number
  title?: string
  body?: string
  author?: string
  headSha?: string
  headRef?: string
  baseRef?: string
  state?: 'open' | 'closed'
  draft?: boolean
  files?: FileSeed[]
  /** A plain name is applied by the PR author. */
  labels?: Array<string | { name: string; by: string }>
}

export interface FakePull {
  number: number
  title: string
  body: string
  author: string
  headSha: string
  headRef: string
  baseRef: string
  baseSha: string
  /** Every head sha the PR has had; review comments may target any of them. */
  shas: string[]
  state: 'open' | 'closed'
  draft: boolean
  files: PullFile[]
  createdAt: string
}

export interface IssueSeed {
  title: string
  body?: string
  author?: string
  state?: 'open' | 'closed'
  labels?: string[]
}

export interface FakeIssueEvent {
  id: number
  event: 'labeled' | 'unlabeled'
  actor: string
  label: string
  createdAt: string
}

export interface FakeIssue {
  number: number
  title: string
  body: string | null
  author: string
  state: 'open' | 'closed'
  labels: string[]
  isPull: boolean
  events: FakeIssueEvent[]
  createdAt: string
  updatedAt: string
  closedAt: string | null
}

export interface FakeIssueComment {
  id: number
  issue: number
  body: string
  author: string
  createdAt: string
  updatedAt: string
}

export interface FakeReview {
  id: number
  pull: number
  author: string
  state: ReviewState
  body: string
  commitId: string
  submittedAt: string | null
}

export interface FakeReviewComment {
  id: number
  pull: number
  /** The thread's first comment, for a reply; null for a comment that starts a thread. */
  inReplyTo?: number | null
  reviewId: number | null
  path: string
  line: number | null
  startLine: number | null
  side: Side
  startSide: Side | null
  position: number | null
  diffHunk: string
  body: string
  commitId: string
  author: string
  createdAt: string
  updatedAt: string
}

export interface Annotation {
  path: string
  start_line: number
  end_line: number
  start_column?: number
  end_column?: number
  annotation_level: 'notice' | 'warning' | 'failure'
  message: string
  title?: string
  raw_details?: string
}

export interface FakeCheckRun {
  id: number
  name: string
  headSha: string
  status: 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending'
  conclusion: string | null
  startedAt: string
  completedAt: string | null
  externalId: string
  detailsUrl: string | null
  output: { title: string | null; summary: string | null; text: string | null; annotations: Annotation[] }
  /** Number of checks.create + checks.update requests that changed this run. */
  writes: number
}

export interface TeamMembership {
  role: 'member' | 'maintainer'
  state: 'active' | 'pending'
}

export interface WorkflowDispatch {
  workflowId: string
  ref: string
  inputs: Record<string, unknown>
}

export interface FakeState {
  pulls: Map<number, FakePull>
  issues: Map<number, FakeIssue>
  issueComments: Map<number, FakeIssueComment>
  reviews: Map<number, FakeReview>
  reviewComments: Map<number, FakeReviewComment>
  checkRuns: Map<number, FakeCheckRun>
  /** Keyed by `org/team_slug`, then login. */
  teams: Map<string, Map<string, TeamMembership>>
  dispatches: WorkflowDispatch[]
  commits: Set<string>
  /** Resolved review threads: the id of their first comment → who resolved it (GraphQL resolveReviewThread, or a person in a test). */
  resolvedThreads: Map<number, string>
  /** Teams asked to review, by pull request (pulls.requestReviewers), in request order. */
  requestedTeams: Map<number, string[]>
  /** Every GraphQL document received, with its variables (each also validated against the schema). */
  graphql: Array<{ query: string; variables: Record<string, unknown> }>
}

export interface FaultRequest {
  method: string
  path: string
  operationId?: string
  query: Record<string, string>
  body: unknown
}

export type FaultMatch = { operationId?: string; method?: string; path?: string | RegExp; writes?: boolean } | ((request: FaultRequest) => boolean)

export interface FaultResponse {
  /**
   * The error status to answer with. Omitted, the request gets its real answer (late, with
   * `delayMs`), or none at all with `reset`.
   */
  status?: number
  /** How many matching requests fail; default 1, `Infinity` for all. */
  times?: number
  message?: string
  body?: unknown
  headers?: Record<string, string>
  /**
   * Apply the request first (its handler runs and what it stores stays), then send the fault: GitHub
   * stored the write and the answer was lost (a 502 from a proxy, a timeout, a reset connection).
   */
  stored?: boolean
  /**
   * Hold the answer this many milliseconds; `Infinity` never answers (close() ends the connection).
   * Without `stored` the handler runs after the wait, and not at all when the client gave up first.
   */
  delayMs?: number
  /** Destroy the connection instead of answering: the client sees a reset socket. */
  reset?: boolean
}

export interface Fault {
  remaining: number
  hits: number
}

export interface FakeGitHubOptions {
  owner?: string
  repo?: string
  /** Serve under a prefix, like GitHub Enterprise Server's `/api/v3`. */
  pathPrefix?: string
  /** The login the token acts as; it authors what the client creates. */
  actor?: string
  /** See ContractOptions.strictBodies; default true. */
  strictBodies?: boolean
}

export interface FakeGitHub {
  /** Base URL for `baseUrl` / `GITHUB_API_URL` (includes `pathPrefix`). */
  readonly url: string
  readonly owner: string
  readonly repo: string
  readonly requests: RecordedRequest[]
  readonly violations: Violation[]
  readonly state: FakeState
  readonly contract: Contract
  actor: string
  /**
   * Simulated size limit of pulls.createReview: more comments than this in one request → 422.
   * GitHub does not document a number; this lets tests exercise a client's split-and-retry path.
   */
  reviewCommentLimit: number | undefined
  addPullRequest(seed?: PullSeed): FakePull
  addIssue(seed: IssueSeed): FakeIssue
  addLabel(issueNumber: number, label: string, by: string): void
  removeLabel(issueNumber: number, label: string, by: string): void
  addReview(pull: number, review: { author: string; state: ReviewState; body?: string; commitId?: string }): FakeReview
  addReviewComment(pull: number, comment: { path: string; line: number; body: string; author?: string; startLine?: number }): FakeReviewComment
  /** A reply in the thread of `to` (a person answering the bot, for example). */
  addReviewReply(to: number, reply: { body: string; author: string }): FakeReviewComment
  /**
   * GraphQL answers GitHub gives a token that may not resolve threads (type FORBIDDEN, HTTP 200):
   * true refuses resolveReviewThread and unresolveReviewThread.
   */
  forbidThreadResolution: boolean
  addIssueComment(issue: number, comment: { body: string; author?: string }): FakeIssueComment
  addTeamMember(org: string, teamSlug: string, login: string, membership?: Partial<TeamMembership>): void
  addCommit(sha: string): void
  /** A file's text at a commit, for repos.getContent (a link when `symlinkTarget` is given). */
  addFile(ref: string, path: string, text: string, options?: { symlinkTarget?: string }): void
  /** Answer the next matching requests with an error (after the contract checks ran). */
  fail(match: FaultMatch, response: FaultResponse): Fault
  /** A fork PR's read-only GITHUB_TOKEN: every write gets GitHub's 403. */
  forbidWrites(): Fault
  clearFaults(): void
  /** Forget recorded requests and violations (state and faults stay). */
  clearLog(): void
  requestsFor(operationId: string): RecordedRequest[]
  close(): Promise<void>
}

// ---------------------------------------------------------------------------------------------------
// Server

const DOCS = 'https://docs.github.com/rest'
const MAX_FILES = 3000
const MAX_BODY = 65536

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message)
  }
}

interface Reply {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

interface Ctx {
  params: Record<string, unknown>
  query: Record<string, unknown>
  body: Record<string, unknown>
  /** Path without prefix, for Link headers. */
  path: string
  rawQuery: URLSearchParams
}

type Handler = (ctx: Ctx) => Reply

interface StoredFault extends Fault {
  match: FaultMatch
  response: FaultResponse
}

export async function startGitHubApi(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const contract = loadContract()
  const owner = options.owner ?? 'octo-org'
  const repo = options.repo ?? 'hello-world'
  const prefix = (options.pathPrefix ?? '').replace(/\/$/, '')
  const requests: RecordedRequest[] = []
  const violations: Violation[] = []
  const faults: StoredFault[] = []
  const state: FakeState = {
    pulls: new Map(),
    issues: new Map(),
    issueComments: new Map(),
    reviews: new Map(),
    reviewComments: new Map(),
    checkRuns: new Map(),
    teams: new Map(),
    dispatches: [],
    commits: new Set(),
    resolvedThreads: new Map(),
    requestedTeams: new Map(),
    graphql: [],
  }
  let nextId = 1000
  let nextNumber = 1
  const id = () => ++nextId
  let origin = ''
  const api = () => `${origin}${prefix}`
  const repoApi = () => `${api()}/repos/${owner}/${repo}`
  const web = `https://github.com/${owner}/${repo}`

  const templates = new Templates(contract, owner, repo)

  // ------------------------------------------------------------------ state helpers

  const issueOf = (n: number): FakeIssue => {
    const issue = state.issues.get(n)
    if (!issue) throw new HttpError(404, 'Not Found')
    return issue
  }
  const pullOf = (n: number): FakePull => {
    const pull = state.pulls.get(n)
    if (!pull) throw new HttpError(404, 'Not Found')
    return pull
  }
  const applyLabel = (issue: FakeIssue, label: string, by: string) => {
    if (!issue.labels.includes(label)) issue.labels.push(label)
    issue.events.push({ id: id(), event: 'labeled', actor: by, label, createdAt: now() })
  }

  // ------------------------------------------------------------------ JSON builders

  const labelJson = (name: string) => ({
    ...templates.label,
    id: stableId(`label:${name}`),
    node_id: nodeId('LA', `label:${name}`),
    url: `${repoApi()}/labels/${encodeURIComponent(name)}`,
    name,
    color: createHash('sha1').update(name).digest('hex').slice(0, 6),
    description: null,
    default: false,
  })

  const pullJson = (p: FakePull) => {
    const t = templates.pullRequest()
    const issue = state.issues.get(p.number)
    const url = `${repoApi()}/pulls/${p.number}`
    Object.assign(t, {
      url,
      id: stableId(`pull:${p.number}`),
      node_id: nodeId('PR', `pull:${p.number}`),
      html_url: `${web}/pull/${p.number}`,
      diff_url: `${web}/pull/${p.number}.diff`,
      patch_url: `${web}/pull/${p.number}.patch`,
      issue_url: `${repoApi()}/issues/${p.number}`,
      commits_url: `${url}/commits`,
      review_comments_url: `${url}/comments`,
      comments_url: `${repoApi()}/issues/${p.number}/comments`,
      statuses_url: `${repoApi()}/statuses/${p.headSha}`,
      number: p.number,
      state: p.state,
      title: p.title,
      body: p.body,
      user: templates.user(p.author),
      labels: (issue?.labels ?? []).map(labelJson),
      draft: p.draft,
      created_at: p.createdAt,
      updated_at: p.createdAt,
      closed_at: null,
      merged_at: null,
      merged: false,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      milestone: null,
      auto_merge: null,
      commits: p.shas.length,
      changed_files: p.files.length,
      additions: p.files.reduce((n, f) => n + f.additions, 0),
      deletions: p.files.reduce((n, f) => n + f.deletions, 0),
      comments: [...state.issueComments.values()].filter(c => c.issue === p.number).length,
      review_comments: [...state.reviewComments.values()].filter(c => c.pull === p.number).length,
    })
    const head = t.head as Record<string, unknown>
    Object.assign(head, { sha: p.headSha, ref: p.headRef, label: `${owner}:${p.headRef}` })
    const base = t.base as Record<string, unknown>
    Object.assign(base, { sha: p.baseSha, ref: p.baseRef, label: `${owner}:${p.baseRef}` })
    return t
  }

  const diffEntryJson = (p: FakePull, f: PullFile) => {
    const path = f.filename.split('/').map(encodeURIComponent).join('/')
    return {
      sha: f.sha,
      filename: f.filename,
      status: f.status,
      additions: f.additions,
      deletions: f.deletions,
      changes: f.additions + f.deletions,
      blob_url: `${web}/blob/${p.headSha}/${path}`,
      raw_url: `${web}/raw/${p.headSha}/${path}`,
      contents_url: `${repoApi()}/contents/${path}?ref=${p.headSha}`,
      ...(f.patch !== undefined ? { patch: f.patch } : {}),
      ...(f.previous_filename !== undefined ? { previous_filename: f.previous_filename } : {}),
    }
  }

  const reviewCommentJson = (c: FakeReviewComment) => {
    const t = templates.reviewComment()
    const url = `${repoApi()}/pulls/comments/${c.id}`
    const html = `${web}/pull/${c.pull}#discussion_r${c.id}`
    const pullUrl = `${repoApi()}/pulls/${c.pull}`
    return Object.assign(t, {
      url,
      id: c.id,
      node_id: nodeId('PRRC', `rc:${c.id}`),
      pull_request_review_id: c.reviewId,
      diff_hunk: c.diffHunk,
      path: c.path,
      position: c.position,
      original_position: c.position ?? 1,
      commit_id: c.commitId,
      original_commit_id: c.commitId,
      user: templates.user(c.author),
      body: c.body,
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      html_url: html,
      pull_request_url: pullUrl,
      author_association: 'NONE',
      _links: { self: { href: url }, html: { href: html }, pull_request: { href: pullUrl } },
      start_line: c.startLine,
      original_start_line: c.startLine,
      start_side: c.startSide,
      line: c.line ?? undefined,
      original_line: c.line ?? undefined,
      side: c.side,
      subject_type: 'line',
      ...(c.inReplyTo ? { in_reply_to_id: c.inReplyTo } : {}),
    })
  }

  const reviewJson = (r: FakeReview) => {
    const t = contract.example<Record<string, unknown>>('pull-request-review')
    const html = `${web}/pull/${r.pull}#pullrequestreview-${r.id}`
    const pullUrl = `${repoApi()}/pulls/${r.pull}`
    Object.assign(t, {
      id: r.id,
      node_id: nodeId('PRR', `review:${r.id}`),
      user: templates.user(r.author),
      body: r.body,
      state: r.state,
      html_url: html,
      pull_request_url: pullUrl,
      _links: { html: { href: html }, pull_request: { href: pullUrl } },
      commit_id: r.commitId,
      author_association: 'NONE',
    })
    if (r.submittedAt) t.submitted_at = r.submittedAt
    else delete t.submitted_at
    return t
  }

  const checkRunJson = (c: FakeCheckRun) => {
    const t = contract.example<Record<string, unknown>>('check-run')
    const url = `${repoApi()}/check-runs/${c.id}`
    return Object.assign(t, {
      id: c.id,
      node_id: nodeId('CR', `check:${c.id}`),
      head_sha: c.headSha,
      external_id: c.externalId,
      url,
      html_url: `${web}/runs/${c.id}`,
      details_url: c.detailsUrl,
      status: c.status,
      conclusion: c.conclusion,
      started_at: c.startedAt,
      completed_at: c.completedAt,
      output: {
        title: c.output.title,
        summary: c.output.summary,
        text: c.output.text,
        annotations_count: c.output.annotations.length,
        annotations_url: `${url}/annotations`,
      },
      name: c.name,
      check_suite: { id: stableId(`suite:${c.headSha}`) },
      pull_requests: [...state.pulls.values()]
        .filter(p => p.headSha === c.headSha)
        .map(p => ({
          url: `${repoApi()}/pulls/${p.number}`,
          id: stableId(`pull:${p.number}`),
          number: p.number,
          head: { ref: p.headRef, sha: p.headSha, repo: { id: stableId('repo'), url: repoApi(), name: repo } },
          base: { ref: p.baseRef, sha: p.baseSha, repo: { id: stableId('repo'), url: repoApi(), name: repo } },
        })),
    })
  }

  const issueJson = (i: FakeIssue) => {
    const t = contract.example<Record<string, unknown>>('issue')
    const url = `${repoApi()}/issues/${i.number}`
    Object.assign(t, {
      id: stableId(`issue:${i.number}`),
      node_id: nodeId('I', `issue:${i.number}`),
      url,
      repository_url: repoApi(),
      labels_url: `${url}/labels{/name}`,
      comments_url: `${url}/comments`,
      events_url: `${url}/events`,
      html_url: `${web}/${i.isPull ? 'pull' : 'issues'}/${i.number}`,
      number: i.number,
      state: i.state,
      state_reason: i.state === 'closed' ? 'completed' : null,
      title: i.title,
      body: i.body,
      user: templates.user(i.author),
      labels: i.labels.map(labelJson),
      assignee: null,
      assignees: [],
      milestone: null,
      locked: false,
      active_lock_reason: null,
      comments: [...state.issueComments.values()].filter(c => c.issue === i.number).length,
      closed_at: i.closedAt,
      closed_by: null,
      created_at: i.createdAt,
      updated_at: i.updatedAt,
      author_association: 'NONE',
      pinned_comment: null,
    })
    if (i.isPull) {
      t.pull_request = {
        url: `${repoApi()}/pulls/${i.number}`,
        html_url: `${web}/pull/${i.number}`,
        diff_url: `${web}/pull/${i.number}.diff`,
        patch_url: `${web}/pull/${i.number}.patch`,
        merged_at: null,
      }
    } else {
      delete t.pull_request
    }
    return t
  }

  const issueCommentJson = (c: FakeIssueComment) => {
    const t = contract.example<Record<string, unknown>>('issue-comment')
    return Object.assign(t, {
      id: c.id,
      node_id: nodeId('IC', `ic:${c.id}`),
      url: `${repoApi()}/issues/comments/${c.id}`,
      html_url: `${web}/issues/${c.issue}#issuecomment-${c.id}`,
      issue_url: `${repoApi()}/issues/${c.issue}`,
      body: c.body,
      user: templates.user(c.author),
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      author_association: 'NONE',
    })
  }

  const issueEventJson = (e: FakeIssueEvent) => ({
    id: e.id,
    node_id: nodeId('LE', `event:${e.id}`),
    url: `${repoApi()}/issues/events/${e.id}`,
    actor: templates.user(e.actor),
    event: e.event,
    commit_id: null,
    commit_url: null,
    created_at: e.createdAt,
    performed_via_github_app: null,
    label: { name: e.label, color: labelJson(e.label).color },
  })

  // ------------------------------------------------------------------ pagination

  const paginate = <T>(ctx: Ctx, items: T[], cap = Infinity): { items: T[]; headers: Record<string, string> } => {
    const perPage = Math.min(Math.max(Number(ctx.query.per_page ?? 30), 1), 100)
    const page = Math.max(Number(ctx.query.page ?? 1), 1)
    const total = Math.min(items.length, cap)
    const last = Math.max(1, Math.ceil(total / perPage))
    const link = (n: number) => {
      const q = new URLSearchParams(ctx.rawQuery)
      q.set('page', String(n))
      return `${api()}${ctx.path}?${q.toString()}`
    }
    const rels: string[] = []
    if (page < last) rels.push(`<${link(page + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`)
    if (page > 1) rels.push(`<${link(1)}>; rel="first"`, `<${link(Math.min(page - 1, last))}>; rel="prev"`)
    const start = (page - 1) * perPage
    const slice = start >= total ? [] : items.slice(start, Math.min(start + perPage, total))
    return { items: slice, headers: rels.length ? { link: rels.join(', ') } : {} }
  }

  // ------------------------------------------------------------------ semantic checks

  const checkBodyLength = (resource: string, body: unknown) => {
    if (typeof body === 'string' && body.length > MAX_BODY) {
      throw new HttpError(422, 'Validation Failed', {
        errors: [{ resource, code: 'custom', field: 'body', message: `body is too long (maximum is ${MAX_BODY} characters)` }],
      })
    }
  }
  const unprocessable = (message: string): HttpError => new HttpError(422, 'Unprocessable Entity', { errors: [message] })
  /** GitHub's documented rules beyond the schema (which already says maxItems 50). */
  const checkAnnotations = (annotations: Annotation[]) => {
    if (annotations.length > 50) throw unprocessable('Only 50 annotations may be sent per request')
    for (const a of annotations) {
      if ((a.start_column !== undefined || a.end_column !== undefined) && a.start_line !== a.end_line) {
        throw unprocessable('start_column and end_column are only allowed when start_line equals end_line')
      }
      if (a.end_line < a.start_line) throw unprocessable('end_line must not precede start_line')
    }
  }

  // ------------------------------------------------------------------ handlers

  const str = (x: unknown): string => String(x)
  const num = (x: unknown): number => Number(x)

  /** Files served by repos.getContent, keyed `ref:path`. */
  const files = new Map<string, { text: string; symlinkTarget?: string }>()

  const handlers: Record<string, Handler> = {
    'repos/get-content': ctx => {
      const ref = str(ctx.query.ref ?? 'HEAD')
      const filePath = str(ctx.params.path)
      const file = files.get(`${ref}:${filePath}`)
      if (!file) throw new HttpError(404, 'Not Found')
      const example = contract.example<Record<string, unknown>>(
        file.symlinkTarget ? 'content-file-response-if-content-is-a-symlink' : 'content-file-response-if-content-is-a-file',
      )
      const body: Record<string, unknown> = { ...example, name: filePath.split('/').pop(), path: filePath, size: Buffer.byteLength(file.text) }
      if (file.symlinkTarget) body.target = file.symlinkTarget
      else Object.assign(body, { encoding: 'base64', content: Buffer.from(file.text).toString('base64') })
      return { status: 200, body }
    },

    'repos/get': () => {
      const t = contract.example<Record<string, unknown>>('full-repository-default-response')
      Object.assign(t, { name: repo, full_name: `${owner}/${repo}`, language: 'Go', html_url: web, url: repoApi() })
      const source = t.source as Record<string, unknown> | undefined
      if (source) source.language = 'Go'
      return { status: 200, body: t }
    },

    'pulls/get': ctx => ({ status: 200, body: pullJson(pullOf(num(ctx.params.pull_number))) }),

    'pulls/list-files': ctx => {
      const p = pullOf(num(ctx.params.pull_number))
      const page = paginate(ctx, p.files, MAX_FILES)
      return { status: 200, body: page.items.map(f => diffEntryJson(p, f)), headers: page.headers }
    },

    'pulls/list-review-comments': ctx => {
      const n = num(ctx.params.pull_number)
      pullOf(n)
      const all = [...state.reviewComments.values()].filter(c => c.pull === n).sort((a, b) => a.id - b.id)
      const page = paginate(ctx, all)
      return { status: 200, body: page.items.map(reviewCommentJson), headers: page.headers }
    },

    'pulls/list-reviews': ctx => {
      const n = num(ctx.params.pull_number)
      pullOf(n)
      const all = [...state.reviews.values()].filter(r => r.pull === n).sort((a, b) => a.id - b.id)
      const page = paginate(ctx, all)
      return { status: 200, body: page.items.map(reviewJson), headers: page.headers }
    },

    'pulls/create-review': ctx => {
      const p = pullOf(num(ctx.params.pull_number))
      const body = ctx.body
      const commitId = body.commit_id === undefined ? p.headSha : str(body.commit_id)
      if (!p.shas.includes(commitId)) throw unprocessable(`No commit found for SHA: ${commitId}`)
      const event = body.event as string | undefined
      if (event === 'REQUEST_CHANGES' && !body.body) throw unprocessable('Review body is required for REQUEST_CHANGES')
      checkBodyLength('PullRequestReview', body.body)
      const drafts = (body.comments ?? []) as Array<Record<string, unknown>>
      if (fake.reviewCommentLimit !== undefined && drafts.length > fake.reviewCommentLimit) {
        throw unprocessable(`Too many review comments in one request (simulated limit ${fake.reviewCommentLimit})`)
      }
      const reviewId = id()
      const placed = drafts.map(d => placeComment(p, d))
      const stamp = now()
      const review: FakeReview = {
        id: reviewId,
        pull: p.number,
        author: fake.actor,
        state: event === 'APPROVE' ? 'APPROVED' : event === 'REQUEST_CHANGES' ? 'CHANGES_REQUESTED' : event === 'COMMENT' ? 'COMMENTED' : 'PENDING',
        body: body.body === undefined ? '' : str(body.body),
        commitId,
        submittedAt: event ? stamp : null,
      }
      state.reviews.set(review.id, review)
      for (const c of placed) {
        const comment: FakeReviewComment = { ...c, id: id(), pull: p.number, reviewId, commitId, author: fake.actor, createdAt: stamp, updatedAt: stamp }
        state.reviewComments.set(comment.id, comment)
      }
      return { status: 200, body: reviewJson(review) }
    },

    'pulls/update-review': ctx => {
      const r = state.reviews.get(num(ctx.params.review_id))
      if (!r || r.pull !== num(ctx.params.pull_number)) throw new HttpError(404, 'Not Found')
      checkBodyLength('PullRequestReview', ctx.body.body)
      r.body = str(ctx.body.body)
      return { status: 200, body: reviewJson(r) }
    },

    'pulls/update-review-comment': ctx => {
      const c = state.reviewComments.get(num(ctx.params.comment_id))
      if (!c) throw new HttpError(404, 'Not Found')
      checkBodyLength('PullRequestReviewComment', ctx.body.body)
      c.body = str(ctx.body.body)
      c.updatedAt = now()
      return { status: 200, body: reviewCommentJson(c) }
    },

    'pulls/delete-review-comment': ctx => {
      if (!state.reviewComments.delete(num(ctx.params.comment_id))) throw new HttpError(404, 'Not Found')
      return { status: 204 }
    },

    'checks/create': ctx => {
      const b = ctx.body
      const headSha = str(b.head_sha)
      if (!knownCommit(headSha)) throw unprocessable(`No commit found for SHA: ${headSha}`)
      const output = (b.output ?? undefined) as Record<string, unknown> | undefined
      const annotations = (output?.annotations ?? []) as Annotation[]
      checkAnnotations(annotations)
      const conclusion = b.conclusion === undefined ? null : str(b.conclusion)
      let status = (b.status ?? 'queued') as FakeCheckRun['status']
      if (conclusion) status = 'completed'
      if (status === 'completed' && !conclusion) throw unprocessable('conclusion is required when status is completed')
      const run: FakeCheckRun = {
        id: id(),
        name: str(b.name),
        headSha,
        status,
        conclusion,
        startedAt: b.started_at === undefined ? now() : str(b.started_at),
        completedAt: status === 'completed' ? (b.completed_at === undefined ? now() : str(b.completed_at)) : null,
        externalId: b.external_id === undefined ? '' : str(b.external_id),
        detailsUrl: b.details_url === undefined ? null : str(b.details_url),
        output: {
          title: output?.title === undefined ? null : str(output.title),
          summary: output?.summary === undefined ? null : str(output.summary),
          text: output?.text === undefined ? null : str(output.text),
          annotations: [...annotations],
        },
        writes: 1,
      }
      state.checkRuns.set(run.id, run)
      return { status: 201, body: checkRunJson(run) }
    },

    'checks/update': ctx => {
      const run = state.checkRuns.get(num(ctx.params.check_run_id))
      if (!run) throw new HttpError(404, 'Not Found')
      const b = ctx.body
      const output = b.output as Record<string, unknown> | undefined
      const annotations = (output?.annotations ?? []) as Annotation[]
      checkAnnotations(annotations)
      if (b.status === 'completed' && b.conclusion === undefined && !run.conclusion) {
        throw unprocessable('conclusion is required when status is completed')
      }
      if (b.name !== undefined) run.name = str(b.name)
      if (b.details_url !== undefined) run.detailsUrl = str(b.details_url)
      if (b.external_id !== undefined) run.externalId = str(b.external_id)
      if (b.status !== undefined) run.status = b.status as FakeCheckRun['status']
      if (b.conclusion !== undefined) {
        run.conclusion = str(b.conclusion)
        run.status = 'completed'
      }
      if (run.status === 'completed' && !run.completedAt) run.completedAt = b.completed_at === undefined ? now() : str(b.completed_at)
      if (output) {
        if (output.title !== undefined) run.output.title = str(output.title)
        if (output.summary !== undefined) run.output.summary = str(output.summary)
        if (output.text !== undefined) run.output.text = str(output.text)
        run.output.annotations.push(...annotations) // GitHub appends annotations across updates
      }
      run.writes++
      return { status: 200, body: checkRunJson(run) }
    },

    'checks/list-annotations': ctx => {
      const run = state.checkRuns.get(num(ctx.params.check_run_id))
      if (!run) throw new HttpError(404, 'Not Found')
      const page = paginate(ctx, run.output.annotations)
      const blob = `${web}/blob/${run.headSha}`
      return {
        status: 200,
        body: page.items.map(a => ({
          path: a.path,
          blob_href: `${blob}/${a.path}`,
          start_line: a.start_line,
          end_line: a.end_line,
          start_column: a.start_column ?? null,
          end_column: a.end_column ?? null,
          annotation_level: a.annotation_level,
          title: a.title ?? null,
          message: a.message,
          raw_details: a.raw_details ?? null,
        })),
        headers: page.headers,
      }
    },

    'pulls/request-reviewers': ctx => {
      const p = pullOf(num(ctx.params.pull_number))
      const teams = ((ctx.body.team_reviewers ?? []) as string[]).map(str)
      for (const slug of teams)
        if (!state.teams.has(`${owner}/${slug}`))
          throw unprocessable(
            'Reviews may only be requested from collaborators. One or more of the teams you specified is not a collaborator of the octo-org/hello-world repository.',
          )
      state.requestedTeams.set(p.number, [...(state.requestedTeams.get(p.number) ?? []), ...teams])
      // The answer is a pull-request-simple, whose labels always have a description string.
      const body = pullJson(p) as { labels: Array<Record<string, unknown>> }
      return { status: 201, body: { ...body, labels: body.labels.map(l => ({ ...l, description: l.description ?? '' })) } }
    },

    'checks/list-for-ref': ctx => {
      const ref = str(ctx.params.ref)
      const sha = [...state.pulls.values()].find(p => p.headRef === ref)?.headSha ?? ref
      let runs = [...state.checkRuns.values()].filter(r => r.headSha === sha)
      if (ctx.query.check_name !== undefined) runs = runs.filter(r => r.name === ctx.query.check_name)
      if (ctx.query.status !== undefined) runs = runs.filter(r => r.status === ctx.query.status)
      runs.sort((a, b) => b.id - a.id)
      if ((ctx.query.filter ?? 'latest') === 'latest') runs = runs.filter((r, i) => runs.findIndex(x => x.name === r.name) === i)
      const page = paginate(ctx, runs)
      return { status: 200, body: { total_count: runs.length, check_runs: page.items.map(checkRunJson) }, headers: page.headers }
    },

    'issues/list-for-repo': ctx => {
      const wanted = ctx.query.state ?? 'open'
      const labels =
        ctx.query.labels === undefined
          ? []
          : str(ctx.query.labels)
              .split(',')
              .map(l => l.trim())
              .filter(Boolean)
      let all = [...state.issues.values()].filter(i => wanted === 'all' || i.state === wanted)
      if (labels.length) all = all.filter(i => labels.every(l => i.labels.some(x => x.toLowerCase() === l.toLowerCase())))
      if (ctx.query.creator !== undefined) all = all.filter(i => i.author === ctx.query.creator)
      const asc = ctx.query.direction === 'asc'
      all.sort((a, b) => (asc ? a.number - b.number : b.number - a.number))
      const page = paginate(ctx, all)
      return { status: 200, body: page.items.map(issueJson), headers: page.headers }
    },

    'issues/create': ctx => {
      checkBodyLength('Issue', ctx.body.body)
      const stamp = now()
      const issue: FakeIssue = {
        number: allocateNumber(),
        title: str(ctx.body.title),
        body: ctx.body.body === undefined ? null : str(ctx.body.body),
        author: fake.actor,
        state: 'open',
        labels: [],
        isPull: false,
        events: [],
        createdAt: stamp,
        updatedAt: stamp,
        closedAt: null,
      }
      for (const l of (ctx.body.labels ?? []) as Array<string | { name?: string }>) {
        const name = typeof l === 'string' ? l : l.name
        if (name) applyLabel(issue, name, fake.actor)
      }
      state.issues.set(issue.number, issue)
      return { status: 201, body: issueJson(issue) }
    },

    'issues/update': ctx => {
      const issue = issueOf(num(ctx.params.issue_number))
      const b = ctx.body
      checkBodyLength('Issue', b.body)
      if (b.title !== undefined && b.title !== null) issue.title = str(b.title)
      if (b.body !== undefined) issue.body = b.body === null ? null : str(b.body)
      if (b.state === 'open' || b.state === 'closed') {
        issue.state = b.state
        issue.closedAt = b.state === 'closed' ? now() : null
      }
      if (Array.isArray(b.labels)) {
        const names = (b.labels as Array<string | { name?: string }>).map(l => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean)
        for (const old of [...issue.labels]) if (!names.includes(old)) removeLabelFrom(issue, old, fake.actor)
        for (const name of names) if (!issue.labels.includes(name)) applyLabel(issue, name, fake.actor)
      }
      issue.updatedAt = now()
      return { status: 200, body: issueJson(issue) }
    },

    'issues/list-comments': ctx => {
      const n = num(ctx.params.issue_number)
      issueOf(n)
      const all = [...state.issueComments.values()].filter(c => c.issue === n).sort((a, b) => a.id - b.id)
      const page = paginate(ctx, all)
      return { status: 200, body: page.items.map(issueCommentJson), headers: page.headers }
    },

    'issues/create-comment': ctx => {
      const n = num(ctx.params.issue_number)
      issueOf(n)
      checkBodyLength('IssueComment', ctx.body.body)
      const stamp = now()
      const c: FakeIssueComment = { id: id(), issue: n, body: str(ctx.body.body), author: fake.actor, createdAt: stamp, updatedAt: stamp }
      state.issueComments.set(c.id, c)
      return { status: 201, body: issueCommentJson(c) }
    },

    'issues/update-comment': ctx => {
      const c = state.issueComments.get(num(ctx.params.comment_id))
      if (!c) throw new HttpError(404, 'Not Found')
      checkBodyLength('IssueComment', ctx.body.body)
      c.body = str(ctx.body.body)
      c.updatedAt = now()
      return { status: 200, body: issueCommentJson(c) }
    },

    'issues/list-labels-on-issue': ctx => {
      const issue = issueOf(num(ctx.params.issue_number))
      const page = paginate(ctx, issue.labels)
      return { status: 200, body: page.items.map(labelJson), headers: page.headers }
    },

    'issues/list-events': ctx => {
      const issue = issueOf(num(ctx.params.issue_number))
      const page = paginate(ctx, issue.events)
      return { status: 200, body: page.items.map(issueEventJson), headers: page.headers }
    },

    'issues/list-events-for-timeline': ctx => {
      const issue = issueOf(num(ctx.params.issue_number))
      const page = paginate(ctx, issue.events)
      return { status: 200, body: page.items.map(issueEventJson), headers: page.headers }
    },

    'teams/get-membership-for-user-in-org': ctx => {
      const team = state.teams.get(`${str(ctx.params.org)}/${str(ctx.params.team_slug)}`)
      const m = team?.get(str(ctx.params.username))
      if (!m) throw new HttpError(404, 'Not Found')
      const url = `${api()}/organizations/${stableId(str(ctx.params.org))}/team/${stableId(str(ctx.params.team_slug))}/memberships/${str(ctx.params.username)}`
      return { status: 200, body: { url, role: m.role, state: m.state } }
    },

    'actions/create-workflow-dispatch': ctx => {
      state.dispatches.push({
        workflowId: str(ctx.params.workflow_id),
        ref: str(ctx.body.ref),
        inputs: (ctx.body.inputs ?? {}) as Record<string, unknown>,
      })
      return { status: 204 }
    },
  }

  function knownCommit(sha: string): boolean {
    return state.commits.has(sha) || [...state.pulls.values()].some(p => p.shas.includes(sha) || p.baseSha === sha)
  }

  function allocateNumber(): number {
    while (state.issues.has(nextNumber)) nextNumber++
    return nextNumber++
  }

  function removeLabelFrom(issue: FakeIssue, label: string, by: string) {
    if (!issue.labels.includes(label)) return
    issue.labels = issue.labels.filter(l => l !== label)
    issue.events.push({ id: id(), event: 'unlabeled', actor: by, label, createdAt: now() })
  }

  /** Where a draft review comment lands, or GitHub's 422 when it cannot. */
  function placeComment(
    p: FakePull,
    d: Record<string, unknown>,
  ): Omit<FakeReviewComment, 'id' | 'pull' | 'reviewId' | 'commitId' | 'author' | 'createdAt' | 'updatedAt'> {
    const path = str(d.path)
    const file = p.files.find(f => f.filename === path)
    if (!file) throw unprocessable('Path could not be resolved')
    if (file.patch === undefined) throw unprocessable('Line could not be resolved: the file has no diff to comment on')
    const diff = parsed(file)
    const side = (d.side ?? 'RIGHT') as Side
    let at
    if (d.line !== undefined) at = diff.find(side, num(d.line))
    else if (d.position !== undefined) at = diff.atPosition(num(d.position))
    else throw unprocessable('Either line or position is required')
    if (!at) throw unprocessable('pull_request_review_thread.line must be part of the diff')
    let startLine: number | null = null
    let startSide: Side | null = null
    if (d.start_line !== undefined) {
      startSide = (d.start_side ?? side) as Side
      const start = diff.find(startSide, num(d.start_line))
      if (!start || start.hunk !== at.hunk) throw unprocessable('pull_request_review_thread.start_line must be part of the same hunk as the line')
      if (num(d.start_line) >= num(d.line)) throw unprocessable('pull_request_review_thread.start_line must precede the end line')
      startLine = num(d.start_line)
    }
    return {
      path,
      line: (side === 'RIGHT' ? at.right : at.left) ?? null,
      startLine,
      side,
      startSide,
      position: at.position,
      diffHunk: diff.hunkUpTo(at),
      body: str(d.body),
    }
  }

  // ------------------------------------------------------------------ GraphQL

  /** Threads of a pull request: each first comment (no in_reply_to) with its replies, oldest first. */
  const threadsOf = (pull: number) => {
    const all = [...state.reviewComments.values()].filter(c => c.pull === pull).sort((a, b) => a.id - b.id)
    return all
      .filter(c => !c.inReplyTo)
      .map(first => ({ first, comments: all.filter(c => c.id === first.id || c.inReplyTo === first.id), id: nodeId('PRRT', `thread:${first.id}`) }))
  }
  const threadJson = (t: ReturnType<typeof threadsOf>[number]) => ({
    __typename: 'PullRequestReviewThread',
    id: t.id,
    isResolved: state.resolvedThreads.has(t.first.id),
    // resolvedBy is a User: a bot (GITHUB_TOKEN, an App) that resolved a thread is no user.
    resolvedBy: ((login?: string) => (login && !login.endsWith('[bot]') ? { __typename: 'User', login } : null))(state.resolvedThreads.get(t.first.id)),
    comments: ({ first }: { first?: number }) => ({
      totalCount: t.comments.length,
      nodes: t.comments.slice(0, first ?? 100).map(c => ({
        __typename: 'PullRequestReviewComment',
        databaseId: c.id,
        body: c.body,
        author: { __typename: c.author.endsWith('[bot]') ? 'Bot' : 'User', login: c.author },
      })),
    }),
  })
  const setResolved = (threadId: string, resolved: boolean) => {
    if (fake.forbidThreadResolution) throw new TypedGraphQLError('FORBIDDEN', 'Resource not accessible by integration')
    const thread = [...state.pulls.keys()].flatMap(threadsOf).find(t => t.id === threadId)
    if (!thread) throw new TypedGraphQLError('NOT_FOUND', `Could not resolve to a node with the global id of '${threadId}'`)
    if (resolved) state.resolvedThreads.set(thread.first.id, fake.actor)
    else state.resolvedThreads.delete(thread.first.id)
    return { thread: threadJson(thread) }
  }
  const graphqlRoot = {
    repository: (args: { owner: string; name: string }) =>
      args.owner !== owner || args.name !== repo
        ? null
        : {
            pullRequest: ({ number }: { number: number }) => {
              if (!state.pulls.has(number)) return null
              return {
                reviewThreads: ({ first, after }: { first?: number; after?: string }) => {
                  if (first === undefined || first > 100) throw new TypedGraphQLError('EXCESSIVE_PAGINATION', 'first must be between 1 and 100')
                  const all = threadsOf(number)
                  const start = after ? Number(Buffer.from(after, 'base64').toString('utf8')) : 0
                  const nodes = all.slice(start, start + first)
                  const end = start + nodes.length
                  return {
                    totalCount: all.length,
                    pageInfo: {
                      hasNextPage: end < all.length,
                      endCursor: nodes.length ? Buffer.from(String(end)).toString('base64') : null,
                      hasPreviousPage: start > 0,
                      startCursor: null,
                    },
                    nodes: nodes.map(threadJson),
                  }
                },
              }
            },
          },
    resolveReviewThread: ({ input }: { input: { threadId: string } }) => setResolved(input.threadId, true),
    unresolveReviewThread: ({ input }: { input: { threadId: string } }) => setResolved(input.threadId, false),
  }

  /**
   * GraphQL as GitHub serves it: the document is parsed and validated against GitHub's public schema
   * (@octokit/graphql-schema), then executed over the fake's state. A document or variables the
   * schema refuses are violations; refusals GitHub gives (FORBIDDEN, NOT_FOUND) come as its `errors`
   * with HTTP 200.
   */
  function graphqlAnswer(body: unknown): { status: number; body: unknown; problems: string[] } {
    const b = (body ?? {}) as { query?: unknown; variables?: unknown }
    if (typeof b.query !== 'string')
      return { status: 400, body: { message: 'A query attribute must be specified and must be a string.' }, problems: ['no query'] }
    const variables = (b.variables ?? {}) as Record<string, unknown>
    state.graphql.push({ query: b.query, variables })
    let document
    try {
      document = parse(b.query)
    } catch (err) {
      return { status: 200, body: { errors: [{ message: (err as Error).message }] }, problems: [`GraphQL does not parse: ${(err as Error).message}`] }
    }
    const invalid = validate(githubSchema(), document)
    if (invalid.length)
      return { status: 200, body: { errors: invalid.map(e => e.toJSON()) }, problems: invalid.map(e => `GraphQL against GitHub's schema: ${e.message}`) }
    const result = executeSync({ schema: githubSchema(), document, rootValue: graphqlRoot, variableValues: variables })
    const errors = (result.errors ?? []).map(e => ({ ...e.toJSON(), ...(e.originalError instanceof TypedGraphQLError ? { type: e.originalError.type } : {}) }))
    const problems = (result.errors ?? []).filter(e => !(e.originalError instanceof TypedGraphQLError)).map(e => `GraphQL execution: ${e.message}`)
    return { status: 200, body: { data: result.data ?? null, ...(errors.length ? { errors } : {}) }, problems }
  }

  const patchCache = new WeakMap<PullFile, ParsedPatch>()
  function parsed(file: PullFile): ParsedPatch {
    let p = patchCache.get(file)
    if (!p) {
      p = parsePatch(file.patch ?? '')
      patchCache.set(file, p)
    }
    return p
  }

  // ------------------------------------------------------------------ request pipeline

  const isWrite = (method: string) => method !== 'GET' && method !== 'HEAD'

  const faultMatches = (f: StoredFault, r: FaultRequest): boolean => {
    if (typeof f.match === 'function') return f.match(r)
    const m = f.match
    if (m.operationId !== undefined && m.operationId !== r.operationId) return false
    if (m.method !== undefined && m.method.toUpperCase() !== r.method) return false
    if (m.writes !== undefined && m.writes !== isWrite(r.method)) return false
    if (typeof m.path === 'string' && m.path !== r.path) return false
    if (m.path instanceof RegExp && !m.path.test(r.path)) return false
    return true
  }

  const errorBody = (status: number, message: string, extra: Record<string, unknown> = {}) => ({
    message,
    documentation_url: DOCS,
    status: String(status),
    ...extra,
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase()
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    let path = url.pathname
    const query = Object.fromEntries(url.searchParams)
    const text = await readBody(req)
    const record: RecordedRequest = { method, path, query, body: undefined, status: 0 }
    requests.push(record)
    let operation: Operation | undefined
    const violate = (part: ContractPart, message: string) => {
      violations.push({ part, method, path, operationId: operation?.operationId, message })
    }
    const send = (reply: Reply) => {
      record.status = reply.status
      if (operation) {
        for (const p of contract.checkResponse(operation, reply.status, reply.body)) violate(p.part, `fake sent a non-conforming response: ${p.message}`)
      }
      const payload = reply.body === undefined ? '' : JSON.stringify(reply.body)
      res.writeHead(reply.status, {
        ...(payload ? { 'content-type': 'application/json; charset=utf-8' } : {}),
        'x-github-request-id': `FAKE:${requests.length}`,
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '4999',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
        'x-ratelimit-resource': 'core',
        ...reply.headers,
      })
      res.end(payload)
    }

    try {
      if (prefix) {
        if (!path.startsWith(`${prefix}/`)) {
          violate('route', `request outside the API prefix ${prefix}`)
          return send({ status: 404, body: errorBody(404, 'Not Found') })
        }
        path = path.slice(prefix.length)
        record.path = path
      }

      let body: unknown
      if (text.length > 0) {
        try {
          body = JSON.parse(text)
        } catch {
          violate('body', 'request body is not JSON')
          return send({ status: 400, body: errorBody(400, 'Problems parsing JSON') })
        }
        if (!/^application\/json\b/.test(req.headers['content-type'] ?? ''))
          violate('body', `content-type is ${req.headers['content-type'] ?? 'missing'}, not application/json`)
      }
      record.body = body

      if (method === 'POST' && (path === '/graphql' || (prefix.endsWith('/v3') && url.pathname === `${prefix.slice(0, -3)}graphql`))) {
        record.operationId = 'graphql'
        if (!req.headers.authorization) violate('auth', 'no Authorization header')
        const answer = graphqlAnswer(body)
        for (const problem of answer.problems) violate('body', problem)
        return send({ status: answer.status, body: answer.body })
      }

      const route = contract.match(method, path)
      if (!route) {
        violate('route', `no operation in GitHub's OpenAPI description matches ${method} ${path}`)
        return send({ status: 404, body: errorBody(404, 'Not Found') })
      }
      operation = route.operation
      record.operationId = operation.operationId

      if (!req.headers.authorization) violate('auth', 'no Authorization header')

      const checked = contract.checkRequest(route, url.searchParams, body, { strictBodies: options.strictBodies ?? true })
      for (const p of checked.problems) violate(p.part, p.message)
      const pathProblem = checked.problems.find(p => p.part === 'path')
      if (pathProblem) return send({ status: 404, body: errorBody(404, 'Not Found') })
      const inputProblem = checked.problems.find(p => p.part === 'query' || p.part === 'body')
      if (inputProblem) return send({ status: 422, body: errorBody(422, `Invalid request.\n\n${inputProblem.message}`) })

      const params = checked.pathParams
      if (('owner' in params && params.owner !== owner) || ('repo' in params && params.repo !== repo)) {
        return send({ status: 404, body: errorBody(404, 'Not Found') })
      }

      const ctx: Ctx = { params, query: checked.query, body: (body ?? {}) as Record<string, unknown>, path, rawQuery: url.searchParams }
      const answer = (): Reply => {
        const handler = handlers[operation!.operationId]
        if (!handler) {
          violate('route', `the fake does not implement ${operation!.operationId} (${method} ${operation!.template})`)
          return { status: 501, body: errorBody(501, 'Not Implemented by the fake') }
        }
        try {
          return handler(ctx)
        } catch (err) {
          if (err instanceof HttpError) return { status: err.status, body: errorBody(err.status, err.message, err.extra) }
          throw err
        }
      }

      const faultRequest: FaultRequest = { method, path, operationId: operation.operationId, query, body }
      const fault = faults.find(f => f.remaining > 0 && faultMatches(f, faultRequest))
      if (!fault) return send(answer())
      fault.remaining--
      fault.hits++
      const r = fault.response
      const early = r.stored ? answer() : undefined
      if (r.delayMs) await hold(r.delayMs, res)
      if (res.destroyed) return // the client gave up: nothing is sent, and nothing more is applied
      if (r.reset) {
        record.status = 0
        res.socket?.destroy()
        return
      }
      if (r.status !== undefined)
        return send({ status: r.status, body: r.body ?? errorBody(r.status, r.message ?? defaultMessage(r.status)), headers: r.headers })
      send(early ?? answer())
    } catch (err) {
      if (err instanceof HttpError) return send({ status: err.status, body: errorBody(err.status, err.message, err.extra) })
      violate('route', `the fake crashed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`)
      send({ status: 500, body: errorBody(500, 'Server Error') })
    }
  }

  /** Answers held back by `delayMs`; close() lets them go so no timer outlives the server. */
  const held = new Set<() => void>()
  const hold = (ms: number, res: ServerResponse) =>
    new Promise<void>(resolve => {
      const release = () => {
        clearTimeout(timer)
        held.delete(release)
        res.off('close', release)
        resolve()
      }
      // setTimeout cannot wait forever (it fires at once past 2^31 - 1 ms): Infinity waits for close.
      const timer = Number.isFinite(ms) ? setTimeout(release, ms) : undefined
      held.add(release)
      res.once('close', release)
    })

  const server = createServer((req, res) => {
    void handle(req, res)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  const fake: FakeGitHub = {
    url: `${origin}${prefix}`,
    owner,
    repo,
    requests,
    violations,
    state,
    contract,
    actor: options.actor ?? 'github-actions[bot]',
    reviewCommentLimit: undefined,

    addPullRequest(seed = {}) {
      const number = seed.number ?? allocateNumber()
      if (state.issues.has(number)) throw new Error(`issue or PR #${number} already exists`)
      const author = seed.author ?? 'octocat'
      const headSha = seed.headSha ?? sha(`head:${number}`)
      const stamp = now()
      const pull: FakePull = {
        number,
        title: seed.title ?? `Change #${number}`,
        body: seed.body ?? '',
        author,
        headSha,
        headRef: seed.headRef ?? `topic-${number}`,
        baseRef: seed.baseRef ?? 'main',
        baseSha: sha(`base:${number}`),
        shas: [headSha],
        state: seed.state ?? 'open',
        draft: seed.draft ?? false,
        files: (seed.files ?? []).map(toPullFile),
        createdAt: stamp,
      }
      state.pulls.set(number, pull)
      const issue: FakeIssue = {
        number,
        title: pull.title,
        body: pull.body,
        author,
        state: pull.state,
        labels: [],
        isPull: true,
        events: [],
        createdAt: stamp,
        updatedAt: stamp,
        closedAt: null,
      }
      state.issues.set(number, issue)
      for (const l of seed.labels ?? []) {
        if (typeof l === 'string') applyLabel(issue, l, author)
        else applyLabel(issue, l.name, l.by)
      }
      return pull
    },

    addIssue(seed) {
      const stamp = now()
      const issue: FakeIssue = {
        number: allocateNumber(),
        title: seed.title,
        body: seed.body ?? null,
        author: seed.author ?? 'octocat',
        state: seed.state ?? 'open',
        labels: [],
        isPull: false,
        events: [],
        createdAt: stamp,
        updatedAt: stamp,
        closedAt: seed.state === 'closed' ? stamp : null,
      }
      state.issues.set(issue.number, issue)
      for (const l of seed.labels ?? []) applyLabel(issue, l, issue.author)
      return issue
    },

    addLabel(issueNumber, label, by) {
      const issue = state.issues.get(issueNumber)
      if (!issue) throw new Error(`no issue or PR #${issueNumber}`)
      applyLabel(issue, label, by)
    },

    removeLabel(issueNumber, label, by) {
      const issue = state.issues.get(issueNumber)
      if (!issue) throw new Error(`no issue or PR #${issueNumber}`)
      removeLabelFrom(issue, label, by)
    },

    addReview(pull, r) {
      const p = state.pulls.get(pull)
      if (!p) throw new Error(`no PR #${pull}`)
      const review: FakeReview = {
        id: id(),
        pull,
        author: r.author,
        state: r.state,
        body: r.body ?? '',
        commitId: r.commitId ?? p.headSha,
        submittedAt: r.state === 'PENDING' ? null : now(),
      }
      state.reviews.set(review.id, review)
      return review
    },

    addReviewComment(pull, c) {
      const p = state.pulls.get(pull)
      if (!p) throw new Error(`no PR #${pull}`)
      const placed = placeComment(p, { path: c.path, line: c.line, body: c.body, ...(c.startLine !== undefined ? { start_line: c.startLine } : {}) })
      const stamp = now()
      const comment: FakeReviewComment = {
        ...placed,
        id: id(),
        pull,
        reviewId: null,
        commitId: p.headSha,
        author: c.author ?? 'octocat',
        createdAt: stamp,
        updatedAt: stamp,
      }
      state.reviewComments.set(comment.id, comment)
      return comment
    },

    addReviewReply(to, reply) {
      const first = state.reviewComments.get(to)
      if (!first) throw new Error(`no review comment ${to}`)
      const stamp = now()
      const comment: FakeReviewComment = {
        ...first,
        id: id(),
        inReplyTo: first.inReplyTo ?? first.id,
        reviewId: null,
        body: reply.body,
        author: reply.author,
        createdAt: stamp,
        updatedAt: stamp,
      }
      state.reviewComments.set(comment.id, comment)
      return comment
    },

    forbidThreadResolution: false,

    addIssueComment(issue, c) {
      if (!state.issues.has(issue)) throw new Error(`no issue or PR #${issue}`)
      const stamp = now()
      const comment: FakeIssueComment = { id: id(), issue, body: c.body, author: c.author ?? 'octocat', createdAt: stamp, updatedAt: stamp }
      state.issueComments.set(comment.id, comment)
      return comment
    },

    addTeamMember(org, teamSlug, login, membership = {}) {
      const key = `${org}/${teamSlug}`
      const team = state.teams.get(key) ?? new Map<string, TeamMembership>()
      team.set(login, { role: membership.role ?? 'member', state: membership.state ?? 'active' })
      state.teams.set(key, team)
    },

    addCommit(s) {
      state.commits.add(s)
    },

    addFile(ref, path, text, options) {
      files.set(`${ref}:${path}`, { text, symlinkTarget: options?.symlinkTarget })
    },

    fail(match, response) {
      const f: StoredFault = { match, response, remaining: response.times ?? 1, hits: 0 }
      faults.push(f)
      return f
    },

    forbidWrites() {
      return fake.fail({ writes: true }, { status: 403, times: Infinity, message: 'Resource not accessible by integration' })
    },

    clearFaults() {
      faults.length = 0
    },

    clearLog() {
      requests.length = 0
      violations.length = 0
    },

    requestsFor: operationId => requests.filter(r => r.operationId === operationId),

    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close(err => (err ? reject(err) : resolve()))
        server.closeAllConnections()
        for (const release of [...held]) release()
      }),
  }
  return fake

  function toPullFile(seed: FileSeed): PullFile {
    const counts = seed.patch === undefined ? { additions: 0, deletions: 0 } : parsePatch(seed.patch)
    return {
      filename: seed.filename,
      status: seed.status ?? 'modified',
      ...(seed.patch !== undefined ? { patch: seed.patch } : {}),
      ...(seed.previous_filename !== undefined ? { previous_filename: seed.previous_filename } : {}),
      additions: counts.additions,
      deletions: counts.deletions,
      sha: sha(`blob:${seed.filename}:${seed.patch ?? ''}`),
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Templates from real payloads

interface WebhookEvent {
  name: string
  examples: Array<Record<string, unknown>>
}

let webhookExamples: WebhookEvent[] | undefined

function loadWebhookExamples(): WebhookEvent[] {
  if (!webhookExamples) {
    const require = createRequire(import.meta.url)
    const file = require.resolve('@octokit/webhooks-examples/api.github.com/index.json')
    webhookExamples = JSON.parse(readFileSync(file, 'utf8')) as WebhookEvent[]
  }
  return webhookExamples
}

/** Real payloads, re-pointed at the fake's repository. */
class Templates {
  private readonly pr: Record<string, unknown>
  private readonly comment: Record<string, unknown>
  private readonly sender: Record<string, unknown>
  readonly label: Record<string, unknown>

  constructor(contract: Contract, owner: string, repo: string) {
    const events = loadWebhookExamples()
    const example = (event: string, key: string, accept: (x: Record<string, unknown>) => boolean = () => true) => {
      const found = events
        .find(e => e.name === event)
        ?.examples.map(x => x[key] as Record<string, unknown> | undefined)
        .find(x => x !== undefined && accept(x))
      if (!found) throw new Error(`@octokit/webhooks-examples has no ${event}.${key}`)
      const text = JSON.stringify(found).replaceAll('Codertocat/Hello-World', `${owner}/${repo}`).replaceAll('"Hello-World"', JSON.stringify(repo))
      return JSON.parse(text) as Record<string, unknown>
    }
    // The REST pull-request schema requires auto_merge, which older webhook payloads lack.
    this.pr = example('pull_request', 'pull_request', x => 'auto_merge' in x)
    this.comment = example('pull_request_review_comment', 'comment')
    this.sender = example('pull_request', 'sender')
    this.label = contract.example<Array<Record<string, unknown>>>('label-items')[0]!
  }

  pullRequest(): Record<string, unknown> {
    return structuredClone(this.pr)
  }

  reviewComment(): Record<string, unknown> {
    return structuredClone(this.comment)
  }

  user(login: string): Record<string, unknown> {
    const u = structuredClone(this.sender)
    const base = `https://api.github.com/users/${encodeURIComponent(login)}`
    return Object.assign(u, {
      login,
      id: stableId(`user:${login}`),
      node_id: nodeId('U', `user:${login}`),
      avatar_url: `https://avatars.githubusercontent.com/u/${stableId(`user:${login}`)}?v=4`,
      url: base,
      html_url: login.endsWith('[bot]') ? `https://github.com/apps/${encodeURIComponent(login.slice(0, -5))}` : `https://github.com/${login}`,
      followers_url: `${base}/followers`,
      following_url: `${base}/following{/other_user}`,
      gists_url: `${base}/gists{/gist_id}`,
      starred_url: `${base}/starred{/owner}{/repo}`,
      subscriptions_url: `${base}/subscriptions`,
      organizations_url: `${base}/orgs`,
      repos_url: `${base}/repos`,
      events_url: `${base}/events{/privacy}`,
      received_events_url: `${base}/received_events`,
      type: login.endsWith('[bot]') ? 'Bot' : 'User',
      site_admin: false,
    })
  }
}

// ---------------------------------------------------------------------------------------------------
// GitHub's GraphQL schema

/** An error GitHub's GraphQL API reports with a `type` (FORBIDDEN, NOT_FOUND…). */
class TypedGraphQLError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message)
  }
}

let schemaCache: GraphQLSchema | undefined

/** GitHub's public GraphQL schema (introspection JSON of @octokit/graphql-schema), built once. */
function githubSchema(): GraphQLSchema {
  if (!schemaCache) {
    // The package exports only its ESM entry, which reads this file the same way.
    const json = JSON.parse(readFileSync(new URL('../../node_modules/@octokit/graphql-schema/schema.json', import.meta.url), 'utf8')) as IntrospectionQuery
    schemaCache = buildClientSchema(json, { assumeValid: true })
  }
  return schemaCache
}

// ---------------------------------------------------------------------------------------------------
// Small helpers

function now(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
}

function sha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex')
}

function stableId(seed: string): number {
  return Number.parseInt(sha(seed).slice(0, 8), 16)
}

function nodeId(prefix: string, seed: string): string {
  return `${prefix}_${Buffer.from(sha(seed).slice(0, 12)).toString('base64url')}`
}

function defaultMessage(status: number): string {
  const messages: Record<number, string> = {
    400: 'Bad Request',
    401: 'Bad credentials',
    403: 'Forbidden',
    404: 'Not Found',
    409: 'Conflict',
    422: 'Validation Failed',
    500: 'Server Error',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
  }
  return messages[status] ?? `HTTP ${status}`
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * The stand-in's lifecycle for a test file: started once, cleared of faults and recorded requests
 * before each test, and after each test no request or answer may have broken GitHub's contract.
 * `use` receives the running stand-in (the file keeps it in its own variable).
 */
export function useGitHubApi(options: FakeGitHubOptions, use: (fake: FakeGitHub) => void): void {
  let fake: FakeGitHub | undefined
  beforeAll(async () => {
    fake = await startGitHubApi(options)
    use(fake)
  })
  afterAll(async () => {
    await fake?.close()
  })
  beforeEach(() => {
    fake!.clearFaults()
    fake!.clearLog()
  })
  afterEach(() => {
    expect(fake!.violations).toEqual([])
  })
}
