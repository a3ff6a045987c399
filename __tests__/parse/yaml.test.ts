import { describe, it, expect } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { isMap, isScalar, parseAllDocuments, visit, type Alias, type Document, type YAMLMap } from 'yaml'
import { SourceText } from '../../src/parse/source.js'
import {
  blankUnwantedDocuments,
  boundsHit,
  entries,
  field,
  parseYaml,
  readMergesAsCompose,
  resolveAlias,
  scalarText,
  stringValue,
} from '../../src/parse/yaml/yaml.js'
import { spendWork, WORK_BUDGET } from '../../src/parse/yaml/yaml-bounds.js'
import { indexDocument, isAliasFree } from '../../src/parse/yaml/yaml-index.js'
import { yamlFilesUnder } from '../support/yaml-fixtures.js'

const wantsHost = (doc: string) => /hostNetwork/.test(doc)

describe('blankUnwantedDocuments', () => {
  it('blanks unwanted documents but keeps length, offsets and markers', () => {
    const text = 'a: 1\n---\nb: 2\n---\nc: {hostNetwork: true}\n...\n---\nd: 4\n'
    const out = blankUnwantedDocuments(text, wantsHost)
    expect(out.length).toBe(text.length)
    // The first part is a document: an empty map of the same length keeps it one. A blanked
    // document is one line of spaces, ending with the line break before the next marker.
    expect(out).toBe('{}  \n---     \n---\nc: {hostNetwork: true}\n...\n---     \n')
  })

  it('keeps the part before the first marker a document, and never blanks directives or a file with one document', () => {
    expect(blankUnwantedDocuments('x: 1\n---\ny: 2\n', () => false)).toBe('{}  \n---     \n')
    expect(blankUnwantedDocuments('# only a comment\n---\ny: 2\n', () => false)).toBe(`${' '.repeat(16)}\n---     \n`)
    expect(blankUnwantedDocuments('%YAML 1.1\n---\nx: 1\n', () => false)).toBe('%YAML 1.1\n---     \n')
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
    return Object.fromEntries(
      ['first', 'last', 'list'].map(k => {
        const map = field(doc, root, k)!.value as YAMLMap
        return [k, `${stringValue(field(doc, map, 'network_mode')?.value)}${field(doc, map, 'network_mode')?.merged ? ' (merged)' : ''}`]
      }),
    )
  }

  it('go-yaml v2 (Kubernetes): pairs in order, a later merge overrides an earlier key', () => {
    expect(read(false)).toEqual({ first: 'bridge (merged)', last: 'bridge', list: 'bridge (merged)' })
  })

  it('go-yaml v3 (docker compose): a key written in the map always wins', () => {
    expect(read(true)).toEqual({ first: 'host', last: 'bridge', list: 'bridge (merged)' })
  })
})

describe('duplicate keys', () => {
  // eemeli/yaml's own uniqueKeys check (quadratic in a map's size) is the reference for what repeats.
  const libraryDuplicates = (text: string) =>
    parseAllDocuments(text, { version: '1.1', merge: true })
      .flatMap(d => ('errors' in d ? d.errors : []))
      .filter(e => e.code === 'DUPLICATE_KEY')
      .map(e => e.pos[0])
  const ours = (text: string) => {
    const parsed = parseYaml(new SourceText('x.yaml', text))
    return {
      offsets: parsed.problems.map(p => p.span.startOffset),
      messages: [...new Set(parsed.problems.map(p => p.message))],
      fatal: parsed.documents.map(d => d.fatal),
    }
  }

  it.each([
    ['block map', 'a: 1\nb: 2\na: 3\n'],
    ['flow map', '{a: 1, b: 2, a: 3}\n'],
    ['YAML 1.1 booleans: yes and true are one key', 'yes: 1\ntrue: 2\nOn: 3\n'],
    ['numbers: 1, 0x1 and 1.0', '1: a\n0x1: b\n1.0: c\n'],
    ['null keys: ~, null and Null', '~: a\nnull: b\nNull: c\n'],
    ['a quoted key equals a plain one', 'a: 1\n"a": 2\n\'a\': 3\n'],
    ['two merge keys are not a duplicate', 'x: &x {a: 1}\ny: {<<: *x, <<: *x}\n'],
    ['keys with properties', '&k a: 1\n!!str a: 2\n'],
    ['nested maps and documents', 'a:\n  b: 1\n  b: 2\n---\nc: [{d: 1, d: 2}]\n'],
    ['collection keys never match', '? [a]\n: 1\n? [a]\n: 2\n'],
    // Maps of up to 16 keys are compared pairwise, larger ones through a Set: both sides of the line.
    ...[15, 16, 17, 40].map(n => [
      `a map of ${n} keys, NaN and numbers among them`,
      `${Array.from({ length: n - 3 }, (_, i) => `k${i % 7}: ${i}\n`).join('')}.nan: 1\n.NaN: 2\n0x0: 3\n`,
    ]),
  ])('%s: reported where eemeli/yaml reports it, and the document stays usable', (_name, text) => {
    const want = libraryDuplicates(text)
    const got = ours(text)
    expect(got.offsets).toEqual(want)
    if (want.length) expect(got.messages).toEqual(['duplicate key: Map keys must be unique'])
    expect(got.fatal.every(f => !f)).toBe(true)
  })

  it('reads an 80,000-key map with every key repeated, each repeat reported', () => {
    let text = ''
    for (let i = 0; i < 40_000; i++) text += `k${i}: 1\n`
    for (let i = 0; i < 40_000; i++) text += `k${i}: 2\n`
    const parsed = parseYaml(new SourceText('x.yaml', text))
    expect(parsed.problems).toHaveLength(40_000)
    expect(parsed.problems[0].span.start.line).toBe(40_001)
    const root = parsed.documents[0].doc.contents as YAMLMap
    expect(scalarText(field(parsed.documents[0].doc, root, 'k39999')?.value)).toBe('2')
  })
})

describe('aliases', () => {
  const text = `a: &x {name: first}
b: *x
c: &x {name: second}
d: *x
e: [&y one, *y, &y two, *y]
f: *missing
g: *later
h: &later 1
`
  it('name the last node anchored with their name before them, as eemeli/yaml resolves them', () => {
    const doc = parseYaml(new SourceText('x.yaml', text)).documents[0].doc
    const aliases: Alias[] = []
    visit(doc, { Alias: (_key, node) => void aliases.push(node) })
    expect(aliases.length).toBe(6)
    for (const alias of aliases) expect(resolveAlias(doc, alias)).toBe(alias.resolve(doc))
    const root = doc.contents as YAMLMap
    const name = (key: string) => stringValue(field(doc, field(doc, root, key)!.value as YAMLMap, 'name')?.value)
    expect([name('b'), name('d')]).toEqual(['first', 'second'])
  })
})

describe('work budget', () => {
  it('stops spending once spent, and notes the bound once, where it ran out', () => {
    const parsed = parseYaml(new SourceText('x.yaml', 'a: 1\n---\nb: 2\n'))
    const [first, second] = parsed.documents.map(d => d.doc)
    // Reading the two documents spent a few units already: the budget is the file's.
    expect(spendWork(first, WORK_BUDGET - 100)).toBe(true)
    let spent = 0
    while (spendWork(second, 1, second.contents)) spent++
    expect(spent).toBeGreaterThan(90)
    expect(spent).toBeLessThan(100)
    expect(spendWork(first, 1)).toBe(false)
    expect(boundsHit(first)).toEqual([])
    expect(boundsHit(second)).toEqual([
      {
        message: `more than ${WORK_BUDGET.toLocaleString('en-US')} steps to read its YAML through aliases and merges (work budget): the rest was not read`,
        offset: 9,
      },
    ])
  })
})

describe('blanking unwanted documents', () => {
  it('turns every UTF-16 unit into one space but the line break before the next marker', () => {
    const text = 'a: 1\n---\nb: "é😀"\r\nc: 2\r\n---\nhostNetwork: true\n'
    const out = blankUnwantedDocuments(text, wantsHost)
    expect(out.length).toBe(text.length)
    expect(out).toBe(`{}  \n---${' '.repeat(15)}\r\n---\nhostNetwork: true\n`)
  })
})

describe('maps read as written', () => {
  // A document not indexed yet is read through its merge tables; indexed whole and found to hold no
  // alias, its maps without a merge key are read directly. Both readings must agree on every map.
  const readings = (doc: Document.Parsed) => {
    const maps: YAMLMap[] = []
    visit(doc, { Map: (_key, node) => void maps.push(node) })
    return maps.map(map => {
      const names = map.items.map(p => (isScalar(p.key) ? String(p.key.value) : '')).concat(['absent'])
      return { entries: entries(doc, map), fields: names.map(n => field(doc, map, n)) }
    })
  }
  const bothReadings = (text: string) =>
    parseAllDocuments(text, { version: '1.1', merge: true }).map(d => {
      const doc = d as Document.Parsed
      const merged = readings(doc)
      indexDocument(doc)
      return { aliasFree: isAliasFree(doc), merged, direct: readings(doc) }
    })

  it.each([
    ['a repeated key: the last pair wins, where the first was set', 'a: 1\nb: 2\na: 3\n'],
    ['a key without a value takes the key away, and a later one sets it again at the end', 'a: 1\nb: 2\na:\nc: 4\na: 5\n'],
    ['an explicit null is a value', 'a: ~\nb: null\n'],
    ['keys that are numbers, booleans and nulls', '1: a\n0x1: b\ntrue: c\n~: d\n'],
    ['a quoted "<<" is a key', '"<<": {a: 1}\nb: 2\n'],
    ['flow maps in sequences', 'spec: {containers: [{name: a, ports: [{containerPort: 80}]}], hostNetwork: true}\n'],
    ['a map with a merge key, beside maps without', 'base: {a: 1}\nother: {<<: {a: 2}, b: 3}\n'],
    ['an empty map', 'a: {}\n'],
  ])('%s', (_name, text) => {
    for (const r of bothReadings(text)) {
      expect(r.aliasFree).toBe(true)
      expect(r.direct).toEqual(r.merged)
    }
  })

  it('reads a document with an alias through its merge tables, and one indexed in part too', () => {
    expect(bothReadings('a: &x {b: 1}\nc: *x\n').map(r => r.aliasFree)).toEqual([false])
    expect(bothReadings('a: &x 1\n').map(r => r.aliasFree)).toEqual([false])
  })

  it('agrees with the merge tables on every YAML fixture of the repository', () => {
    const files = yamlFilesUnder(['__fixtures__', 'examples'])
    let direct = 0
    for (const f of files) {
      for (const r of bothReadings(readFileSync(f, 'utf8'))) {
        if (r.aliasFree) direct++
        expect(r.direct).toEqual(r.merged)
      }
    }
    expect(direct).toBeGreaterThan(files.length / 2)
  })
})
