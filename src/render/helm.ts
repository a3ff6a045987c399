import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { isMap, isSeq, parseDocument } from 'yaml'
import type { ChartVariantConfig, RenderConfig } from '../config/config.js'
import { toolMessage } from './messages.js'
import { runTool } from './run-tool.js'
import { toolEnv } from './tool-env.js'

/**
 * `helm template` of one chart variant, from a copy: the chart's dependencies that are not
 * vendored in its `charts/` folder are dropped from the copy's Chart.yaml (helm refuses to
 * render otherwise, and fetching them, `--dependency-update`, would reach the network), and named.
 */

export interface HelmOutput {
  /** The rendered stream: documents each headed by `# Source: chart/templates/x.yaml`. */
  text: string
  /** Dependencies named in Chart.yaml and not vendored: rendered without. */
  missingDependencies: string[]
}

export type HelmResult = { status: 'ok'; output: HelmOutput } | { status: 'error'; message: string; file?: string; line?: number } | { status: 'missing' }

/**
 * Renders the chart at `copyRoot/chartDir` (a copy: Chart.yaml may be rewritten). Values files
 * are chart-relative; `file` in an error is repo-relative when the tool names one in the chart.
 */
export async function helmTemplate(
  command: string,
  copyRoot: string,
  chartDir: string,
  variant: Pick<ChartVariantConfig, 'values' | 'namespace'>,
  settings: Pick<RenderConfig, 'timeoutMs' | 'maxOutputBytes'>,
  home: string,
): Promise<HelmResult> {
  const chartPath = path.join(copyRoot, chartDir)
  const missingDependencies = dropMissingDependencies(chartPath)
  const args = ['template', 'release', chartPath]
  if (variant.namespace) args.push('--namespace', variant.namespace)
  for (const values of variant.values) {
    const file = path.join(chartPath, values)
    if (!existsSync(file)) return { status: 'error', message: `the values file ${values} listed for this chart in the configuration does not exist` }
    args.push('--values', file)
  }
  const run = await runTool(command, args, {
    cwd: copyRoot,
    env: toolEnv(home),
    limits: { timeoutMs: settings.timeoutMs, maxOutputBytes: settings.maxOutputBytes },
  })
  if (run.status === 'missing') return { status: 'missing' }
  if (run.status === 'stopped') return { status: 'error', message: `helm template: ${run.why}` }
  if (run.status === 'failed') {
    const { text, file, line } = toolMessage(run.stderr, copyRoot)
    return { status: 'error', message: `helm template: ${text}`, ...(file ? { file: chartFile(chartDir, file), line } : {}) }
  }
  return { status: 'ok', output: { text: run.stdout, missingDependencies } }
}

/**
 * Helm names files from the chart's name (`agent/templates/ds.yaml`, `agent/charts/sub/…`), not
 * its directory: the first part is the chart, the rest is relative to the chart directory.
 */
export function chartFile(chartDir: string, helmPath: string): string {
  const rest = helmPath.slice(helmPath.indexOf('/') + 1)
  return chartDir === '.' ? rest : `${chartDir}/${rest}`
}

/** Removes from the copy's Chart.yaml the dependencies its `charts/` folder does not hold; returns their names. */
function dropMissingDependencies(chartPath: string): string[] {
  const chartYaml = path.join(chartPath, 'Chart.yaml')
  let doc
  try {
    doc = parseDocument(readFileSync(chartYaml, 'utf8'))
  } catch {
    return []
  }
  const deps = doc.get('dependencies')
  if (!isSeq(deps)) return []
  const vendored = vendoredCharts(path.join(chartPath, 'charts'))
  const missing: string[] = []
  deps.items = deps.items.filter(item => {
    if (!isMap(item)) return true
    const name = String(item.get('name') ?? '')
    if (vendored.has(name)) return true
    missing.push(name)
    return false
  })
  if (missing.length) {
    writeFileSync(chartYaml, doc.toString())
    // The lock lists what was removed: helm would report the chart out of step with it.
    rmSync(path.join(chartPath, 'Chart.lock'), { force: true })
  }
  return missing
}

/** The names of the charts vendored in a `charts/` folder: directories with a Chart.yaml, and archives. */
function vendoredCharts(dir: string): Set<string> {
  const names = new Set<string>()
  let entries
  try {
    entries = readdirSync(dir, { withFileTypes: true })
  } catch {
    return names
  }
  for (const e of entries) {
    if (e.isDirectory()) {
      try {
        const name = parseDocument(readFileSync(path.join(dir, e.name, 'Chart.yaml'), 'utf8')).get('name')
        if (typeof name === 'string') names.add(name)
      } catch {
        // not a chart
      }
    } else if (e.isFile() && e.name.endsWith('.tgz')) names.add(e.name.replace(/-\d[^-]*\.tgz$|\.tgz$/, ''))
  }
  return names
}
