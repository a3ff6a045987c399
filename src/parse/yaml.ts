import { parseAllDocuments, isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap, type Scalar } from 'yaml'
import type { Span } from '../model.js'
import { SourceText } from './source.js'

/**
 * YAML read the way Kubernetes reads it: YAML 1.1 (yes/on/True are booleans, `<<` merges),
 * positions kept, nothing converted to plain JS (so an alias bomb never expands).
 */

/** How deep alias and merge chains are followed before we give up: bounds alias bombs. */
export const MAX_ALIAS_DEPTH = 16

/**
 * A bound the reader hit in a document (an alias or merge chain too deep, a work budget spent):
 * what lies past it was not read, so the engine reports it as `incomplete-scan`, never a pass.
 */
export interface BoundHit {
  message: string
  /** Offset in the file of the node where the bound was hit. */
  offset: number
}

const boundHits = new WeakMap<Document.Parsed, BoundHit[]>()

/** Records that a bound was hit while reading `doc` (once per message and place). */
export function noteBound(doc: Document.Parsed, message: string, node?: unknown): void {
  const offset = (node as Node | undefined)?.range?.[0] ?? doc.contents?.range?.[0] ?? 0
  let list = boundHits.get(doc)
  if (!list) boundHits.set(doc, (list = []))
  if (!list.some(h => h.message === message && h.offset === offset)) list.push({ message, offset })
}

/** The bounds hit so far while reading `doc`. */
export function boundsHit(doc: Document.Parsed): readonly BoundHit[] {
  return boundHits.get(doc) ?? []
}

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
}

/** Problems that leave the tree trustworthy: Kubernetes (non-strict) takes the last duplicate key. */
const NON_FATAL = new Set(['DUPLICATE_KEY'])

export function parseYaml(source: SourceText, wanted?: (document: string) => boolean): ParsedYaml {
  const text = asGoYamlLineBreaks(wanted ? blankUnwantedDocuments(source.text, wanted) : source.text)
  const parsed = parseAllDocuments(text, { version: '1.1', merge: true, keepSourceTokens: false, prettyErrors: false })
  const docs = 'empty' in parsed ? [] : parsed
  const problems: YamlProblem[] = []
  const documents = docs.map((doc, index) => {
    let fatal = false
    for (const e of doc.errors) {
      const isFatal = !NON_FATAL.has(e.code)
      fatal ||= isFatal
      problems.push({ message: describeYamlError(e.code, e.message), span: source.span(e.pos[0], Math.max(e.pos[1], e.pos[0])), fatal: isFatal })
    }
    return { index, doc, fatal }
  })
  return { source, documents, problems }
}

/**
 * libyaml and go-yaml (Kubernetes' decoder) also break lines at a lone CR, NEL, U+2028 and
 * U+2029; eemeli/yaml does not, so `# note\u2028hostNetwork: true` would be a comment to us and a
 * field to Kubernetes. Each becomes `\n`, one code unit for one: offsets stay exact.
 */
function asGoYamlLineBreaks(text: string): string {
  return /\r(?!\n)|[\u0085\u2028\u2029]/.test(text) ? text.replace(/\r(?!\n)|[\u0085\u2028\u2029]/g, '\n') : text
}

/**
 * A line starting with `---` or `...` always ends a document (YAML forbids it inside scalars and
 * flow collections), so documents can be told apart without parsing. Documents nobody wants are
 * replaced by blanks of the same length: offsets, lines and document indexes stay exact, and the
 * parser skips whitespace far faster than it builds nodes. Anchors never cross documents.
 */
const DOCUMENT_MARKER = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/gm

export function blankUnwantedDocuments(text: string, wanted: (document: string) => boolean): string {
  const cuts = [0]
  for (const m of text.matchAll(DOCUMENT_MARKER)) cuts.push(m.index!, m.index! + m[0].length)
  cuts.push(text.length)
  if (cuts.length === 2) return text
  let out = ''
  let changed = false
  for (let i = 0; i < cuts.length; i += 2) {
    const body = text.slice(cuts[i], cuts[i + 1])
    // The part before the first marker is a document only if it has content, so blanking it
    // would shift every index; directives (%YAML, %TAG) change how later documents read.
    const keep = i === 0 || wanted(body) || /^%/m.test(body)
    if (!keep) changed = true
    out += keep ? body : blanked(body)
    if (i + 2 < cuts.length) out += text.slice(cuts[i + 1], cuts[i + 2])
  }
  return changed ? out : text
}

/**
 * `text` with every code unit but CR and LF turned into a space. Written byte by byte: a regular
 * expression replacing one character at a time holds about 40 bytes of garbage per character,
 * 200 MB for a 5 MiB file.
 */
function blanked(text: string): string {
  const out = Buffer.allocUnsafe(text.length)
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    out[i] = c === 10 || c === 13 ? c : 32
  }
  return out.toString('latin1')
}

function describeYamlError(code: string, message: string): string {
  // eemeli/yaml appends a source excerpt after a blank line; the finding already points there.
  const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
  return code === 'DUPLICATE_KEY' ? `duplicate key: ${first}` : `invalid YAML: ${first}`
}

/** Follow aliases to the node they name, at most MAX_ALIAS_DEPTH hops. */
export function resolveAlias(doc: Document.Parsed, node: unknown): Node | undefined {
  let current = node
  for (let hops = 0; isAlias(current); hops++) {
    if (hops >= MAX_ALIAS_DEPTH) return undefined
    current = current.resolve(doc)
  }
  return (current ?? undefined) as Node | undefined
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
const inProgress = new WeakSet<YAMLMap>()
const documentOrder = new WeakMap<Document.Parsed, MergeOrder>()

/** From now on `field` and `entries` read this document's merges as docker compose does. */
export function readMergesAsCompose(doc: Document.Parsed): void {
  documentOrder.set(doc, 'go-yaml-v3')
}

/**
 * A map's keys after `<<` merges, in the document's MergeOrder. Each map is resolved once (a
 * merge bomb costs one pass per map), cycles resolve to nothing, and depth is bounded.
 */
function resolved(doc: Document.Parsed, map: YAMLMap, depth = 0): Map<string, FieldHit> {
  const order = documentOrder.get(doc) ?? 'go-yaml-v2'
  const cached = resolvedCache[order].get(map)
  if (cached) return cached
  const out = new Map<string, FieldHit>()
  if (depth > MAX_ALIAS_DEPTH || inProgress.has(map)) return out
  inProgress.add(map)
  try {
    const merges: Pair[] = []
    for (const pair of map.items) {
      if (isMergeKey(pair)) {
        if (order === 'go-yaml-v3') merges.splice(0, merges.length, pair)
        else mergeInto(out, doc, pair, depth, true)
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
    for (const pair of merges) mergeInto(out, doc, pair, depth, false)
  } finally {
    inProgress.delete(map)
  }
  resolvedCache[order].set(map, out)
  return out
}

/** Adds a merge key's maps to `out`; `overwrite` as go-yaml v2 does, else only missing keys. */
function mergeInto(out: Map<string, FieldHit>, doc: Document.Parsed, pair: Pair, depth: number, overwrite: boolean): void {
  const sources = mergeSources(doc, pair.value)
  if (overwrite) {
    for (let i = sources.length - 1; i >= 0; i--) {
      for (const [k, hit] of resolved(doc, sources[i], depth + 1)) out.set(k, { ...hit, merged: true, via: pair.key as Node })
    }
    return
  }
  for (const source of sources) {
    for (const [k, hit] of resolved(doc, source, depth + 1)) if (!out.has(k)) out.set(k, { ...hit, merged: true, via: pair.key as Node })
  }
}

/** A key's value after merges, as the document's reader sees it (see `resolved`). */
export function field(doc: Document.Parsed, map: YAMLMap, name: string): FieldHit | undefined {
  return resolved(doc, map).get(name)
}

function mergeSources(doc: Document.Parsed, value: unknown): YAMLMap[] {
  const r = resolveAlias(doc, value)
  if (isMap(r)) return [r]
  if (isSeq(r)) return r.items.map(i => resolveAlias(doc, i)).filter(isMap)
  return []
}

/** All keys of a map after merges, with their resolved values. */
export function entries(doc: Document.Parsed, map: YAMLMap): Array<[string, Node]> {
  return [...resolved(doc, map)].map(([k, hit]) => [k, hit.value])
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
