/**
 * Heredoc bodies (`cat <<EOF` ... `EOF`) in the shell tokenizer. A body is data, not commands, so
 * the tokenizer steps over it; shell.ts reads it as a script only when a shell receives it. This
 * module finds where bodies begin and end, in one pass over their lines.
 */

export interface Heredoc<C> {
  /** Quotes and escapes removed: `<<'EOF'` and `<<"EOF"` both end at a line `EOF`. */
  delimiter: string
  /** `<<-`: tabs before the terminator are stripped. */
  dash: boolean
  /** Blanks before the operator's line; see isTerminator. */
  indent: number
  /** The command whose redirection this is. */
  command: C
  /** On the command's standard input, and not replaced there by a later `<<` of the same command. */
  stdin: boolean
  /** Raw offsets of the body: from the line after the operator's to the terminator line's start. */
  start: number
  end: number
}

/**
 * A delimiter as scripts write them (`EOF`, `END_SCRIPT`, `_EOF_`, `EOF-1`). Anything else after
 * `<<` is more likely not a heredoc: the YAML merge key `<<: *base` in a workflow read as text,
 * a shift in prose. Reading one of those as a heredoc would hide the rest of the file.
 */
export function isDelimiter(word: string): boolean {
  return /^[A-Za-z0-9_][\w.-]*$/.test(word)
}

/**
 * Reads the bodies of the heredocs opened on one line, in order, starting at `from` (just past
 * that line's newline). Each body ends before its terminator line; an unterminated one runs to
 * `end`. Returns where the commands resume: past the last terminator line.
 */
export function readBodies<C>(text: string, from: number, end: number, docs: Heredoc<C>[]): number {
  let p = from
  for (const doc of docs) {
    doc.start = p
    doc.end = end
    let resume = end
    while (p < end) {
      const nl = lineEndAfter(text, p, end)
      if (isTerminator(text, p, nl, doc)) {
        doc.end = p
        resume = Math.min(nl + 1, end)
        break
      }
      p = nl + 1
    }
    p = resume
  }
  return p
}

/**
 * The line `[start, lineEnd)` ends the body when it is the delimiter. `<<-` strips leading tabs
 * first. Blanks up to the operator line's own indentation are stripped too: a script inside a
 * YAML `run: |` block or a Makefile recipe is indented in the file, and the shell sees it only
 * after YAML or Make removed that indentation. A CR before the newline is part of the line ending.
 */
function isTerminator<C>(text: string, start: number, lineEnd: number, doc: Heredoc<C>): boolean {
  let k = start
  const limit = start + doc.indent
  while (k < lineEnd && k < limit && (text[k] === ' ' || text[k] === '\t')) k++
  if (doc.dash) while (k < lineEnd && text[k] === '\t') k++
  let e = lineEnd
  if (e > k && text[e - 1] === '\r') e--
  return e - k === doc.delimiter.length && text.startsWith(doc.delimiter, k)
}

/** Where the line holding `at` ends (its newline), or `end` when that comes first. */
export function lineEndAfter(text: string, at: number, end: number): number {
  const nl = text.indexOf('\n', at)
  return nl === -1 || nl > end ? end : nl
}
