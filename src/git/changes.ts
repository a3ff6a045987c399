import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { parseGitDiff, type FileDiff } from '../diff/unified.js'

const run = promisify(execFile)

/** A diff larger than this is not read: the API path (or a full scan) is the fallback. */
const MAX_DIFF_BYTES = 64 * 1024 * 1024

async function git(cwd: string, args: string[]): Promise<string> {
  // No shell, fixed argv: refs come from the event payload and must never be interpreted.
  const { stdout } = await run('git', ['-c', 'core.quotepath=on', ...args], { cwd, maxBuffer: MAX_DIFF_BYTES, encoding: 'utf8' })
  return stdout
}

async function hasCommit(cwd: string, sha: string): Promise<boolean> {
  try {
    await git(cwd, ['cat-file', '-e', `${sha}^{commit}`])
    return true
  } catch {
    return false
  }
}

export interface GitChanges {
  files: FileDiff[]
  /** What had to be fetched to find the merge base, for the summary. */
  fetched: boolean
}

/**
 * The PR's changes from the checkout: `git diff base...head` (from the merge base), fetching
 * the base and deepening a shallow clone when needed. Throws when git cannot answer, so the
 * caller can fall back to the API.
 */
export async function gitChanges(cwd: string, baseSha: string, headSha: string, remote = 'origin'): Promise<GitChanges> {
  for (const sha of [baseSha, headSha]) if (!/^[0-9a-f]{40}$/i.test(sha)) throw new Error(`not a commit sha: ${JSON.stringify(sha)}`)
  let fetched = false
  if (!(await hasCommit(cwd, baseSha)) || !(await hasCommit(cwd, headSha))) {
    await git(cwd, ['fetch', '--no-tags', '--quiet', remote, baseSha, headSha])
    fetched = true
  }
  for (let depth = 50; ; depth *= 4) {
    try {
      await git(cwd, ['merge-base', baseSha, headSha])
      break
    } catch {
      const shallow = (await git(cwd, ['rev-parse', '--is-shallow-repository'])).trim() === 'true'
      if (!shallow || depth > 10_000) throw new Error('no merge base between the PR base and head')
      await git(cwd, ['fetch', '--no-tags', '--quiet', `--deepen=${depth}`, remote, baseSha, headSha])
      fetched = true
    }
  }
  // The PR's own .gitattributes applies to this diff: `*.yaml -diff` or a textconv driver would
  // turn its changes into "Binary files differ" and every finding into a pre-existing one. --text
  // and --no-textconv keep the hunks. No copy detection: GitHub shows a copy as a new file, and a
  // near-copy of an old violation is a new workload.
  const diff = await git(cwd, ['diff', '--no-color', '--no-ext-diff', '--text', '--no-textconv', '--find-renames', '--unified=3', `${baseSha}...${headSha}`])
  return { files: parseGitDiff(diff), fetched }
}
