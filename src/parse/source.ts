import type { Position, Span } from '../model.js'

/**
 * A file's text with offset → line/column conversion. The text is kept exactly as read
 * (BOM, CRLF): offsets must index what is on disk so fixes apply byte-true.
 *
 * Lines end at `\n`, `\r\n` (one break) or a lone `\r`: go-yaml, and so Kubernetes and compose,
 * break lines there, and so do SARIF viewers and editors; counting only `\n` put every finding of
 * a CR-only file on line 1. Git does not break at a lone CR: see hasLoneCr.
 */
const LINE_BREAK = /\r\n|\r|\n/g

export class SourceText {
  private starts?: number[]
  private readonly bom: boolean

  constructor(
    readonly path: string,
    readonly text: string,
  ) {
    this.bom = text.charCodeAt(0) === 0xfeff
  }

  /** Offsets where lines start; computed on first use, as most files scanned never need it. */
  get lineStarts(): number[] {
    if (!this.starts) {
      const starts = [0]
      const text = this.text
      if (!text.includes('\r')) {
        // The common case, kept to indexOf, which is several times faster than a regex.
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
      } else {
        for (const m of text.matchAll(LINE_BREAK)) starts.push(m.index + m[0].length)
      }
      this.starts = starts
    }
    return this.starts
  }

  /** 1-based position; a BOM is not a column an editor shows, so line 1 does not count it. */
  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length))
    let lo = 0
    let hi = this.lineStarts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.lineStarts[mid] <= o) lo = mid
      else hi = mid - 1
    }
    let column = o - this.lineStarts[lo] + 1
    if (lo === 0 && this.bom && o > 0) column -= 1
    return { line: lo + 1, column }
  }

  span(startOffset: number, endOffset: number): Span {
    return { start: this.position(startOffset), end: this.position(endOffset), startOffset, endOffset }
  }

  /** Offset of the first character of a 1-based line (the BOM is skipped on line 1). */
  lineStart(line: number): number {
    const start = this.lineStarts[line - 1] ?? this.text.length
    return line === 1 && this.bom ? 1 : start
  }

  /** Offset just past the line's content, before `\r\n`, `\n` or a lone `\r`. */
  lineEnd(line: number): number {
    const next = this.lineStarts[line]
    if (next === undefined) return this.text.length
    return this.text[next - 1] === '\n' && this.text[next - 2] === '\r' ? next - 2 : next - 1
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line))
  }
}

/**
 * Whether the text breaks a line at a CR alone. Git and GitHub's diffs do not, so such a file's
 * line numbers (ours, as editors and SARIF count) cannot be matched with its diff's.
 */
export function hasLoneCr(text: string): boolean {
  // indexOf first: most files have no CR at all, and it scans far faster than a regex.
  return text.includes('\r') && LONE_CR.test(text)
}

/**
 * The range to delete to remove a flag at [start, end): the flag plus the blanks after it, so the
 * words around it stay apart. When the flag sits alone on a continued line (`  --network=host \`),
 * the whole line goes, which keeps the continuation chain intact; with nothing after it, the
 * blanks before it go instead. `blanksAfterEscape`: a Dockerfile continues a line even with
 * blanks after the escape character; a shell does not (`\ ` escapes the blank). Linear: it never
 * searches back to the line start.
 */
export function flagRemovalRange(text: string, start: number, end: number, escape: string, blanksAfterEscape: boolean): [number, number] {
  let after = end
  while (text[after] === ' ' || text[after] === '\t') after++
  let before = start
  while (before > 0 && (text[before - 1] === ' ' || text[before - 1] === '\t')) before--
  const firstOnLine = before === 0 || text[before - 1] === '\n'
  if (firstOnLine && text[after] === escape) {
    let q = after + 1
    if (blanksAfterEscape) while (text[q] === ' ' || text[q] === '\t') q++
    if (text[q] === '\n') return [before, q + 1]
    if (text[q] === '\r' && text[q + 1] === '\n') return [before, q + 2]
  }
  if (after > end) return [start, after]
  return [before, end]
}
const LONE_CR = /\r(?!\n)/
