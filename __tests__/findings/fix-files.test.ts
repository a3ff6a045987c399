import { describe, it, expect } from '@jest/globals'
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { scanText } from '../../src/engine/scan-file.js'
import { fixFiles, mergeDeletions } from '../../src/findings/fix-files.js'
import type { Finding, TextEdit } from '../../src/model.js'
import { registry } from '../../src/rules/index.js'

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'hng-fix-'))

function findingsOf(file: string, text: string): Finding[] {
  return scanText({ path: file, text, type: 'shell', byName: false }, { rules: registry, severityOf: id => registry.get(id)!.meta.severity })
}

const edit = (start: number, end: number, text = ''): TextEdit => ({
  span: { start: { line: 1, column: start + 1 }, end: { line: 1, column: end + 1 }, startOffset: start, endOffset: end },
  text,
})

function finding(file: string, edits: TextEdit[]): Finding {
  return {
    ruleId: 'host-network',
    severity: 'error',
    file,
    span: edits[0].span,
    resource: { display: 'command' },
    message: 'm',
    remediation: 'r',
    fieldPath: 'x',
    fix: { description: 'd', edits },
  }
}

describe('fixFiles', () => {
  it('merges overlapping flag removals on one command line and counts every finding', async () => {
    const dir = tmp()
    const script = '#!/bin/sh\npodman pod create --name p --network host --ipc host --pid host\necho done\n'
    writeFileSync(path.join(dir, 'run.sh'), script)
    const findings = findingsOf('run.sh', script).filter(f => f.fix)
    expect(findings.length).toBeGreaterThanOrEqual(2)
    const result = await fixFiles(dir, findings)
    expect(result).toEqual({ files: ['run.sh'], fixed: findings.length, skipped: [], failed: [], diff: expect.stringContaining('+++ b/'), warnings: [] })
    const fixed = readFileSync(path.join(dir, 'run.sh'), 'utf8')
    expect(fixed).toMatch(/^#!\/bin\/sh\npodman pod create --name p *\necho done\n$/)
    expect(findingsOf('run.sh', fixed)).toEqual([])
  })

  it('merges deletions that only touch', async () => {
    const dir = tmp()
    writeFileSync(path.join(dir, 'a.sh'), 'abcdef')
    const result = await fixFiles(dir, [finding('a.sh', [edit(1, 3)]), finding('a.sh', [edit(3, 5)])])
    expect(result).toEqual({ files: ['a.sh'], fixed: 2, skipped: [], failed: [], diff: expect.stringContaining('+++ b/'), warnings: [] })
    expect(readFileSync(path.join(dir, 'a.sh'), 'utf8')).toBe('af')
  })

  it('skips a file whose edits conflict, says why, and does not count its findings', async () => {
    const dir = tmp()
    writeFileSync(path.join(dir, 'a.sh'), 'abcdef')
    writeFileSync(path.join(dir, 'b.sh'), 'abcdef')
    const result = await fixFiles(dir, [finding('a.sh', [edit(1, 4, 'X')]), finding('a.sh', [edit(2, 5)]), finding('b.sh', [edit(0, 1, 'A')])])
    expect(result).toEqual({
      files: ['b.sh'],
      fixed: 1,
      skipped: [{ file: 'a.sh', reason: 'the fixes at 1:2 and 1:3 overlap' }],
      failed: [],
      diff: expect.stringContaining('+++ b/b.sh'),
      warnings: [],
    })
    expect(readFileSync(path.join(dir, 'a.sh'), 'utf8')).toBe('abcdef')
    expect(readFileSync(path.join(dir, 'b.sh'), 'utf8')).toBe('Abcdef')
  })

  it('refuses two different insertions at one offset rather than guess their order', async () => {
    const dir = tmp()
    writeFileSync(path.join(dir, 'a.sh'), 'abc')
    const result = await fixFiles(dir, [finding('a.sh', [edit(1, 1, 'X')]), finding('a.sh', [edit(1, 1, 'Y')])])
    expect(result.skipped.map(s => s.file)).toEqual(['a.sh'])
    expect(readFileSync(path.join(dir, 'a.sh'), 'utf8')).toBe('abc')
  })

  it('applies an identical edit reported twice once, and leaves exceptions alone', async () => {
    const dir = tmp()
    writeFileSync(path.join(dir, 'a.sh'), 'abcdef')
    const suppressed = { ...finding('a.sh', [edit(4, 6)]), suppression: { kind: 'exception' as const, justification: 'j', source: 's' } }
    const result = await fixFiles(dir, [finding('a.sh', [edit(0, 2)]), finding('a.sh', [edit(0, 2)]), suppressed])
    expect(result).toEqual({ files: ['a.sh'], fixed: 2, skipped: [], failed: [], diff: expect.stringContaining('+++ b/'), warnings: [] })
    expect(readFileSync(path.join(dir, 'a.sh'), 'utf8')).toBe('cdef')
  })
})

describe('fixFiles on files it cannot write', () => {
  it('fault: a read-only file is left as it was and listed as failed, and the others are still fixed', async () => {
    const dir = tmp()
    writeFileSync(path.join(dir, 'a.sh'), 'abcdef')
    writeFileSync(path.join(dir, 'b.sh'), 'abcdef')
    chmodSync(path.join(dir, 'a.sh'), 0o444)
    const result = await fixFiles(dir, [finding('a.sh', [edit(0, 1)]), finding('b.sh', [edit(0, 1)])])
    expect({ ...result, failed: result.failed.map(e => e.message) }).toEqual({
      files: ['b.sh'],
      fixed: 1,
      skipped: [],
      failed: ['cannot write a.sh: the file is read-only (mode 0444)'],
      diff: expect.stringContaining('+++ b/a.sh'),
      warnings: [],
    })
    expect(readFileSync(path.join(dir, 'a.sh'), 'utf8')).toBe('abcdef')
    expect(readFileSync(path.join(dir, 'b.sh'), 'utf8')).toBe('bcdef')
  })
})

describe('mergeDeletions', () => {
  it('keeps replacements apart and takes the union of overlapping deletions', () => {
    const merged = mergeDeletions([edit(5, 9), edit(0, 2, 'x'), edit(6, 12), edit(2, 3)])
    expect(merged.map(e => [e.span.startOffset, e.span.endOffset, e.text])).toEqual([
      [0, 2, 'x'],
      [2, 3, ''],
      [5, 12, ''],
    ])
    expect(merged[2].span.end).toEqual({ line: 1, column: 13 })
  })
})
