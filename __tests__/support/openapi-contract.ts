/**
 * GitHub's REST contract, read from the official OpenAPI description that `@octokit/openapi` ships
 * (`generated/api.github.com.json`, OpenAPI 3.0.3, ~13 MB).
 *
 * What it does:
 * - routes a method + path to the operation whose path template matches (most literal segments win);
 * - checks path and query parameters (coerced from strings the way a server would) and the JSON body
 *   against the operation's schemas with ajv;
 * - checks a response body against the schema declared for that status code.
 *
 * The description is parsed once per module registry (so once per Jest test file) and validators are
 * compiled lazily, per operation, on first use.
 *
 * OpenAPI 3.0 is not JSON Schema: `nullable: true` is rewritten to `type: [T, 'null']` (or to
 * `anyOf: [{type: 'null'}, …]` when the node has no plain type), and `#/components/...` references of
 * operation-level schemas are pointed at one shared schema document holding all the components.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'

type SchemaNode = Record<string, unknown>
interface Ref {
  $ref: string
}
interface Parameter {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required?: boolean
  schema?: SchemaNode
  'x-multi-segment'?: boolean
}
interface MediaType {
  schema?: SchemaNode
  examples?: Record<string, { value?: unknown } | Ref>
}
interface RequestBody {
  required?: boolean
  content?: Record<string, MediaType>
}
interface Response {
  description?: string
  content?: Record<string, MediaType>
}
interface OperationObject {
  operationId: string
  parameters?: Array<Parameter | Ref>
  requestBody?: RequestBody | Ref
  responses: Record<string, Response | Ref>
}
type PathItem = Record<string, OperationObject | Array<Parameter | Ref> | undefined> & { parameters?: Array<Parameter | Ref> }
interface OpenApiDocument {
  openapi: string
  paths: Record<string, PathItem>
  components: {
    schemas: Record<string, SchemaNode>
    parameters: Record<string, Parameter>
    responses: Record<string, Response>
    examples: Record<string, { value: unknown }>
  }
}

export interface Operation {
  operationId: string
  method: string
  /** The path template from the description, e.g. `/repos/{owner}/{repo}/pulls/{pull_number}`. */
  template: string
  parameters: Parameter[]
  requestBody?: RequestBody
  responses: Record<string, Response | Ref>
}

export interface RouteMatch {
  operation: Operation
  /** Raw, percent-decoded path parameter values. */
  rawPathParams: Record<string, string>
}

export type ContractPart = 'route' | 'auth' | 'path' | 'query' | 'body' | 'response'

export interface ContractProblem {
  part: ContractPart
  message: string
}

export interface CheckedRequest {
  pathParams: Record<string, unknown>
  query: Record<string, unknown>
  problems: ContractProblem[]
}

export interface ContractOptions {
  /**
   * Treat request bodies as closed: an object schema that lists `properties` rejects other keys. This is
   * stricter than GitHub, which ignores most unknown keys, but it catches misspelt parameters.
   */
  strictBodies?: boolean
}

export interface Contract {
  readonly operationCount: number
  match(method: string, pathname: string): RouteMatch | undefined
  operation(operationId: string): Operation | undefined
  checkRequest(route: RouteMatch, query: URLSearchParams, body: unknown, options?: ContractOptions): CheckedRequest
  checkResponse(operation: Operation, status: number, body: unknown): ContractProblem[]
  /** A deep copy of `components.examples[name].value`. */
  example<T = unknown>(name: string): T
  /** Validate any value against `#/components/schemas/<name>`. */
  checkSchema(name: string, value: unknown): string[]
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const
const COMPONENTS_ID = 'https://api.github.com/openapi/components.json'

let cached: Contract | undefined

/** Parse the description and build the router once per module registry. */
export function loadContract(): Contract {
  cached ??= buildContract(readDescription())
  return cached
}

function readDescription(): OpenApiDocument {
  const require = createRequire(import.meta.url)
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json')
  return JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument
}

interface CompiledRoute {
  operation: Operation
  regex: RegExp
  names: string[]
  literalSegments: number
}

function buildContract(doc: OpenApiDocument): Contract {
  for (const schema of Object.values(doc.components.schemas)) normalizeSchema(schema)

  const ajv = new Ajv({ strict: false, allErrors: true, logger: false })
  addFormatsModule.default(ajv)
  ajv.addSchema({ $id: COMPONENTS_ID, components: { schemas: doc.components.schemas } })

  const resolve = <T>(node: T | Ref): T => {
    let current: unknown = node
    for (let hops = 0; isRef(current) && hops < 16; hops++) current = pointer(doc, current.$ref)
    return current as T
  }

  const routes = new Map<string, CompiledRoute[]>()
  const byId = new Map<string, Operation>()
  for (const [template, item] of Object.entries(doc.paths)) {
    const shared = (item.parameters ?? []).map(p => resolve<Parameter>(p))
    for (const method of HTTP_METHODS) {
      const op = item[method] as OperationObject | undefined
      if (!op) continue
      const own = (op.parameters ?? []).map(p => resolve<Parameter>(p))
      const parameters = [...shared.filter(s => !own.some(o => o.name === s.name && o.in === s.in)), ...own]
      const operation: Operation = {
        operationId: op.operationId,
        method: method.toUpperCase(),
        template,
        parameters,
        requestBody: op.requestBody ? resolve<RequestBody>(op.requestBody) : undefined,
        responses: op.responses,
      }
      byId.set(operation.operationId, operation)
      const list = routes.get(operation.method) ?? []
      list.push(compileTemplate(operation))
      routes.set(operation.method, list)
    }
  }
  for (const list of routes.values()) list.sort((a, b) => b.literalSegments - a.literalSegments)

  const validators = new Map<string, ValidateFunction>()
  const validator = (key: string, schema: () => SchemaNode): ValidateFunction => {
    let v = validators.get(key)
    if (!v) {
      v = ajv.compile(pointRefsAtComponents(schema()))
      validators.set(key, v)
    }
    return v
  }

  const paramsValidator = (operation: Operation, where: 'path' | 'query'): ValidateFunction =>
    validator(`${operation.operationId} ${where}`, () => {
      const params = operation.parameters.filter(p => p.in === where)
      const schema: SchemaNode = {
        type: 'object',
        properties: Object.fromEntries(params.map(p => [p.name, normalizeSchema(structuredClone(p.schema ?? {}))])),
        required: params.filter(p => p.required).map(p => p.name),
      }
      // Unknown query parameters are ignored by GitHub, but here they are almost always a typo.
      if (where === 'query') schema.additionalProperties = false
      return schema
    })

  return {
    operationCount: byId.size,

    match(method, pathname) {
      const candidates = routes.get(method.toUpperCase()) ?? []
      for (const route of candidates) {
        const m = route.regex.exec(pathname)
        if (!m) continue
        const rawPathParams: Record<string, string> = {}
        route.names.forEach((name, i) => {
          rawPathParams[name] = safeDecode(m[i + 1] ?? '')
        })
        return { operation: route.operation, rawPathParams }
      }
      return undefined
    },

    operation: operationId => byId.get(operationId),

    checkRequest(route, query, body, options = {}) {
      const { operation } = route
      const problems: ContractProblem[] = []

      const pathParams: Record<string, unknown> = {}
      for (const p of operation.parameters.filter(x => x.in === 'path')) {
        pathParams[p.name] = coerce(p.schema, route.rawPathParams[p.name] ?? '')
      }
      const pathCheck = paramsValidator(operation, 'path')
      if (!pathCheck(pathParams)) problems.push({ part: 'path', message: describe(pathCheck.errors) })

      const queryValues: Record<string, unknown> = {}
      for (const [name, raw] of query) {
        const p = operation.parameters.find(x => x.in === 'query' && x.name === name)
        queryValues[name] = coerce(p?.schema, raw)
      }
      const queryCheck = paramsValidator(operation, 'query')
      if (!queryCheck(queryValues)) problems.push({ part: 'query', message: describe(queryCheck.errors) })

      const media = operation.requestBody?.content?.['application/json']
      if (body === undefined) {
        if (operation.requestBody?.required) problems.push({ part: 'body', message: 'a JSON request body is required' })
      } else if (!media?.schema) {
        problems.push({ part: 'body', message: `${operation.operationId} takes no JSON request body` })
      } else {
        const strict = options.strictBodies ?? true
        const bodyCheck = validator(`${operation.operationId} body ${strict ? 'strict' : 'open'}`, () => {
          const schema = normalizeSchema(structuredClone(media.schema as SchemaNode))
          return strict ? closeObjects(schema) : schema
        })
        if (!bodyCheck(body)) problems.push({ part: 'body', message: describe(bodyCheck.errors) })
      }
      return { pathParams, query: queryValues, problems }
    },

    checkResponse(operation, status, body) {
      const declared = operation.responses[String(status)] ?? operation.responses.default
      const media = declared ? resolve<Response>(declared).content?.['application/json'] : undefined
      if (!media?.schema) {
        // GitHub sends {message, documentation_url, status} with errors the description lists without a
        // body (many 404s) or does not list at all (500 on most operations).
        if (status >= 400) {
          const errorCheck = validator('error body', () => ({
            anyOf: [{ $ref: '#/components/schemas/basic-error' }, { $ref: '#/components/schemas/validation-error' }],
          }))
          return errorCheck(body) ? [] : [{ part: 'response', message: `${status} error body: ${describe(errorCheck.errors)}` }]
        }
        if (!declared) return [{ part: 'response', message: `${operation.operationId} declares no ${status} response` }]
        return body === undefined ? [] : [{ part: 'response', message: `${operation.operationId} ${status} declares no body` }]
      }
      const check = validator(`${operation.operationId} response ${status}`, () => normalizeSchema(structuredClone(media.schema as SchemaNode)))
      return check(body) ? [] : [{ part: 'response', message: `${status}: ${describe(check.errors)}` }]
    },

    example<T>(name: string): T {
      const entry = doc.components.examples[name]
      if (!entry) throw new Error(`no components.examples["${name}"] in the OpenAPI description`)
      return structuredClone(entry.value) as T
    },

    checkSchema(name, value) {
      const check = validator(`schema ${name}`, () => ({ $ref: `#/components/schemas/${name}` }))
      return check(value) ? [] : (check.errors ?? []).map(e => `${e.instancePath || '/'} ${e.message ?? ''}`)
    },
  }
}

function compileTemplate(operation: Operation): CompiledRoute {
  const names: string[] = []
  let literalSegments = 0
  const multi = new Set(operation.parameters.filter(p => p['x-multi-segment']).map(p => p.name))
  const source = operation.template
    .split('/')
    .map(segment => {
      if (!segment.includes('{')) {
        if (segment) literalSegments++
        return escapeRegex(segment)
      }
      return segment
        .split(/(\{[^}]+\})/)
        .map(part => {
          const m = /^\{([^}]+)\}$/.exec(part)
          if (!m) return escapeRegex(part)
          names.push(m[1]!)
          return multi.has(m[1]!) ? '(.+?)' : '([^/]+?)'
        })
        .join('')
    })
    .join('/')
  return { operation, regex: new RegExp(`^${source}/?$`), names, literalSegments }
}

/** Turn a raw string into what the parameter schema expects, as a server parsing the URL would. */
function coerce(schema: SchemaNode | undefined, raw: string): unknown {
  const types = schemaTypes(schema)
  if (types.size === 0 || types.has('string')) return raw
  if ((types.has('integer') || types.has('number')) && /^-?\d+(\.\d+)?$/.test(raw)) return Number(raw)
  if (types.has('boolean') && (raw === 'true' || raw === 'false')) return raw === 'true'
  if (types.has('array')) return raw.split(',')
  return raw
}

function schemaTypes(schema: SchemaNode | undefined, out = new Set<string>()): Set<string> {
  if (!schema) return out
  const t = schema.type
  if (typeof t === 'string') out.add(t)
  if (Array.isArray(t)) for (const x of t) out.add(String(x))
  for (const key of ['oneOf', 'anyOf', 'allOf'] as const) {
    const list = schema[key]
    if (Array.isArray(list)) for (const branch of list) schemaTypes(branch as SchemaNode, out)
  }
  return out
}

const SCHEMA_MAPS = ['properties', 'patternProperties'] as const
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf'] as const
const SCHEMA_SINGLES = ['items', 'additionalProperties', 'not'] as const

function children(node: SchemaNode): SchemaNode[] {
  const out: SchemaNode[] = []
  for (const key of SCHEMA_MAPS) {
    const map = node[key]
    if (isObject(map)) for (const v of Object.values(map)) if (isObject(v)) out.push(v)
  }
  for (const key of SCHEMA_LISTS) {
    const list = node[key]
    if (Array.isArray(list)) for (const v of list) if (isObject(v)) out.push(v)
  }
  for (const key of SCHEMA_SINGLES) {
    const v = node[key]
    if (isObject(v)) out.push(v)
    if (key === 'items' && Array.isArray(v)) for (const x of v) if (isObject(x)) out.push(x)
  }
  return out
}

/** OpenAPI 3.0 `nullable` → JSON Schema, in place; returns the node for chaining. */
function normalizeSchema(node: SchemaNode): SchemaNode {
  for (const child of children(node)) normalizeSchema(child)
  if (!('nullable' in node)) return node
  const nullable = node.nullable === true
  delete node.nullable
  if (!nullable) return node
  const composite = '$ref' in node || SCHEMA_LISTS.some(k => k in node)
  if (!composite && node.type !== undefined) {
    const types = Array.isArray(node.type) ? (node.type as unknown[]) : [node.type]
    if (!types.includes('null')) node.type = [...types, 'null']
    if (Array.isArray(node.enum) && !node.enum.includes(null)) node.enum = [...node.enum, null]
    return node
  }
  const inner: SchemaNode = { ...node }
  for (const key of Object.keys(node)) delete node[key]
  node.anyOf = [{ type: 'null' }, inner]
  return node
}

/**
 * Close object schemas of a request body (see ContractOptions.strictBodies). Nodes that merge other
 * schemas (`allOf`, `$ref`) stay open; `anyOf`/`oneOf` nodes are closed only when every property their
 * branches mention is also listed at the node itself.
 */
function closeObjects(node: SchemaNode): SchemaNode {
  for (const child of children(node)) closeObjects(child)
  const props = node.properties
  if (!isObject(props) || node.additionalProperties !== undefined || '$ref' in node || 'allOf' in node) return node
  for (const key of ['anyOf', 'oneOf'] as const) {
    const list = node[key]
    if (!Array.isArray(list)) continue
    for (const branch of list) {
      if (!isObject(branch) || '$ref' in branch) return node
      const branchProps = branch.properties
      if (isObject(branchProps) && Object.keys(branchProps).some(k => !(k in props))) return node
    }
  }
  node.additionalProperties = false
  return node
}

function pointRefsAtComponents(schema: SchemaNode): SchemaNode {
  const text = JSON.stringify(schema).replaceAll('"#/components/', `"${COMPONENTS_ID}#/components/`)
  return JSON.parse(text) as SchemaNode
}

function describe(errors: ErrorObject[] | null | undefined): string {
  if (!errors?.length) return 'invalid'
  // anyOf/oneOf failures repeat the branch errors; the first few are enough to find the cause.
  return errors
    .slice(0, 6)
    .map(e => {
      const extra = e.keyword === 'additionalProperties' ? ` (${String(e.params.additionalProperty)})` : ''
      return `${e.instancePath || '/'} ${e.message ?? e.keyword}${extra}`
    })
    .join('; ')
}

function pointer(doc: unknown, ref: string): unknown {
  if (!ref.startsWith('#/')) throw new Error(`unsupported $ref ${ref}`)
  let current: unknown = doc
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~')
    current = isObject(current) ? current[key] : undefined
  }
  if (current === undefined) throw new Error(`dangling $ref ${ref}`)
  return current
}

function isRef(x: unknown): x is Ref {
  return isObject(x) && typeof x.$ref === 'string'
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x)
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}
