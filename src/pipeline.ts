import { promises as fs } from 'node:fs'
import path from 'node:path'
import picomatch from 'picomatch'
import type { Config } from './config/config.js'
import { classify, looksLikeShellScript } from './discovery/classify.js'
import { walk, type DiscoveredFile } from './discovery/walk.js'
import { scanText, type EngineOptions } from './engine/scan-file.js'
import { fingerprint, sortFindings } from './findings/fingerprint.js'
import type { Finding, Severity } from './model.js'
import { SourceText } from './parse/source.js'
import { registry as builtinRegistry } from './rules/index.js'
import type { Rule } from './rules/types.js'

export interface ScanRequest {
  /** Repository root: findings name files relative to it. */
  root: string
  /** Directories or files to walk (default: the root). Ignored when `files` is given. */
  paths?: string[]
  /** Exactly these repo-relative files (a pull request's changed files). */
  files?: string[]
  config: Config
  observeObject?: EngineOptions['observeObject']
  observeFilter?: EngineOptions['observeFilter']
  rules?: ReadonlyMap<string, Rule>
}

export interface ScanResult {
  findings: Finding[]
  filesScanned: number
  /** maxFindings was reached: later findings were not collected. */
  truncated: boolean
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
    severityOf: id => severityOf(rules, config, id),
    observeObject: request.observeObject,
    observeFilter: request.observeFilter,
  }
  const findings: Finding[] = []
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

  const queue = request.files ? listed(request.root, request.files, config) : walkAll(request, config)
  const workers = Array.from({ length: CONCURRENCY }, async () => {
    for (;;) {
      const next = await queue.next()
      if (next.done) return
      const result = await scanFile(next.value, config, engine)
      if (result) {
        filesScanned++
        add(result)
      }
    }
  })
  await Promise.all(workers)
  return { findings: fingerprint(sortFindings(findings)), filesScanned, truncated }
}

/** An async generator shared by several workers: each `next()` hands out one file. */
async function* walkAll(request: ScanRequest, config: Config): AsyncGenerator<DiscoveredFile> {
  const starts = request.paths?.length ? request.paths : [request.root]
  for (const start of starts) {
    yield* walk(path.resolve(request.root, start), { root: request.root, include: config.include, exclude: config.exclude, fileTypes: config.fileTypes })
  }
}

async function* listed(root: string, files: string[], config: Config): AsyncGenerator<DiscoveredFile> {
  const included = config.include.length ? picomatch(config.include, { dot: true }) : () => true
  const excluded = config.exclude.length ? picomatch(config.exclude, { dot: true }) : () => false
  for (const relative of files) {
    if (!included(relative) || excluded(relative)) continue
    const type = classify(relative)
    if (type && !config.fileTypes[type]) continue
    const absolute = path.resolve(root, relative)
    try {
      const stat = await fs.stat(absolute)
      if (stat.isFile()) yield { absolute, relative, type, size: stat.size }
    } catch {
      // A file listed but gone (deleted in the PR) has nothing to scan.
    }
  }
}

async function scanFile(file: DiscoveredFile, config: Config, engine: EngineOptions): Promise<Finding[] | undefined> {
  const notice = (message: string): Finding[] => parseNotice(file.relative, message, engine)
  if (file.size > config.maxFileSize) {
    if (file.type === undefined) return undefined
    return notice(`${file.relative} is ${formatSize(file.size)}, over the ${formatSize(config.maxFileSize)} limit (maxFileSize): not checked.`)
  }
  let buffer: Buffer
  try {
    buffer = await fs.readFile(file.absolute)
  } catch (err) {
    return notice(`${file.relative} could not be read: ${(err as Error).message}`)
  }
  const head = buffer.subarray(0, HEAD_BYTES)
  let type = file.type
  if (type === undefined) {
    if (!looksLikeShellScript(head.toString('utf8'))) return undefined
    type = 'shell'
  }
  if (head.includes(0)) return notice(`${file.relative} is binary or not UTF-8 text (it has NUL bytes): not checked.`)
  const text = buffer.toString('utf8')
  try {
    return scanText({ path: file.relative, text, type, byName: type === 'compose' }, engine)
  } catch (err) {
    // A parser bug must not hide the rest of the scan, nor pass this file silently.
    return notice(`${file.relative} could not be checked: internal error: ${(err as Error).message}`)
  }
}

function parseNotice(file: string, message: string, engine: EngineOptions): Finding[] {
  const rule = engine.rules.get('parse-error')
  if (!rule) return []
  const span = new SourceText(file, '').span(0, 0)
  return [{ ruleId: rule.meta.id, severity: engine.severityOf(rule.meta.id), file, span, resource: { display: file }, message, remediation: rule.meta.remediation, fieldPath: 'file' }]
}

function enabledRules(all: ReadonlyMap<string, Rule>, config: Config): ReadonlyMap<string, Rule> {
  return new Map([...all].filter(([id]) => config.rules[id] !== 'off'))
}

function severityOf(rules: ReadonlyMap<string, Rule>, config: Config, id: string): Severity {
  const setting = config.rules[id]
  if (setting && setting !== 'off') return setting
  return rules.get(id)?.meta.severity ?? 'error'
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MiB`
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KiB`
  return `${bytes} B`
}
