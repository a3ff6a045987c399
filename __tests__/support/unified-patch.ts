/**
 * Just enough of a unified-diff reader for the fake GitHub: which lines of a file's `patch` a review
 * comment may sit on, the comment's `diff_hunk`, and its legacy `position`.
 */

export type Side = 'LEFT' | 'RIGHT'

export interface PatchLine {
  /** Line number in the old file (context and removed lines). */
  left?: number
  /** Line number in the new file (context and added lines). */
  right?: number
  /** GitHub's legacy `position`: lines below the first `@@` header, later headers included. */
  position: number
  hunk: number
  /** Index into the patch's text lines. */
  index: number
}

export interface ParsedPatch {
  lines: PatchLine[]
  additions: number
  deletions: number
  find(side: Side, line: number): PatchLine | undefined
  atPosition(position: number): PatchLine | undefined
  /** The patch text from the line's hunk header down to the line, as GitHub's `diff_hunk` shows it. */
  hunkUpTo(line: PatchLine): string
}

const HEADER = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/

export function parsePatch(patch: string): ParsedPatch {
  const text = patch.split('\n')
  const lines: PatchLine[] = []
  const hunkStarts: number[] = []
  let left = 0
  let right = 0
  let position = 0
  let additions = 0
  let deletions = 0
  text.forEach((raw, index) => {
    const header = HEADER.exec(raw)
    if (header) {
      if (hunkStarts.length > 0) position++
      hunkStarts.push(index)
      left = Number(header[1])
      right = Number(header[2])
      return
    }
    if (hunkStarts.length === 0 || raw.startsWith('\\')) return
    const hunk = hunkStarts.length - 1
    position++
    if (raw.startsWith('+')) {
      additions++
      lines.push({ right: right++, position, hunk, index })
    } else if (raw.startsWith('-')) {
      deletions++
      lines.push({ left: left++, position, hunk, index })
    } else {
      lines.push({ left: left++, right: right++, position, hunk, index })
    }
  })
  return {
    lines,
    additions,
    deletions,
    find: (side, line) => lines.find(l => (side === 'RIGHT' ? l.right : l.left) === line),
    atPosition: p => lines.find(l => l.position === p),
    hunkUpTo: line => text.slice(hunkStarts[line.hunk], line.index + 1).join('\n'),
  }
}
