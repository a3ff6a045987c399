/**
 * "Did you mean": the candidate closest to what was typed, when it is close enough to be a typo
 * (edit distance at most a third of the word, at least 1) or what was typed is its prefix.
 */
export function closest(typed: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of candidates) {
    if (typed.length >= 2 && candidate.startsWith(typed)) return candidate
    const d = distance(typed, candidate)
    if (d < bestDistance) [best, bestDistance] = [candidate, d]
  }
  return bestDistance <= Math.max(1, Math.floor(typed.length / 3)) ? best : undefined
}

/** Edit distance with transpositions (optimal string alignment), small inputs only. */
function distance(a: string, b: string): number {
  const rows = a.length + 1
  const cols = b.length + 1
  const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1)
    }
  }
  return d[a.length]![b.length]!
}

/** ` (did you mean X?)`, or nothing. */
export const didYouMean = (typed: string, candidates: readonly string[]): string => {
  const match = closest(typed, candidates)
  return match ? ` (did you mean ${match}?)` : ''
}
