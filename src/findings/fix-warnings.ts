import type { Finding } from '../model.js'
import { HOST_NAMESPACE } from '../namespaces.js'
import { readsAsMakefile } from '../parse/shell/file-names.js'
import { fileAssignments, Variables, type VariableScope } from '../parse/shell/variables.js'
import { SourceText } from '../parse/source.js'

/** An address that, inside a container, is the container itself and no longer the host. */
const LOOPBACK = /\b(localhost|127\.0\.0\.1|0\.0\.0\.0)\b|\[::1\]/i
/** Variables a command names: `$NAME`, `${NAME}`, `$(NAME)`, `-e NAME`, `--env NAME[=…]`. */
const NAMED_VARIABLES = /\$\{?\(?([A-Za-z_][A-Za-z0-9_]*)|(?:^|\s)(?:-e|--env)[ =]([A-Za-z_][A-Za-z0-9_]*)/g

/**
 * Why a fix that takes host networking away may break what the command does: it, or a variable
 * it passes, reaches localhost, which inside the container is no longer the host. One line per
 * finding that the user should look at before trusting the fix; never a reason not to offer it.
 */
export function loopbackWarnings(text: string, findings: readonly Finding[]): string[] {
  const lines = text.split('\n')
  let assignments: VariableScope | undefined
  let source: SourceText | undefined
  const warnings: string[] = []
  for (const f of findings) {
    if (f.ruleId !== HOST_NAMESPACE.network.ruleId || !f.fix || f.suppression) continue
    const command = logicalLine(lines, f.span.start.line - 1)
    const direct = LOOPBACK.exec(command)?.[0]
    // The file's own assignments, as the variable reader finds them (Make's and the shell's).
    const viaVariable = direct
      ? undefined
      : variableReachingLoopback(
          command,
          (assignments ??= new Variables(fileAssignments(text, readsAsMakefile(f.file, text)))),
          (source ??= new SourceText(f.file, text)),
        )
    const what = direct
      ? `reaches ${direct}`
      : viaVariable
        ? `passes ${viaVariable.name}, set to ${viaVariable.address} on line ${viaVariable.line}`
        : undefined
    if (what)
      warnings.push(
        `${f.file}:${f.span.start.line}: the command also ${what}; without the host's network, that address is the container itself: publish the port or use a service name, and check before relying on this fix.`,
      )
  }
  return warnings
}

/** The line with its shell continuations (`\` at the end) before and after. */
function logicalLine(lines: readonly string[], index: number): string {
  let first = index
  while (first > 0 && /\\\r?$/.test(lines[first - 1]!)) first--
  let last = index
  while (last < lines.length - 1 && /\\\r?$/.test(lines[last]!)) last++
  return lines.slice(first, last + 1).join('\n')
}

function variableReachingLoopback(
  command: string,
  assignments: VariableScope,
  source: SourceText,
): { name: string; address: string; line: number } | undefined {
  for (const m of command.matchAll(NAMED_VARIABLES)) {
    const name = m[1] ?? m[2]!
    for (const v of [...assignments.valuesAt(name, 0, 'shell'), ...assignments.valuesAt(name, 0, 'make')]) {
      const address = LOOPBACK.exec(source.text.slice(v.start, v.end))?.[0]
      if (address) return { name, address, line: source.position(v.start).line }
    }
  }
  return undefined
}
