import { promises as fs } from 'node:fs'
import path from 'node:path'
import type { Config } from '../config/config.js'
import { loadConfig, loadConfigWith } from '../config/load.js'
import { mayBeScanned } from '../discovery/classify.js'
import { parsePatch, type ChangedLines } from '../diff/unified.js'
import { place } from '../findings/place.js'
import { gitChanges } from '../git/changes.js'
import { currentCommit, gitReader } from '../git/read-at.js'
import { MAX_PR_FILES, type GitHubPort } from '../github/port.js'
import { readInputs, type ActionInputs } from '../inputs/action-inputs.js'
import { scan, type FileReader } from '../pipeline.js'
import { smokeMatrix, workloadCollector } from '../smoke/matrix.js'
import { checkExceptionApproval, collectExceptionRecords, createPolicy, withRepositoryContext, readCentralFile, type CentralFileText, type ExceptionRecord } from '../policy/index.js'
import type { Finding } from '../model.js'
import type { ActionEnv } from './env.js'
import { FULL_EVENTS, PR_EVENTS, pullRequestFromEvent, type PullRequestRef } from './event.js'
import { deliver, type Outcome } from './deliver.js'
import { publishReport } from './publish.js'
import { exceptionsReport } from './exceptions-report.js'

/** Everything `run()` does after inputs are read; the only place that picks a mode. */
export async function runAction(env: ActionEnv): Promise<void> {
  const inputs = readInputs(env.getInput)
  const mode = inputs.mode === 'auto' ? modeForEvent(env.eventName) : inputs.mode
  if (mode === undefined) {
    env.notice(`Host Namespace Guard has nothing to do on "${env.eventName}" events: it reviews pull_request / pull_request_target and scans on workflow_dispatch, schedule and push. Set mode: full to scan anyway.`)
    for (const [k, v] of Object.entries({ findings: '0', 'new-findings': '0', failing: '0', failed: 'false', counts: '{}', 'smoke-matrix': '{"include":[]}' })) env.setOutput(k, v)
    return
  }
  const { config } = await loadConfig(env.workspace, inputs.config)
  const port = inputs.token ? env.connect(inputs.token) : undefined
  if (mode === 'publish') return publishReport(env, inputs, port)
  if (mode === 'exceptions-report') {
    return exceptionsReport(env, inputs, config, port)
  }
  const outcome = mode === 'pr' ? await reviewPullRequest(env, inputs, port) : await scanRepository(env, inputs, config)
  await deliver(outcome, inputs, env, port)
}

export function modeForEvent(eventName: string): 'pr' | 'full' | 'publish' | undefined {
  if (PR_EVENTS.has(eventName)) return 'pr'
  if (FULL_EVENTS.has(eventName)) return 'full'
  if (eventName === 'workflow_run') return 'publish'
  return undefined
}

/** Blobs are read up to this size; the config's maxFileSize then decides what is checked. */
const MAX_BLOB_BYTES = 64 * 1024 * 1024

/** Only these file kinds are worth scanning in a PR; everything else is skipped quickly. */
const isScannable = mayBeScanned

interface PrChanges {
  /** Base and head were read from git (so the base's blobs are readable too). */
  fromGit: boolean
  files: string[]
  lines: Map<string, ChangedLines | 'whole-file'>
  reader?: FileReader
  notes: string[]
}

async function reviewPullRequest(env: ActionEnv, inputs: ActionInputs, port: GitHubPort | undefined): Promise<Outcome> {
  const pr = pullRequestFromEvent(env.event)
  const changes = await prChanges(env, inputs, pr, port)
  const config = await trustedConfig(env, inputs, pr, changes)
  const collector = workloadCollector()
  const centralFile = await readCentralFile(env.workspace, config)
  // NetworkPolicies in files the PR does not touch still protect its workloads.
  const policy = withRepositoryContext(createPolicy(config, env.now(), { centralFile }), { root: env.workspace, config })
  const result = await scan({ root: env.workspace, files: changes.files, config, reader: changes.reader, policy, observeObject: collector.observe, observeFilter: inputs.runtimeCheck ? /kind/ : undefined, onFile: collector.onFile })
  const approval = await approvalFindings(env, config, pr, changes, policy.records(), centralFile, port)
  changes.notes.push(...approval.notes)
  const findings = place([...result.findings, ...approval.findings], changes.lines, inputs.filterMode).map(f =>
    // Touching a workload whose exception is broken (expired, unapproved…) must fix it: such
    // findings in changed files count as new even on unchanged lines.
    f.ruleId.startsWith('exception-') && changes.lines.has(f.file) ? { ...f, isNew: true } : f,
  )
  const texts = new Map<string, string>()
  const wanted = new Set(findings.filter(f => f.fix && f.placement === 'inline').map(f => f.file))
  for (const file of wanted) {
    const blob = changes.reader ? await changes.reader(file) : undefined
    const text = blob ? (await blob.read()).toString('utf8') : await readWorkspace(env, file)
    if (text !== undefined) texts.set(file, text)
  }
  if (pr.fromFork) changes.notes.push('This pull request comes from a fork: the token may be read-only, in which case results go to the job summary and annotations.')
  return {
    mode: 'pr',
    findings,
    filesScanned: result.filesScanned,
    truncated: result.truncated,
    notes: changes.notes,
    pr,
    sha: pr.headSha,
    review: { texts, changes: changes.lines, suggestions: true },
    smokeMatrix: smokeMatrix({ build: inputs.buildCheck, runtime: inputs.runtimeCheck, findings, workloads: collector.workloads, dockerfiles: collector.dockerfiles }),
  }
}

/**
 * The PR's changed files and lines: from git when the checkout has (or can fetch) the history,
 * else from the API. Removed files are not scanned; the summary says which source was used and
 * which limit was hit.
 */
async function prChanges(env: ActionEnv, inputs: ActionInputs, pr: PullRequestRef, port: GitHubPort | undefined): Promise<PrChanges> {
  const notes: string[] = []
  const lines = new Map<string, ChangedLines | 'whole-file'>()
  const files: string[] = []
  if (inputs.diffSource !== 'api') {
    try {
      const diff = await gitChanges(env.workspace, pr.baseSha, pr.headSha)
      for (const f of diff.files) {
        if (f.status === 'removed' || !isScannable(f.path)) continue
        files.push(f.path)
        // A new or copied file without hunks (git found an identical source) is new all the same.
        lines.set(f.path, f.lines ?? (f.status === 'added' || f.status === 'copied' ? 'whole-file' : { added: new Set(), context: new Set() }))
      }
      notes.push(`Changed files and lines come from git (merge base of ${pr.baseSha.slice(0, 7)} and ${pr.headSha.slice(0, 7)})${diff.fetched ? ', after fetching missing history' : ''}.`)
      const head = await currentCommit(env.workspace)
      const reader = head === pr.headSha ? undefined : gitReader(env.workspace, pr.headSha, MAX_BLOB_BYTES)
      return { fromGit: true, files, lines, reader, notes }
    } catch (err) {
      if (inputs.diffSource === 'git' || !port) throw new Error(`cannot diff the pull request with git: ${(err as Error).message}`)
      env.info(`git diff unavailable (${(err as Error).message}); using the API's file list.`)
    }
  }
  if (!port) throw new Error('diff-source api needs a github-token')
  const { files: changed, truncated } = await port.changedFiles(pr.number)
  let withoutPatch = 0
  for (const f of changed) {
    if (f.status === 'removed' || !isScannable(f.path)) continue
    files.push(f.path)
    if (f.patch !== undefined) lines.set(f.path, parsePatch(f.patch))
    else {
      withoutPatch++
      lines.set(f.path, 'whole-file')
    }
  }
  notes.push('Changed files and lines come from the GitHub API (the checkout has no usable git history).')
  if (truncated) notes.push(`GitHub lists at most ${MAX_PR_FILES} files of a pull request: files beyond that were not scanned. Run a full scan (workflow_dispatch) to cover them.`)
  if (withoutPatch) notes.push(`${withoutPatch} file(s) had no diff from the API (too large or binary): every finding in them is treated as new.`)
  const head = await currentCommit(env.workspace)
  if (head && head !== pr.headSha) notes.push(`The checkout is ${head.slice(0, 7)}, not the PR head ${pr.headSha.slice(0, 7)}: line numbers may be off where the base changed the same files.`)
  return { fromGit: false, files, lines, notes }
}

async function scanRepository(env: ActionEnv, inputs: ActionInputs, config: Config): Promise<Outcome> {
  const collector = workloadCollector()
  const root = path.resolve(env.workspace, inputs.path)
  const whole = createPolicy(config, env.now(), { centralFile: await readCentralFile(env.workspace, config) })
  const policy = root !== path.resolve(env.workspace) ? withRepositoryContext(whole, { root: env.workspace, config }) : whole
  const result = await scan({ root: env.workspace, paths: [root], config, policy, observeObject: collector.observe, observeFilter: inputs.runtimeCheck ? /kind/ : undefined, onFile: collector.onFile })
  const findings = place(result.findings, undefined, inputs.filterMode)
  return {
    mode: 'full',
    findings,
    filesScanned: result.filesScanned,
    truncated: result.truncated,
    notes: [],
    sha: env.sha,
    smokeMatrix: smokeMatrix({ build: inputs.buildCheck, runtime: inputs.runtimeCheck, findings, workloads: collector.workloads, dockerfiles: collector.dockerfiles }),
  }
}

/**
 * The policy that judges a pull request must not come from it: with git history the base
 * commit's config is used (a PR that edits it takes effect once merged); without history the
 * summary says the config could not be protected.
 */
async function trustedConfig(env: ActionEnv, inputs: ActionInputs, pr: PullRequestRef, changes: PrChanges): Promise<Config> {
  const head = await loadConfig(env.workspace, inputs.config)
  if (!changes.fromGit) {
    changes.notes.push('Without git history the configuration is read from the pull request itself, which could change it: check out with fetch-depth: 0 to judge pull requests by the base branch\'s configuration.')
    return head.config
  }
  const blobs = gitReader(env.workspace, pr.baseSha, 1024 * 1024)
  const base = await loadConfigWith(async file => {
    const blob = await blobs(file)
    return blob ? (await blob.read()).toString('utf8') : undefined
  }, inputs.config)
  if (base.text !== head.text) changes.notes.push(`This pull request changes the Host Namespace Guard configuration (${inputs.config ?? '.github/host-namespace-guard.yml'}): it is judged by the base branch's configuration, and the change applies once merged.`)
  return base.config
}

/**
 * A PR that adds or widens an exception needs the configured approval (label by a team member,
 * or a team member's approving review). Base records come from the base commit's blobs.
 */
async function approvalFindings(env: ActionEnv, config: Config, pr: PullRequestRef, changes: PrChanges, headRecords: ExceptionRecord[], centralFile: CentralFileText | undefined, port: GitHubPort | undefined): Promise<{ findings: Finding[]; notes: string[] }> {
  if (!headRecords.length) return { findings: [], notes: [] }
  let baseRecords: ExceptionRecord[] = []
  const notes: string[] = []
  if (changes.fromGit) {
    const reader = gitReader(env.workspace, pr.baseSha, config.maxFileSize)
    const baseCentralBlob = centralFile ? await reader(centralFile.path) : undefined
    const baseCentral = baseCentralBlob && centralFile ? { path: centralFile.path, text: (await baseCentralBlob.read()).toString('utf8') } : undefined
    baseRecords = await collectExceptionRecords({ root: env.workspace, files: changes.files, config, reader }, baseCentral)
  } else {
    notes.push('Without git history the base commit\'s exceptions cannot be read: every exception in the changed files is treated as new and needs approval.')
  }
  if (!port) return { findings: [], notes: [...notes, 'No github-token: exception approvals could not be checked.'] }
  const author = ((env.event.pull_request as { user?: { login?: unknown } } | undefined)?.user?.login as string | undefined) ?? undefined
  const result = await checkExceptionApproval(port, { number: pr.number, owner: env.repo.owner, author, headSha: pr.headSha }, baseRecords, headRecords, config)
  if (result.status !== 'not-needed') notes.push(result.message.split('\n')[0])
  return { findings: result.findings, notes }
}

async function readWorkspace(env: ActionEnv, file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(path.resolve(env.workspace, file), 'utf8')
  } catch {
    return undefined
  }
}
