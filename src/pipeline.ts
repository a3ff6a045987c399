import { existsSync } from 'node:fs'
import path from 'node:path'
import type { Config } from './config/config.js'
import type { CentralFileText } from './config/exceptions-file.js'
import { MakeIncludeFollower } from './discovery/make-includes.js'
import { listed, needsAsync, prepareAsync, prepareSync, type FileReader } from './discovery/read.js'
import { walk, type DiscoveredFile } from './discovery/walk.js'
import { centralTarget, noFacts, type FactNeeds, type Facts } from './engine/facts.js'
import { parsesYaml, type CheckOptions } from './engine/scan-file.js'
import { fingerprint, sortFindings } from './findings/fingerprint.js'
import { incompleteRun } from './findings/run-level.js'
import type { Finding } from './model.js'
import { applyPolicy, exceptionRecords, type Assessment, type ExceptionRecord } from './policy/index.js'
import { registry as builtinRegistry } from './rules/index.js'
import {
  ancestorDirs,
  dirOf,
  findingKey,
  findTargets,
  isRenderedOnly,
  renderMarker,
  KUSTOMIZATION_NAMES,
  missingToolFinding,
  overlaysReading,
  unknownChartsFinding,
  renderAll,
  renderSettings,
  sameSpot,
  workingTree,
  type RenderTargets,
  type TreeSource,
} from './render/index.js'
import type { Rule } from './rules/types.js'
import { engineFor, outcomeOf, type FileOutcome } from './scan-one.js'
import { POOL_AFTER_PARSES, startPool, type ScanPool } from './scan-workers.js'
import { admissionDrift } from './admission/drift.js'
import { readRepositoryFile, RefusedRead } from './io/safe-read.js'

/**
 * The pipeline the Action and the CLI share, data flowing one way: discovery → parse → rules →
 * findings → policy → fingerprints. `scanRepository` and `reviewChanges` own every pass (the
 * files asked for, the rest of the repository for NetworkPolicies, the base commit's records)
 * and decide when each is needed; the stages below them never call back up. No GitHub, no
 * process.exit.
 */

export type { FileReader } from './discovery/read.js'

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
  /** The rules to run (default: every built-in rule the config leaves on); none for a facts-only pass. */
  rules?: ReadonlyMap<string, Rule>
  /** The facts to gather beside the findings. */
  facts?: FactNeeds
  /** Render the charts and overlays met (default true; passes that only gather context do not). */
  render?: boolean
  /** Where charts and overlays are rendered from (default: the working tree under `root`). */
  renderFrom?: TreeSource
}

export interface ScanResult {
  /** In file order, not fingerprinted: the passes below finish them. */
  findings: Finding[]
  facts: Facts
  /** The Dockerfiles scanned (the smoke matrix builds them). */
  dockerfiles: string[]
  filesScanned: number
  /** maxFindings was reached: later findings were not collected. */
  truncated: boolean
  /**
   * Files that break a line at a lone CR: their findings' line numbers are not those of a git
   * diff of them (see hasLoneCr), so a diff cannot tell which of their findings are new.
   */
  loneCrFiles: string[]
  /** The charts and overlays met, and what rendering them cost. */
  render: RenderTargets & { renders: number; millis: number }
  /** Files that mention a NetworkPolicy not read yet (FactNeeds.networkPoliciesLater): paths only. */
  networkPolicyFiles: string[]
}

/** How many files are read at once: enough to hide I/O latency, few enough to bound memory. */
const CONCURRENCY = 16

/** One pass over files: discovery, reading, the engine. No policy, no fingerprints. */
export async function scan(request: ScanRequest): Promise<ScanResult> {
  const { config } = request
  const all = request.rules ?? builtinRegistry
  const engine = engineFor(all, config, request.facts)
  const result: ScanResult = {
    findings: [],
    facts: noFacts(),
    dockerfiles: [],
    filesScanned: 0,
    truncated: false,
    loneCrFiles: [],
    render: { charts: [], overlays: [], renders: 0, millis: 0 },
    networkPolicyFiles: [],
  }
  // Outcomes arrive in discovery order, from this thread or from workers alike.
  const handle = (outcome: FileOutcome | undefined) => {
    if (!outcome) return
    result.filesScanned++
    if (outcome.dockerfile) result.dockerfiles.push(outcome.dockerfile)
    if (outcome.loneCr) result.loneCrFiles.push(outcome.loneCr)
    if (outcome.networkPolicyFile) result.networkPolicyFiles.push(outcome.networkPolicyFile)
    for (const f of outcome.findings) {
      if (result.findings.length >= config.maxFindings) {
        result.truncated = true
        break
      }
      result.findings.push(f)
    }
    // Most files give no facts: nothing to spread.
    const facts = outcome.facts
    if (facts && (facts.workloads.length || facts.networkPolicies.length || facts.namespaces.length)) {
      result.facts.workloads.push(...facts.workloads)
      result.facts.networkPolicies.push(...facts.networkPolicies)
      result.facts.namespaces.push(...facts.namespaces)
    }
  }
  if (request.files) {
    Object.assign(result.render, await touchedTargets({ ...request, files: request.files }))
    // A chart's templates are Go templates, not YAML: they are read through rendering only.
    const renderedOnly = (file: DiscoveredFile) => !file.refused && isRenderedOnly(file.relative, result.render.charts)
    // Listed files may come from git blobs (async): a few at a time hide the process latency.
    // Each keeps its place in the list, so the outcome does not depend on which read came first.
    const queue = listed(request.root, request.files, config, request.reader)
    const outcomes: Array<Promise<FileOutcome | undefined>> = []
    const workers = Array.from({ length: CONCURRENCY }, async () => {
      for (let next = await queue.next(); !next.done; next = await queue.next()) {
        const file = next.value
        if (renderedOnly(file)) continue
        const slot = outcomes.push(prepareAsync(file, request.root, config.maxFileSize).then(p => outcomeOf(p, engine))) - 1
        await outcomes[slot]
      }
    })
    await Promise.all(workers)
    for (const outcome of await Promise.all(outcomes)) handle(outcome)
  } else {
    // A walk is streamed, one file in memory at a time. A directory's Chart.yaml comes before its
    // templates/ and charts/ in the walk's (sorted) order, so the charts met so far say which
    // files are templates, read through rendering only; a walk that starts inside a chart
    // (`scan charts/agent/templates`) looks above its start.
    const markers = new Set(chartsAboveStarts(request))
    const charts = new Set([...markers].map(dirOf))
    const renderedOnly = (file: DiscoveredFile) => !file.refused && isRenderedOnly(file.relative, charts)
    // Files Makefiles include are Makefiles whatever their names say: read after the walk.
    const includes = new MakeIncludeFollower(request.root, config)
    const noted = (outcome: FileOutcome | undefined) => {
      includes.note(outcome)
      handle(outcome)
    }
    // Local files: synchronous reads; a link or a refusal takes the promise path (rare: the await
    // costs nothing where there is none). Once POOL_AFTER_PARSES files needed their YAML parsed,
    // worker threads parse the next ones, when the entry allows them.
    let pool: ScanPool | undefined
    let seen = 0
    let parses = 0
    for (const file of walkAll(request, config)) {
      const marker = file.refused ? undefined : renderMarker(file.relative)
      if (marker) markers.add(file.relative)
      if (marker === 'chart') charts.add(dirOf(file.relative))
      if (renderedOnly(file)) continue
      seen++
      const prepared = needsAsync(file) ? await prepareAsync(file, request.root, config.maxFileSize) : prepareSync(file, config.maxFileSize)
      const costly = prepared !== undefined && 'text' in prepared && parsesYaml(prepared, engine)
      if (costly && ++parses === POOL_AFTER_PARSES + 1) pool = startPool({ config, facts: request.facts, ruleIds: [...all.keys()] }, noted)
      if (!pool) noted(outcomeOf(prepared, engine, costly))
      else if (costly) await pool.add(prepared)
      else await pool.local(outcomeOf(prepared, engine, false))
    }
    if (pool) {
      await pool.finish()
      if (process.env.HNG_SCAN_TRACE) process.stderr.write(`scan: ${seen} files, ${parses} parsed, ${pool.scanned} on ${pool.size} worker threads\n`)
    }
    for (const file of includes.pending()) noted(outcomeOf(prepareSync(file, config.maxFileSize), engine))
    Object.assign(result.render, findTargets(markers))
  }
  if (request.render !== false) await renderPass(request, engine, result)
  // Fail closed: findings past the limit were not collected, and one of them could fail the run.
  const limit = result.truncated
    ? incompleteRun(
        config,
        `The findings limit (maxFindings: ${config.maxFindings}) was reached: later findings were not collected, so the scan did not judge everything.`,
        'maxFindings',
      )
    : undefined
  if (limit) result.findings.push(limit)
  result.loneCrFiles.sort()
  return result
}

/** The Chart.yaml files above the walk's starts: a start inside a chart is still read as one. */
function chartsAboveStarts(request: ScanRequest): string[] {
  return (request.paths ?? []).flatMap(p => {
    const relative = path.relative(request.root, path.resolve(request.root, p)).split(path.sep).join('/')
    if (!relative || relative.startsWith('..')) return []
    return ancestorDirs(`${relative}/x`).flatMap(dir => {
      const chartYaml = dir === '.' ? 'Chart.yaml' : `${dir}/Chart.yaml`
      return existsSync(path.join(request.root, chartYaml)) ? [chartYaml] : []
    })
  })
}

/** The findings that rendering produced: only they are compared with the base's rendering. */
const RENDERED = new WeakSet<Finding>()

/**
 * Renders the charts and overlays the scan met and adds what they produce. A rendered finding at
 * the same rule, file and line as one the plain reading found (a base's manifest, a patch file)
 * is the same finding, kept once; so is one that several variants of a chart produce for the
 * same object.
 */
async function renderPass(request: ScanRequest, engine: CheckOptions, result: ScanResult): Promise<void> {
  const { charts, overlays } = result.render
  const settings = renderSettings(request.config)
  if (!settings.enabled) return
  // A full scan can tell a configured chart that is not there (a pull request sees only its files).
  const unknown = request.files
    ? undefined
    : unknownChartsFinding(
        [...new Set(settings.helm.charts.map(c => c.path))].filter(p => !existsSync(path.join(request.root, p, 'Chart.yaml'))),
        engine,
      )
  if (!charts.length && !overlays.length) {
    if (unknown) result.findings.push(unknown)
    return
  }
  const out = await renderAll({
    root: request.root,
    source: request.renderFrom ?? workingTree(request.root),
    charts,
    overlays,
    config: request.config,
    engine,
    facts: request.facts && { ...request.facts, networkPoliciesLater: false },
  })
  result.render.renders = out.renders
  result.render.millis = out.millis
  const seen = new Map<string, Finding[]>()
  const spot = (f: Finding) => `${f.file}\u0000${f.span.start.line}`
  for (const f of result.findings) seen.set(spot(f), [...(seen.get(spot(f)) ?? []), f])
  const missing = missingToolFinding(out.missing, settings, engine)
  for (const f of [...out.findings, ...(missing ? [missing] : []), ...(unknown ? [unknown] : [])]) {
    const there = seen.get(spot(f)) ?? []
    // Rendered twice (two variants, an overlay and its base) is one finding; two objects a `range`
    // writes from one template line are two.
    if (there.some(p => sameSpot(p, f) && (!RENDERED.has(p) || p.resource.display === f.resource.display))) continue
    if (result.findings.length >= request.config.maxFindings) {
      result.truncated = true
      break
    }
    seen.set(spot(f), [...there, f])
    RENDERED.add(f)
    result.findings.push(f)
  }
  result.facts.workloads.push(...out.facts.workloads)
  result.facts.networkPolicies.push(...out.facts.networkPolicies)
}

/**
 * The charts and overlays a list of changed files touches: the directories above each file that
 * hold a Chart.yaml or a kustomization (at the head: through the reader, or in the checkout).
 */
async function touchedTargets(request: ScanRequest & { files: string[] }): Promise<RenderTargets> {
  const marker = new Set(['Chart.yaml', ...KUSTOMIZATION_NAMES])
  // The head's tree, when it is not the checkout, is listed once (one git ls-tree), not asked per name.
  const listed = request.renderFrom ? new Set((await request.renderFrom.list('.')).files) : undefined
  const exists = async (file: string) =>
    listed ? listed.has(file) : request.reader ? (await request.reader(file)) !== undefined : existsSync(path.join(request.root, file))
  const found = new Set<string>()
  const dirs = new Set(request.files.flatMap(f => ancestorDirs(f)))
  for (const dir of dirs)
    for (const name of marker) {
      const file = dir === '.' ? name : `${dir}/${name}`
      if (await exists(file)) found.add(file)
    }
  const targets = findTargets(found)
  // A changed base or component changes the overlays in other directories that build on it.
  if (targets.overlays.length && request.render !== false && renderSettings(request.config).enabled) {
    const source = request.renderFrom ?? workingTree(request.root)
    const all = findTargets(listed ?? (await source.list('.')).files).overlays.filter(o => !targets.overlays.includes(o))
    targets.overlays = [...targets.overlays, ...(await overlaysReading(source, all, request.files))].sort()
  }
  return targets
}

function* walkAll(request: ScanRequest, config: Config): Generator<DiscoveredFile> {
  const starts = request.paths?.length ? request.paths : [request.root]
  for (const start of starts) {
    yield* walk(path.resolve(request.root, start), { root: request.root, include: config.include, exclude: config.exclude, fileTypes: config.fileTypes })
  }
}

// ------------------------------------------------------------------------------------- passes

export interface Judged extends ScanResult {
  /** Fingerprinted and sorted; covered ones carry `suppression`, exception-* findings added. */
  findings: Finding[]
  assessments: Assessment[]
  /** Every exception record of what was scanned (annotations and the central file). */
  records: ExceptionRecord[]
}

export interface RepositoryRequest {
  root: string
  /** Directories or files below the root (default: the root). */
  paths?: string[]
  config: Config
  today: Date
  centralFile?: CentralFileText
  /** None for the exceptions review, which needs facts only. */
  rules?: ReadonlyMap<string, Rule>
  /** Gather every workload with a pod to start (the runtime smoke matrix). */
  workloads?: boolean
}

/** A whole repository, or paths in it: the CLI's scan and exceptions, the Action's full scan. */
export async function scanRepository(request: RepositoryRequest): Promise<Judged> {
  const { root, config } = request
  const result = await scan({
    root,
    paths: request.paths,
    config,
    rules: request.rules,
    facts: { exceptions: true, workloads: request.workloads, networkPoliciesLater: true, centralTargets: centralTargets(request.centralFile) },
  })
  const partial = (request.paths ?? []).some(p => path.resolve(root, p) !== path.resolve(root))
  return judge(result, request, partial ? { root, config } : undefined)
}

/** The workloads the central exceptions file names: their facts are kept whatever they share. */
function centralTargets(centralFile: CentralFileText | undefined): string[] {
  return exceptionRecords(noFacts(), centralFile).records.map(r => centralTarget(r.target.kind, r.target.namespace, r.target.name))
}

export interface ChangesRequest {
  root: string
  /** The changed files (repo-relative). */
  files: string[]
  /** Reads the head's files when the checkout is not the head. */
  reader?: FileReader
  config: Config
  today: Date
  centralFile?: CentralFileText
  /**
   * The base commit's files and central file: whose exception records a pull request changes;
   * `tree` renders the touched charts and overlays at the base too, to tell their old findings.
   */
  base?: { reader: FileReader; centralFile?: CentralFileText; tree?: TreeSource }
  /** The head's tree for rendering, when the checkout is not the head (default: the checkout). */
  renderFrom?: TreeSource
  workloads?: boolean
}

export interface ChangesReview extends Judged {
  /** The base commit's records for the same files; undefined when the base could not be read. */
  baseRecords?: ExceptionRecord[]
}

/** A pull request's changed files, judged with their context, and the records they change. */
export async function reviewChanges(request: ChangesRequest): Promise<ChangesReview> {
  const { root, config } = request
  const result = await scan({
    root,
    files: request.files,
    reader: request.reader,
    config,
    facts: { exceptions: true, workloads: request.workloads },
    renderFrom: request.renderFrom,
  })
  if (request.base?.tree) await markPresentAtBase(result, request.base.tree, request)
  const judged = await judge(result, request, { root, config })
  if (!judged.records.length || !request.base) return judged
  // Only a change that holds exceptions needs the base's records (to find what it adds or widens).
  const base = await scan({ root, files: request.files, reader: request.base.reader, config, rules: new Map(), facts: { exceptions: true }, render: false })
  return { ...judged, baseRecords: exceptionRecords(base.facts, request.base.centralFile).records }
}

/**
 * A chart's findings sit on template lines that a change to a values file, a helper or another
 * template does not touch, and a change to a template line may carry an old finding: so the
 * touched charts and overlays are rendered at the base too, and what the base already produced
 * is marked, whatever lines the pull request changed.
 */
async function markPresentAtBase(result: ScanResult, tree: TreeSource, request: ChangesRequest): Promise<void> {
  const { charts, overlays } = result.render
  if (!charts.length && !overlays.length) return
  const engine = engineFor(builtinRegistry, request.config)
  const base = await renderAll({ root: request.root, source: tree, charts, overlays, config: request.config, engine })
  const old = new Set(base.findings.map(findingKey))
  for (const f of result.findings) if (RENDERED.has(f)) f.presentAtBase = old.has(findingKey(f))
}

/**
 * Policy and fingerprints. A scan of part of the repository reads the rest for NetworkPolicies,
 * which protect workloads wherever they are written, but only when the part holds an exception:
 * a repository without exceptions pays nothing for it.
 */
async function judge(
  result: ScanResult,
  request: { root: string; config: Config; today: Date; centralFile?: CentralFileText; files?: string[]; reader?: FileReader },
  context: { root: string; config: Config } | undefined,
): Promise<Judged> {
  const facts = result.facts
  // Records come from workloads and the central file, which the context pass does not add to.
  const exceptions = exceptionRecords(facts, request.centralFile)
  // The whole repository's NetworkPolicies for a partial scan; for a walk, those it named unread.
  const files = context ? undefined : result.networkPolicyFiles
  if (exceptions.records.length && (files === undefined || files.length)) {
    const { root, config } = context ?? request
    const rest = await scan({ root, files, config, rules: new Map(), facts: { networkPolicies: true }, render: false })
    const known = new Set(facts.networkPolicies.map(np => np.id))
    facts.networkPolicies.push(...rest.facts.networkPolicies.filter(np => !known.has(np.id)))
  }
  const policy = applyPolicy({ findings: result.findings, facts, exceptions, config: request.config, today: request.today })
  const drift = request.config.admission ? await admissionDriftOf(result, request, context, policy.assessments) : []
  return { ...result, findings: fingerprint(sortFindings([...policy.findings, ...drift])), assessments: policy.assessments, records: policy.records }
}

/**
 * The drift check (config `admission.file`): the policy is generated from the whole repository's
 * records, so a scan of part of it (a pull request's files, some paths) reads the rest for them,
 * with the scanned files' own facts (the head's, in a pull request) in place of the disk's.
 */
async function admissionDriftOf(
  result: ScanResult,
  request: { root: string; config: Config; today: Date; centralFile?: CentralFileText; files?: string[]; reader?: FileReader },
  context: { root: string; config: Config } | undefined,
  assessments: Assessment[],
): Promise<Finding[]> {
  const { config } = request
  const file = config.admission!.file
  let whole = assessments
  if (context) {
    const rest = await scan({ root: context.root, config, rules: new Map(), facts: { exceptions: true } })
    const replaced = new Set(request.files ?? [])
    const facts: Facts = {
      workloads: [...rest.facts.workloads.filter(w => !replaced.has(w.file)), ...(replaced.size ? result.facts.workloads : [])],
      networkPolicies: [...rest.facts.networkPolicies.filter(n => !replaced.has(n.file)), ...(replaced.size ? result.facts.networkPolicies : [])],
      namespaces: [],
    }
    whole = applyPolicy({ findings: [], facts, exceptions: exceptionRecords(facts, request.centralFile), config, today: request.today }).assessments
  }
  return admissionDrift({ config, committed: await committedText(file, request.reader, request.root, config.maxFileSize), assessments: whole })
}

/** The committed policy: the head's in a pull request read through its reader, else the checkout's; undefined when absent. */
async function committedText(file: string, reader: FileReader | undefined, root: string, maxBytes: number): Promise<string | undefined> {
  if (reader) {
    const blob = await reader(file)
    if (!blob || blob.refused || blob.size > maxBytes) return undefined
    return (await blob.read()).toString('utf8')
  }
  try {
    return await readRepositoryFile(root, file, maxBytes)
  } catch (err) {
    // A link or special file in its place is no policy: reported as missing, never followed.
    if (err instanceof RefusedRead) return undefined
    throw err
  }
}
