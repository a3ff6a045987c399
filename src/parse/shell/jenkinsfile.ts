import { VOID } from './shell-tokenizer.js'

/**
 * The shell in a Jenkinsfile. Jenkins runs the string of an `sh` step as a script, and passes a
 * Docker agent's `args` (and those of `withDockerContainer`, `.inside(...)`, `.withRun(...)`) to
 * `docker run`. The rest is Groovy and is not read: `echo 'docker run --net=host'` prints a line.
 *
 * A small Groovy lexer, not a parser: it knows strings, comments and brackets well enough to
 * find those calls. It also gives the text a shell reads from each string, at the raw offsets:
 * Groovy's escapes undone (the first backslash of `\\` is a VOID, so `\\` before a line break is
 * the shell's continuation), and interpolations whose code a shell would misread (`${a ? 'x' :
 * 'y'}`) replaced by a neutral `${___}`, which is what they are to the shell: a value from outside.
 * Linear: every character is lexed once, and a call's arguments are searched a bounded distance.
 */

/** A string literal: the raw range with its quotes, and its content. */
export interface GroovyString {
  start: number
  end: number
  contentStart: number
  contentEnd: number
}

export interface ContainerOptionString extends GroovyString {
  /** `docker run` options (agent `args`, `withDockerContainer`, `.inside`, `.withRun`), or `docker build` ones (`additionalBuildArgs`). */
  subcommand: 'run' | 'build'
}

/** Text Groovy refuses, at its opening: from there on, the lexer's reading is a guess. */
export interface GroovyProblem {
  start: number
  end: number
  message: string
}

export interface Jenkinsfile {
  /** Same length as the text: what a shell reads at each offset of a string literal. */
  view: string
  /** The strings of `sh` steps, in text order. */
  scripts: GroovyString[]
  containerOptions: ContainerOptionString[]
  /**
   * The first string or comment that is never closed, if any. Groovy stops at the first error, and
   * an unclosed `'''` or `/*` takes the rest of the file with it, steps included: the file must
   * fail as a parse error rather than pass on what the lexer could still read.
   */
  problem?: GroovyProblem
}

export function readJenkinsfile(text: string): Jenkinsfile {
  const lexer = new GroovyLexer(text)
  lexer.code(0, 0)
  const { scripts, containerOptions } = findSteps(lexer.tokens)
  return { view: lexer.view(), scripts, containerOptions, ...(lexer.problem ? { problem: lexer.problem } : {}) }
}

// ---------------------------------------------------------------------------------------------
// Lexing

type Token = { kind: 'ident' | 'punct'; text: string } | { kind: 'newline' } | { kind: 'string'; literal: GroovyString }

/** `${ "${ ... }" }` nesting followed; deeper interpolations are read as string text. */
const MAX_INTERPOLATION_DEPTH = 8

/** Single-letter escapes and what they stand for. */
const ESCAPES: Readonly<Record<string, string>> = { b: '\b', f: '\f', n: '\n', r: '\r', s: ' ', t: '\t', '\\': '\\', "'": "'", '"': '"', $: '$' }

/** An interpolation a shell reads as it is: a name or a property path (`${IMAGE}`, `${env.OPTS}`). */
const PLAIN_INTERPOLATION = /^[\w.]*$/

class GroovyLexer {
  readonly tokens: Token[] = []
  problem?: GroovyProblem
  /** View edits in text order: a replacement character at an offset. */
  private readonly at: number[] = []
  private readonly chars: string[] = []

  constructor(private readonly text: string) {}

  /**
   * Code from `i`. At depth 0 it records tokens and reads to the end; inside an interpolation it
   * records nothing and returns the offset of the interpolation's closing brace.
   */
  code(i: number, depth: number): number {
    const t = this.text
    let braces = 0
    while (i < t.length) {
      const c = t[i]
      if (c === '\n') {
        if (depth === 0) this.tokens.push({ kind: 'newline' })
        i++
      } else if (c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\uFEFF') i++
      else if (c === '/' && t[i + 1] === '/') {
        const nl = t.indexOf('\n', i)
        i = nl === -1 ? t.length : nl
      } else if (c === '/' && t[i + 1] === '*') {
        const close = t.indexOf('*/', i + 2)
        if (close === -1) this.unclosed(i, 2, 'the /* comment')
        i = close === -1 ? t.length : close + 2
      } else if (c === "'" || c === '"') i = this.string(i, depth)
      else if (c === '$' && t[i + 1] === '/') {
        // A dollar-slashy string: no escapes the shell cares about, and no sh step takes one.
        const close = t.indexOf('/$', i + 2)
        if (close === -1) this.unclosed(i, 2, 'the $/ string')
        i = close === -1 ? t.length : close + 2
      } else if (isIdentStart(c)) {
        let j = i + 1
        while (j < t.length && isIdentPart(t[j])) j++
        if (depth === 0) this.tokens.push({ kind: 'ident', text: t.slice(i, j) })
        i = j
      } else {
        if (depth > 0) {
          if (c === '{') braces++
          else if (c === '}') {
            if (braces === 0) return i
            braces--
          }
        } else this.tokens.push({ kind: 'punct', text: c })
        i++
      }
    }
    return i
  }

  /** A string literal from its opening quote; returns the offset after it. */
  private string(i: number, depth: number): number {
    const t = this.text
    const quote = t[i]
    const triple = t[i + 1] === quote && t[i + 2] === quote
    const contentStart = i + (triple ? 3 : 1)
    const interpolates = quote === '"'
    let k = contentStart
    let contentEnd = -1
    let end = t.length
    while (k < t.length) {
      const c = t[k]
      if (c === '\\') k = this.escape(k)
      else if (triple ? c === quote && t[k + 1] === quote && t[k + 2] === quote : c === quote) {
        contentEnd = k
        end = k + (triple ? 3 : 1)
        break
      } else if (c === '\n' && !triple) {
        // Unterminated on its line: Groovy refuses it; the lexer goes on with the next line.
        this.unclosed(i, 1, `the ${quote} string`, true)
        contentEnd = k
        end = k
        break
      } else if (interpolates && c === '$' && t[k + 1] === '{' && depth < MAX_INTERPOLATION_DEPTH) k = this.interpolation(k, depth)
      else k++
    }
    if (contentEnd === -1) {
      // At the end of the file: whatever kind of string, it took the rest of the file with it.
      this.unclosed(i, triple ? 3 : 1, `the ${triple ? quote.repeat(3) : quote} string`)
      contentEnd = t.length
    }
    if (depth === 0) this.tokens.push({ kind: 'string', literal: { start: i, end, contentStart, contentEnd } })
    return end
  }

  /** Notes the first string or comment opened at `start` (its opening `length` long) and never closed. */
  private unclosed(start: number, length: number, what: string, onItsLine = false): void {
    if (this.problem) return
    const message = onItsLine
      ? `${what} is not closed on its line: Groovy refuses the file`
      : `${what} is never closed: Groovy refuses the file, and everything after it was read as part of it`
    this.problem = { start, end: start + length, message }
  }

  /** A backslash escape at `k`: the shell sees what it stands for. Returns the offset after it. */
  private escape(k: number): number {
    const t = this.text
    const n = t[k + 1]
    if (n === '\n' || (n === '\r' && t[k + 2] === '\n')) {
      // A line continuation: Groovy joins the lines.
      const nl = n === '\n' ? k + 1 : k + 2
      for (let p = k; p <= nl; p++) this.set(p, VOID)
      return nl + 1
    }
    if (n === 'u' && /^[0-9A-Fa-f]{4}$/.test(t.slice(k + 2, k + 6))) {
      for (let p = k; p < k + 5; p++) this.set(p, VOID)
      this.set(k + 5, String.fromCharCode(parseInt(t.slice(k + 2, k + 6), 16)))
      return k + 6
    }
    const meaning = n === undefined ? undefined : ESCAPES[n]
    if (meaning === undefined) return k + 1
    this.set(k, VOID)
    if (meaning !== n) this.set(k + 1, meaning)
    return k + 2
  }

  /** `${...}` at `k` in a GString; returns the offset after its closing brace. */
  private interpolation(k: number, depth: number): number {
    const close = this.code(k + 2, depth + 1)
    if (close >= this.text.length) return close
    if (!PLAIN_INTERPOLATION.test(this.text.slice(k + 2, close))) {
      // Edits made inside (escapes of nested strings) are replaced by the placeholder.
      while (this.at.length > 0 && this.at[this.at.length - 1] >= k + 2) {
        this.at.pop()
        this.chars.pop()
      }
      for (let p = k + 2; p < close; p++) this.set(p, '_')
    }
    return close + 1
  }

  private set(offset: number, char: string): void {
    this.at.push(offset)
    this.chars.push(char)
  }

  view(): string {
    if (this.at.length === 0) return this.text
    const parts: string[] = []
    let from = 0
    for (let e = 0; e < this.at.length; e++) {
      parts.push(this.text.slice(from, this.at[e]), this.chars[e])
      from = this.at[e] + 1
    }
    parts.push(this.text.slice(from))
    return parts.join('')
  }
}

function isIdentStart(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || c === '$'
}

function isIdentPart(c: string): boolean {
  return isIdentStart(c) || (c >= '0' && c <= '9')
}

// ---------------------------------------------------------------------------------------------
// Steps

/** How far the arguments of one call are searched for a named one; real steps have a handful. */
const MAX_ARGUMENT_TOKENS = 64

/** Receivers through which a shared-library style call reaches the step: `steps.sh`, `this.sh`. */
const STEP_RECEIVERS: ReadonlySet<string> = new Set(['steps', 'this'])

function findSteps(tokens: Token[]): { scripts: GroovyString[]; containerOptions: ContainerOptionString[] } {
  const scripts: GroovyString[] = []
  const containerOptions: ContainerOptionString[] = []
  /** The name before each open `{`: `agent`, `docker`, or '' for any other block or closure. */
  const blocks: string[] = []
  const inAgent = (...kinds: string[]): boolean => blocks[blocks.length - 2] === 'agent' && kinds.includes(blocks[blocks.length - 1])
  const runOptions = (args: GroovyString | undefined): void => {
    if (args) containerOptions.push({ ...args, subcommand: 'run' })
  }

  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]
    if (tok.kind === 'punct') {
      if (tok.text === '{') blocks.push(identAt(tokens, i - 1) ?? '')
      else if (tok.text === '}') blocks.pop()
      continue
    }
    if (tok.kind !== 'ident') continue
    const afterDot = isPunct(tokens[i - 1], '.')
    if (tok.text === 'sh' && (!afterDot || STEP_RECEIVERS.has(identAt(tokens, i - 2) ?? ''))) {
      const script = callArgument(tokens, i + 1, 'script', true)
      if (script) scripts.push(script)
    } else if (afterDot && (tok.text === 'inside' || tok.text === 'withRun')) {
      runOptions(isPunct(tokens[i + 1], '(') ? stringAt(tokens, i + 2) : undefined)
    } else if (afterDot) continue
    else if (tok.text === 'withDockerContainer') runOptions(callArgument(tokens, i + 1, 'args', false))
    else if (tok.text === 'args' && inAgent('docker', 'dockerfile')) runOptions(stringAt(tokens, isPunct(tokens[i + 1], '(') ? i + 2 : i + 1))
    else if (tok.text === 'additionalBuildArgs' && inAgent('dockerfile')) {
      const args = stringAt(tokens, isPunct(tokens[i + 1], '(') ? i + 2 : i + 1)
      if (args) containerOptions.push({ ...args, subcommand: 'build' })
    }
  }
  return { scripts, containerOptions }
}

function isPunct(tok: Token | undefined, text: string): boolean {
  return tok?.kind === 'punct' && tok.text === text
}

function identAt(tokens: Token[], k: number): string | undefined {
  const tok = tokens[k]
  return tok?.kind === 'ident' ? tok.text : undefined
}

function stringAt(tokens: Token[], k: number): GroovyString | undefined {
  const tok = tokens[k]
  return tok?.kind === 'string' ? tok.literal : undefined
}

/**
 * A literal string argument of the call whose arguments start at `from`: the first one when
 * `positional` (`sh 'x'`, `sh('x')`), else the one named `name` (`sh(script: 'x', returnStdout:
 * true)`, `sh label: 'l', script: 'x'`, `withDockerContainer(image: 'i', args: 'a')`). In
 * `sh 'a' + b` it is `'a'`: only a literal is read. Without parentheses the call ends with its
 * line, unless a comma carries it on.
 */
function callArgument(tokens: Token[], from: number, name: string, positional: boolean): GroovyString | undefined {
  let k = from
  const parenthesized = isPunct(tokens[k], '(')
  if (parenthesized) k++
  if (positional && tokens[k]?.kind === 'string') return stringAt(tokens, k)
  let depth = 0
  let previous: Token | undefined
  for (let n = 0; n < MAX_ARGUMENT_TOKENS && k < tokens.length; n++, k++) {
    const tok = tokens[k]
    if (tok.kind === 'newline') {
      if (!parenthesized && !isPunct(previous, ',')) return undefined
      continue
    }
    if (tok.kind === 'punct') {
      if ('([{'.includes(tok.text)) depth++
      else if (')]}'.includes(tok.text)) {
        if (depth === 0) return undefined
        depth--
      } else if (tok.text === ';' && !parenthesized) return undefined
    }
    if (depth === 0 && tok.kind === 'ident' && tok.text === name && isPunct(tokens[k + 1], ':')) {
      const value = stringAt(tokens, k + 2)
      if (value) return value
    }
    previous = tok
  }
  return undefined
}
