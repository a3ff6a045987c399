import { randomBytes } from 'node:crypto'
import { promises as fs, type Stats } from 'node:fs'
import path from 'node:path'
import { isInside } from './paths.js'

/**
 * A file that was not written, and why, in one line: `cannot write report.json: it is a symbolic
 * link (to /tmp/x); links are never written through`.
 */
export class WriteError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`cannot write ${file}: ${reason}`)
    this.name = 'WriteError'
  }
}

export interface SafeWriteOptions {
  /**
   * Directories the file must stay inside, symbolic links resolved (the workspace, the runner's
   * temp dir). Without roots the path is the caller's own choice and may lead anywhere, but the
   * file itself is still never a link.
   */
  roots?: readonly string[]
  /** Create missing parent directories (inside a root, when roots are given). */
  createParents?: boolean
  /** The path as messages should show it (as the user wrote it, or repo-relative). */
  display?: string
}

/**
 * Writes a report or a fixed file without letting what is already on disk redirect the write.
 * A checked-out repository is untrusted: it can commit `report.json -> /home/runner/.bashrc`, and
 * a plain writeFile follows the link. So the target must not be a link (lstat), nor a directory,
 * device or FIFO, nor read-only; its directory, links resolved, must lie inside a root when roots
 * are given. The text goes to a new temporary file in that directory (created exclusively, so a
 * planted link there is not followed either), which is then renamed over the target: the rename
 * replaces a name, never writes through one, and a reader never sees half a file. An existing
 * file keeps its mode (a fixed script stays executable). `data` may come in pieces (jsonText).
 */
export async function safeWrite(target: string, data: string | Iterable<string>, options: SafeWriteOptions = {}): Promise<void> {
  const absolute = path.resolve(target)
  const shown = options.display ?? target
  const fail = (reason: string): never => {
    throw new WriteError(shown, reason)
  }
  const roots = options.roots?.map(r => path.resolve(r))
  const root = roots ? roots.find(r => isInside(r, absolute)) : undefined
  if (roots && !root) fail(`it is outside ${roots.join(' and ')}: only paths inside ${roots.length > 1 ? 'them' : 'it'} are written`)

  const existing = await lstatOrUndefined(absolute, fail)
  if (existing?.isSymbolicLink())
    fail(`it is a symbolic link (to ${await fs.readlink(absolute).catch(() => 'somewhere unreadable')}); links are never written through`)
  if (existing?.isDirectory()) fail('it is a directory')
  if (existing && !existing.isFile()) fail('it is not a regular file (a device, FIFO or socket)')
  // Renaming over a read-only file would succeed where opening it would not: honour the mode.
  if (existing && (existing.mode & 0o222) === 0) fail(`the file is read-only (mode ${(existing.mode & 0o7777).toString(8).padStart(4, '0')})`)

  const dir = path.dirname(absolute)
  if (options.createParents) await createParents(dir, root, fail)
  const realDir = await fs.realpath(dir).catch((err: NodeJS.ErrnoException) => fail(`its directory ${dir} cannot be used: ${describeError(err)}`))
  if (root) {
    const realRoot = await fs.realpath(root).catch(() => root)
    if (!isInside(realRoot, realDir) && realDir !== realRoot) fail(`its directory leads outside ${root} through a symbolic link (to ${realDir})`)
  }

  const final = path.join(realDir, path.basename(absolute))
  const temporary = path.join(realDir, `.${path.basename(absolute)}.${randomBytes(6).toString('hex')}.tmp`)
  let handle: fs.FileHandle | undefined
  try {
    handle = await fs.open(temporary, 'wx', 0o666)
    // Pieces (a large report) are written one after another, never joined into one text.
    if (typeof data === 'string') await handle.writeFile(data)
    else for (const piece of data) await handle.writeFile(piece)
    if (existing) await handle.chmod(existing.mode & 0o7777)
    await handle.close()
    handle = undefined
    await fs.rename(temporary, final)
  } catch (err) {
    await handle?.close().catch(() => {})
    await fs.unlink(temporary).catch(() => {})
    fail(describeError(err as NodeJS.ErrnoException))
  }
}

async function lstatOrUndefined(file: string, fail: (reason: string) => never): Promise<Stats | undefined> {
  try {
    return await fs.lstat(file)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    return fail(describeError(err as NodeJS.ErrnoException))
  }
}

/**
 * mkdir -p, after checking that the deepest directory that exists already stays inside the root:
 * otherwise the new directories would be made wherever a committed link points.
 */
async function createParents(dir: string, root: string | undefined, fail: (reason: string) => never): Promise<void> {
  let existing = dir
  while (
    !(await fs.lstat(existing).then(
      () => true,
      () => false,
    ))
  )
    existing = path.dirname(existing)
  if (root && existing !== dir) {
    const [realExisting, realRoot] = await Promise.all([fs.realpath(existing).catch(() => existing), fs.realpath(root).catch(() => root)])
    if (realExisting !== realRoot && !isInside(realRoot, realExisting)) fail(`its directory leads outside ${root} through a symbolic link (to ${realExisting})`)
  }
  await fs.mkdir(dir, { recursive: true }).catch((err: NodeJS.ErrnoException) => fail(`its directory ${dir} cannot be created: ${describeError(err)}`))
}

const READABLE: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  ENOTDIR: 'a part of the path is not a directory',
  EISDIR: 'it is a directory',
  ENOENT: 'no such file or directory',
  EEXIST: 'a file is in the way',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
}

/** An OS error as words and its code (`permission denied (EACCES)`), without Node's call details. */
export function describeError(err: NodeJS.ErrnoException): string {
  const code = err.code
  return code && READABLE[code]
    ? `${READABLE[code]} (${code})`
    : code
      ? `${err.message.replace(/^\w+: /, '').replace(/, \w+ '.*'$/, '')} (${code})`
      : err.message
}
