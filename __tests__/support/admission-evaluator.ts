import { celEnv, isCelError, parse, plan, type CelValue } from '@bufbuild/cel'
import { strings } from '@bufbuild/cel/ext'
import { parseAllDocuments } from 'yaml'
import { MATCHED_KINDS } from '../../src/admission/kinds.js'

/**
 * A ValidatingAdmissionPolicy evaluated the way the API server does, with a conformant CEL
 * evaluator (@bufbuild/cel, tested against the CEL spec, with the strings extension Kubernetes
 * enables): variables in order under `variables`, then each validation; a validation that is
 * false or errors denies (failurePolicy: Fail). Policies are read from their YAML text, so what
 * is evaluated is what would be applied.
 */

export interface AdmissionRequest {
  operation: 'CREATE' | 'UPDATE'
  namespace: string
  /** The object as the API server hands it over (see admissionObject). */
  object: Map<string, unknown>
  oldObject?: Map<string, unknown>
}

export interface AdmissionVerdict {
  allowed: boolean
  messages: string[]
}

type Compiled = (bindings: Record<string, unknown>) => CelValue

const env = celEnv({ funcs: strings })

function compile(expression: string, where: string): Compiled {
  let parsed
  try {
    parsed = parse(expression)
  } catch (err) {
    throw new Error(`${where}: does not parse: ${(err as Error).message}`, { cause: err })
  }
  return plan(env, parsed) as unknown as Compiled
}

export class AdmissionEvaluator {
  private readonly variables: Array<{ name: string; run: Compiled }>
  private readonly validations: Array<{ run: Compiled; message?: Compiled }>

  constructor(policyText: string) {
    const docs = parseAllDocuments(policyText)
    if ('empty' in docs) throw new Error('no policy in the text')
    const policy = docs.map(d => d.toJS() as { kind?: string; spec?: Record<string, unknown> }).find(d => d.kind === 'ValidatingAdmissionPolicy')
    if (!policy?.spec) throw new Error('no ValidatingAdmissionPolicy in the text')
    const spec = policy.spec as {
      variables?: Array<{ name: string; expression: string }>
      validations: Array<{ expression: string; messageExpression?: string }>
    }
    this.variables = (spec.variables ?? []).map(v => ({ name: v.name, run: compile(v.expression, `variable ${v.name}`) }))
    this.validations = spec.validations.map((v, i) => ({
      run: compile(v.expression, `validation ${i}`),
      message: v.messageExpression ? compile(v.messageExpression, `messageExpression ${i}`) : undefined,
    }))
  }

  evaluate(req: AdmissionRequest): AdmissionVerdict {
    const variables = new Map<string, CelValue>()
    const request = new Map<string, unknown>([
      ['operation', req.operation],
      ['namespace', req.namespace],
      ['name', req.object.get('metadata') instanceof Map ? ((req.object.get('metadata') as Map<string, unknown>).get('name') ?? '') : ''],
    ])
    const namespaceObject = new Map<string, unknown>([['metadata', new Map([['name', req.namespace]])]])
    const bindings: Record<string, unknown> = { object: req.object, oldObject: req.oldObject ?? null, request, namespaceObject, variables, params: null }
    for (const v of this.variables) {
      const value = v.run(bindings)
      // Kubernetes evaluates variables lazily, but ours never fail on an admissible object: one that does is a bug to see.
      if (isCelError(value)) throw new Error(`variable ${v.name} failed: ${(value as Error).message}`)
      variables.set(v.name, value)
    }
    const messages: string[] = []
    for (const v of this.validations) {
      const result = v.run(bindings)
      if (result === true) continue
      if (isCelError(result)) {
        messages.push(`expression error: ${(result as Error).message}`)
        continue
      }
      const message = v.message?.(bindings)
      messages.push(typeof message === 'string' ? message : `denied (${isCelError(message) ? (message as Error).message : 'no message'})`)
    }
    return { allowed: messages.length === 0, messages }
  }
}

/**
 * A decoded manifest as the API server hands it to admission: integers as int64 (BigInt here),
 * null fields gone (a pointer field set to null is unset), and `false` host namespace fields
 * omitted (they are `omitempty`), maps as Maps. Returns undefined for what the API server
 * rejects before admission: a value of the wrong type where the schema wants a bool, an int or
 * a string.
 */
export function admissionObject(value: unknown, namespace: string): Map<string, unknown> | undefined {
  if (!(value instanceof Map)) return undefined
  const converted = convert(value, [])
  if (!(converted instanceof Map)) return undefined
  const metadata = converted.get('metadata')
  const meta = metadata instanceof Map ? metadata : new Map<string, unknown>()
  converted.set('metadata', meta)
  meta.set('namespace', namespace)
  for (const key of ['labels', 'annotations']) {
    const m = meta.get(key)
    if (m !== undefined && (!(m instanceof Map) || [...m.values()].some(v => typeof v !== 'string'))) return undefined
  }
  // The API server requires at least one container in a pod spec.
  if (!hasContainers(converted)) return undefined
  if (!meta.has('name')) {
    const prefix = meta.get('generateName')
    // The API server names the object before validating admission runs.
    if (typeof prefix !== 'string') return undefined
    meta.set('name', `${prefix}x7k2q`)
  }
  return converted
}

const BOOL_FIELDS = new Set(['hostNetwork', 'hostPID', 'hostIPC', 'runAsNonRoot', 'allowPrivilegeEscalation', 'privileged'])
const INT_FIELDS = new Set(['runAsUser', 'runAsGroup'])

class Rejected extends Error {}

function convert(value: unknown, path: string[]): unknown {
  const key = path[path.length - 1]
  if (key && BOOL_FIELDS.has(key) && path[path.length - 2] !== 'annotations' && path[path.length - 2] !== 'labels' && typeof value !== 'boolean') {
    if (value === null || value === undefined) return undefined
    throw new Rejected(path.join('.'))
  }
  if (key && INT_FIELDS.has(key) && !(typeof value === 'number' && Number.isInteger(value))) {
    if (value === null || value === undefined) return undefined
    throw new Rejected(path.join('.'))
  }
  if (typeof value === 'number' && Number.isInteger(value)) return BigInt(value)
  // kubectl's YAML reader keeps an unquoted date as the text written; YAML 1.1 here made it a Date.
  if (value instanceof Date) return value.toISOString().endsWith('T00:00:00.000Z') ? value.toISOString().slice(0, 10) : value.toISOString()
  if (Array.isArray(value)) return value.map((v, i) => convert(v, [...path, String(i)])).filter(v => v !== undefined)
  if (value instanceof Map) {
    const out = new Map<string, unknown>()
    for (const [k, v] of value) {
      if (typeof k !== 'string') throw new Rejected(path.join('.'))
      const c = convert(v, [...path, k])
      if (c === undefined || c === null) continue
      if (['hostNetwork', 'hostPID', 'hostIPC'].includes(k) && c === false) continue
      out.set(k, c)
    }
    return out
  }
  return value
}

/** admissionObject, with what the API server would reject as undefined instead of an exception. */
export function admissible(value: unknown, namespace: string): Map<string, unknown> | undefined {
  try {
    return admissionObject(value, namespace)
  } catch (err) {
    if (err instanceof Rejected) return undefined
    throw err
  }
}

const POD_SPEC_PATH: Readonly<Record<string, readonly string[]>> = Object.fromEntries(MATCHED_KINDS.map(k => [k.kind, k.podSpecPath]))

function hasContainers(object: Map<string, unknown>): boolean {
  let spec: unknown = object
  for (const key of POD_SPEC_PATH[String(object.get('kind'))] ?? ['spec']) spec = spec instanceof Map ? spec.get(key) : undefined
  const containers = spec instanceof Map ? spec.get('containers') : undefined
  return Array.isArray(containers) && containers.length > 0 && containers.every(c => c instanceof Map)
}
