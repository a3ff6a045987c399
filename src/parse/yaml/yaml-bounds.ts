import type { Document, Node } from 'yaml'

/**
 * A bound the reader hit in a document (an alias or merge chain too deep, a work budget spent):
 * what lies past it was not read, so the engine reports it as `incomplete-scan`, never a pass.
 */
export interface BoundHit {
  message: string
  /** Offset in the file of the node where the bound was hit. */
  offset: number
}

const boundHits = new WeakMap<Document.Parsed, BoundHit[]>()

/** Records that a bound was hit while reading `doc` (once per message and place). */
export function noteBound(doc: Document.Parsed, message: string, node?: unknown): void {
  const offset = (node as Node | undefined)?.range?.[0] ?? doc.contents?.range?.[0] ?? 0
  let list = boundHits.get(doc)
  if (!list) boundHits.set(doc, (list = []))
  if (!list.some(h => h.message === message && h.offset === offset)) list.push({ message, offset })
}

/** The bounds hit so far while reading `doc`. */
export function boundsHit(doc: Document.Parsed): readonly BoundHit[] {
  return boundHits.get(doc) ?? []
}

/**
 * Work allowed per file: nodes visited (indexing, searching custom resources for pod templates),
 * aliases resolved, and keys copied through `<<` merges. Reading never expands an alias, so a
 * billion-laughs document costs one visit per node written; what this bounds is readers that
 * follow aliases or merges many times (thousands of objects sharing one aliased tree, a merge
 * chain adding a key at every link). Past it we stop and report, never pass.
 */
export const WORK_BUDGET = 2_000_000

interface Budget {
  left: number
  /** The budget ran out: reported once, on the document where it did. */
  spent: boolean
}

const budgets = new WeakMap<Document.Parsed, Budget>()

/** The documents of one file draw on one budget. */
export function shareWorkBudget(docs: readonly Document.Parsed[]): void {
  const budget: Budget = { left: WORK_BUDGET, spent: false }
  for (const doc of docs) budgets.set(doc, budget)
}

/**
 * Spends `units` of the file's budget; false (and the bound noted at `node`) once it is spent,
 * after which the caller stops reading.
 */
export function spendWork(doc: Document.Parsed, units: number, node?: unknown): boolean {
  let budget = budgets.get(doc)
  if (!budget) budgets.set(doc, (budget = { left: WORK_BUDGET, spent: false }))
  if (budget.spent) return false
  budget.left -= units
  if (budget.left >= 0) return true
  budget.spent = true
  noteBound(
    doc,
    `more than ${WORK_BUDGET.toLocaleString('en-US')} steps to read its YAML through aliases and merges (work budget): the rest was not read`,
    node,
  )
  return false
}
