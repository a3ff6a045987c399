/**
 * Unified diff → which lines of the new file are added and which are unchanged context.
 * Review comments may only sit on lines inside a hunk: `added` and `context` are exactly those.
 */
export interface ChangedLines {
  added: Set<number>
  context: Set<number>
}

export interface FileDiff {
  path: string
  previousPath?: string
  status: 'added' | 'modified' | 'renamed' | 'copied' | 'removed'
  /** Undefined when the diff had no hunks for the file (binary, too large, pure rename). */
  lines?: ChangedLines
}

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/

/** Parses one file's patch (hunks only, as the GitHub API's `patch` field holds). */
export function parsePatch(patch: string): ChangedLines {
  const added = new Set<number>()
  const context = new Set<number>()
  let line = 0
  let inHunk = false
  const rows = patch.split('\n')
  if (rows.at(-1) === '') rows.pop()
  for (const raw of rows) {
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    const m = HUNK.exec(text)
    if (m) {
      line = Number(m[1])
      inHunk = true
      continue
    }
    if (!inHunk) continue
    const sign = text[0]
    // An empty line inside a hunk is a context line whose leading space was trimmed.
    if (sign === '+') added.add(line++)
    else if (sign === ' ' || text === '') context.add(line++)
    else if (sign !== '-' && sign !== '\\') inHunk = false
  }
  return { added, context }
}

/** Parses `git diff` output for many files (with `diff --git` headers). */
export function parseGitDiff(diff: string): FileDiff[] {
  const files: FileDiff[] = []
  const chunks = diff.split(/^diff --git /m).slice(1)
  for (const chunk of chunks) {
    const headerEnd = chunk.search(/^@@ /m)
    const header = headerEnd === -1 ? chunk : chunk.slice(0, headerEnd)
    const body = headerEnd === -1 ? '' : chunk.slice(headerEnd)
    const to = /^\+\+\+ (?:b\/)?(.+)$/m.exec(header)?.[1]
    const from = /^--- (?:a\/)?(.+)$/m.exec(header)?.[1]
    const renameFrom = /^rename from (.+)$/m.exec(header)?.[1]
    const renameTo = /^rename to (.+)$/m.exec(header)?.[1]
    const copyFrom = /^copy from (.+)$/m.exec(header)?.[1]
    const copyTo = /^copy to (.+)$/m.exec(header)?.[1]
    const first = chunk.slice(0, chunk.indexOf('\n'))
    const fallback = / b\/(.+)$/.exec(first)?.[1]
    let status: FileDiff['status'] = 'modified'
    let path = unquote(renameTo ?? copyTo ?? (to && to !== '/dev/null' ? to : undefined) ?? fallback ?? '')
    let previousPath: string | undefined
    if (/^new file mode/m.test(header)) status = 'added'
    else if (/^deleted file mode/m.test(header)) {
      status = 'removed'
      path = unquote(from && from !== '/dev/null' ? from : path)
    } else if (renameTo) {
      status = 'renamed'
      previousPath = unquote(renameFrom ?? '')
    } else if (copyTo) {
      status = 'copied'
      previousPath = unquote(copyFrom ?? '')
    }
    files.push({ path, previousPath, status, lines: body ? parsePatch(body) : undefined })
  }
  return files
}

/** git quotes unusual paths C-style ("a\\tb"); undo that so paths match the file system. */
function unquote(p: string): string {
  if (!p.startsWith('"')) return p
  const inner = p.slice(1, -1).replace(/^[ab]\//, '')
  const bytes: number[] = []
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'))
      continue
    }
    const n = inner[++i]
    if (/[0-7]/.test(n)) {
      bytes.push(parseInt(inner.slice(i, i + 3), 8))
      i += 2
    } else bytes.push(({ n: 10, t: 9, '"': 34, '\\': 92, r: 13, a: 7, b: 8, f: 12, v: 11 } as Record<string, number>)[n] ?? n.charCodeAt(0))
  }
  return Buffer.from(bytes).toString('utf8')
}
