import { promises as fs } from 'node:fs'
import path from 'node:path'
import { describeError, safeWrite, WriteError } from '../io/safe-write.js'
import type { Finding, TextEdit } from '../model.js'
import { applyEdits } from './apply-fix.js'
import { unifiedDiff } from './fix-diff.js'
import { loopbackWarnings } from './fix-warnings.js'

export interface FixResult {
  /** Files rewritten, repo-relative. */
  files: string[]
  /** Findings whose fixes were applied; the findings of skipped files are not counted. */
  fixed: number
  /** Files left untouched because their fixes conflict, with why (for the CLI to report). */
  skipped: Array<{ file: string; reason: string }>
  /** Files that could not be read or written (a link, read-only, a full disk): untouched, and an error. */
  failed: WriteError[]
  /** The unified diff of every file fixed (or, in a dry run, that would be). */
  diff: string
  /** Fixes to check before trusting them (`file:line: why`). */
  warnings: string[]
}

export interface FixOptions {
  /** Compute the diff and warnings, write nothing. */
  dryRun?: boolean
}

/**
 * Applies the fixes of the given findings to the files on disk (the CLI's --fix: only when asked).
 * Findings covered by an exception are left alone. Identical edits (an aliased pod spec
 * reported for two objects) are applied once, and deletions that overlap or touch (two flags
 * removed from one command line, each taking a shared space) are merged into one. A file whose
 * edits still conflict is left untouched and listed in `skipped`: never silently, and never
 * half-fixed. Files are written with safeWrite inside the root (a link is never written through);
 * one that cannot be read or written is left as it was and listed in `failed`, and the others are
 * still fixed.
 */
export async function fixFiles(root: string, findings: Finding[], options: FixOptions = {}): Promise<FixResult> {
  const byFile = new Map<string, { edits: Map<string, TextEdit>; count: number; findings: Finding[] }>()
  for (const f of findings) {
    if (!f.fix || f.suppression) continue
    const entry = byFile.get(f.file) ?? { edits: new Map<string, TextEdit>(), count: 0, findings: [] as Finding[] }
    for (const e of f.fix.edits) entry.edits.set(`${e.span.startOffset}:${e.span.endOffset}:${e.text}`, e)
    entry.count++
    entry.findings.push(f)
    byFile.set(f.file, entry)
  }
  const result: FixResult = { files: [], fixed: 0, skipped: [], failed: [], diff: '', warnings: [] }
  for (const [file, { edits, count, findings: fixable }] of byFile) {
    const merged = mergeDeletions([...edits.values()])
    const conflict = firstConflict(merged)
    if (conflict) {
      result.skipped.push({ file, reason: conflict })
      continue
    }
    const absolute = path.resolve(root, file)
    let text: string
    try {
      text = await fs.readFile(absolute, 'utf8')
    } catch (err) {
      result.failed.push(new WriteError(file, `it cannot be read: ${describeError(err as NodeJS.ErrnoException)}`))
      continue
    }
    const fixed = applyEdits(text, merged)
    if (fixed === text) continue
    result.diff += unifiedDiff(file, text, merged)
    result.warnings.push(...loopbackWarnings(text, fixable))
    if (options.dryRun) {
      result.files.push(file)
      result.fixed += count
      continue
    }
    try {
      await safeWrite(absolute, fixed, { roots: [root], display: file })
    } catch (err) {
      if (!(err instanceof WriteError)) throw err
      result.failed.push(err)
      continue
    }
    result.files.push(file)
    result.fixed += count
  }
  return result
}

/** In offset order; deletions (text '') that overlap or touch become one deletion of their union. */
export function mergeDeletions(edits: readonly TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.span.startOffset - b.span.startOffset || a.span.endOffset - b.span.endOffset)
  const out: TextEdit[] = []
  for (const e of sorted) {
    const last = out.at(-1)
    if (last && last.text === '' && e.text === '' && e.span.startOffset <= last.span.endOffset) {
      if (e.span.endOffset > last.span.endOffset) {
        out[out.length - 1] = { text: '', span: { ...last.span, end: e.span.end, endOffset: e.span.endOffset } }
      }
    } else out.push(e)
  }
  return out
}

/**
 * Why edits in offset order cannot all be applied, or undefined. Two insertions at one offset
 * conflict too: their order would be a guess.
 */
function firstConflict(sorted: readonly TextEdit[]): string | undefined {
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]
    const b = sorted[i]
    const overlap = b.span.startOffset < a.span.endOffset || b.span.startOffset === a.span.startOffset
    if (overlap) {
      const at = (e: TextEdit) => `${e.span.start.line}:${e.span.start.column}`
      return `the fixes at ${at(a)} and ${at(b)} overlap`
    }
  }
  return undefined
}
