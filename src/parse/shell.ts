import type { Namespace, Span } from '../model.js'
import { flagRemovalRange, type SourceText } from './source.js'

/**
 * Finds `docker|podman|nerdctl run|create|build|pod create` commands in shell scripts, Makefile
 * recipes and the raw text of workflow files, and the `--network/--net`, `--pid`, `--ipc` flags
 * the engine itself (not the container) receives. It is a tokenizer with just enough shell in it
 * to get words and their raw offsets right (quotes, escapes, continuations, comments, `$(...)`,
 * backticks, operators, redirections), not a shell parser. It never throws and stays linear.
 */

export type ContainerTool = 'docker' | 'podman' | 'nerdctl'

export interface CommandFlag {
  name: Namespace
  /** The flag name as written: `--net`, `--network`, `--PID`. */
  written: string
  /** Quotes and escapes removed: `--network "host"` gives `host`. */
  value: string
  /** Every token of the flag: `--network host` covers both words. */
  span: Span
  /** The value's characters, inside any quotes; empty at the value's place when the value is empty. */
  valueSpan: Span
  /** The flag tokens plus one following run of blanks (see removalRange). */
  removal: Span
}

export interface ContainerCommand {
  tool: ContainerTool
  /** Normalised: `run`, `create`, `build` (also `buildx build`, `image build`, `builder build`), `pod create`. */
  subcommand: string
  /** From the tool word (after a path or a Make `@`/`-`/`+` prefix) to the end of the command's last word. */
  span: Span
  flags: CommandFlag[]
}

/**
 * Container commands in `src.text[startOffset, endOffset)`, in text order. A command inside a
 * quoted string is found only where a shell will run the string: `sh -c '...'` (any shell, any
 * `-c` option cluster like `-ec`), `eval "..."`, `ssh host "..."`, or a quoted string in command
 * position such as a YAML `run: "docker run ..."`. So `echo "docker run --net=host"` is not one.
 */
export function findContainerCommands(src: SourceText, startOffset?: number, endOffset?: number): ContainerCommand[] {
  const text = src.text
  let start = Math.max(0, Math.min(startOffset ?? 0, text.length))
  const end = Math.max(start, Math.min(endOffset ?? text.length, text.length))
  if (start === 0 && text.charCodeAt(0) === 0xfeff) start = 1
  const out: ContainerCommand[] = []
  scan(src, start, end, 0, out)
  // Nested strings are scanned after their outer command; a stable sort restores text order.
  out.sort((a, b) => a.span.startOffset - b.span.startOffset)
  return out.filter((c, k) => k === 0 || out[k - 1].span.startOffset !== c.span.startOffset)
}

/**
 * Engine flags in a bare option list such as a workflow's `container.options: --network host
 * --pid=host --cpus 1`. Every word is read as a `docker create` option; newlines are blanks. When
 * the range is one quoted string (the YAML quotes included), its inside is read instead.
 */
export function parseEngineOptions(src: SourceText, startOffset: number, endOffset: number): CommandFlag[] {
  const text = src.text
  const start = Math.max(0, Math.min(startOffset, text.length))
  const end = Math.max(start, Math.min(endOffset, text.length))
  let words = tokenize(text, start, end, true).flat().filter((w) => !w.redir)
  if (words.length === 1 && words[0].inner && /\s/.test(words[0].text)) {
    const [s, e] = words[0].inner
    words = tokenize(text, s, e, true).flat().filter((w) => !w.redir)
  }
  return readOptions(src, words, 0, RUN_ARITY, true).flags
}

// ---------------------------------------------------------------------------------------------
// Option tables. Only arity matters: a boolean option never takes the next word, every other
// option does unless written `--opt=value` or as a short option with the value attached (`-p80`).
// Options not listed are taken to need a value, as most engine options do.

interface Arity {
  long: ReadonlySet<string>
  short: string
}

/** Boolean options of docker, podman and nerdctl `run`/`create`: together, since a script may call any of them. */
const RUN_ARITY: Arity = {
  long: new Set([
    '--detach', '--interactive', '--tty', '--rm', '--privileged', '--init', '--publish-all', '--read-only', '--sig-proxy',
    '--no-healthcheck', '--oom-kill-disable', '--quiet', '--help', '--replace', '--rmi', '--tls-verify', '--disable-content-trust',
    '--use-api-socket', '--env-host', '--http-proxy', '--no-hosts', '--no-hostname', '--passwd', '--read-only-tmpfs', '--rootfs',
    '--unsetenv-all',
  ]),
  short: 'ditPq',
}

const BUILD_ARITY: Arity = {
  long: new Set([
    '--no-cache', '--pull', '--quiet', '--rm', '--force-rm', '--squash', '--compress', '--disable-content-trust', '--push', '--load',
    '--help', '--check', '--debug', '--layers', '--tls-verify', '--disable-compression', '--all-platforms', '--omit-history',
    '--identity-label', '--squash-all', '--no-hosts', '--no-hostname', '--stdin', '--compat-volumes', '--skip-unused-stages',
    '--log-rusage', '--inherit-labels', '--inherit-annotations', '--rewrite-timestamp',
  ]),
  short: 'qD',
}

const POD_ARITY: Arity = {
  long: new Set(['--infra', '--replace', '--share-parent', '--no-hosts', '--help']),
  short: '',
}

/** Options before the subcommand: `docker --context x run`, `podman --remote run`, `nerdctl -n k8s.io run`. */
const GLOBAL_ARITY: Arity = {
  long: new Set([
    '--debug', '--debug-full', '--tls', '--tlsverify', '--tls-verify', '--remote', '--syslog', '--transient-store', '--noout',
    '--trace', '--insecure-registry', '--experimental', '--kube-hide-dupe', '--version', '--help',
  ]),
  short: 'Drv',
}

const BUILDX_ARITY: Arity = { long: new Set(['--debug', '--help']), short: 'D' }

const NAMESPACE_FLAGS: ReadonlyMap<string, Namespace> = new Map([
  ['--network', 'network'],
  ['--net', 'network'],
  ['--pid', 'pid'],
  ['--ipc', 'ipc'],
])

const TOOLS: ReadonlySet<string> = new Set(['docker', 'podman', 'nerdctl'])

/** Words after which the next word is still in command position. */
const KEYWORDS: ReadonlySet<string> = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', '{', '-'])

/** YAML keys whose value is a command line: GitHub `run:`, GitLab `script:`, compose `command:`. */
const YAML_COMMAND_KEYS: ReadonlySet<string> = new Set(['run', 'script', 'before_script', 'after_script', 'command', 'cmd', 'entrypoint'])

/** Commands that run their arguments as a command: their options taking a value, and positionals to skip (`timeout 5m`). */
const WRAPPERS: ReadonlyMap<string, { values: ReadonlySet<string>; positionals: number }> = new Map([
  ['sudo', { values: new Set(['-u', '-g', '-h', '-p', '-C', '-D', '-r', '-t', '-U', '-T', '--user', '--group', '--host', '--prompt', '--close-from', '--chdir', '--role', '--type', '--other-user', '--command-timeout']), positionals: 0 }],
  ['doas', { values: new Set(['-u', '-C']), positionals: 0 }],
  ['env', { values: new Set(['-u', '--unset', '-C', '--chdir']), positionals: 0 }],
  ['exec', { values: new Set(['-a']), positionals: 0 }],
  ['time', { values: new Set(['-f', '-o', '--format', '--output']), positionals: 0 }],
  ['nohup', { values: new Set(), positionals: 0 }],
  ['command', { values: new Set(), positionals: 0 }],
  ['nice', { values: new Set(['-n', '--adjustment']), positionals: 0 }],
  ['stdbuf', { values: new Set(['-i', '-o', '-e', '--input', '--output', '--error']), positionals: 0 }],
  ['timeout', { values: new Set(['-s', '--signal', '-k', '--kill-after']), positionals: 1 }],
])

/** Shells whose `-c` string is a script, and commands whose quoted arguments are. */
const SHELLS: ReadonlySet<string> = new Set(['sh', 'bash', 'zsh', 'dash', 'ash', 'ksh', 'mksh', 'su'])
const STRING_RUNNERS: ReadonlySet<string> = new Set(['eval', 'ssh'])

/** How deep quoted strings are re-read as scripts (`bash -c "ssh h 'docker run ...'"` is two). */
const MAX_NESTED = 3
/** `$(...)`/backtick nesting kept apart; deeper ones are read as plain text. */
const MAX_FRAMES = 8

// ---------------------------------------------------------------------------------------------
// Tokenizer

interface Word {
  /** Raw offsets of the word as written (quotes included). */
  start: number
  end: number
  /** Quotes, escapes and continuations removed; `$(...)` and backticks kept as written. */
  text: string
  /** Raw offset of each `text` character. */
  offs: number[]
  /** A redirection operator (`>`, `>>`, `>&`, `<<`); the next word is its target. */
  redir: boolean
  /** The raw inside of a word that is exactly one quoted string with no substitution in it. */
  inner?: [number, number]
}

interface Builder {
  start: number
  end: number
  chars: string[]
  offs: number[]
  quotes: number
  firstQuoteAt: number
  lastCloseAt: number
  substituted: boolean
}

interface Frame {
  kind: 'top' | 'paren' | 'tick'
  /** Unmatched `(` inside a `$(` frame, so `$( (a) )` closes at the right `)`. */
  depth: number
  words: Word[]
  cur: Builder | undefined
  quote: string
  openedAt: number
}

const BLANKS = ' \t\r\v\f'

function newFrame(kind: Frame['kind'], openedAt: number): Frame {
  return { kind, depth: 0, words: [], cur: undefined, quote: '', openedAt }
}

function finish(b: Builder): Word {
  const w: Word = { start: b.start, end: b.end, text: b.chars.join(''), offs: b.offs, redir: false }
  if (b.quotes === 1 && !b.substituted && b.firstQuoteAt === b.start && b.lastCloseAt === b.end - 1) w.inner = [b.start + 1, b.end - 1]
  return w
}

/**
 * Splits `text[start, end)` into simple commands (lists of words). Commands inside `$(...)` and
 * backticks come out as commands of their own, while the outer word keeps the substitution's text.
 */
function tokenize(text: string, start: number, end: number, newlineIsBlank: boolean): Word[][] {
  const out: Word[][] = []
  const stack: Frame[] = [newFrame('top', start)]
  let f = stack[0]
  // Where a look-ahead for a closing quote or `}}` already failed: up to that line end it fails again.
  const noClose: Record<string, number> = { "'": -1, '"': -1, '}}': -1 }

  const builder = (at: number): Builder => {
    if (!f.cur) f.cur = { start: at, end: at, chars: [], offs: [], quotes: 0, firstQuoteAt: -1, lastCloseAt: -1, substituted: false }
    return f.cur
  }
  const add = (c: string, at: number, wordStart: number, wordEnd: number): void => {
    const b = builder(wordStart)
    b.chars.push(c)
    b.offs.push(at)
    b.end = wordEnd
  }
  const endWord = (): void => {
    if (f.cur) f.words.push(finish(f.cur))
    f.cur = undefined
  }
  const endCommand = (): void => {
    endWord()
    if (f.words.length > 0) out.push(f.words)
    f.words = []
  }
  const push = (kind: 'paren' | 'tick', at: number): void => {
    builder(at).substituted = true
    f = newFrame(kind, at)
    stack.push(f)
  }
  const pop = (closeEnd: number, closed = true): void => {
    endCommand()
    const opened = f.openedAt
    stack.pop()
    f = stack[stack.length - 1]
    // The outer word reads the substitution as written, e.g. a value `$(cat net)`. An unclosed
    // one (a syntax error, or `$(` in prose) is not copied: that would cost a pass per frame.
    const b = builder(opened)
    b.end = closeEnd
    if (!closed) return
    for (let k = opened; k < closeEnd; k++) {
      b.chars.push(text[k])
      b.offs.push(k)
    }
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

  let i = start
  while (i < end) {
    const c = text[i]
    if (f.quote === "'") {
      if (c === "'") {
        f.quote = ''
        builder(i).lastCloseAt = i
        builder(i).end = i + 1
      } else add(c, i, i, i + 1)
      i++
      continue
    }
    if (f.quote === '"') {
      if (c === '\\' && i + 1 < end) {
        const n = text[i + 1]
        if (n === '\n') i += 2
        else if (n === '\r' && text[i + 2] === '\n') i += 3
        else if (n === '"' || n === '\\' || n === '$' || n === '`') {
          add(n, i + 1, i, i + 2)
          i += 2
        } else {
          add(c, i, i, i + 1)
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
        add(c, i, i, i + 1)
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
    } else if (c === '\\') {
      if (text[i + 1] === '\n' && i + 1 < end) i += 2
      else if (text[i + 1] === '\r' && text[i + 2] === '\n' && i + 2 < end) i += 3
      else if (i + 1 < end) {
        add(text[i + 1], i + 1, i, i + 2)
        i += 2
      } else {
        add(c, i, i, i + 1)
        i++
      }
    } else if (c === '#' && !f.cur) {
      const nl = text.indexOf('\n', i)
      i = nl === -1 || nl > end ? end : nl
    } else if (c === "'" || c === '"') {
      if (f.cur && /[A-Za-z0-9]/.test(text[i - 1]) && !closesOnLine(i, c)) add(c, i, i, i + 1)
      else {
        const b = builder(i)
        if (b.chars.length === 0 && b.quotes === 0 && b.start === i) b.firstQuoteAt = i
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
        for (let k = i; k < close + 2; k++) add(text[k], k, i, k + 1)
        i = close + 2
      } else {
        add(c, i, i, i + 1)
        i++
      }
    } else if (c === '`' && f.kind === 'tick') {
      pop(i + 1)
      i++
    } else if (c === '`' && stack.length < MAX_FRAMES) {
      push('tick', i)
      i++
    } else if (c === '(') {
      endCommand()
      if (f.kind === 'paren') f.depth += 1
      i++
    } else if (c === ')') {
      if (f.kind === 'paren' && f.depth === 0) pop(i + 1)
      else {
        endCommand()
        if (f.kind === 'paren') f.depth -= 1
      }
      i++
    } else if (c === '<' || c === '>' || (c === '&' && text[i + 1] === '>')) {
      // `2>&1`: a number right before the operator is its file descriptor, not a word.
      let opStart = i
      if (f.cur && f.cur.quotes === 0 && /^[0-9]+$/.test(f.cur.chars.join(''))) {
        opStart = f.cur.start
        f.cur = undefined
      } else endWord()
      let j = i
      while (j < end && '<>&|'.includes(text[j])) j++
      if (text.startsWith('<<', j - 2) && text[j] === '-') j++
      f.words.push({ start: opStart, end: j, text: text.slice(opStart, j), offs: [], redir: true })
      i = j
    } else if (c === ';' || c === '&' || c === '|') {
      endCommand()
      i++
    } else {
      add(c, i, i, i + 1)
      i++
    }
  }
  while (stack.length > 1) pop(end, false)
  endCommand()
  return out
}

// ---------------------------------------------------------------------------------------------
// Commands

function scan(src: SourceText, start: number, end: number, depth: number, out: ContainerCommand[]): void {
  for (const words of tokenize(src.text, start, end, false)) scanCommand(src, words, depth, out)
}

function basename(word: string): string {
  return word.slice(word.lastIndexOf('/') + 1)
}

function isAssignment(word: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*\+?=/.test(word)
}

function isYamlCommandKey(word: string): boolean {
  return word.endsWith(':') && YAML_COMMAND_KEYS.has(word.slice(0, -1).toLowerCase())
}

function isOption(word: string): boolean {
  return word.length > 1 && word.startsWith('-')
}

/** Walks one simple command: prefixes (`sudo -E`, `FOO=1`, `run:`, `-`), then the command word. */
function scanCommand(src: SourceText, words: Word[], depth: number, out: ContainerCommand[]): void {
  let inCommandPosition = true
  let commandName = ''
  let previous = ''
  const nested = (w: Word): void => {
    if (w.inner && depth < MAX_NESTED && /\s/.test(w.text)) scan(src, w.inner[0], w.inner[1], depth + 1, out)
  }
  for (let i = 0; i < words.length; ) {
    const w = words[i]
    if (w.redir) {
      i += 2
      continue
    }
    if (inCommandPosition) {
      // Make recipe prefixes: `@docker run` (silent), `-docker` (ignore errors), `+docker`.
      const prefix = /^[@+-]*/.exec(w.text)?.[0].length ?? 0
      const tool = basename(w.text.slice(prefix))
      if (TOOLS.has(tool) && prefix < w.text.length) {
        const command = readContainerCommand(src, words.slice(i), tool as ContainerTool, prefix)
        if (command) out.push(command)
        return
      }
      if (KEYWORDS.has(w.text) || isAssignment(w.text) || isYamlCommandKey(w.text)) {
        i++
        continue
      }
      const wrapper = WRAPPERS.get(basename(w.text))
      if (wrapper) {
        i = skipWrapperOptions(words, i + 1, wrapper.values, wrapper.positionals)
        continue
      }
      nested(w)
      inCommandPosition = false
      commandName = basename(w.text)
    } else if (STRING_RUNNERS.has(commandName) || (SHELLS.has(commandName) && isCommandStringOption(previous))) nested(w)
    previous = w.text
    i++
  }
}

/** `-c`, `-ec`, `-xce`…: linear on purpose (a regex with two stars backtracks on `-ccc…c!`). */
function isCommandStringOption(word: string): boolean {
  return word.length > 1 && word[0] === '-' && word.includes('c') && /^[A-Za-z]+$/.test(word.slice(1))
}

function skipWrapperOptions(words: Word[], from: number, values: ReadonlySet<string>, positionals: number): number {
  let i = from
  while (i < words.length) {
    const t = words[i].text
    if (words[i].redir) i += 2
    else if (t === '--') return skipPositionals(words, i + 1, positionals)
    else if (isOption(t)) i += values.has(t) ? 2 : 1
    else break
  }
  return skipPositionals(words, i, positionals)
}

function skipPositionals(words: Word[], from: number, count: number): number {
  let i = from
  for (let left = count; left > 0 && i < words.length; i++) if (!words[i].redir) left--
  return i
}

/** `words[0]` is the tool word. Returns undefined for subcommands that start no container (`docker ps`). */
function readContainerCommand(src: SourceText, all: Word[], tool: ContainerTool, prefix: number): ContainerCommand | undefined {
  // Redirections may sit anywhere (`docker run 2>/dev/null --rm img`); they are not engine words.
  const words: Word[] = []
  for (let i = 0; i < all.length; i++) {
    if (all[i].redir) i++
    else words.push(all[i])
  }
  let j = skipOptions(words, 1, GLOBAL_ARITY)
  const word = (k: number): string => words[k]?.text.toLowerCase() ?? ''
  let subcommand: string
  let arity: Arity
  const first = word(j++)
  if (first === 'run' || first === 'create') {
    subcommand = first
    arity = RUN_ARITY
  } else if (first === 'container' && (word(j) === 'run' || word(j) === 'create')) {
    subcommand = word(j++)
    arity = RUN_ARITY
  } else if (first === 'build' || ((first === 'image' || first === 'builder') && word(j++) === 'build')) {
    subcommand = 'build'
    arity = BUILD_ARITY
  } else if (first === 'buildx') {
    j = skipOptions(words, j, BUILDX_ARITY)
    const sub = word(j++)
    if (sub !== 'build' && sub !== 'b') return undefined
    subcommand = 'build'
    arity = BUILD_ARITY
  } else if (first === 'pod' && word(j++) === 'create') {
    subcommand = 'pod create'
    arity = POD_ARITY
  } else return undefined
  // `run`/`create` stop at the image: later words go to the container. `build` takes flags after
  // its context too, and `pod create` has no image.
  const { flags } = readOptions(src, words, j, arity, subcommand === 'build' || subcommand === 'pod create')
  const toolWord = words[0]
  const start = prefix === 0 ? toolWord.start : toolWord.offs[prefix]
  return { tool, subcommand, span: src.span(start, words[words.length - 1].end), flags }
}

/** Skips leading options (with their values) and returns the index of the first other word. */
function skipOptions(words: Word[], from: number, arity: Arity): number {
  let j = from
  while (j < words.length && isOption(words[j].text) && words[j].text !== '--') j = skipOption(words, j, arity)
  return j
}

/** A separate value is never a `--long` option word: better to see `--network` than to swallow it. */
function takesNext(words: Word[], j: number): boolean {
  return j + 1 < words.length && !words[j + 1].text.startsWith('--')
}

function skipOption(words: Word[], j: number, arity: Arity): number {
  const t = words[j].text
  if (t.startsWith('--')) {
    if (t.includes('=') || arity.long.has(t.toLowerCase())) return j + 1
    return takesNext(words, j) ? j + 2 : j + 1
  }
  // A short cluster (`-it`, `-dp 80:80`, `-p8080:80`): booleans, then at most one option with a value.
  for (let p = 1; p < t.length; p++) {
    if (arity.short.includes(t[p])) continue
    return p === t.length - 1 && takesNext(words, j) ? j + 2 : j + 1
  }
  return j + 1
}

/** Reads options from `words[from]`; with `anywhere` false it stops at the first positional (the image). */
function readOptions(src: SourceText, words: Word[], from: number, arity: Arity, anywhere: boolean): { flags: CommandFlag[] } {
  const flags: CommandFlag[] = []
  let j = from
  while (j < words.length) {
    const t = words[j].text
    if (t === '--') break
    if (!isOption(t)) {
      if (!anywhere) break
      j++
      continue
    }
    const eq = t.indexOf('=')
    const written = eq === -1 ? t : t.slice(0, eq)
    const name = NAMESPACE_FLAGS.get(written.toLowerCase())
    if (!name) {
      j = skipOption(words, j, arity)
      continue
    }
    const w = words[j]
    if (eq !== -1) {
      flags.push(makeFlag(src, name, written, w, w, eq + 1))
      j += 1
    } else if (takesNext(words, j)) {
      flags.push(makeFlag(src, name, written, w, words[j + 1], 0))
      j += 2
    } else j += 1 // No value: the engine refuses the command, so it shares nothing.
  }
  return { flags }
}

function makeFlag(src: SourceText, name: Namespace, written: string, first: Word, valueWord: Word, valueFrom: number): CommandFlag {
  const value = valueWord.text.slice(valueFrom)
  let valueStart: number
  let valueEnd: number
  if (value.length > 0) {
    valueStart = valueWord.offs[valueFrom]
    valueEnd = valueWord.offs[valueWord.text.length - 1] + 1
  } else {
    valueStart = valueFrom > 0 ? valueWord.offs[valueFrom - 1] + 1 : (valueWord.inner?.[0] ?? valueWord.start)
    valueEnd = valueStart
  }
  const [rs, re] = flagRemovalRange(src.text, first.start, valueWord.end, '\\', false)
  return { name, written, value, span: src.span(first.start, valueWord.end), valueSpan: src.span(valueStart, valueEnd), removal: src.span(rs, re) }
}

