import type { ChangedLines } from '../diff/unified.js'
import type { PlacedFinding } from '../findings/place.js'
import { DEFAULT_MAX_REVIEW_COMMENTS } from '../config/config.js'
import { groupForComments } from '../findings/group.js'
import type { ExistingComment, ExistingReview, GitHubPort, ReviewCommentDraft, ReviewThread } from '../github/port.js'
import { GitHubApiError, GitHubWriteForbidden, MAX_REVIEW_COMMENTS, ReviewCommentsRejected } from '../github/port.js'
import { compareSeverity, locationOf } from '../model.js'
import { draftKey, type ExceptionDraft } from '../policy/exception-draft.js'
import { escapeMarkdown, inlineCode, teamMention } from '../report/markdown.js'
import { fingerprintsIn, marker, RESOLVED_NOTE, reviewComment, shareSuggestionLines } from '../report/review-comment.js'
import { registry } from '../rules/index.js'
import type { PullRequestRef } from './event.js'

/** What the review needs besides findings: file texts at head (for suggestions) and the diff. */
export interface ReviewSource {
  texts: Map<string, string>
  changes: Map<string, ChangedLines | 'whole-file'>
  /** False in the two-stage publish run: suggestion text from an untrusted report is not posted. */
  suggestions: boolean
  /** Pre-filled exception records of the Kubernetes workloads that share a host namespace, by draftKey. */
  exceptionDrafts?: Map<string, ExceptionDraft>
}

/** The team a pull request that adds or widens an exception needs: asked to review, and mentioned, once. */
export interface ApprovalRequest {
  org: string
  slug: string
  /** What the exceptions need, one line each (escaped here). */
  changes: string[]
  label: string
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
  /** Inline comments this tool may have on the pull request across all its runs (review.maxComments). */
  maxComments?: number
  approval?: ApprovalRequest
}

/** Marking fixed findings costs one request each: bounded so a big clean-up cannot flood the API. */
export const MAX_RESOLVE_UPDATES = 30
/** The review body stays well under GitHub's 65536 characters however long the listed messages are. */
const BODY_BUDGET = 60_000
/** A listed finding's message is cut to this many characters (the summary has it whole). */
const LISTED_MESSAGE = 300

/**
 * Hidden at the end of a review body: the fingerprints of the findings it listed (no line in the
 * diff, or past the comment cap), so a re-run does not list them again. Fingerprints are hex, so
 * the comment cannot be broken out of.
 */
const LISTED_PREFIX = '<!-- host-namespace-guard:listed='
/**
 * Hidden the same way: the findings whose inline comments GitHub refused (422, e.g. a line outside
 * the diff GitHub shows). GitHub refuses them again on the same commit, and each re-run would post
 * another review to say nothing new; a review of this commit carrying the marker stops that.
 */
const REFUSED_PREFIX = '<!-- host-namespace-guard:refused='
/** Hidden in the review that asked the approving team: it is asked and mentioned once per pull request. */
const APPROVAL_MARKER = '<!-- host-namespace-guard:approval-requested -->'
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
  /** Threads resolved with GraphQL, or comments marked resolved in their text where that is refused. */
  resolved: number
  /** Threads of ours reopened because their finding came back. */
  reopened: number
  /** Comments GitHub refused in this run: listed in the review body instead. */
  rejected: number
  /** Findings whose comments GitHub refused earlier on this commit: not sent again. */
  refusedBefore: number
  /** What went wrong without failing the review (e.g. the refusals could not be noted). */
  notes: string[]
  /** New inline findings past the comment cap (this run's or the pull request's): listed in the review body instead. */
  overflow: number
  /** Findings without a diff line (filter-mode file/nofilter, files without a patch) listed in the body. */
  listed: number
  /** The approving team was asked to review in this run. */
  approvalRequested: boolean
}

/**
 * One review per run. Findings of one workload and cause on nearby lines make one comment. At most
 * MAX_REVIEW_COMMENTS new comments per run and `maxComments` of ours on the pull request in all
 * (failing ones first); the rest, and the new findings that have no line in the diff, are listed
 * once in a review body. Comments already posted (same fingerprints) are not posted again; threads
 * of ours whose findings are gone are resolved (GraphQL; the text is edited where the token may not
 * resolve), reopened when a finding comes back, and left alone once a person replied in them.
 */
export async function postReview(
  port: GitHubPort,
  pr: PullRequestRef,
  findings: PlacedFinding[],
  source: ReviewSource,
  options: ReviewOptions = {},
): Promise<ReviewResult> {
  const notes: string[] = []
  const existing = await port.reviewComments(pr.number)
  const ours = existing.filter(isOurs).flatMap(c => {
    const fps = fingerprintsIn(c.body)
    return fps.length ? [{ ...c, fingerprints: fps, textResolved: c.body.includes(RESOLVED_NOTE) }] : []
  })
  const threads = ours.length ? await readThreads(port, pr.number, notes) : undefined
  const threadOf = new Map((threads ?? []).map(t => [t.firstCommentId, t]))
  const posted = new Set(ours.filter(c => !c.textResolved).flatMap(c => c.fingerprints))
  const current = new Set(findings.map(f => f.fingerprint))
  const failing = new Set(options.failing ?? [])

  let alreadyPosted = 0
  const candidates: PlacedFinding[] = []
  for (const f of findings) {
    if (f.placement !== 'inline' || f.suppression) continue
    if (posted.has(f.fingerprint!)) alreadyPosted++
    else candidates.push(f)
  }
  let fileLevel = findings.filter(f => f.placement === 'file' && f.isNew && !f.suppression && f.fingerprint)

  // Our reviews, read once when there may be something to post: listed findings are listed once
  // per pull request, comments GitHub refused are not sent again on the same commit, and the
  // approving team is asked once.
  const reviews = candidates.length || fileLevel.length || options.approval ? (await port.reviews(pr.number)).filter(isOurs) : []
  const refusedHere = new Set(reviews.filter(r => r.commitId === pr.headSha).flatMap(r => refusedIn(r.body)))
  const listed = new Set(reviews.flatMap(r => listedIn(r.body)))
  const refusedBefore = candidates.filter(f => refusedHere.has(f.fingerprint!)).length
  const fresh = candidates.filter(f => !refusedHere.has(f.fingerprint!) && !listed.has(f.fingerprint!))
  fileLevel = fileLevel.filter(f => !listed.has(f.fingerprint!))

  // Most important first: failing, then new, then the rest (diff context); by severity within each.
  const rank = (f: PlacedFinding) => (failing.has(f) ? 0 : f.isNew ? 1 : 2)
  const ordered = fresh
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || compareSeverity(a.f.severity, b.f.severity) || a.i - b.i)
    .map(x => x.f)
  const groups = groupForComments(ordered)
  // The cap counts every comment of ours on the pull request, from every run: a re-run never adds
  // up to another full batch.
  const room = Math.max(0, Math.min(MAX_REVIEW_COMMENTS, (options.maxComments ?? DEFAULT_MAX_REVIEW_COMMENTS) - ours.length))
  const inlineGroups = shareSuggestionGroups(groups.slice(0, room))
  const overflow = groups.slice(room).flat()
  const findingsOf = new Map<ReviewCommentDraft, PlacedFinding[]>()
  const drafts: ReviewCommentDraft[] = inlineGroups.map(group => {
    const lead = group[0]!
    const lines = source.changes.get(lead.file)
    const text = source.suggestions ? source.texts.get(lead.file) : undefined
    const exceptionDraft = source.exceptionDrafts?.get(draftKey({ file: lead.file, document: lead.resource.document, display: lead.resource.display }))
    const draft = reviewComment(group, registry.get(lead.ruleId), text, lines === 'whole-file' ? undefined : lines, exceptionDraft)
    const d = { path: draft.path, line: draft.line, startLine: draft.startLine, body: draft.body }
    findingsOf.set(d, group)
    return d
  })

  // Asked and mentioned once per pull request: a review of ours carries the marker after that.
  const approval = options.approval && !reviews.some(r => r.body.includes(APPROVAL_MARKER)) ? options.approval : undefined
  let approvalRequested = false
  if (approval) {
    try {
      await port.requestTeamReview(pr.number, approval.slug)
      approvalRequested = true
    } catch (err) {
      notes.push(`Could not request a review from ${escapeMarkdown(`${approval.org}/${approval.slug}`)}: ${(err as Error).message}`)
    }
  }

  let rejected = 0
  const body = (refused: PlacedFinding[]) =>
    reviewBody(drafts.length - refused.length, alreadyPosted, overflow, fileLevel, refused, approval, options.maxComments ?? DEFAULT_MAX_REVIEW_COMMENTS)
  if (drafts.length || fileLevel.length || overflow.length || approval) {
    try {
      await port.createReview(pr.number, pr.headSha, body([]), drafts)
    } catch (err) {
      if (!(err instanceof ReviewCommentsRejected)) throw err
      const refusal = err as ReviewCommentsRejected<ReviewCommentDraft>
      rejected = refusal.rejected.length
      const refused = refusal.rejected.flatMap(r => findingsOf.get(r.draft) ?? [])
      // The body is rewritten once the refusals are known: it lists them, and its marker keeps a
      // re-run on this commit from sending them (and a review saying nothing new) again.
      try {
        if (refusal.reviewId === undefined) throw new Error('no review was posted', { cause: err })
        await port.updateReview(
          pr.number,
          refusal.reviewId,
          reviewBody(drafts.length - rejected, alreadyPosted, overflow, fileLevel, refused, approval, options.maxComments ?? DEFAULT_MAX_REVIEW_COMMENTS),
        )
      } catch (update) {
        notes.push(
          `GitHub refused ${rejected} review comment(s), and listing them in the review failed (${(update as Error).message}): a re-run on this commit will try them again.`,
        )
      }
    }
  }

  const { resolved, reopened } =
    options.complete === false ? { resolved: 0, reopened: 0 } : await settleThreads(port, ours, threadOf, threads !== undefined, current, notes)
  return {
    posted: drafts.length - rejected,
    alreadyPosted,
    resolved,
    reopened,
    rejected,
    refusedBefore,
    notes,
    overflow: overflow.length,
    listed: fileLevel.length,
    approvalRequested,
  }
}

/** The review threads, or undefined when GraphQL is not available to the token: comments are then marked in their text. */
async function readThreads(port: GitHubPort, pr: number, notes: string[]): Promise<ReviewThread[] | undefined> {
  try {
    return await port.reviewThreads(pr)
  } catch (err) {
    if (!(err instanceof GitHubApiError)) throw err
    notes.push(`Review threads could not be read (${err.message}): fixed findings are marked resolved in their comment's text instead.`)
    return undefined
  }
}

type OurComment = ExistingComment & { fingerprints: string[]; textResolved: boolean }

/**
 * Closes the threads whose findings are all gone and reopens those of ours whose finding came back.
 * A thread a person replied in is theirs: never closed or reopened by the tool. Where the token may
 * not resolve threads (GraphQL FORBIDDEN), the comment's text says it is resolved instead.
 */
async function settleThreads(
  port: GitHubPort,
  ours: OurComment[],
  threadOf: Map<number, ReviewThread>,
  haveThreads: boolean,
  current: Set<string | undefined>,
  notes: string[],
): Promise<{ resolved: number; reopened: number }> {
  let resolved = 0
  let reopened = 0
  let graphqlResolves = haveThreads
  for (const c of ours) {
    if (resolved + reopened >= MAX_RESOLVE_UPDATES) break
    const gone = c.fingerprints.every(fp => !current.has(fp))
    const thread = threadOf.get(c.id)
    if (thread?.humanReplied) continue
    if (!gone) {
      // Resolved by this tool (nobody replied) and the finding is back: the conversation is open again.
      if (thread?.isResolved && !thread.resolvedByPerson && !c.textResolved) {
        try {
          await port.unresolveReviewThread(thread.id)
          reopened++
        } catch (err) {
          if (!(err instanceof GitHubWriteForbidden)) throw err
        }
      }
      continue
    }
    if (c.textResolved || thread?.isResolved) continue
    if (graphqlResolves && thread) {
      try {
        await port.resolveReviewThread(thread.id)
        resolved++
        continue
      } catch (err) {
        if (!(err instanceof GitHubWriteForbidden)) throw err
        graphqlResolves = false
        notes.push(`The token may not resolve review threads (${err.message}): fixed findings are marked resolved in their comment's text instead.`)
      }
    }
    await port.updateReviewComment(c.id, resolvedBody(c.body, c.fingerprints))
    resolved++
  }
  return { resolved, reopened }
}

/**
 * Two groups' fixes on one line would be two suggestions, and applying one makes the other stale:
 * the first group's suggestion takes every fix of the lines it touches (shareSuggestionLines).
 */
function shareSuggestionGroups(groups: PlacedFinding[][]): PlacedFinding[][] {
  const leads = shareSuggestionLines(groups.map(g => g[0]!))
  return groups.map((g, i) => [leads[i]!, ...g.slice(1)])
}

/** GitHub refuses a comment body over 65,536 characters; the original is kept when it fits. */
const MAX_COMMENT_BODY = 65_000

function resolvedBody(original: string, fingerprints: string[]): string {
  const kept = `${RESOLVED_NOTE}\n\n<details><summary>Original comment</summary>\n\n${original}\n\n</details>`
  return kept.length <= MAX_COMMENT_BODY ? kept : `${RESOLVED_NOTE}\n\n(The original comment was too long to keep here.)\n${marker(fingerprints)}`
}

/** Our sentences, then the listed findings, every user-controlled part escaped. */
function reviewBody(
  posted: number,
  alreadyPosted: number,
  overflow: PlacedFinding[],
  fileLevel: PlacedFinding[],
  refused: PlacedFinding[],
  approval: ApprovalRequest | undefined,
  maxComments: number,
): string {
  const s = (n: number) => (n === 1 ? '' : 's')
  const parts: string[] = []
  if (posted) {
    parts.push(
      `**Host Namespace Guard** found ${posted === 1 ? 'a new host namespace finding' : `new host namespace findings (${posted} comments)`} on lines this pull request changes${alreadyPosted ? ` (${alreadyPosted} more already commented on)` : ''}. Each comment says why it matters and how to fix it.`,
    )
  } else if (refused.length) {
    parts.push('**Host Namespace Guard** found host namespace findings in files this pull request changes that could not be commented on inline.')
  } else if (overflow.length || fileLevel.length) {
    parts.push('**Host Namespace Guard** found more host namespace findings in files this pull request changes.')
  }
  if (approval) {
    // The one real mention of the run: the configured team, validated as a slug; the rest is escaped.
    const team = teamMention(approval.org, approval.slug)
    parts.push(
      ...(parts.length ? [''] : []),
      `**Exception approval needed from ${team}.** This pull request adds or widens host namespace exceptions:`,
      ...approval.changes.map(c => `- ${escapeMarkdown(c)}`),
      '',
      `A member of the team applies the label ${inlineCode(approval.label)} or approves this pull request on its latest commit; the check updates itself on either.`,
      APPROVAL_MARKER,
    )
  }
  // Each list takes at most an even share of what the lists before it left.
  let budget = BODY_BUDGET
  if (overflow.length) {
    parts.push(
      '',
      `**${overflow.length} more finding${s(overflow.length)} on changed lines** ${overflow.length === 1 ? 'is' : 'are'} not commented on inline (at most ${maxComments} comments on a pull request, ${MAX_REVIEW_COMMENTS} per review); the check run has ${overflow.length === 1 ? 'it' : 'them all'}:`,
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
  }
  // Listed once per pull request: a re-run does not list them again.
  const listedNow = [...overflow, ...fileLevel].map(f => f.fingerprint!)
  if (listedNow.length) parts.push('', marked(LISTED_PREFIX, listedNow))
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
