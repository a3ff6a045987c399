import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { defaultConfig } from '../../src/config/config.js'
import { scan } from '../../src/pipeline.js'

/**
 * Recall on real-world-shaped files (issue 16): every line of __fixtures__/recall that ends with
 * `planted: <rule-id>` must give exactly that finding, and nothing else in the folder may give
 * any (the decoys are there to catch false positives). The real pipeline reads the folder, so
 * Makefile discovery by name, by content and by include is measured too.
 */
const ROOT = path.resolve('__fixtures__/recall')
const MARK = /planted: ([a-z-]+)/

function files(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const full = path.join(dir, name)
    return statSync(full).isDirectory() ? files(full) : [full]
  })
}

function planted(): string[] {
  return files(ROOT).flatMap(file =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => {
        const m = MARK.exec(line)
        return m && !file.endsWith('README.md') ? [`${path.relative(ROOT, file).split(path.sep).join('/')}:${i + 1} ${m[1]}`] : []
      }),
  )
}

describe('recall on __fixtures__/recall', () => {
  it('finds every planted use and nothing else', async () => {
    const expected = planted().sort()
    const result = await scan({ root: ROOT, config: defaultConfig() })
    const found = result.findings.map(f => `${f.file}:${f.span.start.line} ${f.ruleId}`).sort()
    const hits = expected.filter(e => found.includes(e)).length
    process.stdout.write(`recall: ${hits}/${expected.length} planted found, ${found.length - hits} other findings\n`)
    expect(found).toEqual(expected)
  })

  it('plants enough of each shape to measure', () => {
    const byFile = planted().map(p => p.split(':')[0])
    expect(new Set(byFile).size).toBeGreaterThanOrEqual(15)
    expect(byFile.length).toBeGreaterThanOrEqual(25)
  })
})

describe('docs/coverage.md', () => {
  it('says what is read and what is not, and the README links it', () => {
    const doc = readFileSync('docs/coverage.md', 'utf8')
    expect(doc).toMatch(/^## Read$/m)
    expect(doc).toMatch(/^## Not read$/m)
    for (const blind of ['heredoc', 'Go', 'jsonnet', 'Markdown']) expect(doc).toContain(blind)
    expect(readFileSync('README.md', 'utf8')).toContain('(docs/coverage.md)')
  })
})
