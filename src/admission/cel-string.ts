/**
 * CEL string literals for text we do not control: namespaces, names and reasons come from
 * exception records, and a quote or backslash in one must not end the literal and start code.
 * Everything outside printable ASCII is written as an escape, so the literal is also safe in
 * YAML and its bytes do not depend on the editor that opens the file.
 */
export function celString(text: string): string {
  let out = '"'
  for (const ch of text) {
    const code = ch.codePointAt(0)!
    if (ch === '"' || ch === '\\') out += `\\${ch}`
    else if (ch === '\n') out += '\\n'
    else if (ch === '\r') out += '\\r'
    else if (ch === '\t') out += '\\t'
    else if (code >= 0x20 && code < 0x7f) out += ch
    // A lone surrogate is no Unicode text: CEL has no escape for it, and no Kubernetes name holds one.
    else if (code >= 0xd800 && code <= 0xdfff) out += '\\ufffd'
    else if (code <= 0xffff) out += `\\u${code.toString(16).padStart(4, '0')}`
    else out += `\\U${code.toString(16).padStart(8, '0')}`
  }
  return `${out}"`
}

/** A CEL list of string literals: `["a", "b"]`. */
export const celStringList = (items: readonly string[]): string => `[${items.map(celString).join(', ')}]`
