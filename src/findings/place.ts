import type { ChangedLines } from '../diff/unified.js'
import { isRunLevel, type Finding } from '../model.js'

/**
 * Which findings a review comments on inline. `added` (default): only new lines; `diff_context`:
 * also unchanged lines shown in the diff; `file`: anywhere in a changed file (file-level comment
 * when outside the hunks); `nofilter`: like file, and unchanged files' findings are listed too.
 */
export type FilterMode = 'added' | 'diff_context' | 'file' | 'nofilter'
export const FILTER_MODES: readonly FilterMode[] = ['added', 'diff_context', 'file', 'nofilter']

export type Placement = 'inline' | 'file' | 'summary'

export interface PlacedFinding extends Finding {
  /** Introduced by the change (on an added line, or in a full scan: everything counts). */
  isNew: boolean
  placement: Placement
}

/**
 * Annotates, never drops (reviewdog's FilterCheck): reporters decide from `placement`.
 * `changes` undefined means a full scan: every finding is new and has no inline place.
 */
export function place(findings: Finding[], changes: Map<string, ChangedLines | 'whole-file'> | undefined, mode: FilterMode): PlacedFinding[] {
  return findings.map(f => {
    // The run as a whole (a capped file list): new by definition, and no line to comment on.
    if (!changes || isRunLevel(f)) return { ...f, isNew: true, placement: 'summary' }
    const lines = changes.get(f.file)
    // A chart's finding whose value a changed values line sets: the comment and the fix belong there.
    const valuesLine = f.related?.find(r => {
      const at = changes.get(r.file)
      return at !== undefined && at !== 'whole-file' && at.added.has(r.span.start.line)
    })
    if (valuesLine && !(lines !== undefined && lines !== 'whole-file' && lines.added.has(f.span.start.line))) {
      const template = { file: f.file, span: f.span, message: `written by this template line` }
      return {
        ...f,
        file: valuesLine.file,
        span: valuesLine.span,
        fix: valuesLine.fix,
        related: [template, ...f.related!.filter(r => r !== valuesLine)],
        isNew: f.presentAtBase !== true,
        placement: 'inline',
      }
    }
    // Compared with the base's rendering (see pipeline markPresentAtBase): new or old whatever
    // lines it sits on (a changed helper or values file writes through an unchanged template line).
    const rendered = f.presentAtBase !== undefined
    if (lines === undefined) return { ...f, isNew: rendered && !f.presentAtBase, placement: 'summary' }
    const line = f.span.start.line
    // A file without a usable patch (too large for the API, binary-looking): all of it is new.
    if (lines === 'whole-file') return { ...f, isNew: !f.presentAtBase, placement: 'file' }
    const isNew = rendered ? !f.presentAtBase : lines.added.has(line)
    if (lines.added.has(line)) return { ...f, isNew, placement: 'inline' }
    // Written on an old line but brought in by a new `<<` merge: the change adds it, and the
    // comment belongs where the merge was added.
    if (f.usedAt && lines.added.has(f.usedAt.start.line)) return { ...f, span: f.usedAt, usedAt: f.span, fix: undefined, isNew: true, placement: 'inline' }
    const inHunk = lines.context.has(line)
    if (inHunk && mode !== 'added') return { ...f, isNew, placement: 'inline' }
    if (mode === 'file' || mode === 'nofilter') return { ...f, isNew, placement: 'file' }
    return { ...f, isNew, placement: 'summary' }
  })
}
