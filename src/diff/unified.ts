/**
 * Unified diff → which lines of the new file are added and which are unchanged context.
 * Review comments may only sit on lines inside a hunk: `added` and `context` are exactly those.
 */
export interface ChangedLines {
  added: Set<number>
  context: Set<number>
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

/** One file's section of a streamed `git diff`: its header line and the lines it changes. */
export interface PatchSection {
  /** The `diff --git …` line, exactly as git wrote it. */
  header: string
  /** Undefined when the section had no hunk; 'too-large' when it changed more lines than are tracked. */
  lines?: ChangedLines | 'too-large'
}

/** Lines tracked per file: past it the file is judged whole (every finding in it is new). */
export const MAX_TRACKED_LINES = 200_000
/** A header longer than this is not a git header: the stream is not what it should be. */
const MAX_HEADER_BYTES = 64 * 1024

/** The first bytes that tell a diff line's kind. */
const Byte = { LF: 10, CR: 13, Space: 32, Plus: 43, Minus: 45, At: 64, Backslash: 92, D: 100 } as const

/**
 * Reads `git diff` output as it streams, with bounded memory whatever the size of a file's patch:
 * only header and hunk-header lines are kept as text; every other line is judged by its first
 * byte and skipped. File names are not read from here (see diff/raw.ts), only matched.
 */
export class PatchStream {
  private current?: { header: string; added: Set<number>; context: Set<number>; hunks: boolean; tooLarge: boolean }
  private line = 0
  private inHunk = false
  /** Bytes of a header line being collected; undefined while skipping a content line. */
  private collecting?: Buffer[]
  private collected = 0
  private atLineStart = true

  constructor(private readonly onSection: (section: PatchSection) => void) {}

  push(chunk: Buffer): void {
    let i = 0
    while (i < chunk.length) {
      if (this.atLineStart) {
        this.atLineStart = false
        const first = chunk[i]
        if (first === Byte.D || first === Byte.At) {
          this.collecting = []
          this.collected = 0
        } else this.contentLine(first)
      }
      const nl = chunk.indexOf(Byte.LF, i)
      const end = nl === -1 ? chunk.length : nl
      if (this.collecting) {
        this.collected += end - i
        if (this.collected > MAX_HEADER_BYTES) throw new Error(`git diff has a header line over ${MAX_HEADER_BYTES} bytes`)
        this.collecting.push(chunk.subarray(i, end))
      }
      if (nl === -1) return
      if (this.collecting) {
        this.headerLine(Buffer.concat(this.collecting).toString('utf8').replace(/\r$/, ''))
        this.collecting = undefined
      }
      this.atLineStart = true
      i = nl + 1
    }
  }

  end(): void {
    if (this.collecting) this.headerLine(Buffer.concat(this.collecting).toString('utf8').replace(/\r$/, ''))
    this.collecting = undefined
    this.flush()
  }

  private headerLine(text: string): void {
    if (text.startsWith('diff --git ')) {
      this.flush()
      this.current = { header: text, added: new Set(), context: new Set(), hunks: false, tooLarge: false }
      this.inHunk = false
      return
    }
    const m = HUNK.exec(text)
    if (m && this.current) {
      this.line = Number(m[1])
      this.inHunk = true
      this.current.hunks = true
      return
    }
    // `deleted file mode …` and the like: extended header lines, nothing to count.
    if (this.inHunk) this.inHunk = false
  }

  private contentLine(first: number): void {
    const file = this.current
    if (!this.inHunk || !file) return
    if (first === Byte.Minus || first === Byte.Backslash) return
    const isAdded = first === Byte.Plus
    if (!isAdded && first !== Byte.Space && first !== Byte.LF && first !== Byte.CR) {
      this.inHunk = false
      return
    }
    if (!file.tooLarge) {
      ;(isAdded ? file.added : file.context).add(this.line)
      if (file.added.size + file.context.size > MAX_TRACKED_LINES) {
        file.tooLarge = true
        file.added.clear()
        file.context.clear()
      }
    }
    this.line++
  }

  private flush(): void {
    const f = this.current
    if (!f) return
    this.current = undefined
    this.onSection({ header: f.header, lines: f.tooLarge ? 'too-large' : f.hunks ? { added: f.added, context: f.context } : undefined })
  }
}
