import path from 'node:path'
import { fingerprintMissing } from '../findings/fingerprint.js'
import type { JudgedFinding } from '../findings/verdict.js'
import { GitHubWriteForbidden, MAX_CHECK_RUN_TEXT, MAX_JOB_SUMMARY_BYTES, MAX_REVIEW_COMMENTS, type GitHubPort } from '../github/port.js'
import type { ActionInputs } from '../inputs/action-inputs.js'
import { safeWrite, WriteError } from '../io/safe-write.js'
import { checkAnnotations, workflowAnnotations } from '../report/annotations.js'
import { toJsonReport } from '../report/json.js'
import { jsonText } from '../report/json-text.js'
import type { RunInfo } from '../report/run-info.js'
import { collecting, deliverInStages, type Reporter } from '../report/reporter.js'
import { toSarif } from '../report/sarif.js'
import { renderJobPointer, renderSummary, summaryTitle, type SummaryInput } from '../report/summary.js'
import { BUILTIN_RULES } from '../rules/index.js'
import type { SmokeEntry } from '../smoke/matrix.js'
import { dispatchSmoke } from './dispatch-smoke.js'
import type { ActionEnv } from './env.js'
import type { PullRequestRef } from './event.js'
import { postReview, type ApprovalRequest, type ReviewSource } from './post-review.js'
import { boundedFinding, REVIEW_REPORT_KIND } from './review-report.js'

/** The result of a scan, ready to be reported through every channel. */
export interface Outcome {
  mode: 'pr' | 'full'
  /** Placed, and judged once (findings/verdict.ts): every channel reports the same `failing`. */
  findings: JudgedFinding[]
  filesScanned: number
  truncated: boolean
  /** Not every changed file was scanned (the API's file cap): absent findings are not fixed ones. */
  partial?: boolean
  notes: string[]
  pr?: PullRequestRef
  /** Commit the check run and comments attach to. */
  sha: string
  review?: ReviewSource
  /** The approving team to ask for a review and mention once (an exception added or widened without approval). */
  approval?: ApprovalRequest
  /** Findings of the changed files at the base that the head no longer has (undefined: not known). */
  removed?: number
  /** review.maxComments of the trusted config: this tool's inline comments on the pull request in all. */
  maxComments?: number
  smokeMatrix?: { include: SmokeEntry[] }
}

export { REVIEW_REPORT_KIND } from './review-report.js'

/** What the channels share while they flush: later stages read what earlier ones noted. */
interface Delivery {
  outcome: Outcome
  failing: JudgedFinding[]
  /** The check run was written: workflow annotations would repeat it, and the job summary points to it. */
  checkRunWritten: boolean
  checkRunUrl?: string
}

/**
 * Sends the outcome everywhere it should go: a loop over one reporter per channel, in stages.
 * A channel that fails (a 403 on a fork PR, an API outage) adds a note and degrades to the next
 * one; it never hides the verdict, which was decided before any channel ran. A report file that
 * cannot be written fails the step after every other channel has had its turn.
 */
export async function deliver(outcome: Outcome, inputs: ActionInputs, env: ActionEnv, port: GitHubPort | undefined): Promise<void> {
  // Every channel keys on fingerprints (review markers, SARIF, the two-stage report): none goes out without one.
  const findings = fingerprintMissing(outcome.findings)
  if (outcome.truncated) outcome.notes.push('The findings limit (maxFindings) was reached: later findings were not collected.')
  const delivery: Delivery = { outcome, failing: findings.filter(f => f.failing), checkRunWritten: false }
  const files = [jsonReport(inputs, env), ...(inputs.sarifFile ? [sarifFile(inputs, env)] : [])]
  const review = port && outcome.pr && outcome.review && inputs.comment ? [reviewComments(port, env)] : []
  const checkRun = port && inputs.checkRun ? [checkRunChannel(port, inputs, env)] : []
  const last = [...(inputs.annotations ? [workflowAnnotationsChannel(env)] : []), jobSummary(inputs, env)]
  // Files first: they are the record even when every API call fails.
  const failures = await deliverInStages(findings, [files, review, checkRun, last], delivery)
  const unwritten: string[] = []
  for (const { channel, error } of failures) {
    if (error instanceof WriteError) {
      unwritten.push(error.message)
      outcome.notes.push(`The ${channel} was not written: ${error.message}.`)
    } else env.warning(degradeNote(channel, error))
  }

  const counts: Record<string, number> = {}
  for (const f of findings) counts[f.ruleId] = (counts[f.ruleId] ?? 0) + 1
  env.setOutput('findings', String(findings.length))
  env.setOutput('new-findings', String(findings.filter(f => f.isNew && !f.suppression).length))
  env.setOutput('failing', String(delivery.failing.length))
  env.setOutput('failed', String(delivery.failing.length > 0))
  env.setOutput('counts', JSON.stringify(counts))
  env.setOutput('smoke-matrix', JSON.stringify(outcome.smokeMatrix ?? { include: [] }))
  // After the outputs: a dispatch that fails only warns (dispatchSmoke never throws).
  await dispatchSmoke({ workflow: inputs.smokeWorkflow, matrix: outcome.smokeMatrix, ...(outcome.pr ? { pr: outcome.pr } : {}) }, env, port)

  const { failing } = delivery
  if (failing.length) {
    const which = outcome.mode === 'pr' && failing.every(f => f.isNew) ? 'new ' : ''
    env.setFailed(`${failing.length} ${which}finding(s) at or above "${inputs.failOn}" share a host namespace. See the summary for where and how to fix them.`)
  }
  for (const message of unwritten) env.setFailed(message)
}

const runInfo = (d: Delivery, inputs: ActionInputs): RunInfo => ({
  filesScanned: d.outcome.filesScanned,
  truncated: d.outcome.truncated,
  failOn: inputs.failOn,
})

function jsonReport(inputs: ActionInputs, env: ActionEnv): Reporter<Delivery> {
  return collecting('JSON report', async (findings, d) => {
    const { outcome } = d
    const report = {
      // Clipped to what the publishing run accepts (review-report.ts): the report is its input.
      ...toJsonReport(findings.map(boundedFinding), runInfo(d, inputs)),
      kind: REVIEW_REPORT_KIND,
      mode: outcome.mode,
      sha: outcome.sha,
      pullRequest: outcome.pr ? { number: outcome.pr.number, headSha: outcome.pr.headSha } : null,
      notes: outcome.notes,
      placements: findings.map(f => ({ fingerprint: f.fingerprint, isNew: f.isNew, placement: f.placement })),
    }
    const file = path.resolve(env.workspace, inputs.jsonReport ?? path.join(env.tempDir, 'host-namespace-guard.json'))
    await writeReportFile(env, file, jsonText(report), inputs.jsonReport ?? file)
    env.setOutput('report', file)
  })
}

function sarifFile(inputs: ActionInputs, env: ActionEnv): Reporter<Delivery> {
  return collecting('SARIF file', async (findings, d) => {
    const file = path.resolve(env.workspace, inputs.sarifFile!)
    await writeReportFile(env, file, jsonText(toSarif(findings, BUILTIN_RULES, runInfo(d, inputs))), inputs.sarifFile!)
    env.setOutput('sarif-file', file)
  })
}

function reviewComments(port: GitHubPort, env: ActionEnv): Reporter<Delivery> {
  return collecting('review comments', async (findings, d) => {
    const { outcome } = d
    try {
      const r = await postReview(port, outcome.pr!, findings, outcome.review!, {
        failing: d.failing,
        complete: !outcome.truncated && !outcome.partial,
        ...(outcome.maxComments !== undefined ? { maxComments: outcome.maxComments } : {}),
        ...(outcome.approval ? { approval: outcome.approval } : {}),
      })
      env.info(
        `Review: ${r.posted} new comment(s), ${r.alreadyPosted} finding(s) already commented on, ${r.resolved} resolved, ${r.reopened} reopened, ${r.overflow + r.listed + r.rejected} listed in the review body, ${r.refusedBefore} refused by GitHub earlier on this commit and not sent again${r.approvalRequested ? '; review requested from the approving team' : ''}.`,
      )
      if (r.rejected)
        outcome.notes.push(`${r.rejected} review comment(s) were refused by GitHub; they are listed in the review body, the summary and the annotations.`)
      outcome.notes.push(...r.notes)
      if (r.overflow)
        outcome.notes.push(
          `${r.overflow} more finding(s) on changed lines were listed in the review body instead of commented on inline (at most ${outcome.maxComments ?? MAX_REVIEW_COMMENTS} comments on a pull request).`,
        )
    } catch (err) {
      outcome.notes.push(degradeNote('review comments', err))
      throw err
    }
  })
}

/** What every summary shows besides the findings: links to the commit's lines, what the PR removes. */
function summaryOf(findings: JudgedFinding[], d: Delivery, inputs: ActionInputs, env: ActionEnv): SummaryInput {
  const { outcome } = d
  return {
    findings,
    failOn: inputs.failOn,
    mode: outcome.mode,
    filesScanned: outcome.filesScanned,
    notes: outcome.notes,
    links: { server: serverOf(env), owner: env.repo.owner, repo: env.repo.repo, sha: outcome.sha },
    ...(outcome.removed !== undefined ? { removed: outcome.removed } : {}),
  }
}

const serverOf = (env: ActionEnv) => (env.serverUrl ?? 'https://github.com').replace(/\/+$/, '')

function checkRunChannel(port: GitHubPort, inputs: ActionInputs, env: ActionEnv): Reporter<Delivery> {
  return collecting('the check run', async (findings, d) => {
    const { outcome } = d
    const summaryInput = summaryOf(findings, d, inputs, env)
    const summary = renderSummary(summaryInput, MAX_CHECK_RUN_TEXT)
    const { annotations, omitted } = checkAnnotations(findings)
    try {
      const written = await port.writeCheckRun({
        name: inputs.checkName,
        headSha: outcome.sha,
        conclusion: d.failing.length ? 'failure' : 'success',
        title: summaryTitle({ ...summaryInput, notes: [] }),
        summary: omitted ? `${summary}\n\n${omitted} more annotation(s) were not sent; see the JSON report.` : summary,
        annotations,
      })
      d.checkRunWritten = true
      d.checkRunUrl = `${serverOf(env)}/${encodeURIComponent(env.repo.owner)}/${encodeURIComponent(env.repo.repo)}/runs/${written.id}`
    } catch (err) {
      outcome.notes.push(degradeNote('the check run', err))
      throw err
    }
  })
}

/** Only when the check run could not carry them: the same findings twice would be noise. */
function workflowAnnotationsChannel(env: ActionEnv): Reporter<Delivery> {
  return collecting('workflow annotations', async (findings, d) => {
    if (d.checkRunWritten) return
    const { annotations, omitted } = workflowAnnotations(findings)
    for (const a of annotations) env[a.level](a.message, a.properties)
    if (omitted) env.info(`${omitted} more finding(s) were not annotated (GitHub keeps 10 per level per step); see the job summary and the JSON report.`)
  })
}

/**
 * Last: every channel that degraded has added its note. When the check run holds everything, the job
 * summary is the verdict, the counts and a link to it; otherwise (a fork's read-only token) it is the
 * whole summary, up to its 1 MiB.
 */
function jobSummary(inputs: ActionInputs, env: ActionEnv): Reporter<Delivery> {
  return collecting('job summary', async (findings, d) => {
    const input = summaryOf(findings, d, inputs, env)
    await env.appendSummary(d.checkRunUrl ? renderJobPointer(input, d.checkRunUrl, MAX_JOB_SUMMARY_BYTES) : renderSummary(input, MAX_JOB_SUMMARY_BYTES))
  })
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
export async function writeReportFile(env: ActionEnv, file: string, text: string | Iterable<string>, display: string): Promise<void> {
  await safeWrite(file, text, { roots: [env.workspace, env.tempDir], createParents: true, display })
}
