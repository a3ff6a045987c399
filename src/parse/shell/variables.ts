/**
 * Flags and whole commands kept in variables, within one file (issue 16): Make's
 * `DOCKER_RUN_FLAGS := --net=host` used as `docker run $(DOCKER_RUN_FLAGS)`, a script's
 * `OPTS="--network host"` or `OPTS=(--network host)` used as `$OPTS` or `"${OPTS[@]}"`, a
 * workflow's `env:` used by a step's `run:` (workflow-variables.ts). A value is read only where
 * the file writes it literally: what the environment, another file or a command's output gives is
 * unknown, and unknown is never taken for host.
 */

/** One value written for a name: where its text is, and where the name holds it. */
export interface VariableValue {
  name: string
  /** Raw range of the value as the shell reads it: inside quotes or an array's parentheses, the rest of a Make line, a `define` body. */
  start: number
  end: number
  /** The raw range in which uses see this value: the whole file, or a workflow job or step. */
  scope: [number, number]
  /** Who reads it: Make's `$(X)`, the shell's `$X` (a recipe's, a script's, a CI runner's), or both (Make's `export X = v`). */
  readBy: 'make' | 'shell' | 'both'
}

/** What names hold where they are used. */
export interface VariableScope {
  /** Every value written for `name` whose scope holds `offset`, in text order. */
  valuesAt(name: string, offset: number, reader: 'make' | 'shell'): readonly VariableValue[]
}

/** A value longer than this is not read: nobody keeps flags in a megabyte, and it bounds the work. */
const MAX_VALUE = 4096
/** Values kept per name: a name assigned a hundred times is a loop counter, not a flag list. */
const MAX_VALUES_PER_NAME = 16

export class Variables implements VariableScope {
  private readonly byName = new Map<string, VariableValue[]>()

  constructor(values: Iterable<VariableValue>) {
    for (const v of values) {
      const list = this.byName.get(v.name)
      if (!list) this.byName.set(v.name, [v])
      else if (list.length < MAX_VALUES_PER_NAME) list.push(v)
    }
  }

  valuesAt(name: string, offset: number, reader: 'make' | 'shell'): readonly VariableValue[] {
    const list = this.byName.get(name)
    return list ? list.filter(v => v.scope[0] <= offset && offset < v.scope[1] && (v.readBy === reader || v.readBy === 'both')) : []
  }
}

/**
 * The name an expansion-only word refers to, as written (quotes kept): in a Makefile Make's
 * `$(X)`/`${X}` and the recipe shell's `$$X`/`$${X}` (which sees Make's exported variables); elsewhere the shell's `$X`, `${X}`,
 * `"${X[@]}"`, and a workflow's `${{ env.X }}`. Defaults (`${X:-y}`), substitutions and command
 * output are not a name's value: undefined.
 */
export function referencedName(written: string, make: boolean): { name: string; reader: 'make' | 'shell' } | undefined {
  if (written.length > 256) return undefined
  if (make) {
    const m = MAKE_REFERENCE.exec(written)
    const name = m?.slice(1).find(g => g !== undefined)
    return name === undefined ? undefined : { name, reader: (m![1] ?? m![2]) ? 'make' : 'shell' }
  }
  const name = (SHELL_REFERENCE.exec(written) ?? GITHUB_ENV.exec(written))?.slice(1).find(g => g !== undefined)
  return name === undefined ? undefined : { name, reader: 'shell' }
}

const SHELL_REFERENCE = /^"?\$(?:([A-Za-z_]\w*)|\{([A-Za-z_]\w*)(?:\[[@*]\])?\})"?$/
const MAKE_REFERENCE = /^"?\$(?:\(([A-Za-z_][\w.-]*)\)|\{([A-Za-z_][\w.-]*)\}|\$(?:([A-Za-z_]\w*)|\{([A-Za-z_]\w*)(?:\[[@*]\])?\}))"?$/
const GITHUB_ENV = /^"?\$\{\{\s*env\.([A-Za-z_][\w-]*)\s*\}\}"?$/

/**
 * The assignments a file writes, each visible in the whole file (Make expands lazily, and a script's
 * functions run after the lines below them). In a Makefile, lines that are not recipes are Make's:
 * `=`, `:=`, `::=`, `:::=`, `?=`, `+=` (whose values add up), target-specific `target: X := v`, and
 * `define X … endef`; recipe lines (a tab first) and every line of another file are the shell's:
 * `X=v`, `X="v"`, `X='v'`, `X=(a b)`, after `export`, `local`, `declare -a`…. Make's `!=` runs a
 * command, which is unknown. Linear: each line is looked at once.
 */
export function fileAssignments(text: string, make: boolean): VariableValue[] {
  const out: VariableValue[] = []
  const whole: [number, number] = [0, text.length]
  let at = 0
  while (at < text.length) {
    let lineEnd = text.indexOf('\n', at)
    if (lineEnd === -1) lineEnd = text.length
    const line = text.slice(at, lineEnd).replace(/\r$/, '')
    if (make && line[0] !== '\t') {
      const define = DEFINE.exec(line)
      if (define) {
        const body = lineEnd + 1
        const close = ENDEF.exec(text.slice(body))
        const bodyEnd = close ? body + close.index : text.length
        if (bodyEnd - body <= MAX_VALUE)
          out.push({ name: define[2], start: Math.min(body, text.length), end: bodyEnd, scope: whole, readBy: define[1] ? 'both' : 'make' })
        at = close ? body + close.index + close[0].length : text.length
        continue
      }
      const m = MAKE_ASSIGNMENT.exec(line)
      if (m) {
        const [value, end] = makeValue(text, at + m[0].length, lineEnd)
        if (value[1] - value[0] <= MAX_VALUE) out.push({ name: m[2], start: value[0], end: value[1], scope: whole, readBy: m[1] ? 'both' : 'make' })
        at = end
        continue
      }
    } else {
      const m = SHELL_ASSIGNMENT.exec(line)
      const value = m ? shellValue(text, at + m[0].length) : undefined
      if (m && value) out.push({ name: m[1], start: value[0], end: value[1], scope: whole, readBy: 'shell' })
    }
    at = lineEnd + 1
  }
  return out
}

const DEFINE = /^[ \t]*(?:override[ \t]+|private[ \t]+)*(export[ \t]+)?(?:override[ \t]+)?define[ \t]+([A-Za-z_][\w.-]*)[ \t]*(?:::?=|:::=|\?=|\+=|=)?[ \t]*$/
const ENDEF = /^[ \t]*endef\b.*$/m
/** `[target: ][export ]NAME op ` — the value follows. `!=` is left out on purpose. */
const MAKE_ASSIGNMENT =
  /^(?:[^\t#:=]+:[ \t]*)?(?:(?:override|private)[ \t]+)*(export[ \t]+)?(?:(?:override|private)[ \t]+)*([A-Za-z_][\w.-]*)[ \t]*(?:::?=|:::=|\?=|\+=|=)[ \t]*/
const SHELL_ASSIGNMENT = /^[ \t]*(?:-[ \t]+)?(?:(?:export|readonly|local|declare|typeset)(?:[ \t]+[-+][A-Za-z]+)*[ \t]+)?([A-Za-z_]\w*)\+?=/

/** A Make value: the rest of the line and its `\` continuations, less a comment and trailing blanks. */
function makeValue(text: string, start: number, lineEnd: number): [[number, number], number] {
  let end = lineEnd
  while (end < text.length && end - start <= MAX_VALUE && /\\\r?$/.test(text.slice(Math.max(start, end - 2), end))) {
    const next = text.indexOf('\n', end + 1)
    end = next === -1 ? text.length : next
  }
  let stop = end
  for (let k = start; k < end; k++) {
    if (text[k] === '\\') k++
    else if (text[k] === '#') {
      stop = k
      break
    }
  }
  while (stop > start && SPACE.test(text[stop - 1])) stop--
  return [[start, stop], end + 1]
}

/** A shell value: a quoted string or an array's inside, or one plain word; undefined when it never closes. */
function shellValue(text: string, start: number): [number, number] | undefined {
  const open = text[start]
  const close = open === '"' ? '"' : open === "'" ? "'" : open === '(' ? ')' : undefined
  if (close) {
    for (let k = start + 1; k < text.length && k - start <= MAX_VALUE; k++) {
      if (text[k] === '\\' && open === '"') k++
      else if (text[k] === close) return [start + 1, k]
    }
    return undefined
  }
  let k = start
  while (k < text.length && k - start <= MAX_VALUE && !WORD_END.test(text[k])) k++
  return [start, k]
}
const SPACE = /\s/
const WORD_END = /[\s;&|)<>]/
