import { describe, it, expect } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

/**
 * The layer order of STYLE.md, as a table: a module may import its own room and rooms on a lower
 * layer, never one above. Data flows one way: discovery → parse → rules → engine → findings →
 * policy → report → github, shared by the Action and the CLI through the pipeline.
 */
const LAYERS: ReadonlyArray<readonly string[]> = [
  ['namespaces.ts', 'version.ts', 'fast-env.ts', 'lean-heap.ts', 'lazy-builtins.ts'],
  ['model.ts', 'io', 'diff'],
  ['git', 'github'],
  ['parse'],
  ['discovery'],
  ['rules'],
  ['config'],
  ['engine'],
  ['render'],
  ['findings'],
  ['policy'],
  ['report', 'inputs', 'admission'],
  ['smoke'],
  ['scan-one.ts'],
  ['scan-workers.ts'],
  ['pipeline.ts'],
  ['action', 'cli'],
  ['main.ts'],
  ['index.ts'],
]

/** Packages only one room may import: GitHub behind its port, the runner's toolkit at the edge. */
const PACKAGE_OWNERS: Record<string, readonly string[]> = {
  '@actions/github': ['github'],
  '@octokit/plugin-retry': ['github'],
  '@octokit/plugin-throttling': ['github'],
  '@actions/core': ['main.ts'],
}

const SRC = path.resolve('src')
const roomOf = (file: string) => path.relative(SRC, file).split(path.sep)[0]
const layerOf = (room: string) => LAYERS.findIndex(l => l.includes(room))

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const full = path.join(dir, name)
    return statSync(full).isDirectory() ? sources(full) : full.endsWith('.ts') ? [full] : []
  })
}

/** Every import and export-from of a file, as written (static and dynamic). */
function importsOf(text: string): string[] {
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(m => m[1] ?? m[2])
}

/** The forbidden imports of a tree, as `from -> to` lines. */
export function forbiddenImports(files: Array<{ file: string; text: string }>): string[] {
  const problems: string[] = []
  for (const { file, text } of files) {
    const room = roomOf(file)
    for (const spec of importsOf(text)) {
      if (spec.startsWith('.')) {
        const target = roomOf(path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts')))
        if (target === room) continue
        if (layerOf(target) === -1) problems.push(`${path.relative(SRC, file)} -> ${spec}: room ${target} is on no layer`)
        else if (layerOf(target) >= layerOf(room))
          problems.push(`${path.relative(SRC, file)} -> ${spec}: ${room} (layer ${layerOf(room)}) may not import ${target} (layer ${layerOf(target)})`)
        continue
      }
      const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]
      const owners = PACKAGE_OWNERS[pkg]
      if (owners && !owners.includes(room)) problems.push(`${path.relative(SRC, file)} -> ${spec}: only ${owners.join(', ')} may import ${pkg}`)
    }
  }
  return problems
}

describe('the layer order of src/', () => {
  const files = sources(SRC).map(file => ({ file, text: readFileSync(file, 'utf8') }))

  it('puts every room of src/ on a layer', () => {
    const rooms = new Set(files.map(f => roomOf(f.file)))
    expect([...rooms].filter(r => layerOf(r) === -1)).toEqual([])
  })

  it('has no import from a lower layer to a higher one, and packages only where they belong', () => {
    expect(forbiddenImports(files)).toEqual([])
  })

  it('keeps policy free of the pipeline, reporters and GitHub', () => {
    const policy = files.filter(f => roomOf(f.file) === 'policy')
    const reachesUp = policy.flatMap(f =>
      importsOf(f.text)
        .filter(s => /(^|\/)(pipeline|report\/|github\/)/.test(s))
        .map(s => `${path.relative(SRC, f.file)} -> ${s}`),
    )
    expect(reachesUp).toEqual([])
  })

  it('keeps reporters away from parsing, discovery and GitHub: they see placed findings only', () => {
    const report = files.filter(f => roomOf(f.file) === 'report')
    const reaches = report.flatMap(f =>
      importsOf(f.text)
        .filter(s => /(^|\/)(parse|engine|discovery|github)\//.test(s))
        .map(s => `${path.relative(SRC, f.file)} -> ${s}`),
    )
    expect(reaches).toEqual([])
  })

  it('fails on a forbidden import (the check itself can fail)', () => {
    const fake = [
      { file: path.join(SRC, 'policy/x.ts'), text: "import { scan } from '../pipeline.js'\n" },
      { file: path.join(SRC, 'parse/y.ts'), text: "import { classify } from '../discovery/classify.js'\n" },
      { file: path.join(SRC, 'report/z.ts'), text: "export { a } from '../github/limits.js'\nimport * as core from '@actions/core'\n" },
    ]
    expect(forbiddenImports(fake)).toEqual([
      'policy/x.ts -> ../pipeline.js: policy (layer 10) may not import pipeline.ts (layer 15)',
      'parse/y.ts -> ../discovery/classify.js: parse (layer 3) may not import discovery (layer 4)',
      'report/z.ts -> @actions/core: only main.ts may import @actions/core',
    ])
  })
})
