import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { HOST_NAMESPACES, type HostNamespace } from '../src/namespaces.js'

/**
 * Fails when a namespace's name is written again outside src/namespaces.ts, where the other
 * tables are computed from. It reads the code, not the comments (which explain with the names
 * people write): string, template and regex literals, property names (`spec.hostNetwork`,
 * `{ network: ... }`) and literal types. Module paths are skipped: a rule's file is named after
 * its id, which __tests__/rules/meta.test.ts checks.
 */

const TABLE_FILE = 'src/namespaces.ts'

/**
 * Places where the word is part of something else. Each entry names the file and the exact text
 * that holds the word, so a new occurrence next to it still fails.
 */
const ALLOWED: ReadonlyArray<{ file: string; text: string; reason: string }> = [
  {
    file: 'src/smoke/podman-argv.ts',
    text: '--network=',
    reason: 'the build check runs podman build --network=private|none itself: an option we pass to the engine, not a spelling we look for',
  },
  {
    file: 'src/smoke/docker-argv.ts',
    text: '--network=none',
    reason: 'the build check runs docker build --network=none itself: an option we pass to the engine, not a spelling we look for',
  },
  {
    file: 'src/smoke/podman-argv.ts',
    text: '--pid',
    reason: 'the probe sidecar runs podman run --pid container:<target> to join a container, not the host',
  },
]

interface Hit {
  file: string
  line: number
  text: string
  why: string
}

/** Each namespace's names that are unmistakable alone. A compose key that is also an id (`pid`) is caught only in a list: alone it is the id, which the types check. */
const words = (n: HostNamespace) => ({
  'pod field': [n.podField],
  'compose key': n.composeKey === n.id ? [] : [n.composeKey],
  'compose build key': n.composeBuildKey ? [`build.${n.composeBuildKey}`] : [],
  'rule id': [n.ruleId],
  'engine flag': n.cliFlags,
  'Dockerfile flag': n.dockerfileFlag ? [`--${n.dockerfileFlag}`] : [],
  '/proc file': [`ns/${n.procFile}`, `ns.${n.procFile}`],
})

/** A name written as a word of its own: `--net` is not in `--network`, `hostPID` not in `hostPIDs`. */
const SPELLINGS: ReadonlyArray<{ re: RegExp; why: string }> = (() => {
  const why = new Map<string, string>()
  for (const n of HOST_NAMESPACES)
    for (const [kind, list] of Object.entries(words(n))) for (const w of list) if (!why.has(w)) why.set(w, `${n.id} ${kind} "${w}"`)
  const escaped = (w: string) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
  return [...why].map(([w, reason]) => ({ re: new RegExp(`(?<![\\w-])${escaped(w)}(?![\\w-])`), why: reason }))
})()

/** A name that is only a name when it is the whole literal: `'net'`. */
const WHOLE: ReadonlyMap<string, string> = new Map(
  HOST_NAMESPACES.filter(n => n.procFile !== n.id).map(n => [n.procFile, `${n.id} /proc file "${n.procFile}"`]),
)

/** A per-namespace table written again: one array, object, union or literal naming all of them by one kind of name. */
const KINDS: ReadonlyArray<[string, (n: HostNamespace) => string]> = [
  ['ids', n => n.id],
  ['display names', n => n.display],
  ['pod fields', n => n.podField],
  ['compose keys', n => n.composeKey],
  ['/proc files', n => n.procFile],
  ['rule ids', n => n.ruleId],
]

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(e => {
    const p = path.posix.join(dir, e.name)
    return e.isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : []
  })
}

/** The text a node writes as data: literals and property names; undefined for everything else. */
function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteralLike(node) || ts.isRegularExpressionLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node))
    return node.text
  const parent = node.parent
  if (
    ts.isIdentifier(node) &&
    parent &&
    (ts.isPropertyAccessExpression(parent) || ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isShorthandPropertyAssignment(parent)) &&
    parent.name === node
  )
    return node.text
  return undefined
}

/** The names a list-like node holds: its elements' literals, or its property names. */
function listedNames(node: ts.Node): string[] | undefined {
  if (ts.isArrayLiteralExpression(node)) return node.elements.filter(ts.isStringLiteralLike).map(e => e.text)
  if (ts.isObjectLiteralExpression(node))
    return node.properties.flatMap(p => (p.name && (ts.isIdentifier(p.name) || ts.isStringLiteralLike(p.name)) ? [p.name.text] : []))
  if (ts.isUnionTypeNode(node)) return node.types.flatMap(t => (ts.isLiteralTypeNode(t) && ts.isStringLiteralLike(t.literal) ? [t.literal.text] : []))
  // `${a.net}, pid: ${b}`: the literal parts of a template are one text.
  if (ts.isTemplateExpression(node)) return [node.head, ...node.templateSpans.map(t => t.literal)].flatMap(l => l.text.split(/[^\w-]+/))
  const text = literalText(node)
  return text === undefined ? undefined : text.split(/[^\w-]+/)
}

function spellingsIn(file: string, text: string, allowList = ALLOWED): Hit[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true)
  const hits: Hit[] = []
  const allowed = allowList.filter(a => a.file === file).map(a => a.text)
  const hit = (node: ts.Node, written: string, why: string) => {
    if (allowed.includes(written)) return
    hits.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, text: written.slice(0, 80), why })
  }
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) return
    const written = literalText(node)
    if (written !== undefined) {
      for (const s of SPELLINGS) if (s.re.test(written)) hit(node, written, s.why)
      const whole = WHOLE.get(written)
      if (whole) hit(node, written, whole)
    }
    const names = listedNames(node)
    if (names) {
      for (const [kind, name] of KINDS)
        if (HOST_NAMESPACES.every(n => names.includes(name(n))))
          hit(node, written ?? names.join(' '), `every namespace's ${kind}: compute the table from src/namespaces.ts`)
    }
    ts.forEachChild(node, visit)
  }
  visit(sf)
  return hits
}

describe('namespace spellings', () => {
  const files = sourceFiles('src').filter(f => f !== TABLE_FILE)

  it('are written only in src/namespaces.ts', () => {
    const hits = files.flatMap(f => spellingsIn(f, readFileSync(f, 'utf8')))
    expect(hits.map(h => `${h.file}:${h.line} ${JSON.stringify(h.text)}: ${h.why}`)).toEqual([])
  })

  it.each(ALLOWED.map(a => ({ ...a, entry: a })))('allows $file $text only while it is needed, with a reason', ({ file, text, reason, entry }) => {
    expect(reason).toMatch(/\w+ \w+ \w+/)
    const without = ALLOWED.filter(b => b !== entry)
    expect(spellingsIn(file, readFileSync(file, 'utf8'), without).map(h => h.text)).toContain(text)
  })

  it('catches the forms a copy takes', () => {
    const caught = (code: string) => spellingsIn('src/x.ts', code).map(h => h.why)
    expect(caught(`const f = 'hostNetwork'`)).toEqual(['network pod field "hostNetwork"'])
    expect(caught('if (spec.hostPID === true) x()')).toEqual(['pid pod field "hostPID"'])
    expect(caught('const m = `set ${k} --net=host`')).toEqual(['network engine flag "--net"'])
    expect(caught(`const re = /--ipc(=|\\s)/`)).toEqual(['ipc engine flag "--ipc"'])
    expect(caught(`const f = 'net'`)).toEqual(['network /proc file "net"'])
    expect(caught(`const r = { network: 1, pid: 2, ipc: 3 }`)).toEqual(["every namespace's ids: compute the table from src/namespaces.ts"])
    expect(caught(`type N = 'network' | 'pid' | 'ipc'`)).toEqual(["every namespace's ids: compute the table from src/namespaces.ts"])
    expect(caught('const s = `net: ${a}, pid: ${b}, ipc: ${c}`')).toEqual(["every namespace's /proc files: compute the table from src/namespaces.ts"])
    expect(caught(`const s = 'the network, PID or IPC namespace'`)).toEqual(["every namespace's display names: compute the table from src/namespaces.ts"])
    // Comments, module paths, longer words and a single id are not copies.
    expect(
      caught(`// hostNetwork: true\nimport { a } from './host-network.js'\nconst hostNetworkSteps = ns.id === 'network' ? '--network-alias' : 'pid'`),
    ).toEqual([])
  })
})
