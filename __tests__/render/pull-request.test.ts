import { afterEach, describe, it, expect } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { ChangedLines } from '../../src/diff/unified.js'
import { place } from '../../src/findings/place.js'
import { gitChanges } from '../../src/git/changes.js'
import { gitReader } from '../../src/git/read-at.js'
import { reviewChanges } from '../../src/pipeline.js'
import { gitTree } from '../../src/render/index.js'
import { configOf, removeRepo, tempRepo } from '../support/render-repo.js'

/**
 * A pull request that touches a chart: it is rendered at the base (from git objects) and at the
 * head, and the difference is what is new; a values-only change is reviewed on the values line.
 */

const FIXTURES = path.resolve('__fixtures__/render')
const CONFIG = 'render:\n  helm:\n    charts:\n      - path: charts/value\n        values: [values-prod.yaml]\n'
const roots: string[] = []
afterEach(() => roots.splice(0).forEach(removeRepo))

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' }).trim()

/**
 * A repository with the fixture charts (`atBase` edits them) committed as the base; `change` edits
 * the work tree, committed as the head, which stays checked out.
 */
async function pullRequest(atBase: (root: string) => void, change: (root: string) => void, options: { checkoutBase?: boolean } = {}) {
  const root = tempRepo({}, { charts: path.join(FIXTURES, 'charts') })
  roots.push(root)
  atBase(root)
  git(root, 'init', '-q', '-b', 'main')
  git(root, 'add', '-A')
  git(root, 'commit', '-qm', 'base')
  const base = git(root, 'rev-parse', 'HEAD')
  change(root)
  git(root, 'commit', '-qam', 'head')
  const head = git(root, 'rev-parse', 'HEAD')
  const changed = await gitChanges(root, base, head)
  const lines = new Map<string, ChangedLines | 'whole-file'>(changed.files.map(f => [f.path, f.lines === 'too-large' || !f.lines ? 'whole-file' : f.lines]))
  const config = configOf(CONFIG)
  // A checkout of another commit than the head (the merge commit): the head is read from git.
  if (options.checkoutBase) git(root, 'checkout', '-q', base)
  const head_ = options.checkoutBase ? { reader: gitReader(root, head, config.maxFileSize), renderFrom: gitTree(root, head, config.maxFileSize) } : {}
  const result = await reviewChanges({
    root,
    files: [...lines.keys()],
    config,
    today: new Date('2025-06-01'),
    base: { reader: gitReader(root, base, config.maxFileSize), tree: gitTree(root, base, config.maxFileSize) },
    ...head_,
  })
  return { result, placed: place(result.findings, lines, 'added') }
}

const edit = (root: string, file: string, from: string, to: string) => {
  const full = path.join(root, file)
  const text = readFileSync(full, 'utf8')
  if (!text.includes(from)) throw new Error(`${file} has no ${from}`)
  writeFileSync(full, text.replace(from, to))
}

const offInProd = (root: string) => edit(root, 'charts/value/values-prod.yaml', 'hostNetwork: true', 'hostNetwork: false')
const nothing = () => undefined

describe('a pull request that touches a chart', () => {
  it('reviews a values-only flip to true on the values line, with a suggestion, as new; only the touched chart is rendered', async () => {
    const { result, placed } = await pullRequest(offInProd, root => edit(root, 'charts/value/values-prod.yaml', 'hostNetwork: false', 'hostNetwork: true'))
    expect(result.render.charts).toEqual(['charts/value'])
    expect(placed.map(f => [f.ruleId, f.file, f.span.start.line, f.span.start.column, f.placement, f.isNew])).toEqual([
      ['host-network', 'charts/value/values-prod.yaml', 1, 14, 'inline', true],
    ])
    const [f] = placed
    expect(f.fix?.edits.map(e => [e.span.startOffset, e.span.endOffset, e.text])).toEqual([[13, 17, 'false']])
    expect(f.related?.map(r => `${r.file}:${r.span.start.line} ${r.message}`)).toEqual([
      'charts/value/templates/daemonset.yaml:16 written by this template line',
    ])
    // The broken chart elsewhere in the repository was not touched, so not rendered.
    expect(result.findings.some(x => x.ruleId === 'render-error')).toBe(false)
  })

  it('renders the head from git objects when the checkout is another commit', async () => {
    const { placed } = await pullRequest(offInProd, root => edit(root, 'charts/value/values-prod.yaml', 'hostNetwork: false', 'hostNetwork: true'), {
      checkoutBase: true,
    })
    expect(placed.map(f => [f.ruleId, f.file, f.span.start.line, f.placement, f.isNew])).toEqual([
      ['host-network', 'charts/value/values-prod.yaml', 1, 'inline', true],
    ])
  })

  it('keeps a finding the base already had pre-existing, even when the pull request rewrites its template line', async () => {
    const { placed } = await pullRequest(nothing, root =>
      edit(root, 'charts/value/templates/daemonset.yaml', 'hostNetwork: {{ .Values.hostNetwork }}', 'hostNetwork: {{ .Values.hostNetwork | default false }}'),
    )
    expect(placed.map(f => [f.file, f.span.start.line, f.placement, f.isNew, f.presentAtBase])).toEqual([
      ['charts/value/templates/daemonset.yaml', 16, 'inline', false, true],
    ])
  })

  it('counts as new a finding written through an unchanged template line when the pull request changes a helper', async () => {
    const { placed } = await pullRequest(
      root => edit(root, 'charts/helpers/templates/_helpers.tpl', 'hostIPC: true', 'dnsPolicy: ClusterFirst'),
      root => edit(root, 'charts/helpers/templates/_helpers.tpl', 'dnsPolicy: ClusterFirst', 'hostIPC: true'),
    )
    expect(placed.map(f => [f.ruleId, f.file, f.span.start.line, f.isNew])).toEqual([['host-ipc', 'charts/helpers/templates/statefulset.yaml', 8, true]])
  })

  it('keeps a chart that fails at the base and at the head a pre-existing render-error', async () => {
    const { placed } = await pullRequest(nothing, root => edit(root, 'charts/broken/Chart.yaml', 'version: 0.1.0', 'version: 0.1.1'))
    expect(placed.map(f => [f.ruleId, f.file, f.isNew])).toEqual([['render-error', 'charts/broken/templates/pod.yaml', false]])
  })

  it('renders the overlays built on a changed base, and reports what the change makes them produce as new', async () => {
    const { result, placed } = await pullRequest(
      root => {
        const dir = path.join(root, 'deploy')
        for (const [name, text] of Object.entries({
          'base/kustomization.yaml': 'resources: [deployment.yaml]\n',
          'base/deployment.yaml':
            'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers: [{name: a, image: b}]\n',
          'prod/kustomization.yaml': 'resources: [../base]\npatches:\n  - path: ops.yaml\n    target: {kind: Deployment, name: web}\n',
          'prod/ops.yaml': '- op: add\n  path: /spec/template/spec/hostIPC\n  value: true\n',
        })) {
          mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
          writeFileSync(path.join(dir, name), text)
        }
      },
      root => edit(root, 'deploy/base/deployment.yaml', 'name: api', 'name: web'),
    )
    expect(result.render.overlays).toEqual(['deploy/base', 'deploy/prod'])
    expect(placed.map(f => [f.ruleId, f.file, f.span.start.line, f.isNew, f.placement])).toEqual([['host-ipc', 'deploy/prod/ops.yaml', 3, true, 'summary']])
  })
})
