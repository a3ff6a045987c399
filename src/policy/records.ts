import { isMap, isScalar, isSeq, type Document, type Node, type YAMLMap } from 'yaml'
import type { Span } from '../model.js'
import { SourceText } from '../parse/source.js'
import { keyName, parseYaml, resolveAlias, scalarText } from '../parse/yaml/yaml.js'
import { EXCEPTION_PREFIX, HOST_FIELDS, type HostField, type MetaEntry, type WorkloadFacts } from '../engine/facts.js'

/**
 * Exception records, in the two forms the issue allows: label + annotations on the workload, or an
 * entry of the central file named by `exceptions.file`. Both produce the same ExceptionRecord, so
 * every later check is blind to where a record came from.
 */

export const EXCEPTION_LABEL = `${EXCEPTION_PREFIX}exception`
export const ANNOTATIONS = {
  allow: `${EXCEPTION_PREFIX}allow`,
  owner: `${EXCEPTION_PREFIX}owner`,
  riskAcceptance: `${EXCEPTION_PREFIX}risk-acceptance`,
  expires: `${EXCEPTION_PREFIX}expires`,
} as const

export type RecordField = 'label' | 'kind' | 'namespace' | 'name' | 'allow' | 'owner' | 'riskAcceptance' | 'expires'

/** The central file's keys, in the order the docs list them. */
export const CENTRAL_KEYS = ['kind', 'namespace', 'name', 'allow', 'owner', 'riskAcceptance', 'expires'] as const

export interface WorkloadKey {
  kind: string
  /** Unset for an annotation record on a workload that does not name its namespace. */
  namespace?: string
  name: string
}

export interface RecordProblem {
  file: string
  span: Span
  /** The field at fault, named in the message. */
  field: RecordField | 'file'
  fieldPath: string
  message: string
}

export interface ExceptionRecord {
  origin: 'annotation' | 'file'
  file: string
  /** The opt-in label, or the central file's list entry. */
  span: Span
  /** Where each field is written; a missing field points at `span`. */
  spans: Partial<Record<RecordField, Span>>
  /** `metadata.labels.host-namespace-guard.io/exception`, `exceptions[2]`: fingerprints use it. */
  fieldPath: string
  fieldPaths: Partial<Record<RecordField, string>>
  target: WorkloadKey
  /** Only the valid flags; an unknown one is a problem. */
  allow: HostField[]
  owner?: string
  riskAcceptance?: string
  /** `YYYY-MM-DD`, only when it is a real calendar date. */
  expires?: string
  /** For annotation records: the workload it is written on. */
  workloadId?: string
  /** Empty when the record is valid. */
  problems: RecordProblem[]
}

export const isValidRecord = (r: ExceptionRecord): boolean => r.problems.length === 0

export const workloadKeyText = (k: { kind?: string; namespace?: string; name?: string }): string =>
  k.namespace !== undefined ? `${k.kind ?? '?'}/${k.namespace}/${k.name ?? '?'}` : `${k.kind ?? '?'}/${k.name ?? '?'}`

/** A calendar date written `YYYY-MM-DD`, as a UTC midnight timestamp; undefined when it is not one. */
export function parseIsoDate(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim())
  if (!m) return undefined
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const t = Date.UTC(y, mo - 1, d)
  const back = new Date(t)
  // Date.UTC rolls 2025-02-30 over to March: a date that does not round-trip does not exist.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined
  return t
}

/** Splits `hostNetwork, hostPID` into flags; unknown entries are returned separately. */
export function parseAllow(items: string[]): { allow: HostField[]; unknown: string[] } {
  const allow: HostField[] = []
  const unknown: string[] = []
  for (const raw of items.flatMap(i => i.split(','))) {
    const item = raw.trim()
    if (item === '') continue
    if ((HOST_FIELDS as readonly string[]).includes(item)) {
      if (!allow.includes(item as HostField)) allow.push(item as HostField)
    } else unknown.push(item)
  }
  return { allow, unknown }
}

// ------------------------------------------------------------------------------------------------
// Annotation form

/**
 * The record written on a workload, or undefined when the workload does not opt in. A workload
 * opts in with the label set to the string "true"; annotations of ours without the label, the label
 * with another value, or the label on the pod template are problems, never a silent pass.
 */
export function annotationRecord(w: WorkloadFacts): ExceptionRecord | undefined {
  const label = w.labels[EXCEPTION_LABEL]
  const ours = Object.keys(w.annotations).filter(k => k.startsWith(EXCEPTION_PREFIX))
  const misplaced = w.pods.find(p => p.misplacedException)?.misplacedException
  if (!label && ours.length === 0 && !misplaced) return undefined
  if (label && label.isString && label.value === 'false') return undefined

  const labelPath = `metadata.labels.${EXCEPTION_LABEL}`
  const record: ExceptionRecord = {
    origin: 'annotation',
    file: w.file,
    span: label?.valueSpan ?? (ours.length ? w.annotations[ours[0]].keySpan : (misplaced ?? w.anchor)),
    spans: {},
    fieldPath: labelPath,
    fieldPaths: { label: labelPath },
    target: { kind: w.kind, namespace: w.namespace, name: w.name ?? '' },
    allow: [],
    workloadId: w.id,
    problems: [],
  }
  const problem = (field: RecordField, span: Span, message: string, fieldPath?: string) =>
    record.problems.push({ file: w.file, span, field, fieldPath: fieldPath ?? record.fieldPaths[field] ?? labelPath, message })
  const display = w.resource.display

  if (misplaced && !label) {
    problem(
      'label',
      misplaced,
      `${display}: the exception label and annotations are on the pod template; put them on the ${w.kind}'s own metadata, where they are read.`,
    )
    return record
  }
  if (!label) {
    problem(
      'label',
      record.span,
      `${display} has ${ours.map(a => `"${a}"`).join(', ')} but not the label ${EXCEPTION_LABEL}: "true", so no exception is in force. Add the label, or remove the annotations.`,
    )
    return record
  }
  record.spans.label = label.valueSpan
  if (!label.isString || label.value !== 'true') {
    const hint = label.isString ? '' : ' (quoted: Kubernetes rejects a label value that is not a string)'
    problem('label', label.valueSpan, `${display}: label ${EXCEPTION_LABEL} must be "true"${hint}, got ${JSON.stringify(label.value)}.`)
  }
  if (w.pods.length === 0)
    problem(
      'label',
      label.valueSpan,
      `${display}: a ${w.kind} runs no pods, so an exception on it covers nothing; put the label and annotations on the workload.`,
    )
  if (!w.name) problem('name', label.valueSpan, `${display}: the workload has no metadata.name, so its exception cannot be audited.`)

  const annotation = (field: 'allow' | 'owner' | 'riskAcceptance' | 'expires'): MetaEntry | undefined => {
    const key = ANNOTATIONS[field]
    record.fieldPaths[field] = `metadata.annotations.${key}`
    const entry = w.annotations[key]
    if (!entry || entry.value.trim() === '') {
      problem(field, entry?.valueSpan ?? label.valueSpan, `${display}: annotation ${key} is ${entry ? 'empty' : 'missing'}; ${FIELD_HELP[field]}.`)
      return undefined
    }
    record.spans[field] = entry.valueSpan
    return entry
  }
  const allow = annotation('allow')
  if (allow) {
    const { allow: flags, unknown } = parseAllow([allow.value])
    record.allow = flags
    if (unknown.length)
      problem(
        'allow',
        allow.valueSpan,
        `${display}: annotation ${ANNOTATIONS.allow} lists ${unknown.map(u => JSON.stringify(u)).join(', ')}, not one of ${HOST_FIELDS.join(', ')}.`,
      )
    else if (flags.length === 0) problem('allow', allow.valueSpan, `${display}: annotation ${ANNOTATIONS.allow} names no host namespace; ${FIELD_HELP.allow}.`)
  }
  record.owner = annotation('owner')?.value.trim()
  record.riskAcceptance = annotation('riskAcceptance')?.value.trim()
  const expires = annotation('expires')
  if (expires) {
    if (parseIsoDate(expires.value) === undefined)
      problem(
        'expires',
        expires.valueSpan,
        `${display}: annotation ${ANNOTATIONS.expires} is ${JSON.stringify(expires.value)}, not a date; ${FIELD_HELP.expires}.`,
      )
    else record.expires = expires.value.trim()
  }
  for (const key of ours) {
    if (!(Object.values(ANNOTATIONS) as string[]).includes(key)) {
      problem(
        'label',
        w.annotations[key].keySpan,
        `${display}: unknown annotation ${key}; expected ${Object.values(ANNOTATIONS).join(', ')}.`,
        `metadata.annotations.${key}`,
      )
    }
  }
  return record
}

const FIELD_HELP: Record<'allow' | 'owner' | 'riskAcceptance' | 'expires' | 'kind' | 'namespace' | 'name', string> = {
  allow: `list the accepted host namespaces, comma-separated, from ${HOST_FIELDS.join(', ')}`,
  owner: 'name the team or person who owns the risk',
  riskAcceptance: 'give the risk acceptance reference and the reason (e.g. "SEC-123: node exporter reads host network statistics")',
  expires: 'write the expiry as an ISO date, YYYY-MM-DD',
  kind: 'write the workload kind (e.g. DaemonSet)',
  namespace: 'write the workload namespace',
  name: 'write the workload name',
}

// ------------------------------------------------------------------------------------------------
// Central file form

export interface CentralFile {
  records: ExceptionRecord[]
  /** Problems not tied to one entry (bad YAML, wrong shape). */
  problems: RecordProblem[]
}

/**
 * The central file (`exceptions.file`):
 * ```yaml
 * exceptions:
 *   - kind: DaemonSet
 *     namespace: monitoring
 *     name: node-exporter
 *     allow: [hostNetwork, hostPID]     # or "hostNetwork,hostPID"
 *     owner: team-observability
 *     riskAcceptance: "SEC-123: reads host network statistics"
 *     expires: 2025-12-31
 * ```
 */
export function parseCentralFile(file: string, text: string): CentralFile {
  const source = new SourceText(file, text)
  const parsed = parseYaml(source)
  const out: CentralFile = { records: [], problems: [] }
  const fileProblem = (span: Span, message: string, fieldPath = 'exceptions') =>
    out.problems.push({ file, span, field: 'file', fieldPath, message: `${file}:${span.start.line}: ${message}` })
  for (const p of parsed.problems) fileProblem(p.span, p.message)
  if (parsed.problems.some(p => p.fatal)) return out
  const docs = parsed.documents.filter(d => d.doc.contents !== null)
  if (docs.length !== 1) {
    if (docs.length > 1) fileProblem(source.span(0, 0), 'expected one YAML document')
    return out
  }
  const { doc } = docs[0]
  const root = resolveAlias(doc, doc.contents)
  const spanOf = (node: unknown) => {
    const r = (node as Node | undefined)?.range
    return r ? source.span(r[0], r[1]) : source.span(0, 0)
  }
  if (!isMap(root)) {
    fileProblem(spanOf(root), 'expected a mapping with an "exceptions" list')
    return out
  }
  let list: Node | undefined
  for (const pair of root.items) {
    const k = keyName(pair)
    if (k === 'exceptions') list = resolveAlias(doc, pair.value)
    else fileProblem(spanOf(pair.key), `unknown key ${JSON.stringify(String(k))}; expected exceptions`, String(k))
  }
  if (list === undefined || (isScalar(list) && list.value === null)) return out
  if (!isSeq(list)) {
    fileProblem(spanOf(list), 'exceptions: expected a list of exception entries')
    return out
  }
  list.items.forEach((item, index) => {
    const entry = resolveAlias(doc, item)
    if (!isMap(entry)) {
      fileProblem(spanOf(entry ?? item), `exceptions[${index}]: expected a mapping with ${CENTRAL_KEYS.join(', ')}`, `exceptions[${index}]`)
      return
    }
    out.records.push(centralRecord(file, doc, entry, index, spanOf))
  })
  return out
}

function centralRecord(file: string, doc: Document.Parsed, entry: YAMLMap, index: number, spanOf: (n: unknown) => Span): ExceptionRecord {
  const path = `exceptions[${index}]`
  const values = new Map<string, Node | undefined>()
  const record: ExceptionRecord = {
    origin: 'file',
    file,
    span: spanOf(entry),
    spans: {},
    fieldPath: path,
    fieldPaths: {},
    target: { kind: '', name: '' },
    allow: [],
    problems: [],
  }
  const where = (span: Span) => `${file}:${span.start.line}`
  const problem = (field: RecordField, span: Span, message: string) =>
    record.problems.push({ file, span, field, fieldPath: record.fieldPaths[field] ?? path, message: `${where(span)}: ${path}.${message}` })
  for (const pair of entry.items) {
    const k = keyName(pair)
    if (typeof k !== 'string' || !(CENTRAL_KEYS as readonly string[]).includes(k)) {
      record.problems.push({
        file,
        span: spanOf(pair.key),
        field: 'file',
        fieldPath: path,
        message: `${where(spanOf(pair.key))}: ${path}: unknown key ${JSON.stringify(String(k))}; expected ${CENTRAL_KEYS.join(', ')}`,
      })
      continue
    }
    values.set(k, resolveAlias(doc, pair.value))
    record.spans[k as RecordField] = spanOf(pair.value ?? pair.key)
    record.fieldPaths[k as RecordField] = `${path}.${k}`
  }
  const text = (k: 'kind' | 'namespace' | 'name' | 'owner' | 'riskAcceptance' | 'expires'): string | undefined => {
    record.fieldPaths[k] ??= `${path}.${k}`
    const node = values.get(k)
    const value = isScalar(node) ? scalarText(node)?.trim() : undefined
    if (!values.has(k)) problem(k, record.span, `${k} is missing; ${FIELD_HELP[k]}.`)
    else if (value === undefined || value === '') problem(k, record.spans[k] ?? record.span, `${k} must be a non-empty text; ${FIELD_HELP[k]}.`)
    return value || undefined
  }
  record.target = { kind: text('kind') ?? '', namespace: text('namespace'), name: text('name') ?? '' }
  record.fieldPaths.allow ??= `${path}.allow`
  const allowNode = values.get('allow')
  if (!values.has('allow')) problem('allow', record.span, `allow is missing; ${FIELD_HELP.allow}.`)
  else {
    const items = isSeq(allowNode) ? allowNode.items.map(i => resolveAlias(doc, i)) : [allowNode]
    const texts = items.map(i => (isScalar(i) ? scalarText(i) : undefined))
    if (texts.some(t => t === undefined)) problem('allow', record.spans.allow!, `allow must be a list of ${HOST_FIELDS.join(', ')}.`)
    else {
      const { allow, unknown } = parseAllow(texts as string[])
      record.allow = allow
      if (unknown.length)
        problem('allow', record.spans.allow!, `allow lists ${unknown.map(u => JSON.stringify(u)).join(', ')}, not one of ${HOST_FIELDS.join(', ')}.`)
      else if (allow.length === 0) problem('allow', record.spans.allow!, `allow names no host namespace; ${FIELD_HELP.allow}.`)
    }
  }
  record.owner = text('owner')
  record.riskAcceptance = text('riskAcceptance')
  const expires = text('expires')
  if (expires !== undefined) {
    if (parseIsoDate(expires) === undefined)
      problem('expires', record.spans.expires!, `expires is ${JSON.stringify(expires)}, not a date; ${FIELD_HELP.expires}.`)
    else record.expires = expires
  }
  return record
}
