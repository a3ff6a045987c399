import { lstatSync, realpathSync } from 'node:fs'
import path from 'node:path'
import picomatch from 'picomatch'
import { isInside } from '../io/paths.js'
import type { Selection } from './select.js'
import type { DiscoveredFile } from './walk.js'

/**
 * The files a Makefile includes (`include`, `-include`, `sinclude`), as repository paths: Make
 * reads them as part of the Makefile, whatever they are named (`include build/docker.rules`).
 * Only literal names are followed; one with a variable or a wildcard (`include $(wildcard
 * *.mk)`) says where the file is only when Make runs. Make looks for a relative name in the
 * directory it runs in: the Makefile's own for `make -C dir` and a plain `make` (also for the
 * includes of an included file: `dir`), or one above it for `make -f sub/Makefile`. Each name
 * gives those candidates, nearest first, and the first file that exists is read; names that leave
 * the repository are not followed.
 */
export function makeIncludes(relative: string, text: string, dir = path.posix.dirname(relative)): string[][] {
  const out: string[][] = []
  for (const m of text.matchAll(INCLUDE)) {
    for (const name of m[1].replace(/[ \t]#.*$/, '').split(/[ \t]+/)) {
      if (name === '' || /[$*?[\]%]/.test(name) || path.posix.isAbsolute(name)) continue
      const candidates = [...new Set(ancestors(dir).map(d => path.posix.normalize(path.posix.join(d, name))))].filter(p => p !== '..' && !p.startsWith('../'))
      if (candidates.length && out.length < MAX_INCLUDES_PER_FILE) out.push(candidates)
    }
  }
  return out
}

/** `a/b` → `a/b`, `a`, `.`: where Make may have been started from, nearest first. */
function ancestors(dir: string): string[] {
  const out = [dir]
  for (let d = dir; d !== '.' && d !== '/' && d !== '';) out.push((d = path.posix.dirname(d)))
  return out
}

/** An include line at the start of a line (never a recipe's, which starts with a tab). */
const INCLUDE = /^[ ]*(?:-include|sinclude|include)[ \t]+([^\r\n]*)/gm
/** A Makefile naming more files than this is generated; the rest are not followed. */
const MAX_INCLUDES_PER_FILE = 64

/**
 * Follows the includes of the Makefiles a walk reads: the files they include that the walk did
 * not yield (their names say nothing) come after it, read as Makefiles, and their own includes
 * are followed in turn. Files the exclude globs name stay out; anything but a regular file inside
 * the repository is not opened.
 */
export class MakeIncludeFollower {
  private readonly seen = new Set<string>()
  private readonly queue: string[][] = []
  /** The directory Make runs in for an included file: its including Makefile's. */
  private readonly runsIn = new Map<string, string>()
  private readonly excluded: (relative: string) => boolean

  constructor(
    private readonly root: string,
    selection: Selection,
  ) {
    const exclude = selection.exclude.length ? picomatch(selection.exclude, { dot: true }) : () => false
    this.excluded = relative => !selection.fileTypes.shell || exclude(relative)
  }

  /**
   * A file the scan read: when it is a Makefile, remembered and its includes queued. Only
   * Makefiles are remembered, so memory follows them, not the tree: an include naming a file the
   * walk read as something else is read again, as a Makefile, which is what Make does with it.
   */
  note(read: { relative: string; makefile?: string } | undefined): void {
    if (read?.makefile === undefined) return
    this.seen.add(read.relative)
    const dir = this.runsIn.get(read.relative) ?? path.posix.dirname(read.relative)
    for (const candidates of makeIncludes(read.relative, read.makefile, dir)) {
      if (this.seen.size + this.queue.length >= MAX_FOLLOWED) break
      if (candidates.some(c => this.seen.has(c))) continue
      for (const c of candidates) if (!this.runsIn.has(c)) this.runsIn.set(c, dir)
      this.queue.push(candidates)
    }
  }

  /** The included files not read yet; notes made while iterating add to it. */
  *pending(): Generator<DiscoveredFile> {
    while (this.queue.length) {
      const candidates = this.queue.shift()!
      if (candidates.some(c => this.seen.has(c))) continue
      const relative = candidates.find(c => isRegularFileInside(this.root, path.resolve(this.root, c)))
      if (relative === undefined || this.excluded(relative)) continue
      this.seen.add(relative)
      yield { absolute: path.resolve(this.root, relative), relative, type: 'shell' }
    }
  }
}

/** Files remembered and followed in one scan: a bound on generated include chains. */
const MAX_FOLLOWED = 100_000

/** A regular file (not a link) whose real path, directories' links resolved, is inside the repository. */
function isRegularFileInside(root: string, absolute: string): boolean {
  try {
    return lstatSync(absolute).isFile() && isInside(realpathSync(root), realpathSync(absolute))
  } catch {
    return false
  }
}
