/**
 * Control characters in user-controlled text (file names, resource names, messages, owners) must
 * not reach a reader: a terminal acts on them (ESC and CSI start escape sequences, CR rewrites the
 * line) and a Markdown renderer drops or mangles them. Each reporter removes them here, choosing
 * which ones and what takes their place, because each has its own reader.
 */

export interface ControlCharacters {
  /** C1 controls (U+0080 to U+009F) too: CSI (U+009B) starts an escape sequence on terminals that read 8-bit controls. */
  c1?: boolean
  /** U+2028 and U+2029 too: line breaks to editors and some terminals. */
  lineSeparators?: boolean
  /** TAB, LF and CR stay: the caller handles line breaks itself. */
  keepTabAndLineBreaks?: boolean
}

/** `text` with each run of C0 controls, DEL and the characters `which` adds, replaced by `replacement`. */
export function replaceControlCharacters(text: string, replacement: string, which: ControlCharacters = {}): string {
  return text.replace(controlRun(which), replacement)
}

/** Built once per choice: the Markdown escaper runs on every cell of every report. */
const RUNS = new Map<string, RegExp>()

function controlRun({ c1 = false, lineSeparators = false, keepTabAndLineBreaks = false }: ControlCharacters): RegExp {
  const key = `${c1}/${lineSeparators}/${keepTabAndLineBreaks}`
  let re = RUNS.get(key)
  if (!re) {
    const c0 = keepTabAndLineBreaks ? '\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f' : '\\u0000-\\u001f'
    const del = c1 ? '\\u007f-\\u009f' : '\\u007f'
    re = new RegExp(`[${c0}${del}${lineSeparators ? '\\u2028\\u2029' : ''}]+`, 'g')
    RUNS.set(key, re)
  }
  return re
}
