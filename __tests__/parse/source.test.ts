import { describe, it, expect } from '@jest/globals'
import { hasLoneCr, SourceText } from '../../src/parse/source.js'
import { findingsFor } from '../support/rule-tester.js'

/** eemeli/yaml's tests/line-counter.ts habit: a table of offset → line and column. */
describe('SourceText positions', () => {
  it.each([
    [
      'LF',
      'ab\ncd\n',
      [
        [0, 1, 1],
        [2, 1, 3],
        [3, 2, 1],
        [5, 2, 3],
        [6, 3, 1],
      ],
    ],
    [
      'CRLF: one break, the CR ends line 1',
      'ab\r\ncd\r\n',
      [
        [2, 1, 3],
        [3, 1, 4],
        [4, 2, 1],
        [8, 3, 1],
      ],
    ],
    [
      'CR only: every lone CR breaks a line',
      'ab\rcd\ref',
      [
        [2, 1, 3],
        [3, 2, 1],
        [4, 2, 2],
        [6, 3, 1],
        [8, 3, 3],
      ],
    ],
    [
      'mixed, with a CR before a CRLF',
      'a\r\r\nb\nc\rd',
      [
        [1, 1, 2],
        [2, 2, 1],
        [4, 3, 1],
        [6, 4, 1],
        [8, 5, 1],
      ],
    ],
    [
      'BOM on line 1, not counted as a column',
      '\uFEFFab\rc',
      [
        [1, 1, 1],
        [2, 1, 2],
        [4, 2, 1],
      ],
    ],
    [
      'columns in UTF-16 code units',
      '\u{1F642}x\ry',
      [
        [2, 1, 3],
        [3, 1, 4],
        [4, 2, 1],
      ],
    ],
  ] as const)('%s', (_name, text, table) => {
    const source = new SourceText('f', text)
    expect(table.map(([offset]) => [offset, source.position(offset).line, source.position(offset).column])).toEqual(table)
  })

  it('ends a line before a lone CR, a CRLF or an LF, and gives its text without the break', () => {
    const source = new SourceText('f', 'one\rtwo\r\nthree\nfour')
    expect([1, 2, 3, 4].map(line => source.lineText(line))).toEqual(['one', 'two', 'three', 'four'])
    expect([1, 2, 3, 4].map(line => source.lineEnd(line))).toEqual([3, 7, 14, 19])
  })

  it("tells a file whose line numbers are not git's (a lone CR) from CRLF and LF files", () => {
    expect([hasLoneCr('a\rb'), hasLoneCr('a\r\nb\r\n'), hasLoneCr('a\nb\n'), hasLoneCr('a\r')]).toEqual([true, false, false, true])
  })
})

/** Finding positions, as [line, column, endColumn], for the same file written with each line break. */
const positions = (ruleId: string, file: string, lines: string[], lineBreak: string) =>
  findingsFor(ruleId, { file, code: lines.join(lineBreak) + lineBreak }).map(f => [f.span.start.line, f.span.start.column, f.span.end.column])

describe('finding positions with LF, CRLF and CR-only line breaks', () => {
  const pod = ['kind: Pod', 'metadata: {name: p}', 'spec: {x: "\u{1F642}", hostNetwork: true, containers: []}']
  const compose = ['services:', '  web:', '    image: x', '    ipc: host']

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR only', '\r'],
  ])('%s manifest: each finding on its own line (a CR-only file had all on line 1)', (_name, lineBreak) => {
    // Columns count UTF-16 units: the emoji before the value is two.
    expect(positions('host-network', 'pod.yaml', pod, lineBreak)).toEqual([[3, 30, 34]])
    expect(positions('host-ipc', 'compose.yaml', compose, lineBreak)).toEqual([[4, 10, 14]])
  })

  // Docker and sh break lines at LF only, so a lone CR hides inside their line (here a comment),
  // while an editor or SARIF viewer shows it as a break: the position counts it as they do.
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ])('fault: a lone CR inside a comment of a %s Dockerfile or script shifts the reported line', (_name, lineBreak) => {
    const dockerfile = ['FROM alpine', '# note\rstill the comment', 'RUN --network=host apk add curl']
    const script = ['#!/bin/sh', '# note\rstill the comment', 'docker run --pid=host img']
    expect(positions('host-network', 'Dockerfile', dockerfile, lineBreak)).toEqual([[4, 5, 19]])
    expect(positions('host-pid', 'run.sh', script, lineBreak)).toEqual([[4, 12, 22]])
    expect(
      positions(
        'host-network',
        'Dockerfile',
        dockerfile.map(l => l.replace('\r', ' ')),
        lineBreak,
      ),
    ).toEqual([[3, 5, 19]])
  })
})
