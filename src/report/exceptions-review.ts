import type { ExceptionStatus } from '../policy/evaluate.js'
import { summarize, type ExceptionRow } from '../policy/review-rows.js'
import { replaceControlCharacters } from './control-characters.js'
import { cell, clip } from './markdown.js'

/** The monthly exceptions review rendered: text (CLI), JSON (tools), Markdown (issue, job summary). */

export interface ReportOptions {
  /** The date the days are counted from, `YYYY-MM-DD`. */
  asOf?: string
  /** Markdown only: rows beyond this many characters are counted, not listed (an issue body holds 65,536). */
  maxChars?: number
}

/** A cell of user text longer than this is cut: one record must not crowd out the others. */
const MAX_CELL = 300

const days = (r: ExceptionRow) => (r.daysLeft === null ? '-' : String(r.daysLeft))
const controlsText = (r: ExceptionRow) => (r.controls === 'missing' ? `missing: ${r.missingControls.join('; ')}` : r.controls)

// ------------------------------------------------------------------------------------------------
// Text

/** Terminal control characters in user-controlled text must not reach the terminal. */
const plain = (s: string) => replaceControlCharacters(s, ' ', { c1: true })

export function rowsToText(rows: readonly ExceptionRow[], options: ReportOptions = {}): string {
  const s = summarize(rows)
  const head = `${s.total} exception${s.total === 1 ? '' : 's'}${options.asOf ? ` as of ${options.asOf}` : ''}: ${s.expired} expired, ${s.invalid} invalid, ${s.expiring} expiring, ${s.active} active`
  if (!rows.length) return `${head}\n`
  const columns = ['STATUS', 'DAYS', 'EXPIRES', 'WORKLOAD', 'ALLOW', 'OWNER', 'CONTROLS', 'RISK ACCEPTANCE', 'WHERE']
  const table = rows.map(r =>
    [
      r.status,
      days(r),
      r.expires || '-',
      r.workload,
      r.allow.join(',') || '-',
      r.owner || '-',
      controlsText(r),
      r.riskAcceptance || '-',
      `${r.file}:${r.line}`,
    ].map(plain),
  )
  const widths = columns.map((c, i) => Math.min(60, Math.max(c.length, ...table.map(t => t[i].length))))
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd()
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
  if (listed < rows.length)
    out.push(
      '',
      `…and ${rows.length - listed} more exception${rows.length - listed === 1 ? '' : 's'} not listed here, to stay within GitHub's size limit: \`host-namespace-guard exceptions\` lists them all.`,
    )
  return out.join('\n') + '\n'
}
