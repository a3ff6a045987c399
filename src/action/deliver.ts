import path from 'node:path'
import type { PlacedFinding } from '../findings/place.js'
import { GitHubWriteForbidden, MAX_CHECK_RUN_TEXT, MAX_JOB_SUMMARY_BYTES, MAX_REVIEW_COMMENTS, type GitHubPort } from '../github/port.js'
import type { ActionInputs } from '../inputs/action-inputs.js'
import { safeWrite, WriteError } from '../io/safe-write.js'
import { checkAnnotations, workflowAnnotations } from '../report/annotations.js'
import { toJsonReport } from '../report/json.js'
import { isFailing } from '../report/run-info.js'
import { toSarif } from '../report/sarif.js'
import { failingFindings, renderSummary, summaryTitle } from '../report/summary.js'
import { BUILTIN_RULES } from '../rules/index.js'
import type { SmokeEntry } from '../smoke/matrix.js'
import { dispatchSmoke } from './dispatch-smoke.js'
import type { ActionEnv } from './env.js'
import type { PullRequestRef } from './event.js'
import { postReview, type ReviewSource } from './review.js'

/** The result of a scan, ready to be reported through every channel. */
export interface Outcome {
  mode: 'pr' | 'full'
  findings: PlacedFinding[]
  filesScanned: number
  truncated: boolean
  /** Not every changed file was scanned (the API's file cap): absent findings are not fixed ones. */
  partial?: boolean
  notes: string[]
  pr?: PullRequestRef
  /** Commit the check run and comments attach to. */
  sha: string
  review?: ReviewSource
  smokeMatrix?: { include: SmokeEntry[] }
}

/** The versioned artifact a read-only run leaves for the publishing run (two-stage mode). */
export const REVIEW_REPORT_KIND = 'host-namespace-guard/review-report'

/**
 * Sends the outcome everywhere it should go. A channel that fails (a 403 on a fork PR, an API
 * outage) degrades to the next one and never hides the result: the step still fails when it
 * should, which is decided once, from the findings alone.
 */
export async function deliver(outcome: Outcome, inputs: ActionInputs, env: ActionEnv, port: GitHubPort | undefined): Promise<void> {
  const failOn = inputs.failOn
  const { findings } = outcome
  const run = { filesScanned: outcome.filesScanned, truncated: outcome.truncated, failOn }
  if (outcome.truncated) outcome.notes.push('The findings limit (maxFindings) was reached: later findings were not collected.')

  // Files first: they are the record even when every API call fails. One that cannot be written
  // fails the step, after every other channel has had its turn.
  const unwritten: string[] = []
  const writeOut = async (given: string | undefined, fallback: string, text: string, output: string) => {
    const file = path.resolve(env.workspace, given ?? fallback)
    try {
      await writeReportFile(env, file, text, given ?? file)
      env.setOutput(output, file)
    } catch (err) {
      if (!(err instanceof WriteError)) throw err
      unwritten.push(err.message)
      outcome.notes.push(`The ${output === 'report' ? 'JSON report' : 'SARIF file'} was not written: ${err.message}.`)
    }
  }
  const report = { ...toJsonReport(findings, run), kind: REVIEW_REPORT_KIND, mode: outcome.mode, sha: outcome.sha, pullRequest: outcome.pr ? { number: outcome.pr.number, headSha: outcome.pr.headSha } : null, notes: outcome.notes, placements: findings.map(f => ({ fingerprint: f.fingerprint, isNew: f.isNew, placement: f.placement })) }
  await writeOut(inputs.jsonReport, path.join(env.tempDir, 'host-namespace-guard.json'), JSON.stringify(report, null, 2) + '\n', 'report')
  if (inputs.sarifFile) await writeOut(inputs.sarifFile, inputs.sarifFile, JSON.stringify(toSarif(findings, BUILTIN_RULES, run), null, 2) + '\n', 'sarif-file')

  // Decided once, from the findings alone; the review, the check run and the summary all agree with it.
  const failing = outcome.mode === 'pr' && inputs.failOnPreexisting ? findings.filter(f => isFailing(f, failOn)) : failingFindings(findings, failOn)
  const summaryInput = { findings, failOn, mode: outcome.mode, filesScanned: outcome.filesScanned, failing }

  let annotated = false
  if (port && outcome.pr && outcome.review && inputs.comment) {
    try {
      const r = await postReview(port, outcome.pr, findings, outcome.review, { failing, complete: !outcome.truncated && !outcome.partial })
      env.info(`Review: ${r.posted} new comment(s), ${r.alreadyPosted} already posted, ${r.resolved} marked resolved, ${r.overflow + r.listed + r.rejected} listed in the review body, ${r.refusedBefore} refused by GitHub earlier on this commit and not sent again.`)
      if (r.rejected) outcome.notes.push(`${r.rejected} review comment(s) were refused by GitHub; they are listed in the review body, the summary and the annotations.`)
      outcome.notes.push(...r.notes)
      if (r.overflow) outcome.notes.push(`${r.overflow} more finding(s) on changed lines were listed in the review body instead of commented on inline (at most ${MAX_REVIEW_COMMENTS} comments per review).`)
    } catch (err) {
      outcome.notes.push(degradeNote('review comments', err))
      env.warning(degradeNote('review comments', err))
    }
  }

  const summary = renderSummary({ ...summaryInput, notes: outcome.notes }, MAX_CHECK_RUN_TEXT)
  if (port && inputs.checkRun) {
    const { annotations, omitted } = checkAnnotations(findings, failOn)
    try {
      await port.writeCheckRun({
        name: inputs.checkName,
        headSha: outcome.sha,
        conclusion: failing.length ? 'failure' : 'success',
        title: summaryTitle({ ...summaryInput, notes: [] }),
        summary: omitted ? `${summary}\n\n${omitted} more annotation(s) were not sent; see the JSON report.` : summary,
        annotations,
      })
      annotated = true
    } catch (err) {
      env.warning(degradeNote('the check run', err))
      outcome.notes.push(degradeNote('the check run', err))
    }
  }

  if (!annotated && inputs.annotations) {
    const { annotations, omitted } = workflowAnnotations(findings, failOn)
    for (const a of annotations) env[a.level](a.message, a.properties)
    if (omitted) env.info(`${omitted} more finding(s) were not annotated (GitHub keeps 10 per level per step); see the job summary and the JSON report.`)
  }

  // Re-rendered: channels that degraded above added notes, and the job summary allows 1 MiB.
  await env.appendSummary(renderSummary({ ...summaryInput, notes: outcome.notes }, MAX_JOB_SUMMARY_BYTES))

  const counts: Record<string, number> = {}
  for (const f of findings) counts[f.ruleId] = (counts[f.ruleId] ?? 0) + 1
  env.setOutput('findings', String(findings.length))
  env.setOutput('new-findings', String(findings.filter(f => f.isNew && !f.suppression).length))
  env.setOutput('failing', String(failing.length))
  env.setOutput('failed', String(failing.length > 0))
  env.setOutput('counts', JSON.stringify(counts))
  env.setOutput('smoke-matrix', JSON.stringify(outcome.smokeMatrix ?? { include: [] }))
  // After the outputs: a dispatch that fails only warns (dispatchSmoke never throws).
  await dispatchSmoke({ workflow: inputs.smokeWorkflow, matrix: outcome.smokeMatrix, ...(outcome.pr ? { pr: outcome.pr } : {}) }, env, port)

  if (failing.length) {
    const which = outcome.mode === 'pr' && failing.every(f => f.isNew) ? 'new ' : ''
    env.setFailed(`${failing.length} ${which}finding(s) at or above "${failOn}" share a host namespace. See the summary for where and how to fix them.`)
  }
  for (const message of unwritten) env.setFailed(message)
}

function degradeNote(channel: string, err: unknown): string {
  if (err instanceof GitHubWriteForbidden) {
    return `Could not write ${channel}: the token is read-only (a pull request from a fork, or missing permissions). Results are in the job summary and annotations; see the README for the two-stage workflow.`
  }
  return `Could not write ${channel}: ${(err as Error).message}`
}

/**
 * Report files go inside the workspace or the runner's temp dir (the JSON report's default home),
 * never through a link: the workspace is the pull request's checkout, and a committed
 * `report.json -> ~/.bashrc` must not turn the report into a write to the runner's files.
 */
export async function writeReportFile(env: ActionEnv, file: string, text: string, display: string): Promise<void> {
  await safeWrite(file, text, { roots: [env.workspace, env.tempDir], createParents: true, display })
}
