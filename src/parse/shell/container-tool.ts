/**
 * Which container engine a command word names. A script names it directly (`docker`,
 * `/usr/local/bin/podman`) or, as Makefiles and CI scripts often do, through a variable:
 * kubebuilder scaffolds `CONTAINER_TOOL ?= docker` and then runs `$(CONTAINER_TOOL) build`.
 * A variable counts only when it is the whole word and something says it holds an engine: its
 * default, an assignment in the same file, or its name. Anything else (`$(MAKE)`, `$RUNNER`,
 * `${X:-echo}`) is not read as an engine: a wrong guess would be a false finding.
 */

export type ContainerTool = 'docker' | 'podman' | 'nerdctl'

const TOOLS: ReadonlySet<string> = new Set<ContainerTool>(['docker', 'podman', 'nerdctl'])

/** `docker`, `/usr/bin/podman`: the tool a literal command word names. */
export function toolNamed(word: string): ContainerTool | undefined {
  const base = word.slice(word.lastIndexOf('/') + 1)
  return TOOLS.has(base) ? (base as ContainerTool) : undefined
}

/**
 * One variable expansion and nothing else, optionally double-quoted: `$X`, `${X}`, `"$X"`, Make's
 * `$(X)`, and with a default `${X:-podman}`, `${X-podman}` or the assigning `${X:=podman}`.
 * Single quotes keep `$` literal, so `'$X'` is not one. Groups: quote, name (three places), default.
 */
const EXPANSION = /^("?)\$(?:([A-Za-z_]\w*)|\{([A-Za-z_]\w*)(?::?[-=]([^}]*))?\}|\(([A-Za-z_]\w*)\))\1$/

/** Endings of a variable's name that say "the container engine" (besides a tool's name in it). */
const ENGINE_NAME_ENDINGS = ['container_tool', 'container_runtime', 'container_cli', 'oci_bin', 'engine']
/** Names that say "the container engine": `DOCKER`, `podman_bin`, `CONTAINER_TOOL`, `OCI_BIN`, `ENGINE`. */
const ENGINE_NAME = new RegExp(`${[...TOOLS].join('|')}|(?:^|_)(?:${ENGINE_NAME_ENDINGS.join('|')})$`, 'i')

/**
 * Whether a script's text can name a container engine at all: a command reaches one only through
 * a word that spells a tool's name (toolNamed) or a variable whose name, default or assigned value
 * says so (ToolVariables), all written in the file. Quotes, backslashes, line continuations and
 * the characters a host format consumes (VOID, shell-tokenizer.ts) may split such a word
 * (`do"ck"er`, `dock\` then `er`), so they may stand between its letters. A script that fails
 * this runs no container command: its words need not be read (most scripts of a repository).
 */
export function mayNameContainerTool(text: string): boolean {
  return MAY_NAME_A_TOOL.test(text)
}
const spelledSplit = (word: string): string => [...word].join(String.raw`['"\\\r\n\0]*`)
const MAY_NAME_A_TOOL = new RegExp([...TOOLS, ...ENGINE_NAME_ENDINGS].map(spelledSplit).join('|'), 'i')
/** docker-compose and podman-compose have a `run` of their own, for services, with other flags. */
const COMPOSE_NAME = /compose/i

/**
 * `NAME=value`, `export NAME=value`, Make's `NAME ?= value`, `NAME := value`, `NAME ::= value`, at
 * a line start (after YAML indentation or a `- ` list marker). `+=` and Make's `!=` (a shell
 * command's output) say nothing about what the name holds. Groups: name, blanks, operator, rest.
 */
const ASSIGNMENT =
  /^[ \t]*(?:-[ \t]+)?(?:(?:export|readonly|local|typeset|declare|override)(?:[ \t]+-[A-Za-z]+)*[ \t]+)?([A-Za-z_]\w*)([ \t]*)(\?|:::|::?|)=(.*)$/gm

/** A word longer than this is no variable name; the bound keeps the regular expressions cheap. */
const MAX_WORD = 256

/** What an assigned value or a default holds: an engine, something known not to be one, or unknown. */
type Held = ContainerTool | 'other' | 'unknown'

export class ToolVariables {
  private assigned?: Map<string, Held[]>

  constructor(private readonly text: string) {}

  /** The engine a command word (as written, quotes included) names through a variable, if any. */
  toolOf(raw: string): ContainerTool | undefined {
    if (raw.length > MAX_WORD || raw.indexOf('$') > 1) return undefined
    const m = EXPANSION.exec(raw)
    if (!m) return undefined
    const name = m[2] ?? m[3] ?? m[5]
    if (m[4]) {
      // The default is what runs when nothing is set: `${X:-echo}` is a dry run, not an engine.
      const held = valueHeld(m[4])
      if (held === 'other') return undefined
      if (held !== 'unknown') return held
    }
    const values = this.assignments().get(name) ?? []
    const tool = values.find((v): v is ContainerTool => v !== 'other' && v !== 'unknown')
    if (tool) return tool
    // `DOCKER=echo` (and nothing else) is a dry run whatever the name says.
    if (values.length > 0 && values.every(v => v === 'other')) return undefined
    if (!ENGINE_NAME.test(name) || COMPOSE_NAME.test(name)) return undefined
    return /podman/i.test(name) ? 'podman' : /nerdctl/i.test(name) ? 'nerdctl' : 'docker'
  }

  /** Every assignment in the file, read once and only when a variable command word is met. */
  private assignments(): Map<string, Held[]> {
    if (!this.assigned) {
      const assigned = new Map<string, Held[]>()
      for (const [, name, blanks, op, rest] of this.text.matchAll(ASSIGNMENT)) {
        const held = valueHeld(assignedValue(blanks, op, rest))
        const list = assigned.get(name)
        if (list) list.push(held)
        else assigned.set(name, [held])
      }
      this.assigned = assigned
    }
    return this.assigned
  }
}

/**
 * Make (`X ?= sudo docker`, `X = docker`) assigns the rest of the line, less a comment; a shell
 * (`X=docker cmd`, `X="a b"; y`) assigns one word.
 */
function assignedValue(blanks: string, op: string, rest: string): string {
  if (blanks !== '' || op !== '' || rest[0] === ' ' || rest[0] === '\t') {
    const comment = rest.search(/[ \t]#/)
    return comment === -1 ? rest : rest.slice(0, comment)
  }
  const q = rest[0]
  if (q === '"' || q === "'") {
    const close = rest.indexOf(q, 1)
    return close === -1 ? rest : rest.slice(0, close + 1)
  }
  const stop = rest.search(/[ \t;&|)]/)
  return stop === -1 ? rest : rest.slice(0, stop)
}

/**
 * `docker`, `"podman"`, `sudo nerdctl`, `/usr/bin/docker`, `${X:-docker}` hold an engine.
 * `echo`, `docker-compose`, and `docker compose` (a command prefix, after which `run` is compose's)
 * hold something else. An expansion such as `$(shell which podman)` is unknown.
 */
function valueHeld(value: string): Held {
  let v = value.trim()
  const quoted = /^(["'])(.*)\1$/s.exec(v)
  if (quoted) v = quoted[2].trim()
  const expansion = EXPANSION.exec(v)
  if (expansion) return expansion[4] ? valueHeld(expansion[4]) : 'unknown'
  const words = v.split(/[ \t]+/).filter(w => w !== '')
  let k = 0
  if (words[0] === 'sudo' || words[0] === 'doas') {
    k = 1
    while (words[k]?.startsWith('-')) k++
  }
  const first = words[k]
  if (first === undefined || /[$`(]/.test(first)) return 'unknown'
  const tool = toolNamed(first)
  return tool && k === words.length - 1 ? tool : 'other'
}
