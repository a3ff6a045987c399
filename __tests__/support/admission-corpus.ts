import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { isAlias, isMap, isScalar, isSeq, parseAllDocuments, stringify, type Document, type Node } from 'yaml'
import { MATCHED_KINDS } from '../../src/admission/kinds.js'

/**
 * Every Kubernetes object of a kind the admission policy matches, from the project's own tests
 * and fixtures (and an extra corpus directory), one object per entry with the text the static
 * check reads and the decoded value the API server would hand to admission.
 */
export interface CorpusObject {
  /** `__tests__/rules/host-network.test.ts#12[0]`: where it came from, named in a failure. */
  name: string
  /** The object alone, as a manifest file. */
  text: string
  /** Decoded like kubectl does (YAML 1.1, merge keys), maps as Maps. */
  value: Map<string, unknown>
  kind: string
  namespace: string
  objectName?: string
}

const API_VERSION: Readonly<Record<string, string>> = { '': 'v1', apps: 'apps/v1', batch: 'batch/v1' }
const SERVED = new Map(MATCHED_KINDS.map(k => [k.kind, API_VERSION[k.group]]))

/** String literals holding a manifest in TypeScript test files (template literals with substitutions are computed at run time: skipped). */
export function manifestLiterals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false)
  const out: string[] = []
  const visit = (node: ts.Node) => {
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && /\bkind:/.test(node.text)) out.push(node.text)
    ts.forEachChild(node, visit)
  }
  visit(source)
  return out
}

export function yamlFiles(dir: string, max = 5000): string[] {
  const out: string[] = []
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      if (out.length >= max || name === 'node_modules' || name.startsWith('.')) continue
      const full = path.join(d, name)
      if (statSync(full).isDirectory()) walk(full)
      else if (/\.ya?ml$/.test(name) && statSync(full).size < 1024 * 1024) out.push(full)
    }
  }
  walk(dir)
  return out
}

/** The matched objects of one manifest text; List items become objects of their own. */
export function objectsOf(name: string, text: string): CorpusObject[] {
  const out: CorpusObject[] = []
  let docs
  try {
    docs = parseAllDocuments(text, { version: '1.1' })
  } catch {
    return out
  }
  if ('empty' in docs) return out
  docs.forEach((doc, d) => {
    if (doc.errors.length || !doc.range) return
    let value: unknown
    try {
      value = decode(doc, doc.contents, 0)
    } catch {
      return
    }
    const docText = text.slice(doc.range[0], doc.range[2])
    const consider = (v: unknown, objectText: () => string, where: string) => {
      if (!(v instanceof Map)) return
      const kind = v.get('kind')
      if (typeof kind !== 'string' || !SERVED.has(kind) || SERVED.get(kind) !== v.get('apiVersion')) return
      const metadata = v.get('metadata')
      const ns = metadata instanceof Map ? metadata.get('namespace') : undefined
      const objectName = metadata instanceof Map ? metadata.get('name') : undefined
      out.push({
        name: where,
        text: objectText(),
        value: v,
        kind,
        namespace: typeof ns === 'string' && ns ? ns : 'default',
        objectName: typeof objectName === 'string' ? objectName : undefined,
      })
    }
    const items = value instanceof Map ? value.get('items') : undefined
    if (value instanceof Map && String(value.get('kind')).endsWith('List') && Array.isArray(items)) {
      items.forEach((item, i) => {
        const plain = doc.toJS({ maxAliasCount: 1000 }).items[i]
        consider(item, () => stringify(plain, { version: '1.1' }), `${name}[${d}].items[${i}]`)
      })
    } else consider(value, () => docText, `${name}[${d}]`)
  })
  return out
}

/**
 * A YAML node as kubectl decodes it (go-yaml v2, YAML 1.1): maps as Maps; a merge key applies
 * where it is written, so a later explicit key or merge wins, and within a merged sequence the
 * earlier map wins (go-yaml v2 steps through it backwards). yaml's own toJS lets explicit keys
 * win instead, which is compose's reading, not Kubernetes'.
 */
export function decode(doc: Document.Parsed, node: unknown, depth: number): unknown {
  if (depth > 64) throw new Error('too deep')
  if (isAlias(node)) return decode(doc, node.resolve(doc), depth + 1)
  if (isScalar(node)) return node.value
  if (isSeq(node)) return node.items.map(i => decode(doc, i, depth + 1))
  if (isMap(node)) {
    const out = new Map<unknown, unknown>()
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key.value : decode(doc, pair.key, depth + 1)
      if (typeof key === 'symbol' || (isScalar(pair.key) && pair.key.source === '<<')) {
        const sources = isSeq(pair.value) ? [...pair.value.items].reverse() : [pair.value]
        for (const source of sources) {
          const merged = decode(doc, source as Node, depth + 1)
          if (merged instanceof Map) for (const [k, v] of merged) out.set(k, v)
        }
        continue
      }
      out.set(key, decode(doc, pair.value, depth + 1))
    }
    return out
  }
  return node === null || node === undefined ? null : undefined
}
