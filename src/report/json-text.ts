/**
 * `JSON.stringify(value, null, 2) + '\n'`, byte for byte, as pieces of about 64 KiB: a report of
 * 10,000 findings is a 12 MB text (more as SARIF), which, held whole and then copied into the
 * buffer that writes it, was a fifth of a large scan's peak memory. Long arrays (the findings,
 * SARIF's results) are written an element at a time; the rest of the value, small, is written by
 * JSON.stringify itself, so every rule of its format (key order, toJSON, skipped undefined) holds.
 */
export function* jsonText(value: unknown): Generator<string> {
  const streamed: unknown[][] = []
  const text = JSON.stringify(withTokens(value, streamed, 0), null, 2) as string | undefined
  const quoted = streamed.map((_, i) => JSON.stringify(token(i)))
  const places = quoted.map(q => text?.indexOf(q) ?? -1)
  // A string of the value that spells a token would be cut in the wrong place: written whole then.
  if (text === undefined || !places.every((p, i) => p >= 0 && p === text.lastIndexOf(quoted[i]) && (i === 0 || p > places[i - 1]))) {
    yield `${JSON.stringify(value, null, 2)}\n`
    return
  }
  const out = new Pieces()
  let at = 0
  for (let i = 0; i < streamed.length; i++) {
    const where = places[i]
    out.add(text.slice(at, where))
    // The array closes at its line's indent; its elements stand two spaces further in.
    const indent = ' '.repeat(indentOf(text, text.lastIndexOf('\n', where) + 1))
    const inner = `${indent}  `
    out.add('[\n')
    const elements = streamed[i]
    for (let n = 0; n < elements.length; n++) {
      if (n > 0) out.add(',\n')
      // An element that JSON cannot hold is null in an array, as JSON.stringify writes it.
      const json = (JSON.stringify(elements[n], null, 2) as string | undefined) ?? 'null'
      out.add(inner + json.replaceAll('\n', `\n${inner}`))
      yield* out.full()
    }
    out.add(`\n${indent}]`)
    at = where + quoted[i].length
  }
  out.add(`${text.slice(at)}\n`)
  yield* out.rest()
}

/** Arrays this long are written an element at a time; shorter ones are left to JSON.stringify. */
const STREAM_FROM = 64
const PIECE = 64 * 1024
/** Deeper than any report nests: below it the value is left to JSON.stringify as it is. */
const MAX_DEPTH = 16

/** What stands in the skeleton for the i-th long array. */
const token = (i: number) => `\u0000hng-json-array-${i}\u0000`

/** The value with each long array put aside and a token in its place; plain arrays and objects only. */
function withTokens(value: unknown, streamed: unknown[][], depth: number): unknown {
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return value
  if (Array.isArray(value)) {
    if (value.length >= STREAM_FROM) {
      streamed.push(value)
      return token(streamed.length - 1)
    }
    return value.map(v => withTokens(v, streamed, depth + 1))
  }
  const proto = Object.getPrototypeOf(value) as unknown
  // toJSON, a class, a Map: JSON.stringify's business.
  if ((proto !== Object.prototype && proto !== null) || typeof (value as { toJSON?: unknown }).toJSON === 'function') return value
  const copy: Record<string, unknown> = {}
  for (const [key, v] of Object.entries(value)) copy[key] = withTokens(v, streamed, depth + 1)
  return copy
}

/** The spaces a line of the text starts with. */
function indentOf(text: string, lineStart: number): number {
  let i = lineStart
  while (text.charCodeAt(i) === 32) i++
  return i - lineStart
}

/** Text gathered into pieces of about PIECE characters. */
class Pieces {
  private parts: string[] = []
  private length = 0
  add(text: string): void {
    this.parts.push(text)
    this.length += text.length
  }
  *full(): Generator<string> {
    if (this.length >= PIECE) yield* this.rest()
  }
  *rest(): Generator<string> {
    if (this.length === 0) return
    const piece = this.parts.join('')
    this.parts = []
    this.length = 0
    yield piece
  }
}
