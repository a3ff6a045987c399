import type { ChangedLines } from '../diff/unified.js'
import type { PlacedFinding } from '../findings/place.js'
import type { ExistingComment, ExistingReview, GitHubPort, ReviewCommentDraft } from '../github/port.js'
import { MAX_REVIEW_COMMENTS, ReviewCommentsRejected } from '../github/port.js'
import { compareSeverity, locationOf } from '../model.js'
import { escapeMarkdown, inlineCode } from '../report/markdown.js'
import { fingerprintIn, marker, RESOLVED_NOTE, reviewComment, shareSuggestionLines } from '../report/review-comment.js'
import { registry } from '../rules/index.js'
import type { PullRequestRef } from './event.js'

/** What the review needs besides findings: file texts at head (for suggestions) and the diff. */
export interface ReviewSource {
  texts: Map<string, string>
  changes: Map<string, ChangedLines | 'whole-file'>
  /** False in the two-stage publish run: suggestion text from an untrusted report is not posted. */
  suggestions: boolean
}

export interface ReviewOptions {
  /** The findings that fail the run: they get inline comments first when there are too many. */
  failing?: readonly PlacedFinding[]
  /**
   * Every finding of the changed files is in `findings` (default). When the scan stopped at
   * maxFindings or the API listed only part of the files, a missing finding is not a fixed one,
   * and no comment is marked resolved.
   */
  complete?: boolean
}

/** Marking fixed findings costs one request each: bounded so a big clean-up cannot flood the API. */
export const MAX_RESOLVE_UPDATES = 30
/** The review body stays well under GitHub's 65536 characters however long the listed messages are. */
const BODY_BUDGET = 60_000
/** A listed finding's message is cut to this many characters (the summary has it whole). */
const LISTED_MESSAGE = 300

/**
 * Hidden at the end of a review body: the fingerprints of the file-level findings it listed, so a
 * re-run does not list them again. Fingerprints are hex, so the comment cannot be broken out of.
 */
const LISTED_PREFIX = '<!-- host-namespace-guard:listed='
/**
 * Hidden the same way: the findings whose inline comments GitHub refused (422, e.g. a line outside
 * the diff GitHub shows). GitHub refuses them again on the same commit, and each re-run would post
 * another review to say nothing new; a review of this commit carrying the marker stops that.
 */
const REFUSED_PREFIX = '<!-- host-namespace-guard:refused='
const marked = (prefix: string, fingerprints: string[]) => `${prefix}${fingerprints.join(',')} -->`

export const listedIn = (body: string): string[] => fingerprintsAfter(body, LISTED_PREFIX)
export const refusedIn = (body: string): string[] => fingerprintsAfter(body, REFUSED_PREFIX)

function fingerprintsAfter(body: string, prefix: string): string[] {
  const i = body.indexOf(prefix)
  if (i === -1) return []
  const m = /^([0-9a-f,]*) -->/.exec(body.slice(i + prefix.length))
  return m ? m[1]!.split(',').filter(Boolean) : []
}

/**
 * Our own comments and reviews: those with our hidden marker *written by a bot*. A marker and its
 * fingerprint are predictable, so a pull request's author could write them into their own comments
 * to make a re-run skip (or mark resolved) a finding; only a bot account (GITHUB_TOKEN's
 * github-actions[bot], or the GitHub App whose token the action uses) counts as this tool. Matching
 * our exact login is not possible: GITHUB_TOKEN cannot call GET /user to learn it. With a personal
 * access token (a User) re-runs do not recognise earlier comments and may post them again.
 */
export const isOurs = (c: Pick<ExistingComment | ExistingReview, 'authorType'>): boolean => c.authorType === 'Bot'

export interface ReviewResult {
  posted: number
  alreadyPosted: number
  resolved: number
  /** Comments GitHub refused in this run: listed in the review body instead. */
  rejected: number
  /** Findings whose comments GitHub refused earlier on this commit: not sent again. */
  refusedBefore: number
  /** What went wrong without failing the review (e.g. the refusals could not be noted). */
  notes: string[]
  /** New inline findings over MAX_REVIEW_COMMENTS: listed in the review body instead. */
  overflow: number
  /** Findings without a diff line (filter-mode file/nofilter, files without a patch) listed in the body. */
  listed: number
}

/**
 * One review per run with at most MAX_REVIEW_COMMENTS new inline comments (failing ones first); the
 * rest and the new findings that have no line in the diff are listed in the review body. Comments
 * already posted (same fingerprint) are not posted again, and our comments whose finding is gone
 * are marked resolved.
 */
export async function postReview(
  port: GitHubPort,
  pr: PullRequestRef,
  findings: PlacedFinding[],
  source: ReviewSource,
  options: ReviewOptions = {},
): Promise<ReviewResult> {
  const existing = await port.reviewComments(pr.number)
  const ours = existing.filter(isOurs).flatMap(c => {
    const fp = fingerprintIn(c.body)
    return fp ? [{ ...c, fingerprint: fp, resolved: c.body.includes(RESOLVED_NOTE) }] : []
  })
  const live = new Set(ours.filter(c => !c.resolved).map(c => c.fingerprint))
  const current = new Set(findings.map(f => f.fingerprint))
  const failing = new Set(options.failing ?? [])

  let alreadyPosted = 0
  let candidates: PlacedFinding[] = []
  for (const f of findings) {
    if (f.placement !== 'inline' || f.suppression) continue
    if (live.has(f.fingerprint!)) alreadyPosted++
    else candidates.push(f)
  }
  let fileLevel = findings.filter(f => f.placement === 'file' && f.isNew && !f.suppression && f.fingerprint)

  // Our reviews, read once when there may be something to post: file-level findings are listed
  // once per pull request, and comments GitHub refused are not sent again on the same commit.
  const reviews = candidates.length || fileLevel.length ? (await port.reviews(pr.number)).filter(isOurs) : []
  const refusedHere = new Set(reviews.filter(r => r.commitId === pr.headSha).flatMap(r => refusedIn(r.body)))
  const refusedBefore = candidates.filter(f => refusedHere.has(f.fingerprint!)).length
  candidates = candidates.filter(f => !refusedHere.has(f.fingerprint!))
  const listed = new Set(reviews.flatMap(r => listedIn(r.body)))
  fileLevel = fileLevel.filter(f => !listed.has(f.fingerprint!))

  // Most important first: failing, then new, then the rest (diff context); by severity within each.
  const rank = (f: PlacedFinding) => (failing.has(f) ? 0 : f.isNew ? 1 : 2)
  const ordered = candidates
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || compareSeverity(a.f.severity, b.f.severity) || a.i - b.i)
    .map(x => x.f)
  const inline = shareSuggestionLines(ordered.slice(0, MAX_REVIEW_COMMENTS))
  const overflow = ordered.slice(MAX_REVIEW_COMMENTS)
  const findingOf = new Map<ReviewCommentDraft, PlacedFinding>()
  const drafts: ReviewCommentDraft[] = inline.map(f => {
    const lines = source.changes.get(f.file)
    const text = source.suggestions ? source.texts.get(f.file) : undefined
    const draft = reviewComment(f, registry.get(f.ruleId), text, lines === 'whole-file' ? undefined : lines)
    const d = { path: draft.path, line: draft.line, startLine: draft.startLine, body: draft.body }
    findingOf.set(d, f)
    return d
  })

  let rejected = 0
  const notes: string[] = []
  if (drafts.length || fileLevel.length) {
    try {
      await port.createReview(pr.number, pr.headSha, reviewBody(drafts.length, alreadyPosted, overflow, fileLevel, []), drafts)
    } catch (err) {
      if (!(err instanceof ReviewCommentsRejected)) throw err
      const refusal = err as ReviewCommentsRejected<ReviewCommentDraft>
      rejected = refusal.rejected.length
      const refused = refusal.rejected.flatMap(r => findingOf.get(r.draft) ?? [])
      // The body is rewritten once the refusals are known: it lists them, and its marker keeps a
      // re-run on this commit from sending them (and a review saying nothing new) again.
      try {
        if (refusal.reviewId === undefined) throw new Error('no review was posted', { cause: err })
        await port.updateReview(pr.number, refusal.reviewId, reviewBody(drafts.length - rejected, alreadyPosted, overflow, fileLevel, refused))
      } catch (update) {
        notes.push(
          `GitHub refused ${rejected} review comment(s), and listing them in the review failed (${(update as Error).message}): a re-run on this commit will try them again.`,
        )
      }
    }
  }

  let resolved = 0
  for (const c of ours) {
    if (options.complete === false) break
    if (c.resolved || current.has(c.fingerprint) || resolved >= MAX_RESOLVE_UPDATES) continue
    await port.updateReviewComment(c.id, resolvedBody(c.body, c.fingerprint))
    resolved++
  }
  return { posted: drafts.length - rejected, alreadyPosted, resolved, rejected, refusedBefore, notes, overflow: overflow.length, listed: fileLevel.length }
}

/** GitHub refuses a comment body over 65,536 characters; the original is kept when it fits. */
const MAX_COMMENT_BODY = 65_000

function resolvedBody(original: string, fingerprint: string): string {
  const kept = `${RESOLVED_NOTE}\n\n<details><summary>Original comment</summary>\n\n${original}\n\n</details>`
  return kept.length <= MAX_COMMENT_BODY ? kept : `${RESOLVED_NOTE}\n\n(The original comment was too long to keep here.)\n${marker(fingerprint)}`
}

/** Our sentences, then the listed findings, every user-controlled part escaped. */
function reviewBody(posted: number, alreadyPosted: number, overflow: PlacedFinding[], fileLevel: PlacedFinding[], refused: PlacedFinding[]): string {
  const s = (n: number) => (n === 1 ? '' : 's')
  const parts: string[] = []
  if (posted) {
    parts.push(
      `**Host Namespace Guard** found ${posted} new host namespace finding${s(posted)} on lines this pull request changes${alreadyPosted ? ` (${alreadyPosted} more already commented on)` : ''}. Each comment says why it matters and how to fix it.`,
    )
  } else if (refused.length) {
    parts.push('**Host Namespace Guard** found host namespace findings in files this pull request changes that could not be commented on inline.')
  } else {
    parts.push('**Host Namespace Guard** found host namespace findings in files this pull request changes, outside the lines it changes.')
  }
  // Each list takes at most an even share of what the lists before it left.
  let budget = BODY_BUDGET
  if (overflow.length) {
    parts.push(
      '',
      `**${overflow.length} more finding${s(overflow.length)} on changed lines** ${overflow.length === 1 ? 'is' : 'are'} not commented on inline (at most ${MAX_REVIEW_COMMENTS} comments per review); the check run, the job summary and the annotations have ${overflow.length === 1 ? 'it' : 'them all'}:`,
      '',
    )
    budget -= pushList(parts, overflow, budget / [overflow, refused, fileLevel].filter(l => l.length).length)
  }
  if (refused.length) {
    parts.push(
      '',
      `**${refused.length} finding${s(refused.length)} GitHub would not take as inline comment${s(refused.length)}** (for example, a line outside the diff GitHub shows); the check run, the job summary and the annotations have ${refused.length === 1 ? 'it' : 'them all'}:`,
      '',
    )
    budget -= pushList(parts, refused, fileLevel.length ? budget / 2 : budget)
    parts.push(
      '',
      marked(
        REFUSED_PREFIX,
        refused.map(f => f.fingerprint!),
      ),
    )
  }
  if (fileLevel.length) {
    parts.push('', `**${fileLevel.length} finding${s(fileLevel.length)} in changed files without a line in the diff to comment on:**`, '')
    pushList(parts, fileLevel, budget)
    parts.push(
      '',
      marked(
        LISTED_PREFIX,
        fileLevel.map(f => f.fingerprint!),
      ),
    )
  }
  return parts.join('\n')
}

/** Adds one line per finding until `budget` characters are used; returns the characters used. */
function pushList(parts: string[], list: PlacedFinding[], budget: number): number {
  let used = 0
  for (const [i, f] of list.entries()) {
    const message = f.message.length > LISTED_MESSAGE ? `${f.message.slice(0, LISTED_MESSAGE)}…` : f.message
    const line = `- ${escapeMarkdown(locationOf(f))} (${inlineCode(f.ruleId)}, ${f.severity}): ${escapeMarkdown(message)}`
    if (used + line.length + 1 > budget) {
      const more = `- …and ${list.length - i} more.`
      parts.push(more)
      return used + more.length + 1
    }
    parts.push(line)
    used += line.length + 1
  }
  return used
}
