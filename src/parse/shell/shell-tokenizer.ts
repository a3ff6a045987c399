import { isDelimiter, lineEndAfter, readBodies, type Heredoc } from './heredoc.js'

/**
 * Splits shell text into simple commands of words, with the raw offset of every character, for
 * shell.ts. Just enough shell to get words right: quotes, escapes, continuations, comments,
 * `$(...)`, backticks, operators, redirections, heredocs, GitHub `${{ }}` expressions. It never
 * throws and stays linear: every look-ahead is bounded or remembered.
 *
 * The text may be a view of a script embedded in another format (shell-view.ts): what the shell
 * reads, at the raw file's offsets. A VOID there is a character the host format consumed (the
 * first backslash of a Groovy `\\`): the shell never sees it, so it is skipped.
 */

/** A character the shell does not see; a shell cannot see NUL in a script either. */
export const VOID = '\0'

/** `$(...)`/backtick nesting kept apart; deeper ones are read as plain text. */
const MAX_FRAMES = 8

export interface Word {
  /** Raw offsets of the word as written (quotes included). */
  start: number
  end: number
  /** Quotes, escapes and continuations removed; `$(...)` and backticks kept as written. */
  text: string
  /**
   * Where `text` comes from: raw ranges `[from, to)` in pairs, in text order, whose characters
   * joined are `text` (every character a word keeps is the one written at its offset). A word
   * is mostly one range: a pair of numbers, where an offset per character cost a scan more than
   * all its words' text. rawOffset maps a character of `text` back to the file.
   */
  runs: number[]
  /** A redirection operator (`>`, `>>`, `>&`, `<<`); the next word is its target. */
  redir: boolean
  /** The raw inside of a word that is exactly one quoted string with no substitution in it. */
  inner?: [number, number]
  /** Set by variables.ts on a word read from a variable's value: the use (`$(FLAGS)`) it stands for. */
  via?: WordVia
}

/** The expansion a word came from, as written, and its raw range. */
export interface WordVia {
  written: string
  start: number
  end: number
}

interface Builder {
  start: number
  end: number
  /** The word's characters so far, as Word.runs. */
  runs: number[]
  /** How many characters the runs hold. */
  length: number
  quotes: number
  /** The opening quote when nothing came before it (VOIDs aside), or -1. */
  firstQuoteAt: number
  lastCloseAt: number
  substituted: boolean
}

/** A simple command's words. */
export interface Command {
  words: Word[]
  /** The command this one's output is piped into: `cat <<EOF | sh`. */
  pipesInto?: Command
}

interface Frame {
  kind: 'top' | 'paren' | 'tick'
  /** Unmatched `(`, so `$( (a) )` closes at the right `)`. */
  depth: number
  /** The `depth` at which arithmetic (`$((`, `((`) began, or -1: in it `<<` is a shift. */
  arithAt: number
  cmd: Command
  cur: Builder | undefined
  quote: string
  openedAt: number
  /** The command before a `|` whose right side has not ended yet. */
  pipeFrom?: Command
  /** Right after `<<`/`<<-`: the next word is a heredoc delimiter. */
  heredocOp?: { dash: boolean; stdin: boolean }
  /** The command's stdin heredoc so far: a later `<<` replaces it as the command's input. */
  stdinDoc?: Heredoc<Command>
}

export interface Tokens {
  commands: Command[]
  /** Heredocs whose body was read, in text order. */
  heredocs: Heredoc<Command>[]
}

const BLANKS = ' \t\r\v\f'
// Constants, not literals in the loop: each evaluation of a literal is a new RegExp object.
const ALNUM = /[A-Za-z0-9]/
const DIGITS = /^[0-9]+$/

function newFrame(kind: Frame['kind'], openedAt: number): Frame {
  return { kind, depth: 0, arithAt: -1, cmd: { words: [] }, cur: undefined, quote: '', openedAt }
}

/** The raw offset of `text[k]` of a word. */
export function rawOffset(w: Pick<Word, 'runs'>, k: number): number {
  const runs = w.runs
  for (let r = 0; r < runs.length; r += 2) {
    const length = runs[r + 1] - runs[r]
    if (k < length) return runs[r] + k
    k -= length
  }
  return Number.NaN
}

function textOf(text: string, runs: number[]): string {
  if (runs.length === 2) return text.slice(runs[0], runs[1])
  let out = ''
  for (let r = 0; r < runs.length; r += 2) out += text.slice(runs[r], runs[r + 1])
  return out
}

function finish(text: string, b: Builder): Word {
  const w: Word = { start: b.start, end: b.end, text: textOf(text, b.runs), runs: b.runs, redir: false }
  if (b.quotes === 1 && !b.substituted && b.firstQuoteAt !== -1 && b.lastCloseAt === b.end - 1) w.inner = [b.firstQuoteAt + 1, b.end - 1]
  return w
}

/** Nothing but VOIDs: no word at all. */
function isVoidOnly(b: Builder): boolean {
  return b.length === 0 && b.quotes === 0 && !b.substituted
}

/**
 * Splits `text[start, end)` into simple commands (lists of words). Commands inside `$(...)` and
 * backticks come out as commands of their own, while the outer word keeps the substitution's text.
 * With `heredocs`, a heredoc body is stepped over at the newline that ends its operator's line
 * and returned apart; without, `<<` is a redirection like any other.
 */
export function tokenize(text: string, start: number, end: number, newlineIsBlank: boolean, heredocs: boolean): Tokens {
  const out: Command[] = []
  const docs: Heredoc<Command>[] = []
  /** Heredocs opened on the current line, whose bodies start after it. */
  const pending: Heredoc<Command>[] = []
  const stack: Frame[] = [newFrame('top', start)]
  let f = stack[0]
  // Where a look-ahead for a closing quote or `}}` already failed: up to that line end it fails again.
  const noClose: Record<string, number> = { "'": -1, '"': -1, '}}': -1 }
  let noGroupUntil = -1
  let groupClose = 0
  let lineStart = start
  let indentLine = -1
  let indent = 0

  const builder = (at: number): Builder => {
    if (!f.cur) f.cur = { start: at, end: at, runs: [], length: 0, quotes: 0, firstQuoteAt: -1, lastCloseAt: -1, substituted: false }
    return f.cur
  }
  /** Adds the characters written at `[from, to)` (offsets only grow within a word) and ends the word at `wordEnd`. */
  const add = (from: number, to: number, wordStart: number, wordEnd: number): void => {
    const b = builder(wordStart)
    const runs = b.runs
    if (runs.length > 0 && runs[runs.length - 1] === from) runs[runs.length - 1] = to
    else runs.push(from, to)
    b.length += to - from
    b.end = wordEnd
  }
  /** Blanks before the current line's first word, computed once per line. */
  const lineIndent = (): number => {
    if (indentLine !== lineStart) {
      let k = lineStart
      while (k < end && (text[k] === ' ' || text[k] === '\t')) k++
      indentLine = lineStart
      indent = k - lineStart
    }
    return indent
  }
  const endWord = (): void => {
    if (!f.cur) return
    if (isVoidOnly(f.cur)) {
      f.cur = undefined
      return
    }
    const w = finish(text, f.cur)
    f.cmd.words.push(w)
    f.cur = undefined
    const op = f.heredocOp
    if (!op) return
    f.heredocOp = undefined
    if (!isDelimiter(w.text)) return
    const doc: Heredoc<Command> = { delimiter: w.text, dash: op.dash, indent: lineIndent(), command: f.cmd, stdin: op.stdin, start: -1, end: -1 }
    if (op.stdin) {
      if (f.stdinDoc) f.stdinDoc.stdin = false
      f.stdinDoc = doc
    }
    pending.push(doc)
  }
  const endCommand = (): Command | undefined => {
    endWord()
    f.heredocOp = undefined
    const cmd = f.cmd
    if (cmd.words.length === 0) return undefined
    out.push(cmd)
    if (f.pipeFrom) f.pipeFrom.pipesInto = cmd
    f.pipeFrom = undefined
    f.stdinDoc = undefined
    f.cmd = { words: [] }
    return cmd
  }
  const push = (kind: 'paren' | 'tick', at: number): void => {
    builder(at).substituted = true
    f = newFrame(kind, at)
    if (kind === 'paren' && text[at + 2] === '(') f.arithAt = 0
    stack.push(f)
  }
  const pop = (closeEnd: number, closed = true): void => {
    endCommand()
    const opened = f.openedAt
    stack.pop()
    f = stack[stack.length - 1]
    // The outer word reads the substitution as written, e.g. a value `$(cat net)`. An unclosed
    // one (a syntax error, or `$(` in prose) is not copied: that would cost a pass per frame.
    if (!closed) {
      builder(opened).end = closeEnd
      return
    }
    add(opened, closeEnd, opened, closeEnd)
  }
  /** A quote in mid-word (`app's`) with no partner on its line is a literal, as in YAML prose. */
  const closesOnLine = (at: number, q: string): boolean => {
    if (noClose[q] >= at) return false
    let j = at + 1
    while (j < end && text[j] !== '\n') {
      if (q === '"' && text[j] === '\\') j += 2
      else if (text.startsWith(q, j)) return true
      else j++
    }
    noClose[q] = j
    return false
  }

  /** The first character at or after `k` that is not VOID: what follows a backslash. */
  const visible = (k: number): number => {
    while (k < end && text[k] === VOID) k++
    return k
  }

  let i = start
  while (i < end) {
    if (text[i - 1] === '\n') lineStart = i
    const c = text[i]
    if (c === VOID) {
      // Starts a word, so that a word's span keeps a host escape before its first character.
      if (!f.quote) builder(i)
      i++
      continue
    }
    if (f.quote === "'") {
      if (c === "'") {
        f.quote = ''
        builder(i).lastCloseAt = i
        builder(i).end = i + 1
      } else add(i, i + 1, i, i + 1)
      i++
      continue
    }
    if (f.quote === '"') {
      // The character a backslash escapes, past any VOIDs; `end` when `c` is no backslash.
      const k = c === '\\' ? visible(i + 1) : end
      if (k < end) {
        const n = text[k]
        if (n === '\n') i = k + 1
        else if (n === '\r' && text[k + 1] === '\n') i = k + 2
        else if (n === '"' || n === '\\' || n === '$' || n === '`') {
          add(k, k + 1, i, k + 1)
          i = k + 1
        } else {
          add(i, i + 1, i, i + 1)
          i++
        }
      } else if (c === '"') {
        f.quote = ''
        builder(i).lastCloseAt = i
        builder(i).end = i + 1
        i++
      } else if (c === '$' && text[i + 1] === '(' && stack.length < MAX_FRAMES) {
        push('paren', i)
        i += 2
      } else if (c === '`' && stack.length < MAX_FRAMES) {
        push('tick', i)
        i++
      } else {
        add(i, i + 1, i, i + 1)
        i++
      }
      continue
    }
    if (BLANKS.includes(c)) {
      endWord()
      i++
    } else if (c === '\n') {
      if (newlineIsBlank) endWord()
      else endCommand()
      i++
      if (pending.length > 0) {
        i = readBodies(text, i, end, pending)
        for (const doc of pending) docs.push(doc)
        pending.length = 0
      }
    } else if (c === '\\') {
      const k = visible(i + 1)
      if (text[k] === '\n' && k < end) i = k + 1
      else if (text[k] === '\r' && text[k + 1] === '\n' && k + 1 < end) i = k + 2
      else if (k < end) {
        add(k, k + 1, i, k + 1)
        i = k + 1
      } else {
        add(i, i + 1, i, i + 1)
        i++
      }
    } else if (c === '#' && !f.cur) {
      i = lineEndAfter(text, i, end)
    } else if (c === "'" || c === '"') {
      if (f.cur && ALNUM.test(text[i - 1]) && !closesOnLine(i, c)) add(i, i + 1, i, i + 1)
      else {
        const b = builder(i)
        if (b.length === 0 && b.quotes === 0 && !b.substituted) b.firstQuoteAt = i
        b.quotes += 1
        b.end = i + 1
        f.quote = c
      }
      i++
    } else if (c === '$' && text[i + 1] === '(' && stack.length < MAX_FRAMES) {
      push('paren', i)
      i += 2
    } else if (c === '$' && text[i + 1] === '{' && text[i + 2] === '{') {
      // A GitHub expression `${{ matrix.net }}` is one word even with blanks inside.
      let close = -1
      if (noClose['}}'] < i) {
        let k = i + 3
        while (k + 1 < end && text[k] !== '\n' && !(text[k] === '}' && text[k + 1] === '}')) k++
        if (k + 1 < end && text[k] === '}' && text[k + 1] === '}') close = k
        else noClose['}}'] = k
      }
      if (close !== -1) {
        add(i, close + 2, i, close + 2)
        i = close + 2
      } else {
        add(i, i + 1, i, i + 1)
        i++
      }
    } else if (c === '`' && f.kind === 'tick') {
      pop(i + 1)
      i++
    } else if (c === '`' && stack.length < MAX_FRAMES) {
      push('tick', i)
      i++
    } else if (c === '(' && f.cur && text[i + 1] !== ')' && i > noGroupUntil && (groupClose = groupEnd(text, i, end)) !== -1) {
      // `log("docker run …")`, `Write-Output("…")`, `arr=(a b)`: a call or an array in a script
      // of another language, or data; never a subshell, which only opens where a command starts.
      add(i, groupClose, f.cur.start, groupClose)
      i = groupClose
    } else if (c === '(') {
      // Where a group does not close on its line, no later one on that line is looked for: linear.
      if (f.cur && groupClose === -1) noGroupUntil = lineEndAfter(text, i, end)
      groupClose = 0
      endCommand()
      if (text[i + 1] === '(' && f.arithAt < 0) f.arithAt = f.depth
      f.depth += 1
      i++
    } else if (c === ')') {
      if (f.kind === 'paren' && f.depth === 0) pop(i + 1)
      else {
        endCommand()
        if (f.depth > 0) f.depth -= 1
        if (f.depth <= f.arithAt) f.arithAt = -1
      }
      i++
    } else if (c === '<' || c === '>' || (c === '&' && text[i + 1] === '>')) {
      // `2>&1`: a number right before the operator is its file descriptor, not a word.
      let opStart = i
      let fd = ''
      const written = f.cur && f.cur.quotes === 0 ? textOf(text, f.cur.runs) : ''
      if (f.cur && DIGITS.test(written)) {
        opStart = f.cur.start
        fd = written
        f.cur = undefined
      } else endWord()
      let j = i
      while (j < end && '<>&|'.includes(text[j])) j++
      const op = text.slice(i, j)
      if (op === '<<' && text[j] === '-') j++
      f.cmd.words.push({ start: opStart, end: j, text: text.slice(opStart, j), runs: [opStart, j], redir: true })
      // `<<<` is a here-string, and `$((1 << n))` a shift.
      f.heredocOp = heredocs && op === '<<' && f.arithAt < 0 ? { dash: j > i + 2, stdin: fd === '' || fd === '0' } : undefined
      i = j
    } else if (c === ';' || c === '&' || c === '|') {
      const ended = endCommand()
      const doubled = text[i + 1] === c // `&&`, `||`, `;;`
      const pipe = c === '|' && !doubled // `|` and `|&`
      f.pipeFrom = pipe ? ended : undefined
      i += doubled || (pipe && text[i + 1] === '&') ? 2 : 1
    } else {
      add(i, i + 1, i, i + 1)
      i++
    }
  }
  while (stack.length > 1) pop(end, false)
  endCommand()
  return { commands: out, heredocs: docs }
}

/**
 * Just past the `)` that closes the `(` at `open` on the same line, skipping quoted text; -1 when
 * the line ends first (an unclosed `(` in prose must not swallow the rest of a file). A backslash
 * escapes the next character outside single quotes. Linear in the line.
 */
function groupEnd(text: string, open: number, end: number): number {
  let depth = 0
  let quote = ''
  for (let k = open; k < end; k++) {
    const c = text[k]
    if (c === '\n') return -1
    if (quote) {
      if (c === '\\' && quote === '"') k++
      else if (c === quote) quote = ''
    } else if (c === '\\') k++
    else if (c === '"' || c === "'") quote = c
    else if (c === '(') depth++
    else if (c === ')' && --depth === 0) return k + 1
  }
  return -1
}
