import { constants, promises as fs } from 'node:fs'
import path from 'node:path'

/**
 * Reading a file the repository (and so a pull request) controls. A link could point anywhere
 * (/proc/self/environ, /dev/zero, a FIFO that never answers, a secret outside the checkout), so a
 * file is read only when it is a regular file inside the root and not a link: the directories
 * on the way must resolve inside the root, the file itself is opened with O_NOFOLLOW, the open
 * descriptor is checked with fstat, and at most `maxBytes` are read.
 */
export class RefusedRead extends Error {
  constructor(
    readonly relative: string,
    readonly reason: string,
  ) {
    super(`${relative} ${reason}`)
    this.name = 'RefusedRead'
  }
}

/** O_NONBLOCK: opening a FIFO must not wait for a writer; fstat then tells it is no file. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0)

/**
 * The text of `relative` under `root`, or undefined when it does not exist. Throws RefusedRead
 * (a link, a special file, outside the root, over the size bound) or the I/O error.
 */
export async function readRepositoryFile(root: string, relative: string, maxBytes: number): Promise<string | undefined> {
  const buffer = await readRepositoryBytes(root, relative, maxBytes)
  return buffer?.toString('utf8')
}

/** A file named by a trusted path (an input), read under the same rules as in its own directory. */
export function readLocalFile(file: string, maxBytes: number): Promise<string | undefined> {
  return readRepositoryFile(path.dirname(path.resolve(file)), path.basename(file), maxBytes)
}

export async function readRepositoryBytes(root: string, relative: string, maxBytes: number): Promise<Buffer | undefined> {
  const base = path.resolve(root)
  const absolute = path.resolve(base, relative)
  if (absolute !== base && !absolute.startsWith(base + path.sep)) throw new RefusedRead(relative, 'is outside the repository')
  let realDir: string
  try {
    realDir = await fs.realpath(path.dirname(absolute))
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw err
  }
  const realBase = await fs.realpath(base)
  if (realDir !== realBase && !realDir.startsWith(realBase + path.sep)) throw new RefusedRead(relative, 'leads outside the repository through a symbolic link')
  let handle: fs.FileHandle
  try {
    handle = await fs.open(path.join(realDir, path.basename(absolute)), OPEN_FLAGS)
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return undefined
    if (code !== 'ELOOP' && code !== 'EMLINK') throw err
    // Say where the link leads when that is the worse news; refuse it either way.
    const target = await fs.realpath(absolute).catch(() => undefined)
    const outside = target !== undefined && target !== realBase && !target.startsWith(realBase + path.sep)
    throw new RefusedRead(relative, outside ? 'leads outside the repository through a symbolic link' : 'is a symbolic link: not followed')
  }
  try {
    const stat = await handle.stat()
    if (!stat.isFile()) throw new RefusedRead(relative, 'is not a regular file')
    if (stat.size > maxBytes) throw new RefusedRead(relative, `is larger than ${maxBytes} bytes`)
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1)
    let got = 0
    for (;;) {
      const { bytesRead } = await handle.read(buffer, got, buffer.length - got, got)
      if (bytesRead === 0) break
      got += bytesRead
      // The file grew between fstat and read: still bounded.
      if (got > maxBytes) throw new RefusedRead(relative, `is larger than ${maxBytes} bytes`)
    }
    return buffer.subarray(0, got)
  } finally {
    await handle.close()
  }
}
