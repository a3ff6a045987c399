import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import path from 'node:path'
import { defaultRenderConfig, type ChartVariantConfig, type Config, type RenderConfig } from '../config/config.js'
import { noFacts, type FactNeeds, type Facts, type RenderedFrom } from '../engine/facts.js'
import { noticeFinding, scanFileText, type CheckOptions } from '../engine/scan-file.js'
import type { Finding, Span } from '../model.js'
import { SourceText } from '../parse/source.js'
import { chartFile, helmTemplate } from './helm.js'
import { isComponent, kustomizeBuild, overlayInputs, type OverlayInputs } from './kustomize.js'
import { mapKustomizeFindings } from './map-kustomize.js'
import { HelmLocator, mapHelmFindings, renderedDocuments } from './map-helm.js'
import { resolveCommand } from './tool-env.js'
import { copyFiles, type TreeSource } from './tree.js'
import type { ValuesFile } from './values.js'

/**
 * Renders charts and overlays with the real tools and scans what they produce, with every
 * finding moved back to the file a person edits. Each render runs on a temporary copy of the
 * files it reads, with bounded time and output; what does not render is a render-error finding.
 */

export interface RenderRequest {
  /** Where a relative tool command is resolved (the repository root). */
  root: string
  source: TreeSource
  charts: readonly string[]
  overlays: readonly string[]
  config: Config
  engine: CheckOptions
  facts?: FactNeeds
}

export interface RenderOutcome {
  findings: Finding[]
  facts: Facts
  /** Renders run (chart variants and overlays) and their total time. */
  renders: number
  millis: number
  /** Charts and overlays left unrendered because their tool is missing (reported once, run-level). */
  missing: { helm: number; kustomize: number }
}

export const renderSettings = (config: Config): RenderConfig => config.render ?? defaultRenderConfig()

export async function renderAll(request: RenderRequest): Promise<RenderOutcome> {
  const settings = renderSettings(request.config)
  const outcome = emptyOutcome()
  if (!settings.enabled) return outcome
  const started = Date.now()
  const helm = request.charts.length ? resolveCommand(settings.helm.command, request.root) : undefined
  const kustomize = request.overlays.length ? resolveCommand(settings.kustomize.command, request.root) : undefined
  // Each job writes into an outcome of its own, merged in job order: the report does not depend on
  // which render finished first.
  const jobs: Array<(into: RenderOutcome) => Promise<void>> = []
  for (const chart of request.charts) {
    if (!helm) outcome.missing.helm++
    else for (const variant of variantsOf(chart, settings)) jobs.push(into => renderChart(request, settings, helm, chart, variant, into))
  }
  const inputs = new Map<string, OverlayInputs>()
  for (const overlay of request.overlays) if (!(await isComponent(request.source, overlay))) inputs.set(overlay, await overlayInputs(request.source, overlay))
  // A base that another overlay of this run builds is rendered through it (its files are searched
  // for the lines that set what it renders), not once more on its own.
  const built = new Set([...inputs].flatMap(([overlay, i]) => (i.refused ? [] : i.dirs.filter(d => d !== overlay))))
  for (const [overlay, overlayInput] of inputs) {
    if (built.has(overlay)) continue
    if (!kustomize) outcome.missing.kustomize++
    else jobs.push(into => renderOverlay(request, settings, kustomize, overlay, overlayInput, into))
  }
  const results = jobs.map(() => emptyOutcome())
  let next = 0
  // The tools are processes of their own, most of whose time is their start-up: a few at once.
  const workers = Array.from({ length: Math.min(RENDER_CONCURRENCY, jobs.length) }, async () => {
    for (let i = next++; i < jobs.length; i = next++) await jobs[i](results[i])
  })
  await Promise.all(workers)
  for (const r of results) {
    outcome.findings.push(...r.findings)
    outcome.facts.workloads.push(...r.facts.workloads)
    outcome.facts.networkPolicies.push(...r.facts.networkPolicies)
    outcome.renders += r.renders
    outcome.missing.helm += r.missing.helm
    outcome.missing.kustomize += r.missing.kustomize
  }
  outcome.millis = Date.now() - started
  return outcome
}

const emptyOutcome = (): RenderOutcome => ({ findings: [], facts: noFacts(), renders: 0, millis: 0, missing: { helm: 0, kustomize: 0 } })

/** Renders at once: enough to overlap the tools' start-up, few enough for a shared 2-core runner. */
const RENDER_CONCURRENCY = Math.max(2, Math.min(4, availableParallelism()))

/** The chart's own values, then each configured values set as a variant of its own. */
function variantsOf(chart: string, settings: RenderConfig): ChartVariantConfig[] {
  const configured = settings.helm.charts.filter(c => c.path === chart)
  const plain = { path: chart, values: [], ...(configured[0]?.namespace ? { namespace: configured[0].namespace } : {}) }
  return [plain, ...configured.filter(c => c.values.length)]
}

const joinPath = (dir: string, file: string) => (dir === '.' ? file : `${dir}/${file}`)

async function withCopy<T>(run: (copyRoot: string, home: string) => Promise<T>): Promise<T> {
  const base = mkdtempSync(path.join(tmpdir(), 'hng-render-'))
  try {
    return await run(path.join(base, 'tree'), path.join(base, 'home'))
  } finally {
    rmSync(base, { recursive: true, force: true })
  }
}

async function renderChart(request: RenderRequest, settings: RenderConfig, helm: string, chart: string, variant: ChartVariantConfig, outcome: RenderOutcome) {
  const { engine } = request
  const chartYaml = joinPath(chart, 'Chart.yaml')
  const label = `chart ${chart}${variant.values.length ? ` with ${variant.values.join(', ')}` : ''}`
  const listing = await request.source.list(chart)
  for (const link of listing.refused)
    pushNotice(outcome, noticeFinding('incomplete-scan', link.file, notice(`${link.why} (rendering ${label} without it).`, 'link'), engine))
  await withCopy(async (copyRoot, home) => {
    const tooLarge = await copyFiles(request.source, listing.files, copyRoot)
    if (tooLarge) return renderFailed(outcome, engine, chartYaml, undefined, `${label} was not rendered: ${tooLarge}.`, `chart/${chart}`, variant)
    outcome.renders++
    const result = await helmTemplate(helm, copyRoot, chart, variant, settings, home)
    if (result.status === 'missing') {
      outcome.missing.helm++
      return
    }
    if (result.status === 'error') {
      const file = result.file && listing.files.includes(result.file) ? result.file : chartYaml
      return renderFailed(
        outcome,
        engine,
        file,
        file === result.file ? result.line : undefined,
        `${label} did not render: ${result.message}`,
        `chart/${chart}`,
        variant,
      )
    }
    const rendered = new SourceText(chartYaml, result.output.text)
    const scanned = scanFileText(
      { path: chartYaml, text: rendered.text, type: 'kubernetes' },
      { ...engine, ...(request.facts ? { facts: request.facts } : {}) },
    )
    const read = (file: string) => {
      try {
        return readFileSync(path.join(copyRoot, file), 'utf8')
      } catch {
        return undefined
      }
    }
    const ctx = {
      rendered,
      documents: renderedDocuments(rendered.text, (p: string) => chartFile(chart, p)),
      template: read,
      values: (file: string) => valuesFor(chart, variant, file, read),
      label,
      helpers: () =>
        listing.files
          .filter(f => /(^|\/)templates\/.*\.tpl$/.test(f))
          .flatMap(file => {
            const text = read(file)
            return text === undefined ? [] : [{ file, text }]
          }),
    }
    const locator = new HelmLocator(ctx)
    const missing = result.output.missingDependencies
    outcome.findings.push(
      ...mapHelmFindings(scanned.findings, ctx, locator).map(f =>
        missing.length ? { ...f, message: `${f.message} Not vendored, rendered without: ${missing.join(', ')}.` } : f,
      ),
    )
    // Fail closed: the missing dependencies' workloads were not checked; said at their Chart.yaml lines.
    // The copy's Chart.yaml no longer lists them: the lines are the repository's.
    const chartText = missing.length ? ((await request.source.read(chartYaml))?.toString('utf8') ?? '') : ''
    for (const name of missing) {
      const line = chartText.split('\n').findIndex(l => new RegExp(`^\\s*-?\\s*name:\\s*["']?${escapeRegExp(name)}["']?\\s*$`).test(l)) + 1
      renderNotice(
        outcome,
        engine,
        'incomplete-scan',
        chartYaml,
        line || undefined,
        `${label} was rendered without its dependency ${name}, which is not vendored in charts/ (dependencies are never downloaded): the workloads it would add were not checked.`,
        `render:dependency:${name}`,
      )
    }
    const from = { tool: 'helm' as const, path: chart, values: variant.values, ...(variant.namespace ? { namespace: variant.namespace } : {}) }
    mergeFacts(outcome.facts, scanned.facts, from, span => {
      const at = locator.locate(span)
      return at && { file: at.file, span: at.span }
    })
  })
}

async function renderOverlay(
  request: RenderRequest,
  settings: RenderConfig,
  kustomize: string,
  overlay: string,
  inputs: OverlayInputs,
  outcome: RenderOutcome,
) {
  const { engine, source } = request
  const own = inputs.kustomizations[0] ?? joinPath(overlay, 'kustomization.yaml')
  if (inputs.refused)
    return renderFailed(
      outcome,
      engine,
      inputs.refused.file,
      inputs.refused.line,
      `overlay ${overlay} was not rendered: ${inputs.refused.message}.`,
      `overlay/${overlay}`,
    )
  const files: string[] = []
  for (const dir of inputs.dirs) {
    const listing = await source.list(dir)
    files.push(...listing.files.filter(f => !files.includes(f)))
    for (const link of listing.refused)
      pushNotice(outcome, noticeFinding('incomplete-scan', link.file, notice(`${link.why} (rendering overlay ${overlay} without it).`, 'link'), engine))
  }
  await withCopy(async (copyRoot, home) => {
    const tooLarge = await copyFiles(source, files, copyRoot)
    if (tooLarge) return renderFailed(outcome, engine, own, undefined, `overlay ${overlay} was not rendered: ${tooLarge}.`, `overlay/${overlay}`)
    outcome.renders++
    const result = await kustomizeBuild(kustomize, copyRoot, overlay, settings, home)
    if (result.status === 'missing') {
      outcome.missing.kustomize++
      return
    }
    if (result.status === 'error')
      return renderFailed(outcome, engine, own, undefined, `overlay ${overlay} did not render: ${result.message}`, `overlay/${overlay}`)
    const scanned = scanFileText({ path: own, text: result.text, type: 'kubernetes' }, { ...engine, ...(request.facts ? { facts: request.facts } : {}) })
    const texts = new Map<string, string>()
    for (const f of files) if (/\.(ya?ml|json)$|(^|\/)Kustomization$/.test(f)) texts.set(f, readFileSync(path.join(copyRoot, f), 'utf8'))
    const mapped = mapKustomizeFindings(scanned.findings, { overlay, kustomization: own, texts, dirs: inputs.dirs })
    outcome.findings.push(...mapped.findings)
    mergeFacts(outcome.facts, scanned.facts, { tool: 'kustomize', path: overlay, values: [] }, mapped.locate)
  })
}

function renderFailed(
  outcome: RenderOutcome,
  engine: CheckOptions,
  file: string,
  line: number | undefined,
  message: string,
  display: string,
  variant?: ChartVariantConfig,
) {
  const span = lineSpan(line)
  const finding = noticeFinding('render-error', file, { span, message, resource: { display }, fieldPath: `render:${variant?.values.join(',') ?? ''}` }, engine)
  pushNotice(outcome, finding)
}

function pushNotice(outcome: RenderOutcome, finding: Finding | undefined) {
  if (finding) outcome.findings.push(finding)
}

const notice = (message: string, what: string) => ({ span: lineSpan(undefined), message, resource: { display: 'render' }, fieldPath: `render:${what}` })

/** A line the tool named (offsets unknown: a line-level place, never used for a fix). */
function lineSpan(line: number | undefined): Span {
  const at = { line: line && line > 0 ? line : 1, column: 1 }
  return { start: at, end: at, startOffset: 0, endOffset: 0 }
}

/**
 * The values files helm merges for a template: the chart's values.yaml and the variant's files;
 * for a subchart's template (`charts/sub/…`) its own values.yaml first, then the parent's files
 * under the subchart's name.
 */
function valuesFor(chart: string, variant: ChartVariantConfig, template: string, read: (file: string) => string | undefined): ValuesFile[] {
  const parent = ['values.yaml', ...variant.values].map(v => joinPath(chart, v))
  const rest = chart === '.' ? template : template.slice(chart.length + 1)
  const sub = /^charts\/([^/]+)\//.exec(rest)
  const files: ValuesFile[] = []
  if (sub) {
    const own = joinPath(chart, `charts/${sub[1]}/values.yaml`)
    const text = read(own)
    if (text !== undefined) files.push({ file: own, text, prefix: [] })
  }
  for (const file of parent) {
    const text = read(file)
    if (text !== undefined) files.push({ file, text, prefix: sub ? [sub[1]] : [] })
  }
  return files
}

/** Facts of a rendered stream, with every span (and the file) moved to where it was written. */
function mergeFacts(into: Facts, facts: Facts, rendered: RenderedFrom, locate: (span: Span) => { file: string; span: Span } | undefined) {
  for (const w of facts.workloads) {
    const at = locate(w.anchor)
    if (!at) continue
    into.workloads.push({ ...moveSpans(w, locate), file: at.file, id: `${at.file}#${w.id}`, rendered })
  }
  for (const np of facts.networkPolicies) into.networkPolicies.push({ ...np, id: `rendered:${np.id}` })
}

function moveSpans<T>(value: T, locate: (span: Span) => { file: string; span: Span } | undefined): T {
  if (Array.isArray(value)) return value.map(v => moveSpans(v, locate)) as T
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>
    if ('startOffset' in o && 'start' in o && 'end' in o) return (locate(value as unknown as Span)?.span ?? value) as T
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, moveSpans(v, locate)])) as T
  }
  return value
}

function renderNotice(
  outcome: RenderOutcome,
  engine: CheckOptions,
  ruleId: 'incomplete-scan',
  file: string,
  line: number | undefined,
  message: string,
  fieldPath: string,
) {
  pushNotice(outcome, noticeFinding(ruleId, file, { span: lineSpan(line), message, resource: { display: file }, fieldPath }, engine))
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
