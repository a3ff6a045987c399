import { Composer, Lexer, Parser, type CST, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml'
import type { BoundHit } from './yaml-bounds.js'
import { readPlainDocuments } from './plain-yaml.js'

/**
 * How deep collections may nest. Manifests stay far shallower (CRD schemas, the deepest, under
 * 64); eemeli/yaml's parser and composer recurse once per level and overflow the JS stack near
 * 1,000 levels, which it would report as invalid YAML, or throw.
 */
export const MAX_NESTING = 256

/**
 * What reading a file may hold in memory, estimated as it is read. eemeli/yaml keeps the syntax
 * tree of the document being read until it is composed, and every composed document until the
 * file is read; the readers then keep facts per object. Costs measured on Node 20 with the
 * densest inputs (flow sequences of one-letter scalars, lists of aliases, thousands of one-line
 * documents), so that a file within the budget stays under about 300 MB of resident memory.
 */
export const MEMORY_BUDGET_MB = 200
const BYTES_PER_TOKEN_BEING_READ = 320
const BYTES_PER_TOKEN_READ = 115
const BYTES_PER_DOCUMENT = 4_300

type ComposeOptions = ParseOptions & DocumentOptions & SchemaOptions

export interface DocumentStream {
  docs: Document.Parsed[]
  /** Reading stopped at a bound: the document it was in and the rest of the file were not read. */
  stopped?: BoundHit
}

/**
 * What `parseAllDocuments` does (lexer → parser → composer), watching the parser as it goes: it
 * stops before a document grows too large to hold or too deep to compose, so the cost stays
 * bounded and the documents before the bound are still read.
 */
export function readDocuments(text: string, options: ComposeOptions): DocumentStream {
  // Most manifests are plain block YAML, read far faster by a reader that builds the same nodes.
  const plain = readPlainDocuments(text, options)
  if (plain) return { docs: plain }
  const parser = new Parser()
  const composer = new Composer(options)
  const docs: Document.Parsed[] = []
  const compose = (token: CST.Token) => {
    for (const doc of composer.next(token)) docs.push(doc)
  }
  let read = 0
  let inDocument = 0
  let stopped: BoundHit | undefined
  for (const lexeme of new Lexer().lex(text)) {
    for (const token of parser.next(lexeme)) {
      if (token.type === 'document') {
        read += inDocument * BYTES_PER_TOKEN_READ + BYTES_PER_DOCUMENT
        inDocument = 0
      }
      compose(token)
    }
    inDocument++
    if (read + inDocument * BYTES_PER_TOKEN_BEING_READ > MEMORY_BUDGET_MB * 2 ** 20) {
      stopped = {
        message: `more YAML than ${MEMORY_BUDGET_MB} MB of memory holds once parsed: this document and the rest of the file were not read`,
        offset: documentStart(parser),
      }
      break
    }
    const deep = parser.stack.length > MAX_NESTING + 1 ? tooDeep(parser.stack) : undefined
    if (deep) {
      stopped = {
        message: `YAML nested more than ${MAX_NESTING} levels deep (nesting over ${MAX_NESTING}): this document and the rest of the file were not read`,
        offset: deep.offset,
      }
      break
    }
  }
  // Ending the parser would close every open level at once, which is what recurses: a stopped
  // document is dropped unfinished.
  if (!stopped) for (const token of parser.end()) compose(token)
  for (const doc of composer.end()) docs.push(doc)
  return { docs, stopped }
}

function documentStart(parser: Parser): number {
  return parser.stack[0]?.offset ?? parser.offset
}

const COLLECTIONS = new Set(['block-map', 'block-seq', 'flow-collection'])

/** The collection more than MAX_NESTING levels deep on the parser's stack, if there is one. */
function tooDeep(stack: readonly CST.Token[]): CST.Token | undefined {
  let depth = 0
  for (const token of stack) {
    if (COLLECTIONS.has(token.type) && ++depth > MAX_NESTING) return token
  }
  return undefined
}
