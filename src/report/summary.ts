import type { JudgedFinding } from '../findings/verdict.js'
import { isRunLevel, locationOf, type Severity } from '../model.js'
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
  /** Where file links point: the commit the findings are about, on the repository's web pages. */
  links?: SummaryLinks
  /** Findings of the changed files at the base commit that the pull request's head no longer has. */
  removed?: number
}

export interface SummaryLinks {
  /** GITHUB_SERVER_URL: https://github.com, or a GitHub Enterprise Server. */
  server: string
  owner: string
  repo: string
  sha: string
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
  const { findings } = input
  const fresh = findings.filter(f => f.isNew && !f.suppression)
  const old = findings.filter(f => !f.isNew && !f.suppression)
  const covered = findings.filter(f => f.suppression)
  const out: string[] = []
  out.push(...headline(input), '')
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
    // Where and what first (the columns a reviewer reads), the resource named once.
    out.push(`### ${heading}`, '', '| Where | What | Severity | Rule |', '|---|---|---|---|')
    for (const f of list.slice(0, ROWS_PER_TABLE)) {
      const extra = f.suppression ? ` (owner: ${f.suppression.owner ?? 'unknown'}; expires: ${f.suppression.expires ?? 'never'})` : ''
      out.push(`| ${where(f, input.links)} | ${what(f, extra)} | ${f.suppression ? 'covered' : f.severity} | ${f.ruleId} |`)
    }
    if (list.length > ROWS_PER_TABLE) out.push('', `…and ${list.length - ROWS_PER_TABLE} more (see the JSON report or SARIF).`)
    out.push('')
  }
  // Notes are our own sentences (shas, limits, sources); user text in them comes escaped. A note's
  // later lines (the steps of an approval) stay inside its list item, indented.
  if (input.notes.length) out.push(...notesOf(input.notes))
  return truncate(out.join('\n'), limit)
}

/**
 * The first lines a reviewer reads: the verdict in words, what the pull request adds and removes,
 * and what was scanned.
 */
function headline(input: SummaryInput): string[] {
  const failing = failingOf(input).length
  const s = (n: number) => (n === 1 ? '' : 's')
  const verdict = failing
    ? `**Fails:** ${failing} finding${s(failing)} at or above \`${input.failOn}\`${input.mode === 'pr' ? ' block this pull request' : ''}; each row below says where, and the review comments say how to fix it.`
    : `**Passes:** nothing at or above \`${input.failOn}\` ${input.mode === 'pr' ? 'is added by this pull request' : 'was found'}${input.findings.some(f => f.suppression) ? ' (findings covered by exceptions are listed below)' : ''}.`
  const removed = input.removed ? ` This pull request removes ${input.removed} finding${s(input.removed)}.` : ''
  return [
    `## ${failing ? '❌' : '✅'} Host Namespace Guard: ${escapeMarkdown(summaryTitle(input))}`,
    '',
    `${verdict}${removed}`,
    '',
    `Scanned ${input.filesScanned} file${input.filesScanned === 1 ? '' : 's'}${input.mode === 'pr' ? ' changed in this pull request' : ''}; fail-on: \`${input.failOn}\`.`,
  ]
}

const notesOf = (notes: readonly string[]) => ['### Notes', '', ...notes.map(n => `- ${n.replace(/\n/g, '\n  ')}`), '']

/** `file:line`, linked to that line at the commit when the links are known. */
function where(f: JudgedFinding, links: SummaryLinks | undefined): string {
  const text = cell(locationOf(f))
  if (!links || isRunLevel(f)) return text
  const path = f.file.split('/').map(encodeURIComponent).join('/')
  const url = `${links.server.replace(/\/+$/, '')}/${encodeURIComponent(links.owner)}/${encodeURIComponent(links.repo)}/blob/${links.sha}/${path}#L${f.span.start.line}`
  return `[${text}](${url})`
}

/** The resource once, in bold, then what the message says about it (most messages start by naming it). */
function what(f: JudgedFinding, extra: string): string {
  const display = f.resource.display
  const rest = f.message.startsWith(`${display} `)
    ? f.message.slice(display.length + 1)
    : f.message.startsWith(`${display}: `)
      ? f.message.slice(display.length + 2)
      : f.message
  return `**${cell(display)}** ${cell(rest + extra)}`
}

/**
 * The job summary when the check run has everything: the verdict, the counts and a link to the check
 * run. A copy would be the same page twice.
 */
export function renderJobPointer(input: SummaryInput, checkRunUrl: string, limit: number): string {
  const full = renderSummary(input, limit)
  const table = full.slice(full.indexOf('\n| Rule |'), full.indexOf('\n\n', full.indexOf('\n| Rule |')))
  const out = [...headline(input), table, '', `Every finding, with where and how to fix it: [the check run](${checkRunUrl}).`, '']
  if (input.notes.length) out.push(...notesOf(input.notes))
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
