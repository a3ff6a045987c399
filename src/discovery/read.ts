import { closeSync, constants as fsConstants, fstatSync, openSync, promises as fs, readSync } from 'node:fs'
import path from 'node:path'
import type { BlobAt } from '../git/read-at.js'
import { readRepositoryBytes, RefusedRead } from '../io/safe-read.js'
import type { FileType } from '../model.js'
import { looksLikeShellScript } from './classify.js'
import { looksLikeMakefile } from '../parse/shell/file-names.js'
import { fileSelector, type Selection } from './select.js'
import type { DiscoveredFile } from './walk.js'

/**
 * Reading what discovery found, for a walk and for a pull request's file list alike, and the one
 * decision of what a file is scanned as, or why it is not: never a silent pass for a file that
 * could hold a finding.
 */

/** Reads a listed file from somewhere else than the working tree (the PR head's blobs). */
export type FileReader = (relative: string) => Promise<BlobAt | undefined>

/** A file ready for the engine, or the notice that takes its place. */
export type Prepared =
  { relative: string; type: FileType; text: string } | { relative: string; notice: { ruleId: 'parse-error' | 'incomplete-scan'; message: string } }

interface Loaded {
  size: number
  /** Absent when the file is over the size limit. */
  buffer?: Buffer
  /** The first bytes of a file over the limit: enough to tell a script by its shebang. */
  head?: Buffer
  error?: string
  /** Why the file was not opened at all (a link out of the repository, a special file). */
  refused?: string
}

/** Bytes read to find a NUL (binary) or a shebang. */
const HEAD_BYTES = 8000

/**
 * Reads and decides one discovered file. Synchronous for a plain file of a walk (thousands of
 * small reads, one buffer); a promise for a blob, a link or a refusal.
 */
export function prepareSync(file: DiscoveredFile, maxFileSize: number): Prepared | undefined {
  return prepare(file, loadSync(file, maxFileSize), maxFileSize)
}

export const needsAsync = (file: DiscoveredFile): boolean => file.refused !== undefined || file.link === true || file.read !== undefined

export async function prepareAsync(file: DiscoveredFile, root: string, maxFileSize: number): Promise<Prepared | undefined> {
  const resolved = file.link && !file.refused ? { ...file, ...(await linkedFile(root, file.relative, maxFileSize)) } : file
  if (resolved.refused !== undefined) return prepare(resolved, { size: 0, refused: resolved.refused }, maxFileSize)
  if (resolved.link && !resolved.read) return undefined // a dangling link: nothing there to deploy
  if (!resolved.read) return prepareSync(resolved, maxFileSize)
  const size = resolved.size ?? 0
  try {
    return prepare(resolved, { size, buffer: size > maxFileSize ? undefined : await resolved.read() }, maxFileSize)
  } catch (err) {
    return prepare(resolved, { size, error: (err as Error).message }, maxFileSize)
  }
}

/**
 * Fail closed: a file that could hold a finding and was not read is a notice itself. An
 * extension-less file is only a candidate (a script by its shebang): over the limit its head
 * still tells; unreadable, it cannot be told apart, so it is reported too.
 */
function prepare(file: DiscoveredFile, loaded: Loaded, maxFileSize: number): Prepared | undefined {
  const { relative } = file
  const notice = (message: string, ruleId: 'parse-error' | 'incomplete-scan' = 'incomplete-scan'): Prepared => ({ relative, notice: { ruleId, message } })
  // A refusal the walk made for a path it was named or a directory it could not list is said
  // whatever the name; one met on the way only for names that would be scanned.
  if (loaded.refused !== undefined) return file.type === undefined && file.link ? undefined : notice(`${loaded.refused}.`)
  if (loaded.error !== undefined) return notice(`${relative} could not be read: ${loaded.error}`)
  if (!loaded.buffer) {
    if (file.type === undefined && !(loaded.head && looksLikeScript(loaded.head.toString('utf8')))) return undefined
    return notice(`${relative} is ${overLimit(loaded.size, maxFileSize)} (maxFileSize): not checked.`)
  }
  const { buffer } = loaded
  let type = file.type
  if (type === undefined) {
    if (!looksLikeScript(buffer.toString('utf8', 0, HEAD_BYTES))) return undefined
    type = 'shell'
  }
  // A NUL among the first bytes, as git tells a binary file.
  const nul = buffer.indexOf(0)
  if (nul !== -1 && nul < HEAD_BYTES) return notice(`${relative} is binary or not UTF-8 text (it has NUL bytes): not checked.`, 'parse-error')
  return { relative, type, text: buffer.toString('utf8') }
}

/** An extension-less file is read as a script by its shebang, or as a Makefile by a recipe under a target. */
const looksLikeScript = (head: string): boolean => looksLikeShellScript(head) || looksLikeMakefile(head)

function loadSync(file: DiscoveredFile, maxFileSize: number): Loaded {
  try {
    return readBounded(file.absolute, maxFileSize)
  } catch (err) {
    return { size: 0, error: (err as Error).message }
  }
}

/**
 * The files of a list (a pull request's changed files) to scan, filtered as a walk filters.
 * Listed paths come from a diff or an API: none may point outside the repository.
 */
export async function* listed(root: string, files: string[], selection: Selection, reader?: FileReader): AsyncGenerator<DiscoveredFile> {
  const select = fileSelector(selection)
  for (const relative of files) {
    const scanAs = select(relative)
    if (scanAs === undefined) continue
    const type = scanAs === 'script?' ? undefined : scanAs
    const absolute = path.resolve(root, relative)
    if (path.isAbsolute(relative) || !absolute.startsWith(path.resolve(root) + path.sep)) continue
    if (reader) {
      const blob = await reader(relative)
      if (blob?.refused) yield { absolute, relative, type, refused: blob.refused }
      else if (blob) yield { absolute, relative, type, size: blob.size, read: blob.read }
      continue
    }
    let stat
    try {
      stat = await fs.lstat(absolute)
    } catch (err) {
      // Deleted files are not listed: one listed as changed but missing from the checkout was not
      // judged (a checkout of another commit, a name misread on the way), never a pass.
      const code = (err as NodeJS.ErrnoException).code
      yield {
        absolute,
        relative,
        type,
        refused: `${relative} is listed as changed but ${code === 'ENOENT' ? 'is not in the checkout' : `could not be opened (${code ?? 'error'})`}: not checked`,
      }
      continue
    }
    if (stat.isFile()) yield { absolute, relative, type }
    else if (stat.isSymbolicLink()) yield { absolute, relative, type, link: true }
  }
}

/**
 * A link is read only when it leads to a regular file inside the repository (what `kubectl apply
 * -f dir/` would deploy through it); one leading out of it, or to a device or FIFO, is refused
 * and reported when its name says it would be scanned. A dangling link holds nothing.
 */
async function linkedFile(root: string, relative: string, maxBytes: number): Promise<Pick<DiscoveredFile, 'size' | 'read' | 'refused'> | undefined> {
  let real: string
  try {
    real = await fs.realpath(path.resolve(root, relative))
  } catch {
    return undefined
  }
  const target = path.relative(await fs.realpath(root), real)
  try {
    if (target.startsWith('..') || path.isAbsolute(target))
      throw new RefusedRead(relative, 'is a symbolic link that leads outside the repository: not followed')
    const buffer = await readRepositoryBytes(root, target, maxBytes)
    return buffer ? { size: buffer.length, read: async () => buffer } : undefined
  } catch (err) {
    if (err instanceof RefusedRead)
      return { refused: `${relative} ${err.relative === relative ? err.reason : `leads to ${err.relative}, which ${err.reason}`}` }
    return { refused: `${relative} could not be read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` }
  }
}

/**
 * Reused by every synchronous read: a scan reads thousands of small files one at a time, and one
 * buffer spares the allocator and the garbage collector. What readBounded returns is a view of it,
 * valid until the next read: prepare decodes it at once.
 */
let scratch = Buffer.allocUnsafe(64 * 1024)

/**
 * Open, read to end of file, close: no fstat, whose Stats object costs more than the read for a
 * small file. The size bound holds without it: at most max + 1 bytes are ever read, and only a
 * file over the limit is measured, for its message.
 */
function readBounded(file: string, max: number): Loaded {
  const limit = max + 1
  // O_NOFOLLOW: the walk saw a regular file; a link swapped in since is refused, not followed.
  const fd = openSync(file, fsConstants.O_RDONLY | (fsConstants.O_NOFOLLOW ?? 0))
  try {
    let got = 0
    for (;;) {
      if (got === limit) return { size: fstatSync(fd).size, head: Buffer.from(scratch.subarray(0, HEAD_BYTES)) }
      if (got === scratch.length) {
        const bigger = Buffer.allocUnsafe(Math.min(scratch.length * 2, limit))
        scratch.copy(bigger, 0, 0, got)
        scratch = bigger
      }
      const n = readSync(fd, scratch, got, Math.min(scratch.length, limit) - got, null)
      if (n === 0) break
      got += n
    }
    return { size: got, buffer: scratch.subarray(0, got) }
  } finally {
    closeSync(fd)
  }
}

/** Rounded sizes can read the same (1 MiB over a 1 MiB limit): then the bytes tell them apart. */
function overLimit(size: number, max: number): string {
  const [a, b] = [formatSize(size), formatSize(max)]
  return a === b ? `${size} bytes, over the ${b} (${max} bytes) limit` : `${a}, over the ${b} limit`
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MiB`
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KiB`
  return `${bytes} B`
}
