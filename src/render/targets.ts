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
    const marker = renderMarker(file)
    if (marker === 'chart') chartDirs.add(dirOf(file))
    else if (marker === 'overlay') overlays.add(dirOf(file))
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

/**
 * Files that are only meaningful rendered: under any chart's `templates/` (Go templates, not YAML)
 * or `charts/` (vendored subcharts). Chart.yaml, values files and `crds/` are plain YAML and stay
 * scanned as such too (a `crds/` manifest is installed verbatim). `charts` are chart directories;
 * a set of them is checked per ancestor, not per chart, so a walk can ask for every file.
 */
export function isRenderedOnly(file: string, charts: ReadonlySet<string> | readonly string[]): boolean {
  const known = charts instanceof Set ? charts : new Set(charts)
  if (!known.size) return false
  for (const dir of ancestorDirs(file)) {
    if (!known.has(dir)) continue
    const rest = dir === '.' ? file : file.slice(dir.length + 1)
    if (rest.startsWith('templates/') || rest.startsWith('charts/')) return true
  }
  return false
}

/** What a file makes its directory: a chart (Chart.yaml), an overlay (a kustomization), or nothing. */
export function renderMarker(file: string): 'chart' | 'overlay' | undefined {
  const base = baseOf(file)
  return base === 'Chart.yaml' ? 'chart' : (KUSTOMIZATION_NAMES as readonly string[]).includes(base) ? 'overlay' : undefined
}

/** The directories a file lies in, innermost first, up to the root ('.'). */
export function ancestorDirs(file: string): string[] {
  const out: string[] = []
  for (let dir = dirOf(file); ; dir = dirOf(dir)) {
    out.push(dir)
    if (dir === '.') return out
  }
}
