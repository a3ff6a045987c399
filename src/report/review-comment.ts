import { applyEdits } from '../findings/apply-fix.js'
import type { PlacedFinding } from '../findings/place.js'
import type { ChangedLines } from '../diff/unified.js'
import type { Rule } from '../rules/types.js'
import { docsUrl } from '../version.js'
import { clip, escapeMarkdown, fence, inlineCode } from './markdown.js'

/** Hidden in every comment so that a re-run recognises what it already posted. */
export const MARKER_PREFIX = '<!-- host-namespace-guard:fp='
export const marker = (fingerprint: string) => `${MARKER_PREFIX}${fingerprint} -->`
export const RESOLVED_NOTE = '✅ **Resolved**: this finding is gone at the latest commit.'

export function fingerprintIn(body: string): string | undefined {
  const i = body.indexOf(MARKER_PREFIX)
  if (i === -1) return undefined
  return /^([0-9a-f]{8,64}) -->/.exec(body.slice(i + MARKER_PREFIX.length))?.[1]
}

export interface CommentDraft {
  path: string
  line: number
  startLine?: number
  body: string
  fingerprint: string
}

/**
 * GitHub refuses a comment over 65,536 characters, and a resource name is the user's to make long.
 * Escaping can grow text eightfold (`#` becomes `#&#8203;`): these bounds keep any comment under it.
 */
const MAX_MESSAGE = 2_000
const MAX_SUGGESTION = 20_000

/**
 * A review comment: where, what risk, what to do and, when the engine has a fix whose lines are
 * all in the diff, a suggestion block that applies it in one click.
 */
export function reviewComment(f: PlacedFinding, rule: Rule | undefined, fileText: string | undefined, lines: ChangedLines | undefined): CommentDraft {
  const title = rule?.meta.title ?? f.ruleId
  const parts = [`**${escapeMarkdown(title)}** (${inlineCode(f.ruleId)}, ${f.severity})`, '', escapeMarkdown(clip(f.message, MAX_MESSAGE))]
  // A rendered chart's finding: the values line that sets it (or the template line that writes it).
  for (const r of f.related ?? []) parts.push('', `Also: ${inlineCode(`${r.file}:${r.span.start.line}`)}: ${escapeMarkdown(clip(r.message, MAX_MESSAGE))}`)
  if (rule) parts.push('', escapeMarkdown(rule.meta.description))
  parts.push('', `**Fix:** ${escapeMarkdown(clip(f.remediation, MAX_MESSAGE))}`)
  let range: { start: number; end: number } | undefined
  if (f.fix && fileText !== undefined) {
    const suggestion = suggestionFor(f, fileText, lines)
    // A suggestion that would not fit in a comment (a huge one-line flow map) is left out.
    if (suggestion && suggestion.text.length <= MAX_SUGGESTION) {
      range = suggestion.range
      parts.push('', fence(suggestion.text, 'suggestion'))
    }
  }
  parts.push(
    '',
    `<sub>[Rule documentation](${docsUrl(f.ruleId)}). A workload that truly needs this can go through the exception process described there.</sub>`,
  )
  parts.push(marker(f.fingerprint ?? ''))
  const line = range?.end ?? f.span.start.line
  const startLine = range && range.start !== range.end ? range.start : undefined
  return { path: f.file, line, startLine, body: parts.join('\n'), fingerprint: f.fingerprint ?? '' }
}

/** The replaced lines after applying the fix, or undefined when a line is outside the diff. */
function suggestionFor(f: PlacedFinding, text: string, lines: ChangedLines | undefined): { text: string; range: { start: number; end: number } } | undefined {
  const edits = f.fix!.edits
  if (!edits.length) return undefined
  const first = Math.min(...edits.map(e => e.span.startOffset))
  const last = Math.max(...edits.map(e => e.span.endOffset))
  const lineStart = text.lastIndexOf('\n', first - 1) + 1
  // An edit that ends at the start of a line (a deleted line) ends on the line before.
  const endAt = last > lineStart && text[last - 1] === '\n' ? last - 1 : last
  const nl = text.indexOf('\n', endAt)
  const lineEnd = nl === -1 ? text.length : nl
  const startLine = text.slice(0, lineStart).split('\n').length
  const endLine = startLine + text.slice(lineStart, lineEnd).split('\n').length - 1
  for (let l = startLine; l <= endLine; l++) if (lines && !lines.added.has(l) && !lines.context.has(l)) return undefined
  const shifted = edits.map(e => ({ ...e, span: { ...e.span, startOffset: e.span.startOffset - lineStart, endOffset: e.span.endOffset - lineStart } }))
  const original = text.slice(lineStart, lineEnd + (nl === -1 ? 0 : 1))
  let replaced = applyEdits(original, shifted)
  if (replaced.endsWith('\n')) replaced = replaced.slice(0, -1)
  return { text: replaced.replace(/\r$/gm, ''), range: { start: startLine, end: endLine } }
}

/**
 * Two fixes on one line (`{hostNetwork: true, hostPID: true}`, `--network host --pid=host`) would
 * be two suggestions, and applying one makes the other stale. The first finding's suggestion takes
 * every fix of the lines it touches; the others keep their comment without one. Copies: the
 * findings' own fixes (JSON, SARIF, --fix) stay as they are.
 */
export function shareSuggestionLines<F extends PlacedFinding>(findings: readonly F[]): F[] {
  const out = findings.map(f => ({ ...f }))
  const byFile = new Map<string, F[]>()
  for (const f of out) {
    if (!f.fix?.edits.length) continue
    const group = byFile.get(f.file)
    if (group) group.push(f)
    else byFile.set(f.file, [f])
  }
  for (const group of byFile.values()) {
    for (let i = 0; i < group.length; i++) {
      const lead = group[i]
      if (!lead.fix) continue
      for (const other of group.slice(i + 1)) {
        if (!other.fix || !sharesLine(lead.fix.edits, other.fix.edits)) continue
        if (!overlaps(lead.fix.edits, other.fix.edits))
          lead.fix = { description: `${lead.fix.description}; ${other.fix.description}`, edits: [...lead.fix.edits, ...other.fix.edits] }
        other.fix = undefined
      }
    }
  }
  return out
}

type Edits = NonNullable<PlacedFinding['fix']>['edits']
const lineRange = (edits: Edits) => [Math.min(...edits.map(e => e.span.start.line)), Math.max(...edits.map(e => e.span.end.line))]
function sharesLine(a: Edits, b: Edits): boolean {
  const [a1, a2] = lineRange(a)
  const [b1, b2] = lineRange(b)
  return a1 <= b2 && b1 <= a2
}
const overlaps = (a: Edits, b: Edits) => a.some(x => b.some(y => x.span.startOffset < y.span.endOffset && y.span.startOffset < x.span.endOffset))
