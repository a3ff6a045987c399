import { VOID } from '../shell/shell-tokenizer.js'
import { readDoubleQuotedEscape } from './yaml-escapes.js'

/**
 * The line breaks YAML turns into blanks inside the command values of a workflow file: a folded
 * block (`run: >`), a plain or quoted value over several lines (`- run: docker run --rm` with
 * `--pid=host img` below it), a GitLab `script:` item. shell.ts reads workflow files as raw text,
 * where a line break ends a command, but the runner's shell receives the value after YAML joined
 * those lines into one. Literal blocks (`run: |`) keep their breaks and need nothing here.
 * Likewise the escapes of a quoted command value (`'a ''b'''`, `"a\tb"`, a `\` at a line end):
 * the shell receives them undone, so they are undone in place, VOIDs standing for what YAML consumed.
 *
 * Read from the raw lines, without parsing the YAML: the commands are found in the raw text too,
 * and a file that does not parse still has commands. Every construct consumes its own lines, so
 * each line is looked at a bounded number of times.
 */

/** YAML keys whose value is a command line: GitHub `run:`, GitLab `script:`, compose `command:`. */
export const YAML_COMMAND_KEYS: ReadonlySet<string> = new Set(['run', 'script', 'before_script', 'after_script', 'command', 'cmd', 'entrypoint'])

/** `>`, `|-`, `>2`, `>+1`, `|2-`, optionally followed by a comment. */
const BLOCK_HEADER = /^[|>](?:[1-9][+-]?|[+-][1-9]?)?(?:[ \t]+#.*)?[ \t\r]*$/

/** A character of the view that differs from the file's: its offset and what the shell sees there. */
export type ViewEdit = [offset: number, char: string]

/** Offsets of the `\n` characters YAML folds into a blank, in text order. */
export function foldedLineBreaks(text: string): number[] {
  return yamlCommandEdits(text)
    .filter(([at, c]) => c === ' ' && text[at] === '\n')
    .map(([at]) => at)
}

/**
 * What YAML changes in the command values of `text` before a shell reads them, in text order.
 * Folded breaks become blanks. In a quoted value with escapes, the quotes become blanks (the
 * inside is the script, read like a plain value) and each escape becomes what it stands for,
 * VOIDs taking the place of what YAML consumed: `''` is a VOID and the `'` the shell sees, so a
 * word read from it keeps both raw quotes in its span. A value with an escape YAML refuses keeps
 * its escapes as written (only its folds count); one that does not close changes nothing.
 */
export function yamlCommandEdits(text: string): ViewEdit[] {
  const reader = new FoldReader(text)
  let i = 0
  while (i < reader.count) i = reader.statement(i)
  return reader.edits
}

/** What starts a line: `- ` entries, then a `key:` or a value. Columns count from the line start. */
interface LineHead {
  indent: number
  /** The line starts with a `- ` entry; `dash` is the column of its last one (`- - x`), or -1. */
  dash: number
  dashes: number
  key?: string
  keyColumn: number
  /** Offset where a value starts on this line, or -1 when only a comment or nothing follows. */
  value: number
}

class FoldReader {
  /** Folds and undone escapes, in text order. */
  readonly edits: ViewEdit[] = []
  private readonly starts: number[] = [0]
  /** Offset of each line's `\n`, or the text's end. */
  private readonly ends: number[] = []

  constructor(private readonly text: string) {
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) {
      this.ends.push(nl)
      this.starts.push(nl + 1)
    }
    this.ends.push(text.length)
  }

  get count(): number {
    return this.starts.length
  }

  /** One line at the top level of the reading: a key, an entry, or anything else (skipped). */
  statement(i: number): number {
    if (this.isBlankOrComment(i)) return i + 1
    const head = this.head(i)
    if (head.key !== undefined) {
      const command = YAML_COMMAND_KEYS.has(head.key.toLowerCase())
      if (head.value !== -1) return this.scalar(i, head.value, head.keyColumn, command)
      return command ? this.valueBelow(i + 1, head.keyColumn) : i + 1
    }
    // A non-command entry is read only to step over a block scalar, whose lines are not YAML.
    if (head.dash !== -1 && head.value !== -1) return this.scalar(i, head.value, head.dash, false)
    return i + 1
  }

  /** A command key with nothing after it: its value is a list of commands or a scalar on the lines below. */
  private valueBelow(j: number, keyColumn: number): number {
    let m = j
    while (m < this.count && this.isBlankOrComment(m)) m++
    if (m >= this.count) return m
    const head = this.head(m)
    // `script:` may have its list at its own indentation; anything else there is a sibling key.
    if (head.dash === head.indent && head.indent >= keyColumn) return this.commandList(m, head.indent)
    if (head.indent <= keyColumn || head.key !== undefined || head.dash !== -1) return m
    return this.scalar(m, this.starts[m] + head.indent, keyColumn, true)
  }

  /** GitLab `script:` entries at `dash`: each is a command, which may span lines. */
  private commandList(from: number, dash: number): number {
    let i = from
    while (i < this.count) {
      if (this.isBlankOrComment(i)) {
        i++
        continue
      }
      const head = this.head(i)
      // A nested list, a mapping entry or an empty entry is no command string: left to statement().
      if (head.indent !== dash || head.dash !== dash || head.dashes !== 1 || head.key !== undefined || head.value === -1) return i
      i = this.scalar(i, head.value, dash, true)
    }
    return i
  }

  /**
   * A value starting at `value` on line `i`, under a node indented `parent` columns: a block
   * scalar, a quoted or a plain scalar. Returns the first line after it. Only `command` values
   * get folds; other block scalars are stepped over so that their text is not read as keys.
   */
  private scalar(i: number, value: number, parent: number, command: boolean): number {
    const c = this.text[value]
    if (c === '|' || c === '>') {
      if (!BLOCK_HEADER.test(this.text.slice(value, this.ends[i]))) return i + 1
      const digit = /[1-9]/.exec(this.text.slice(value + 1, value + 3))
      return this.block(i + 1, parent, digit ? Number(digit[0]) : 0, c === '>' && command)
    }
    if (!command) return i + 1
    if (c === '"' || c === "'") return this.quoted(i, value, c, parent)
    if ('[{&*!#%@`'.includes(c)) return i + 1
    return this.plain(i, value, parent)
  }

  /**
   * Block scalar content: lines indented at least `n` (from the indentation indicator, or the
   * first non-empty line) and empty lines. In a folded one, the break between two adjacent text
   * lines folds; blank lines and more-indented lines keep their breaks (YAML 1.2, 8.1.3).
   */
  private block(from: number, parent: number, indicator: number, fold: boolean): number {
    let n = parent + indicator
    if (indicator === 0) {
      let k = from
      while (k < this.count && this.isBlank(k)) k++
      if (k >= this.count) return k
      n = this.indentOf(k)
      if (n <= parent) return k
    }
    let i = from
    let previousIsText = false
    for (; i < this.count; i++) {
      if (this.isBlank(i)) {
        previousIsText = false
        continue
      }
      const indent = this.indentOf(i)
      if (indent < n) break
      const isText = indent === n && this.text[this.starts[i] + n] !== '\t'
      if (fold && isText && previousIsText) this.edits.push([this.ends[i - 1], ' '])
      previousIsText = isText
    }
    return i
  }

  /**
   * A plain scalar: its first line, then lines indented deeper than its parent, up to a comment.
   * Adjacent non-empty lines fold; an empty line between them is a newline in the value.
   */
  private plain(i: number, value: number, parent: number): number {
    if (this.hasComment(value, this.ends[i])) return i + 1
    let last = i
    for (let j = i + 1; j < this.count; j++) {
      if (this.isBlank(j)) continue
      const indent = this.indentOf(j)
      const first = this.firstNonBlank(j)
      if (indent <= parent || this.text[first] === '#') break
      if (j === last + 1) this.edits.push([this.ends[last], ' '])
      last = j
      if (this.hasComment(first, this.ends[j])) break
    }
    return last + 1
  }

  /**
   * A single- or double-quoted scalar from its opening quote. A break between two non-empty
   * lines folds; an escaped break (`\` at a line end in double quotes) joins the lines: it, the
   * break and the next line's leading blanks are VOIDs. Other escapes are undone in place (see
   * yamlCommandEdits). Edits count only once the quote closes within lines indented deeper than
   * the parent; otherwise the YAML is broken and nothing is changed.
   */
  private quoted(i: number, value: number, quote: string, parent: number): number {
    const text = this.text
    const edits: ViewEdit[] = [[value, ' ']]
    let escapes = 0
    let understood = true
    let line = i
    let lineHasText = true
    let pendingBreak = -1
    let k = value + 1
    while (k < text.length) {
      const c = text[k]
      if (c === '\n') {
        pendingBreak = lineHasText ? k : -1
        lineHasText = false
        line++
        if (!this.isBlank(line) && this.indentOf(line) <= parent) return line
        k++
        continue
      }
      if (c === ' ' || c === '\t' || c === '\r') {
        k++
        continue
      }
      if (!lineHasText) {
        lineHasText = true
        if (pendingBreak !== -1) edits.push([pendingBreak, ' '])
        pendingBreak = -1
      }
      if (quote === '"' && c === '\\') {
        escapes++
        const next = text[k + 1] === '\r' && text[k + 2] === '\n' ? k + 2 : k + 1
        if (text[next] === '\n') {
          // An escaped line break joins the lines without a blank: not a fold.
          for (let p = k; p <= next; p++) edits.push([p, VOID])
          lineHasText = false
          line++
          if (!this.isBlank(line) && this.indentOf(line) <= parent) return line
          k = next + 1
          while (text[k] === ' ' || text[k] === '\t') edits.push([k++, VOID])
        } else {
          const after = this.escape(k, edits)
          understood &&= after !== -1
          k = after === -1 ? k + 2 : after
        }
      } else if (c === quote && quote === "'" && text[k + 1] === "'") {
        escapes++
        edits.push([k, VOID])
        k += 2
      } else if (c === quote) {
        edits.push([k, ' '])
        // Without escapes (or with one YAML refuses) the quotes stay: the shell reader takes the
        // string in command position as one quoted word and reads its inside, which is exact there.
        const kept = escapes > 0 && understood ? edits : edits.filter(([at, e]) => e === ' ' && text[at] === '\n')
        for (const e of kept) this.edits.push(e)
        return line + 1
      } else k++
    }
    return this.count
  }

  /**
   * The double-quoted escape at `k` (no line break), undone into `edits`: the characters it
   * gives end where it ends, VOIDs before them. Returns the offset after it, or -1 for an
   * escape YAML refuses.
   */
  private escape(k: number, edits: ViewEdit[]): number {
    const read = readDoubleQuotedEscape(this.text, k)
    if (!read) return -1
    const [chars, width] = read
    const end = k + width
    if (width === 2) {
      // One character after the backslash: `\0` gives a NUL, which is VOID, and `\"` gives the
      // character already there, which needs no edit.
      edits.push([k, VOID])
      if (chars !== this.text[k + 1]) edits.push([k + 1, chars])
      return end
    }
    for (let p = k; p < end - chars.length; p++) edits.push([p, VOID])
    for (let u = 0; u < chars.length; u++) edits.push([end - chars.length + u, chars[u]])
    return end
  }

  private head(i: number): LineHead {
    const text = this.text
    const start = this.starts[i]
    const end = this.ends[i]
    const indent = this.indentOf(i)
    let p = start + indent
    let dash = -1
    let dashes = 0
    while (text[p] === '-' && (p + 1 >= end || text[p + 1] === ' ' || text[p + 1] === '\t' || text[p + 1] === '\r')) {
      dash = p - start
      dashes++
      p++
      while (text[p] === ' ' || text[p] === '\t') p++
    }
    const head: LineHead = { indent, dash, dashes, keyColumn: -1, value: -1 }
    const key = this.keyAt(p, end)
    if (key) {
      head.key = key.name
      head.keyColumn = p - start
      p = key.valueFrom
    }
    while (p < end && (text[p] === ' ' || text[p] === '\t')) p++
    if (p < end && text[p] !== '#' && text[p] !== '\r') head.value = p
    return head
  }

  /** A `key:` (plain or quoted) at `p`: its name and where its value may start. */
  private keyAt(p: number, end: number): { name: string; valueFrom: number } | undefined {
    const text = this.text
    const c = text[p]
    let nameEnd: number
    let q: number
    let name: string
    if (c === '"' || c === "'") {
      q = p + 1
      while (q < end && text[q] !== c) q += c === '"' && text[q] === '\\' ? 2 : 1
      if (q >= end) return undefined
      name = text.slice(p + 1, q)
      q++
      while (q < end && (text[q] === ' ' || text[q] === '\t')) q++
      if (text[q] !== ':') return undefined
    } else {
      if (p >= end || '#[]{},&*!|>%@`\'"'.includes(c)) return undefined
      q = p
      while (q < end && !(text[q] === ':' && (q + 1 >= end || /[ \t\r]/.test(text[q + 1])))) {
        if (text[q] === '#' && (text[q - 1] === ' ' || text[q - 1] === '\t')) return undefined
        q++
      }
      if (q >= end) return undefined
      nameEnd = q
      while (nameEnd > p && (text[nameEnd - 1] === ' ' || text[nameEnd - 1] === '\t')) nameEnd--
      name = text.slice(p, nameEnd)
    }
    return { name, valueFrom: q + 1 }
  }

  /** ` #` or a tab and `#` in [from, end): a comment ends a plain scalar. */
  private hasComment(from: number, end: number): boolean {
    for (let k = from + 1; k < end; k++) if (this.text[k] === '#' && (this.text[k - 1] === ' ' || this.text[k - 1] === '\t')) return true
    return false
  }

  private indentOf(i: number): number {
    let k = this.starts[i]
    while (k < this.ends[i] && this.text[k] === ' ') k++
    return k - this.starts[i]
  }

  private firstNonBlank(i: number): number {
    let k = this.starts[i]
    while (k < this.ends[i] && (this.text[k] === ' ' || this.text[k] === '\t')) k++
    return k
  }

  private isBlank(i: number): boolean {
    if (i >= this.count) return false
    for (let k = this.starts[i]; k < this.ends[i]; k++) if (this.text[k] !== ' ' && this.text[k] !== '\t' && this.text[k] !== '\r') return false
    return true
  }

  private isBlankOrComment(i: number): boolean {
    const k = this.firstNonBlank(i)
    return k >= this.ends[i] || this.text[k] === '#' || this.text[k] === '\r'
  }
}
