import { describe, it, expect } from '@jest/globals'
import { parseRawZ } from '../../src/diff/raw.js'
import { MAX_TRACKED_LINES, PatchStream, parsePatch, type PatchSection } from '../../src/diff/unified.js'

describe('parsePatch', () => {
  it('numbers added and context lines of the new file', () => {
    const patch = '@@ -1,4 +1,5 @@\n kind: Pod\n-spec: {}\n+spec:\n+  hostNetwork: true\n metadata: {}\n\n@@ -20,2 +21,3 @@ ctx\n a\n+b\n c\n'
    const { added, context } = parsePatch(patch)
    expect([...added]).toEqual([2, 3, 22])
    expect([...context]).toEqual([1, 4, 5, 21, 23])
  })

  it('ignores the no-newline marker and CRLF', () => {
    const { added, context } = parsePatch('@@ -1 +1,2 @@\r\n-a\r\n+b\r\n+c\r\n\\ No newline at end of file\n')
    expect([...added]).toEqual([1, 2])
    expect([...context]).toEqual([])
  })

  it('reads a hunk header without counts', () => {
    expect([...parsePatch('@@ -0,0 +1 @@\n+only\n').added]).toEqual([1])
  })
})

/** Streams a whole diff through PatchStream in chunks of `size` bytes (headers split anywhere). */
function streamed(diff: string, size: number): PatchSection[] {
  const sections: PatchSection[] = []
  const stream = new PatchStream(s => sections.push(s))
  const bytes = Buffer.from(diff, 'utf8')
  for (let i = 0; i < bytes.length; i += size) stream.push(bytes.subarray(i, i + size))
  stream.end()
  return sections
}

describe('PatchStream', () => {
  const diff = [
    'diff --git a/new.yaml b/new.yaml',
    'new file mode 100644',
    'index 0000000..1111111',
    '--- /dev/null',
    '+++ b/new.yaml',
    '@@ -0,0 +1,2 @@',
    '+a',
    '+b',
    'diff --git a/old.yaml b/old.yaml',
    'deleted file mode 100644',
    '--- a/old.yaml',
    '+++ /dev/null',
    '@@ -1 +0,0 @@',
    '-x',
    'diff --git a/a.yaml b/b.yaml',
    'similarity index 90%',
    'rename from a.yaml',
    'rename to b.yaml',
    '--- a/a.yaml',
    '+++ b/b.yaml',
    '@@ -1,2 +1,2 @@',
    ' k',
    '-v',
    '+w',
    'diff --git a/c.yaml b/d.yaml',
    'similarity index 100%',
    'rename from c.yaml',
    'rename to d.yaml',
    'diff --git a/m.yaml b/m.yaml',
    'index 1..2 100644',
    '--- a/m.yaml',
    '+++ b/m.yaml',
    '@@ -3 +3 @@',
    '-p',
    '+q',
    '',
  ].join('\n')

  it.each([1, 3, 7, 64, 1 << 20])("reads each section's header and lines the same in chunks of %i bytes", size => {
    expect(
      streamed(diff, size).map(s => [s.header, s.lines === undefined || s.lines === 'too-large' ? s.lines : [[...s.lines.added], [...s.lines.context]]]),
    ).toEqual([
      ['diff --git a/new.yaml b/new.yaml', [[1, 2], []]],
      ['diff --git a/old.yaml b/old.yaml', [[], []]],
      ['diff --git a/a.yaml b/b.yaml', [[2], [1]]],
      ['diff --git a/c.yaml b/d.yaml', undefined],
      ['diff --git a/m.yaml b/m.yaml', [[3], []]],
    ])
  })

  it('does not count the --- and +++ lines of the header as removed or added lines', () => {
    const [s] = streamed('diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -1 +1 @@\n-+++ old\n++++ new\n', 5)
    expect(s.lines !== 'too-large' && [...s.lines!.added]).toEqual([1])
  })

  it('judges a file whole when it changes more lines than are tracked, with bounded memory', () => {
    const big =
      `diff --git a/big.txt b/big.txt\n@@ -0,0 +1,${MAX_TRACKED_LINES + 1} @@\n` +
      '+x\n'.repeat(MAX_TRACKED_LINES + 1) +
      'diff --git a/next.yaml b/next.yaml\n@@ -1 +1 @@\n-a\n+b\n'
    const sections = streamed(big, 65536)
    expect(sections.map(s => (s.lines === 'too-large' ? 'too-large' : [...s.lines!.added]))).toEqual(['too-large', [1]])
  })
})

describe('parseRawZ', () => {
  it('reads names exactly, whatever they hold, and renames as old then new', () => {
    const out = [
      ':000000 100644 0000000 cce8b84 A',
      'a\tb "c"\\.yaml',
      ':100644 100644 7898192 7898192 R100',
      'old name.yaml',
      'new\nname.yaml',
      ':120000 100644 4d1ae35 17e3475 T',
      'l',
      '',
    ].join('\0')
    expect(parseRawZ(out)).toEqual([
      { status: 'added', path: 'a\tb "c"\\.yaml' },
      { status: 'renamed', path: 'new\nname.yaml', previousPath: 'old name.yaml' },
      { status: 'typechange', path: 'l' },
    ])
  })

  it('refuses a record it cannot read rather than returning a shorter list', () => {
    expect(() => parseRawZ(':100644 100644 1 2 U\0x\0')).toThrow(/unexpected git diff --raw record/)
    expect(() => parseRawZ(':100644 100644 1 2 R100\0only-one\0')).toThrow(/ended inside a rename record/)
  })
})
