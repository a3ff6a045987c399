import { isAlias, isCollection, isMap, isScalar, isSeq, type Alias, type Document, type Node, type Pair } from 'yaml'
import { noteBound, spendWork } from './yaml-bounds.js'

/**
 * One pass over a document, in document order and without recursion, that prepares what reading
 * it needs: where each anchor is defined, and which map keys repeat. eemeli/yaml instead walks the
 * whole document for every alias it resolves and compares every key with every earlier key of
 * its map, which makes a few megabytes of aliases or one wide map take minutes.
 */

/** Anchored nodes by anchor name, in document order (anchors can be redefined). */
type AnchorIndex = Map<string, Node[]>

/** Where a key repeats a key of its map (Kubernetes' non-strict decoder takes the last one). */
export interface DuplicateKey {
  offset: number
}

const indexes = new WeakMap<Document.Parsed, AnchorIndex>()
/** Most documents have no anchors: they share this index, so files of thousands of documents hold no map for each. */
const NO_ANCHORS: AnchorIndex = new Map()
/** The index of a document indexed whole that holds neither an anchor nor an alias (see isAliasFree). */
const ALIAS_FREE: AnchorIndex = new Map()

/**
 * Whether every node of `doc` is the node written there: indexed whole, with no alias. Its maps'
 * values need no resolving, and no work is spent on them (yaml.ts reads such maps directly).
 */
export const isAliasFree = (doc: Document.Parsed): boolean => indexes.get(doc) === ALIAS_FREE

/** Indexes `doc` and returns its repeated keys. Each node visited is spent from the file's work budget. */
export function indexDocument(doc: Document.Parsed): DuplicateKey[] {
  let anchors = NO_ANCHORS
  indexes.set(doc, anchors)
  const duplicates: DuplicateKey[] = []
  const stack: unknown[] = [doc.contents]
  let whole = true
  let aliases = false
  while (stack.length > 0) {
    const node = stack.pop()
    if (!node || typeof node !== 'object') continue
    if (!spendWork(doc, 1, node)) {
      whole = false
      break
    }
    if (isAlias(node)) {
      aliases = true
      // go-yaml refuses the document ("anchor value contains itself"); we read the alias as nothing.
      if (lookUp(anchors, node) === 'cycle')
        noteBound(doc, `alias *${node.source} is used inside the node it names, a cycle Kubernetes and compose reject: not read`, node)
      continue
    }
    if ((isScalar(node) || isCollection(node)) && node.anchor) {
      if (anchors === NO_ANCHORS) indexes.set(doc, (anchors = new Map()))
      const defined = anchors.get(node.anchor)
      if (defined) defined.push(node)
      else anchors.set(node.anchor, [node])
    }
    if (isMap(node)) {
      addRepeatedKeys(node.items, duplicates)
      for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i].value, node.items[i].key)
    } else if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i])
    }
  }
  if (whole && !aliases && anchors === NO_ANCHORS) indexes.set(doc, ALIAS_FREE)
  return duplicates
}

/**
 * Keys equal as eemeli/yaml's `uniqueKeys` check compares them (the same scalar value; other
 * keys only when they are the same node), found with a Set instead of pairwise.
 */
function addRepeatedKeys(pairs: readonly Pair[], out: DuplicateKey[]): void {
  if (pairs.length <= SMALL_MAP) {
    addRepeatedKeysOfSmallMap(pairs, out)
    return
  }
  const seen = new Set<unknown>()
  for (const { key } of pairs) {
    if (!isScalar(key)) continue
    const value = key.value
    if (typeof value === 'number' && Number.isNaN(value)) continue
    if (seen.has(value)) out.push({ offset: key.range?.[0] ?? 0 })
    else seen.add(value)
  }
}

/**
 * Most maps are a few keys: compared pairwise without a Set, whose table was one more allocation
 * per map. `===` is the Set's SameValueZero once NaN is left out.
 */
const SMALL_MAP = 16
function addRepeatedKeysOfSmallMap(pairs: readonly Pair[], out: DuplicateKey[]): void {
  for (let i = 1; i < pairs.length; i++) {
    const key = pairs[i].key
    if (!isScalar(key)) continue
    const value = key.value
    if (typeof value === 'number' && Number.isNaN(value)) continue
    for (let j = 0; j < i; j++) {
      const earlier = pairs[j].key
      if (isScalar(earlier) && earlier.value === value) {
        out.push({ offset: key.range?.[0] ?? 0 })
        break
      }
    }
  }
}

/**
 * The node an alias names: the last node anchored with its name before it. One that contains the
 * alias is a cycle.
 */
function lookUp(anchors: AnchorIndex, alias: Alias): Node | 'cycle' | undefined {
  const defined = anchors.get(alias.source)
  const at = alias.range?.[0]
  if (!defined || at === undefined) return undefined
  // Anchored nodes are listed in document order, so by start offset: find the last one before.
  let low = 0
  let high = defined.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if ((defined[mid].range?.[0] ?? 0) < at) low = mid + 1
    else high = mid
  }
  const found = defined[low - 1]
  if (!found) return undefined
  return at < (found.range?.[1] ?? 0) ? 'cycle' : found
}

/** The node an alias names in `doc`, or undefined (no such anchor before it, or a cycle). */
export function aliasTarget(doc: Document.Parsed, alias: Alias): Node | undefined {
  let anchors = indexes.get(doc)
  if (!anchors) {
    indexDocument(doc)
    anchors = indexes.get(doc)!
  }
  const found = lookUp(anchors, alias)
  return found === 'cycle' ? undefined : found
}
