/**
 * Which template line produced each line of a rendered document. Lines of the template without a
 * template action (`{{ … }}`) are copied by helm as they are, so a longest common subsequence of
 * those literal lines and the rendered lines pins most of the output to its source; a rendered
 * line left unmatched was written by an action between the matched neighbours.
 */

/** Cells of the LCS table past which a cheaper greedy alignment is used (a 2,000-line template by a 2,000-line document). */
const MAX_CELLS = 4_000_000

/** For each rendered line (0-based), the template line (0-based) it is a copy of, or -1. */
export function alignLines(template: readonly string[], rendered: readonly string[]): number[] {
  const literal = template.map(l => (l.includes('{{') ? undefined : l.trimEnd()))
  const out = rendered.map(l => l.trimEnd())
  const n = literal.length
  const m = out.length
  const match = new Array<number>(m).fill(-1)
  if ((n + 1) * (m + 1) > MAX_CELLS) return greedy(literal, out)
  // lcs[i][j]: the LCS length of literal[i..] and out[j..], in one flat table.
  const w = m + 1
  const lcs = new Uint32Array((n + 1) * w)
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * w + j] = literal[i] !== undefined && literal[i] === out[j] ? lcs[(i + 1) * w + j + 1] + 1 : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1])
    }
  }
  let i = 0
  let j = 0
  while (i < n && j < m) {
    if (literal[i] !== undefined && literal[i] === out[j]) {
      match[j] = i
      i++
      j++
    } else if (lcs[(i + 1) * w + j] >= lcs[i * w + j + 1]) i++
    else j++
  }
  return match
}

function greedy(literal: ReadonlyArray<string | undefined>, out: readonly string[]): number[] {
  const match = new Array<number>(out.length).fill(-1)
  let i = 0
  for (let j = 0; j < out.length; j++) {
    for (let k = i; k < literal.length && k < i + 200; k++) {
      if (literal[k] !== undefined && literal[k] === out[j]) {
        match[j] = k
        i = k + 1
        break
      }
    }
  }
  return match
}

/** A template action that writes output (not `if`, `end`, `with`, `range`, `define`, a comment or an assignment). */
const WRITES = /\{\{(?:-\s*|(?!-)\s*)(?=\S)(?!(?:if|else|end|with|range|define|block|break|continue)\b|\/\*|\$[\w]*\s*:?=)[^}]/

export const writesOutput = (line: string): boolean => WRITES.test(line)

/**
 * The template line (0-based) a rendered line comes from: its copy, or else the action that wrote
 * it, between the template lines of its matched neighbours. `key` prefers the action on the line
 * that names it (`hostNetwork: {{ .Values.hostNetwork }}`).
 */
export function sourceLine(template: readonly string[], match: readonly number[], renderedLine: number, key?: string): { line: number; copied: boolean } {
  if (match[renderedLine] >= 0) return { line: match[renderedLine], copied: true }
  let before = -1
  for (let j = renderedLine - 1; j >= 0; j--)
    if (match[j] >= 0) {
      before = match[j]
      break
    }
  let after = template.length
  for (let j = renderedLine + 1; j < match.length; j++)
    if (match[j] >= 0) {
      after = match[j]
      break
    }
  const between = Array.from({ length: Math.max(0, after - before - 1) }, (_, k) => before + 1 + k)
  const keyed = key ? between.find(i => template[i].includes('{{') && new RegExp(`\\b${key}\\s*:`).test(template[i])) : undefined
  const writer = keyed ?? between.find(i => writesOutput(template[i])) ?? between.find(i => template[i].includes('{{'))
  return { line: writer ?? Math.min(Math.max(before + 1, 0), Math.max(template.length - 1, 0)), copied: false }
}

/**
 * The `.Values` paths a template line reads, with those of the `if` and `with` blocks around it:
 * inside `{{- with .Values.podSpec }}`, `.` is `.Values.podSpec`.
 */
export function valuesPaths(template: readonly string[], line: number): string[][] {
  const paths: string[][] = []
  const add = (text: string, dot?: string[]) => {
    for (const m of text.matchAll(/\$?\.Values((?:\.[A-Za-z0-9_-]+)+)/g)) paths.push(m[1].slice(1).split('.'))
    if (dot && /\{\{-?[^}]*(?<![\w.)])\.(?![\w])/.test(text)) paths.push(dot)
  }
  // Walk up for the blocks that enclose the line: an `end` seen closes one more block to skip.
  const enclosing: string[] = []
  let depth = 0
  for (let i = line - 1; i >= 0; i--) {
    for (const action of [...template[i].matchAll(/\{\{-?\s*(if|with|range|end|define|block)\b[^}]*\}\}/g)].reverse()) {
      if (action[1] === 'end') depth++
      else if (depth > 0) depth--
      else if (action[1] === 'define' || action[1] === 'block') i = -1
      else enclosing.push(action[0])
    }
  }
  const withPath = enclosing.map(a => /^\{\{-?\s*with\s+\$?\.Values((?:\.[A-Za-z0-9_-]+)+)/.exec(a)).find(Boolean)
  add(template[line] ?? '', withPath ? withPath[1].slice(1).split('.') : undefined)
  for (const a of enclosing) if (/^\{\{-?\s*if\b/.test(a)) add(a)
  return paths
}
