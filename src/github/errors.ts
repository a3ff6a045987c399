/**
 * Errors of the GitHub port. Callers branch on these classes, never on Octokit's RequestError, so the
 * rest of the code base does not depend on Octokit.
 */

/**
 * A GitHub REST call failed. `operation` is the Octokit method name, e.g. `pulls.createReview`;
 * `status` is 0 when no HTTP answer came (see {@link GitHubTimeout}).
 */
export class GitHubApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly operation: string,
    readonly rateLimited = false,
  ) {
    super(message)
    this.name = 'GitHubApiError'
  }
}

/**
 * A write was refused with 403 or 404. That is what a pull request from a fork gets: its GITHUB_TOKEN is
 * read-only. Callers degrade to what needs no write access (annotations in the log, the job summary).
 */
export class GitHubWriteForbidden extends GitHubApiError {
  constructor(message: string, status: number, operation: string) {
    super(message, status, operation)
    this.name = 'GitHubWriteForbidden'
  }
}

/**
 * No answer in time: one request took longer than the per-request timeout, or the run's time budget
 * for GitHub calls was spent. A write may or may not have landed.
 */
export class GitHubTimeout extends GitHubApiError {
  constructor(message: string, operation: string) {
    super(message, 0, operation)
    this.name = 'GitHubTimeout'
  }
}

export interface RejectedReviewComment<T> {
  draft: T
  /** GitHub's answer, e.g. `pull_request_review_thread.line must be part of the diff`. */
  reason: string
}

/**
 * Some review comments could not be posted even one by one (GitHub answered 422 for each). The others
 * were posted; the caller can report the rejected ones another way (annotations, the summary).
 */
export class ReviewCommentsRejected<T> extends Error {
  constructor(
    readonly rejected: Array<RejectedReviewComment<T>>,
    /** The review that carries the body, when one was posted. */
    readonly reviewId?: number,
  ) {
    super(`GitHub rejected ${rejected.length} review comment(s): ${rejected[0]?.reason ?? ''}`)
    this.name = 'ReviewCommentsRejected'
  }
}
