import { describe, it, expect } from '@jest/globals'
import { scanText } from '../../src/engine/scan-file.js'
import { applyEdits } from '../../src/findings/apply-fix.js'
import { mergeDeletions } from '../../src/findings/fix-files.js'
import type { FileType, Finding, TextEdit } from '../../src/model.js'
import { registry } from '../../src/rules/index.js'

export interface ExpectedError {
  line: number
  column: number
  endLine?: number
  endColumn?: number
  message?: RegExp
}

export interface TestCase {
  name: string
  code: string
  /** The file name decides how it is read (default pod.yaml). */
  file?: string
  type?: FileType
  errors?: ExpectedError[]
  /** The text after applying every finding's fix; null when no fix is offered. */
  output?: string | null
}

const TYPE_OF = (file: string): FileType =>
  /dockerfile|containerfile/i.test(file) ? 'dockerfile' : /\.github\/workflows\//.test(file) ? 'workflow' : /compose/.test(file) ? 'compose' : /\.(sh|mk)$|makefile/i.test(file) ? 'shell' : 'kubernetes'

export function findingsFor(ruleId: string, c: Pick<TestCase, 'code' | 'file' | 'type'>): Finding[] {
  const file = c.file ?? 'pod.yaml'
  const type = c.type ?? TYPE_OF(file)
  const rules = new Map([[ruleId, registry.get(ruleId)!]])
  return scanText({ path: file, text: c.code, type, byName: type === 'compose' }, { rules, severityOf: id => registry.get(id)!.meta.severity })
}

/**
 * ESLint's RuleTester, for our rules: a valid case must give no finding, an invalid case exactly
 * the listed ones at exact positions, and its fix must give `output`, which must then be clean.
 */
export function runRuleTests(ruleId: string, cases: { valid: TestCase[]; invalid: TestCase[] }): void {
  if (!registry.has(ruleId)) throw new Error(`unknown rule ${ruleId}`)
  const names = new Set<string>()
  for (const c of [...cases.valid, ...cases.invalid]) {
    if (names.has(c.name)) throw new Error(`duplicate test case name "${c.name}"`)
    names.add(c.name)
  }
  describe(ruleId, () => {
    describe('valid', () => {
      for (const c of cases.valid) {
        it(c.name, () => {
          expect(findingsFor(ruleId, c).map(describeFinding)).toEqual([])
        })
      }
    })
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(c.name, () => {
          if (!c.errors?.length) throw new Error(`invalid case "${c.name}" lists no errors`)
          const found = findingsFor(ruleId, c)
          expect(found.map((f, i) => pick(f, c.errors![i] ?? c.errors![0]))).toEqual(c.errors.map(e => ({ ...e, message: e.message ? expect.stringMatching(e.message) : undefined })))
          if (c.output === undefined) return
          const edits = found.flatMap(f => f.fix?.edits ?? [])
          if (c.output === null) {
            expect(edits).toEqual([])
            return
          }
          const fixed = applyFixes(c.code, edits)
          expect(fixed).toBe(c.output)
          expect(findingsFor(ruleId, { ...c, code: fixed }).map(describeFinding)).toEqual([])
        })
      }
    })
  })
}

/**
 * As `--fix` applies them (src/findings/fix-files.ts): identical edits once (an aliased pod spec
 * reported for two objects), touching deletions merged; edits that still overlap throw.
 */
function applyFixes(code: string, edits: readonly TextEdit[]): string {
  const unique = new Map(edits.map(e => [`${e.span.startOffset}:${e.span.endOffset}:${e.text}`, e]))
  return applyEdits(code, mergeDeletions([...unique.values()]))
}

function pick(f: Finding, want: ExpectedError): Record<string, unknown> {
  return {
    line: f.span.start.line,
    column: f.span.start.column,
    ...(want.endLine !== undefined ? { endLine: f.span.end.line } : {}),
    ...(want.endColumn !== undefined ? { endColumn: f.span.end.column } : {}),
    message: want.message ? f.message : undefined,
  }
}

const describeFinding = (f: Finding) => `${f.ruleId} ${f.span.start.line}:${f.span.start.column} ${f.message}`
