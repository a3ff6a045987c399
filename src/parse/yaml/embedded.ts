import type { Scalar } from 'yaml'
import { readDoubleQuotedEscape } from './yaml-escapes.js'

/**
 * YAML held in a YAML string (an inline kustomize patch), with where each of its characters is
 * written in the file, so that a finding inside it points at the file and its fix edits the file.
 */
export interface EmbeddedText {
  text: string
  /** The scalar's first line in the file: where a position that cannot be mapped is reported. */
  at: [number, number]
  /**
   * For each UTF-16 unit of `text`, the [start, end) in the file of what wrote it. Absent when the
   * form folds lines (a folded block, a multi-line flow scalar): positions there are not exact.
   */
  from?: Array<[number, number]>
}

/** A range of the embedded text in the file; `exact` when the file writes it character for character. */
export interface FileRange {
  start: number
  end: number
  exact: boolean
}

export function embeddedText(fileText: string, scalar: Scalar): EmbeddedText | undefined {
  const range = scalar.range
  if (typeof scalar.value !== 'string' || !range) return undefined
  const text = scalar.value
  const lineEnd = fileText.slice(range[0], range[1]).search(/\r?\n/)
  const at: [number, number] = [range[0], lineEnd === -1 ? range[1] : range[0] + lineEnd]
  const from = offsetsOf(fileText, scalar, range[0], range[1])
  // Every map is checked against the parser's own reading: a form read differently maps nothing.
  const verified = from && from.text.startsWith(text) && /^\n*$/.test(from.text.slice(text.length)) ? from.from.slice(0, text.length) : undefined
  return { text, at, from: verified }
}

/** Where [start, end) of the embedded text is in the file, or undefined when positions are not mapped. */
export function fileRange(e: EmbeddedText, start: number, end: number): FileRange | undefined {
  const from = e.from
  if (!from) return undefined
  if (start >= end) {
    const at = start < from.length ? from[start][0] : from.length ? from[from.length - 1][1] : e.at[0]
    return { start: at, end: at, exact: true }
  }
  let exact = true
  for (let i = start; i < end && exact; i++) exact = from[i][1] - from[i][0] === 1 && (i === start || from[i][0] === from[i - 1][1])
  return { start: from[start][0], end: from[end - 1][1], exact }
}

interface Offsets {
  text: string
  from: Array<[number, number]>
}

function offsetsOf(fileText: string, scalar: Scalar, start: number, end: number): Offsets | undefined {
  if (scalar.type === 'BLOCK_LITERAL') return literalBlock(fileText, start, end, scalar.value as string)
  // A flow scalar over several lines is folded (line breaks become spaces): not mapped.
  if (/[\r\n]/.test(fileText.slice(start, end))) return undefined
  if (scalar.type === 'PLAIN') return flowScalar(start, end, i => [fileText[i], 1])
  if (scalar.type === 'QUOTE_SINGLE') return flowScalar(start + 1, end - 1, i => (fileText.startsWith("''", i) ? ["'", 2] : [fileText[i], 1]))
  if (scalar.type === 'QUOTE_DOUBLE')
    return flowScalar(start + 1, end - 1, i => (fileText[i] === '\\' ? readDoubleQuotedEscape(fileText, i) : [fileText[i], 1]))
  return undefined
}

/** Content lines of a `|` block are the file's lines with the block's indentation removed. */
function literalBlock(fileText: string, start: number, end: number, value: string): Offsets | undefined {
  const header = fileText.indexOf('\n', start)
  if (header === -1 || header >= end) return undefined
  // [start, content end, start of the next line] of each line of the block.
  const lines: Array<[number, number, number]> = []
  for (let s = header + 1; s < end;) {
    const nl = fileText.indexOf('\n', s)
    if (nl === -1 || nl >= end) {
      lines.push([s, end, end])
      break
    }
    lines.push([s, fileText[nl - 1] === '\r' ? nl - 1 : nl, nl + 1])
    s = nl + 1
  }
  const first = lines.find(([s, e]) => fileText.slice(s, e).trim() !== '')
  const firstValueLine = value.split('\n').find(l => l.trim() !== '')
  if (!first || firstValueLine === undefined) return undefined
  // With an explicit indentation indicator (`|2`) the value keeps some of the leading spaces.
  const indent = leadingSpaces(fileText.slice(first[0], first[1])) - leadingSpaces(firstValueLine)
  if (indent < 0) return undefined
  let text = ''
  const from: Array<[number, number]> = []
  for (const [s, e, next] of lines) {
    for (let i = s + indent; i < e; i++) {
      text += fileText[i]
      from.push([i, i + 1])
    }
    text += '\n'
    from.push([e, next])
  }
  return { text, from }
}

const leadingSpaces = (line: string) => line.length - line.replace(/^ +/, '').length

/** A flow scalar on one line: each unit of the value maps to the escape (or character) that wrote it. */
function flowScalar(start: number, end: number, step: (i: number) => [string, number] | undefined): Offsets | undefined {
  let text = ''
  const from: Array<[number, number]> = []
  for (let i = start; i < end;) {
    const read = step(i)
    if (!read) return undefined
    const [s, width] = read
    for (let u = 0; u < s.length; u++) {
      text += s[u]
      from.push([i, i + width])
    }
    i += width
  }
  return { text, from }
}
