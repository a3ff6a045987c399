/**
 * The `smoke-workflow` input: hand the smoke matrix to a separate workflow with one
 * `workflow_dispatch` (POST /repos/{owner}/{repo}/actions/workflows/{id}/dispatches), for
 * repositories that keep the container-engine jobs out of the review workflow.
 *
 * The dispatched run executes the workflow file *at the ref it is given*, with this repository's
 * token and secrets. So the ref is a branch of this repository: the pull request's head branch for
 * a same-repository PR, the branch or tag the workflow runs on for full scans, and nothing at all for
 * a PR from a fork (its head branch does not exist here, and a fork must not get to run its code
 * through a dispatch; the dependent-job pattern with the `smoke-matrix` output covers forks).
 */
import { GitHubWriteForbidden, type GitHubPort } from '../github/port.js'
import type { SmokeEntry } from '../smoke/matrix.js'
import type { ActionEnv } from './env.js'
import { isFromFork, obj, type PullRequestRef } from './event.js'

/** GitHub refuses a workflow_dispatch whose inputs exceed 65,535 characters. */
export const MAX_DISPATCH_INPUT_CHARS = 65_535
/** A matrix expands to at most 256 jobs per workflow run. */
export const MAX_MATRIX_JOBS = 256

export interface SmokeDispatch {
  /** The `smoke-workflow` input: a workflow file name (`smoke.yml`) or id. */
  workflow: string | undefined
  matrix: { include: SmokeEntry[] } | undefined
  /** Set for pull request reviews. */
  pr?: PullRequestRef
}

export type DispatchResult = { status: 'dispatched'; ref: string } | { status: 'skipped'; reason: string } | { status: 'failed'; reason: string }

/**
 * Dispatches the smoke workflow once when there is something to check. Never throws: every
 * problem is logged (a notice for fork PRs, a warning for failures), because a smoke job that
 * could not be started must not hide or change the scan's result.
 */
export async function dispatchSmoke(d: SmokeDispatch, env: ActionEnv, port: GitHubPort | undefined): Promise<DispatchResult> {
  const workflow = d.workflow?.trim()
  if (!workflow) return { status: 'skipped', reason: 'no smoke-workflow input' }
  const include = d.matrix?.include ?? []
  if (include.length === 0) {
    env.info(`smoke-workflow: nothing to build or start, ${workflow} was not dispatched.`)
    return { status: 'skipped', reason: 'empty matrix' }
  }
  const skip = (reason: string, level: 'notice' | 'warning' = 'warning'): DispatchResult => {
    env[level](`smoke-workflow: ${workflow} was not dispatched: ${reason}`)
    return { status: 'skipped', reason }
  }

  const target = dispatchRef(d, env)
  if ('skip' in target) return skip(target.skip, target.level)
  if (include.length > MAX_MATRIX_JOBS)
    return skip(
      `the smoke matrix has ${include.length} entries and a workflow run allows at most ${MAX_MATRIX_JOBS} matrix jobs; use the smoke-matrix output in a dependent job and split it`,
    )
  const matrix = JSON.stringify({ include })
  if (matrix.length > MAX_DISPATCH_INPUT_CHARS)
    return skip(`the smoke matrix is ${matrix.length} characters and GitHub accepts at most ${MAX_DISPATCH_INPUT_CHARS} in dispatch inputs`)
  if (!port) return skip('no github-token to dispatch with')

  try {
    await port.dispatchWorkflow(workflow, target.ref, { matrix })
  } catch (err) {
    const reason =
      err instanceof GitHubWriteForbidden ? `the token may not dispatch workflows (it needs "actions: write"): ${err.message}` : `${(err as Error).message}`
    env.warning(`smoke-workflow: could not dispatch ${workflow} on ${target.ref}: ${reason}. The scan's result is unaffected.`)
    return { status: 'failed', reason }
  }
  env.info(`smoke-workflow: dispatched ${workflow} on ${target.ref} with ${include.length} smoke check(s).`)
  return { status: 'dispatched', ref: target.ref }
}

/** The branch (or tag) the smoke workflow runs at, or why there is none. */
export function dispatchRef(
  d: Pick<SmokeDispatch, 'pr'>,
  env: Pick<ActionEnv, 'event' | 'ref'>,
): { ref: string } | { skip: string; level: 'notice' | 'warning' } {
  // Decided by the event, not the mode: `mode: full` on a pull_request still runs PR code.
  const pull = obj(env.event.pull_request)
  if (d.pr || pull) {
    if (d.pr?.fromFork ?? isFromFork(pull)) {
      return {
        skip: 'this pull request comes from a fork; its head branch is not in this repository, and fork code is never run through a dispatch. Run the smoke jobs from the smoke-matrix output in a dependent job instead (see docs/smoke.md).',
        level: 'notice',
      }
    }
    const ref = obj(pull?.head)?.ref
    if (typeof ref !== 'string' || !ref) return { skip: 'the event payload has no pull_request.head.ref', level: 'warning' }
    return { ref }
  }
  if (!env.ref) return { skip: 'GITHUB_REF_NAME is not set, so there is no branch to run it on', level: 'warning' }
  return { ref: env.ref }
}
