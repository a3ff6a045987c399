import { describe, it, expect } from '@jest/globals'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { defaultConfig } from '../../src/config/config.js'
import { scanRepository } from '../../src/pipeline.js'
import ts from 'typescript'
import { parseConfig } from '../../src/config/config.js'
import { exceptionChanges } from '../../src/policy/approval.js'
import { BUILTIN_RULES, POLICY_RULE_IDS, buildRegistry, type Rule } from '../../src/rules/index.js'
import { only, recordsOf, runPolicy } from '../support/policy-tester.js'
import { findingsFor } from '../support/rule-tester.js'
import { TOOL_VERSION } from '../../src/version.js'

const HEADINGS = ['## Rule Details', '## Examples', '## Remediation', '## Exceptions']

/**
 * Exception rules report after the scan (src/policy): their examples run through the policy with
 * the configuration the docs state (exceptions.namespaces: [monitoring], today 2025-06-01).
 * exception-unapproved exists only in a pull request: its page shows a `yaml base` and a `yaml head`
 * block, and the head must add or widen an exception.
 */
const PULL_REQUEST_ONLY = new Set(['exception-unapproved'])
/**
 * Rules about the repository as a whole, not a manifest: their page shows the config that turns
 * them on (a `yaml config` block the config parser accepts); __tests__/rules/<id>.test.ts runs them.
 */
const REPOSITORY_RULES = new Set(['admission-policy-stale'])
const examplesReport = async (id: string, code: string) =>
  id === 'render-error'
    ? renderedExample(code)
    : POLICY_RULE_IDS.includes(id)
      ? only(id, runPolicy({ files: [{ path: 'example.yaml', text: code }] }))
      : findingsFor(id, { code, file: 'example.yaml' })

/** render-error's examples are templates: each is rendered as a chart's template with the real helm. */
async function renderedExample(code: string) {
  const root = mkdtempSync(path.join(tmpdir(), 'hng-meta-'))
  try {
    mkdirSync(path.join(root, 'templates'))
    writeFileSync(path.join(root, 'Chart.yaml'), 'apiVersion: v2\nname: example\nversion: 0.1.0\n')
    writeFileSync(path.join(root, 'templates', 'example.yaml'), code)
    const { findings } = await scanRepository({ root, config: defaultConfig(), today: new Date('2025-06-01') })
    return findings.filter(f => f.ruleId === 'render-error')
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

/** Every rule has a doc page with the known headings, a test file, and examples that behave. */
describe.each(BUILTIN_RULES.map(r => [r.meta.id, r] as const))('rule %s', (id, rule) => {
  const docPath = `docs/rules/${id}.md`

  it('points to its own doc page, which exists with the required headings in order', () => {
    expect(rule.meta.docs).toBe(docPath)
    const doc = readFileSync(docPath, 'utf8')
    expect(doc.startsWith(`# ${id}\n`)).toBe(true)
    const positions = HEADINGS.map(h => doc.indexOf(`\n${h}\n`))
    expect(positions.every(p => p > 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
  })

  it('has a test file', () => {
    expect(existsSync(`__tests__/rules/${id}.test.ts`)).toBe(true)
  })

  it('has examples whose incorrect blocks report and whose correct blocks do not', async () => {
    const doc = readFileSync(docPath, 'utf8')
    if (PULL_REQUEST_ONLY.has(id)) {
      const [base, head] = ['base', 'head'].map(k =>
        [...doc.matchAll(new RegExp('```yaml ' + k + '\\n([\\s\\S]*?)```', 'g'))].map(b => ({ path: 'example.yaml', text: b[1] })),
      )
      expect(base.length && head.length).toBeTruthy()
      expect(exceptionChanges(recordsOf(base), recordsOf(head)).length).toBeGreaterThan(0)
      return
    }
    if (REPOSITORY_RULES.has(id)) {
      const configs = [...doc.matchAll(/```yaml config\n([\s\S]*?)```/g)].map(b => parseConfig(docPath, b[1], []))
      expect(configs.length).toBeGreaterThan(0)
      expect(configs.every(c => c.admission?.file)).toBe(true)
      return
    }
    const blocks = [...doc.matchAll(/```yaml (incorrect|correct)\n([\s\S]*?)```/g)]
    expect(blocks.some(b => b[1] === 'incorrect')).toBe(true)
    expect(blocks.some(b => b[1] === 'correct')).toBe(true)
    for (const [, kind, code] of blocks) {
      const found = await examplesReport(id, code)
      if (kind === 'incorrect') expect(found.length).toBeGreaterThan(0)
      else expect(found).toEqual([])
    }
  })
})

describe('registry', () => {
  it('rejects duplicate ids and remediation that is not a sentence', () => {
    const [a] = BUILTIN_RULES
    expect(() => buildRegistry([a, a])).toThrow(/duplicate rule id/)
    expect(() => buildRegistry([{ ...a, meta: { ...a.meta, remediation: 'no period' } }])).toThrow(/remediation must be a sentence/)
    expect(() => buildRegistry([{ ...a, meta: { ...a.meta, id: 'Bad_Id' } }])).toThrow(/kebab-case/)
  })

  it('keeps the version in step with package.json', () => {
    expect(TOOL_VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version)
  })
})

/**
 * Every finding comes from its rule: a rule holds a hook for the units it understands (pod,
 * composeService, dockerfileRun, containerCommand, containerOptions, jsonPatchOp, assessment,
 * recordProblem, unapprovedChange), except the rules whose findings are the engine's own notices.
 */
const ENGINE_NOTICES: Record<string, string> = {
  'parse-error': 'the parsers and readers report what they cannot read, through noticeFinding in engine/scan-file.ts',
  'incomplete-scan': 'the places that hit a bound report it: noticeFinding in engine/scan-file.ts, incompleteRun in findings/run-level.ts',
  'render-error': 'rendering reports a chart or overlay that does not render: noticeFinding in render/render.ts, missingToolFinding in render/index.ts',
}
const hooksOf = (rule: Rule) =>
  Object.entries(rule)
    .filter(([key, value]) => key !== 'meta' && typeof value === 'function')
    .map(([key]) => key)

/** String and template literals that read like a sentence (three words or more), with the line. */
function sentencesIn(file: string, text: string): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true)
  const out: string[] = []
  const visit = (node: ts.Node): void => {
    let written: string | undefined
    if (ts.isStringLiteralLike(node)) written = node.text
    else if (ts.isTemplateExpression(node)) written = [node.head.text, ...node.templateSpans.map(t => t.literal.text)].join('${…}')
    if (written !== undefined) {
      if (/^The exception for|[A-Za-z]+ [A-Za-z]+ [A-Za-z]+/.test(written))
        out.push(`${file}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1} ${written.slice(0, 60)}`)
      return
    }
    ts.forEachChild(node, visit)
  }
  visit(sf)
  return out
}

describe('every finding comes from its rule', () => {
  it.each(BUILTIN_RULES.map(r => [r.meta.id, r] as const))('%s holds a hook, or its findings are engine notices', (id, rule) => {
    const hooks = hooksOf(rule)
    if (id in ENGINE_NOTICES) expect(hooks).toEqual([])
    else expect(hooks.length).toBeGreaterThan(0)
  })

  it('lists only registered rules as engine notices', () => {
    expect(Object.keys(ENGINE_NOTICES).filter(id => !BUILTIN_RULES.some(r => r.meta.id === id))).toEqual([])
  })

  it('keeps rule messages out of the policy: evaluate.ts matches records and calls the rules', () => {
    expect(sentencesIn('src/policy/evaluate.ts', readFileSync('src/policy/evaluate.ts', 'utf8'))).toEqual([])
  })

  it('finds a message in the policy (the check itself can fail)', () => {
    const text =
      "// The exception for a comment is fine\nconst m = `The exception for ${d} expired`\nconst n = 'no NetworkPolicy selects'\nconst ok = `${a}#containers`\n"
    expect(sentencesIn('x.ts', text)).toEqual(['x.ts:2 The exception for ${…} expired', 'x.ts:3 no NetworkPolicy selects'])
  })
})
