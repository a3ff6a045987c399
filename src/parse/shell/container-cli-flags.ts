import type { Span } from '../../model.js'
import { HOST_NAMESPACES, type Namespace } from '../../namespaces.js'
import { isExpansionOnly, namesImage } from './expansion.js'
import { rawOffset, tokenize, type Word } from './shell-tokenizer.js'
import { asWritten, joinedLineRemoval, type ShellReading } from './shell-view.js'
import { flagRemovalRange, type SourceText } from '../source.js'

/**
 * How the container CLIs (docker, podman, nerdctl) spell their subcommands and options, and the
 * reading of the options that share a host namespace (`--network/--net`, `--pid`, `--ipc`) from a
 * command's words. shell.ts finds the commands; this file reads what the container tool receives.
 */

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
  /**
   * The flag is written in a variable's value: the expansion that brought it into the command
   * (`$(DOCKER_RUN_FLAGS)`) and where that is. Removing the flag from the value could change
   * other commands that use the variable, so no fix is offered.
   */
  via?: { written: string; use: Span }
}

/**
 * Engine flags in a bare option list such as a workflow's `container.options: --network host
 * --pid=host --cpus 1`. Every word is read as a `docker create` option; newlines are blanks. When
 * the range is one quoted string (the YAML quotes included), its inside is read instead.
 */
export function parseContainerOptions(src: SourceText, startOffset: number, endOffset: number): CommandFlag[] {
  const text = src.text
  const start = Math.max(0, Math.min(startOffset, text.length))
  const end = Math.max(start, Math.min(endOffset, text.length))
  const t: ShellReading = { src, view: text }
  let words = optionWords(t, start, end)
  if (words.length === 1 && words[0].inner && /\s/.test(words[0].text)) words = optionWords(t, words[0].inner[0], words[0].inner[1])
  return readOptions(t, words, 0, RUN_ARITY, true)
}

/** The flags of a `docker run` or `docker build` option list in [start, end) that is no command of its own (a Jenkins Docker agent's `args`). */
export function readOptionList(t: ShellReading, start: number, end: number, subcommand: 'run' | 'build'): CommandFlag[] {
  return readOptions(t, optionWords(t, start, end), 0, subcommand === 'build' ? BUILD_ARITY : RUN_ARITY, true)
}

/** Every word in the range, newlines included: an option list is no script. */
function optionWords(t: ShellReading, start: number, end: number): Word[] {
  return tokenize(t.view, start, end, true, false)
    .commands.flatMap(c => c.words)
    .filter(w => !w.redir)
}

// ---------------------------------------------------------------------------------------------
// Option tables. Only arity matters: a boolean option never takes the next word, every other
// option does unless written `--opt=value` or as a short option with the value attached (`-p80`).
// Options not listed are taken to need a value, as most container CLI options do.

interface Arity {
  long: ReadonlySet<string>
  short: string
}

/** Boolean options of docker, podman and nerdctl `run`/`create`: together, since a script may call any of them. */
const RUN_ARITY: Arity = {
  long: new Set([
    '--detach',
    '--interactive',
    '--tty',
    '--rm',
    '--privileged',
    '--init',
    '--publish-all',
    '--read-only',
    '--sig-proxy',
    '--no-healthcheck',
    '--oom-kill-disable',
    '--quiet',
    '--help',
    '--replace',
    '--rmi',
    '--tls-verify',
    '--disable-content-trust',
    '--use-api-socket',
    '--env-host',
    '--http-proxy',
    '--no-hosts',
    '--no-hostname',
    '--passwd',
    '--read-only-tmpfs',
    '--rootfs',
    '--unsetenv-all',
  ]),
  short: 'ditPq',
}

const BUILD_ARITY: Arity = {
  long: new Set([
    '--no-cache',
    '--pull',
    '--quiet',
    '--rm',
    '--force-rm',
    '--squash',
    '--compress',
    '--disable-content-trust',
    '--push',
    '--load',
    '--help',
    '--check',
    '--debug',
    '--layers',
    '--tls-verify',
    '--disable-compression',
    '--all-platforms',
    '--omit-history',
    '--identity-label',
    '--squash-all',
    '--no-hosts',
    '--no-hostname',
    '--stdin',
    '--compat-volumes',
    '--skip-unused-stages',
    '--log-rusage',
    '--inherit-labels',
    '--inherit-annotations',
    '--rewrite-timestamp',
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
    '--debug',
    '--debug-full',
    '--tls',
    '--tlsverify',
    '--tls-verify',
    '--remote',
    '--syslog',
    '--transient-store',
    '--noout',
    '--trace',
    '--insecure-registry',
    '--experimental',
    '--kube-hide-dupe',
    '--version',
    '--help',
  ]),
  short: 'Drv',
}

const BUILDX_ARITY: Arity = { long: new Set(['--debug', '--help']), short: 'D' }

/** `docker exec` booleans; podman's `-l` (the latest container) stands in for the container name. */
const EXEC_ARITY: Arity = { long: new Set(['--interactive', '--tty', '--detach', '--privileged', '--latest', '--help']), short: 'itdl' }

/** The options that name a host namespace, lower-cased (the container tools fold the case). */
const NAMESPACE_FLAGS: ReadonlyMap<string, Namespace> = new Map(HOST_NAMESPACES.flatMap(n => n.cliFlags.map(flag => [flag, n.id] as const)))

// ---------------------------------------------------------------------------------------------
// Reading a command's words

export function isOption(word: string): boolean {
  return word.length > 1 && word.startsWith('-')
}

/** Whether a short cluster (`-it`) holds `flag` among its leading booleans. */
export function clusterHas(t: string, flag: string, booleans: string): boolean {
  if (t.length < 2 || t[0] !== '-' || t[1] === '-') return false
  for (let p = 1; p < t.length; p++) {
    if (t[p] === flag) return true
    if (!booleans.includes(t[p])) return false
  }
  return false
}

/**
 * The normalised subcommand of a container command and its namespace flags. `words[0]` is the tool
 * word and redirections are already gone. Returns undefined for subcommands that start no
 * container (`docker ps`).
 */
export function subcommandAndFlags(t: ShellReading, words: Word[]): { subcommand: string; flags: CommandFlag[] } | undefined {
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
  return { subcommand, flags: readOptions(t, words, j, arity, subcommand === 'build' || subcommand === 'pod create') }
}

/**
 * `docker [opts] exec [opts] container command...` (the words after the tool word): the command it
 * runs and whether `-i` gives it stdin; undefined when it is no exec. With podman's `--latest`
 * there is no container word.
 */
export function readExec(args: Word[]): { interactive: boolean; command: Word[] } | undefined {
  let j = skipOptions(args, 0, GLOBAL_ARITY)
  if (args[j]?.text === 'container') j++
  if (args[j]?.text !== 'exec') return undefined
  j++
  let interactive = false
  let latest = false
  while (j < args.length && isOption(args[j].text)) {
    const t = args[j].text
    interactive ||= t === '--interactive' || t === '--interactive=true' || clusterHas(t, 'i', EXEC_ARITY.short)
    latest ||= t === '--latest' || clusterHas(t, 'l', EXEC_ARITY.short)
    j = skipOption(args, j, EXEC_ARITY)
  }
  return { interactive, command: args.slice(latest ? j : j + 1) }
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

/**
 * Reads options from `words[from]`; with `anywhere` false it stops at the image, the first
 * positional. A word that is only an expansion (`$DOCKER_OPTS`, `"${args[@]}"`) may hold options,
 * since the container tool parses what the shell expanded; or it may be the image. The options
 * after it count only if an image follows them (`docker run $OPTS --net=host img`); with none
 * (`docker run $X --net=host`) they are the container's arguments. An image is a plain word or an
 * expansion whose name says it is one (`$IMAGE`): such a word is never taken for options.
 */
function readOptions(t: ShellReading, words: Word[], from: number, arity: Arity, anywhere: boolean): CommandFlag[] {
  const flags: CommandFlag[] = []
  /** Flags read after an expansion that may have been the image. */
  let pending: CommandFlag[] | undefined
  const imageAt = (k: number): boolean => k < words.length && !isOption(words[k].text) && !mayHoldOptions(t, words[k])
  const settled = (imageFollows: boolean): CommandFlag[] => (pending && imageFollows ? flags.concat(pending) : flags)
  let j = from
  while (j < words.length) {
    const text = words[j].text
    if (text === '--') return settled(imageAt(j + 1))
    if (!isOption(text)) {
      if (anywhere) j++
      else if (mayHoldOptions(t, words[j])) {
        pending ??= []
        j++
      } else return settled(true)
      continue
    }
    const eq = text.indexOf('=')
    const written = eq === -1 ? text : text.slice(0, eq)
    const name = NAMESPACE_FLAGS.get(written.toLowerCase())
    if (!name) {
      j = skipOption(words, j, arity)
      continue
    }
    const w = words[j]
    const found = pending ?? flags
    if (eq !== -1) {
      found.push(makeFlag(t, name, written, w, w, eq + 1))
      j += 1
    } else if (takesNext(words, j)) {
      found.push(makeFlag(t, name, written, w, words[j + 1], 0))
      j += 2
    } else j += 1 // No value: the container tool refuses the command, so it shares nothing.
  }
  return settled(false)
}

/** An expansion in the image's place that may hold options: not one whose name says it is the image. */
function mayHoldOptions(t: ShellReading, w: Word): boolean {
  if (!w.text.includes('$') && !w.text.includes('`')) return false
  const written = asWritten(t, w)
  return isExpansionOnly(written) && !namesImage(written)
}

function makeFlag(t: ShellReading, name: Namespace, written: string, first: Word, valueWord: Word, valueFrom: number): CommandFlag {
  const src = t.src
  const value = valueWord.text.slice(valueFrom)
  let valueStart: number
  let valueEnd: number
  if (value.length > 0) {
    valueStart = rawOffset(valueWord, valueFrom)
    valueEnd = rawOffset(valueWord, valueWord.text.length - 1) + 1
  } else {
    valueStart = valueFrom > 0 ? rawOffset(valueWord, valueFrom - 1) + 1 : (valueWord.inner?.[0] ?? valueWord.start)
    valueEnd = valueStart
  }
  // A value word from another place (`$NETFLAG host`, the flag in a variable): the flag word alone is the span.
  const together =
    first.via?.start === valueWord.via?.start && valueWord.end >= first.start && (!first.via || !/[\r\n]/.test(src.text.slice(first.end, valueWord.start)))
  const end = together ? valueWord.end : first.end
  const [rs, re] = joinedLineRemoval(src.text, t.view, first.start, end) ?? flagRemovalRange(src.text, first.start, end, '\\', false)
  const flag: CommandFlag = { name, written, value, span: src.span(first.start, end), valueSpan: src.span(valueStart, valueEnd), removal: src.span(rs, re) }
  if (first.via) flag.via = { written: first.via.written, use: src.span(first.via.start, first.via.end) }
  return flag
}
