import { mayBeScanned } from '../discovery/classify.js'
import { parsePatch, type ChangedLines } from '../diff/unified.js'
import { gitChanges } from '../git/changes.js'
import { currentCommit, gitReader } from '../git/read-at.js'
import type { GitHubPort } from '../github/port.js'
import type { ActionInputs } from '../inputs/action-inputs.js'
import type { FileReader } from '../pipeline.js'
import type { ActionEnv } from './env.js'
import type { PullRequestRef } from './event.js'

/** Blobs are read up to this size; the config's maxFileSize then decides what is checked. */
const MAX_BLOB_BYTES = 64 * 1024 * 1024

export interface PrChanges {
  /** Base and head were read from git (so the base's blobs are readable too). */
  fromGit: boolean
  files: string[]
  lines: Map<string, ChangedLines | 'whole-file'>
  reader?: FileReader
  notes: string[]
  /** The API listed only part of the files: a finding missing from the scan may still be there. */
  truncated?: boolean
}

/**
 * The PR's changed files and lines: from git when the checkout has (or can fetch) the history,
 * else from the API. Removed files are not scanned; the summary says which source was used and
 * which limit was hit.
 */
export async function prChanges(env: ActionEnv, inputs: ActionInputs, pr: PullRequestRef, port: GitHubPort | undefined): Promise<PrChanges> {
  const notes: string[] = []
  const lines = new Map<string, ChangedLines | 'whole-file'>()
  const files: string[] = []
  if (inputs.diffSource !== 'api') {
    try {
      const diff = await gitChanges(env.workspace, pr.baseSha, pr.headSha)
      for (const f of diff.files) {
        if (f.status === 'removed' || !mayBeScanned(f.path)) continue
        files.push(f.path)
        // Without hunks only a pure rename has nothing new; anything else (an empty new file, a
        // mode change, a patch too large to track) is judged whole rather than passed.
        const pureRename = f.status === 'renamed' && f.lines === undefined
        lines.set(f.path, pureRename ? { added: new Set(), context: new Set() } : f.lines === undefined || f.lines === 'too-large' ? 'whole-file' : f.lines)
      }
      notes.push(
        `Changed files and lines come from git (merge base of ${pr.baseSha.slice(0, 7)} and ${pr.headSha.slice(0, 7)})${diff.fetched ? ', after fetching missing history' : ''}.`,
      )
      const head = await currentCommit(env.workspace)
      const reader = head === pr.headSha ? undefined : gitReader(env.workspace, pr.headSha, MAX_BLOB_BYTES)
      return { fromGit: true, files, lines, reader, notes }
    } catch (err) {
      if (inputs.diffSource === 'git' || !port) throw new Error(`cannot diff the pull request with git: ${(err as Error).message}`, { cause: err })
      env.info(`git diff unavailable (${(err as Error).message}); using the API's file list.`)
    }
  }
  if (!port) throw new Error('diff-source api needs a github-token')
  const { files: changed, truncated } = await port.changedFiles(pr.number)
  let withoutPatch = 0
  for (const f of changed) {
    if (f.status === 'removed' || !mayBeScanned(f.path)) continue
    files.push(f.path)
    if (f.patch !== undefined) lines.set(f.path, parsePatch(f.patch))
    else {
      withoutPatch++
      lines.set(f.path, 'whole-file')
    }
  }
  notes.push('Changed files and lines come from the GitHub API (the checkout has no usable git history).')
  if (withoutPatch) notes.push(`${withoutPatch} file(s) had no diff from the API (too large or binary): every finding in them is treated as new.`)
  const head = await currentCommit(env.workspace)
  if (head && head !== pr.headSha)
    notes.push(`The checkout is ${head.slice(0, 7)}, not the PR head ${pr.headSha.slice(0, 7)}: line numbers may be off where the base changed the same files.`)
  return { fromGit: false, files, lines, notes, truncated }
}
