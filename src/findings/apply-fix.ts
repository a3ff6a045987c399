import type { TextEdit } from '../model.js'

/**
 * Applies edits to the text they were computed on. Overlapping edits are refused rather than
 * guessed at: a fix must never garble what the user wrote.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.span.startOffset - a.span.startOffset)
  let out = text
  let limit = Infinity
  for (const e of sorted) {
    if (e.span.endOffset > limit) throw new Error('overlapping edits')
    out = out.slice(0, e.span.startOffset) + e.text + out.slice(e.span.endOffset)
    limit = e.span.startOffset
  }
  return out
}
