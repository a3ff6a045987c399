/**
 * YAML's double-quoted escapes, for the readers that undo them by hand to keep each character's
 * offset in the file: embedded.ts (YAML held in a YAML string) and yaml-folding.ts (a quoted
 * command value as the shell receives it). The yaml package undoes them too, but keeps no offsets.
 */

/** Escapes of one character (YAML 1.2, 5.7; 1.1 agrees) and what each gives. */
const ONE_CHARACTER_ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\x85',
  _: '\xa0',
  L: '\u2028',
  P: '\u2029',
}

/** Hex escapes: how many digits follow `\x`, `\u`, `\U`. */
const HEX_DIGITS: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 }

/**
 * The escape whose backslash is at `i` (not one before a line break, which folds): what it gives
 * and how many characters of the text it takes; undefined for an escape YAML refuses.
 */
export function readDoubleQuotedEscape(text: string, i: number): [chars: string, width: number] | undefined {
  const c = text[i + 1]
  const one = ONE_CHARACTER_ESCAPES[c]
  if (one !== undefined) return [one, 2]
  const digits = HEX_DIGITS[c]
  if (digits === undefined) return undefined
  const hex = text.slice(i + 2, i + 2 + digits)
  if (hex.length !== digits || !/^[0-9A-Fa-f]+$/.test(hex)) return undefined
  const code = parseInt(hex, 16)
  return code <= 0x10ffff ? [String.fromCodePoint(code), 2 + digits] : undefined
}
