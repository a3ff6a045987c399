/** GitHub's limits the port works within (values, so the adapter and callers share them). */

/** GitHub serves at most this many files of a pull request (pulls.listFiles). */
export const MAX_PR_FILES = 3000
/** GitHub takes at most this many annotations per checks.create / checks.update request. */
export const ANNOTATIONS_PER_REQUEST = 50
/** writeCheckRun sends at most this many annotations (20 requests); the caller says so in the summary. */
export const MAX_CHECK_RUN_ANNOTATIONS = 1000
/** GitHub's limit for a check run's output.summary and output.text. */
export const MAX_CHECK_RUN_TEXT = 65535
/**
 * One run posts at most this many inline review comments (most important first); the rest are listed
 * in the review body and stay in the check run, the job summary and the annotations. A review with
 * hundreds of comments buries the pull request and costs GitHub a slow request (reviewdog: 30).
 */
export const MAX_REVIEW_COMMENTS = 50
/** GitHub's limit for a step's job summary (GITHUB_STEP_SUMMARY), in bytes. */
export const MAX_JOB_SUMMARY_BYTES = 1024 * 1024

/** Review threads read per pull request (GraphQL pages of 100): enough for the comment cap many times over. */
export const MAX_REVIEW_THREADS = 1000
