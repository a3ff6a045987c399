import { isMap, isScalar, parseDocument, type Document, type Node } from 'yaml'
import type { Fix, Span } from '../model.js'
import { SourceText } from '../parse/source.js'

/** A values file of a render, and where its keys sit for the template being mapped. */
export interface ValuesFile {
  /** Repo-relative. */
  file: string
  text: string
  /** For a subchart's template, the parent's values hold its values under the subchart's name. */
  prefix: string[]
}

/** The line of a values file that sets a value a finding comes from. */
export interface ValuesHit {
  file: string
  span: Span
  /** Written as a YAML true (`true`, `yes`, `on`): replacing it with `false` turns the setting off. */
  fix?: Fix
  path: string
}

const parsed = new Map<string, { doc: Document.Parsed; source: SourceText }>()

function read(v: ValuesFile) {
  const key = `${v.file}\u0000${v.text}`
  let hit = parsed.get(key)
  if (!hit) {
    // Helm reads values as YAML 1.1 (through sigs.k8s.io/yaml), like Kubernetes.
    hit = { doc: parseDocument(v.text, { version: '1.1' }), source: new SourceText(v.file, v.text) }
    if (parsed.size > 256) parsed.clear()
    parsed.set(key, hit)
  }
  return hit
}

/**
 * Where the values set what a template line reads. For each path the line reads (`podSpec`), the
 * path with the finding's key under it (`podSpec.hostPID`) is tried first, then the path itself
 * (`hostNetwork`); the last values file that sets it wins, as in helm.
 */
export function findValue(files: readonly ValuesFile[], paths: readonly string[][], key: string): ValuesHit | undefined {
  const candidates = paths.flatMap(p => [[...p, key], p])
  for (const path of candidates) {
    for (const v of [...files].reverse()) {
      const { doc, source } = read(v)
      const node = doc.getIn([...v.prefix, ...path], true) as Node | undefined
      if (!isScalar(node) || !node.range) continue
      const span = source.span(node.range[0], node.range[1])
      const fix: Fix | undefined =
        node.value === true && /^(true|True|TRUE|yes|Yes|YES|on|On|ON|y|Y)$/.test(source.text.slice(node.range[0], node.range[1]))
          ? { description: `Set ${path.join('.')} to false`, edits: [{ span, text: 'false' }] }
          : undefined
      return { file: v.file, span, path: path.join('.'), ...(fix ? { fix } : {}) }
    }
  }
  return undefined
}

/** Whether a YAML text is a mapping at its root (a values file worth reading). */
export function isValuesMap(text: string): boolean {
  return isMap(parseDocument(text, { version: '1.1' }).contents)
}
