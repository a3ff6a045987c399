import { FILTER_MODES, type FilterMode } from '../findings/place.js'
import { SEVERITIES, type Severity } from '../model.js'
import { oneOf } from './one-of.js'

export const MODES = ['auto', 'pr', 'full', 'publish', 'exceptions-report'] as const
export type Mode = (typeof MODES)[number]
export const DIFF_SOURCES = ['auto', 'git', 'api'] as const

export interface ActionInputs {
  token: string
  mode: Mode
  path: string
  config?: string
  failOn: Severity | 'never'
  failOnPreexisting: boolean
  filterMode: FilterMode
  comment: boolean
  checkRun: boolean
  checkName: string
  annotations: boolean
  sarifFile?: string
  jsonReport?: string
  reportFile?: string
  diffSource: (typeof DIFF_SOURCES)[number]
  buildCheck: boolean
  runtimeCheck: boolean
  smokeWorkflow?: string
  /** The helm and kustomize (or kubectl) to render with, overriding `render.*.command` (docs/rendering.md). */
  renderHelmCommand?: string
  renderKustomizeCommand?: string
}

/** An input with a value outside what it allows: the message names both. */
export class InputError extends Error {}

/** Reads every input once into one typed object; `get` returns '' for unset inputs. */
export function readInputs(get: (name: string) => string): ActionInputs {
  const text = (name: string) => get(name).trim()
  const optional = (name: string) => text(name) || undefined
  return {
    token: get('github-token'),
    mode: choice('mode', text('mode') || 'auto', MODES),
    path: text('path') || '.',
    config: optional('config'),
    failOn: choice('fail-on', text('fail-on') || 'error', [...SEVERITIES, 'never'] as const),
    failOnPreexisting: bool('fail-on-preexisting', text('fail-on-preexisting'), false),
    filterMode: choice('filter-mode', text('filter-mode') || 'added', FILTER_MODES),
    comment: bool('comment', text('comment'), true),
    checkRun: bool('check-run', text('check-run'), true),
    checkName: text('check-name') || 'Host Namespace Guard',
    annotations: bool('annotations', text('annotations'), true),
    sarifFile: optional('sarif-file'),
    jsonReport: optional('json-report'),
    reportFile: optional('report-file'),
    diffSource: choice('diff-source', text('diff-source') || 'auto', DIFF_SOURCES),
    buildCheck: bool('build-check', text('build-check'), false),
    runtimeCheck: bool('runtime-check', text('runtime-check'), false),
    smokeWorkflow: optional('smoke-workflow'),
    renderHelmCommand: optional('render-helm-command'),
    renderKustomizeCommand: optional('render-kustomize-command'),
  }
}

function choice<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  return oneOf(`input ${name}`, value, allowed, InputError)
}

/** The YAML 1.2 core booleans, as @actions/core's getBooleanInput accepts them. */
function bool(name: string, value: string, fallback: boolean): boolean {
  if (value === '') return fallback
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw new InputError(`input ${name}: "${value}" is not a boolean (true or false)`)
}
