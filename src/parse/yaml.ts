import { parseAllDocuments, isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap, type Scalar } from 'yaml'
import type { Span } from '../model.js'
import { SourceText } from './source.js'

/**
 * YAML read the way Kubernetes reads it: YAML 1.1 (yes/on/True are booleans, `<<` merges),
 * positions kept, nothing converted to plain JS (so an alias bomb never expands).
 */

/** How deep alias and merge chains are followed before we give up: bounds alias bombs. */
export const MAX_ALIAS_DEPTH = 16

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
  const text = wanted ? blankUnwantedDocuments(source.text, wanted) : source.text
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
    out += keep ? body : body.replace(/[^\r\n]/g, ' ')
    if (i + 2 < cuts.length) out += text.slice(cuts[i + 1], cuts[i + 2])
  }
  return changed ? out : text
}

function describeYamlError(code: string, message: string): string {
  // eemeli/yaml appends a source excerpt after a blank line; the finding already points there.
  const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
  return code === 'DUPLICATE_KEY' ? `duplicate key: ${first}` : `invalid YAML: ${first}`
}

export function spanOf(source: SourceText, node: Node | Pair['key']): Span | undefined {
  const range = (node as Node | null)?.range
  if (!range) return undefined
  return source.span(range[0], range[1])
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

const isMergeKey = (pair: Pair): boolean => typeof keyName(pair) === 'symbol' || (isScalar(pair.key) && pair.key.source === '<<')

/** A field as found in a map: where the value is written and what it resolves to. */
export interface FieldHit {
  key?: Scalar
  /** The node written in the map (possibly an alias), or in the merged-in map. */
  written: Node
  /** `written` with aliases followed. */
  value: Node
  /** The value came in through a `<<` merge key. */
  merged: boolean
}

/**
 * A key's value, as Kubernetes sees it after YAML 1.1 merges: the map's own key wins (the last
 * one, as a JSON decoder keeps), then merged maps in order. Depth-bounded.
 */
export function field(doc: Document.Parsed, map: YAMLMap, name: string, depth = 0): FieldHit | undefined {
  let own: Pair | undefined
  for (const pair of map.items) if (keyName(pair) === name) own = pair
  if (own) {
    const written = (own.value ?? undefined) as Node | undefined
    if (!written) return undefined
    const value = resolveAlias(doc, written)
    return value ? { key: own.key as Scalar, written, value, merged: depth > 0 } : undefined
  }
  if (depth >= MAX_ALIAS_DEPTH) return undefined
  for (const pair of map.items) {
    if (!isMergeKey(pair)) continue
    for (const source of mergeSources(doc, pair.value)) {
      const hit = field(doc, source, name, depth + 1)
      if (hit) return { ...hit, merged: true }
    }
  }
  return undefined
}

function mergeSources(doc: Document.Parsed, value: unknown): YAMLMap[] {
  const resolved = resolveAlias(doc, value)
  if (isMap(resolved)) return [resolved]
  if (isSeq(resolved)) return resolved.items.map(i => resolveAlias(doc, i)).filter(isMap)
  return []
}

/** All keys of a map after merges, own keys first. Used for shape search. */
export function entries(doc: Document.Parsed, map: YAMLMap, depth = 0): Array<[string, Node]> {
  const out: Array<[string, Node]> = []
  const seen = new Set<string>()
  for (const pair of map.items) {
    const k = keyName(pair)
    if (typeof k !== 'string' || seen.has(k)) continue
    const v = resolveAlias(doc, pair.value)
    if (v) {
      seen.add(k)
      out.push([k, v])
    }
  }
  if (depth < MAX_ALIAS_DEPTH) {
    for (const pair of map.items) {
      if (!isMergeKey(pair)) continue
      for (const source of mergeSources(doc, pair.value)) {
        for (const [k, v] of entries(doc, source, depth + 1)) {
          if (!seen.has(k)) {
            seen.add(k)
            out.push([k, v])
          }
        }
      }
    }
  }
  return out
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
