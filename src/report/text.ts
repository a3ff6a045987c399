import { isRunLevel, type Finding } from '../model.js'
import { replaceControlCharacters } from './control-characters.js'
import type { RunInfo, WithVerdict } from './run-info.js'
import { docsUrl } from '../version.js'

export interface TextOptions {
  color: boolean
  /** Each rule's risk, first sentence printed once under the findings as the "why", with its page. */
  rules?: ReadonlyArray<{ meta: { id: string; description: string } }>
}

/** Findings grouped by file, like compilers and linters print them; colour only on a TTY. */
export function toText(findings: ReadonlyArray<Finding & WithVerdict>, run: RunInfo, options: TextOptions): string {
  const paint = (code: number) => (s: string) => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s)
  const red = paint(31)
  const yellow = paint(33)
  const blue = paint(34)
  const dim = paint(2)
  const bold = paint(1)
  const out: string[] = []
  let file: string | undefined
  for (const f of findings) {
    if (f.file !== file) {
      if (file !== undefined) out.push('')
      file = f.file
      out.push(bold(isRunLevel(f) ? '(whole run)' : oneLine(f.file)))
    }
    // A finding an exception covers does not fail: it says so instead of its severity.
    const level = f.suppression ? dim('covered') : f.severity === 'error' ? red('error  ') : f.severity === 'warning' ? yellow('warning') : blue('note   ')
    const where = dim(`${f.span.start.line}:${f.span.start.column}`.padEnd(8))
    const tag = f.suppression ? dim(` [exception: ${oneLine(f.suppression.justification)}]`) : ''
    out.push(`  ${where} ${level} ${oneLine(f.message)}${tag}  ${dim(oneLine(f.ruleId))}`)
    if (!f.suppression && f.fix) out.push(`  ${' '.repeat(8)} ${dim(`fix: ${oneLine(f.fix.description)}`)}`)
    for (const r of f.related ?? []) out.push(`  ${' '.repeat(8)} ${dim(`also ${oneLine(r.file)}:${r.span.start.line}: ${oneLine(r.message)}`)}`)
  }
  const failing = findings.filter(f => f.failing).length
  const suppressed = findings.filter(f => f.suppression).length
  if (out.length) out.push('')
  // Why each rule matters, once per rule, with where to read more (exceptions, fixes).
  const found = [...new Set(findings.map(f => f.ruleId))].sort()
  for (const id of found) {
    const rule = options.rules?.find(r => r.meta.id === id)
    if (!rule) continue
    out.push(`${bold(id)}: ${firstSentence(rule.meta.description)}`)
    out.push(`  ${dim(docsUrl(id))}`)
  }
  if (found.some(id => options.rules?.some(r => r.meta.id === id))) out.push('')
  const summary = `${findings.length} finding${findings.length === 1 ? '' : 's'} (${failing} failing${suppressed ? `, ${suppressed} covered by exceptions` : ''}) in ${run.filesScanned} file${run.filesScanned === 1 ? '' : 's'} scanned`
  out.push(failing ? red(bold(`✖ ${summary}`)) : `✔ ${summary}`)
  if (run.truncated) out.push(yellow('The findings limit (maxFindings) was reached: later findings were not collected.'))
  return out.join('\n') + '\n'
}

const firstSentence = (text: string) => /^.*?[.!?](?=\s|$)/s.exec(text)?.[0] ?? text

/**
 * Terminal control characters (C0, DEL, C1: ESC and CSI start escape sequences, CR rewrites the
 * line) and Unicode line separators in user-controlled text must not reach the terminal. Every
 * file name, message, justification and fix description printed above passes through here.
 */
const oneLine = (s: string) => replaceControlCharacters(s, ' ', { c1: true, lineSeparators: true })
