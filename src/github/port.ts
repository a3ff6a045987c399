/**
 * The GitHub port: the only way the rest of Host Namespace Guard talks to GitHub (STYLE.md §2 and
 * sketch 8). Reporters and policy code receive a `GitHubPort`, never Octokit; `connect` builds the
 * Octokit-backed one (src/github/octokit.ts), and tests run it against a local fake of the REST API.
 */
import type { ReviewCommentsRejected } from './errors.js'

export { GitHubApiError, GitHubTimeout, GitHubWriteForbidden, ReviewCommentsRejected, type RejectedReviewComment } from './errors.js'
export { ANNOTATIONS_PER_REQUEST, MAX_CHECK_RUN_ANNOTATIONS, MAX_CHECK_RUN_TEXT, MAX_JOB_SUMMARY_BYTES, MAX_PR_FILES, MAX_REVIEW_COMMENTS } from './limits.js'

export interface RepoRef {
  owner: string
  repo: string
}

export interface ChangedFile {
  path: string
  previousPath?: string
  status: 'added' | 'modified' | 'renamed' | 'copied' | 'removed' | 'changed' | 'unchanged'
  /** Absent for binary files and diffs GitHub deems too large: such files can only get file-level reports. */
  patch?: string
}

export interface ExistingComment {
  id: number
  path: string
  /** Absent when the comment is outdated (its line is no longer in the diff). */
  line?: number
  body: string
  /** Login of the author. */
  author: string
  /**
   * The author's account type as GitHub reports it (`user.type`): `Bot` for GITHUB_TOKEN
   * (github-actions[bot]) and GitHub App tokens, `User` for people and personal access tokens.
   */
  authorType: string
}

/** A submitted review of a pull request (its body and who wrote it). */
export interface ExistingReview {
  id: number
  body: string
  author: string
  /** See {@link ExistingComment.authorType}. */
  authorType: string
  state: string
  /** The commit the review was made on. */
  commitId?: string
}

/** A review thread as GraphQL reports it: what resolving needs to know. */
export interface ReviewThread {
  /** The thread's GraphQL node id (what resolveReviewThread takes). */
  id: string
  isResolved: boolean
  /** REST id (databaseId) of the thread's first comment: the one carrying our marker. */
  firstCommentId: number
  /** Someone other than a bot wrote in the thread: a conversation the tool must not close or reopen. */
  humanReplied: boolean
  /** A person resolved it (GraphQL `resolvedBy`; a bot's token resolves as no user): the tool does not reopen it. */
  resolvedByPerson: boolean
}

export interface ReviewCommentDraft {
  path: string
  /** Line in the new version of the file (the diff's RIGHT side). */
  line: number
  /** First line of a multi-line comment; ignored unless smaller than `line`. */
  startLine?: number
  body: string
}

export interface CheckRunAnnotation {
  path: string
  start_line: number
  end_line: number
  /** Columns are sent only when start_line === end_line, as GitHub requires. */
  start_column?: number
  end_column?: number
  annotation_level: 'notice' | 'warning' | 'failure'
  message: string
  title?: string
  raw_details?: string
}

export interface CheckRunDraft {
  name: string
  headSha: string
  conclusion: 'success' | 'failure' | 'neutral'
  title: string
  summary: string
  text?: string
  annotations: CheckRunAnnotation[]
}

export interface GitHubPort {
  /** Files of the pull request, 100 per request, at most MAX_PR_FILES; `truncated` when GitHub has more. */
  changedFiles(pr: number): Promise<{ files: ChangedFile[]; truncated: boolean }>
  reviewComments(pr: number): Promise<ExistingComment[]>
  /** Every review of the pull request (pulls.listReviews), oldest first. */
  reviews(pr: number): Promise<ExistingReview[]>
  /**
   * The pull request's current head commit, read from the API (pulls.get): what a run that must not
   * trust a payload or an artifact checks a commit against.
   */
  pullRequestHead(pr: number): Promise<string>
  /** Login of the pull request's author (pulls.get), who may not approve their own exception. */
  pullRequestAuthor(pr: number): Promise<string | undefined>
  /**
   * A file's text at a commit (repos.getContent at `ref`): undefined when there is none. Anything
   * but a regular file (a link, a directory, a submodule) or a file over `maxBytes` throws: the
   * configuration that judges a pull request must be exactly the base commit's.
   */
  fileAt(path: string, ref: string, maxBytes: number): Promise<string | undefined>
  /**
   * One COMMENT review with all comments in one request. When GitHub answers 422 the comments are split
   * in halves and retried, so one bad or oversized part cannot sink the rest; comments that fail alone
   * are reported with {@link ReviewCommentsRejected} after everything else was posted. The body is
   * always posted (alone when every comment was refused); `id` is the review that carries it.
   *
   * Each request's body ends with a hidden marker of its own. After a 5xx, a timeout or a reset the
   * request is not simply sent again: the reviews are searched for its marker first, so a review
   * GitHub stored before the answer was lost is not posted twice.
   */
  createReview(pr: number, commitId: string, body: string, comments: ReviewCommentDraft[]): Promise<{ id: number }>
  /** Replaces the body of a review (pulls.updateReview). */
  updateReview(pr: number, id: number, body: string): Promise<void>
  updateReviewComment(id: number, body: string): Promise<void>
  /**
   * The pull request's review threads (GraphQL `reviewThreads`), at most MAX_REVIEW_THREADS. A token
   * that may not read them gets GitHubWriteForbidden, like a refused write: callers fall back.
   */
  reviewThreads(pr: number): Promise<ReviewThread[]>
  /** GraphQL `resolveReviewThread`; GitHubWriteForbidden when the token may not (callers edit the text instead). */
  resolveReviewThread(threadId: string): Promise<void>
  /** GraphQL `unresolveReviewThread`: the finding came back. */
  unresolveReviewThread(threadId: string): Promise<void>
  /** Requests a review from a team of the repository's organization (pulls.requestReviewers, team_reviewers). */
  requestTeamReview(pr: number, teamSlug: string): Promise<void>
  /**
   * Creates the check run with the first ANNOTATIONS_PER_REQUEST annotations and adds the rest with
   * updates, completing the run with the last request. Sends at most MAX_CHECK_RUN_ANNOTATIONS.
   * `requests` counts the REST calls made (retries of a call not included). After a 5xx, a timeout or
   * a reset on create, the check runs of the commit are searched for this write's `external_id`
   * before it is sent again.
   */
  writeCheckRun(draft: CheckRunDraft): Promise<{ id: number; requests: number }>
  pullRequestLabels(pr: number): Promise<string[]>
  /** Login of whoever applied `label` last (the latest `labeled` event for it). */
  labelAppliedBy(pr: number, label: string): Promise<string | undefined>
  /**
   * Logins whose latest approving or blocking review is APPROVED *on `headSha`* (comments alone change
   * nothing). An approval of an earlier commit does not count: it did not see what was pushed after
   * it. Without `headSha` the pull request's current head is read from the API.
   */
  approvedBy(pr: number, headSha?: string): Promise<string[]>
  /**
   * Active membership only; 404 (no such team or member, or a team the token cannot see) → false.
   * Reading membership needs organization "Members: read"; the default GITHUB_TOKEN does not have it
   * and gets 401/403: that is answered as 'permission-denied', so callers never read status codes.
   */
  isTeamMember(org: string, teamSlug: string, user: string): Promise<boolean | 'permission-denied'>
  /**
   * The first open issue (not pull request) whose body contains `marker`, optionally with `label`,
   * **opened by a bot** (GITHUB_TOKEN or a GitHub App). Anyone can open an issue and paste a marker
   * into it; only a bot account is taken to be this tool. (GITHUB_TOKEN cannot call GET /user, so
   * the tool cannot learn its own login to compare with.)
   */
  findIssueByMarker(marker: string, label?: string): Promise<{ number: number; body: string } | undefined>
  /** After a 5xx, a timeout or a reset, sent again only when no open bot issue has this title and body. */
  createIssue(title: string, body: string, labels?: string[]): Promise<number>
  updateIssue(number: number, body: string): Promise<void>
  dispatchWorkflow(workflowId: string, ref: string, inputs: Record<string, string>): Promise<void>
}

/** What createReview throws when single comments were refused. */
export type RejectedReviewComments = ReviewCommentsRejected<ReviewCommentDraft>
