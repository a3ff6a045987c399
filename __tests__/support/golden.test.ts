import { describe, it, expect, afterEach } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { golden } from './golden.js'

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'hng-golden-'))

describe('golden', () => {
  const saved = process.env.UPDATE_GOLDEN
  afterEach(() => {
    if (saved === undefined) delete process.env.UPDATE_GOLDEN
    else process.env.UPDATE_GOLDEN = saved
  })

  it('fails when the golden file is missing, says how to create it, and creates nothing', () => {
    const dir = tmp()
    expect(() => golden('gone.json', '{}\n', { dir, update: false })).toThrow(
      `golden file ${path.join(dir, 'gone.json')} is missing: create it with UPDATE_GOLDEN=1`,
    )
    expect(existsSync(path.join(dir, 'gone.json'))).toBe(false)
  })

  it('reads UPDATE_GOLDEN=1 only: unset or another value leaves a missing file missing', () => {
    const dir = tmp()
    for (const value of [undefined, '', 'true', '0']) {
      if (value === undefined) delete process.env.UPDATE_GOLDEN
      else process.env.UPDATE_GOLDEN = value
      expect(() => golden('gone.json', '{}\n', { dir })).toThrow(/is missing/)
    }
    process.env.UPDATE_GOLDEN = '1'
    golden('made.json', '{"a": 1}\n', { dir })
    expect(readFileSync(path.join(dir, 'made.json'), 'utf8')).toBe('{"a": 1}\n')
  })

  it('fails on a difference and passes on the same text', () => {
    const dir = tmp()
    writeFileSync(path.join(dir, 'out.txt'), 'expected\n')
    expect(() => golden('out.txt', 'actual\n', { dir, update: false })).toThrow(/toBe/)
    expect(() => golden('out.txt', 'expected\n', { dir, update: false })).not.toThrow()
  })

  it('rewrites a differing file when updating, for review', () => {
    const dir = tmp()
    writeFileSync(path.join(dir, 'out.txt'), 'old\n')
    golden('out.txt', 'new\n', { dir, update: true })
    expect(readFileSync(path.join(dir, 'out.txt'), 'utf8')).toBe('new\n')
  })
})
