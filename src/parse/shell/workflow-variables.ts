import { isMap, isScalar, isSeq, type Document, type Node, type YAMLMap } from 'yaml'
import type { SourceText } from '../source.js'
import { entries, field, parseYaml } from '../yaml/yaml.js'
import type { FormatVariables } from './shell.js'
import type { VariableValue } from './variables.js'

/**
 * The variables a CI file gives its scripts, each visible where the runner sets it: a GitHub
 * workflow's `env:` at the workflow (every job), a job (its steps) and a step (its `run:`), and
 * GitLab's `variables:` at the top (every job) and in a job. Only values written as one-line
 * scalars are read; a block scalar, an expression or a map GitLab expands otherwise is unknown.
 */
export function workflowVariables(source: SourceText): FormatVariables {
  const out: FormatVariables = { values: [], jobs: [] }
  const whole: [number, number] = [0, source.text.length]
  for (const d of parseYaml(source).documents) {
    const root = d.doc.contents
    if (d.fatal || !isMap(root)) continue
    const jobs = field(d.doc, root, 'jobs')?.value
    if (isMap(jobs)) {
      envValues(d.doc, root, 'env', whole, out.values)
      for (const [, job] of entries(d.doc, jobs)) {
        const range = rangeOf(job)
        if (!isMap(job) || !range) continue
        out.jobs.push(range)
        envValues(d.doc, job, 'env', range, out.values)
        const steps = field(d.doc, job, 'steps')?.value
        if (!isSeq(steps)) continue
        for (const step of steps.items) {
          const stepRange = rangeOf(step as Node)
          if (isMap(step) && stepRange) envValues(d.doc, step, 'env', stepRange, out.values)
        }
      }
      continue
    }
    // GitLab: every other top-level map is a job (or a hidden template, which jobs extend).
    envValues(d.doc, root, 'variables', whole, out.values)
    for (const [name, job] of entries(d.doc, root)) {
      const range = rangeOf(job)
      if (name === 'variables' || !isMap(job) || !range) continue
      out.jobs.push(range)
      envValues(d.doc, job, 'variables', range, out.values)
    }
  }
  return out
}

function rangeOf(node: Node | undefined): [number, number] | undefined {
  const r = node?.range
  return r ? [r[0], r[1]] : undefined
}

/** `NAME: value` entries of `map[key]`; GitLab's `NAME: {value: v, description: …}` too. */
function envValues(doc: Document.Parsed, map: YAMLMap, key: string, scope: [number, number], into: VariableValue[]): void {
  const env = field(doc, map, key)?.value
  if (!isMap(env)) return
  for (const [name, written] of entries(doc, env)) {
    const value = isMap(written) ? field(doc, written, 'value')?.value : written
    const range = oneLineValue(value)
    if (range && /^[A-Za-z_][\w-]*$/.test(name)) into.push({ name, start: range[0], end: range[1], scope, readBy: 'shell' })
  }
}

/** The raw range of a one-line string value's characters: a plain scalar, or inside its quotes. */
function oneLineValue(node: Node | undefined): [number, number] | undefined {
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return undefined
  const [start, end] = node.range
  if (node.type === 'PLAIN') return [start, end]
  if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') return [start + 1, end - 1]
  return undefined
}
