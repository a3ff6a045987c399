import type { GitHubPort } from '../github/port.js'
import { summarize, type ExceptionRow } from '../policy/review-rows.js'
import { rowsToMarkdown, type ReportOptions } from '../report/exceptions-review.js'

/**
 * The monthly review's tracking issue: one issue, found again by a hidden marker in its body, so a
 * scheduled run updates it instead of opening another. User-controlled text is escaped in the table,
 * so no record can forge the marker.
 *
 * Anyone can open an issue and paste the marker into it. So an issue counts as ours only when a bot
 * opened it (GITHUB_TOKEN or a GitHub App; see GitHubPort.findIssueByMarker) and it carries the
 * tracking label, which only people with triage access can apply. A look-alike is ignored and the
 * real issue is created next to it.
 */

export const EXCEPTIONS_REPORT_MARKER = '<!-- host-namespace-guard:exceptions-report -->'
export const EXCEPTIONS_REPORT_TITLE = 'Host namespace exceptions: review'
/** Put on the tracking issue when it is created, and required when looking for it. */
export const EXCEPTIONS_REPORT_LABEL = 'host-namespace-exceptions'

export type TrackingIssuePort = Pick<GitHubPort, 'findIssueByMarker' | 'createIssue' | 'updateIssue'>

export interface PublishOptions extends ReportOptions {
  title?: string
  /** More labels for a newly created issue (it always gets EXCEPTIONS_REPORT_LABEL). */
  labels?: string[]
}

export interface PublishResult {
  action: 'created' | 'updated' | 'unchanged'
  number: number
}

/** GitHub refuses an issue body over 65,536 characters; the rest of the body is short. */
const MAX_TABLE_CHARS = 64_000

export function exceptionsIssueBody(rows: readonly ExceptionRow[], options: ReportOptions = {}): string {
  const s = summarize(rows)
  const attention = s.expired + s.invalid + s.expiring
  return [
    EXCEPTIONS_REPORT_MARKER,
    '## Host namespace exceptions',
    '',
    attention
      ? `${attention} exception${attention === 1 ? ' needs' : 's need'} attention: renew or remove the expired and expiring ones, fix the invalid ones.`
      : 'No exception needs attention.',
    '',
    rowsToMarkdown(rows, { ...options, maxChars: MAX_TABLE_CHARS }).trimEnd(),
    '',
    '_This issue is rewritten by host-namespace-guard on every scheduled run: change the exception records, not this text._',
    '',
  ].join('\n')
}

/** Opens the tracking issue once, then updates it; a run with nothing new writes nothing. */
export async function publishExceptionsReport(port: TrackingIssuePort, rows: readonly ExceptionRow[], options: PublishOptions = {}): Promise<PublishResult> {
  const body = exceptionsIssueBody(rows, options)
  const existing = await port.findIssueByMarker(EXCEPTIONS_REPORT_MARKER, EXCEPTIONS_REPORT_LABEL)
  if (!existing) {
    const labels = [EXCEPTIONS_REPORT_LABEL, ...(options.labels ?? []).filter(l => l !== EXCEPTIONS_REPORT_LABEL)]
    return { action: 'created', number: await port.createIssue(options.title ?? EXCEPTIONS_REPORT_TITLE, body, labels) }
  }
  if (existing.body === body) return { action: 'unchanged', number: existing.number }
  await port.updateIssue(existing.number, body)
  return { action: 'updated', number: existing.number }
}
