import { applyEdits } from '../findings/apply-fix.js'
import type { PlacedFinding } from '../findings/place.js'
import type { ChangedLines } from '../diff/unified.js'
import type { Rule } from '../rules/types.js'
import { docsUrl } from '../version.js'
import { compareSeverity } from '../model.js'
import type { ExceptionDraft } from '../policy/exception-draft.js'
import { fixText, isHostNamespaceRule, listed, namespacesOf, sourceOf, titleText, whyText } from './comment-text.js'
import { clip, escapeMarkdown, fence, inlineCode } from './markdown.js'

/**
 * Hidden in every comment so that a re-run recognises what it already posted: the fingerprints of
 * the findings the comment is about, comma-separated (hex only, so the comment cannot be broken out of).
 */
export const MARKER_PREFIX = '<!-- host-namespace-guard:fp='
export const marker = (fingerprints: string | readonly string[]) =>
  `${MARKER_PREFIX}${typeof fingerprints === 'string' ? fingerprints : fingerprints.join(',')} -->`
export const RESOLVED_NOTE = '✅ **Resolved**: this finding is gone at the latest commit.'

/** The fingerprints a comment's marker names (one for comments of earlier versions). */
export function fingerprintsIn(body: string): string[] {
  const i = body.indexOf(MARKER_PREFIX)
  if (i === -1) return []
  const list = /^([0-9a-f,]{8,}) -->/.exec(body.slice(i + MARKER_PREFIX.length))?.[1]
  return list ? list.split(',').filter(fp => /^[0-9a-f]{8,64}$/.test(fp)) : []
}

/** The first fingerprint of a comment's marker. */
export const fingerprintIn = (body: string): string | undefined => fingerprintsIn(body)[0]

export interface CommentDraft {
  path: string
  line: number
  startLine?: number
  body: string
  fingerprints: string[]
}

/**
 * GitHub refuses a comment over 65,536 characters, and a resource name is the user's to make long.
 * Escaping can grow text eightfold (`#` becomes `#&#8203;`): these bounds keep any comment under it.
 */
const MAX_MESSAGE = 2_000
const MAX_SUGGESTION = 20_000

/**
 * One review comment for a group of findings (one workload, one cause, nearby lines: see
 * findings/group.ts): a line of what, a line of why for this file type, the fix for this file type,
 * one suggestion block applying every fix of the group when all its lines are in the diff, and for
 * a Kubernetes workload a collapsed, pre-filled exception record.
 */
export function reviewComment(
  group: readonly PlacedFinding[],
  rule: Rule | undefined,
  fileText: string | undefined,
  lines: ChangedLines | undefined,
  draft?: ExceptionDraft,
): CommentDraft {
  const lead = group[0]!
  const ids = [...new Set(group.map(f => f.ruleId))]
  const severity = [...group].sort((a, b) => compareSeverity(a.severity, b.severity))[0]!.severity
  const parts = [`**${escapeMarkdown(titleText(group, rule))}** (${ids.map(inlineCode).join(', ')}, ${severity})`]
  parts.push('', whatText(group))
  // A rendered chart's finding: the values line that sets it (or the template line that writes it).
  for (const r of group.flatMap(f => f.related ?? []))
    parts.push('', `Also: ${inlineCode(`${r.file}:${r.span.start.line}`)}: ${escapeMarkdown(clip(r.message, MAX_MESSAGE))}`)
  // Our own sentences (the namespace table's, a rule's), no user input: only what HTML or a mention
  // would take is neutralised, so they read as written.
  const why = whyText(group, rule)
  if (why) parts.push('', `**Why:** ${ownText(why)}`)
  parts.push('', `**Fix:** ${ownText(clip(fixText(group), MAX_MESSAGE))}`)
  let range: { start: number; end: number } | undefined
  if (lead.fix && fileText !== undefined) {
    const suggestion = suggestionFor(lead, fileText, lines)
    // A suggestion that would not fit in a comment (a huge one-line flow map) is left out.
    if (suggestion && suggestion.text.length <= MAX_SUGGESTION) {
      range = suggestion.range
      parts.push('', fence(suggestion.text, 'suggestion'))
    }
  }
  if (draft && sourceOf(lead) === 'kubernetes' && isHostNamespaceRule(lead.ruleId)) parts.push('', exceptionBlock(draft))
  parts.push('', `<sub>${ids.map(id => `[${id}](${docsUrl(id)})`).join(' · ')}</sub>`)
  const fingerprints = group.flatMap(f => (f.fingerprint ? [f.fingerprint] : []))
  parts.push(marker(fingerprints))
  const first = Math.min(...group.map(f => f.span.start.line))
  const last = Math.max(...group.map(f => f.span.start.line))
  const line = range?.end ?? last
  const startFrom = range?.start ?? first
  const startLine = startFrom < line ? startFrom : undefined
  return { path: lead.file, line, startLine, body: parts.join('\n'), fingerprints }
}

const ownText = (text: string) => text.replace(/[<>&@#]/g, c => `&#${c.charCodeAt(0)};`)

/**
 * What the comment is about, in one line of Markdown: the finding's own message for one finding (it
 * says how the value is written), and for a group the resource and what it shares. User text escaped.
 */
function whatText(group: readonly PlacedFinding[]): string {
  const lead = group[0]!
  if (group.length === 1) return escapeMarkdown(clip(lead.message, MAX_MESSAGE))
  const namespaces = namespacesOf(group)
  const lines = [...new Set(group.map(f => f.span.start.line))].sort((a, b) => a - b)
  const where = lines.length > 1 ? `lines ${lines[0]}–${lines[lines.length - 1]}` : `line ${lines[0]}`
  const resource = escapeMarkdown(clip(lead.resource.display, 300))
  if (!namespaces.length) return `${resource} (${where}): ${escapeMarkdown(clip(group.map(f => f.message).join(' '), MAX_MESSAGE))}`
  return `${resource} shares the host ${listed(namespaces.map(n => n.display))} namespace${namespaces.length === 1 ? '' : 's'} (${where}).`
}

/** The collapsed "Need an exception?" block: a record for this workload to paste and fill in. */
function exceptionBlock(d: ExceptionDraft): string {
  const yaml = [
    'metadata:',
    '  labels:',
    `    ${d.label}: "true"`,
    '  annotations:',
    `    ${d.annotations.allow}: ${d.allow.join(',')}`,
    `    ${d.annotations.owner}: <team that owns the risk>`,
    `    ${d.annotations.riskAcceptance}: "<ticket>: <why this workload needs the node>"`,
    `    ${d.annotations.expires}: "<YYYY-MM-DD, a review date>"`,
  ].join('\n')
  const controls = (list: readonly string[]) => list.map(c => inlineCode(c)).join(', ')
  const lines = [
    '<details><summary>Need an exception?</summary>',
    '',
    "Only for a workload that truly needs the node (a node agent, a CNI plugin). Add this to the workload's own `metadata` (not the pod template's) and fill in the placeholders:",
    '',
    fence(yaml, 'yaml'),
    '',
  ]
  if (d.meets.length) lines.push(`Compensating controls it already meets: ${controls(d.meets)}.`)
  if (d.lacks.length)
    lines.push(`Compensating controls it lacks, without which the exception is refused (\`exception-missing-control\`): ${controls(d.lacks)}.`)
  lines.push(
    d.namespaceAllowed
      ? `Exceptions are honoured in its namespace ${inlineCode(d.namespace)}.`
      : `Exceptions are honoured only in ${d.allowedNamespaces.length ? d.allowedNamespaces.map(inlineCode).join(', ') : 'the namespaces listed in `exceptions.namespaces` (none are)'}; its namespace is ${inlineCode(d.namespace)}.`,
  )
  lines.push(
    `A pull request that adds it needs approval: a member of ${d.approvalTeam ? inlineCode(d.approvalTeam) : 'the approving team (`exceptions.approval.team`)'} applies the label ${inlineCode(d.approvalLabel)} or approves the pull request.`,
    '',
    '</details>',
  )
  return lines.join('\n')
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
