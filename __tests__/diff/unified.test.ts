import { describe, it, expect } from '@jest/globals'
import { parseGitDiff, parsePatch } from '../../src/diff/unified.js'

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

describe('parseGitDiff', () => {
  it('tells added, modified, renamed, copied and removed files apart', () => {
    const diff = [
      'diff --git a/new.yaml b/new.yaml', 'new file mode 100644', 'index 0000000..1111111', '--- /dev/null', '+++ b/new.yaml', '@@ -0,0 +1,2 @@', '+a', '+b',
      'diff --git a/old.yaml b/old.yaml', 'deleted file mode 100644', '--- a/old.yaml', '+++ /dev/null', '@@ -1 +0,0 @@', '-x',
      'diff --git a/a.yaml b/b.yaml', 'similarity index 90%', 'rename from a.yaml', 'rename to b.yaml', '--- a/a.yaml', '+++ b/b.yaml', '@@ -1,2 +1,2 @@', ' k', '-v', '+w',
      'diff --git a/c.yaml b/d.yaml', 'similarity index 100%', 'copy from c.yaml', 'copy to d.yaml',
      'diff --git a/m.yaml b/m.yaml', 'index 1..2 100644', '--- a/m.yaml', '+++ b/m.yaml', '@@ -3 +3 @@', '-p', '+q', '',
    ].join('\n')
    const files = parseGitDiff(diff)
    expect(files.map(f => [f.path, f.status, f.previousPath, f.lines ? [...f.lines.added] : undefined])).toEqual([
      ['new.yaml', 'added', undefined, [1, 2]],
      ['old.yaml', 'removed', undefined, []],
      ['b.yaml', 'renamed', 'a.yaml', [2]],
      ['d.yaml', 'copied', 'c.yaml', undefined],
      ['m.yaml', 'modified', undefined, [3]],
    ])
  })

  it('unquotes C-style quoted paths', () => {
    const diff = 'diff --git "a/t\\303\\251st\\tx.yaml" "b/t\\303\\251st\\tx.yaml"\nindex 1..2\n--- "a/t\\303\\251st\\tx.yaml"\n+++ "b/t\\303\\251st\\tx.yaml"\n@@ -1 +1 @@\n-a\n+b\n'
    expect(parseGitDiff(diff)[0].path).toBe('tést\tx.yaml')
  })
})
