import type { ChangedLines } from '../diff/unified.js'
import type { PlacedFinding } from '../findings/place.js'
import type { GitHubPort, ReviewCommentDraft } from '../github/port.js'
import { ReviewCommentsRejected } from '../github/port.js'
import { escapeMarkdown } from '../report/markdown.js'
import { fingerprintIn, RESOLVED_NOTE, reviewComment } from '../report/review.js'
import { registry } from '../rules/index.js'
import type { PullRequestRef } from './event.js'

/** What the review needs besides findings: file texts at head (for suggestions) and the diff. */
export interface ReviewSource {
  texts: Map<string, string>
  changes: Map<string, ChangedLines | 'whole-file'>
  /** False in the two-stage publish run: suggestion text from an untrusted report is not posted. */
  suggestions: boolean
}

/** Marking fixed findings costs one request each: bounded so a big clean-up cannot flood the API. */
export const MAX_RESOLVE_UPDATES = 30

export interface ReviewResult {
  posted: number
  alreadyPosted: number
  resolved: number
  rejected: number
}

/**
 * One review per run with every new inline comment; comments already posted (same fingerprint)
 * are not posted again, and our comments whose finding is gone are marked resolved.
 */
export async function postReview(port: GitHubPort, pr: PullRequestRef, findings: PlacedFinding[], source: ReviewSource): Promise<ReviewResult> {
  const existing = await port.reviewComments(pr.number)
  const ours = existing.flatMap(c => {
    const fp = fingerprintIn(c.body)
    return fp ? [{ ...c, fingerprint: fp, resolved: c.body.includes(RESOLVED_NOTE) }] : []
  })
  const live = new Set(ours.filter(c => !c.resolved).map(c => c.fingerprint))
  const current = new Set(findings.map(f => f.fingerprint))
  const drafts: ReviewCommentDraft[] = []
  let alreadyPosted = 0
  for (const f of findings) {
    if (f.placement !== 'inline' || f.suppression) continue
    if (live.has(f.fingerprint!)) {
      alreadyPosted++
      continue
    }
    const lines = source.changes.get(f.file)
    const text = source.suggestions ? source.texts.get(f.file) : undefined
    const draft = reviewComment(f, registry.get(f.ruleId), text, lines === 'whole-file' ? undefined : lines)
    drafts.push({ path: draft.path, line: draft.line, startLine: draft.startLine, body: draft.body })
  }

  let rejected = 0
  if (drafts.length) {
    const failing = findings.filter(f => f.placement === 'inline' && !f.suppression).length
    const body = `**Host Namespace Guard** found ${drafts.length} new host namespace finding${drafts.length === 1 ? '' : 's'} on lines this pull request changes${failing > drafts.length ? ` (${failing - drafts.length} more already commented on)` : ''}. Each comment says why it matters and how to fix it.`
    try {
      await port.createReview(pr.number, pr.headSha, escapeMarkdownLoose(body), drafts)
    } catch (err) {
      if (!(err instanceof ReviewCommentsRejected)) throw err
      rejected = (err as ReviewCommentsRejected<ReviewCommentDraft>).rejected.length
    }
  }

  let resolved = 0
  for (const c of ours) {
    if (c.resolved || current.has(c.fingerprint) || resolved >= MAX_RESOLVE_UPDATES) continue
    await port.updateReviewComment(c.id, `${RESOLVED_NOTE}\n\n<details><summary>Original comment</summary>\n\n${c.body}\n\n</details>`)
    resolved++
  }
  return { posted: drafts.length - rejected, alreadyPosted, resolved, rejected }
}

/** The review body holds only our own words; this keeps it safe should that ever change. */
const escapeMarkdownLoose = (s: string) => s.replace(/[<>]/g, c => escapeMarkdown(c))
