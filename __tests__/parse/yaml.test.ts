import { describe, it, expect } from '@jest/globals'
import { isMap, type YAMLMap } from 'yaml'
import { SourceText } from '../../src/parse/source.js'
import { blankUnwantedDocuments, field, parseYaml, readMergesAsCompose, stringValue } from '../../src/parse/yaml.js'

const wantsHost = (doc: string) => /hostNetwork/.test(doc)

describe('blankUnwantedDocuments', () => {
  it('blanks unwanted documents but keeps length, lines and markers', () => {
    const text = 'a: 1\n---\nb: 2\n---\nc: {hostNetwork: true}\n...\n---\nd: 4\n'
    const out = blankUnwantedDocuments(text, wantsHost)
    expect(out.length).toBe(text.length)
    expect(out.split('\n').length).toBe(text.split('\n').length)
    expect(out).toBe('a: 1\n---\n    \n---\nc: {hostNetwork: true}\n...\n---\n    \n')
  })

  it('never blanks the part before the first marker, directives, or a file with one document', () => {
    expect(blankUnwantedDocuments('x: 1\n---\ny: 2\n', () => false)).toBe('x: 1\n---\n    \n')
    expect(blankUnwantedDocuments('%YAML 1.1\n---\nx: 1\n', () => false)).toBe('%YAML 1.1\n---\n    \n')
    expect(blankUnwantedDocuments('x: 1\n', () => false)).toBe('x: 1\n')
  })

  it('does not treat --- inside a line or an indented block as a marker', () => {
    const text = 'a: |\n  ---\n  text\nb: "---"\n'
    expect(blankUnwantedDocuments(text, () => false)).toBe(text)
  })

  it('keeps document indexes and offsets identical to a full parse', () => {
    const text = 'kind: Pod\nmetadata: {name: a}\n---\nkind: Service\n---\n\n---\nkind: Pod\nmetadata: {name: b}\nspec: {hostNetwork: true}\n---\n'
    const source = new SourceText('x.yaml', text)
    const full = parseYaml(source)
    const partial = parseYaml(source, wantsHost)
    expect(partial.documents.length).toBe(full.documents.length)
    const specOf = (p: typeof full) => {
      const root = p.documents[3].doc.contents
      if (!isMap(root)) throw new Error('not a map')
      const spec = field(p.documents[3].doc, root, 'spec')!.value
      return isMap(spec) ? field(p.documents[3].doc, spec, 'hostNetwork')!.value.range : undefined
    }
    expect(specOf(partial)).toEqual(specOf(full))
  })
})

describe('merge keys, as each decoder reads them', () => {
  const text = `x-bridge: &bridge {network_mode: bridge, image: base}
x-host: &host {network_mode: host}
first: {network_mode: host, <<: *bridge}
last: {<<: *host, network_mode: bridge}
list: {<<: [*bridge, *host]}
`
  const read = (compose: boolean) => {
    const doc = parseYaml(new SourceText('compose.yaml', text)).documents[0].doc
    if (compose) readMergesAsCompose(doc)
    const root = doc.contents as YAMLMap
    return Object.fromEntries(['first', 'last', 'list'].map(k => {
      const map = field(doc, root, k)!.value as YAMLMap
      return [k, `${stringValue(field(doc, map, 'network_mode')?.value)}${field(doc, map, 'network_mode')?.merged ? ' (merged)' : ''}`]
    }))
  }

  it('go-yaml v2 (Kubernetes): pairs in order, a later merge overrides an earlier key', () => {
    expect(read(false)).toEqual({ first: 'bridge (merged)', last: 'bridge', list: 'bridge (merged)' })
  })

  it('go-yaml v3 (docker compose): a key written in the map always wins', () => {
    expect(read(true)).toEqual({ first: 'host', last: 'bridge', list: 'bridge (merged)' })
  })
})

describe('blanking unwanted documents', () => {
  it('turns every UTF-16 unit but CR and LF into one space', () => {
    const text = 'a: 1\n---\nb: "é😀"\r\nc: 2\n---\nhostNetwork: true\n'
    const out = blankUnwantedDocuments(text, wantsHost)
    expect(out.length).toBe(text.length)
    expect(out).toBe(`a: 1\n---\n${' '.repeat(8)}\r\n${' '.repeat(4)}\n---\nhostNetwork: true\n`)
  })
})
