import { lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gitListFiles, gitReader } from '../git/read-at.js'
import { isInside } from '../io/paths.js'

/**
 * Where a chart's or overlay's files come from: the working tree, or a commit's objects (the base
 * of a pull request). Rendering never runs on these in place: their files are copied into a
 * temporary directory first, regular files only, so that a link leading out of the repository is
 * never followed by the tool.
 */
export interface TreeSource {
  /** Every file below `dir` (repo-relative, recursive), with the links that were not followed. */
  list(dir: string): Promise<{ files: string[]; refused: Refused[] }>
  read(file: string): Promise<Buffer | undefined>
}

/** A file left out of the copy, and why (a sentence that starts with its path). */
export interface Refused {
  file: string
  why: string
}

/** How much one chart or overlay may bring into a copy: a real chart is a few hundred KiB. */
export interface CopyLimits {
  maxFiles: number
  maxBytes: number
}
export const COPY_LIMITS: CopyLimits = { maxFiles: 5000, maxBytes: 64 * 1024 * 1024 }

const SKIP = new Set(['.git', 'node_modules'])

/** The working tree: links are followed only to regular files inside the repository. */
export function workingTree(root: string): TreeSource {
  const realRoot = realpathSync(root)
  return {
    async list(dir) {
      const files: string[] = []
      const refused: Refused[] = []
      const visit = (rel: string, depth: number) => {
        if (depth > 64) return
        let entries
        try {
          entries = readdirSync(path.join(root, rel), { withFileTypes: true })
        } catch {
          return
        }
        for (const e of entries) {
          if (SKIP.has(e.name)) continue
          const child = rel === '.' ? e.name : `${rel}/${e.name}`
          if (e.isDirectory()) visit(child, depth + 1)
          else if (e.isFile()) files.push(child)
          else if (e.isSymbolicLink()) {
            const why = linkProblem(path.join(root, child), realRoot)
            if (why) refused.push({ file: child, why: `${child} ${why}` })
            else files.push(child)
          }
        }
      }
      visit(dir, 0)
      return { files: files.sort(), refused }
    },
    async read(file) {
      try {
        return readFileSync(path.join(root, file))
      } catch {
        return undefined
      }
    },
  }
}

/** Why a link is not followed, or undefined for one that leads to a regular file inside the repository. */
function linkProblem(link: string, realRoot: string): string | undefined {
  let real: string
  try {
    real = realpathSync(link)
  } catch {
    return 'is a symbolic link that leads nowhere: not followed'
  }
  if (!isInside(realRoot, real)) return 'is a symbolic link leading outside the repository: not followed'
  return statSync(real).isFile() ? undefined : 'is a symbolic link to a directory or a special file: not followed'
}

/**
 * Copies files of a source into `dest`, keeping their repo-relative names. Returns an error
 * sentence when the bounds are passed: a tree that large is not rendered at all.
 */
export async function copyFiles(source: TreeSource, files: readonly string[], dest: string, limits: CopyLimits = COPY_LIMITS): Promise<string | undefined> {
  if (files.length > limits.maxFiles) return `it has ${files.length} files, more than the ${limits.maxFiles} a render copies`
  let bytes = 0
  for (const file of files) {
    const data = await source.read(file)
    if (!data) continue
    bytes += data.length
    if (bytes > limits.maxBytes) return `its files pass the ${limits.maxBytes / 1024 / 1024} MiB a render copies`
    const target = path.join(dest, file)
    // Names come from a listing of the repository: none may leave the copy.
    if (!isInside(dest, target)) continue
    mkdirSync(path.dirname(target), { recursive: true })
    writeFileSync(target, data, { flag: 'wx' })
  }
  return undefined
}

/** Whether a path of the copy is a directory (lstat: the copy holds no links). */
export function isDirectory(file: string): boolean {
  try {
    return lstatSync(file).isDirectory()
  } catch {
    return false
  }
}

/**
 * A commit's tree (a pull request's base or head), read from git objects: links there are never
 * followed, whatever they point to.
 */
export function gitTree(cwd: string, sha: string, maxBytes: number): TreeSource {
  const blobs = gitReader(cwd, sha, maxBytes)
  return {
    async list(dir) {
      const { files, links } = await gitListFiles(cwd, sha, dir)
      return { files, refused: links.map(file => ({ file, why: `${file} is a symbolic link at ${sha.slice(0, 7)}: not followed` })) }
    },
    async read(file) {
      const blob = await blobs(file)
      if (!blob || blob.refused) return undefined
      return blob.read().catch(() => undefined)
    },
  }
}
