import { execFileAsync as run } from '../lazy-builtins.js'

/** A file at a commit: its size and a way to read it, or why it is not read. */
export interface BlobAt {
  size: number
  read(): Promise<Buffer>
  /** Set when the path is not a regular file at that commit (a link, a submodule): never read. */
  refused?: string
}

/**
 * Reads files as they are at one commit. A pull_request checkout is the merge commit, whose
 * lines can differ from the head's; review comments need the head's lines, and the config that
 * judges a PR comes from the base commit, so both are read from git objects, never the work
 * tree. Returns undefined for a path absent at that commit. A link is refused, not followed: its
 * blob is the link's target, which Kubernetes tooling would follow out of the repository.
 */
export function gitReader(cwd: string, sha: string, maxBytes: number): (relative: string) => Promise<BlobAt | undefined> {
  return async relative => {
    let listing: string
    try {
      // -z: the path comes back unquoted; `--` and a literal pathspec: no name is an option or a glob.
      ;({ stdout: listing } = await run('git', ['--literal-pathspecs', 'ls-tree', '-z', '-l', sha, '--', relative], { cwd, encoding: 'utf8' }))
    } catch {
      return undefined
    }
    const entry = listing.split('\0').find(e => e.slice(e.indexOf('\t') + 1) === relative)
    if (!entry) return undefined
    const [mode, type, object, size] = entry.slice(0, entry.indexOf('\t')).split(/\s+/)
    const bytes = Number(size)
    if (mode === '120000') return { size: 0, read: refuse, refused: `${relative} is a symbolic link at ${sha.slice(0, 7)}: not followed` }
    if (type !== 'blob' || !Number.isFinite(bytes)) return { size: 0, read: refuse, refused: `${relative} is a ${type} at ${sha.slice(0, 7)}, not a file` }
    return {
      size: bytes,
      read: async () => {
        if (bytes > maxBytes) throw new Error('over the size limit')
        const { stdout } = await run('git', ['cat-file', 'blob', object], { cwd, encoding: 'buffer', maxBuffer: maxBytes + 1024 })
        return stdout
      },
    }
  }
}

/** A file's text at a commit, or undefined where there is none; a link or a non-file throws. */
export function gitTextReader(cwd: string, sha: string, maxBytes: number): (relative: string) => Promise<string | undefined> {
  const blobs = gitReader(cwd, sha, maxBytes)
  return async relative => {
    const blob = await blobs(relative)
    if (blob?.refused) throw new Error(blob.refused)
    return blob ? (await blob.read()).toString('utf8') : undefined
  }
}

const refuse = (): Promise<Buffer> => Promise.reject(new Error('not a regular file'))

export async function currentCommit(cwd: string): Promise<string | undefined> {
  try {
    return (await run('git', ['rev-parse', 'HEAD'], { cwd, encoding: 'utf8' })).stdout.trim()
  } catch {
    return undefined
  }
}

/**
 * The files below a directory at a commit (recursive, repo-relative), and the links there, which
 * are never followed: what a render of the base side of a pull request copies.
 */
export async function gitListFiles(cwd: string, sha: string, dir: string): Promise<{ files: string[]; links: string[] }> {
  const spec = dir === '.' ? [] : ['--', dir]
  let listing: string
  try {
    ;({ stdout: listing } = await run('git', ['--literal-pathspecs', 'ls-tree', '-r', '-z', '--full-tree', sha, ...spec], {
      cwd,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    }))
  } catch {
    return { files: [], links: [] }
  }
  const files: string[] = []
  const links: string[] = []
  for (const entry of listing.split('\0')) {
    if (!entry) continue
    const [mode, type] = entry.slice(0, entry.indexOf('\t')).split(/\s+/)
    const name = entry.slice(entry.indexOf('\t') + 1)
    if (mode === '120000') links.push(name)
    else if (type === 'blob') files.push(name)
  }
  return { files, links }
}
