import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { Composer, Lexer, Parser, type Document } from 'yaml'
import { readPlainDocuments } from '../../src/parse/yaml/plain-yaml.js'
import { yamlFilesUnder } from '../support/yaml-fixtures.js'

/**
 * The plain reader must build exactly what eemeli/yaml's composer builds, or give up. Each case
 * is read both ways and compared node by node: classes, values, tags, formats, types, sources,
 * ranges, the documents' directives and options. Comments are the one thing not compared: the
 * plain reader does not keep them, and no reader uses them (checked last).
 */

const OPTIONS = { version: '1.1', merge: true, keepSourceTokens: false, prettyErrors: false, uniqueKeys: false } as const

function composed(text: string): Document.Parsed[] {
  const parser = new Parser()
  const composer = new Composer(OPTIONS)
  const docs: Document.Parsed[] = []
  for (const lexeme of new Lexer().lex(text)) for (const token of parser.next(lexeme)) docs.push(...composer.next(token))
  for (const token of parser.end()) docs.push(...composer.next(token))
  docs.push(...composer.end())
  return docs
}

const NOT_COMPARED = new Set(['comment', 'commentBefore', 'spaceBefore'])

function dump(value: unknown, key = ''): unknown {
  if (typeof value === 'symbol') return value.toString()
  if (typeof value === 'function') return `function ${value.name}`
  if (value === null || typeof value !== 'object') return value
  if (value instanceof Date) return { date: value.toISOString() }
  if (Array.isArray(value)) return value.map(v => dump(v))
  if (key === 'schema') {
    const schema = value as { name: string; tags: Array<{ tag: string }> }
    return { name: schema.name, tags: schema.tags.map(t => t.tag) }
  }
  const out: Record<string, unknown> = { class: value.constructor?.name }
  for (const k of Object.keys(value)) if (!NOT_COMPARED.has(k)) out[k] = dump((value as Record<string, unknown>)[k], k)
  return out
}

/** Undefined when the plain reader gave up; else whether it read `text` exactly as eemeli/yaml does, and a diff hint. */
function compare(text: string): { same: boolean; plain: unknown; composed: unknown } | undefined {
  const plain = readPlainDocuments(text, OPTIONS)
  if (!plain) return undefined
  const docs = composed(text)
  const problems = docs.flatMap(d => [...d.errors, ...d.warnings])
  const a = JSON.stringify(dump(plain))
  const b = JSON.stringify(dump(docs))
  return { same: a === b && problems.length === 0, plain: dump(plain), composed: problems.length ? problems.map(p => p.message) : dump(docs) }
}

function expectSame(text: string): void {
  const result = compare(text)
  if (result && !result.same && process.env.PLAIN_YAML_DEBUG) console.log(JSON.stringify(text))
  if (result && !result.same) expect({ text, plain: result.plain }).toEqual({ text, plain: result.composed })
}

/** A deterministic generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SCALARS = [
  'web',
  'a b',
  'true',
  'yes',
  'No',
  'on',
  'OFF',
  'y',
  'n',
  '~',
  'null',
  'Null',
  '',
  '0',
  '010',
  '0o17',
  '0x1F',
  '0b101',
  '1_000',
  '+12',
  '-3',
  '1:30',
  '190:20:30',
  '1.5',
  '.5',
  '-.inf',
  '.NaN',
  '1e3',
  '6.8523015e+5',
  '2001-12-14',
  '2001-12-14t21:59:43.10-05:00',
  '2002-12-14 21:59:43.10 -5',
  '--net=host',
  '-v',
  ':x',
  'a:b',
  'http://x.io/a?b=c&d',
  'img@sha256:ab',
  'x#y',
  'a!b',
  '100%',
  '<<',
  '=',
  'a,b',
  'a[0]',
  '{{x}}',
  '"q"',
  "'s'",
  "'it''s'",
  '"a\\"b"',
  '[]',
  '{}',
  '[a, b]',
  '{a: 1, b: [x, "y"]}',
  '["sh","-c"]',
  '[ ]',
  '[a: b]',
  '{a}',
  '[a,b]',
  '[ a , b ]',
  '{ a: 1 }',
  '{"a": [1, {b: c}], c: yes}',
  '[-v, --x, :y]',
  '[a, ]',
  '[[a], []]',
  '{a: }',
  '{a:1}',
  '*ref',
  '&a x',
  '!!str 1',
  '| x',
  '> x',
  '? k',
  '@x',
  '`x`',
  '%x',
  '- x',
  'a: b',
  'a #c',
  'x ',
]
const KEYS = [
  'a',
  'kind',
  'hostNetwork',
  'app.kubernetes.io/name',
  'yes',
  'on',
  '1',
  '"quoted"',
  "'single'",
  '<<',
  'a b',
  '-k',
  ':k',
  'a:b',
  '[k]',
  '? k',
  'k ',
]

const BLOCK_LINES = ['echo hi', 'set -e', '# not a comment', 'x: y', '- z', 'a  ', 'it\'s \\ "quoted"', '--net=host', '']
const TAME_SCALARS = SCALARS.slice(0, SCALARS.indexOf('"a\\"b"'))
const TAME_KEYS = KEYS.slice(0, KEYS.indexOf('<<'))

/** A random block document built from manifest-like pieces and the YAML 1.1 corners. */
function generate(r: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!
  // Half the documents use only what a manifest is made of, so that deep ones get read too.
  const tame = r() < 0.5
  const scalars = tame ? TAME_SCALARS : SCALARS
  const keys = tame ? TAME_KEYS : KEYS
  const lines: string[] = []
  const node = (indent: number, depth: number, inSeqItem: boolean): void => {
    const pad = ' '.repeat(indent)
    const seq = r() < 0.3
    const n = 1 + Math.floor(r() * 4)
    for (let i = 0; i < n; i++) {
      if (r() < 0.08) lines.push('')
      if (r() < 0.08) lines.push(`${' '.repeat(pick([0, indent, indent + 2]))}# note`)
      const lead = inSeqItem && i === 0 ? '' : pad
      const entry = seq ? `${lead}-${pick(['', '', ' ', '  '])}` : `${lead}${pick(keys)}:${pick(['', '', '', '  '])}`
      const nested = depth < 4 && r() < 0.35
      if (nested) {
        const compact = seq && r() < 0.5
        if (compact) {
          lines.push(`${entry} ${pick(keys)}: ${pick(scalars)}`.trimEnd())
          if (r() < 0.5) lines.push(`${pad}  ${pick(keys)}: ${pick(scalars)}`)
        } else {
          lines.push(entry + (r() < 0.1 ? ' # c' : ''))
          const zeroIndentSeq = !seq && r() < 0.2
          if (zeroIndentSeq) for (let k = 0; k < 2; k++) lines.push(`${pad}- ${pick(scalars)}`)
          else node(indent + pick([2, 2, 4, 1, 3]), depth + 1, false)
        }
      } else if (r() < 0.1) {
        // A block scalar: a script in a container's args.
        lines.push(`${entry} ${pick(['|', '|', '|-', '|+', '>', '|2', '| # c', '|  '])}`)
        const contentPad = ' '.repeat(indent + pick([2, 2, 4, 1, 0]))
        const n = 1 + Math.floor(r() * 4)
        for (let k = 0; k < n; k++)
          lines.push(pick(['', '   ', contentPad + pick(BLOCK_LINES), contentPad + pick(BLOCK_LINES), `${contentPad}  ${pick(BLOCK_LINES)}`]))
      } else {
        const v = pick(scalars)
        lines.push(`${entry}${v ? ' ' : ''}${v}${r() < 0.1 ? pick(['  # trailing', ' #', '   ']) : ''}`)
      }
    }
  }
  const docs = 1 + Math.floor(r() * 3)
  for (let d = 0; d < docs; d++) {
    if (d > 0 || r() < 0.3) lines.push(pick(['---', '---', '--- ', '---   ']))
    if (r() < 0.1) lines.push('# Source: chart/templates/x.yaml')
    if (r() < 0.05) continue
    if (r() < 0.05) lines.push(pick(['{}', '[]', '{a: 1}', '{}     ']))
    else node(0, 0, false)
    if (r() < 0.1) lines.push(pick(['', '# end', '   ']))
  }
  return lines.join('\n') + (r() < 0.8 ? '\n' : '')
}

const MUTATIONS = [
  ' ',
  '  ',
  '\n',
  ':',
  '-',
  '- ',
  '#',
  ' #',
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  ',',
  '&',
  '*',
  '!',
  '|',
  '>',
  '?',
  '\t',
  '\r',
  '---\n',
  '...\n',
  'x',
  '0',
  '\\',
  // Blanks and breaks that are not YAML's: content to both readers.
  '\u00a0',
  'é',
  '\u2028',
  '\u0085',
]

function mutate(text: string, r: () => number): string {
  let out = text
  const edits = 1 + Math.floor(r() * 3)
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(r() * (out.length + 1))
    const op = r()
    if (op < 0.4) out = out.slice(0, at) + MUTATIONS[Math.floor(r() * MUTATIONS.length)] + out.slice(at)
    else if (op < 0.7) out = out.slice(0, at) + out.slice(at + 1 + Math.floor(r() * 3))
    else out = out.slice(0, at) + MUTATIONS[Math.floor(r() * MUTATIONS.length)] + out.slice(at + 1)
  }
  return out
}

const MANIFEST = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: svc1
  namespace: team-1
  labels: {app: svc1, team: team-1}
spec:
  replicas: 2
  selector:
    matchLabels:
      app: svc1
  template:
    metadata:
      labels:
        app: svc1
    spec:
      hostNetwork: true
      containers:
      - name: app
        image: "ghcr.io/example/svc1:1.0"
        args: ["--port=8080", "-v"]
        ports:
        - containerPort: 8080
          protocol: TCP
        resources:
          limits: {cpu: 500m, memory: 128Mi}
---
apiVersion: v1
kind: Service
metadata:
  name: svc1
spec:
  ports:
    - port: 80
      targetPort: 8080
`

/** Source files of the readers, for the check that none reads what the plain reader leaves out. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const p = path.join(dir, name)
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : []
  })
}

describe('readPlainDocuments', () => {
  it('leaves out only what no reader uses: YAML comments and blank-line marks', () => {
    // Writing a comment into generated YAML is fine; `inputs.comment` is the Action's input.
    const reads = /\.(comment|commentBefore|spaceBefore)\b(?!\s*=[^=])/
    const readers = sourceFiles('src').filter(f => reads.test(readFileSync(f, 'utf8').replace(/inputs\.comment\b/g, '')))
    expect(readers).toEqual([])
  })

  const accepted: string[] = [
    MANIFEST,
    `---\n# Source: agent/templates/daemonset.yaml\napiVersion: apps/v1\nkind: DaemonSet\nspec:\n  template:\n    spec:\n      hostPID: yes\n`,
    `{}${' '.repeat(40)}\n---${' '.repeat(30)}\n---\nkind: Pod\nspec:\n  hostIPC: on\n`,
    `kind: Pod\nspec:\n  containers:\n  - name: a\n    command:\n    - sh\n    - -c\n\n    # why\n    - "echo 'hi'"\n  hostNetwork: "true"\n`,
    `a: 0x1F\nb: 010\nc: 1_000\nd: 1:30\ne: ~\nf: 2001-12-14\ng: .inf\nh: 'it''s'\n"i": -3\nyes: n\n`,
    `kind: Pod\nspec:\n  containers:\n  - name: a\n    args: [ "--port=80" , -v ]\n    env: [ { name: MODE, value: "on" } ]\n    command:\n    - sh\n    - -c\n    - |\n      set -e\n\n        # indented, not a comment\n      exec agent --net=host\n  hostNetwork: true\n`,
    `data:\n  script: |-\n    echo hi\n    echo "there"\nkind: ConfigMap\n`,
    `services:\n  web:\n    image: nginx\n    ports: ["8080:80"]\n    environment: {MODE: dev}\n    network_mode: host\n`,
  ]
  it.each(accepted.map((text, i) => [i, text]))('reads plain document %i exactly as eemeli/yaml composes it', (_i, text) => {
    const result = compare(text as string)
    expect(result).toBeDefined()
    expect(result!.plain).toEqual(result!.composed)
    expect(result!.same).toBe(true)
  })

  const refused: Array<[string, string]> = [
    ['an anchor and an alias', 'a: &x 1\nb: *x\n'],
    ['a merge key', 'a: {x: 1}\nb:\n  <<: {y: 2}\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a folded block scalar', 'a: >\n  x\n'],
    ['a kept block scalar', 'a: |+\n  x\n\n'],
    ['a block scalar with an indentation indicator', 'a: |2\n   x\n'],
    ['a block scalar with a more indented blank line', 'a: |\n  x\n     \n  y\n'],
    ['a folded multi-line plain scalar', 'a: b\n  c\n'],
    ['an escape', 'a: "x\\ty"\n'],
    ['a tab', 'a:\t1\n'],
    ['a carriage return', 'a: 1\r\n'],
    ['a directive', '%YAML 1.1\n---\na: 1\n'],
    ['a complex key', '? a\n: 1\n'],
    ['a multi-line flow collection', 'a: [1,\n  2]\n'],
    ['a document end marker', 'a: 1\n...\n'],
    ['content after a marker', '--- a\n'],
    ['a comment closing a nested map', 'a:\n  b: 1\n  # x\nc: 2\n'],
    ['a comment in a scalar’s continuation', 'a: 1\n  # more\nb: 2\n'],
    ['a mapping value in a plain scalar', 'a: b: c\n'],
    ['a byte order mark', '\ufeffa: 1\n'],
  ]
  it.each(refused)('gives up on %s', (_name, text) => {
    expect(readPlainDocuments(text, OPTIONS)).toBeUndefined()
  })

  it('reads every plain fixture in the repository as eemeli/yaml does', () => {
    const files = yamlFilesUnder(['__fixtures__', 'examples', '.github'])
    let read = 0
    for (const f of files) {
      const text = readFileSync(f, 'utf8')
      if (compare(text)) read++
      expectSame(text)
    }
    expect(files.length).toBeGreaterThan(50)
    // Most fixtures are plain: the comparison is not vacuous.
    expect(read).toBeGreaterThan(files.length / 3)
  })

  it('reads generated documents as eemeli/yaml does, or gives up', () => {
    const r = rng(7)
    let read = 0
    const cases = Number(process.env.PLAIN_YAML_CASES ?? 4000)
    let literals = 0
    for (let i = 0; i < cases; i++) {
      const text = generate(r)
      if (compare(text)) {
        read++
        if (/[:-] \|-?\n/.test(text)) literals++
      }
      expectSame(text)
    }
    // Block scalars are read too, not only given up on.
    expect(literals).toBeGreaterThan(cases / 500)
    if (process.env.PLAIN_YAML_DEBUG) console.log('generated read', read, 'of', cases)
    expect(read).toBeGreaterThan(cases / 10)
  })

  it('resolves scalars that look like numbers, booleans, nulls and times as eemeli/yaml does, in every place', () => {
    const r = rng(13)
    const pieces = [
      ...'0123456789.+-_:eExobinfaNT~yYlsuOnFr '.split(''),
      '0x',
      '0b',
      '0o',
      '.inf',
      '.nan',
      'true',
      'null',
      'yes',
      'on',
      '2001-12-14',
      'T',
      'Z',
      '-05:00',
      ' 1:2:3',
      '1e+',
    ]
    let read = 0
    const cases = Number(process.env.PLAIN_YAML_CASES ?? 4000)
    for (let i = 0; i < cases; i++) {
      let text = ''
      for (let n = 1 + Math.floor(r() * 6); n > 0; n--) text += pieces[Math.floor(r() * pieces.length)]
      const v = text.trim() || '0'
      // As a value, a key, an item, a flow item, a flow pair and a compact pair: keys resolve `<<` and strings differently.
      for (const doc of [`k: ${v}\n`, `${v}: x\n`, `- ${v}\n`, `[${v}]\n`, `{${v}: ${v}}\n`, `- ${v}: ${v}\n`]) {
        if (compare(doc)) read++
        expectSame(doc)
      }
    }
    expect(read).toBeGreaterThan(cases)
  })

  it('reads mutated documents as eemeli/yaml does, or gives up, and never accepts what eemeli/yaml rejects', () => {
    const r = rng(11)
    let read = 0
    const cases = Number(process.env.PLAIN_YAML_CASES ?? 4000)
    for (let i = 0; i < cases; i++) {
      const text = mutate(i % 2 ? generate(r) : MANIFEST, r)
      if (compare(text)) read++
      expectSame(text)
    }
    if (process.env.PLAIN_YAML_DEBUG) console.log('mutated read', read, 'of', cases)
    expect(read).toBeGreaterThan(cases / 20)
  })
})
