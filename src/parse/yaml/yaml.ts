import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap, type Scalar } from 'yaml'
import type { Span } from '../../model.js'
import { shareWorkBudget, spendWork, type BoundHit } from './yaml-bounds.js'
import { aliasTarget, indexDocument, isAliasFree } from './yaml-index.js'
import { readDocuments } from './yaml-stream.js'
import { SourceText } from '../source.js'

export { boundsHit, noteBound, type BoundHit } from './yaml-bounds.js'

/**
 * YAML read the way Kubernetes reads it: YAML 1.1 (yes/on/True are booleans, `<<` merges),
 * positions kept, nothing converted to plain JS (so an alias bomb never expands). Reading costs
 * time linear in the file: aliases resolve through an anchor index built once per document and
 * duplicate keys are found with a Set (yaml-index.ts); nesting and memory are bounded while
 * parsing (yaml-stream.ts), and readers that follow aliases and merges by a work budget per file
 * (yaml-bounds.ts). A bound reached is reported (incomplete-scan), never passed.
 */

export interface YamlProblem {
  message: string
  span: Span
  /** Errors make the document unreadable; warnings (duplicate keys) leave it usable. */
  fatal: boolean
}

export interface YamlDocument {
  index: number
  doc: Document.Parsed
  /** The document could not be read reliably; its content is not checked. */
  fatal: boolean
}

export interface ParsedYaml {
  source: SourceText
  documents: YamlDocument[]
  problems: YamlProblem[]
  /** Bounds that stopped reading the file (size, nesting): the rest of it was not read. */
  bounds: BoundHit[]
}

export function parseYaml(source: SourceText, wanted?: (document: string) => boolean): ParsedYaml {
  const text = asGoYamlLineBreaks(wanted ? blankUnwantedDocuments(source.text, wanted) : source.text)
  // uniqueKeys is off because eemeli/yaml's check is quadratic in a map's size: indexDocument does it.
  const { docs, stopped } = readDocuments(text, { version: '1.1', merge: true, keepSourceTokens: false, prettyErrors: false, uniqueKeys: false })
  shareWorkBudget(docs)
  const problems: YamlProblem[] = []
  const documents = docs.map((doc, index) => {
    const found = doc.errors.map(e => ({ start: e.pos[0], end: Math.max(e.pos[1], e.pos[0]), message: describeYamlError(e.message), fatal: true }))
    // Kubernetes' non-strict decoder takes the last duplicate key: the document stays usable.
    for (const d of indexDocument(doc)) found.push({ start: d.offset, end: d.offset + 1, message: 'duplicate key: Map keys must be unique', fatal: false })
    found.sort((a, b) => a.start - b.start)
    for (const p of found) problems.push({ message: p.message, span: source.span(p.start, p.end), fatal: p.fatal })
    return { index, doc, fatal: found.some(p => p.fatal) }
  })
  return { source, documents, problems, bounds: stopped ? [stopped] : [] }
}

/**
 * libyaml and go-yaml (Kubernetes' decoder) also break lines at a lone CR, NEL, U+2028 and
 * U+2029; eemeli/yaml does not, so `# note\u2028hostNetwork: true` would be a comment to us and a
 * field to Kubernetes. Each becomes `\n`, one code unit for one: offsets stay exact.
 */
function asGoYamlLineBreaks(text: string): string {
  return GO_YAML_BREAK.test(text) ? text.replace(GO_YAML_BREAKS, '\n') : text
}
const GO_YAML_BREAK = /\r(?!\n)|[\u0085\u2028\u2029]/
const GO_YAML_BREAKS = new RegExp(GO_YAML_BREAK.source, 'g')

/**
 * A line starting with `---` or `...` always ends a document (YAML forbids it inside scalars and
 * flow collections), so documents can be told apart without parsing. Documents nobody wants are
 * replaced by blanks of the same length: offsets, lines and document indexes stay exact, and the
 * parser skips whitespace far faster than it builds nodes. Anchors never cross documents.
 */
const DOCUMENT_MARKER = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/gm

export function blankUnwantedDocuments(text: string, wanted: (document: string) => boolean): string {
  const cuts = documentCuts(text)
  if (cuts.length === 2) return text
  let out = ''
  let changed = false
  for (let i = 0; i < cuts.length; i += 2) {
    const body = text.slice(cuts[i], cuts[i + 1])
    const keep = kept(body, wanted)
    if (!keep) changed = true
    out += keep ? body : i === 0 ? blankedFirst(body) : blanked(body)
    if (i + 2 < cuts.length) out += text.slice(cuts[i + 1], cuts[i + 2])
  }
  return changed ? out : text
}

/** Where documents start and end: pairs of offsets, a marker between one pair and the next. */
function documentCuts(text: string): number[] {
  const cuts = [0]
  for (const m of text.matchAll(DOCUMENT_MARKER)) cuts.push(m.index!, m.index! + m[0].length)
  cuts.push(text.length)
  return cuts
}

/**
 * Whether blankUnwantedDocuments would keep any document: a stream whose every document is
 * unwanted (a bundle of CRDs whose schemas mention host fields) needs no parsing at all.
 */
export function someDocumentWanted(text: string, wanted: (document: string) => boolean): boolean {
  const cuts = documentCuts(text)
  if (cuts.length === 2) return wanted(text)
  for (let i = 0; i < cuts.length; i += 2) if (kept(text.slice(cuts[i], cuts[i + 1]), wanted)) return true
  return false
}

/** A document is kept when wanted, and when it holds directives (%YAML, %TAG): they change how later documents read. */
const kept = (body: string, wanted: (document: string) => boolean): boolean => wanted(body) || DIRECTIVE_LINE.test(body)
const DIRECTIVE_LINE = /^%/m

/**
 * The part before the first marker is a document only if it has content: blanking it whole would
 * shift every document index. An empty map of the same length keeps it a document.
 */
function blankedFirst(body: string): string {
  return /^(?![ \t]*(?:#|\r?$))/m.test(body) && body.length >= 2 ? `{}${blanked(body.slice(2))}` : blanked(body)
}

/**
 * `text` as spaces of the same length, but for the line break it ends with (the next document's
 * marker must start a line). Offsets are all that positions need, so the lines inside need not
 * stay: one line of blanks is read at once, where thousands of blank lines (a CRD bundle) cost the
 * parser a token each. Written byte by byte: a regular expression replacing one character at a
 * time holds about 40 bytes of garbage per character, 200 MB for a 5 MiB file.
 */
function blanked(text: string): string {
  let end = text.length
  if (end && LINE_BREAK.test(text[end - 1]!)) end -= text[end - 1] === '\n' && text[end - 2] === '\r' ? 2 : 1
  return ' '.repeat(end) + text.slice(end)
}
const LINE_BREAK = /[\n\r\u2028\u2029\u0085]/

function describeYamlError(message: string): string {
  // eemeli/yaml appends a source excerpt after a blank line; the finding already points there.
  const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
  return `invalid YAML: ${first}`
}

/**
 * The node an alias names (an alias never names another alias: they take no anchor). Each
 * resolution is spent from the work budget; past it, aliases name nothing.
 */
export function resolveAlias(doc: Document.Parsed, node: unknown): Node | undefined {
  if (!isAlias(node)) return (node ?? undefined) as Node | undefined
  return spendWork(doc, 1, node) ? aliasTarget(doc, node) : undefined
}

export function keyName(pair: Pair): string | symbol | undefined {
  const k = pair.key
  if (isScalar(k)) return typeof k.value === 'symbol' ? k.value : String(k.value)
  return undefined
}

/** go-yaml (which Kubernetes uses) merges only on a plain `<<` key; a quoted "<<" is a key. */
const isMergeKey = (pair: Pair): boolean =>
  isScalar(pair.key) && (typeof pair.key.value === 'symbol' || (pair.key.source === '<<' && (pair.key.type === undefined || pair.key.type === 'PLAIN')))

/** A field as found in a map: where the value is written and what it resolves to. */
export interface FieldHit {
  key?: Scalar
  /** The node written in the map (possibly an alias), or in the merged-in map. */
  written: Node
  /** `written` with aliases followed. */
  value: Node
  /** The value came in through a `<<` merge key. */
  merged: boolean
  /** That merge key, in the map that was asked: where the value is used rather than written. */
  via?: Node
}

/**
 * How `<<` merges combine with explicit keys. Kubernetes decodes with go-yaml v2: pairs apply in
 * the order written and a later one overwrites an earlier one, explicit key or merge alike.
 * docker compose (compose-go) decodes with go-yaml v3: a key written in the map always beats a
 * merged one, wherever the `<<` stands. In both, earlier maps of a merge list win.
 */
export type MergeOrder = 'go-yaml-v2' | 'go-yaml-v3'

const resolvedCache: Record<MergeOrder, WeakMap<YAMLMap, Map<string, FieldHit>>> = { 'go-yaml-v2': new WeakMap(), 'go-yaml-v3': new WeakMap() }
const documentOrder = new WeakMap<Document.Parsed, MergeOrder>()
const NOTHING: ReadonlyMap<string, FieldHit> = new Map()

/** From now on `field` and `entries` read this document's merges as docker compose does. */
export function readMergesAsCompose(doc: Document.Parsed): void {
  documentOrder.set(doc, 'go-yaml-v3')
}

/**
 * A map's keys after `<<` merges, in the document's MergeOrder. Merge chains are followed as far
 * as go-yaml follows them: the maps a map merges are resolved first, depth first with a stack of
 * our own (a chain thousands deep needs no JS stack), and each map once; copying keys along a
 * chain is what the work budget bounds. A map that merges itself resolves to nothing; aliases
 * cannot build one (indexDocument reports the cycle).
 */
function resolved(doc: Document.Parsed, map: YAMLMap): Map<string, FieldHit> {
  const order = documentOrder.get(doc) ?? 'go-yaml-v2'
  const cache = resolvedCache[order]
  // Asked of the same map again and again (a pod spec's every field): no stack for a known one.
  const known = cache.get(map)
  if (known) return known
  const pending = [map]
  const open = new Set<YAMLMap>()
  while (pending.length > 0) {
    const top = pending[pending.length - 1]
    if (cache.has(top)) {
      pending.pop()
    } else if (!open.has(top)) {
      open.add(top)
      for (const source of mergedMaps(doc, top)) if (!cache.has(source) && !open.has(source)) pending.push(source)
    } else {
      pending.pop()
      open.delete(top)
      cache.set(top, combine(doc, top, order, cache))
    }
  }
  return cache.get(map)!
}

/** A map's own keys and, after them or in between (see MergeOrder), those its merge keys bring. */
function combine(doc: Document.Parsed, map: YAMLMap, order: MergeOrder, cache: WeakMap<YAMLMap, Map<string, FieldHit>>): Map<string, FieldHit> {
  const out = new Map<string, FieldHit>()
  const merged = (source: YAMLMap) => cache.get(source) ?? NOTHING
  let lastMerge: Pair | undefined
  for (const pair of map.items) {
    if (isMergeKey(pair)) {
      if (order === 'go-yaml-v3') lastMerge = pair
      else mergeInto(doc, out, mergeSources(doc, pair.value).map(merged), pair, true)
      continue
    }
    const k = keyName(pair)
    if (typeof k !== 'string') continue
    const written = (pair.value ?? undefined) as Node | undefined
    const value = written ? resolveAlias(doc, written) : undefined
    if (!written || !value) out.delete(k)
    else out.set(k, { key: pair.key as Scalar, written, value, merged: false })
  }
  // go-yaml v3 applies the (last) merge after the explicit keys and never over them.
  if (lastMerge) mergeInto(doc, out, mergeSources(doc, lastMerge.value).map(merged), lastMerge, false)
  return out
}

/**
 * Adds a merge key's resolved maps to `out`; `overwrite` as go-yaml v2 does, else only missing
 * keys. Copies are spent from the work budget: a chain adding a key at every link copies its
 * length squared.
 */
function mergeInto(
  doc: Document.Parsed,
  out: Map<string, FieldHit>,
  sources: ReadonlyArray<ReadonlyMap<string, FieldHit>>,
  pair: Pair,
  overwrite: boolean,
): void {
  if (
    !spendWork(
      doc,
      sources.reduce((n, source) => n + source.size, 0),
      pair.key,
    )
  )
    return
  const via = pair.key as Node
  const mergedHit = (hit: FieldHit): FieldHit => ({ key: hit.key, written: hit.written, value: hit.value, merged: true, via })
  if (overwrite) {
    for (let i = sources.length - 1; i >= 0; i--) {
      for (const [k, hit] of sources[i]) out.set(k, mergedHit(hit))
    }
    return
  }
  for (const source of sources) {
    for (const [k, hit] of source) if (!out.has(k)) out.set(k, mergedHit(hit))
  }
}

/** The maps a map's merge keys name. */
function mergedMaps(doc: Document.Parsed, map: YAMLMap): YAMLMap[] {
  return map.items.filter(isMergeKey).flatMap(pair => mergeSources(doc, pair.value))
}

/** A key's value after merges, as the document's reader sees it (see `resolved`). */
export function field(doc: Document.Parsed, map: YAMLMap, name: string): FieldHit | undefined {
  return readsAsWritten(doc, map) ? writtenField(map, name) : resolved(doc, map).get(name)
}

/**
 * A map with no merge key in a document with no alias is what `resolved` would make of it: each
 * key's last pair, one without a value taking the key away. Read so directly, it needs no table
 * of hits per map, nor an entry in the WeakMap that caches them: the young collector keeps what
 * a long-lived WeakMap's entries reach, so every parsed tree was copied and promoted to the old
 * generation (38 of 40 MB promoted in a 50,000-file scan, then 9).
 */
const readsAsWritten = (doc: Document.Parsed, map: YAMLMap): boolean => isAliasFree(doc) && !map.items.some(isMergeKey)

function writtenField(map: YAMLMap, name: string): FieldHit | undefined {
  for (let i = map.items.length - 1; i >= 0; i--) {
    const pair = map.items[i]
    if (keyName(pair) !== name) continue
    const written = (pair.value ?? undefined) as Node | undefined
    return written ? { key: pair.key as Scalar, written, value: written, merged: false } : undefined
  }
  return undefined
}

function mergeSources(doc: Document.Parsed, value: unknown): YAMLMap[] {
  const r = resolveAlias(doc, value)
  if (isMap(r)) return [r]
  if (isSeq(r)) return r.items.map(i => resolveAlias(doc, i)).filter(isMap)
  return []
}

/** All keys of a map after merges, with their resolved values. */
export function entries(doc: Document.Parsed, map: YAMLMap): Array<[string, Node]> {
  if (!readsAsWritten(doc, map)) return [...resolved(doc, map)].map(([k, hit]) => [k, hit.value])
  // As `combine` orders them: a key where it was first set, or last set again after a removal.
  const out = new Map<string, Node>()
  for (const pair of map.items) {
    const k = keyName(pair)
    if (typeof k !== 'string') continue
    const written = (pair.value ?? undefined) as Node | undefined
    if (written) out.set(k, written)
    else out.delete(k)
  }
  return [...out]
}

export function mapField(doc: Document.Parsed, map: YAMLMap, name: string): YAMLMap | undefined {
  const hit = field(doc, map, name)
  return hit && isMap(hit.value) ? hit.value : undefined
}

export function mapAt(doc: Document.Parsed, map: YAMLMap, path: readonly string[]): YAMLMap | undefined {
  let current: YAMLMap | undefined = map
  for (const key of path) {
    if (!current) return undefined
    current = mapField(doc, current, key)
  }
  return current
}

/** A scalar's string value, or undefined when the node is not a string scalar. */
export function stringValue(node: Node | undefined): string | undefined {
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined
}

/** Scalar value as text for names: Kubernetes names can be written as numbers (`name: 1`). */
export function scalarText(node: Node | undefined): string | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined
  return typeof node.value === 'symbol' ? undefined : String(node.source ?? node.value)
}
