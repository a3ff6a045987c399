import { childProcess, execFileAsync as run } from '../lazy-builtins.js'
import { gitDiffHeader, parseRawZ, type RawChange } from '../diff/raw.js'
import { PatchStream, type ChangedLines, type PatchSection } from '../diff/unified.js'

/** Small answers only (a sha, a file list): the patch itself is streamed, never buffered whole. */
const MAX_ANSWER_BYTES = 256 * 1024 * 1024

async function git(cwd: string, args: string[]): Promise<string> {
  // No shell, fixed argv: refs come from the event payload and must never be interpreted.
  const { stdout } = await run('git', ['-c', 'core.quotepath=on', ...args], { cwd, maxBuffer: MAX_ANSWER_BYTES, encoding: 'utf8' })
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

export interface ChangedFile extends RawChange {
  /**
   * Undefined when git showed no hunk (a pure rename, a mode change, an empty new file);
   * 'too-large' when the file changed more lines than are tracked: it is judged whole.
   */
  lines?: ChangedLines | 'too-large'
}

export interface GitChanges {
  files: ChangedFile[]
  /** What had to be fetched to find the merge base, for the summary. */
  fetched: boolean
}

/**
 * The PR's changes from the checkout (`base...head`, from the merge base), fetching the base and
 * deepening a shallow clone when needed. Names come from `git diff --raw -z` (never misread,
 * whatever they hold); hunks from the same diff streamed, matched to the names header by header.
 * Throws when git cannot answer or the two disagree, so the caller never judges a partial list.
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
  // near-copy of an old violation is a new workload. Both commands take the same options, so git
  // lists the same file pairs in the same order.
  const options = ['--no-color', '--no-ext-diff', '--text', '--no-textconv', '--find-renames', '--no-relative', `${baseSha}...${headSha}`, '--']
  const raw = parseRawZ(await git(cwd, ['diff', '--raw', '-z', ...options]))
  const sections = await streamPatch(cwd, ['diff', '--unified=3', ...options])
  return { files: matchSections(raw, sections), fetched }
}

/** Runs git and feeds its output to a PatchStream as it comes: no whole-diff buffer. */
function streamPatch(cwd: string, args: string[]): Promise<PatchSection[]> {
  return new Promise((resolve, reject) => {
    const sections: PatchSection[] = []
    const stream = new PatchStream(s => sections.push(s))
    const child = childProcess().spawn('git', ['-c', 'core.quotepath=on', ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    let failed: Error | undefined
    child.stdout.on('data', (chunk: Buffer) => {
      if (failed) return
      try {
        stream.push(chunk)
      } catch (err) {
        failed = err as Error
        child.kill()
      }
    })
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 4096) stderr += chunk.toString('utf8')
    })
    child.on('error', reject)
    child.on('close', code => {
      if (failed) return reject(failed)
      if (code !== 0) return reject(new Error(`git ${args[0]} exited ${code}: ${stderr.trim().split('\n')[0] ?? ''}`))
      try {
        stream.end()
        resolve(sections)
      } catch (err) {
        reject(err as Error)
      }
    })
  })
}

/**
 * Pairs each raw change with its patch section. A type change (file ↔ symlink) is written as two
 * sections with the same header; its hunks are those of the new side. Any disagreement throws.
 */
export function matchSections(raw: RawChange[], sections: PatchSection[]): ChangedFile[] {
  const files: ChangedFile[] = []
  let s = 0
  for (const change of raw) {
    const header = gitDiffHeader(change)
    if (sections[s]?.header !== header) throw new Error(`git diff listed ${JSON.stringify(change.path)} but its patch did not follow in order`)
    let lines = sections[s++].lines
    while (change.status === 'typechange' && sections[s]?.header === header) lines = sections[s++].lines
    files.push({ ...change, ...(lines ? { lines } : {}) })
  }
  if (s !== sections.length) throw new Error(`git diff wrote ${sections.length - s} patch section(s) that its file list does not name`)
  return files
}
