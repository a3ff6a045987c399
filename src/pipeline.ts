import { closeSync, fstatSync, openSync, promises as fs, readSync } from 'node:fs'
import path from 'node:path'
import picomatch from 'picomatch'
import type { Config } from './config/config.js'
import { classify, looksLikeShellScript, mayBeScanned } from './discovery/classify.js'
import { walk, type DiscoveredFile } from './discovery/walk.js'
import { scanText, type EngineOptions } from './engine/scan-file.js'
import { fingerprint, sortFindings } from './findings/fingerprint.js'
import type { FileType, Finding } from './model.js'
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

export type FileReader = (relative: string) => Promise<{ size: number; read(): Promise<Buffer> } | undefined>

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
    // A walk is local files only: synchronous reads, one file in memory at a time.
    for (const file of walkAll(request, config)) {
      // A named path the walk would not open (a link out of the root, a FIFO): said, never passed.
      if (file.notRead !== undefined) handle(fileNotice('incomplete-scan', file.relative, `${file.relative} ${file.notRead}`, engine))
      else handle(scanLoaded(file, loadSync(file, config), config, engine, hooks))
    }
  }
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
      if (blob) yield { absolute, relative, type, size: blob.size, read: blob.read }
      continue
    }
    try {
      // lstat: a listed symlink could point outside the repository; links are never followed.
      const stat = await fs.lstat(absolute)
      if (stat.isFile()) yield { absolute, relative, type }
    } catch {
      // A file listed but gone (deleted in the PR) has nothing to scan.
    }
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
  error?: string
}

async function scanFile(file: DiscoveredFile, config: Config, engine: EngineOptions, hooks: FileHooks): Promise<Finding[] | undefined> {
  let loaded: Loaded
  if (file.read) {
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
  if (loaded.error !== undefined) return file.type === undefined ? undefined : notice(`${file.relative} could not be read: ${loaded.error}`, 'incomplete-scan')
  if (!loaded.buffer) {
    if (file.type === undefined) return undefined
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
function readBounded(file: string, max: number): { size: number; buffer?: Buffer } {
  const limit = max + 1
  const fd = openSync(file, 'r')
  try {
    let got = 0
    for (;;) {
      if (got === limit) return { size: fstatSync(fd).size }
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
