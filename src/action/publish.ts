import path from 'node:path'
import { DEFAULT_MAX_FINDINGS, type Config } from '../config/config.js'
import { fingerprintMissing } from '../findings/fingerprint.js'
import { place, type PlacedFinding, type Placement } from '../findings/place.js'
import { incompleteRun } from '../findings/run-level.js'
import { judgeFindings } from '../findings/verdict.js'
import { MAX_PR_FILES, type GitHubPort } from '../github/port.js'
import type { ActionInputs } from '../inputs/action-inputs.js'
import { readLocalFile, RefusedRead } from '../io/safe-read.js'
import { isRunLevel, SEVERITIES, type Severity, type Suppression } from '../model.js'
import { parsePatch, type ChangedLines } from '../diff/unified.js'
import { registry } from '../rules/index.js'
import type { ActionEnv } from './env.js'
import { findApproval, parseTeam } from '../policy/approval.js'
import { escapeMarkdown } from '../report/markdown.js'
import { deliver } from './deliver.js'
import type { ApprovalRequest } from './post-review.js'
import { REPORT_LIMITS as L, REVIEW_REPORT_KIND } from './review-report.js'

/** The artifact is data from an untrusted run: bounded before it is even parsed. */
export const MAX_REPORT_BYTES = 10 * 1024 * 1024
const SHA = /^[0-9a-f]{40}$/i
const PLACEMENTS: readonly Placement[] = ['inline', 'file', 'summary']

export class UntrustedReportError extends Error {}

/**
 * Second stage of the fork-safe review: a `workflow_run` job with a write token reads the report
 * the read-only `pull_request` run left, treats every field as untrusted (types, sizes, rule ids,
 * paths checked against the PR's own file list, the PR's head checked against the workflow run's),
 * and posts it. It never checks out or runs PR code, and does not post suggestion blocks, whose text
 * would come from the untrusted run. The untrusted run can still leave out findings or mark them
 * excepted, so the check run it publishes must not be the only required gate (see the README).
 */
export async function publishReport(env: ActionEnv, inputs: ActionInputs, config: Config, port: GitHubPort | undefined): Promise<void> {
  if (!port) throw new Error('mode publish needs a github-token with pull-requests: write and checks: write')
  if (!inputs.reportFile) throw new Error('mode publish needs report-file: the JSON report downloaded from the pull_request run')
  const run = env.event.workflow_run as Record<string, unknown> | undefined
  const trustedHead = typeof run?.head_sha === 'string' && SHA.test(run.head_sha) ? run.head_sha : undefined
  if (!trustedHead) throw new Error('mode publish runs on workflow_run events: the payload has no workflow_run.head_sha')

  // The artifact comes from the untrusted run: a link or a special file in it is refused.
  const text = await readLocalFile(path.resolve(env.workspace, inputs.reportFile), MAX_REPORT_BYTES).catch((err: Error) => {
    throw new UntrustedReportError(`${inputs.reportFile}: ${err instanceof RefusedRead ? err.reason : err.message}`)
  })
  if (text === undefined) throw new UntrustedReportError(`${inputs.reportFile}: no such file`)
  const report = parseReport(text, trustedHead, reportCapacity(config))
  // The report's PR number is as untrusted as the rest: a fork could name another pull request to
  // have its findings posted there. The PR must be the one whose head the workflow run built.
  const prHead = await port.pullRequestHead(report.number)
  if (prHead !== trustedHead) {
    throw new UntrustedReportError(
      `report names pull request #${report.number}, whose head is ${prHead}, but the workflow run is for ${trustedHead}: not publishing (a newer push publishes from its own run)`,
    )
  }

  const { files, truncated } = await port.changedFiles(report.number)
  const lines = new Map<string, ChangedLines | 'whole-file'>()
  for (const f of files) if (f.status !== 'removed') lines.set(f.path, f.patch !== undefined ? parsePatch(f.patch) : 'whole-file')
  // Findings about the whole run (no file) stay: they say what the first stage could not judge.
  const findings = report.findings.filter(f => isRunLevel(f) || lines.has(f.file))
  const dropped = report.findings.length - findings.length
  const notes = ["Published from the read-only pull_request run's report (two-stage mode); suggestions are not posted in this mode."]
  if (dropped) notes.push(`${dropped} finding(s) in the report named files that are not part of this pull request and were ignored.`)
  // Fail closed: the report's findings in files past the API's list cannot be placed or trusted.
  const capped = truncated
    ? incompleteRun(
        config,
        `GitHub lists at most ${MAX_PR_FILES} files of a pull request and this one has more: findings in the files past that could not be published.`,
        'api-file-cap',
      )
    : undefined
  if (capped) findings.push(...place([capped], lines, 'added'))
  fingerprintMissing(findings)
  const approval = await recheckApproval(env, config, port, report.number, trustedHead, findings, notes)
  const published = approval.approved ? findings.filter(f => f.ruleId !== 'exception-unapproved') : findings
  await deliver(
    {
      mode: 'pr',
      // Judged here, by this trusted run's inputs: the report's own `failing` is not trusted.
      findings: judgeFindings(published, { failOn: inputs.failOn, failOnPreexisting: inputs.failOnPreexisting }),
      maxComments: config.review.maxComments,
      ...(approval.request ? { approval: approval.request } : {}),
      filesScanned: report.filesScanned,
      truncated: report.truncated,
      notes,
      pr: { number: report.number, baseSha: trustedHead, headSha: trustedHead, fromFork: true },
      sha: trustedHead,
      review: { texts: new Map(), changes: lines, suggestions: false },
    },
    inputs,
    env,
    port,
  )
}

/**
 * How many findings a first stage can write: maxFindings from the scan, then findings about the run
 * (the findings limit, the API's file cap) and one exception-unapproved per exception record, which
 * the scan's own limit does not count. The publishing run's config is the base branch's, as was the
 * first stage's.
 */
export function reportCapacity(config?: Pick<Config, 'maxFindings'>): number {
  const max = Math.max(config?.maxFindings ?? DEFAULT_MAX_FINDINGS, DEFAULT_MAX_FINDINGS)
  return 2 * max + 16
}

/**
 * A fork's first stage reads labels and reviews with a read-only token that cannot see team
 * membership, so its exception-unapproved findings say "not approved yet" at best. This run, with
 * the trusted token, asks again: approved now (the label or a review by a member of the team), the
 * findings go; still unapproved, the team is asked to review and mentioned once. A first stage can
 * leave findings out but cannot make this run count an approval that is not there.
 */
async function recheckApproval(
  env: ActionEnv,
  config: Config,
  port: GitHubPort,
  number: number,
  headSha: string,
  findings: readonly PlacedFinding[],
  notes: string[],
): Promise<{ approved: boolean; request?: ApprovalRequest }> {
  const unapproved = findings.filter(f => f.ruleId === 'exception-unapproved')
  const { label, team } = config.exceptions.approval
  if (!unapproved.length || !team) return { approved: false }
  const author = await port.pullRequestAuthor(number)
  const found = await findApproval(port, { number, owner: env.repo.owner, headSha, ...(author ? { author } : {}) }, { label, team })
  if (found.approved) {
    notes.push(escapeMarkdown(found.approved.message))
    return { approved: true }
  }
  notes.push(...found.notes.map(escapeMarkdown))
  const { org, slug } = parseTeam(team, env.repo.owner)
  if (org.toLowerCase() !== env.repo.owner.toLowerCase()) return { approved: false }
  return { approved: false, request: { org, slug, label, changes: unapproved.map(f => f.message) } }
}

interface ParsedReport {
  number: number
  filesScanned: number
  truncated: boolean
  findings: PlacedFinding[]
}

/** Validates an untrusted review report field by field; anything off is refused, not repaired. */
export function parseReport(text: string, trustedHead: string, capacity = reportCapacity()): ParsedReport {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (err) {
    throw new UntrustedReportError(`report is not JSON: ${(err as Error).message}`)
  }
  const r = record(data, 'report')
  if (r.kind !== REVIEW_REPORT_KIND || r.schemaVersion !== 1) throw new UntrustedReportError(`report kind must be ${REVIEW_REPORT_KIND} version 1`)
  const pr = record(r.pullRequest, 'pullRequest')
  const number = int(pr.number, 'pullRequest.number', 1, 1e9)
  if (pr.headSha !== trustedHead)
    throw new UntrustedReportError(`report is for commit ${String(pr.headSha).slice(0, 40)}, but the workflow run is for ${trustedHead}`)
  const run = record(r.run, 'run')
  const list = r.findings
  const placements = r.placements
  if (!Array.isArray(list) || !Array.isArray(placements) || list.length !== placements.length)
    throw new UntrustedReportError('report findings and placements must be lists of the same length')
  if (list.length > capacity) throw new UntrustedReportError(`report has ${list.length} findings, over the ${capacity} limit`)
  const findings = list.map((item, i): PlacedFinding => {
    const where = `findings[${i}]`
    const f = record(item, where)
    const p = record(placements[i], `placements[${i}]`)
    const ruleId = str(f.ruleId, `${where}.ruleId`, L.ruleId)
    const rule = registry.get(ruleId)
    if (!rule) throw new UntrustedReportError(`${where}.ruleId: unknown rule ${JSON.stringify(ruleId)}`)
    const severity = str(f.severity, `${where}.severity`, L.severity) as Severity
    if (!SEVERITIES.includes(severity)) throw new UntrustedReportError(`${where}.severity: not a severity`)
    const file = str(f.file, `${where}.file`, L.file)
    if (file.startsWith('/') || file.split('/').includes('..')) throw new UntrustedReportError(`${where}.file: not a repository path`)
    const line = int(f.line, `${where}.line`, 1, 10_000_000)
    const endLine = int(f.endLine, `${where}.endLine`, line, 10_000_000)
    const column = int(f.column, `${where}.column`, 1, 1_000_000)
    const endColumn = int(f.endColumn, `${where}.endColumn`, 1, 1_000_000)
    const fingerprint = str(f.fingerprint, `${where}.fingerprint`, L.fingerprint)
    if (!/^[0-9a-f]{16,64}$/.test(fingerprint) || p.fingerprint !== fingerprint) throw new UntrustedReportError(`${where}.fingerprint: invalid`)
    const suppression = parseSuppression(f.suppression, `${where}.suppression`)
    const placement = str(p.placement, `placements[${i}].placement`, 16) as Placement
    if (!PLACEMENTS.includes(placement) || typeof p.isNew !== 'boolean') throw new UntrustedReportError(`placements[${i}]: invalid placement`)
    return {
      ruleId,
      severity,
      file,
      span: { start: { line, column }, end: { line: endLine, column: endColumn }, startOffset: 0, endOffset: 0 },
      resource: { display: str(f.resource, `${where}.resource`, L.resource) },
      message: str(f.message, `${where}.message`, L.message),
      // Our own words, not the report's.
      remediation: rule.meta.remediation,
      fieldPath: str(f.fieldPath, `${where}.fieldPath`, L.fieldPath),
      fingerprint,
      ...(suppression ? { suppression } : {}),
      isNew: p.isNew,
      placement,
    }
  })
  return { number, filesScanned: int(run.filesScanned, 'run.filesScanned', 0, 10_000_000), truncated: run.truncated === true, findings }
}

/**
 * A covered finding's exception, so the publishing run fails exactly when the first stage did.
 * Texts are bounded; they reach Markdown only through the escaping reporters.
 */
function parseSuppression(v: unknown, where: string): Suppression | undefined {
  if (v === undefined || v === null) return undefined
  const s = record(v, where)
  if (s.kind !== 'exception') throw new UntrustedReportError(`${where}.kind: expected "exception"`)
  const optional = (x: unknown, name: string, max: number) => (x === undefined || x === null ? undefined : str(x, `${where}.${name}`, max))
  const owner = optional(s.owner, 'owner', L.owner)
  const expires = optional(s.expires, 'expires', L.expires)
  return {
    kind: 'exception',
    justification: str(s.justification, `${where}.justification`, L.justification),
    ...(owner !== undefined ? { owner } : {}),
    ...(expires !== undefined ? { expires } : {}),
    source: str(s.source, `${where}.source`, L.source),
  }
}

function record(v: unknown, where: string): Record<string, unknown> {
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new UntrustedReportError(`${where}: expected an object`)
  return v as Record<string, unknown>
}
function str(v: unknown, where: string, max: number): string {
  if (typeof v !== 'string' || v.length > max) throw new UntrustedReportError(`${where}: expected a string of at most ${max} characters`)
  return v
}
function int(v: unknown, where: string, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)
    throw new UntrustedReportError(`${where}: expected a whole number from ${min} to ${max}`)
  return v
}
