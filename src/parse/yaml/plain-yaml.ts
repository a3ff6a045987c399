import { Composer, Document, Pair, Scalar, YAMLMap, YAMLSeq, type DocumentOptions, type Node, type ParseOptions, type SchemaOptions } from 'yaml'

/**
 * A fast reader for the form nearly every manifest is written in: block maps and sequences of
 * one-line plain and quoted scalars, literal block scalars (a container's script), one-line flow
 * collections, comment lines, `---` between documents. It builds the very nodes eemeli/yaml's
 * composer builds (same classes, values and tags through the same schema, ranges, types) at a
 * small part of the cost, and gives up on anything else: anchors, aliases, tags, merge keys,
 * folded or kept block scalars, multi-line flow scalars, escapes, tabs, directives, complex keys,
 * and every case whose positions it does not reproduce exactly (comment lines that close a
 * collection, most notably). Giving up costs nothing but time: eemeli/yaml then reads the text,
 * so every error and bound stays its. The only thing not built is comments, which no reader
 * uses. The tests compare both trees node by node over the fixtures, generated documents and
 * mutations of them.
 */

type ComposeOptions = ParseOptions & DocumentOptions & SchemaOptions

/** Larger texts are left to the bounded reader (yaml-stream.ts): its memory estimate is what stops them. */
export const PLAIN_READER_MAX_BYTES = 1 << 20
const MAX_DEPTH = 64
/** eemeli/yaml rejects an implicit key whose `:` is more than 1024 characters after its start. */
const MAX_KEY_LENGTH = 1000
/** Tabs, CRs and a BOM change how eemeli/yaml reads indentation and line ends: left to it. */
const UNREAD_CHARACTERS = /[\t\r\ufeff]/

class GiveUp extends Error {}
/** Thrown as one instance: giving up is frequent enough that a stack trace per throw shows in profiles. */
const GIVE_UP = new GiveUp('not plain YAML')
const giveUp = (): never => {
  throw GIVE_UP
}

/** The documents of `text` as eemeli/yaml composes them, or undefined when the text is not plain. */
export function readPlainDocuments(text: string, options: ComposeOptions): Document.Parsed[] | undefined {
  if (text.length > PLAIN_READER_MAX_BYTES || UNREAD_CHARACTERS.test(text)) return undefined
  try {
    return new PlainReader(text, options).documents()
  } catch (error) {
    if (error instanceof GiveUp) return undefined
    throw error
  }
}

const SPACE = 32
const HASH = 35
const DASH = 45
const COLON = 58

class PlainReader {
  private readonly starts: number[] = []
  private readonly ends: number[] = []
  private line = 0
  private readonly directives: unknown
  private doc!: Document.Parsed
  private depth = 0
  /** The line where the document being read ends (the next marker's, or the line count). */
  private segmentEnd = 0
  /** The last node read was an empty value: the document's range then ends with it. */
  private endedEmpty = false

  constructor(
    private readonly text: string,
    private readonly options: ComposeOptions,
  ) {
    for (let start = 0; start <= text.length;) {
      const nl = text.indexOf('\n', start)
      const end = nl < 0 ? text.length : nl
      this.starts.push(start)
      this.ends.push(end)
      start = end + 1
    }
    // The composer's directives carry from one document to the next (atDocument); its own
    // instance keeps the documents' `directives` and `options` identical to the composer's.
    this.directives = (new Composer(options) as unknown as { directives: unknown }).directives
  }

  documents(): Document.Parsed[] {
    const count = this.starts.length
    const markers: number[] = []
    for (let l = 0; l < count; l++) if (this.isMarker(l)) markers.push(l)
    const docs: Document.Parsed[] = []
    // Before the first marker, a document exists only if there is content.
    const first = this.document(undefined, 0, markers[0] ?? count)
    if (first) docs.push(first)
    markers.forEach((m, i) => docs.push(this.document(m, m + 1, markers[i + 1] ?? count)!))
    return docs
  }

  private isMarker(line: number): boolean {
    const s = this.starts[line]
    const t = this.text
    if (t.charCodeAt(s) !== DASH || !t.startsWith('---', s)) {
      if (t.startsWith('...', s)) giveUp()
      return false
    }
    if (s + 3 < this.ends[line] && t.charCodeAt(s + 3) !== SPACE) return false
    // Content or a comment after the marker: left to eemeli/yaml.
    if (this.contentAt(line, s + 3) < this.ends[line]) giveUp()
    return true
  }

  /** The document in lines [from, end), after the marker line `marker` if there is one. */
  private document(marker: number | undefined, from: number, end: number): Document.Parsed | undefined {
    this.segmentEnd = end
    this.endedEmpty = false
    let first = from
    while (first < end && this.isBlankOrComment(first)) first++
    if (first === end) {
      if (marker === undefined) return undefined
      // A marker with nothing after it (how blanked documents read): the empty document
      // composes as an empty scalar where the marker's line ends. Blank and comment lines in
      // it move that end in ways not reproduced here.
      const phantom = end === from + 1 && this.starts[from] === this.text.length
      if (end !== from && !phantom) giveUp()
      this.doc = this.newDocument(true)
      const p = this.ends[marker]
      this.doc.contents = this.scalar('', p, p, p, false) as never
      this.doc.range = [this.starts[marker], p, p]
      return this.doc
    }
    if (this.indentOf(first) !== 0) giveUp()
    this.checkComments(from, first, 0)
    this.doc = this.newDocument(marker !== undefined)
    this.line = first
    const at = this.starts[first]
    const ch = this.text.charCodeAt(at)
    const flow = ch === 0x5b || ch === 0x7b
    const contents = flow ? this.inline(-1, at) : this.blockNode(0, at)
    // Lines after a flow collection at the root end the document in ways not reproduced here.
    if (flow && this.line < end && this.starts[this.line] < this.text.length) giveUp()
    // After the content: blank lines and comments at the margin only.
    this.checkComments(this.line, end, 0)
    this.doc.contents = contents as never
    const docEnd = this.endedEmpty ? contents.range![2] : end < this.starts.length ? this.starts[end] : this.text.length
    this.doc.range = [marker === undefined ? at : this.starts[marker], contents.range![2], docEnd]
    return this.doc
  }

  private newDocument(marked: boolean): Document.Parsed {
    const doc = new Document(undefined, { _directives: this.directives, ...this.options } as ComposeOptions) as Document.Parsed
    if (marked) doc.directives.docStart = true
    return doc
  }

  /** Comment lines in [from, to) must stand at `indent`: elsewhere they change ranges in ways not reproduced here. */
  private checkComments(from: number, to: number, indent: number): void {
    for (let l = from; l < to; l++) {
      const c = this.contentAt(l, this.starts[l])
      if (c === this.ends[l]) continue
      if (this.text.charCodeAt(c) !== HASH || c - this.starts[l] !== indent) giveUp()
    }
  }

  private hasCommentLine(from: number, to: number): boolean {
    for (let l = from; l < to; l++) if (this.contentAt(l, this.starts[l]) < this.ends[l]) return true
    return false
  }

  private isBlankOrComment(line: number): boolean {
    const c = this.contentAt(line, this.starts[line])
    return c === this.ends[line] || this.text.charCodeAt(c) === HASH
  }

  private indentOf(line: number): number {
    return this.contentAt(line, this.starts[line]) - this.starts[line]
  }

  /** The first non-space offset at or after `at` on `line` (its end when none). */
  private contentAt(line: number, at: number): number {
    const end = this.ends[line]
    while (at < end && this.text.charCodeAt(at) === SPACE) at++
    return at
  }

  /**
   * The next line holding content after the current one, checking that comments between stand
   * at that content's indent; undefined at the end of the document.
   */
  private nextContent(): number | undefined {
    const l = this.nextContentPeek()
    if (l !== undefined) this.checkComments(this.line, l, this.indentOf(l))
    return l
  }

  /** A block map or sequence whose first entry starts at `at` on the current line, its column being its indent. */
  private blockNode(indent: number, at: number, zeroIndented = false): YAMLMap | YAMLSeq {
    if (++this.depth > MAX_DEPTH) giveUp()
    const node = this.seqIndicatorAt(this.line, at) ? this.blockSeq(indent, at, zeroIndented) : this.blockMap(indent, at)
    this.depth--
    return node
  }

  /** A `-` at `at` on `line` that starts a sequence item: followed by a space or the line's end. */
  private seqIndicatorAt(line: number, at: number): boolean {
    return this.text.charCodeAt(at) === DASH && (at + 1 >= this.ends[line] || this.text.charCodeAt(at + 1) === SPACE)
  }

  private blockMap(indent: number, at: number): YAMLMap {
    const map = new YAMLMap(this.doc.schema)
    const start = at
    let offset: number
    for (;;) {
      const keyEnd = this.keyEnd(at)
      if (keyEnd < 0) giveUp()
      const key = this.keyScalar(at, keyEnd)
      const value = this.value(indent, keyEnd + 1, true)
      map.items.push(new Pair(key, value))
      offset = value.range![2]
      const next = this.nextContent()
      if (next === undefined) break
      const nextIndent = this.indentOf(next)
      if (nextIndent < indent) break
      if (nextIndent > indent) giveUp()
      this.line = next
      at = this.starts[next] + indent
      // A sequence at the map's own indent belongs to the parent map's key, if anything.
      if (this.startsSeq(next)) break
    }
    map.range = [start, offset, offset]
    return map
  }

  /** `zeroIndented`: a map's value written at the map's own indent, which takes the comment lines that close it into its range. */
  private blockSeq(indent: number, at: number, zeroIndented: boolean): YAMLSeq {
    const seq = new YAMLSeq(this.doc.schema)
    const start = at
    let offset: number
    let commented = false
    for (;;) {
      const item = this.value(indent, at + 1, false, commented)
      seq.items.push(item)
      offset = item.range![2]
      const next = this.nextContent()
      if (next === undefined) break
      const nextIndent = this.indentOf(next)
      if (nextIndent > indent) giveUp()
      const closes = nextIndent < indent || !this.startsSeq(next)
      commented = this.hasCommentLine(this.line, next)
      if (closes && zeroIndented && commented) giveUp()
      if (nextIndent < indent) break
      this.line = next
      at = this.starts[next] + indent
      if (closes) break
    }
    seq.range = [start, offset, offset]
    return seq
  }

  /**
   * A map value or sequence item starting after its indicator at `after` on the current line;
   * leaves the current line at the last line it used, plus one when it ended its line.
   */
  private value(indent: number, after: number, inMap: boolean, commented = false): Node {
    const t = this.text
    const lineEnd = this.ends[this.line]
    const c = this.contentAt(this.line, after)
    // A value touching its indicator, or a comment after the indicator (which moves ranges).
    if ((c === after && c < lineEnd) || t.charCodeAt(c) === HASH) giveUp()
    if (c === lineEnd) {
      // The value is on the following lines, or empty.
      this.line++
      const next = this.nextContent()
      const nextIndent = next === undefined ? -1 : this.indentOf(next)
      const nested = next !== undefined && (nextIndent > indent || (inMap && nextIndent === indent && this.startsSeq(next)))
      if (nested) {
        this.line = next!
        return this.blockNode(nextIndent, this.starts[next!] + nextIndent, nextIndent === indent)
      }
      // An empty value takes the comment lines after it into its range, and an empty sequence
      // item those before it.
      if (commented || this.hasCommentLine(this.line, next ?? this.segmentEnd)) giveUp()
      this.endedEmpty = true
      return this.scalar('', c, c, c, false)
    }
    if (this.seqIndicatorAt(this.line, c)) return giveUp()
    if (!inMap && this.keyEnd(c) >= 0) return this.blockNode(c - this.starts[this.line], c)
    return this.inline(indent, c)
  }

  /**
   * A scalar or flow collection that ends on the current line, with nothing after it but a
   * comment; its node range runs to the next line. A more indented line after it would continue
   * a plain scalar (or be an error): eemeli/yaml's business.
   */
  private inline(indent: number, c: number): Node {
    const t = this.text
    const lineEnd = this.ends[this.line]
    const ch = t.charCodeAt(c)
    if (ch === 0x7c) return this.literal(indent, c)
    let node: Node
    let end: number
    if (ch === 0x22 || ch === 0x27) [node, end] = this.quoted(c, lineEnd)
    else if (ch === 0x5b || ch === 0x7b) [node, end] = this.flow(c, lineEnd)
    else [node, end] = this.plain(c, lineEnd)
    const rest = this.contentAt(this.line, end)
    if (rest < lineEnd && (rest === end || t.charCodeAt(rest) !== HASH)) giveUp()
    node.range![2] = lineEnd < t.length ? lineEnd + 1 : lineEnd
    this.line++
    this.endedEmpty = false
    const next = this.nextContentPeek()
    if (next !== undefined && this.indentOf(next) > indent) giveUp()
    return node
  }

  /**
   * A literal block scalar (`|` or `|-`) under a collection at `indent`: its lines are those
   * indented at least as much as its first, which must be content. Whitespace-only lines more
   * indented than that, leading empty lines, `|+`, indentation indicators, a comment after the
   * header or comment lines after the scalar are left to eemeli/yaml.
   */
  private literal(indent: number, at: number): Node {
    const t = this.text
    let header = at + 1
    const strip = t.charCodeAt(header) === DASH
    if (strip) header++
    if (this.contentAt(this.line, header) !== this.ends[this.line]) giveUp()
    const first = this.line + 1
    if (first >= this.segmentEnd || this.contentAt(first, this.starts[first]) === this.ends[first]) giveUp()
    const contentIndent = this.indentOf(first)
    if (contentIndent <= indent) giveUp()
    let last = first
    for (let l = first + 1; l < this.segmentEnd; l++) {
      const lineIndent = this.contentAt(l, this.starts[l]) - this.starts[l]
      if (this.starts[l] + lineIndent === this.ends[l]) {
        if (lineIndent > contentIndent) giveUp()
        continue
      }
      if (lineIndent < contentIndent) break
      last = l
    }
    let value = ''
    for (let l = first; l <= last; l++) {
      if (l > first) value += '\n'
      value += t.slice(Math.min(this.starts[l] + contentIndent, this.ends[l]), this.ends[l])
    }
    if (!strip) value += '\n'
    const end = this.ends[last] < t.length ? this.ends[last] + 1 : t.length
    const s = new Scalar(value)
    s.range = [at, end, end]
    s.source = value
    s.type = 'BLOCK_LITERAL'
    this.line = last + 1
    this.endedEmpty = false
    const next = this.nextContentPeek()
    if ((next !== undefined && this.indentOf(next) > indent) || this.hasCommentLine(this.line, next ?? this.segmentEnd)) giveUp()
    return s
  }

  private nextContentPeek(): number | undefined {
    let l = this.line
    while (l < this.segmentEnd && this.isBlankOrComment(l)) l++
    return l < this.segmentEnd ? l : undefined
  }

  private startsSeq(line: number): boolean {
    return this.seqIndicatorAt(line, this.contentAt(line, this.starts[line]))
  }

  /**
   * Where the `:` after a key starting at `at` stands, or -1 when no one-line plain or quoted key
   * does: the text is then a scalar, or left to eemeli/yaml.
   */
  private keyEnd(at: number): number {
    const t = this.text
    const lineEnd = this.ends[this.line]
    let colon: number
    const ch = t.charCodeAt(at)
    if (ch === 0x22 || ch === 0x27) {
      colon = this.closingQuote(at, lineEnd) + 1
    } else {
      if (!plainStart(t, at, lineEnd, false)) return -1
      colon = at
      while (colon < lineEnd && t.charCodeAt(colon) !== COLON) {
        if (t.charCodeAt(colon) === HASH && t.charCodeAt(colon - 1) === SPACE) return -1
        colon++
      }
      // A key holding `:` (`a:b: c`), or spaces before its `:`, is left to eemeli/yaml.
      if (colon === lineEnd || t.charCodeAt(colon - 1) === SPACE) return -1
    }
    if (t.charCodeAt(colon) !== COLON || !(colon + 1 === lineEnd || t.charCodeAt(colon + 1) === SPACE)) return -1
    return colon - at > MAX_KEY_LENGTH ? -1 : colon
  }

  private keyScalar(at: number, colon: number): Scalar {
    const ch = this.text.charCodeAt(at)
    if (ch === 0x22 || ch === 0x27) return this.quoted(at, colon)[0] as Scalar
    // A merge key: readers follow it through aliases, which are eemeli/yaml's.
    if (this.text.startsWith('<<', at) && colon === at + 2) giveUp()
    return this.scalar(this.text.slice(at, colon), at, colon, colon, true)
  }

  private closingQuote(at: number, lineEnd: number): number {
    const t = this.text
    const q = t[at]
    let i = at + 1
    for (;;) {
      const close = t.indexOf(q, i)
      if (close < 0 || close >= lineEnd) return giveUp()
      if (q === "'" && t.charCodeAt(close + 1) === 0x27) {
        i = close + 2
        continue
      }
      return close
    }
  }

  private quoted(at: number, lineEnd: number): [Node, number] {
    const close = this.closingQuote(at, lineEnd)
    const inner = this.text.slice(at + 1, close)
    if (this.text[at] === '"' && inner.includes('\\')) giveUp()
    const value = this.text[at] === "'" ? inner.replace(/''/g, "'") : inner
    const s = new Scalar(value)
    s.range = [at, close + 1, close + 1]
    s.source = value
    s.type = this.text[at] === "'" ? 'QUOTE_SINGLE' : 'QUOTE_DOUBLE'
    return [s, close + 1]
  }

  /** A block plain scalar on one line: it ends before ` #` or at the line's end, trailing spaces aside. */
  private plain(at: number, lineEnd: number): [Node, number] {
    const t = this.text
    if (!plainStart(t, at, lineEnd, false)) giveUp()
    let end = at
    while (end < lineEnd && !(t.charCodeAt(end) === HASH && t.charCodeAt(end - 1) === SPACE)) end++
    while (end > at && t.charCodeAt(end - 1) === SPACE) end--
    const source = t.slice(at, end)
    // `a: b: c` is an error; a trailing `:` would make it a key.
    if (source.includes(': ') || source.endsWith(':')) giveUp()
    return [this.scalar(source, at, end, end, false), end]
  }

  /** A flow collection closed on its line, of plain and quoted scalars and flow collections. */
  private flow(at: number, lineEnd: number): [Node, number] {
    if (++this.depth > MAX_DEPTH) giveUp()
    const t = this.text
    const isMap = t.charCodeAt(at) === 0x7b
    const close = isMap ? 0x7d : 0x5d
    const coll = isMap ? new YAMLMap(this.doc.schema) : new YAMLSeq(this.doc.schema)
    coll.flow = true
    let i = this.skipSpaces(at + 1, lineEnd)
    if (t.charCodeAt(i) === close) {
      coll.range = [at, i + 1, i + 1]
      this.depth--
      return [coll, i + 1]
    }
    for (;;) {
      const [item, end] = this.flowItem(i, lineEnd, isMap)
      // An item's node range takes the blanks after it, up to the `,` or the bracket.
      let j = this.skipSpaces(end, lineEnd)
      if (isMap) {
        if (t.charCodeAt(j) !== COLON || t.charCodeAt(j + 1) !== SPACE || j !== end) giveUp()
        const [value, vEnd] = this.flowItem(this.skipSpaces(j + 1, lineEnd), lineEnd, false)
        ;(coll as YAMLMap).items.push(new Pair(item, value))
        j = this.skipSpaces(vEnd, lineEnd)
        value.range![2] = j
      } else {
        item.range![2] = j
        ;(coll as YAMLSeq).items.push(item)
      }
      const ch = t.charCodeAt(j)
      if (ch === close) {
        coll.range = [at, j + 1, j + 1]
        this.depth--
        return [coll, j + 1]
      }
      if (ch !== 0x2c) giveUp()
      i = this.skipSpaces(j + 1, lineEnd)
      if (t.charCodeAt(i) === close) giveUp()
    }
  }

  private flowItem(at: number, lineEnd: number, atKey: boolean): [Node, number] {
    const t = this.text
    const ch = t.charCodeAt(at)
    if (ch === 0x22 || ch === 0x27) return this.quoted(at, lineEnd)
    if (ch === 0x5b || ch === 0x7b) return this.flow(at, lineEnd)
    if (!plainStart(t, at, lineEnd, true)) giveUp()
    let end = at
    while (end < lineEnd) {
      const c = t.charCodeAt(end)
      if (c === 0x2c || c === 0x5d || c === 0x7d || c === 0x5b || c === 0x7b) break
      if (c === COLON || c === HASH) break
      end++
    }
    const ch2 = t.charCodeAt(end)
    if (ch2 === HASH || (ch2 === COLON && !atKey)) giveUp()
    // The blanks before a `,` or a bracket are not the scalar's (a key's `:` follows it at once).
    while (t.charCodeAt(end - 1) === SPACE) end--
    return [this.scalar(t.slice(at, end), at, end, end, atKey), end]
  }

  private skipSpaces(at: number, lineEnd: number): number {
    while (at < lineEnd && this.text.charCodeAt(at) === SPACE) at++
    if (at >= lineEnd) giveUp()
    return at
  }

  /** A plain scalar resolved as the composer does: the first default tag of the schema whose test matches. */
  private scalar(source: string, start: number, valueEnd: number, nodeEnd: number, atKey: boolean): Scalar {
    const tag = resolvingTag(this.doc.schema.tags, source, atKey)
    let value: unknown = source
    if (tag) {
      if (!('resolve' in tag) || tag.collection) giveUp()
      value = (tag as { resolve: (s: string, onError: (m: string) => void, o: unknown) => unknown }).resolve(source, giveUp, this.doc.options)
    }
    const s = value instanceof Scalar ? value : new Scalar(value)
    s.range = [start, valueEnd, nodeEnd]
    s.source = source
    s.type = 'PLAIN'
    if (tag?.format) s.format = tag.format
    return s
  }
}

type Tag = Document.Parsed['schema']['tags'][number]

/**
 * Which tag of the schema a plain scalar resolves with (none: a string), by its text. Testing
 * every tag's pattern was most of reading a scalar, and most scalars are keys and names met again
 * and again. Kept for one list of tags (every document of every file has the same, for the same
 * options) and bounded: clearing only costs the tests again. Only short texts are kept: V8 cuts
 * a text of 13 characters or more out of a file as a view of the whole file, which the cache
 * would keep alive, and long texts (names, images, descriptions) are seldom met twice.
 */
const tagsOf = { list: [] as readonly Tag[], tags: [] as readonly Tag[], keys: new Map<string, Tag | null>(), values: new Map<string, Tag | null>() }
const MAX_CACHED = 4096
const MAX_CACHED_LENGTH = 12

function resolvingTag(tags: readonly Tag[], source: string, atKey: boolean): Tag | undefined {
  // Each document has its own list (of the same tags): compared once per list.
  if (tags !== tagsOf.list) {
    if (tags.length !== tagsOf.tags.length || tags.some((tag, i) => tag !== tagsOf.tags[i])) {
      tagsOf.tags = [...tags]
      tagsOf.keys.clear()
      tagsOf.values.clear()
    }
    tagsOf.list = tags
  }
  const cache = atKey ? tagsOf.keys : tagsOf.values
  const known = cache.get(source)
  if (known !== undefined) return known ?? undefined
  // A loop, not find(): its callback would be one more allocation per scalar.
  let found: Tag | undefined
  for (const tag of tags) {
    if ((tag.default === true || (atKey && tag.default === 'key')) && tag.test?.test(source)) {
      found = tag
      break
    }
  }
  if (source.length > MAX_CACHED_LENGTH) return found
  if (cache.size >= MAX_CACHED) cache.clear()
  cache.set(source, found ?? null)
  return found
}

/**
 * Whether a plain scalar may start at `at`: not at an indicator, but for `-` and `:` followed by
 * a character that cannot end the scalar (`--port=80`). `?` keys are left to eemeli/yaml.
 */
function plainStart(text: string, at: number, lineEnd: number, inFlow: boolean): boolean {
  if (at >= lineEnd) return false
  const c = text[at]!
  if (c === '-' || c === ':') {
    const next = text[at + 1]
    return at + 1 < lineEnd && next !== ' ' && !(inFlow && ',[]{}'.includes(next!))
  }
  return !INDICATORS.includes(c)
}
const INDICATORS = '#,[]{}&*!|>\'"%@`?'
