import type { Config } from '../config/config.js'
import { readCentralFile, type CentralFileText } from '../config/exceptions-file.js'
import { fingerprint, fingerprintMissing, sortFindings } from '../findings/fingerprint.js'
import { place } from '../findings/place.js'
import { judgeFindings } from '../findings/verdict.js'
import { incompleteRun } from '../findings/run-level.js'
import { gitReader, gitTextReader } from '../git/read-at.js'
import { readRepositoryFile } from '../io/safe-read.js'
import { MAX_PR_FILES, type GitHubPort } from '../github/port.js'
import type { ActionInputs } from '../inputs/action-inputs.js'
import type { Finding } from '../model.js'
import { escapeMarkdown } from '../report/markdown.js'
import { reviewChanges, scan, type ChangesRequest, type FileReader } from '../pipeline.js'
import { HOST_NAMESPACES } from '../namespaces.js'
import { registry } from '../rules/index.js'
import { gitTree } from '../render/index.js'
import { checkExceptionApproval, type ExceptionRecord } from '../policy/index.js'
import { parseTeam } from '../policy/approval.js'
import { draftKey, exceptionDraft, type ExceptionDraft } from '../policy/exception-draft.js'
import type { Facts } from '../engine/facts.js'
import { smokeJobsFor } from './smoke-jobs.js'
import type { Outcome } from './deliver.js'
import type { ActionEnv } from './env.js'
import { pullRequestFromEvent, type PullRequestRef } from './event.js'
import type { ApprovalRequest } from './post-review.js'
import { prChanges } from './pr-changes.js'
import { trustedConfig } from './trusted-config.js'

/** A pull request: its changed files, judged by the base branch's config, placed on its diff. */
export async function reviewPullRequest(env: ActionEnv, inputs: ActionInputs, port: GitHubPort | undefined): Promise<Outcome> {
  const pr = pullRequestFromEvent(env.event)
  const changes = await prChanges(env, inputs, pr, port)
  const config = await trustedConfig(env, inputs, pr, changes, port)
  const centralFile = await readCentralFile(env.workspace, config)
  const base = changes.fromGit ? await baseCommit(env, pr, config, centralFile) : undefined
  const result = await reviewChanges({
    root: env.workspace,
    files: changes.files,
    reader: changes.reader,
    config,
    today: env.now(),
    centralFile,
    base,
    // Charts render from the head's objects when the checkout is another commit (the merge).
    ...(changes.reader ? { renderFrom: gitTree(env.workspace, pr.headSha, config.maxFileSize) } : {}),
    workloads: inputs.runtimeCheck,
  })
  // Git does not break lines at a lone CR and the scan does: such a file's diff cannot say which
  // of its findings are on new lines, so all of them count as new rather than none.
  for (const file of result.loneCrFiles) if (changes.lines.has(file)) changes.lines.set(file, 'whole-file')
  const approval = await approvalFindings(env, config, pr, result.records, result.baseRecords, port)
  changes.notes.push(...approval.notes)
  // Fail closed: files past the API's list were never seen, and one could hold a violation.
  const capped = changes.truncated
    ? incompleteRun(
        config,
        `GitHub lists at most ${MAX_PR_FILES} files of a pull request and this one has more: the files past that were not scanned. Check out the repository with its history (actions/checkout with fetch-depth: 0) so that git lists every file.`,
        'api-file-cap',
      )
    : undefined
  const placed = place(fingerprintMissing([...result.findings, ...approval.findings, ...(capped ? [capped] : [])]), changes.lines, inputs.filterMode).map(f =>
    // Touching a workload whose exception is broken (expired, unapproved…) must fix it: such
    // findings in changed files count as new even on unchanged lines.
    // A stale admission policy is the pull request's to fix whichever file made it stale.
    (f.ruleId.startsWith('exception-') && changes.lines.has(f.file)) || f.ruleId === 'admission-policy-stale' ? { ...f, isNew: true } : f,
  )
  const findings = judgeFindings(placed, { failOn: inputs.failOn, failOnPreexisting: inputs.failOnPreexisting })
  const texts = new Map<string, string>()
  const wanted = new Set(findings.filter(f => f.fix && f.placement === 'inline').map(f => f.file))
  for (const file of wanted) {
    const blob = changes.reader ? await changes.reader(file) : undefined
    if (blob?.refused) continue
    const text = blob ? (await blob.read()).toString('utf8') : await readWorkspace(env, file, config.maxFileSize)
    if (text !== undefined) texts.set(file, text)
  }
  if (pr.fromFork)
    changes.notes.push('This pull request comes from a fork: the token may be read-only, in which case results go to the job summary and annotations.')
  return {
    mode: 'pr',
    findings,
    maxComments: config.review.maxComments,
    ...(base && !changes.truncated ? { removed: await removedFindings(env, changes.files, base.reader, config, result.findings) } : {}),
    ...(approval.request ? { approval: approval.request } : {}),
    filesScanned: result.filesScanned,
    truncated: result.truncated,
    partial: changes.truncated === true,
    notes: changes.notes,
    pr,
    sha: pr.headSha,
    review: { texts, changes: changes.lines, suggestions: true, exceptionDrafts: exceptionDrafts(findings, result.facts, config) },
    smokeMatrix: smokeJobsFor({ inputs, config, findings, facts: result.facts, dockerfiles: result.dockerfiles }, changes.notes),
  }
}

/**
 * How many host namespace findings the changed files had at the base and no longer have at head:
 * the credit a clean-up gets. Fingerprints do not depend on lines, so a finding that only moved is
 * not counted; a finding an exception now covers still exists and is not counted either.
 */
async function removedFindings(env: ActionEnv, files: string[], reader: FileReader, config: Config, head: readonly Finding[]): Promise<number> {
  const hostRules = new Map([...registry].filter(([id]) => HOST_NAMESPACES.some(n => n.ruleId === id)))
  const before = await scan({ root: env.workspace, files, reader, config, rules: hostRules })
  const now = new Set(head.map(f => f.fingerprint))
  return fingerprint(sortFindings(before.findings)).filter(f => !now.has(f.fingerprint)).length
}

/** The base commit's files and central file, read from git: whose records the PR changes. */
async function baseCommit(
  env: ActionEnv,
  pr: PullRequestRef,
  config: Config,
  centralFile: CentralFileText | undefined,
): Promise<NonNullable<ChangesRequest['base']>> {
  const reader = gitReader(env.workspace, pr.baseSha, config.maxFileSize)
  // A central file that is a link at the base holds no base records: its exceptions count as new.
  const text = centralFile ? await gitTextReader(env.workspace, pr.baseSha, config.maxFileSize)(centralFile.path).catch(() => undefined) : undefined
  // The touched charts and overlays render at the base too: what it already produced is not new.
  const tree = gitTree(env.workspace, pr.baseSha, config.maxFileSize)
  return { reader, tree, ...(centralFile && text !== undefined ? { centralFile: { path: centralFile.path, text } } : {}) }
}

/**
 * A PR that adds or widens an exception needs the configured approval (label by a team member,
 * or a team member's approving review). Without the base commit every exception is new.
 */
async function approvalFindings(
  env: ActionEnv,
  config: Config,
  pr: PullRequestRef,
  headRecords: ExceptionRecord[],
  baseRecords: ExceptionRecord[] | undefined,
  port: GitHubPort | undefined,
): Promise<{ findings: Finding[]; notes: string[]; request?: ApprovalRequest }> {
  if (!headRecords.length) return { findings: [], notes: [] }
  const notes: string[] = []
  if (!baseRecords)
    notes.push("Without git history the base commit's exceptions cannot be read: every exception in the changed files is treated as new and needs approval.")
  const author = ((env.event.pull_request as { user?: { login?: unknown } } | undefined)?.user?.login as string | undefined) ?? undefined
  const result = await checkExceptionApproval(
    port,
    { number: pr.number, owner: env.repo.owner, author, headSha: pr.headSha },
    baseRecords ?? [],
    headRecords,
    config,
  )
  // The whole message (what to do is on its later lines), each line escaped: it names workloads
  // from the manifests, and the approving team is pinged once by the review (not by every summary).
  if (result.status !== 'not-needed') notes.push(result.message.split('\n').map(escapeMarkdown).join('\n'))
  // The team is asked (and mentioned) only in its own organization: GitHub requests reviews from
  // teams of the repository's owner alone.
  const team = config.exceptions.approval.team ? parseTeam(config.exceptions.approval.team, env.repo.owner) : undefined
  const request =
    result.status === 'unapproved' && team && team.org.toLowerCase() === env.repo.owner.toLowerCase()
      ? { ...team, label: config.exceptions.approval.label, changes: result.changes.map(c => `${c.workload}: ${c.details.join('; ')}`) }
      : undefined
  return { findings: result.findings, notes, ...(request ? { request } : {}) }
}

/**
 * Pre-filled exception records for the Kubernetes workloads of the changed files that share a host
 * namespace without one: what the review comment's "Need an exception?" block offers.
 */
function exceptionDrafts(findings: readonly Finding[], facts: Facts, config: Config): Map<string, ExceptionDraft> {
  const wanted = new Set(findings.filter(f => !f.suppression).map(f => draftKey({ file: f.file, document: f.resource.document, display: f.resource.display })))
  const out = new Map<string, ExceptionDraft>()
  for (const w of facts.workloads) {
    const key = draftKey({ file: w.file, document: w.resource.document, display: w.resource.display })
    if (!wanted.has(key) || out.has(key)) continue
    const draft = exceptionDraft(w, facts.networkPolicies, config)
    if (draft) out.set(key, draft)
  }
  return out
}

/** The text a suggestion is computed against: a regular file of the checkout, never a link. */
async function readWorkspace(env: ActionEnv, file: string, maxBytes: number): Promise<string | undefined> {
  return readRepositoryFile(env.workspace, file, maxBytes).catch(() => undefined)
}
