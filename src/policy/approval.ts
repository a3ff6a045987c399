import type { Config } from '../config/config.js'
import type { Finding } from '../model.js'
import type { UnapprovedChangeUnit } from '../rules/types.js'
import { DEFAULT_NAMESPACE } from './evaluate.js'
import type { HostField } from '../engine/facts.js'
import { parseIsoDate, workloadKeyText, type ExceptionRecord } from './records.js'
import { eachPolicyRule } from './rule-findings.js'

/**
 * The approved path: a pull request that adds or widens an exception needs the approval label
 * applied by a member of the approving team, or an approving review by one. Labels, label events,
 * reviews and team membership come from the API (never from the event payload, which a workflow
 * re-run replays as it was), so every run re-checks them: removing the label revokes the approval
 * on the next run, and an approving review counts only on the commit it approved (the head the run
 * checks), so a push after the approval needs a new one.
 *
 * Team membership needs a token that may read the organization's members (a GitHub App token or a
 * personal access token with "Members: read"). The default GITHUB_TOKEN gets 403: that is reported
 * as "cannot verify" and the exception stays unapproved, never a crash of the run.
 */

/** What approval needs from GitHub (the GitHub port has it): labels, reviews, team membership. */
export interface ApprovalPort {
  pullRequestLabels(pr: number): Promise<string[]>
  labelAppliedBy(pr: number, label: string): Promise<string | undefined>
  approvedBy(pr: number, headSha?: string): Promise<string[]>
  /** 'permission-denied': the token may not read the organization's members. */
  isTeamMember(org: string, teamSlug: string, user: string): Promise<boolean | 'permission-denied'>
}

export interface PullRequestInfo {
  number: number
  /** Owner of the repository: the team's organization when exceptions.approval.team has no `org/`. */
  owner: string
  /** Login of the author, who cannot approve their own exception. */
  author?: string
  /**
   * The head commit the run checked: approving reviews count only on it. Without it, the pull
   * request's current head is read from the API.
   */
  headSha?: string
}

export interface ExceptionChange {
  /** `Kind/namespace/name`. */
  workload: string
  change: 'added' | 'widened'
  /** What grows: `allows hostNetwork, hostPID`, `now also allows hostPID`, `expiry moved from … to …`. */
  details: string[]
  /** The record at head, for the finding's position. */
  record: ExceptionRecord
}

export interface ApprovalResult {
  status: 'not-needed' | 'approved' | 'unapproved'
  changes: ExceptionChange[]
  approvedBy?: string
  via?: 'label' | 'review'
  /** A sentence for the summary; for `unapproved`, exactly what to do. */
  message: string
  /** exception-unapproved findings, one per change; empty unless unapproved. */
  findings: Finding[]
}

const keyOf = (r: ExceptionRecord) => workloadKeyText({ kind: r.target.kind, namespace: r.target.namespace ?? DEFAULT_NAMESPACE, name: r.target.name })

interface Merged {
  allow: Set<HostField>
  /** Latest valid expiry; undefined when no record of the key has one. */
  expires?: string
  record: ExceptionRecord
}

function byWorkload(records: readonly ExceptionRecord[]): Map<string, Merged> {
  const out = new Map<string, Merged>()
  for (const r of records) {
    if (!r.target.kind || !r.target.name) continue
    const key = keyOf(r)
    const m = out.get(key) ?? { allow: new Set<HostField>(), record: r }
    for (const f of r.allow) m.allow.add(f)
    if (r.expires && (!m.expires || r.expires > m.expires)) m.expires = r.expires
    out.set(key, m)
  }
  return out
}

/**
 * What a pull request adds or widens, comparing the records at base and head (both forms, matched
 * by kind, namespace and name, so moving a record between forms changes nothing). Widening is a new
 * allowed host namespace or a later expiry; narrowing and text edits need no approval.
 */
export function exceptionChanges(base: readonly ExceptionRecord[], head: readonly ExceptionRecord[]): ExceptionChange[] {
  const before = byWorkload(base)
  const changes: ExceptionChange[] = []
  for (const [workload, now] of byWorkload(head)) {
    const was = before.get(workload)
    const allow = [...now.allow]
    if (!was) {
      changes.push({
        workload,
        change: 'added',
        details: [`new exception allowing ${allow.join(', ') || 'nothing valid'}${now.expires ? ` until ${now.expires}` : ''}`],
        record: now.record,
      })
      continue
    }
    const details: string[] = []
    const more = allow.filter(f => !was.allow.has(f))
    if (more.length) details.push(`now also allows ${more.join(', ')}`)
    if (now.expires && (!was.expires || now.expires > was.expires) && parseIsoDate(now.expires) !== undefined) {
      details.push(was.expires ? `expiry moved from ${was.expires} to ${now.expires}` : `expiry set to ${now.expires}`)
    }
    if (details.length) changes.push({ workload, change: 'widened', details, record: now.record })
  }
  return changes.sort((a, b) => a.workload.localeCompare(b.workload))
}

/** `org/team`, `@org/team` or `team` (in the repository owner's organization). */
export function parseTeam(team: string, owner: string): { org: string; slug: string } {
  const t = team.trim().replace(/^@/, '')
  const slash = t.indexOf('/')
  return slash > 0 ? { org: t.slice(0, slash), slug: t.slice(slash + 1) } : { org: owner, slug: t }
}

export async function checkExceptionApproval(
  port: ApprovalPort | undefined,
  pr: PullRequestInfo,
  baseRecords: readonly ExceptionRecord[],
  headRecords: readonly ExceptionRecord[],
  config: Config,
): Promise<ApprovalResult> {
  const changes = exceptionChanges(baseRecords, headRecords)
  if (!changes.length) return { status: 'not-needed', changes, message: 'This pull request adds or widens no host namespace exception.', findings: [] }
  const { label, team } = config.exceptions.approval
  const listed = changes.map(c => `- ${c.workload}: ${c.details.join('; ')}`).join('\n')
  const intro = `This pull request adds or widens host namespace exceptions:\n${listed}\n`

  // Without a token nothing proves an approval: deny, as for an unreadable team membership.
  if (!port) {
    const why = 'Approvals cannot be read without a github-token: give the action one (pull-requests: read; members: read for the team check).'
    return unapproved(changes, `${intro}They need approval. ${why}`, config, team ? 'unchecked' : 'no-team', why)
  }
  if (!team) {
    const message = `${intro}They need approval, but no approving team is configured. Set exceptions.approval.team (org/team-slug) in the configuration file in a separate pull request reviewed by the policy owners, then have a member of that team apply the label "${label}" or approve this pull request, and re-run this check.`
    return unapproved(changes, message, config, 'no-team')
  }
  const found = await findApproval(port, pr, { label, team })
  if (found.approved) return approved(changes, found.approved.by, found.approved.via, found.approved.message)
  const { teamName, notes, cannotVerify } = found

  const message =
    `${intro}They need approval from a member of ${teamName}. Either:\n` +
    `1. a member of ${teamName} applies the label "${label}" to this pull request, or\n` +
    `2. a member of ${teamName} approves this pull request in a review of its latest commit (an approval of an earlier commit does not count).\n` +
    `Then re-run this check.${notes.length ? `\n${notes.join('\n')}` : ''}`
  return unapproved(changes, message, config, { team: teamName, label }, cannotVerify)
}

export interface FoundApproval {
  /** `@org/slug`. */
  teamName: string
  approved?: { by: string; via: 'label' | 'review'; message: string }
  /** Why an approval present does not count, one sentence each. */
  notes: string[]
  /** Set when GitHub would not say whether someone is a member. */
  cannotVerify?: string
}

/**
 * Whether the pull request is approved for exception changes now: the label applied by a member of
 * the team who is not the author, or an approving review of the head commit by such a member. Read
 * from the API on every call (the publishing run of the two-stage mode asks it too, with its trusted
 * token, for a report whose first stage could not read team membership).
 */
export async function findApproval(port: ApprovalPort, pr: PullRequestInfo, approval: { label: string; team: string }): Promise<FoundApproval> {
  const { label } = approval
  const { org, slug } = parseTeam(approval.team, pr.owner)
  const teamName = `@${org}/${slug}`
  const members = new Map<string, Promise<Membership>>()
  const isMember = (user: string): Promise<Membership> => {
    const key = user.toLowerCase()
    if (!members.has(key))
      members.set(
        key,
        port.isTeamMember(org, slug, user).then(m => (m === 'permission-denied' ? 'unknown' : m)),
      )
    return members.get(key)!
  }
  const isAuthor = (user: string) => pr.author !== undefined && user.toLowerCase() === pr.author.toLowerCase()
  const notes: string[] = []
  const unverified: string[] = []
  const approvedBy = (by: string, via: 'label' | 'review', message: string): FoundApproval => ({ teamName, approved: { by, via, message }, notes })

  const labels = await port.pullRequestLabels(pr.number)
  const present = labels.find(l => l.toLowerCase() === label.toLowerCase())
  if (present !== undefined) {
    const by = await port.labelAppliedBy(pr.number, present)
    const member = by && !isAuthor(by) ? await isMember(by) : false
    if (!by) notes.push(`The label "${label}" is present, but who applied it cannot be read: remove it and have a member of ${teamName} apply it again.`)
    else if (isAuthor(by))
      notes.push(
        `The label "${label}" was applied by ${by}, the author of this pull request, who cannot approve their own exception: remove it and have another member of ${teamName} apply it.`,
      )
    else if (member === true) return approvedBy(by, 'label', `Exception changes approved: label "${label}" applied by ${by}, a member of ${teamName}.`)
    else if (member === 'unknown') unverified.push(by)
    else notes.push(`The label "${label}" was applied by ${by}, who is not a member of ${teamName}: remove it and have a member of ${teamName} apply it.`)
  }

  const approvers = await port.approvedBy(pr.number, pr.headSha)
  const outsiders: string[] = []
  for (const user of approvers) {
    if (isAuthor(user)) continue
    const member = await isMember(user)
    if (member === true) return approvedBy(user, 'review', `Exception changes approved: approving review by ${user}, a member of ${teamName}.`)
    if (member === 'unknown') unverified.push(user)
    else outsiders.push(user)
  }
  if (outsiders.length)
    notes.push(
      `The approving review${outsiders.length === 1 ? '' : 's'} by ${outsiders.join(', ')} ${outsiders.length === 1 ? 'does' : 'do'} not count: only members of ${teamName} approve exceptions.`,
    )
  const cannotVerify = unverified.length ? membershipNote(teamName) : undefined
  const unknown = [...new Set(unverified)]
  if (cannotVerify)
    notes.push(`Cannot verify whether ${unknown.join(', ')} ${unknown.length === 1 ? 'is a member' : 'are members'} of ${teamName}: ${cannotVerify}`)
  return { teamName, notes, ...(cannotVerify ? { cannotVerify } : {}) }
}

/** `unknown`: GitHub refused to say (the token may not read team membership). */
type Membership = boolean | 'unknown'

const membershipNote = (teamName: string) =>
  `GitHub refused to show who is a member of ${teamName}. Reading team membership needs a token with the organization permission "Members: read", such as a GitHub App installation token or a personal access token passed as the github-token input; the default GITHUB_TOKEN cannot read it. Until membership can be verified the exception stays unapproved.`

function approved(changes: ExceptionChange[], by: string, via: 'label' | 'review', message: string): ApprovalResult {
  return { status: 'approved', changes, approvedBy: by, via, message, findings: [] }
}

/** Each change becomes an exception-unapproved finding: the rule words it (src/rules/exception-unapproved.ts). */
function unapproved(
  changes: ExceptionChange[],
  message: string,
  config: Config,
  approver: UnapprovedChangeUnit['approver'],
  cannotVerify?: string,
): ApprovalResult {
  const findings: Finding[] = []
  for (const change of changes) {
    const unit: UnapprovedChangeUnit = { change, approver, ...(cannotVerify ? { cannotVerify } : {}) }
    eachPolicyRule('unapprovedChange', config, change.record.file, findings, (rule, ctx) => rule.unapprovedChange!(unit, ctx))
  }
  return { status: 'unapproved', changes, message, findings }
}
