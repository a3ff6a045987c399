import { describe, it, expect } from '@jest/globals'
import { collectCases } from './case-sink.js'
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
  /** The text after applying every finding's fix; null when no fix is offered. Required when one is. */
  output?: string | null
}

const TYPE_OF = (file: string): FileType =>
  /dockerfile|containerfile/i.test(file)
    ? 'dockerfile'
    : /\.github\/workflows\//.test(file)
      ? 'workflow'
      : /compose/.test(file)
        ? 'compose'
        : /\.(sh|mk)$|makefile/i.test(file)
          ? 'shell'
          : 'kubernetes'

export function findingsFor(ruleId: string, c: Pick<TestCase, 'code' | 'file' | 'type'>): Finding[] {
  const file = c.file ?? 'pod.yaml'
  const type = c.type ?? TYPE_OF(file)
  const rules = new Map([[ruleId, registry.get(ruleId)!]])
  return scanText({ path: file, text: c.code, type, byName: type === 'compose' }, { rules, severityOf: id => registry.get(id)!.meta.severity })
}

/**
 * ESLint's RuleTester, for our rules: a valid case must give no finding, an invalid case exactly
 * the listed ones at exact positions, and when its findings offer a fix it must state `output`,
 * the text after every fix, which must parse and no longer fire.
 */
export function runRuleTests(ruleId: string, cases: { valid: TestCase[]; invalid: TestCase[] }): void {
  if (collectCases('rule', ruleId, cases)) return
  if (!registry.has(ruleId)) throw new Error(`unknown rule ${ruleId}`)
  checkCaseNames(cases)
  describe(ruleId, () => {
    describe('valid', () => {
      for (const c of cases.valid) it(c.name, () => checkValidCase(ruleId, c))
    })
    describe('invalid', () => {
      for (const c of cases.invalid) it(c.name, () => checkInvalidCase(ruleId, c))
    })
  })
}

/** Case names are test names: a duplicate would hide one case behind another. */
export function checkCaseNames(cases: { valid: TestCase[]; invalid: TestCase[] }): void {
  const names = new Set<string>()
  for (const c of [...cases.valid, ...cases.invalid]) {
    if (names.has(c.name)) throw new Error(`duplicate test case name "${c.name}"`)
    names.add(c.name)
  }
}

/** How a case's text is scanned for one rule; the tester's own tests pass another. */
export type Scan = (ruleId: string, c: Pick<TestCase, 'code' | 'file' | 'type'>) => Finding[]

export function checkValidCase(ruleId: string, c: TestCase, scan: Scan = findingsFor): void {
  expect(scan(ruleId, c).map(describeFinding)).toEqual([])
}

export function checkInvalidCase(ruleId: string, c: TestCase, scan: Scan = findingsFor): void {
  checkFix(ruleId, c, checkFindings(ruleId, c, scan), scan)
}

/** The case's findings, exactly the listed ones at their positions. */
function checkFindings(ruleId: string, c: TestCase, scan: Scan = findingsFor): Finding[] {
  if (!c.errors?.length) throw new Error(`invalid case "${c.name}" lists no errors`)
  const found = scan(ruleId, c)
  if (!found.length) throw new Error(`invalid case "${c.name}" gives no finding`)
  expect(found.map((f, i) => pick(f, c.errors![i] ?? c.errors![0]))).toEqual(
    c.errors.map(e => ({ ...e, message: e.message ? expect.stringMatching(e.message) : undefined })),
  )
  return found
}

/** A fix offered must be stated as `output`, give it, leave the text parsing and the rule quiet. */
function checkFix(ruleId: string, c: TestCase, found: Finding[], scan: Scan = findingsFor): void {
  const edits = found.flatMap(f => f.fix?.edits ?? [])
  if (c.output === undefined) {
    if (edits.length) throw new Error(`invalid case "${c.name}": its findings offer a fix, so it must state \`output\``)
    return
  }
  if (c.output === null) {
    if (edits.length) throw new Error(`invalid case "${c.name}" states output: null, but its findings offer a fix`)
    return
  }
  if (!edits.length) throw new Error(`invalid case "${c.name}" states an output, but its findings offer no fix: write output: null`)
  const fixed = applyFixes(c.code, edits)
  expect(fixed).toBe(c.output)
  const fixedCase = { ...c, code: fixed }
  const parseProblems = (x: TestCase) => scan('parse-error', x).map(f => f.message.replace(/line \d+|:\d+/g, ''))
  const before = parseProblems(c)
  const after = parseProblems(fixedCase).filter(m => !before.includes(m))
  if (after.length) throw new Error(`invalid case "${c.name}": its fixed text no longer parses: ${after.join('; ')}`)
  const still = scan(ruleId, fixedCase).map(describeFinding)
  if (still.length) throw new Error(`invalid case "${c.name}": its fixed text still fires: ${still.join('; ')}`)
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
