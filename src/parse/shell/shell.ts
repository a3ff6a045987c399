import { readsAsMakefile } from './file-names.js'
import type { Span } from '../../model.js'
import { clusterHas, isOption, readExec, readOptionList, subcommandAndFlags, type CommandFlag } from './container-cli-flags.js'
import { mayNameContainerTool, ToolVariables, toolNamed, type ContainerTool } from './container-tool.js'
import { rawOffset, tokenize, type Command, type Word, type WordVia } from './shell-tokenizer.js'
import { fileAssignments, referencedName, Variables, type VariableScope, type VariableValue } from './variables.js'
import { asWritten, shellViewOf, type ContainerOptionString, type ShellReading } from './shell-view.js'
import type { SourceText } from '../source.js'
import { YAML_COMMAND_KEYS } from '../yaml/yaml-folding.js'

/**
 * Finds `docker|podman|nerdctl run|create|build|pod create` commands in shell scripts, Makefile
 * recipes, the raw text of workflow files and the `sh` steps of a Jenkinsfile, and the
 * `--network/--net`, `--pid`, `--ipc` flags the container tool itself (not the container)
 * receives. It reads the words shell-tokenizer.ts splits with just enough shell to know which are
 * commands (wrappers such as `sudo`, `xargs` and `ssh`, strings and heredocs that a shell runs),
 * not as a shell parser; container-cli-flags.ts reads the container tool's own words. Where the
 * script sits in another format, it reads what shell-view.ts says the shell receives. It never
 * throws and stays linear.
 */

export type { ContainerTool, CommandFlag }
export { parseContainerOptions } from './container-cli-flags.js'

export interface ContainerCommand {
  /** The container tool, also when a variable names it (`$(DOCKER)` with `DOCKER ?= podman` gives podman). */
  tool: ContainerTool
  /** The command word as written when a variable names the tool: `$(DOCKER)`, `"${ENGINE:-podman}"`. */
  written?: string
  /** Normalised: `run`, `create`, `build` (also `buildx build`, `image build`, `builder build`), `pod create`. */
  subcommand: string
  /** From the tool word (after a path or a Make `@`/`-`/`+` prefix) to the end of the command's last word. */
  span: Span
  flags: CommandFlag[]
  /** The command is a variable's value, run where this expansion is (`$(RUN_IT)`, `eval "$CMD"`, `sh -c "$CMD"`). */
  via?: { written: string; use: Span }
}

export interface CommandSearchOptions {
  /** The variables the file's format gives its scripts (a workflow's `env:`), read on first need. */
  variables?: () => FormatVariables
  /** Hears where a reading bound was hit (a command whose variables expand past the word limit): not all of it was read. */
  onBound?: (message: string, span: Span) => void
}

/**
 * Variables the file's own format gives a script besides its assignments: a workflow's `env:`
 * and GitLab's `variables:` (workflow-variables.ts). `jobs` are the ranges a script's own
 * assignments stay within, so that one job's `OPTS=` is not read into another job's command.
 */
export interface FormatVariables {
  values: VariableValue[]
  jobs: Array<[number, number]>
}

/**
 * Container commands in `src.text[startOffset, endOffset)`, in text order. A command inside a
 * quoted string is found only where a shell will run the string: `sh -c '...'` (any shell, any
 * `-c` option cluster like `-ec`), `eval "..."`, `ssh host "..."`, or a quoted string in command
 * position such as a YAML `run: "docker run ..."`. So `echo "docker run --net=host"` is not one.
 * Likewise a heredoc body is read only when a shell receives it (`bash <<EOF`, `cat <<EOF | sh`).
 * `ssh host docker run ...` runs its words remotely, so they are a command too. In a Jenkinsfile
 * only `sh` step strings are read, and a Docker agent's `args` come out as a `docker run` of their
 * own whose span is the string. `onProblem` hears where the host format is broken (a Jenkinsfile
 * string never closed): the commands found are then what could still be read, not all of them.
 */
export function findContainerCommands(
  src: SourceText,
  startOffset?: number,
  endOffset?: number,
  onProblem?: (message: string, span: Span) => void,
  options: CommandSearchOptions = {},
): ContainerCommand[] {
  const text = src.text
  let start = Math.max(0, Math.min(startOffset ?? 0, text.length))
  const end = Math.max(start, Math.min(endOffset ?? text.length, text.length))
  if (start === 0 && text.charCodeAt(0) === 0xfeff) start = 1
  const out: ContainerCommand[] = []
  const view = shellViewOf(src)
  if (view.problem && onProblem) onProblem(view.problem.message, src.span(view.problem.start, view.problem.end))
  // Make runs each recipe line in a shell of its own unless `.ONESHELL:` is set, so in a Makefile
  // the lines after `cat <<EOF` are commands that do run, not a heredoc body; `$(X)` is Make's.
  const make = readsAsMakefile(src.path, src.text)
  let scope: VariableScope | undefined
  const values = (): VariableScope => (scope ??= variablesOf(view.text, make, options.variables?.()))
  const s: Scan = {
    src,
    view: view.text,
    out,
    variables: new ToolVariables(text),
    heredocs: !make || ONESHELL.test(text),
    make,
    values,
    expanded: new Map(),
    ranAsCommand: new Set(),
    onBound: options.onBound,
  }
  if (mayNameContainerTool(view.text)) {
    if (!view.scripts) scan(s, start, end, 0)
    for (const [a, b] of view.scripts ?? []) if (a < end && b > start) scan(s, Math.max(a, start), Math.min(b, end), 0)
  }
  for (const options of view.containerOptions) if (options.start >= start && options.end <= end) out.push(containerOptionsCommand(s, options))
  // Nested strings are scanned after their outer command; a stable sort restores text order.
  out.sort((a, b) => a.span.startOffset - b.span.startOffset)
  return out.filter((c, k) => k === 0 || out[k - 1].span.startOffset !== c.span.startOffset)
}

/**
 * A Jenkins Docker agent's `args` (or `.inside(...)`) are `docker run` options, and a dockerfile
 * agent's `additionalBuildArgs` are `docker build` ones: a command of their own, spanning the string.
 */
function containerOptionsCommand(s: Scan, options: ContainerOptionString): ContainerCommand {
  const flags = readOptionList(s, options.contentStart, options.contentEnd, options.subcommand)
  return { tool: 'docker', subcommand: options.subcommand, span: s.src.span(options.start, options.end), flags }
}

const ONESHELL = /^\.ONESHELL[ \t]*:/m

/** Words after which the next word is still in command position. */
const KEYWORDS: ReadonlySet<string> = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', '{', '-'])

/** Commands that run their arguments as a command: their options taking a value, and positionals to skip (`timeout 5m`). */
const WRAPPERS: ReadonlyMap<string, { values: ReadonlySet<string>; positionals: number }> = new Map([
  [
    'sudo',
    {
      values: new Set([
        '-u',
        '-g',
        '-h',
        '-p',
        '-C',
        '-D',
        '-r',
        '-t',
        '-U',
        '-T',
        '--user',
        '--group',
        '--host',
        '--prompt',
        '--close-from',
        '--chdir',
        '--role',
        '--type',
        '--other-user',
        '--command-timeout',
      ]),
      positionals: 0,
    },
  ],
  ['doas', { values: new Set(['-u', '-C']), positionals: 0 }],
  ['env', { values: new Set(['-u', '--unset', '-C', '--chdir']), positionals: 0 }],
  ['exec', { values: new Set(['-a']), positionals: 0 }],
  ['time', { values: new Set(['-f', '-o', '--format', '--output']), positionals: 0 }],
  ['nohup', { values: new Set(), positionals: 0 }],
  ['command', { values: new Set(), positionals: 0 }],
  ['nice', { values: new Set(['-n', '--adjustment']), positionals: 0 }],
  ['stdbuf', { values: new Set(['-i', '-o', '-e', '--input', '--output', '--error']), positionals: 0 }],
  ['timeout', { values: new Set(['-s', '--signal', '-k', '--kill-after']), positionals: 1 }],
  // GNU and BSD. `-i`, `-l`, `-e` and their long forms `--replace`, `--max-lines`, `--eof` take
  // only an attached value (`-i{}`), so the next word is already the command.
  [
    'xargs',
    {
      values: new Set([
        '-a',
        '--arg-file',
        '-d',
        '--delimiter',
        '-E',
        '-I',
        '-J',
        '-L',
        '-n',
        '--max-args',
        '-P',
        '--max-procs',
        '-R',
        '-s',
        '--max-chars',
        '-S',
        '--process-slot-var',
      ]),
      positionals: 0,
    },
  ],
])

/** Shells whose `-c` string is a script, and `eval`, whose quoted arguments are (ssh: see sshRemoteCommand). */
const SHELLS: ReadonlySet<string> = new Set(['sh', 'bash', 'zsh', 'dash', 'ash', 'ksh', 'mksh', 'su'])

/** Shell options that take the next word (`bash -o pipefail`). */
const SHELL_VALUE_OPTIONS: ReadonlySet<string> = new Set(['-o', '+o', '-O', '+O', '--rcfile', '--init-file'])
/** ssh options that take a value (`ssh -p 22 -i key host`); the others are booleans. */
const SSH_VALUE_OPTIONS = 'BbcDEeFIiJLlmOoPpQRSWw'
/**
 * ssh options after which no remote command runs: `-N` (forwarding only), `-s` (a subsystem),
 * `-W` (stdio forwarding), `-O` (a control command), `-G` and `-V` (print and exit).
 */
const SSH_NO_COMMAND_OPTIONS = 'NsWOGV'
/** How deep quoted strings and heredoc bodies are re-read as scripts (`bash -c "ssh h 'docker run ...'"` is two). */
const MAX_NESTED = 3

// ---------------------------------------------------------------------------------------------
// Commands

/** One findContainerCommands call: the file, what it found, and what every command may consult. */
interface Scan extends ShellReading {
  out: ContainerCommand[]
  /** The file's assignments, for container tools named through a variable. */
  variables: ToolVariables
  heredocs: boolean
  /** A Makefile: `$(X)` is a Make variable, `$$X` the recipe shell's. */
  make: boolean
  /** What names hold, read on first need: most files never expand one in a container command. */
  values: () => VariableScope
  /** While a variable's value is read as a script: the expansion that runs it. */
  via?: WordVia
  /** Each value's words, expanded, per depth (null while being read: a cycle). */
  expanded: Map<VariableValue, Array<Word[] | null>>
  /** Values already read as commands. */
  ranAsCommand: Set<VariableValue>
  /** Values on the stack of valueWords: a variable that names itself reads as nothing more. */
  expanding?: Set<VariableValue>
  onBound?: (message: string, span: Span) => void
}

/**
 * The file's assignments, each visible in the whole file, or within its job where the format has
 * jobs, and the format's own variables.
 */
function variablesOf(view: string, make: boolean, format: FormatVariables | undefined): VariableScope {
  const own = fileAssignments(view, make)
  if (!format) return new Variables(own)
  const jobOf = (at: number): [number, number] | undefined => format.jobs.find(([a, b]) => a <= at && at < b)
  return new Variables([...own.map(v => ({ ...v, scope: jobOf(v.start) ?? v.scope })), ...format.values])
}

/** Most words a command grows to when variables are expanded into it. */
const MAX_EXPANDED_WORDS = 512

/** The values a word that is nothing but a variable's expansion holds here; none when it is anything else or unknown. */
function valuesOfWord(s: Scan, w: Word): { written: string; values: readonly VariableValue[] } | undefined {
  if (!w.text.includes('$')) return undefined
  const written = asWritten(s, w)
  const ref = referencedName(written, s.make)
  if (ref === undefined) return undefined
  const values = s.values().valuesAt(ref.name, w.start, ref.reader)
  return values.length ? { written, values } : undefined
}

/**
 * A command's words with each known variable replaced by the words of its values (Make's `+=` and
 * a script's several assignments all count: each may be what runs). Each word from a value
 * remembers the expansion in the command it stands for. Unknown expansions stay as they are, for
 * the option reader to judge. The tool word is never expanded here (container-tool.ts reads it).
 */
function expandWords(s: Scan, words: Word[]): Word[] {
  if (!words.some(w => w.text.includes('$'))) return words
  const out: Word[] = []
  let truncated: Word | undefined
  for (let i = 0; i < words.length; i++) {
    const w = words[i]
    const found = i === 0 || truncated ? undefined : valuesOfWord(s, w)
    if (!found) {
      out.push(w)
      continue
    }
    const via = { written: found.written, start: w.start, end: w.end }
    // A quoted expansion (`"$OPTS"`, not `"${OPTS[@]}"`) is one word, spaces and all: a value of
    // several words there is no option the engine accepts, so it is left unknown.
    const quoted = isQuotedScalar(found.written)
    if (quoted && found.values.some(v => valueWords(s, v, 1).length > 1)) {
      out.push(w)
      continue
    }
    for (const v of found.values) {
      for (const x of valueWords(s, v, 1)) {
        if (out.length >= MAX_EXPANDED_WORDS) {
          truncated = w
          break
        }
        out.push({ ...x, via })
      }
    }
  }
  // Past the limit the command's own words are still read, and the rest of the expansion is said
  // to be unread rather than passed silently.
  if (truncated && s.onBound)
    s.onBound(
      `${asWritten(s, truncated)} and the variables after it expand to more than ${MAX_EXPANDED_WORDS} words: the rest was not read`,
      s.src.span(truncated.start, truncated.end),
    )
  return out
}

/**
 * A value's words, the variables in it expanded in turn to the depth quoted strings are re-read.
 * Computed once per value and depth: a file whose variables name each other many times over
 * (hostile, or generated) costs each value's reading once, and a cycle (`A = $(A) x`) reads as
 * nothing more.
 */
function valueWords(s: Scan, v: VariableValue, depth: number): readonly Word[] {
  const memo = s.expanded.get(v) ?? []
  const known = memo[depth]
  if (known !== undefined) return known ?? []
  const expanding = (s.expanding ??= new Set())
  if (expanding.has(v)) return []
  memo[depth] = null
  s.expanded.set(v, memo)
  expanding.add(v)
  const out: Word[] = []
  const inner = topLevelWords(tokenize(s.view, v.start, v.end, true, false).commands.flatMap(c => withoutRedirections(c.words)))
  for (const w of inner) {
    if (out.length >= MAX_EXPANDED_WORDS) break
    const found = depth < MAX_NESTED ? valuesOfWord(s, w) : undefined
    if (!found) {
      out.push(w)
      continue
    }
    for (const nested of found.values) {
      for (const x of valueWords(s, nested, depth + 1)) {
        if (out.length >= MAX_EXPANDED_WORDS) break
        out.push(x)
      }
    }
  }
  memo[depth] = out
  expanding.delete(v)
  return out
}

/** `"$X"`, `"${X}"`, `"$(X)"`: a double-quoted expansion of one value, which the shell does not split (an array's `"${X[@]}"` it does). */
function isQuotedScalar(written: string): boolean {
  return written.startsWith('"') && !/\[@\]\}"$/.test(written)
}

/** The words of a value as one argument list: the commands the tokenizer reads inside `$(...)` are part of a word already. */
function topLevelWords(words: Word[]): Word[] {
  const sorted = [...words].sort((a, b) => a.start - b.start)
  let end = -1
  return sorted.filter(w => {
    if (w.start < end) return false
    end = w.end
    return true
  })
}

/** Reads each value of a variable run as a command (`$CMD`, `eval "$CMD"`, `sh -c "$CMD"`) as a script. */
function scanValues(s: Scan, w: Word, depth: number): boolean {
  const found = depth < MAX_NESTED ? valuesOfWord(s, w) : undefined
  if (!found) return false
  const outer = s.via
  s.via = outer ?? { written: found.written, start: w.start, end: w.end }
  // A value run as a command is read once, at its first use: its commands are the same at every
  // use, and the findings name that one.
  for (const v of found.values) {
    if (s.ranAsCommand.has(v)) continue
    s.ranAsCommand.add(v)
    scan(s, v.start, v.end, depth + 1)
  }
  s.via = outer
  return true
}

function scan(s: Scan, start: number, end: number, depth: number): void {
  const { commands, heredocs } = tokenize(s.view, start, end, false, s.heredocs)
  for (const c of commands) scanCommand(s, c.words, depth)
  if (depth >= MAX_NESTED) return
  // A body is data unless a shell reads it; then it is a script at its own raw offsets.
  for (const doc of heredocs) if (doc.stdin && feedsShell(s, doc.command)) scan(s, doc.start, doc.end, depth + 1)
}

function basename(word: string): string {
  return word.slice(word.lastIndexOf('/') + 1)
}

/** Make recipe prefixes: `@docker run` (silent), `-docker` (ignore errors), `+docker`. */
function makePrefix(word: string): number {
  let k = 0
  while (word[k] === '@' || word[k] === '+' || word[k] === '-') k++
  return k
}

function commandName(w: Word): string {
  return basename(w.text.slice(makePrefix(w.text)))
}

function isAssignment(word: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*\+?=/.test(word)
}

function isYamlCommandKey(word: string): boolean {
  return word.endsWith(':') && YAML_COMMAND_KEYS.has(word.slice(0, -1).toLowerCase())
}

function withoutRedirections(all: Word[]): Word[] {
  const words: Word[] = []
  for (let i = 0; i < all.length; i++) {
    if (all[i].redir) i++
    else words.push(all[i])
  }
  return words
}

/** The index of the command word, past prefixes: keywords, `FOO=1`, `run:`, `-`, and wrappers with their options (`sudo -E`). */
function commandWordIndex(words: Word[]): number {
  let i = 0
  while (i < words.length) {
    const t = words[i].text
    if (words[i].redir) i += 2
    else if (KEYWORDS.has(t) || isAssignment(t) || isYamlCommandKey(t)) i++
    else {
      const wrapper = WRAPPERS.get(commandName(words[i]))
      if (!wrapper) return i
      i = skipWrapperOptions(words, i + 1, wrapper.values, wrapper.positionals)
    }
  }
  return i
}

/** Where a command word names a container tool: the tool, where its span starts, and a variable as written. */
interface ToolWord {
  tool: ContainerTool
  start: number
  written?: string
}

function toolWordOf(s: Scan, w: Word): ToolWord | undefined {
  const prefix = makePrefix(w.text)
  if (prefix === w.text.length) return undefined
  const tool = toolNamed(w.text.slice(prefix))
  if (tool) return { tool, start: prefix === 0 ? w.start : rawOffset(w, prefix) }
  if (!w.text.includes('$')) return undefined
  // A variable is judged as written: `'$DOCKER'` is a literal, `"$DOCKER"` an expansion.
  const raw = asWritten(s, w)
  const rawPrefix = makePrefix(raw)
  const written = raw.slice(rawPrefix)
  const variable = s.variables.toolOf(written)
  return variable && { tool: variable, start: w.start + rawPrefix, written }
}

/**
 * The container command that starts at the tool word `all[0]`, or undefined for subcommands that
 * start no container (`docker ps`). Redirections may sit anywhere (`docker run 2>/dev/null --rm
 * img`); they are not the container tool's words.
 */
function containerCommand(t: Scan, all: Word[], tool: ToolWord): ContainerCommand | undefined {
  const words = withoutRedirections(all)
  const read = subcommandAndFlags(t, expandWords(t, words))
  if (!read) return undefined
  const command: ContainerCommand = {
    tool: tool.tool,
    subcommand: read.subcommand,
    span: t.src.span(tool.start, words[words.length - 1].end),
    flags: read.flags,
  }
  if (tool.written !== undefined) command.written = tool.written
  if (t.via) command.via = { written: t.via.written, use: t.src.span(t.via.start, t.via.end) }
  return command
}

/** Walks one simple command: prefixes (`sudo -E`, `FOO=1`, `run:`, `-`), then the command word. */
function scanCommand(s: Scan, words: Word[], depth: number): void {
  const nested = (w: Word): void => {
    if (w.inner && depth < MAX_NESTED && /\s/.test(w.text)) scan(s, w.inner[0], w.inner[1], depth + 1)
    else scanValues(s, w, depth)
  }
  const first = commandWordIndex(words)
  if (first >= words.length) return
  const tool = toolWordOf(s, words[first])
  if (tool) {
    const command = containerCommand(s, words.slice(first), tool)
    if (command) s.out.push(command)
    return
  }
  // `"$CMD"` as the command word names one program, spaces and all: only `$CMD` or an array runs the words.
  if (!isQuotedScalar(asWritten(s, words[first]))) nested(words[first])
  else if (words[first].inner && depth < MAX_NESTED && /\s/.test(words[first].text)) nested(words[first])
  const name = commandName(words[first])
  if (name === 'ssh') {
    const remote = sshRemoteCommand(withoutRedirections(words.slice(first + 1)))
    // One string is a script (`ssh h "a && b"`); several words are joined into one (`ssh h docker run ...`).
    if (remote?.length === 1) nested(remote[0])
    else if (remote && depth < MAX_NESTED) scanCommand(s, remote, depth + 1)
    return
  }
  let previous = words[first].text
  for (let i = first + 1; i < words.length; i++) {
    const w = words[i]
    if (w.redir) {
      i++
      continue
    }
    if (name === 'eval' || (SHELLS.has(name) && isCommandStringOption(previous))) nested(w)
    previous = w.text
  }
}

/**
 * `ssh [options] destination [options] [command [argument...]]`: the remote command's words,
 * empty when there are none (the login shell then reads stdin), undefined when no command runs
 * at all. ssh reads options again after the destination, up to the first other word; each
 * option cluster may end in one that takes a value (`-p22`, `-vp 22`).
 */
function sshRemoteCommand(args: Word[]): Word[] | undefined {
  let i = 0
  let destination = false
  while (i < args.length) {
    const t = args[i].text
    if (t === '--') {
      i++
      if (destination) break
      continue
    }
    if (!isOption(t)) {
      if (destination) break
      destination = true
      i++
      continue
    }
    i++
    for (let p = 1; p < t.length; p++) {
      if (SSH_NO_COMMAND_OPTIONS.includes(t[p])) return undefined
      if (!SSH_VALUE_OPTIONS.includes(t[p])) continue
      if (p === t.length - 1) i++
      break
    }
  }
  return destination ? args.slice(i) : undefined
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
    else if (isOption(t)) i += wrapperOptionTakesNext(t, values) ? 2 : 1
    else break
  }
  return skipPositionals(words, i, positionals)
}

/**
 * As getopt reads a short cluster: the first option that takes a value takes the rest of the
 * word (`-n1`, `-I{}`, `-oL`), or the next word when it ends the cluster (`-Eu root`, `-0I {}`).
 */
function wrapperOptionTakesNext(t: string, values: ReadonlySet<string>): boolean {
  if (t.startsWith('--')) return values.has(t)
  for (let p = 1; p < t.length; p++) if (values.has('-' + t[p])) return p === t.length - 1
  return false
}

function skipPositionals(words: Word[], from: number, count: number): number {
  let i = from
  for (let left = count; left > 0 && i < words.length; i++) if (!words[i].redir) left--
  return i
}

// ---------------------------------------------------------------------------------------------
// Heredocs that feed a shell

/** Whether the command hands its stdin heredoc to a shell: `bash <<EOF`, `cat <<EOF | sudo sh`. */
function feedsShell(s: Scan, cmd: Command): boolean {
  if (readsScript(s, cmd.words, 0)) return true
  return cmd.pipesInto !== undefined && copiesStdin(cmd.words) && readsScript(s, cmd.pipesInto.words, 0)
}

/** `cat` or `cat -` with no file to read: its output is its stdin. */
function copiesStdin(all: Word[]): boolean {
  const words = withoutRedirections(all)
  const i = commandWordIndex(words)
  return i < words.length && commandName(words[i]) === 'cat' && words.slice(i + 1).every(w => w.text === '-' || isOption(w.text))
}

/**
 * Whether a command runs its stdin as a script: a shell given no script (`bash`, `sudo bash -s --
 * arg`, `sh -eu`), not `bash -c '...'` or `bash script.sh`; `su` without `-c`; `ssh host` with no
 * remote command or a remote shell (`ssh host 'bash -s'`); `docker exec -i c sh` and
 * `kubectl exec -i pod -- sh`, which pass stdin to the container's shell.
 */
function readsScript(s: Scan, all: Word[], hops: number): boolean {
  const words = withoutRedirections(all)
  const i = commandWordIndex(words)
  if (i >= words.length || hops > MAX_NESTED) return false
  const name = commandName(words[i])
  const args = words.slice(i + 1)
  if (name === 'su') return !args.some(a => isCommandStringOption(a.text) || /^--(session-)?command(=|$)/.test(a.text))
  if (SHELLS.has(name)) return shellReadsStdin(args)
  if (name === 'ssh') return sshReadsScript(s, args, hops)
  if (name === 'kubectl' || name === 'oc') return kubectlExecReadsScript(s, args, hops)
  return toolWordOf(s, words[i]) !== undefined && containerExecReadsScript(s, args, hops)
}

function shellReadsStdin(args: Word[]): boolean {
  for (let i = 0; i < args.length; i++) {
    const t = args[i].text
    if (t === '-' || t === '--') return i + 1 === args.length
    if (SHELL_VALUE_OPTIONS.has(t)) i++
    else if (t.startsWith('--')) continue
    else if (!/^[-+][A-Za-z]+$/.test(t))
      return false // the script file
    else if (t[0] === '-' && t.includes('c')) return false
    else if (t[0] === '-' && t.includes('s'))
      return true // the words after -s are arguments
    else if (t.endsWith('o') || t.endsWith('O')) i++ // `-euo pipefail`
  }
  return true
}

function sshReadsScript(s: Scan, args: Word[], hops: number): boolean {
  const remote = sshRemoteCommand(args)
  if (remote === undefined) return false
  // With no remote command the login shell reads its commands from stdin.
  if (remote.length === 0) return true
  const inner = remote[0].inner
  if (remote.length === 1 && inner && /\s/.test(remote[0].text)) {
    const first = tokenize(s.view, inner[0], inner[1], false, false).commands[0]
    return first !== undefined && readsScript(s, first.words, hops + 1)
  }
  return readsScript(s, remote, hops + 1)
}

/** `docker [opts] exec -i [opts] container command...`; without `-i` the container gets no stdin. */
function containerExecReadsScript(s: Scan, args: Word[], hops: number): boolean {
  const exec = readExec(args)
  return exec !== undefined && exec.interactive && exec.command.length > 0 && readsScript(s, exec.command, hops + 1)
}

/** `kubectl [opts] exec -i pod -- command...` (the form without `--` is deprecated). */
function kubectlExecReadsScript(s: Scan, args: Word[], hops: number): boolean {
  const dashes = args.findIndex(a => a.text === '--')
  if (dashes === -1) return false
  const before = args.slice(0, dashes)
  const exec = before.some(a => a.text === 'exec')
  const stdin = before.some(a => a.text === '--stdin' || a.text === '--stdin=true' || clusterHas(a.text, 'i', 'itq'))
  return exec && stdin && readsScript(s, args.slice(dashes + 1), hops + 1)
}
