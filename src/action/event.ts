/** What the reviewer needs from a pull request event, read defensively from the payload. */
export interface PullRequestRef {
  number: number
  baseSha: string
  headSha: string
  /** The head lives in another repository: the token is read-only and secrets are absent. */
  fromFork: boolean
}

const SHA = /^[0-9a-f]{40}$/i

/** A JSON object of the payload, or undefined for anything else (null, arrays, scalars). */
export function obj(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
}

/**
 * Whether a `pull_request` payload object comes from another repository. A payload that does not
 * name both repositories counts as a fork: the safe side for everything that runs its code.
 */
export function isFromFork(pull: Record<string, unknown> | undefined): boolean {
  const baseRepo = obj(obj(pull?.base)?.repo)?.full_name
  const headRepo = obj(obj(pull?.head)?.repo)?.full_name
  return typeof headRepo !== 'string' || headRepo !== baseRepo
}

export function pullRequestFromEvent(event: Record<string, unknown>): PullRequestRef {
  const pr = obj(event.pull_request)
  const base = obj(pr?.base)
  const head = obj(pr?.head)
  const number = pr?.number
  const baseSha = base?.sha
  const headSha = head?.sha
  if (typeof number !== 'number' || !Number.isInteger(number) || number <= 0) throw new Error('the event payload has no pull_request.number')
  if (typeof baseSha !== 'string' || !SHA.test(baseSha) || typeof headSha !== 'string' || !SHA.test(headSha)) {
    throw new Error('the event payload has no valid pull_request.base.sha / head.sha')
  }
  return { number, baseSha, headSha, fromFork: isFromFork(pr) }
}

/**
 * Events that review a pull request. A label added or removed (`pull_request` labeled/unlabeled) and
 * a review submitted or dismissed (`pull_request_review`) re-evaluate it: approvals of exceptions
 * are read from the API on every run, so the same check run and comments follow them.
 */
export const PR_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review'])
export const FULL_EVENTS = new Set(['workflow_dispatch', 'schedule', 'push', 'merge_group'])
