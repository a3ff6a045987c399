/**
 * Compose substitutes variables in values before it reads them (compose-go's `template` package):
 * `$VAR` and `${VAR}` give the variable's value, `${VAR:-d}` gives d when VAR is unset or empty,
 * `${VAR-d}` when it is unset, `${VAR:?e}` / `${VAR?e}` refuse to start without it, `${VAR:+r}` /
 * `${VAR+r}` give r only when VAR is set (and, with `:`, not empty), and `$$` is a literal `$`.
 * A default may itself hold substitutions.
 */

const NAME = /[A-Za-z_][A-Za-z0-9_]*/y

/** What a value becomes with no variable set, and the variables it names on the way. */
export interface UnsetReading {
  value: string
  variables: string[]
}

/** The value with every variable unset, or undefined when compose refuses it (`:?`, bad syntax). */
export function valueWhenUnset(text: string): UnsetReading | undefined {
  const variables: string[] = []
  const value = readTemplate(text, variables)
  return value === undefined ? undefined : { value, variables: [...new Set(variables)] }
}

/** A whole value `${VAR:+word}` / `${VAR+word}`: word when VAR is set (`:+`: and not empty). */
export interface WhenSet {
  variable: string
  word: string
  /** `:+`: an empty VAR counts as unset. */
  nonEmpty: boolean
}

const WHEN_SET = /^\$\{([A-Za-z_][A-Za-z0-9_]*)(:?)\+([^${}]*)\}$/

export function valueWhenSet(text: string): WhenSet | undefined {
  const m = WHEN_SET.exec(text)
  return m ? { variable: m[1], word: m[3], nonEmpty: m[2] === ':' } : undefined
}

/** A whole value `${VAR:-word}` / `${VAR-word}` with a literal default: where the default starts in the value. */
const PLAIN_DEFAULT = /^\$\{[A-Za-z_][A-Za-z0-9_]*:?-([^${}]*)\}$/

export function literalDefaultAt(text: string): number | undefined {
  const m = PLAIN_DEFAULT.exec(text)
  return m ? text.length - 1 - m[1].length : undefined
}

/** A substitution's argument being read: `${VAR:-argument}`. */
interface Argument {
  op: '-' | '?' | '+'
  out: string
  /** With false the text is only skipped (the `+` branch of an unset variable): what it would refuse does not matter. */
  evaluate: boolean
}

/**
 * Reads the value with every variable unset. Nested arguments are kept on a stack of our own,
 * not the JS stack: compose-go follows defaults nested to any depth, and so do we.
 */
function readTemplate(text: string, variables: string[]): string | undefined {
  const open: Argument[] = []
  let out = ''
  let evaluate = true
  let i = 0
  while (i < text.length) {
    const c = text[i]
    if (open.length > 0 && c === '}') {
      const argument = open.pop()!
      // An argument's text belongs to the substitution it closes: only a `-` default is used.
      out = argument.out + (argument.op === '-' ? out : '')
      evaluate = argument.evaluate
      i++
      continue
    }
    if (c !== '$') {
      out += c
      i++
      continue
    }
    if (text[i + 1] === '$') {
      out += '$'
      i += 2
      continue
    }
    const braced = text[i + 1] === '{'
    NAME.lastIndex = i + (braced ? 2 : 1)
    const name = NAME.exec(text)?.[0]
    // compose-go rejects a `$` that starts no substitution.
    if (!name) return undefined
    variables.push(name)
    i = NAME.lastIndex
    if (!braced) continue
    if (text[i] === '}') {
      i++
      continue
    }
    const colon = text[i] === ':'
    const op = text[i + (colon ? 1 : 0)]
    if (op !== '-' && op !== '?' && op !== '+') return undefined
    if (op === '?' && evaluate) return undefined
    open.push({ op, out, evaluate })
    out = ''
    evaluate &&= op === '-'
    i += colon ? 2 : 1
  }
  return open.length > 0 ? undefined : out
}
