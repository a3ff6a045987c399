/**
 * The GitHub port: the only way the rest of Host Namespace Guard talks to GitHub (STYLE.md §2 and
 * sketch 8). Reporters and policy code receive a `GitHubPort`, never Octokit; `connect` builds the
 * Octokit-backed one (src/github/octokit.ts), and tests run it against a local fake of the REST API.
 */
import type { ReviewCommentsRejected } from './errors.js'

export { GitHubApiError, GitHubWriteForbidden, ReviewCommentsRejected, type RejectedReviewComment } from './errors.js'
export { connect, type ConnectOptions } from './octokit.js'
export { ANNOTATIONS_PER_REQUEST, MAX_CHECK_RUN_ANNOTATIONS, MAX_CHECK_RUN_TEXT, MAX_PR_FILES } from './limits.js'

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
  /**
   * One COMMENT review with all comments in one request. When GitHub answers 422 the comments are split
   * in halves and retried, so one bad or oversized part cannot sink the rest; comments that fail alone
   * are reported with {@link ReviewCommentsRejected} after everything else was posted.
   */
  createReview(pr: number, commitId: string, body: string, comments: ReviewCommentDraft[]): Promise<void>
  updateReviewComment(id: number, body: string): Promise<void>
  /**
   * Creates the check run with the first ANNOTATIONS_PER_REQUEST annotations and adds the rest with
   * updates, completing the run with the last request. Sends at most MAX_CHECK_RUN_ANNOTATIONS.
   * `requests` counts the REST calls made (retries of a call not included).
   */
  writeCheckRun(draft: CheckRunDraft): Promise<{ id: number; requests: number }>
  pullRequestLabels(pr: number): Promise<string[]>
  /** Login of whoever applied `label` last (the latest `labeled` event for it). */
  labelAppliedBy(pr: number, label: string): Promise<string | undefined>
  /** Logins whose latest approving or blocking review is APPROVED (comments alone change nothing). */
  approvedBy(pr: number): Promise<string[]>
  /** Active membership only; 404 (no such team or member) → false. */
  isTeamMember(org: string, teamSlug: string, user: string): Promise<boolean>
  /** The first open issue (not pull request) whose body contains `marker`, optionally with `label`. */
  findIssueByMarker(marker: string, label?: string): Promise<{ number: number; body: string } | undefined>
  createIssue(title: string, body: string, labels?: string[]): Promise<number>
  updateIssue(number: number, body: string): Promise<void>
  dispatchWorkflow(workflowId: string, ref: string, inputs: Record<string, string>): Promise<void>
}

/** What createReview throws when single comments were refused. */
export type RejectedReviewComments = ReviewCommentsRejected<ReviewCommentDraft>
