import { describe, it, expect } from '@jest/globals'
import { isMap, isScalar, parseDocument, type Scalar } from 'yaml'
import { embeddedText, fileRange } from '../../src/parse/yaml/embedded.js'

/** The scalar under key `p` of a one-map document. */
function scalarOf(file: string): Scalar {
  const doc = parseDocument(file, { version: '1.1' })
  const map = doc.contents
  if (!isMap(map)) throw new Error('not a map')
  const value = map.get('p', true)
  if (!isScalar(value)) throw new Error('not a scalar')
  return value
}

/** Where `needle` (the n-th occurrence) of the embedded text lands in the file, as text and exactness. */
function landing(file: string, needle: string) {
  const e = embeddedText(file, scalarOf(file))!
  const at = e.text.indexOf(needle)
  const r = fileRange(e, at, at + needle.length)
  return r ? { written: file.slice(r.start, r.end), exact: r.exact, text: e.text } : { at: file.slice(e.at[0], e.at[1]), text: e.text }
}

describe('embeddedText: positions of YAML held in a YAML string', () => {
  it.each([
    ['plain', 'p: a b true\n', 'true', { written: 'true', exact: true, text: 'a b true' }],
    ['single-quoted', "p: 'x: true'\n", 'true', { written: 'true', exact: true, text: 'x: true' }],
    ["single-quoted '' escape", "p: 'it''s'\n", "'", { written: "''", exact: false, text: "it's" }],
    ['double-quoted, escapes elsewhere', 'p: "{\\"a\\": true}"\n', 'true', { written: 'true', exact: true, text: '{"a": true}' }],
    ['double-quoted escape inside', 'p: "\\x74rue"\n', 'true', { written: '\\x74rue', exact: false, text: 'true' }],
    ['double-quoted \\u and \\U', 'p: "\\u00e9\\U0001F600!"\n', '!', { written: '!', exact: true, text: 'é😀!' }],
    ['literal block', 'p: |-\n  a: 1\n  b: true\nq: 2\n', 'true', { written: 'true', exact: true, text: 'a: 1\nb: true' }],
    ['literal block across lines is not exact', 'p: |\n  a: 1\n  b: 2\n', '1\nb', { written: '1\n  b', exact: false, text: 'a: 1\nb: 2\n' }],
    ['literal block with CRLF', 'p: |\r\n  a: 1\r\n\r\n  b: true\r\n', 'true', { written: 'true', exact: true, text: 'a: 1\n\nb: true\n' }],
    [
      'literal block, more-indented lines keep their spaces',
      'p: |\n  - a\n    b: true\n',
      'b: true',
      { written: 'b: true', exact: true, text: '- a\n  b: true\n' },
    ],
    ['explicit indentation indicator', 'p: |2\n    x: true\n', 'true', { written: 'true', exact: true, text: '  x: true\n' }],
    ['keep chomping', 'p: |+\n  x: true\n\nq: 1\n', 'true', { written: 'true', exact: true, text: 'x: true\n\n' }],
  ])('%s', (_name, file, needle, want) => {
    expect(landing(file, needle)).toEqual(want)
  })

  it.each([
    ['folded block', 'p: >\n  a: 1\n  b: true\n', { at: '>', text: 'a: 1 b: true\n' }],
    ['plain over two lines', 'p: a\n  true\n', { at: 'a', text: 'a true' }],
    ['double-quoted over two lines', 'p: "a\n  true"\n', { at: '"a', text: 'a true' }],
  ])('%s: not mapped, reported at the first line', (_name, file, want) => {
    expect(landing(file, 'true')).toEqual(want)
  })
})
