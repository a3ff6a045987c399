import type { CheckOptions } from '../engine/scan-file.js'
import type { Finding } from '../model.js'
import type { RenderConfig } from '../config/config.js'

export { renderAll, renderSettings, type RenderOutcome, type RenderRequest } from './render.js'
export { ancestorDirs, dirOf, findTargets, isRenderedOnly, renderMarker, KUSTOMIZATION_NAMES, type RenderTargets } from './targets.js'
export { gitTree, workingTree, type TreeSource } from './tree.js'
export { overlaysReading } from './kustomize.js'

/**
 * The run-level note for charts and overlays left unrendered because their tool is missing: one
 * finding for the run, at the severity `render.missingTool` asks (a warning by default, which is
 * still a finding: the run does not read as clean).
 */
export function missingToolFinding(missing: { helm: number; kustomize: number }, settings: RenderConfig, engine: CheckOptions): Finding | undefined {
  const rule = engine.rules.get('render-error')
  if (!rule || (!missing.helm && !missing.kustomize)) return undefined
  const parts: string[] = []
  const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`
  if (missing.helm) parts.push(`${plural(missing.helm, 'chart')} not rendered: ${settings.helm.command} not found; install it or set render.helm.command`)
  if (missing.kustomize)
    parts.push(`${plural(missing.kustomize, 'overlay')} not rendered: ${settings.kustomize.command} not found; install it or set render.kustomize.command`)
  const at = { line: 1, column: 1 }
  return {
    ruleId: rule.meta.id,
    severity: settings.missingTool,
    file: '',
    span: { start: at, end: at, startOffset: 0, endOffset: 0 },
    resource: { display: 'render' },
    message: `${parts.join('. ')}.`,
    remediation: rule.meta.remediation,
    fieldPath: 'run:render-tool-missing',
  }
}

/**
 * `render.helm.charts` entries whose path holds no Chart.yaml: a typo there would silently drop
 * the variant a team relies on, so it is said (once for the run, as render-error).
 */
export function unknownChartsFinding(paths: readonly string[], engine: CheckOptions): Finding | undefined {
  const rule = engine.rules.get('render-error')
  if (!rule || !paths.length) return undefined
  const at = { line: 1, column: 1 }
  return {
    ruleId: rule.meta.id,
    severity: engine.severityOf(rule.meta.id),
    file: '',
    span: { start: at, end: at, startOffset: 0, endOffset: 0 },
    resource: { display: 'render' },
    message: `render.helm.charts names ${paths.join(', ')}, which holds no Chart.yaml: ${paths.length === 1 ? 'that variant was' : 'those variants were'} not rendered.`,
    remediation: rule.meta.remediation,
    fieldPath: `run:render-unknown-chart:${paths.join(',')}`,
  }
}

/** Same rule, file and line: a rendered finding that a plain reading of the file already reports. */
export const sameSpot = (a: Finding, b: Finding): boolean => a.ruleId === b.ruleId && a.file === b.file && a.span.start.line === b.span.start.line

/** What a finding is about, without its line: matches a finding of the base's rendering. */
export const findingKey = (f: Finding): string => [f.ruleId, f.file, f.resource.display, f.fieldPath].join('\u0000')
