/**
 * The Octokit-backed GitHubPort. This is the only module that imports `@actions/github`.
 *
 * Octokit runs with @octokit/plugin-retry (5xx and other transient answers are retried with a growing
 * pause; 4xx answers such as 403/404/422 are not) and @octokit/plugin-throttling (rate-limit answers wait
 * for the reset when that is soon, and writes are spaced as GitHub asks integrations to). Every attempt
 * has a timeout and the run's calls share a time budget (time-budget.ts).
 */
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling'
import { createOnce, NO_RETRY, writeToken } from './create-once.js'
import { GitHubApiError, GitHubTimeout, GitHubWriteForbidden, ReviewCommentsRejected, type RejectedReviewComment } from './errors.js'
import { ANNOTATIONS_PER_REQUEST, MAX_CHECK_RUN_ANNOTATIONS, MAX_CHECK_RUN_TEXT, MAX_PR_FILES, MAX_REVIEW_THREADS } from './limits.js'
import { API_BUDGET_MS, ApiClock, REQUEST_TIMEOUT_MS, RequestTimedOut, SLOW_CALL_LOG_MS, timedFetch, type TimeLimits } from './time-budget.js'
import type {
  ChangedFile,
  CheckRunAnnotation,
  CheckRunDraft,
  ExistingComment,
  ExistingReview,
  GitHubPort,
  RepoRef,
  ReviewCommentDraft,
  ReviewThread,
} from './port.js'

export interface ConnectOptions {
  /** REST API root; default GITHUB_API_URL (GitHub Enterprise Server), else https://api.github.com. */
  baseUrl?: string
  /** Retries of a failed request (5xx, network); default 3. */
  retries?: number
  /**
   * Milliseconds per retry unit: retry n waits n² units; a rate-limit wait of s seconds waits s units.
   * Default 1000. Tests pass 1.
   */
  retryAfterBaseValue?: number
  /** Wait for a rate-limit reset at most this many seconds; longer waits fail the call. Default 60. */
  maxRateLimitWaitSeconds?: number
  /**
   * Space writes ≥1 s apart (≥3 s for ones that notify people), as GitHub's best practices ask and the
   * throttling plugin does by default. Default true; tests turn it off.
   */
  writePacing?: boolean
  /** Milliseconds one HTTP attempt may take, body included; default 30 000. */
  requestTimeoutMs?: number
  /**
   * Milliseconds all calls of this port (one run) may take together, counting the time at least one
   * call is in flight, retries and rate-limit waits included; default 300 000. Past it every call
   * fails at once with a GitHubTimeout.
   */
  budgetMs?: number
  /** Log "still waiting for GitHub: …" after this many milliseconds of one attempt, and again after each further interval; default 10 000. */
  slowCallLogMs?: number
  /** Where to say what happened (retries, splits, slow calls). Never receives the token. */
  log?: (msg: string) => void
}

type Octokit = ReturnType<typeof getOctokit>

const REVIEW_REQUEST_BUDGET = 16
const CONTINUED_REVIEW_BODY = '(More findings from the same run.)'

export function connect(token: string, repo: RepoRef, opts: ConnectOptions = {}): GitHubPort {
  const log = opts.log ?? (() => undefined)
  const limits: TimeLimits = {
    requestTimeoutMs: opts.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
    budgetMs: opts.budgetMs ?? API_BUDGET_MS,
    slowCallLogMs: opts.slowCallLogMs ?? SLOW_CALL_LOG_MS,
  }
  const clock = new ApiClock(limits.budgetMs)
  const retries = opts.retries ?? 3
  const unit = opts.retryAfterBaseValue ?? 1000
  const octokit = createOctokit(token, opts, { retries, unit, clock }, log)
  limitTime(octokit, clock, limits, log)
  // Creating POSTs pause like the retry plugin would (n² units) before looking for a lost write.
  return new OctokitPort(octokit, repo, log, { retries, pauseMs: n => n * n * unit })
}

function createOctokit(
  token: string,
  opts: ConnectOptions,
  { retries, unit, clock }: { retries: number; unit: number; clock: ApiClock },
  log: (msg: string) => void,
): Octokit {
  const baseUrl = (opts.baseUrl ?? process.env.GITHUB_API_URL)?.replace(/\/+$/, '')
  const maxWait = opts.maxRateLimitWaitSeconds ?? 60
  const onLimit =
    (kind: string) =>
    (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      // A wait the run's time budget cannot cover only postpones the failure.
      const again = retryCount < retries && retryAfter <= maxWait && retryAfter * unit < clock.remaining()
      log(`GitHub ${kind} on ${options.method} ${options.url}: ${again ? `retrying in ${retryAfter}s` : 'giving up'}`)
      return again
    }
  const throttle = {
    onRateLimit: onLimit('rate limit'),
    onSecondaryRateLimit: onLimit('secondary rate limit'),
    retryAfterBaseValue: unit,
    ...(opts.writePacing === false ? { write: immediate, notifications: immediate, search: immediate } : {}),
  } as ThrottlingOptions
  return getOctokit(
    token,
    {
      ...(baseUrl ? { baseUrl } : {}),
      retry: { retries, retryAfterBaseValue: unit },
      throttle,
      log: { debug: () => undefined, info: () => undefined, warn: log, error: log },
    },
    retry,
    throttling,
  )
}

/**
 * Puts every request under the run's clock. Wrapped last, this hook is the outermost: the time it
 * measures includes the retry plugin's pauses and the throttling plugin's waits. Each attempt below it
 * goes through a timed fetch, which keeps @actions/github's proxy-aware fetch underneath.
 */
function limitTime(octokit: Octokit, clock: ApiClock, limits: TimeLimits, log: (msg: string) => void): void {
  octokit.hook.wrap('request', async (request, options) => {
    if (clock.remaining() <= 0) throw new RequestTimedOut(`${options.method} ${options.url}: ${clock.spentMessage()}`)
    const inner = (options.request?.fetch as Parameters<typeof timedFetch>[0] | undefined) ?? globalThis.fetch
    // A new object: the one in options may be the shared defaults, and wrappers would pile up on it.
    options.request = { ...options.request, fetch: timedFetch(inner, clock, limits, log) }
    clock.start()
    try {
      return await request(options)
    } finally {
      clock.stop()
    }
  })
}

/** Stands in for a Bottleneck group that would space requests: runs each job at once. */
const immediate = {
  key: () => ({
    schedule: (_options: unknown, job: (...args: unknown[]) => unknown, ...args: unknown[]) => Promise.resolve(job(...args)),
  }),
}

class OctokitPort implements GitHubPort {
  private readonly owner: string
  private readonly repo: string

  constructor(
    private readonly octokit: Octokit,
    ref: RepoRef,
    private readonly log: (msg: string) => void,
    /** How creating POSTs are repeated after a failure that may have landed (see create-once.ts). */
    private readonly again: { retries: number; pauseMs: (n: number) => number },
  ) {
    this.owner = ref.owner
    this.repo = ref.repo
  }

  async changedFiles(pr: number): Promise<{ files: ChangedFile[]; truncated: boolean }> {
    const files = await call('pulls.listFiles', false, async () => {
      const out: ChangedFile[] = []
      const pages = this.octokit.paginate.iterator(this.octokit.rest.pulls.listFiles, { ...this.ref, pull_number: pr, per_page: 100 })
      for await (const { data } of pages) {
        for (const f of data) {
          if (out.length >= MAX_PR_FILES) break
          out.push({
            path: f.filename,
            status: f.status,
            ...(f.previous_filename ? { previousPath: f.previous_filename } : {}),
            ...(f.patch !== undefined ? { patch: f.patch } : {}),
          })
        }
        if (out.length >= MAX_PR_FILES) break
      }
      return out
    })
    if (files.length < MAX_PR_FILES) return { files, truncated: false }
    // GitHub stops at MAX_PR_FILES without saying so; the pull request knows how many files it has.
    const { data } = await call('pulls.get', false, () => this.octokit.rest.pulls.get({ ...this.ref, pull_number: pr }))
    return { files, truncated: data.changed_files > files.length }
  }

  async reviewComments(pr: number): Promise<ExistingComment[]> {
    const comments = await call('pulls.listReviewComments', false, () =>
      this.octokit.paginate(this.octokit.rest.pulls.listReviewComments, { ...this.ref, pull_number: pr, per_page: 100 }),
    )
    return comments.map(c => ({
      id: c.id,
      path: c.path,
      ...(typeof c.line === 'number' ? { line: c.line } : {}),
      body: c.body,
      author: c.user?.login ?? '',
      authorType: c.user?.type ?? '',
    }))
  }

  async reviews(pr: number): Promise<ExistingReview[]> {
    const reviews = await call('pulls.listReviews', false, () =>
      this.octokit.paginate(this.octokit.rest.pulls.listReviews, { ...this.ref, pull_number: pr, per_page: 100 }),
    )
    return reviews.map(r => ({
      id: r.id,
      body: r.body ?? '',
      author: r.user?.login ?? '',
      authorType: r.user?.type ?? '',
      state: r.state,
      ...(r.commit_id ? { commitId: r.commit_id } : {}),
    }))
  }

  async pullRequestHead(pr: number): Promise<string> {
    const { data } = await call('pulls.get', false, () => this.octokit.rest.pulls.get({ ...this.ref, pull_number: pr }))
    return data.head.sha
  }

  async pullRequestAuthor(pr: number): Promise<string | undefined> {
    const { data } = await call('pulls.get', false, () => this.octokit.rest.pulls.get({ ...this.ref, pull_number: pr }))
    return data.user?.login ?? undefined
  }

  async fileAt(path: string, ref: string, maxBytes: number): Promise<string | undefined> {
    let data: unknown
    try {
      ;({ data } = await call('repos.getContent', false, () => this.octokit.rest.repos.getContent({ ...this.ref, path, ref })))
    } catch (err) {
      if (err instanceof GitHubApiError && err.status === 404) return undefined
      throw err
    }
    const file = data as { type?: string; size?: number; encoding?: string; content?: string }
    if (Array.isArray(data) || file.type !== 'file')
      throw new Error(`${path} at ${ref.slice(0, 7)} is ${Array.isArray(data) ? 'a directory' : `a ${file.type ?? 'non-file'}`}, not a regular file`)
    if ((file.size ?? 0) > maxBytes) throw new Error(`${path} at ${ref.slice(0, 7)} is larger than ${maxBytes} bytes`)
    if (file.encoding !== 'base64' || typeof file.content !== 'string')
      throw new Error(`${path} at ${ref.slice(0, 7)}: GitHub sent no content (encoding ${file.encoding ?? 'none'})`)
    return Buffer.from(file.content, 'base64').toString('utf8')
  }

  async createReview(pr: number, commitId: string, body: string, comments: ReviewCommentDraft[]): Promise<{ id: number }> {
    const rejected: Array<RejectedReviewComment<ReviewCommentDraft>> = []
    let bodyReview: number | undefined
    let budget = REVIEW_REQUEST_BUDGET
    const post = (part: ReviewCommentDraft[]): Promise<number> => {
      const marker = writeMarker(writeToken())
      const text = `${bodyReview === undefined ? body : CONTINUED_REVIEW_BODY}\n\n${marker}`
      return createOnce({
        operation: 'pulls.createReview',
        ...this.again,
        log: this.log,
        post: async () => {
          const { data } = await call('pulls.createReview', true, () =>
            this.octokit.rest.pulls.createReview({
              ...this.ref,
              pull_number: pr,
              commit_id: commitId,
              event: 'COMMENT',
              body: text,
              comments: part.map(reviewComment),
              request: NO_RETRY,
            }),
          )
          return data.id
        },
        // Only this request's review carries its token; a bot wrote it, on this commit.
        find: async () => (await this.reviews(pr)).find(r => r.authorType === 'Bot' && r.commitId === commitId && r.body.includes(marker))?.id,
      })
    }
    const attempt = async (part: ReviewCommentDraft[]): Promise<void> => {
      if (budget <= 0) {
        rejected.push(...part.map(draft => ({ draft, reason: 'not sent: too many review requests after 422 answers' })))
        return
      }
      budget--
      try {
        const id = await post(part)
        bodyReview ??= id
      } catch (err) {
        if (!(err instanceof GitHubApiError) || err.status !== 422 || part.length === 0) throw err
        if (part.length === 1) {
          rejected.push({ draft: part[0]!, reason: err.message })
          return
        }
        const half = Math.ceil(part.length / 2)
        this.log(`GitHub refused a review with ${part.length} comments (422); posting it as two parts`)
        await attempt(part.slice(0, half))
        await attempt(part.slice(half))
      }
    }
    await attempt(comments)
    if (bodyReview === undefined) {
      budget = 1
      await attempt([])
    }
    if (rejected.length > 0) throw new ReviewCommentsRejected(rejected, bodyReview)
    return { id: bodyReview! }
  }

  async updateReview(pr: number, id: number, body: string): Promise<void> {
    await call('pulls.updateReview', true, () => this.octokit.rest.pulls.updateReview({ ...this.ref, pull_number: pr, review_id: id, body }))
  }

  async updateReviewComment(id: number, body: string): Promise<void> {
    await call('pulls.updateReviewComment', true, () => this.octokit.rest.pulls.updateReviewComment({ ...this.ref, comment_id: id, body }))
  }

  async reviewThreads(pr: number): Promise<ReviewThread[]> {
    const threads: ReviewThread[] = []
    let after: string | null = null
    do {
      const data: ThreadsPage = await graphql('reviewThreads', false, () =>
        this.octokit.graphql<ThreadsPage>(REVIEW_THREADS_QUERY, { owner: this.owner, repo: this.repo, number: pr, after }),
      )
      const page = data.repository?.pullRequest?.reviewThreads
      if (!page) break
      for (const t of page.nodes ?? []) {
        const comments = t?.comments.nodes ?? []
        const first = comments[0]
        if (!t || !first?.databaseId) continue
        threads.push({
          id: t.id,
          isResolved: t.isResolved,
          firstCommentId: first.databaseId,
          // The first comment's replies; an author GitHub no longer knows (a deleted account) counts as a person.
          humanReplied: comments.slice(1).some(c => c?.author?.__typename !== 'Bot') || t.comments.totalCount > comments.length,
          resolvedByPerson: t.isResolved && !!t.resolvedBy && !t.resolvedBy.login.endsWith('[bot]'),
        })
      }
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null
    } while (after && threads.length < MAX_REVIEW_THREADS)
    return threads
  }

  async resolveReviewThread(threadId: string): Promise<void> {
    await graphql('resolveReviewThread', true, () => this.octokit.graphql(RESOLVE_THREAD, { threadId }))
  }

  async unresolveReviewThread(threadId: string): Promise<void> {
    await graphql('unresolveReviewThread', true, () => this.octokit.graphql(UNRESOLVE_THREAD, { threadId }))
  }

  async requestTeamReview(pr: number, teamSlug: string): Promise<void> {
    await call('pulls.requestReviewers', true, () => this.octokit.rest.pulls.requestReviewers({ ...this.ref, pull_number: pr, team_reviewers: [teamSlug] }))
  }

  async writeCheckRun(draft: CheckRunDraft): Promise<{ id: number; requests: number }> {
    const annotations = draft.annotations.slice(0, MAX_CHECK_RUN_ANNOTATIONS).map(annotation)
    const batches: Array<typeof annotations> = []
    for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST))
    if (batches.length === 0) batches.push([])
    const output = (batch: typeof annotations) => ({
      title: draft.title,
      summary: clip(draft.summary),
      ...(draft.text !== undefined ? { text: clip(draft.text) } : {}),
      annotations: batch,
    })
    const done = () => ({ status: 'completed' as const, conclusion: draft.conclusion, completed_at: new Date().toISOString() })

    const single = batches.length === 1
    // A re-evaluation of the same commit (a label, a review) updates this tool's latest check run of
    // the commit, so the check a branch rule requires turns green or red in place. Annotations that
    // run already has are not sent again: GitHub keeps every annotation once attached.
    const earlier = await this.latestCheckRun(draft)
    if (earlier) {
      const have = new Set(earlier.annotations.map(annotationKey))
      const fresh = annotations.filter(a => !have.has(annotationKey(a)))
      const want = new Set(annotations.map(annotationKey))
      const stale = new Set(earlier.annotations.map(annotationKey).filter(k => !want.has(k))).size
      try {
        return await this.updateCheckRun(earlier.id, { ...draft, summary: stale ? `${draft.summary}${staleNote(stale)}` : draft.summary }, fresh)
      } catch (err) {
        // A run another app created (GitHub lets only its creator update it): a new run of our own.
        if (!(err instanceof GitHubWriteForbidden)) throw err
        this.log(`check run ${earlier.id} cannot be updated with this token (${err.message}); creating a new one`)
      }
    }
    // Found again by this token, not by name and commit alone: an earlier run's check run on the same
    // commit (perhaps a green one) must never be taken for this one.
    const externalId = `${CHECK_RUN_ID_PREFIX}${writeToken()}`
    const id = await createOnce({
      operation: 'checks.create',
      ...this.again,
      log: this.log,
      post: async () => {
        const { data } = await call('checks.create', true, () =>
          this.octokit.rest.checks.create({
            ...this.ref,
            name: draft.name,
            head_sha: draft.headSha,
            external_id: externalId,
            ...(single ? done() : { status: 'in_progress' as const }),
            output: output(batches[0]!),
            request: NO_RETRY,
          }),
        )
        return data.id
      },
      find: async () => {
        const runs = await call('checks.listForRef', false, () =>
          this.octokit.paginate(this.octokit.rest.checks.listForRef, { ...this.ref, ref: draft.headSha, check_name: draft.name, filter: 'all', per_page: 100 }),
        )
        return runs.find(r => r.external_id === externalId)?.id
      },
    })
    let requests = 1
    try {
      for (let i = 1; i < batches.length; i++) {
        const last = i === batches.length - 1
        await call('checks.update', true, () =>
          this.octokit.rest.checks.update({ ...this.ref, check_run_id: id, ...(last ? done() : {}), output: output(batches[i]!) }),
        )
        requests++
      }
    } catch (err) {
      // The run was created in_progress: left so, it would block a required check forever.
      await this.completeAfterFailure(id, draft, err, Math.min(annotations.length, requests * ANNOTATIONS_PER_REQUEST), annotations.length)
      throw err
    }
    return { id, requests }
  }

  /** This tool's newest completed check run of the commit with the draft's name, and its annotations. */
  private async latestCheckRun(draft: CheckRunDraft): Promise<{ id: number; annotations: CheckRunAnnotation[] } | undefined> {
    const runs = await call('checks.listForRef', false, () =>
      this.octokit.paginate(this.octokit.rest.checks.listForRef, { ...this.ref, ref: draft.headSha, check_name: draft.name, filter: 'latest', per_page: 100 }),
    )
    // Ours by the external id this port writes and by a bot's app: a person's token cannot create check runs.
    const run = runs
      .filter(r => r.head_sha === draft.headSha && r.status === 'completed' && (r.external_id ?? '').startsWith(CHECK_RUN_ID_PREFIX))
      .sort((a, b) => b.id - a.id)[0]
    if (!run) return undefined
    const annotations = await call('checks.listAnnotations', false, () =>
      this.octokit.paginate(this.octokit.rest.checks.listAnnotations, { ...this.ref, check_run_id: run.id, per_page: 100 }),
    )
    return {
      id: run.id,
      annotations: annotations.map(a => ({
        path: a.path,
        start_line: a.start_line,
        end_line: a.end_line,
        annotation_level: (a.annotation_level ?? 'notice') as CheckRunAnnotation['annotation_level'],
        message: a.message ?? '',
        ...(a.title ? { title: a.title } : {}),
      })),
    }
  }

  /** Rewrites an existing check run: its conclusion and text, and the annotations it lacks, in batches. */
  private async updateCheckRun(id: number, draft: CheckRunDraft, annotations: CheckRunAnnotation[]): Promise<{ id: number; requests: number }> {
    const batches: CheckRunAnnotation[][] = []
    for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST))
    if (batches.length === 0) batches.push([])
    let requests = 0
    for (const [i, batch] of batches.entries()) {
      const last = i === batches.length - 1
      await call('checks.update', true, () =>
        this.octokit.rest.checks.update({
          ...this.ref,
          check_run_id: id,
          ...(last ? { status: 'completed' as const, conclusion: draft.conclusion, completed_at: new Date().toISOString() } : {}),
          output: { title: draft.title, summary: clip(draft.summary), ...(draft.text !== undefined ? { text: clip(draft.text) } : {}), annotations: batch },
        }),
      )
      requests++
    }
    return { id, requests }
  }

  /**
   * Completes a check run whose annotation updates failed, with the draft's conclusion (the findings
   * decide it, not how many annotations arrived) and a note saying what is missing. Best effort: a
   * failure here is logged, and the caller gets the original error.
   */
  private async completeAfterFailure(id: number, draft: CheckRunDraft, cause: unknown, sent: number, total: number): Promise<void> {
    const note = `\n\n**Note:** only ${sent} of ${total} annotations could be attached to this check run (${(cause as Error).message}). The job summary and the JSON report list every finding.`
    try {
      await call('checks.update', true, () =>
        this.octokit.rest.checks.update({
          ...this.ref,
          check_run_id: id,
          status: 'completed',
          conclusion: draft.conclusion,
          completed_at: new Date().toISOString(),
          output: { title: draft.title, summary: clip(draft.summary, note) },
        }),
      )
      this.log(`check run ${id}: an annotation update failed; completed it as ${draft.conclusion} without the remaining annotations`)
    } catch (err) {
      this.log(`check run ${id}: an annotation update failed, and completing the run failed too (${(err as Error).message}); it may stay in progress`)
    }
  }

  async pullRequestLabels(pr: number): Promise<string[]> {
    const labels = await call('issues.listLabelsOnIssue', false, () =>
      this.octokit.paginate(this.octokit.rest.issues.listLabelsOnIssue, { ...this.ref, issue_number: pr, per_page: 100 }),
    )
    return labels.map(l => l.name)
  }

  async labelAppliedBy(pr: number, label: string): Promise<string | undefined> {
    const events = await call('issues.listEvents', false, () =>
      this.octokit.paginate(this.octokit.rest.issues.listEvents, { ...this.ref, issue_number: pr, per_page: 100 }),
    )
    let actor: string | undefined
    for (const e of events) {
      const labelName = 'label' in e ? (e.label as { name?: string } | undefined)?.name : undefined
      if (e.event === 'labeled' && labelName === label) actor = e.actor?.login ?? actor
    }
    return actor
  }

  async approvedBy(pr: number, headSha?: string): Promise<string[]> {
    const head = headSha ?? (await this.pullRequestHead(pr))
    const latest = new Map<string, { state: string; commit: string | undefined }>()
    for (const r of await this.reviews(pr)) {
      // A COMMENTED review neither grants nor withdraws an approval, as on GitHub's own merge box.
      if (r.author && (r.state === 'APPROVED' || r.state === 'CHANGES_REQUESTED' || r.state === 'DISMISSED'))
        latest.set(r.author, { state: r.state, commit: r.commitId })
    }
    // A stale approval (of a commit before the latest push) did not see the current changes.
    return [...latest]
      .filter(([, r]) => r.state === 'APPROVED' && r.commit === head)
      .map(([login]) => login)
      .sort()
  }

  async isTeamMember(org: string, teamSlug: string, user: string): Promise<boolean | 'permission-denied'> {
    try {
      const { data } = await call('teams.getMembershipForUserInOrg', false, () =>
        this.octokit.rest.teams.getMembershipForUserInOrg({ org, team_slug: teamSlug, username: user }),
      )
      return data.state === 'active'
    } catch (err) {
      if (err instanceof GitHubApiError && err.status === 404) return false
      if (err instanceof GitHubApiError && !err.rateLimited && (err.status === 401 || err.status === 403)) return 'permission-denied'
      throw err
    }
  }

  async findIssueByMarker(marker: string, label?: string): Promise<{ number: number; body: string } | undefined> {
    return call('issues.listForRepo', false, async () => {
      const pages = this.octokit.paginate.iterator(this.octokit.rest.issues.listForRepo, {
        ...this.ref,
        state: 'open',
        ...(label !== undefined ? { labels: label } : {}),
        per_page: 100,
      })
      for await (const { data } of pages) {
        // Only a bot's issue: anyone can open one carrying the marker (see GitHubPort.findIssueByMarker).
        const found = data.find(i => !i.pull_request && i.user?.type === 'Bot' && typeof i.body === 'string' && i.body.includes(marker))
        if (found) return { number: found.number, body: found.body ?? '' }
      }
      return undefined
    })
  }

  async createIssue(title: string, body: string, labels?: string[]): Promise<number> {
    return createOnce({
      operation: 'issues.create',
      ...this.again,
      log: this.log,
      post: async () => {
        const { data } = await call('issues.create', true, () =>
          this.octokit.rest.issues.create({ ...this.ref, title, body, ...(labels?.length ? { labels } : {}), request: NO_RETRY }),
        )
        return data.number
      },
      // The newest open issues: one a bot opened with this very title and body is the one that landed.
      // (No token in the body: the tracking issue's body is compared with the next run's text.)
      find: async () => {
        const { data } = await call('issues.listForRepo', false, () =>
          this.octokit.rest.issues.listForRepo({ ...this.ref, state: 'open', sort: 'created', direction: 'desc', per_page: 100 }),
        )
        return data.find(i => !i.pull_request && i.user?.type === 'Bot' && i.title === title && (i.body ?? '') === body)?.number
      },
    })
  }

  async updateIssue(number: number, body: string): Promise<void> {
    await call('issues.update', true, () => this.octokit.rest.issues.update({ ...this.ref, issue_number: number, body }))
  }

  async dispatchWorkflow(workflowId: string, ref: string, inputs: Record<string, string>): Promise<void> {
    await call('actions.createWorkflowDispatch', true, () =>
      this.octokit.rest.actions.createWorkflowDispatch({ ...this.ref, workflow_id: workflowId, ref, inputs }),
    )
  }

  private get ref(): { owner: string; repo: string } {
    return { owner: this.owner, repo: this.repo }
  }
}

/** Starts the external_id of every check run this port creates: how a re-evaluation finds its own. */
const CHECK_RUN_ID_PREFIX = 'host-namespace-guard:'

/** What GitHub answers for an annotation, as a key: equal keys are the same annotation. */
const annotationKey = (a: CheckRunAnnotation) => JSON.stringify([a.path, a.start_line, a.end_line, a.annotation_level, a.message, a.title ?? ''])

const staleNote = (n: number) =>
  `\n\n**Note:** this check run was re-evaluated on the same commit (a label or a review changed). ${n} annotation${n === 1 ? '' : 's'} from the earlier evaluation no longer appl${n === 1 ? 'ies' : 'y'}: GitHub keeps annotations once attached, and the tables above are current.`

/** Review threads, 100 a page, with the first comments of each: enough to find ours and any reply. */
const REVIEW_THREADS_QUERY = `query HostNamespaceGuardThreads($owner: String!, $repo: String!, $number: Int!, $after: String) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      reviewThreads(first: 100, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes {
          id
          isResolved
          resolvedBy { login }
          comments(first: 20) { totalCount nodes { databaseId author { __typename login } } }
        }
      }
    }
  }
}`
const RESOLVE_THREAD = `mutation HostNamespaceGuardResolve($threadId: ID!) { resolveReviewThread(input: { threadId: $threadId }) { thread { id isResolved } } }`
const UNRESOLVE_THREAD = `mutation HostNamespaceGuardUnresolve($threadId: ID!) { unresolveReviewThread(input: { threadId: $threadId }) { thread { id isResolved } } }`

interface ThreadsPage {
  repository?: {
    pullRequest?: {
      reviewThreads: {
        pageInfo: { hasNextPage: boolean; endCursor: string | null }
        nodes?: Array<{
          id: string
          isResolved: boolean
          resolvedBy?: { login: string } | null
          comments: { totalCount: number; nodes?: Array<{ databaseId?: number | null; author?: { __typename: string; login: string } | null } | null> }
        } | null>
      }
    } | null
  } | null
}

/**
 * One GraphQL operation. GitHub answers a refusal with HTTP 200 and `errors` of type FORBIDDEN
 * ("Resource not accessible by integration"): that becomes GitHubWriteForbidden, as a REST 403 does,
 * so callers fall back the same way.
 */
async function graphql<T>(operation: string, write: boolean, run: () => Promise<T>): Promise<T> {
  try {
    return await call(operation, write, run)
  } catch (err) {
    const errors = (err as { errors?: Array<{ type?: string; message?: string }> }).errors
    if (!Array.isArray(errors)) throw err
    const message = `${operation}: ${errors.map(e => e.message ?? e.type ?? 'error').join('; ')}`
    if (errors.some(e => e.type === 'FORBIDDEN' || /not accessible|permission/i.test(e.message ?? ''))) throw new GitHubWriteForbidden(message, 403, operation)
    throw new GitHubApiError(message, 0, operation)
  }
}

/** Ends each review body the port posts: names that one request, so a lookup can tell whether it landed. */
const writeMarker = (token: string) => `<!-- host-namespace-guard:write=${token} -->`

function reviewComment(c: ReviewCommentDraft) {
  const multiLine = c.startLine !== undefined && c.startLine < c.line
  return {
    path: c.path,
    line: c.line,
    side: 'RIGHT',
    body: c.body,
    ...(multiLine ? { start_line: c.startLine, start_side: 'RIGHT' } : {}),
  }
}

/** Only the fields GitHub knows; columns only on single-line annotations, which GitHub requires. */
function annotation(a: CheckRunAnnotation): CheckRunAnnotation {
  const sameLine = a.start_line === a.end_line
  return {
    path: a.path,
    start_line: a.start_line,
    end_line: a.end_line,
    ...(sameLine && a.start_column !== undefined ? { start_column: a.start_column } : {}),
    ...(sameLine && a.end_column !== undefined ? { end_column: a.end_column } : {}),
    annotation_level: a.annotation_level,
    message: a.message,
    ...(a.title !== undefined ? { title: a.title } : {}),
    ...(a.raw_details !== undefined ? { raw_details: a.raw_details } : {}),
  }
}

const CLIPPED = '\n\n… (truncated)'

/**
 * Keep text within GitHub's limit, counted in UTF-8 bytes so it holds however GitHub counts; `tail`
 * (a note of ours) is always kept whole.
 */
function clip(text: string, tail = ''): string {
  const tailBytes = Buffer.byteLength(tail, 'utf8')
  if (Buffer.byteLength(text, 'utf8') + tailBytes <= MAX_CHECK_RUN_TEXT) return text + tail
  const budget = MAX_CHECK_RUN_TEXT - Buffer.byteLength(CLIPPED, 'utf8') - tailBytes
  let bytes = 0
  let out = ''
  for (const ch of text) {
    bytes += Buffer.byteLength(ch, 'utf8')
    if (bytes > budget) break
    out += ch
  }
  return out + CLIPPED + tail
}

interface RequestErrorLike {
  status: number
  message: string
  response?: { headers?: Record<string, string | number | undefined> }
}

function isRequestError(err: unknown): err is RequestErrorLike {
  return err instanceof Error && typeof (err as Partial<RequestErrorLike>).status === 'number'
}

/** Run one port operation; Octokit's errors become the port's (the message never holds the token). */
async function call<T>(operation: string, write: boolean, run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (err) {
    // Octokit wraps what fetch throws in a RequestError (status 500) and keeps it as the cause.
    const cause = err instanceof Error ? err.cause : undefined
    const timedOut = err instanceof RequestTimedOut ? err : cause instanceof RequestTimedOut ? cause : undefined
    if (timedOut) throw new GitHubTimeout(`${operation}: ${timedOut.message}`, operation)
    if (!isRequestError(err)) throw err
    const headers = err.response?.headers ?? {}
    const rateLimited = err.status === 429 || (err.status === 403 && (String(headers['x-ratelimit-remaining']) === '0' || /rate limit/i.test(err.message)))
    const message = `${operation}: HTTP ${err.status}: ${err.message}`
    if (write && !rateLimited && (err.status === 403 || err.status === 404)) throw new GitHubWriteForbidden(message, err.status, operation)
    throw new GitHubApiError(message, err.status, operation, rateLimited)
  }
}
