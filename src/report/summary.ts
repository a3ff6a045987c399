import type { JudgedFinding } from '../findings/verdict.js'
import { locationOf, type Severity } from '../model.js'
import { docsUrl } from '../version.js'
import { cell, escapeMarkdown } from './markdown.js'

export interface SummaryInput {
  /** Judged once (findings/verdict.ts): the heading, the tables and the conclusion agree with it. */
  findings: readonly JudgedFinding[]
  failOn: Severity | 'never'
  mode: 'pr' | 'full'
  filesScanned: number
  /** Limits hit and sources used, said plainly (diff from git or API, 3000-file cap, ...). */
  notes: string[]
}

const ROWS_PER_TABLE = 100

const failingOf = (input: SummaryInput) => input.findings.filter(f => f.failing)

export function summaryTitle(input: SummaryInput): string {
  const failingList = failingOf(input)
  const failing = failingList.length
  const newOnes = input.findings.filter(f => f.isNew && !f.suppression).length
  if (failing) {
    const old = input.mode === 'pr' ? failingList.filter(f => !f.isNew).length : 0
    const which = input.mode === 'pr' && !old ? 'new ' : ''
    return `${failing} ${which}finding${failing === 1 ? '' : 's'} share${failing === 1 ? 's' : ''} a host namespace${old ? ` (${old} pre-existing)` : ''}`
  }
  if (newOnes) return `${newOnes} ${input.mode === 'pr' ? 'new ' : ''}finding${newOnes === 1 ? '' : 's'} below the fail-on threshold`
  return input.mode === 'pr' ? 'No new host namespace sharing' : 'No host namespace sharing'
}

/** The Markdown summary shared by the check run and the job summary. */
/** `limit`: the channel's size bound in UTF-8 bytes (the caller knows where the text goes). */
export function renderSummary(input: SummaryInput, limit: number): string {
  const { findings, failOn } = input
  const failing = failingOf(input)
  const fresh = findings.filter(f => f.isNew && !f.suppression)
  const old = findings.filter(f => !f.isNew && !f.suppression)
  const covered = findings.filter(f => f.suppression)
  const out: string[] = []
  out.push(`## ${failing.length ? '❌' : '✅'} Host Namespace Guard: ${escapeMarkdown(summaryTitle(input))}`, '')
  out.push(
    `Scanned ${input.filesScanned} file${input.filesScanned === 1 ? '' : 's'}${input.mode === 'pr' ? ' changed in this pull request' : ''}; fail-on: \`${failOn}\`.`,
    '',
  )
  out.push(
    '| Rule | ' + (input.mode === 'pr' ? 'New | Pre-existing | ' : 'Findings | ') + 'Covered by exceptions |',
    input.mode === 'pr' ? '|---|---:|---:|---:|' : '|---|---:|---:|',
  )
  const ids = [...new Set(findings.map(f => f.ruleId))].sort()
  for (const id of ids) {
    const n = (list: readonly JudgedFinding[]) => list.filter(f => f.ruleId === id).length
    out.push(
      input.mode === 'pr'
        ? `| [${id}](${docsUrl(id)}) | ${n(fresh)} | ${n(old)} | ${n(covered)} |`
        : `| [${id}](${docsUrl(id)}) | ${n(fresh)} | ${n(covered)} |`,
    )
  }
  if (!ids.length) out.push(input.mode === 'pr' ? '| (none) | 0 | 0 | 0 |' : '| (none) | 0 | 0 |')
  out.push('')
  const sections: Array<[string, JudgedFinding[]]> = [
    [input.mode === 'pr' ? 'New findings' : 'Findings', fresh],
    ['Pre-existing findings (not introduced by this pull request)', old],
    ['Exceptions in force', covered],
  ]
  for (const [heading, list] of sections) {
    if (!list.length) continue
    out.push(`### ${heading}`, '', '| Severity | Rule | File | Resource | Message |', '|---|---|---|---|---|')
    for (const f of list.slice(0, ROWS_PER_TABLE)) {
      const extra = f.suppression ? ` (owner: ${f.suppression.owner ?? 'unknown'}; expires: ${f.suppression.expires ?? 'never'})` : ''
      out.push(`| ${f.severity} | ${f.ruleId} | ${cell(locationOf(f))} | ${cell(f.resource.display)} | ${cell(f.message + extra)} |`)
    }
    if (list.length > ROWS_PER_TABLE) out.push('', `…and ${list.length - ROWS_PER_TABLE} more (see the JSON report or SARIF).`)
    out.push('')
  }
  // Notes are our own sentences (shas, limits, sources); user text in them comes escaped. A note's
  // later lines (the steps of an approval) stay inside its list item, indented.
  if (input.notes.length) out.push('### Notes', '', ...input.notes.map(n => `- ${n.replace(/\n/g, '\n  ')}`), '')
  return truncate(out.join('\n'), limit)
}

/**
 * Cut at a line end within `limit` UTF-8 bytes (the job summary's 1 MiB is bytes; bytes are never
 * fewer than the characters the check run counts, so one rule serves both).
 */
function truncate(text: string, limit: number): string {
  if (Buffer.byteLength(text) <= limit) return text
  const tail = "\n\n…summary truncated at GitHub's size limit; the JSON report has every finding.\n"
  const head = Buffer.from(text)
    .subarray(0, limit - Buffer.byteLength(tail))
    .toString('utf8')
    .replace(/\uFFFD$/, '')
  const cut = head.lastIndexOf('\n')
  return (cut > 0 ? head.slice(0, cut) : head) + tail
}
