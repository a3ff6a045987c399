import type { TextEdit } from '../model.js'
import { applyEdits } from './apply-fix.js'

/** Lines of context around each change, as `diff -u` prints them. */
const CONTEXT = 3

/**
 * The unified diff that applying `edits` (in offset order, not overlapping) to `before` makes,
 * for `--fix --dry-run`. Hunks are cut around the edits themselves, so the cost follows the
 * edits, not the file; within a hunk the lines are aligned by their longest common subsequence.
 */
export function unifiedDiff(file: string, before: string, edits: readonly TextEdit[]): string {
  if (!edits.length) return ''
  const starts = [0]
  for (let i = before.indexOf('\n'); i !== -1; i = before.indexOf('\n', i + 1)) starts.push(i + 1)
  if (starts.at(-1) === before.length && before.length) starts.pop()
  const lineOf = (offset: number) => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return lo
  }
  // Edits whose context overlaps share a hunk.
  const groups: Array<{ first: number; last: number; edits: TextEdit[] }> = []
  for (const e of edits) {
    const first = lineOf(e.span.startOffset)
    const last = lineOf(Math.max(e.span.startOffset, e.span.endOffset - 1))
    const group = groups.at(-1)
    if (group && first - CONTEXT <= group.last + CONTEXT + 1) {
      group.last = Math.max(group.last, last)
      group.edits.push(e)
    } else groups.push({ first, last, edits: [e] })
  }
  const out = [`--- a/${file}`, `+++ b/${file}`]
  let shift = 0
  for (const g of groups) {
    const from = Math.max(0, g.first - CONTEXT)
    const to = Math.min(starts.length - 1, g.last + CONTEXT)
    const sliceStart = starts[from]!
    const sliceEnd = to + 1 < starts.length ? starts[to + 1]! : before.length
    const oldText = before.slice(sliceStart, sliceEnd)
    const moved = g.edits.map(e => ({ ...e, span: { ...e.span, startOffset: e.span.startOffset - sliceStart, endOffset: e.span.endOffset - sliceStart } }))
    const newText = applyEdits(oldText, moved)
    const oldLines = splitLines(oldText)
    const newLines = splitLines(newText)
    out.push(`@@ -${from + 1},${oldLines.length} +${from + 1 + shift},${newLines.length} @@`)
    out.push(...align(oldLines, newLines))
    shift += newLines.length - oldLines.length
  }
  return out.join('\n') + '\n'
}

function splitLines(text: string): string[] {
  const lines = text.split('\n')
  if (lines.at(-1) === '') lines.pop()
  return lines
}

/** ` `/`-`/`+` lines of two small line lists, aligned by their longest common subsequence. */
function align(a: string[], b: string[]): string[] {
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0))
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!)
  const out: string[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push(` ${a[i++]}`)
      j++
    } else if (i < a.length && (j === b.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) out.push(`-${a[i++]}`)
    else out.push(`+${b[j++]}`)
  }
  return out
}
