/**
 * Kinds whose objects can never run a pod nor be one of the facts later stages need: their text
 * may still mention host fields (a CRD's OpenAPI schema describes `hostNetwork`, a ConfigMap holds
 * a manifest as a string), so the cheap text test would otherwise send them to the parser.
 */
const NO_POD_KINDS = new Set(['CustomResourceDefinition', 'ConfigMap', 'Secret'])

/** A top-level `kind:` in a block mapping: at column 0, plain or quoted value, an optional comment. */
const TOP_LEVEL_KIND = /^kind[ \t]*:[ \t]*(["']?)([A-Za-z][A-Za-z0-9]*)\1[ \t]*(?:#.*)?\r?$/gm
/** The first line with content: a directive, a comment or a blank line is not one. */
const STARTS_WITH_LETTER = /^[A-Za-z]/
const FIRST_CONTENT = /^(?![ \t]*(?:#|%|\r?$))(.*)$/m

/**
 * Whether one YAML document, read as text, is an object of a kind that holds no pod. Decided only
 * when the text leaves no doubt: the document is a block mapping (its first content starts a key
 * at column 0), and exactly one top-level `kind:` names such a kind. Anything else (a flow
 * mapping, a quoted or escaped key, two `kind:` keys, a merge key without its own `kind:`) is
 * parsed as before, so no finding can be lost to this shortcut.
 */
export function holdsNoPod(document: string): boolean {
  const first = FIRST_CONTENT.exec(document)?.[1]
  if (first === undefined || !STARTS_WITH_LETTER.test(first)) return false
  let kind: string | undefined
  for (const m of document.matchAll(TOP_LEVEL_KIND)) {
    if (kind !== undefined) return false
    kind = m[2]
  }
  return kind !== undefined && NO_POD_KINDS.has(kind)
}
