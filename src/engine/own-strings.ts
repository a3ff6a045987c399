/**
 * V8 keeps a substring of 13 characters or more as a slice of the string it was cut from, and a
 * concatenation as the pair of its parts. A label value or resource name read from a manifest, or
 * a message built from one, so keeps the whole text of its file alive for as long as the finding
 * or fact that holds it: at 50,000 files, every manifest with a finding stayed in memory. This
 * copies the strings of what outlives a file (findings, facts) into strings of their own, one
 * copy per content: a remediation that a thousand findings share stays one string.
 * Plain data only (objects, arrays, strings): what a file's outcome is made of.
 */
export function ownStrings<T>(value: T): T {
  return own(value, 0) as T
}

/** Nesting far past any finding's or fact's: a cycle, which plain data never has, stops here. */
const MAX_DEPTH = 32
const SLICE_MIN = 13

/** Copies made, by content. Bounded: clearing it only loses sharing. */
const copies = new Map<string, string>()
const MAX_COPIES = 8192

function copyOf(text: string): string {
  const known = copies.get(text)
  if (known !== undefined) return known
  if (copies.size >= MAX_COPIES) copies.clear()
  // The concatenation is flattened into a new string, which the slice then points into.
  const copy = (text + ' ').slice(0, -1)
  copies.set(copy, copy)
  return copy
}

function own(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return value.length < SLICE_MIN ? value : copyOf(value)
  // A frozen object is a module's constant, never cut from a file.
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH || Object.isFrozen(value)) return value
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = own(value[i], depth + 1)
    return value
  }
  const record = value as Record<string, unknown>
  for (const key of Object.keys(record)) record[key] = own(record[key], depth + 1)
  return value
}
