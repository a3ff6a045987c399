import { readdirSync, readFileSync, lstatSync, realpathSync, statSync, type Dirent } from 'node:fs'
import path from 'node:path'
import ignore, { type Ignore } from 'ignore'
import { isInside } from '../io/paths.js'
import type { FileType } from '../model.js'
import { classify } from './classify.js'
import { directoryExcluder, fileSelector, type Selection } from './select.js'

export interface DiscoveredFile {
  /** Absolute path on disk. */
  absolute: string
  /** Relative to the scan root, forward slashes: what findings show. */
  relative: string
  /** From the name; undefined for extension-less files that may be scripts (decided by content). */
  type: FileType | undefined
  /** Known when the source knows it cheaply (a blob); otherwise the reader checks it on open. */
  size?: number
  /** Set when the content does not come from `absolute` (a blob at a commit, a link's target). */
  read?: () => Promise<Buffer>
  /** A symbolic link met in the walk: read only through its target, and only inside the repository. */
  link?: boolean
  /**
   * Why this entry is not opened (a named link leading out of the root, a FIFO, an unreadable
   * directory), as a sentence that starts with the path: it becomes an incomplete-scan finding,
   * never a silent pass.
   */
  refused?: string
}

export interface WalkOptions extends Selection {
  /** Repo root: findings are relative to it, and .gitignore files are read from it down. */
  root: string
}

/** Never worth descending into, ignored or not. */
const ALWAYS_SKIP = new Set(['.git', 'node_modules', '.hg', '.svn'])

interface IgnoreLayer {
  dir: string
  rules: Ignore
}

/**
 * Streams the files to scan under `start` (a directory or a file), respecting nested .gitignore
 * files and include/exclude globs. Files named explicitly are yielded even when ignored, as
 * linters do. Symlinks met in the walk are not followed: they could loop or leave the tree. A
 * start that is a link is followed when it leads to a file or directory inside the root, which
 * is what naming it asks for; it is then walked under its real name, the file that holds the
 * text (and that --fix would write). A start that leads outside the root or to no regular file
 * (a FIFO, /dev/zero) is never opened: it comes back with `notRead`.
 */
export function* walk(start: string, options: WalkOptions): Generator<DiscoveredFile> {
  const root = path.resolve(options.root)
  const select = fileSelector(options)
  const excludedDir = directoryExcluder(options)
  const wanted = (type: FileType | undefined) => type === undefined || options.fileTypes[type]
  const abs = path.resolve(start)
  const stat = lstatSync(abs)
  const notRead = (why: string): DiscoveredFile => ({
    absolute: abs,
    relative: toRelative(root, abs),
    type: classify(abs),
    refused: `${toRelative(root, abs)} ${why}`,
  })
  if (stat.isSymbolicLink()) {
    const target = linkTarget(abs, root)
    if (typeof target === 'string') yield notRead(target)
    else yield* walk(target.real, { ...options, root: target.realRoot })
    return
  }
  if (!stat.isFile() && !stat.isDirectory()) {
    yield notRead('is not a regular file (a device, FIFO or socket): not read')
    return
  }
  if (stat.isFile()) {
    const relative = toRelative(root, abs)
    const type = classify(relative)
    if (wanted(type)) yield { absolute: abs, relative, type, size: stat.size }
    return
  }
  const layers = ancestorsIgnore(root, abs)
  const startRelative = path.relative(root, abs).split(path.sep).join('/')
  yield* walkDir(abs, startRelative.startsWith('..') ? toRelative(root, abs) : startRelative, layers)

  // Synchronous on purpose: thousands of small directory reads are several times faster than
  // through the promise API's thread-pool round trips (npm run bench).
  function* walkDir(dir: string, relativeDir: string, parentLayers: IgnoreLayer[]): Generator<DiscoveredFile> {
    let names: Dirent[]
    try {
      names = readdirSync(dir, { withFileTypes: true })
    } catch (err) {
      // Fail closed: a directory that cannot be listed may hold anything.
      const code = (err as NodeJS.ErrnoException).code ?? 'error'
      yield {
        absolute: dir,
        relative: relativeDir || '.',
        type: 'kubernetes',
        refused: `directory ${relativeDir || '.'} could not be read (${code}): nothing in it was checked`,
      }
      return
    }
    const layers = [...parentLayers]
    // Only read .gitignore where the listing has one: a failed open per directory is costly.
    const own = names.some(n => n.name === '.gitignore') ? readIgnore(dir) : undefined
    if (own) layers.push(own)
    names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of names) {
      if (ALWAYS_SKIP.has(entry.name)) continue
      const full = `${dir}${path.sep}${entry.name}`
      const relative = relativeDir ? `${relativeDir}/${entry.name}` : entry.name
      const isDir = entry.isDirectory()
      const isLink = entry.isSymbolicLink()
      if (!isDir && !isLink && !entry.isFile()) continue
      if (isIgnored(layers, full, isDir)) continue
      if (isDir) {
        if (excludedDir(relative)) continue
        yield* walkDir(full, relative, layers)
        continue
      }
      const scanAs = select(relative)
      if (scanAs === undefined) continue
      const type = scanAs === 'script?' ? undefined : scanAs
      yield isLink ? { absolute: full, relative, type, link: true } : { absolute: full, relative, type }
    }
  }
}

/**
 * Where a named link leads, when that is a file or directory inside the root, with the root's
 * real path to name it against; otherwise why it is not followed.
 */
function linkTarget(link: string, root: string): { real: string; realRoot: string } | string {
  let real: string
  let realRoot: string
  try {
    real = realpathSync(link)
    realRoot = realpathSync(root)
  } catch (err) {
    return `is a symbolic link that leads nowhere readable (${(err as NodeJS.ErrnoException).code ?? 'error'}): not followed`
  }
  // The root itself may be named through a link (`scan ~/deploy` where deploy is one).
  if (real !== realRoot && !isInside(realRoot, real)) return `is a symbolic link leading outside the root (to ${real}): not followed`
  const stat = statSync(real)
  if (!stat.isFile() && !stat.isDirectory()) return `is a symbolic link to something that is not a regular file (${real}): not read`
  return { real, realRoot }
}

function toRelative(root: string, file: string): string {
  const rel = path.relative(root, file)
  return (rel === '' ? path.basename(file) : rel).split(path.sep).join('/')
}

function isIgnored(layers: IgnoreLayer[], full: string, isDir: boolean): boolean {
  let ignored = false
  for (const layer of layers) {
    const rel = path.relative(layer.dir, full).split(path.sep).join('/')
    if (!rel || rel.startsWith('..')) continue
    const result = layer.rules.test(isDir ? `${rel}/` : rel)
    if (result.ignored) ignored = true
    else if (result.unignored) ignored = false
  }
  return ignored
}

function readIgnore(dir: string): IgnoreLayer | undefined {
  try {
    const text = readFileSync(path.join(dir, '.gitignore'), 'utf8')
    return { dir, rules: ignore().add(text) }
  } catch {
    return undefined
  }
}

/** .gitignore files between the repo root and the start directory apply too. */
function ancestorsIgnore(root: string, start: string): IgnoreLayer[] {
  const rel = path.relative(root, start)
  if (rel.startsWith('..') || path.isAbsolute(rel)) return []
  const layers: IgnoreLayer[] = []
  let dir = root
  for (const part of rel ? rel.split(path.sep) : []) {
    const layer = readIgnore(dir)
    if (layer) layers.push(layer)
    dir = path.join(dir, part)
  }
  return layers
}
