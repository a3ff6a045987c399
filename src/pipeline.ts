import { closeSync, constants as fsConstants, fstatSync, openSync, promises as fs, readSync } from 'node:fs'
import path from 'node:path'
import picomatch from 'picomatch'
import type { Config } from './config/config.js'
import { classify, looksLikeShellScript, mayBeScanned } from './discovery/classify.js'
import { walk, type DiscoveredFile } from './discovery/walk.js'
import { scanText, type EngineOptions } from './engine/scan-file.js'
import { fingerprint, sortFindings } from './findings/fingerprint.js'
import { incompleteRun } from './findings/run-level.js'
import type { FileType, Finding } from './model.js'
import type { BlobAt } from './git/read-at.js'
import { readRepositoryBytes, RefusedRead } from './io/safe-read.js'
import { hasLoneCr, SourceText } from './parse/source.js'
import { registry as builtinRegistry } from './rules/index.js'
import type { Rule } from './rules/types.js'
import { severityOf } from './rules/severity.js'

export interface ScanRequest {
  /** Repository root: findings name files relative to it. */
  root: string
  /** Directories or files to walk (default: the root). Ignored when `files` is given. */
  paths?: string[]
  /** Exactly these repo-relative files (a pull request's changed files). */
  files?: string[]
  config: Config
  /** Reads a listed file from somewhere else than the working tree (the PR head's blobs). */
  reader?: FileReader
  observeObject?: EngineOptions['observeObject']
  observeFilter?: EngineOptions['observeFilter']
  /** Exceptions (src/policy createPolicy): observes objects during the scan, then applies records to the findings. */
  policy?: {
    observeObject: NonNullable<EngineOptions['observeObject']>
    observeFilter: RegExp
    finish(findings: Finding[]): Finding[]
    /** Runs after every file was seen and before finish: e.g. reading repository context lazily. */
    beforeFinish?(): Promise<void>
  }
  rules?: ReadonlyMap<string, Rule>
  /** Told of every file scanned, with its type (the smoke matrix wants the Dockerfiles). */
  onFile?(relative: string, type: FileType): void
}

export type FileReader = (relative: string) => Promise<BlobAt | undefined>

export interface ScanResult {
  findings: Finding[]
  filesScanned: number
  /** maxFindings was reached: later findings were not collected. */
  truncated: boolean
  /**
   * Files that break a line at a lone CR: their findings' line numbers are not those of a git
   * diff of them (see hasLoneCr), so a diff cannot tell which of their findings are new.
   */
  loneCrFiles: string[]
}

/** How many files are read at once: enough to hide I/O latency, few enough to bound memory. */
const CONCURRENCY = 16
/** Bytes read to find a NUL (binary) or a shebang. */
const HEAD_BYTES = 8000

/** The shared scan used by the Action and the CLI: no GitHub, no process.exit. */
export async function scan(request: ScanRequest): Promise<ScanResult> {
  const { config } = request
  const rules = enabledRules(request.rules ?? builtinRegistry, config)
  const engine: EngineOptions = {
    rules,
    severityOf: id => {
      const rule = rules.get(id)
      return (rule && severityOf(config, rule)) ?? 'error'
    },
    observeObject: request.policy ? bothObservers(request.observeObject, request.policy.observeObject) : request.observeObject,
    observeFilter: request.policy ? eitherFilter(request.observeFilter, request.policy.observeFilter) : request.observeFilter,
  }
  const findings: Finding[] = []
  const hooks: FileHooks = { onFile: request.onFile, loneCrFiles: [] }
  let filesScanned = 0
  let truncated = false
  const add = (more: Finding[]) => {
    for (const f of more) {
      if (findings.length >= config.maxFindings) {
        truncated = true
        return
      }
      findings.push(f)
    }
  }

  const handle = (result: Finding[] | undefined) => {
    if (!result) return
    filesScanned++
    add(result)
  }
  if (request.files) {
    // Listed files may come from git blobs (async): a few at a time hide the process latency.
    const queue = listed(request.root, request.files, config, request.reader)
    const workers = Array.from({ length: CONCURRENCY }, async () => {
      for (let next = await queue.next(); !next.done; next = await queue.next()) handle(await scanFile(next.value, config, engine, hooks))
    })
    await Promise.all(workers)
  } else {
    // A walk is local files only: synchronous reads, one file in memory at a time; a link is
    // resolved the way a listed one is (rare: the await costs nothing where there is none).
    for (const file of walkAll(request, config)) {
      // A path the walk would not open (a named link out of the root, a FIFO, an unreadable
      // directory): said, never passed, whatever its name.
      if (file.refused !== undefined) handle(fileNotice('incomplete-scan', file.relative, `${file.refused}.`, engine))
      else if (file.link) handle(await scanFile({ ...file, ...(await linkedFile(request.root, file.relative, config.maxFileSize)) }, config, engine, hooks))
      else handle(scanLoaded(file, loadSync(file, config), config, engine, hooks))
    }
  }
  // Fail closed: findings past the limit were not collected, and one of them could fail the run.
  const limit = truncated ? incompleteRun(config, `The findings limit (maxFindings: ${config.maxFindings}) was reached: later findings were not collected, so the scan did not judge everything.`, 'maxFindings') : undefined
  if (limit) findings.push(limit)
  await request.policy?.beforeFinish?.()
  const final = request.policy ? request.policy.finish(findings) : findings
  return { findings: fingerprint(sortFindings(final)), filesScanned, truncated, loneCrFiles: hooks.loneCrFiles.sort() }
}

function bothObservers(a: EngineOptions['observeObject'], b: NonNullable<EngineOptions['observeObject']>): EngineOptions['observeObject'] {
  if (!a) return b
  return (object, pods, source) => {
    a(object, pods, source)
    b(object, pods, source)
  }
}

function eitherFilter(a: RegExp | undefined, b: RegExp): RegExp {
  return a ? new RegExp(`(?:${a.source})|(?:${b.source})`, a.flags.includes('i') || b.flags.includes('i') ? 'i' : '') : b
}

function* walkAll(request: ScanRequest, config: Config): Generator<DiscoveredFile> {
  const starts = request.paths?.length ? request.paths : [request.root]
  for (const start of starts) {
    yield* walk(path.resolve(request.root, start), { root: request.root, include: config.include, exclude: config.exclude, fileTypes: config.fileTypes })
  }
}

async function* listed(root: string, files: string[], config: Config, reader?: FileReader): AsyncGenerator<DiscoveredFile> {
  const included = config.include.length ? picomatch(config.include, { dot: true }) : () => true
  const excluded = config.exclude.length ? picomatch(config.exclude, { dot: true }) : () => false
  for (const relative of files) {
    if (!included(relative) || excluded(relative) || !mayBeScanned(relative)) continue
    const type = classify(relative)
    if (type ? !config.fileTypes[type] : !config.fileTypes.shell) continue
    const absolute = path.resolve(root, relative)
    // Listed paths come from a diff or an API: never let one point outside the repository.
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
      yield { absolute, relative, type, refused: `${relative} is listed as changed but ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'is not in the checkout' : `could not be opened (${(err as NodeJS.ErrnoException).code ?? 'error'})`}: not checked` }
      continue
    }
    if (stat.isFile()) yield { absolute, relative, type }
    else if (stat.isSymbolicLink()) {
      const link = await linkedFile(root, relative, config.maxFileSize)
      if (link) yield { absolute, relative, type, ...link }
    }
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
    if (target.startsWith('..') || path.isAbsolute(target)) throw new RefusedRead(relative, 'is a symbolic link that leads outside the repository: not followed')
    const buffer = await readRepositoryBytes(root, target, maxBytes)
    return buffer ? { size: buffer.length, read: async () => buffer } : undefined
  } catch (err) {
    if (err instanceof RefusedRead) return { refused: `${relative} ${err.relative === relative ? err.reason : `leads to ${err.relative}, which ${err.reason}`}` }
    return { refused: `${relative} could not be read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` }
  }
}

/** What the scan of one file tells the run besides its findings. */
interface FileHooks {
  onFile?: ScanRequest['onFile']
  loneCrFiles: string[]
}

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

async function scanFile(file: DiscoveredFile, config: Config, engine: EngineOptions, hooks: FileHooks): Promise<Finding[] | undefined> {
  let loaded: Loaded
  if (file.refused !== undefined) loaded = { size: 0, refused: file.refused }
  else if (file.link && !file.read) return undefined // a dangling link: nothing there to deploy
  else if (file.read) {
    const size = file.size ?? 0
    try {
      loaded = { size, buffer: size > config.maxFileSize ? undefined : await file.read() }
    } catch (err) {
      loaded = { size, error: (err as Error).message }
    }
  } else loaded = loadSync(file, config)
  return scanLoaded(file, loaded, config, engine, hooks)
}

function loadSync(file: DiscoveredFile, config: Config): Loaded {
  try {
    return readBounded(file.absolute, config.maxFileSize)
  } catch (err) {
    return { size: 0, error: (err as Error).message }
  }
}

function scanLoaded(file: DiscoveredFile, loaded: Loaded, config: Config, engine: EngineOptions, hooks: FileHooks): Finding[] | undefined {
  const notice = (message: string, ruleId = 'parse-error'): Finding[] => fileNotice(ruleId, file.relative, message, engine)
  // Fail closed: a file that could hold a finding and was not read is a finding itself. An
  // extension-less file is only a candidate (a script by its shebang): over the limit its head
  // still tells; unreadable, it cannot be told apart, so it is reported too.
  if (loaded.refused !== undefined) return file.type === undefined ? undefined : notice(`${loaded.refused}.`, 'incomplete-scan')
  if (loaded.error !== undefined) return notice(`${file.relative} could not be read: ${loaded.error}`, 'incomplete-scan')
  if (!loaded.buffer) {
    if (file.type === undefined && !(loaded.head && looksLikeShellScript(loaded.head.toString('utf8')))) return undefined
    return notice(`${file.relative} is ${overLimit(loaded.size, config.maxFileSize)} (maxFileSize): not checked.`, 'incomplete-scan')
  }
  const buffer = loaded.buffer
  const head = buffer.subarray(0, HEAD_BYTES)
  let type = file.type
  if (type === undefined) {
    if (!looksLikeShellScript(head.toString('utf8'))) return undefined
    type = 'shell'
  }
  if (head.includes(0)) return notice(`${file.relative} is binary or not UTF-8 text (it has NUL bytes): not checked.`)
  const text = buffer.toString('utf8')
  hooks.onFile?.(file.relative, type)
  if (hasLoneCr(text)) hooks.loneCrFiles.push(file.relative)
  try {
    return scanText({ path: file.relative, text, type, byName: type === 'compose' }, engine)
  } catch (err) {
    // A parser bug must not hide the rest of the scan, nor pass this file silently.
    return notice(`${file.relative} could not be checked: internal error: ${(err as Error).message}`, 'incomplete-scan')
  }
}

/**
 * Reused by every synchronous read: a scan reads thousands of small files one at a time, and one
 * buffer spares the allocator and the garbage collector. What readBounded returns is a view of it,
 * valid until the next read: scanLoaded decodes it at once.
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

function fileNotice(ruleId: string, file: string, message: string, engine: EngineOptions): Finding[] {
  const rule = engine.rules.get(ruleId)
  if (!rule) return []
  const span = new SourceText(file, '').span(0, 0)
  return [{ ruleId: rule.meta.id, severity: engine.severityOf(rule.meta.id), file, span, resource: { display: file }, message, remediation: rule.meta.remediation, fieldPath: 'file' }]
}

function enabledRules(all: ReadonlyMap<string, Rule>, config: Config): ReadonlyMap<string, Rule> {
  return new Map([...all].filter(([id]) => config.rules[id] !== 'off'))
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
