import { cell, clip } from '../report/markdown.js'
import type { Assessment, ExceptionStatus } from './evaluate.js'
import type { HostField } from '../engine/facts.js'
import { workloadKeyText } from './records.js'

/**
 * The monthly review: every exception record with what it grants, who owns it, when it ends and
 * whether its controls are in place, sorted expired-first. Rendered as text (CLI), JSON (tools) and
 * Markdown (the tracking issue, the job summary).
 */

export interface ExceptionRow {
  /** `Kind/namespace/name`. */
  workload: string
  kind: string
  /** The Kubernetes namespace ('default' when the workload names none; see namespaceAssumed). */
  namespace: string
  namespaceAssumed: boolean
  namespaceAllowed: boolean
  name: string
  /** Where the record is written. */
  file: string
  line: number
  origin: 'annotation' | 'file'
  /** Host namespaces the exception accepts. */
  allow: HostField[]
  owner: string
  riskAcceptance: string
  expires: string
  /** Whole UTC days until expiry (0 on the day, negative after); null when the date is invalid. */
  daysLeft: number | null
  status: ExceptionStatus
  /** `ok`, `missing` (see missingControls), or `unknown` when the workload was not among the scanned files. */
  controls: 'ok' | 'missing' | 'unknown'
  missingControls: string[]
  /** Why the record is invalid, or other notes (duplicate, workload not found, namespace not allowed). */
  problems: string[]
}

const STATUS_RANK: Record<ExceptionStatus, number> = { expired: 0, invalid: 1, expiring: 2, active: 3 }

export function reviewRows(assessments: readonly Assessment[]): ExceptionRow[] {
  const rows = assessments.map(toRow)
  return rows.sort(
    (a, b) =>
      STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
      (a.daysLeft ?? 0) - (b.daysLeft ?? 0) ||
      a.workload.localeCompare(b.workload) ||
      a.file.localeCompare(b.file) ||
      a.line - b.line,
  )
}

function toRow(a: Assessment): ExceptionRow {
  const { record, workload } = a
  const kind = workload?.kind ?? record.target.kind
  const name = workload?.name ?? record.target.name
  const problems = record.problems.map(p => p.message)
  if (a.duplicateOf) problems.push(`duplicate: the record at ${a.duplicateOf.file}:${a.duplicateOf.span.start.line} applies`)
  if (!workload) problems.push('no workload with this kind, namespace and name was found in the scanned files')
  if (!a.namespaceAllowed) problems.push(`namespace "${a.namespace}"${a.namespaceAssumed ? ' (not set; kubectl would use "default")' : ''} is not listed in exceptions.namespaces`)
  return {
    workload: workloadKeyText({ kind, namespace: a.namespace, name }),
    kind,
    namespace: a.namespace,
    namespaceAssumed: a.namespaceAssumed,
    namespaceAllowed: a.namespaceAllowed,
    name,
    file: record.file,
    line: record.span.start.line,
    origin: record.origin,
    allow: [...record.allow],
    owner: record.owner ?? '',
    riskAcceptance: record.riskAcceptance ?? '',
    expires: record.expires ?? '',
    daysLeft: a.daysLeft ?? null,
    status: a.status,
    controls: !workload ? 'unknown' : a.missingControls.length ? 'missing' : 'ok',
    missingControls: a.missingControls.map(m => (m.container ? `${m.container}: ${m.control}` : m.control)),
    problems,
  }
}

/** An exception that fails the monthly review (CLI exit 1). */
export const isFailingRow = (r: ExceptionRow): boolean => r.status === 'expired' || r.status === 'invalid'

export interface ReportOptions {
  /** The date the days are counted from, `YYYY-MM-DD`. */
  asOf?: string
  /** Markdown only: rows beyond this many characters are counted, not listed (an issue body holds 65,536). */
  maxChars?: number
}

/** A cell of user text longer than this is cut: one record must not crowd out the others. */
const MAX_CELL = 300

export function summarize(rows: readonly ExceptionRow[]): Record<ExceptionStatus | 'total', number> {
  const out = { total: rows.length, expired: 0, invalid: 0, expiring: 0, active: 0 }
  for (const r of rows) out[r.status]++
  return out
}

const days = (r: ExceptionRow) => (r.daysLeft === null ? '-' : String(r.daysLeft))
const controlsText = (r: ExceptionRow) => (r.controls === 'missing' ? `missing: ${r.missingControls.join('; ')}` : r.controls)

// ------------------------------------------------------------------------------------------------
// Text

/** Terminal control characters in user-controlled text must not reach the terminal. */
const plain = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')

export function rowsToText(rows: readonly ExceptionRow[], options: ReportOptions = {}): string {
  const s = summarize(rows)
  const head = `${s.total} exception${s.total === 1 ? '' : 's'}${options.asOf ? ` as of ${options.asOf}` : ''}: ${s.expired} expired, ${s.invalid} invalid, ${s.expiring} expiring, ${s.active} active`
  if (!rows.length) return `${head}\n`
  const columns = ['STATUS', 'DAYS', 'EXPIRES', 'WORKLOAD', 'ALLOW', 'OWNER', 'CONTROLS', 'RISK ACCEPTANCE', 'WHERE']
  const table = rows.map(r => [r.status, days(r), r.expires || '-', r.workload, r.allow.join(',') || '-', r.owner || '-', controlsText(r), r.riskAcceptance || '-', `${r.file}:${r.line}`].map(plain))
  const widths = columns.map((c, i) => Math.min(60, Math.max(c.length, ...table.map(t => t[i].length))))
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd()
  const out = [line(columns), ...table.map(line)]
  for (const r of rows) for (const p of r.problems) out.push(`  ${plain(r.workload)}: ${plain(p)}`)
  return `${out.join('\n')}\n\n${head}\n`
}

// ------------------------------------------------------------------------------------------------
// JSON

export function rowsToJson(rows: readonly ExceptionRow[], options: ReportOptions = {}): object {
  return { schemaVersion: 1, asOf: options.asOf ?? null, summary: summarize(rows), exceptions: rows }
}

// ------------------------------------------------------------------------------------------------
// Markdown

const STATUS_MARK: Record<ExceptionStatus, string> = { expired: '🔴 expired', invalid: '🔴 invalid', expiring: '🟡 expiring', active: '🟢 active' }

/** A Markdown table; everything taken from the repository is escaped. */
export function rowsToMarkdown(rows: readonly ExceptionRow[], options: ReportOptions = {}): string {
  const s = summarize(rows)
  const out = [
    `**${s.total}** exception${s.total === 1 ? '' : 's'} in force${options.asOf ? ` as of ${cell(options.asOf)}` : ''}: ${s.expired} expired, ${s.invalid} invalid, ${s.expiring} expiring within the warning window, ${s.active} active.`,
    '',
  ]
  if (!rows.length) return out.join('\n')
  out.push('| Status | Workload | Host namespaces | Owner | Risk acceptance | Expires | Days left | Controls | Record |')
  out.push('| --- | --- | --- | --- | --- | --- | ---: | --- | --- |')
  const c = (text: string) => cell(clip(text, MAX_CELL))
  // The rows come most urgent first: what does not fit is the least urgent.
  const budget = (options.maxChars ?? Infinity) - 400
  let size = out.reduce((n, line) => n + line.length + 1, 0) + 250
  let listed = 0
  for (const r of rows) {
    const row = `| ${STATUS_MARK[r.status]} | ${c(r.workload)} | ${c(r.allow.join(', ') || '-')} | ${c(r.owner || '-')} | ${c(r.riskAcceptance || '-')} | ${c(r.expires || '-')} | ${days(r)} | ${c(controlsText(r))} | ${c(`${r.file}:${r.line}`)} |`
    if (size + row.length + 1 > budget) break
    out.push(row)
    size += row.length + 1
    listed++
  }
  const problems = rows.slice(0, listed).flatMap(r => r.problems.map(p => `- ${c(r.workload)}: ${c(p)}`))
  if (problems.length) out.push('', '**Problems**', '')
  for (const line of problems) {
    if (size + line.length + 1 > budget) break
    out.push(line)
    size += line.length + 1
  }
  if (listed < rows.length) out.push('', `…and ${rows.length - listed} more exception${rows.length - listed === 1 ? '' : 's'} not listed here, to stay within GitHub's size limit: \`host-namespace-guard exceptions\` lists them all.`)
  return out.join('\n') + '\n'
}
