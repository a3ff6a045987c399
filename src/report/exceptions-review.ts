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

/** The terminal width the text table keeps to. */
export const TEXT_WIDTH = 100

/** Words wrapped to the table's width, indented under their row. */
function wrap(text: string): string[] {
  const lines: string[] = []
  let current = ' '
  for (const word of text.split(' ')) {
    if (current.length + 1 + word.length > TEXT_WIDTH && current.trim()) {
      lines.push(current)
      current = '   '
    }
    current += ` ${word}`
  }
  lines.push(current)
  return lines.map(l => clip(l, TEXT_WIDTH))
}

/** One exception per row of five short columns, its owner, controls, risk acceptance and record on an indented line below. */
export function rowsToText(rows: readonly ExceptionRow[], options: ReportOptions = {}): string {
  const s = summarize(rows)
  const head = `${s.total} exception record${s.total === 1 ? '' : 's'}${options.asOf ? ` as of ${options.asOf}` : ''}: ${s.expired} expired, ${s.invalid} invalid, ${s.expiring} expiring, ${s.active} active`
  if (!rows.length) return `${head}\n`
  const columns = ['STATUS', 'DAYS', 'EXPIRES', 'WORKLOAD', 'ALLOW']
  const table = rows.map(r => [r.status, days(r), r.expires || '-', r.workload, r.allow.join(',') || '-'].map(plain))
  const widths = columns.map((c, i) => Math.max(c.length, ...table.map(t => t[i]!.length)))
  // The workload column gives way so that a row fits the terminal; the other columns are short.
  const others = widths.reduce((sum, w, i) => (i === 3 ? sum : sum + w + 2), 0)
  widths[3] = Math.max(columns[3]!.length, Math.min(widths[3]!, TEXT_WIDTH - others))
  const line = (cells: string[]) =>
    clip(
      cells
        .map((c, i) => (i === cells.length - 1 ? c : clip(c, widths[i]!).padEnd(widths[i]!)))
        .join('  ')
        .trimEnd(),
      TEXT_WIDTH,
    )
  const out = [line(columns)]
  for (const [i, r] of rows.entries()) {
    out.push(line(table[i]!))
    out.push(
      clip(
        `  ${plain(`${r.file}:${r.line} · owner ${r.owner || '-'} · controls ${r.controls === 'missing' ? 'missing' : r.controls} · risk ${r.riskAcceptance || '-'}`)}`,
        TEXT_WIDTH,
      ),
    )
    // What must change is never cut: long lines wrap.
    if (r.controls === 'missing') out.push(...wrap(`missing controls: ${plain(r.missingControls.join('; '))}`))
    for (const p of r.problems) out.push(...wrap(`problem: ${plain(p)}`))
  }
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
    `**${s.total}** exception record${s.total === 1 ? '' : 's'}${options.asOf ? ` as of ${cell(options.asOf)}` : ''}: ${s.expired} expired, ${s.invalid} invalid, ${s.expiring} expiring within the warning window, ${s.active} active.`,
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
