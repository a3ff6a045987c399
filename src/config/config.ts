import { isMap, isScalar, isSeq, type Document, type Node, type YAMLMap } from 'yaml'
import { FILE_TYPES, SEVERITIES, type FileType, type Severity } from '../model.js'
import { SourceText } from '../parse/source.js'
import { keyName, parseYaml, resolveAlias } from '../parse/yaml/yaml.js'

export const DEFAULT_CONFIG_PATH = '.github/host-namespace-guard.yml'
export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024
/**
 * The largest maxFileSize honoured: a file is decoded into one string and parsed in memory, and V8
 * caps a string just under 512 MiB, so a larger limit would promise a check that cannot happen.
 */
export const MAX_MAX_FILE_SIZE = 256 * 1024 * 1024
export const DEFAULT_MAX_FINDINGS = 10_000

export type RuleSetting = Severity | 'off'

export interface ExceptionsConfig {
  namespaces: string[]
  warnDays: number
  file?: string
  approval: { label: string; team?: string }
}

/** `admission:` where the repository keeps the generated admission policy (docs/admission.md). */
export interface AdmissionConfig {
  /** Repo-relative path of the committed policy; a stale one is an `admission-policy-stale` finding. */
  file: string
}

/** How the pull request review speaks (review: in the config file). */
export interface ReviewConfig {
  /**
   * Inline comments this tool posts on one pull request across all its runs (default 30): past it,
   * the rest are listed once in a review body and in full in the check run.
   */
  maxComments: number
}
export const DEFAULT_MAX_REVIEW_COMMENTS = 30

/** The smoke matrix (smoke: in the config file). */
export interface SmokeConfig {
  /** Runtime smoke jobs per run, one per distinct pod shape (default 5). */
  maxRuntimeJobs: number
}
export const DEFAULT_MAX_RUNTIME_JOBS = 5

export interface Config {
  review: ReviewConfig
  smoke: SmokeConfig
  /** Unset: no admission policy is kept in the repository, nothing is compared. */
  admission?: AdmissionConfig
  include: string[]
  exclude: string[]
  rules: Record<string, RuleSetting>
  fileTypes: Record<FileType, boolean>
  maxFileSize: number
  maxFindings: number
  exceptions: ExceptionsConfig
  /** Helm charts and Kustomize overlays (see docs/rendering.md); absent means the defaults. */
  render?: RenderConfig
}

export function defaultConfig(): Config {
  return {
    review: { maxComments: DEFAULT_MAX_REVIEW_COMMENTS },
    smoke: { maxRuntimeJobs: DEFAULT_MAX_RUNTIME_JOBS },
    include: [],
    exclude: [],
    rules: {},
    fileTypes: Object.fromEntries(FILE_TYPES.map(t => [t, true])) as Record<FileType, boolean>,
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    maxFindings: DEFAULT_MAX_FINDINGS,
    exceptions: { namespaces: [], warnDays: 30, approval: { label: 'host-namespace-exception-approved' } },
  }
}

/** A configuration mistake, with the file, line and key path at fault. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly keyPath: string,
    problem: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${keyPath ? `${keyPath}: ` : ''}${problem}`)
    this.name = 'ConfigError'
  }
}

const TOP_KEYS = ['paths', 'rules', 'fileTypes', 'maxFileSize', 'maxFindings', 'exceptions', 'admission', 'render', 'review', 'smoke'] as const

/** Parses and validates a config file. `knownRules` lets the error list the valid ids. */
export function parseConfig(file: string, text: string, knownRules: readonly string[]): Config {
  const source = new SourceText(file, text)
  const parsed = parseYaml(source)
  const problem = parsed.problems[0]
  if (problem) throw new ConfigError(file, problem.span.start.line, '', problem.message)
  const config = defaultConfig()
  const docs = parsed.documents.filter(d => d.doc.contents !== null)
  if (docs.length === 0) return config
  if (docs.length > 1) throw new ConfigError(file, undefined, '', 'expected one YAML document')
  const { doc } = docs[0]
  const v = new Validator(file, source, doc)
  const root = v.map(doc.contents, '')
  for (const [key, value, line] of v.pairs(root, '', TOP_KEYS)) {
    switch (key) {
      case 'paths':
        for (const [k, list] of v.pairs(v.map(value, 'paths'), 'paths', ['include', 'exclude'])) {
          config[k as 'include' | 'exclude'] = v.stringList(list, `paths.${k}`)
        }
        break
      case 'rules':
        for (const [id, setting, l] of v.pairs(v.map(value, 'rules'), 'rules')) {
          if (!knownRules.includes(id)) throw new ConfigError(file, l, `rules.${id}`, `unknown rule; known rules: ${knownRules.join(', ')}`)
          const raw = isMap(setting) ? v.child(setting, 'severity', `rules.${id}`) : setting
          // YAML 1.1 reads an unquoted `off` as false: that is what the user meant.
          config.rules[id] = isScalar(raw) && raw.value === false ? 'off' : v.oneOf(raw, `rules.${id}`, [...SEVERITIES, 'off'] as const)
        }
        break
      case 'fileTypes':
        for (const [t, on] of v.pairs(v.map(value, 'fileTypes'), 'fileTypes', FILE_TYPES)) config.fileTypes[t as FileType] = v.bool(on, `fileTypes.${t}`)
        break
      case 'maxFileSize':
        config.maxFileSize = v.size(value, 'maxFileSize')
        break
      case 'maxFindings':
        config.maxFindings = v.positiveInt(value, 'maxFindings', line)
        break
      case 'exceptions':
        config.exceptions = exceptionsConfig(v, value)
        break
      case 'admission':
        config.admission = admissionConfig(v, value)
        break
      case 'render':
        config.render = renderConfig(v, value)
        break
      case 'review':
        config.review = reviewConfig(v, value)
        break
      case 'smoke':
        for (const [, val, l] of v.pairs(v.map(value, 'smoke'), 'smoke', ['maxRuntimeJobs']))
          config.smoke.maxRuntimeJobs = v.positiveInt(val, 'smoke.maxRuntimeJobs', l)
        break
    }
  }
  return config
}

function exceptionsConfig(v: Validator, value: Node | undefined): ExceptionsConfig {
  const out: ExceptionsConfig = defaultConfig().exceptions
  for (const [key, val, line] of v.pairs(v.map(value, 'exceptions'), 'exceptions', ['namespaces', 'warnDays', 'file', 'approval'])) {
    if (key === 'namespaces') out.namespaces = v.stringList(val, 'exceptions.namespaces')
    else if (key === 'warnDays') out.warnDays = v.positiveInt(val, 'exceptions.warnDays', line)
    else if (key === 'file') out.file = v.string(val, 'exceptions.file')
    else {
      for (const [k, s] of v.pairs(v.map(val, 'exceptions.approval'), 'exceptions.approval', ['label', 'team'])) {
        out.approval[k as 'label' | 'team'] = v.string(s, `exceptions.approval.${k}`)
      }
    }
  }
  return out
}

function admissionConfig(v: Validator, value: Node | undefined): AdmissionConfig {
  let file: string | undefined
  for (const [key, val] of v.pairs(v.map(value, 'admission'), 'admission', ['file'])) if (key === 'file') file = v.string(val, 'admission.file')
  if (file === undefined) return v.missing(value, 'admission', 'file')
  return { file }
}

// ------------------------------------------------------------------------------------ render

/** One chart rendered with extra values files (each entry is its own variant) and a release namespace. */
export interface ChartVariantConfig {
  /** Repo-relative chart directory. */
  path: string
  /** Values files, relative to the chart directory, applied after its values.yaml. */
  values: string[]
  namespace?: string
}

export interface RenderConfig {
  enabled: boolean
  /** How a run with charts or overlays but no tool to render them is reported. */
  missingTool: 'warning' | 'error'
  /** Per render, in milliseconds. */
  timeoutMs: number
  /** Bound on one render's output. */
  maxOutputBytes: number
  helm: { command: string; charts: ChartVariantConfig[] }
  kustomize: { command: string }
}

export function defaultRenderConfig(): RenderConfig {
  return {
    enabled: true,
    missingTool: 'warning',
    timeoutMs: 10_000,
    maxOutputBytes: 16 * 1024 * 1024,
    helm: { command: 'helm', charts: [] },
    kustomize: { command: 'kubectl' },
  }
}

const RENDER_KEYS = ['enabled', 'missingTool', 'timeout', 'maxOutputSize', 'helm', 'kustomize'] as const

function renderConfig(v: Validator, value: Node | undefined): RenderConfig {
  const out = defaultRenderConfig()
  for (const [key, val, line] of v.pairs(v.map(value, 'render'), 'render', RENDER_KEYS)) {
    if (key === 'enabled') out.enabled = v.bool(val, 'render.enabled')
    else if (key === 'missingTool') out.missingTool = v.oneOf(val, 'render.missingTool', ['warning', 'error'] as const)
    // Seconds; at most ten minutes, which is already far past any real chart.
    else if (key === 'timeout') out.timeoutMs = Math.min(v.positiveInt(val, 'render.timeout', line), 600) * 1000
    else if (key === 'maxOutputSize') out.maxOutputBytes = v.size(val, 'render.maxOutputSize')
    else if (key === 'kustomize') {
      for (const [k, s] of v.pairs(v.map(val, 'render.kustomize'), 'render.kustomize', ['command']))
        out.kustomize.command = v.string(s, `render.kustomize.${k}`)
    } else {
      for (const [k, s] of v.pairs(v.map(val, 'render.helm'), 'render.helm', ['command', 'charts'])) {
        if (k === 'command') out.helm.command = v.string(s, 'render.helm.command')
        else out.helm.charts = v.list(s, 'render.helm.charts').map((item, i) => chartVariant(v, item, `render.helm.charts[${i}]`))
      }
    }
  }
  return out
}

function chartVariant(v: Validator, node: unknown, keyPath: string): ChartVariantConfig {
  const out: ChartVariantConfig = { path: '', values: [] }
  for (const [k, s] of v.pairs(v.map(node, keyPath), keyPath, ['path', 'values', 'namespace'])) {
    if (k === 'path') out.path = v.relativePath(s, `${keyPath}.path`)
    else if (k === 'values') out.values = v.stringList(s, `${keyPath}.values`).map((p, i) => v.checkRelative(s, p, `${keyPath}.values[${i}]`))
    else out.namespace = v.string(s, `${keyPath}.namespace`)
  }
  if (!out.path) v.fail(node, keyPath, 'missing path (the chart directory, relative to the repository root)')
  return out
}

function reviewConfig(v: Validator, value: Node | undefined): ReviewConfig {
  const out: ReviewConfig = defaultConfig().review
  for (const [, val, line] of v.pairs(v.map(value, 'review'), 'review', ['maxComments'])) out.maxComments = v.positiveInt(val, 'review.maxComments', line)
  return out
}

/** Size units and their bytes: SI (KB, MB) and binary (KiB, MiB), as the README documents. */
const SIZE_UNITS: Readonly<Record<string, number>> = { B: 1, KB: 1000, KiB: 1024, MB: 1_000_000, MiB: 1024 * 1024 }

/** Reads typed values out of the AST, throwing ConfigError with the line of the bad node. */
class Validator {
  constructor(
    private readonly file: string,
    private readonly source: SourceText,
    private readonly doc: Document.Parsed,
  ) {}

  fail(node: unknown, keyPath: string, problem: string): never {
    const range = (node as Node | undefined)?.range
    throw new ConfigError(this.file, range ? this.source.position(range[0]).line : undefined, keyPath, problem)
  }

  private describe(node: unknown): string {
    // JSON writes .inf and .nan as null: name them as they are.
    if (isScalar(node)) return typeof node.value === 'number' && !Number.isFinite(node.value) ? String(node.value) : JSON.stringify(node.value)
    return isMap(node) ? 'a mapping' : isSeq(node) ? 'a list' : 'nothing'
  }

  map(node: unknown, keyPath: string): YAMLMap {
    const n = resolveAlias(this.doc, node)
    if (!isMap(n)) this.fail(node, keyPath, `expected a mapping, got ${this.describe(n)}`)
    return n
  }

  *pairs(map: YAMLMap, keyPath: string, allowed?: readonly string[]): Generator<[string, Node | undefined, number]> {
    for (const pair of map.items) {
      const key = keyName(pair)
      const line = this.source.position((pair.key as Node | null)?.range?.[0] ?? 0).line
      const where = keyPath ? `${keyPath}.${String(key)}` : String(key)
      if (typeof key !== 'string') throw new ConfigError(this.file, line, keyPath, 'keys must be plain strings')
      if (allowed && !allowed.includes(key)) throw new ConfigError(this.file, line, where, `unknown key; expected one of ${allowed.join(', ')}`)
      yield [key, resolveAlias(this.doc, pair.value), line]
    }
  }

  missing(node: unknown, keyPath: string, key: string): never {
    return this.fail(node, keyPath, `missing ${key}`)
  }

  child(map: YAMLMap, key: string, keyPath: string): Node | undefined {
    for (const [k, v] of this.pairs(map, keyPath, [key])) if (k === key) return v
    return this.fail(map, keyPath, `missing ${key}`)
  }

  string(node: unknown, keyPath: string): string {
    if (!isScalar(node) || typeof node.value !== 'string' || node.value === '')
      this.fail(node, keyPath, `expected a non-empty string, got ${this.describe(node)}`)
    return node.value
  }

  stringList(node: unknown, keyPath: string): string[] {
    if (!isSeq(node)) this.fail(node, keyPath, `expected a list of strings, got ${this.describe(node)}`)
    return node.items.map((item, i) => this.string(resolveAlias(this.doc, item), `${keyPath}[${i}]`))
  }

  list(node: unknown, keyPath: string): Node[] {
    if (!isSeq(node)) this.fail(node, keyPath, `expected a list, got ${this.describe(node)}`)
    return node.items.map(item => resolveAlias(this.doc, item)) as Node[]
  }

  /** A relative path that stays where it is written from: no `..` step out, no absolute path. */
  relativePath(node: unknown, keyPath: string): string {
    return this.checkRelative(node, this.string(node, keyPath), keyPath)
  }

  checkRelative(node: unknown, value: string, keyPath: string): string {
    const parts = value.replace(/\\/g, '/').split('/')
    if (value.startsWith('/') || /^[A-Za-z]:/.test(value) || parts.includes('..'))
      this.fail(node, keyPath, `"${value}" must be a relative path without ".." (rendering reads only files inside the repository)`)
    return parts.filter(p => p && p !== '.').join('/') || '.'
  }

  bool(node: unknown, keyPath: string): boolean {
    if (!isScalar(node) || typeof node.value !== 'boolean') this.fail(node, keyPath, `expected true or false, got ${this.describe(node)}`)
    return node.value
  }

  oneOf<T extends string>(node: unknown, keyPath: string, allowed: readonly T[]): T {
    const value = isScalar(node) ? node.value : undefined
    if (typeof value !== 'string' || !allowed.includes(value as T)) this.fail(node, keyPath, `${this.describe(node)} is not one of ${allowed.join(', ')}`)
    return value as T
  }

  /** A YAML number (not a string of digits: `"10"` is a mistake to point out, not to guess at). */
  positiveInt(node: unknown, keyPath: string, _line: number): number {
    const value = isScalar(node) ? node.value : undefined
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0)
      this.fail(node, keyPath, `expected a positive whole number (1 or more), got ${this.describe(node)}`)
    return value
  }

  /**
   * `5242880`, `512KiB`, `5MiB`, `5MB` (units in any case), from 1 byte to MAX_MAX_FILE_SIZE. A
   * limit of 0 would turn every file into an incomplete-scan finding, and one past the maximum
   * could not be kept: both are mistakes to name, not values to run with.
   */
  size(node: unknown, keyPath: string): number {
    const value = isScalar(node) ? node.value : undefined
    const shown = this.describe(node)
    const expected = `a whole number of bytes, or one with a unit (${Object.keys(SIZE_UNITS).join(', ')}) such as 5MiB`
    let bytes: number
    if (typeof value === 'number') {
      if (!Number.isInteger(value)) this.fail(node, keyPath, `expected ${expected}, got ${shown}`)
      bytes = value
    } else if (typeof value === 'string') {
      const m = /^(\d+)\s*([A-Za-z]*)$/.exec(value.trim())
      if (!m) this.fail(node, keyPath, `expected ${expected}, got ${shown}`)
      const unit = Object.keys(SIZE_UNITS).find(u => u.toLowerCase() === (m[2] || 'B').toLowerCase())
      if (!unit) this.fail(node, keyPath, `unknown unit "${m[2]}" in ${shown}; expected one of ${Object.keys(SIZE_UNITS).join(', ')}`)
      bytes = Number(m[1]) * SIZE_UNITS[unit]
    } else this.fail(node, keyPath, `expected ${expected}, got ${shown}`)
    if (bytes < 1 || bytes > MAX_MAX_FILE_SIZE)
      this.fail(node, keyPath, `${shown} is out of range: expected at least 1 byte and at most ${MAX_MAX_FILE_SIZE / 1024 / 1024}MiB`)
    return bytes
  }
}
