/**
 * What is rendered rather than read: a directory holding `Chart.yaml` is a Helm chart, one holding
 * a kustomization file is a Kustomize overlay. Pure: paths in, paths out (repo-relative, forward
 * slashes, '.' for the root).
 */

export const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'] as const

export interface RenderTargets {
  /** Top-level charts: a chart inside another chart's `charts/` is rendered as part of it. */
  charts: string[]
  overlays: string[]
}

export const dirOf = (file: string): string => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.')
const baseOf = (file: string): string => file.slice(file.lastIndexOf('/') + 1)
const inside = (dir: string, file: string): boolean => dir === '.' || file.startsWith(`${dir}/`)

/** The charts and overlays a list of files holds. */
export function findTargets(files: Iterable<string>): RenderTargets {
  const chartDirs = new Set<string>()
  const overlays = new Set<string>()
  for (const file of files) {
    const base = baseOf(file)
    if (base === 'Chart.yaml') chartDirs.add(dirOf(file))
    else if ((KUSTOMIZATION_NAMES as readonly string[]).includes(base)) overlays.add(dirOf(file))
  }
  const charts = [...chartDirs].filter(dir => ![...chartDirs].some(other => other !== dir && isSubchartOf(dir, other))).sort()
  // A kustomization inside a chart is chart content (a post-renderer's input), not an overlay of its own.
  return { charts, overlays: [...overlays].filter(o => !charts.some(c => c === o || inside(c, o))).sort() }
}

/** `dir` lies below `chart`'s `charts/` folder (a vendored subchart, at any depth). */
function isSubchartOf(dir: string, chart: string): boolean {
  const prefix = chart === '.' ? 'charts/' : `${chart}/charts/`
  return dir.startsWith(prefix)
}

/** The chart a file belongs to, if any (the innermost top-level chart holding it). */
export function chartOf(file: string, charts: readonly string[]): string | undefined {
  return charts.filter(c => inside(c, file)).sort((a, b) => b.length - a.length)[0]
}

/**
 * Files that are only meaningful rendered: a chart's templates (Go templates, not YAML) and its
 * vendored subcharts' files. Chart.yaml, values files and `crds/` are plain YAML and stay scanned
 * as such too (a `crds/` manifest is installed verbatim).
 */
export function isRenderedOnly(file: string, charts: readonly string[]): boolean {
  const chart = chartOf(file, charts)
  if (chart === undefined) return false
  const rest = chart === '.' ? file : file.slice(chart.length + 1)
  return rest.startsWith('templates/') || rest.startsWith('charts/')
}

/** The directories a file lies in, innermost first, up to the root ('.'). */
export function ancestorDirs(file: string): string[] {
  const out: string[] = []
  for (let dir = dirOf(file); ; dir = dirOf(dir)) {
    out.push(dir)
    if (dir === '.') return out
  }
}
