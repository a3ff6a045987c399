import { HOST_NAMESPACES } from '../namespaces.js'
import type { PlacedFinding } from './place.js'

/** Lines between two findings of one resource that still make one comment (a pod spec's adjacent fields). */
export const NEARBY_LINES = 3

const HOST_RULES: ReadonlySet<string> = new Set(HOST_NAMESPACES.map(n => n.ruleId))

/**
 * What a comment is about: the host namespace rules share one cause (the workload shares the node),
 * every other rule is its own.
 */
const causeOf = (f: PlacedFinding) => (HOST_RULES.has(f.ruleId) ? 'host-namespace' : f.ruleId)

/**
 * Findings that make one review comment: one resource, one cause, on nearby lines (a DaemonSet's
 * hostNetwork, hostPID and hostIPC). Each group is in line order; groups come in the order of their
 * first finding in `findings`, so a caller's ranking (failing first) carries over. Fixes are merged
 * into the first finding's (a copy) when their edits do not overlap, so the comment has one
 * suggestion for all of them; the findings' own fixes (JSON, SARIF, --fix) stay as they are.
 */
export function groupForComments<F extends PlacedFinding>(findings: readonly F[], nearby = NEARBY_LINES): F[][] {
  const byKey = new Map<string, F[]>()
  for (const f of findings) {
    const key = [f.file, f.resource.display, f.resource.document ?? '', causeOf(f)].join('\u0000')
    const list = byKey.get(key)
    if (list) list.push(f)
    else byKey.set(key, [f])
  }
  const groups: F[][] = []
  for (const list of byKey.values()) {
    const sorted = [...list].sort((a, b) => a.span.start.line - b.span.start.line)
    let current: F[] = []
    for (const f of sorted) {
      const last = current[current.length - 1]
      if (last && f.span.start.line - last.span.end.line > nearby) {
        groups.push(current)
        current = []
      }
      current.push(f)
    }
    if (current.length) groups.push(current)
  }
  const order = new Map(findings.map((f, i) => [f, i]))
  groups.sort((a, b) => Math.min(...a.map(f => order.get(f)!)) - Math.min(...b.map(f => order.get(f)!)))
  return groups.map(mergeFixes)
}

/** The group with one fix on its first finding holding every member's edits, when none overlap. */
function mergeFixes<F extends PlacedFinding>(group: F[]): F[] {
  const withFix = group.filter(f => f.fix?.edits.length)
  if (withFix.length < 2) return group
  const edits = withFix.flatMap(f => f.fix!.edits)
  const overlap = edits.some((x, i) => edits.some((y, j) => i !== j && x.span.startOffset < y.span.endOffset && y.span.startOffset < x.span.endOffset))
  if (overlap) return group
  const [lead, ...rest] = group
  const fix = { description: withFix.map(f => f.fix!.description).join('; '), edits }
  return [{ ...lead!, fix }, ...rest.map(f => ({ ...f, fix: undefined }))]
}
