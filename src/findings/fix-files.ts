import { promises as fs } from 'node:fs'
import path from 'node:path'
import type { Finding, TextEdit } from '../model.js'
import { applyEdits } from './apply-fix.js'

export interface FixResult {
  files: string[]
  fixed: number
}

/**
 * Applies the fixes of the given findings to the files on disk (the CLI's --fix: only when asked).
 * Findings covered by an exception are left alone. Identical edits (an aliased pod spec
 * reported for two objects) are applied once; a file whose edits overlap is left untouched.
 */
export async function fixFiles(root: string, findings: Finding[]): Promise<FixResult> {
  const byFile = new Map<string, { edits: Map<string, TextEdit>; count: number }>()
  for (const f of findings) {
    if (!f.fix || f.suppression) continue
    const entry = byFile.get(f.file) ?? { edits: new Map(), count: 0 }
    for (const e of f.fix.edits) entry.edits.set(`${e.span.startOffset}:${e.span.endOffset}:${e.text}`, e)
    entry.count++
    byFile.set(f.file, entry)
  }
  const result: FixResult = { files: [], fixed: 0 }
  for (const [file, { edits, count }] of byFile) {
    const absolute = path.resolve(root, file)
    const text = await fs.readFile(absolute, 'utf8')
    let fixed: string
    try {
      fixed = applyEdits(text, [...edits.values()])
    } catch {
      continue
    }
    if (fixed === text) continue
    await fs.writeFile(absolute, fixed)
    result.files.push(file)
    result.fixed += count
  }
  return result
}
