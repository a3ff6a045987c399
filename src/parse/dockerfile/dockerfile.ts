import type { Span } from '../../model.js'
import { flagRemovalRange, type SourceText } from '../source.js'

/**
 * Reads a Dockerfile the way BuildKit's parser does (frontend/dockerfile/parser), but only as far
 * as this tool needs: which RUN instructions carry which `--flag=value` builder flags, and in
 * which stage. Everything is linear in the text: each physical line is visited once, as part of
 * one instruction or one heredoc body.
 */

export interface DockerfileFlag {
  /** Lower-cased, without the leading dashes: `network`. */
  name: string
  /** As written (quotes and backslash escapes removed, as BuildKit does); undefined without `=`. */
  value: string | undefined
  /** The whole flag token, `--network=host`. */
  span: Span
  /** The value's characters (inside any quotes); empty right after `=` when the value is empty. */
  valueSpan?: Span
  /**
   * Without `=`, the word after the flag, quotes around it removed: BuildKit rejects `--network
   * host` ("missing a value on flag") and would read `host` as the command, but it is what the
   * author meant as the value. Undefined when the instruction ends there.
   */
  nextWord?: string
  /** What a delete-fix removes so that the Dockerfile still parses (see removalRange). */
  removal: Span
}

export interface DockerfileRun {
  /** The stage's `AS` name lower-cased (BuildKit's stage identity), else its index: '0', '1'; '' before any FROM. */
  stage: string
  /** The `RUN` keyword. */
  instructionSpan: Span
  /**
   * The raw ranges the whole instruction (`ONBUILD` included) is joined from, one per physical
   * line, as BuildKit joins them: without the continuation characters, and without the comment
   * and blank lines it drops inside an instruction. For quoting the instruction.
   */
  lines: Array<[number, number]>
  flags: DockerfileFlag[]
  /** Set for `ONBUILD RUN`: the flags apply when a child image builds FROM this one. */
  onbuild?: boolean
}

export interface DockerfileProblem {
  message: string
  span: Span
}

export interface ParsedDockerfile {
  runs: DockerfileRun[]
  problems: DockerfileProblem[]
}

/** BuildKit's parser directives; any other `# name=value` line ends the directive block. */
const DIRECTIVES = new Set(['syntax', 'escape', 'check'])
/** Instructions whose arguments may open heredocs (BuildKit's heredocDirectives). */
const HEREDOC_INSTRUCTIONS = new Set(['run', 'copy', 'add'])

/** A line continuation joins physical lines; rawAt(line, k) is the raw offset of `text[k]`. */
interface LogicalLine {
  text: string
  /** The raw range of each physical line's part: `text` is their characters joined. */
  pieces: Array<[number, number]>
}

/**
 * The raw offset of a logical line's `k`th character. Told from the pieces, where an offset per
 * character cost a scan more than reading every Dockerfile's instructions.
 */
function rawAt(line: LogicalLine, k: number): number {
  const pieces = line.pieces
  for (let i = 0; i < pieces.length; i++) {
    const [s, e] = pieces[i]
    if (k < e - s) return s + k
    k -= e - s
  }
  return Number.NaN
}

interface PhysicalLine {
  start: number
  /** End of the content, before `\r\n` / `\n` (Go's bufio.ScanLines drops the CR too). */
  end: number
  next: number
}

export function parseDockerfile(src: SourceText): ParsedDockerfile {
  return new Reader(src).read()
}

class Reader {
  private readonly text: string
  private pos = 0
  private escape = '\\'
  private directivesDone = false
  private readonly seenDirectives = new Set<string>()
  private stageCount = 0
  private stage = ''
  private readonly runs: DockerfileRun[] = []
  private readonly problems: DockerfileProblem[] = []

  constructor(private readonly src: SourceText) {
    this.text = src.text
  }

  read(): ParsedDockerfile {
    const text = this.text
    while (this.pos < text.length) {
      const line = this.nextLine()
      const first = skipSpace(text, line.start, line.end)
      // Directives are only read until the first line that is not one: an instruction, an empty
      // line or an ordinary comment all end the block.
      if (!this.directivesDone) this.directive(first, line.end)
      if (text[first] === '#') continue
      let cont = this.continuation(first, line.end)
      if (!cont.continued && cont.end === first) continue
      const pieces: Array<[number, number]> = [[first, cont.end]]
      while (cont.continued && this.pos < text.length) {
        const next = this.nextLine()
        const content = skipSpace(text, next.start, next.end)
        // BuildKit drops comment lines and blank lines inside a continued instruction.
        if (content === next.end || text[content] === '#') continue
        // A continuation line keeps its indentation: `RUN a \` + `  b` is `RUN a   b`.
        cont = this.continuation(next.start, next.end)
        pieces.push([next.start, cont.end])
      }
      this.instruction(joinPieces(text, pieces))
    }
    return { runs: this.runs, problems: this.problems }
  }

  private nextLine(): PhysicalLine {
    const text = this.text
    let start = this.pos
    if (start === 0 && text.charCodeAt(0) === 0xfeff) start = 1
    const nl = text.indexOf('\n', this.pos)
    let end = nl === -1 ? text.length : nl
    this.pos = nl === -1 ? text.length : nl + 1
    if (end > start && text[end - 1] === '\r') end -= 1
    return { start, end, next: this.pos }
  }

  /**
   * BuildKit's `([^E])E[ \t]*$|^E[ \t]*$` for escape char E: a line continues when it ends with
   * the escape char (blanks after it allowed) that is not itself escaped: `c:\\` does not continue.
   */
  private continuation(start: number, end: number): { end: number; continued: boolean } {
    const text = this.text
    let p = end
    while (p > start && (text[p - 1] === ' ' || text[p - 1] === '\t')) p--
    if (p > start && text[p - 1] === this.escape && (p - 1 === start || text[p - 2] !== this.escape)) return { end: p - 1, continued: true }
    return { end, continued: false }
  }

  private directive(start: number, end: number): void {
    const d = matchDirective(this.text, start, end)
    if (!d || !DIRECTIVES.has(d.name)) {
      this.directivesDone = true
      return
    }
    const span = this.src.span(start, end)
    if (this.seenDirectives.has(d.name)) {
      this.problems.push({ message: `only one "${d.name}" parser directive can be used; BuildKit rejects this Dockerfile`, span })
      return
    }
    this.seenDirectives.add(d.name)
    if (d.name !== 'escape') return
    if (d.value === '\\' || d.value === '`') this.escape = d.value
    else this.problems.push({ message: `invalid escape token "${d.value}": it must be \` or \\`, span })
  }

  private instruction(line: LogicalLine): void {
    const words = splitInstruction(line.text, 0)
    if (!words) return
    const name = words.name.toLowerCase()
    if (name === 'from') this.from(line, words.rest)
    else if (name === 'run') this.run(line, words, false)
    else if (name === 'onbuild') {
      // ONBUILD's argument is itself an instruction, parsed the same way when a child builds.
      const inner = splitInstruction(line.text, words.rest)
      if (!inner) return
      const innerName = inner.name.toLowerCase()
      if (innerName === 'run') this.run(line, inner, true)
      else if (HEREDOC_INSTRUCTIONS.has(innerName)) this.heredocs(line, inner.rest)
    } else if (HEREDOC_INSTRUCTIONS.has(name)) this.heredocs(line, words.rest)
  }

  private from(line: LogicalLine, rest: number): void {
    const { argsStart } = extractFlags(line.text, rest)
    const args = line.text
      .slice(argsStart)
      .trim()
      .split(/[ \t\v\f\r\n]+/)
      .filter(Boolean)
    this.stageCount += 1
    // BuildKit matches `AS` case-insensitively and lower-cases the stage name.
    this.stage = args.length === 3 && args[1].toLowerCase() === 'as' ? args[2].toLowerCase() : String(this.stageCount - 1)
  }

  private run(line: LogicalLine, words: InstructionWords, onbuild: boolean): void {
    const rawOf = (k: number) => rawAt(line, k)
    const { flags: raw } = extractFlags(line.text, words.rest)
    const flags: DockerfileFlag[] = []
    for (const f of raw) {
      const body = f.text.slice(2)
      const eq = body.indexOf('=')
      const name = (eq === -1 ? body : body.slice(0, eq)).toLowerCase()
      const start = rawOf(f.start)
      const end = rawOf(f.end - 1) + 1
      const span = this.src.span(start, end)
      const [rs, re] = flagRemovalRange(this.text, start, end, this.escape, true)
      const flag: DockerfileFlag = { name, value: undefined, span, removal: this.src.span(rs, re) }
      if (eq === -1) {
        // Every RUN flag is a string flag: `--network host` fails with "missing a value on flag".
        this.problems.push({
          message: `RUN flag "--${name}" has no value: BuildKit fails with "missing a value on flag: ${name}"; write --${name}=<value>`,
          span,
        })
        const next = wordAfter(line.text, f.end)
        if (next !== undefined) flag.nextWord = next
      } else {
        const v = 2 + eq + 1
        flag.value = f.text.slice(v)
        // f.offs index the logical line; rawOf maps those to the file.
        const at = (k: number) => rawOf(f.offs ? f.offs[k] : f.start + k)
        const vs = v < f.text.length ? at(v) : at(v - 1) + 1
        const ve = v < f.text.length ? at(f.text.length - 1) + 1 : vs
        flag.valueSpan = this.src.span(vs, ve)
      }
      flags.push(flag)
    }
    const run: DockerfileRun = {
      stage: this.stage,
      instructionSpan: this.src.span(rawOf(words.nameStart), rawOf(words.nameEnd - 1) + 1),
      lines: line.pieces,
      flags,
    }
    if (onbuild) run.onbuild = true
    this.runs.push(run)
    this.heredocs(line, words.rest)
  }

  /** Consumes the bodies of the heredocs the line opens, so that they are never read as instructions. */
  private heredocs(line: LogicalLine, rest: number): void {
    if (!line.text.includes('<<')) return
    // BuildKit does not look for heredocs in the JSON (exec) form.
    const { argsStart } = extractFlags(line.text, rest)
    if (isJsonArray(line.text.slice(argsStart).trim())) return
    for (const doc of heredocNames(line.text)) {
      const opened = this.pos
      let terminated = false
      while (this.pos < this.text.length) {
        const l = this.nextLine()
        let s = l.start
        if (doc.chomp) while (s < l.end && this.text[s] === '\t') s++
        if (l.end - s === doc.name.length && this.text.startsWith(doc.name, s)) {
          terminated = true
          break
        }
      }
      if (!terminated) {
        this.problems.push({ message: `unterminated heredoc: no line "${doc.name}" closes it`, span: this.src.span(opened, this.text.length) })
        return
      }
    }
  }
}

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\v' || c === '\f' || c === '\r'
}

function skipSpace(text: string, start: number, end: number): number {
  let p = start
  while (p < end && isSpace(text[p])) p++
  return p
}

function joinPieces(text: string, pieces: Array<[number, number]>): LogicalLine {
  let joined = ''
  for (const [s, e] of pieces) joined += text.slice(s, e)
  return { text: joined, pieces }
}

/** The blank-separated word at or after `from`, with the quotes around it removed. */
function wordAfter(text: string, from: number): string | undefined {
  let p = from
  while (text[p] === ' ' || text[p] === '\t') p++
  if (p >= text.length) return undefined
  let e = p
  while (e < text.length && text[e] !== ' ' && text[e] !== '\t') e++
  return text.slice(p, e).replace(/^(["'])(.*)\1$/, '$2')
}

/**
 * BuildKit's `^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$`, written out by hand: the lazy group
 * followed by `\s*$` backtracks quadratically on a long run of blanks.
 */
const LETTER = /[A-Za-z]/
const ALNUM = /[A-Za-z0-9]/
function matchDirective(text: string, start: number, end: number): { name: string; value: string } | undefined {
  if (text[start] !== '#') return undefined
  let p = skipSpace(text, start + 1, end)
  const nameStart = p
  if (!LETTER.test(text[p] ?? '')) return undefined
  while (p < end && ALNUM.test(text[p])) p++
  const name = text.slice(nameStart, p).toLowerCase()
  p = skipSpace(text, p, end)
  if (text[p] !== '=') return undefined
  p = skipSpace(text, p + 1, end)
  let e = end
  while (e > p && isSpace(text[e - 1])) e--
  return e > p ? { name, value: text.slice(p, e) } : undefined
}

interface InstructionWords {
  name: string
  nameStart: number
  nameEnd: number
  /** Index just past the blanks that follow the name. */
  rest: number
}

/** BuildKit splits `strings.TrimSpace(line)` once on `[\t\v\f\r ]+`: the instruction, then its arguments. */
function splitInstruction(text: string, from: number): InstructionWords | undefined {
  const nameStart = skipSpace(text, from, text.length)
  if (nameStart === text.length) return undefined
  let nameEnd = nameStart
  while (nameEnd < text.length && !isSpace(text[nameEnd])) nameEnd++
  return { name: text.slice(nameStart, nameEnd), nameStart, nameEnd, rest: skipSpace(text, nameEnd, text.length) }
}

interface RawFlag {
  /** The word with quotes and escapes removed; starts with `--`. */
  text: string
  /** Logical-line index of each `text` character; none when the token has no quote nor backslash (`start + k`). */
  offs?: number[]
  /** Logical-line index range of the token as written. */
  start: number
  end: number
}

/**
 * BuildKit's extractBuilderFlags: while the next word starts with `--`, it is a flag (quotes and
 * backslashes are removed inside it); a bare `--` ends the flags; anything else is the command.
 * So `RUN echo --network=host` has no flags.
 */
function extractFlags(line: string, from: number): { flags: RawFlag[]; argsStart: number } {
  const flags: RawFlag[] = []
  let p = from
  for (;;) {
    p = skipSpace(line, p, line.length)
    if (p >= line.length) return { flags, argsStart: line.length }
    if (line[p] !== '-' || line[p + 1] !== '-') return { flags, argsStart: p }
    const start = p
    // Most flags are written plain (`--mount=type=cache,target=/root/.cache`): a slice.
    let end = p
    while (end < line.length && !isSpace(line[end]) && line[end] !== '"' && line[end] !== "'" && line[end] !== '\\') end++
    if (end >= line.length || isSpace(line[end])) {
      const text = line.slice(start, end)
      if (text === '--') return { flags, argsStart: skipSpace(line, end, line.length) }
      flags.push({ text, start, end })
      p = end
      continue
    }
    let text = ''
    const offs: number[] = []
    let quote = ''
    for (; p < line.length; p++) {
      const c = line[p]
      if (!quote && isSpace(c)) break
      if (!quote && (c === '"' || c === "'")) quote = c
      else if (quote && c === quote) quote = ''
      else if (c === '\\') {
        if (p + 1 < line.length) {
          p++
          text += line[p]
          offs.push(p)
        }
      } else {
        text += c
        offs.push(p)
      }
    }
    if (text === '--') return { flags, argsStart: skipSpace(line, p, line.length) }
    flags.push({ text, offs, start, end: p })
  }
}

function isJsonArray(args: string): boolean {
  if (!args.startsWith('[')) return false
  try {
    const v: unknown = JSON.parse(args)
    return Array.isArray(v) && v.every(x => typeof x === 'string')
  } catch {
    return false
  }
}

/**
 * BuildKit splits the whole instruction line into shell words (quotes kept) and takes every word
 * matching `^(\d*)<<(-?)([^<]*)$` with a non-empty rest as a heredoc: `<<EOF`, `<<-EOF`,
 * `<<"EOF"`, `2<<EOF`. `cat<<EOF` and `"<<EOF"` are not heredocs; `<< EOF` is not one either.
 */
function heredocNames(line: string): Array<{ name: string; chomp: boolean }> {
  const docs: Array<{ name: string; chomp: boolean }> = []
  for (const word of rawWords(line)) {
    const m = /^\d*<<(-?)([^<]*)$/.exec(word)
    if (!m || m[2] === '') continue
    const name = unquote(m[2])
    if (name !== '') docs.push({ name, chomp: m[1] === '-' })
  }
  return docs
}

/** Shell-style words with their quotes and backslashes kept. */
function rawWords(line: string): string[] {
  const words: string[] = []
  let start = -1
  let quote = ''
  for (let p = 0; p <= line.length; p++) {
    const c = line[p]
    if (p === line.length || (!quote && isSpace(c))) {
      if (start !== -1) words.push(line.slice(start, p))
      start = -1
      continue
    }
    if (start === -1) start = p
    if (c === '\\' && quote !== "'") p++
    else if (!quote && (c === '"' || c === "'")) quote = c
    else if (c === quote) quote = ''
  }
  return words
}

function unquote(word: string): string {
  let out = ''
  let quote = ''
  for (let p = 0; p < word.length; p++) {
    const c = word[p]
    if (quote !== "'" && c === '\\' && p + 1 < word.length) out += word[++p]
    else if (!quote && (c === '"' || c === "'")) quote = c
    else if (c === quote) quote = ''
    else out += c
  }
  return out
}
