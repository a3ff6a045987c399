import { afterAll, beforeAll, describe, it, expect } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Finding } from '../../src/model.js'
import { brief, configOf, removeRepo, scanRoot, tempRepo } from '../support/render-repo.js'
import { scanRepository } from '../../src/pipeline.js'

/**
 * Charts and overlays of the shapes real ones have (__fixtures__/render), rendered by the real helm
 * 4 and kubectl 1.34: every finding at the template line that writes it, the values line as a
 * related location, and not one parse-error.
 */

const FIXTURES = path.resolve('__fixtures__/render')
const CONFIG = 'render:\n  helm:\n    charts:\n      - path: charts/value\n        values: [values-prod.yaml]\n        namespace: monitoring\n'

let findings: Finding[]
let root: string
beforeAll(async () => {
  root = tempRepo({}, { '.': FIXTURES })
  findings = await scanRoot(root, CONFIG)
})
afterAll(() => removeRepo(root))

const at = (file: string) => findings.filter(f => f.file === file)
const related = (f: Finding) => f.related?.map(r => `${r.file}:${r.span.start.line}:${r.span.start.column}`)

describe('charts rendered with helm', () => {
  it('reports no parse-error for valid charts, and exactly the expected findings', () => {
    expect(findings.filter(f => f.ruleId === 'parse-error')).toEqual([])
    expect(findings.map(brief)).toEqual([
      'render-error charts/broken/templates/pod.yaml:6:1',
      'host-network charts/gate/templates/deployment.yaml:10:20',
      'host-ipc charts/helpers/templates/statefulset.yaml:8:7',
      'incomplete-scan charts/missing-dep/Chart.yaml:5:1',
      'host-pid charts/missing-dep/templates/pod.yaml:6:12',
      'host-ipc charts/umbrella/charts/sub/templates/pod.yaml:6:3',
      'host-network charts/value/templates/daemonset.yaml:16:7',
      'host-pid charts/with/templates/deployment.yaml:9:7',
      'host-pid kustomize/components/hostpid/hostpid.yaml:8:16',
      'host-ipc kustomize/prod/ipc-6902.yaml:3:10',
      'host-network kustomize/prod/network.yaml:8:20',
    ])
  })

  it('places a literal line behind an `if` gate at its value, with the fix there and the gating value as related', () => {
    const [f] = at('charts/gate/templates/deployment.yaml')
    expect(f.message).toBe('Deployment/release-gate sets hostNetwork: true: shares the host network namespace. (rendered from chart charts/gate)')
    expect(f.fix?.edits.map(e => [e.span.start.line, e.span.start.column, e.span.end.column, e.text])).toEqual([[10, 20, 24, 'false']])
    expect(related(f)).toEqual(['charts/gate/values.yaml:2:14'])
  })

  it('places `hostNetwork: {{ .Values.hostNetwork }}` at its key, for the values-prod.yaml variant only, with that line related and fixable', () => {
    const [f] = at('charts/value/templates/daemonset.yaml')
    expect(f.message).toContain('(rendered from chart charts/value with values-prod.yaml)')
    expect(f.span.end).toEqual({ line: 16, column: 45 })
    expect(f.fix).toBeUndefined()
    expect(related(f)).toEqual(['charts/value/values-prod.yaml:1:14'])
    expect(f.related?.[0].fix?.edits.map(e => e.text)).toEqual(['false'])
  })

  it('places what `{{- with .Values.podSpec }}{{ toYaml . | nindent 6 }}` writes at the toYaml action, with podSpec.hostPID related', () => {
    const [f] = at('charts/with/templates/deployment.yaml')
    expect(f.span.start.line).toBe(9)
    expect(
      readFileSync(path.join(root, f.file), 'utf8')
        .split('\n')[8]
        .slice(f.span.start.column - 1, f.span.end.column - 1),
    ).toBe('{{- toYaml . | nindent 6 }}')
    expect(f.related?.map(r => r.message)).toEqual(['podSpec.hostPID is set here, in charts/with/values.yaml'])
    expect(related(f)).toEqual(['charts/with/values.yaml:2:12'])
  })

  it('places what a _helpers.tpl define writes at the include line of the template; helpers and NOTES.txt are not read as YAML', () => {
    const [f] = at('charts/helpers/templates/statefulset.yaml')
    expect(f.ruleId).toBe('host-ipc')
    // The define's `if .Values.shareIpc` gate is followed to the values line.
    expect(related(f)).toEqual(['charts/helpers/values.yaml:1:11'])
    expect(at('charts/helpers/templates/_helpers.tpl')).toEqual([])
    expect(at('charts/helpers/templates/NOTES.txt')).toEqual([])
  })

  it("places a vendored subchart's finding in the subchart's template, with the parent's values line that overrides it", () => {
    const [f] = at('charts/umbrella/charts/sub/templates/pod.yaml')
    expect(related(f)).toEqual(['charts/umbrella/values.yaml:2:12'])
    // The library chart's Job renders through the parent's template and shares nothing.
    expect(findings.filter(x => x.resource.display.startsWith('Job/'))).toEqual([])
  })

  it('renders a chart whose dependency is not vendored without it, and says which', () => {
    const [f] = at('charts/missing-dep/templates/pod.yaml')
    expect(f.message).toContain('Not vendored, rendered without: common.')
    // Fail closed: what the dependency would add was not checked, said at its line of Chart.yaml.
    expect(at('charts/missing-dep/Chart.yaml').map(n => [n.ruleId, n.span.start.line, n.message])).toEqual([
      [
        'incomplete-scan',
        5,
        'chart charts/missing-dep was rendered without its dependency common, which is not vendored in charts/ (dependencies are never downloaded): the workloads it would add were not checked.',
      ],
    ])
  })

  it('keeps a clean chart clean', () => {
    expect(findings.filter(f => f.file.startsWith('charts/clean/'))).toEqual([])
  })
})

describe('overlays rendered with kustomize', () => {
  it('reports what base + component + strategic-merge + JSON 6902 patches produce once each, at the input line that sets it', () => {
    const overlay = findings.filter(f => f.file.startsWith('kustomize/'))
    expect(overlay.map(f => `${f.ruleId} ${f.file}`)).toEqual([
      'host-pid kustomize/components/hostpid/hostpid.yaml',
      'host-ipc kustomize/prod/ipc-6902.yaml',
      'host-network kustomize/prod/network.yaml',
    ])
  })

  it('finds what only rendering shows: a component patch applied to a base, when the patch itself is not a workload', async () => {
    const repo = tempRepo({
      'k/base/kustomization.yaml': 'resources: [ds.yaml]\n',
      'k/base/ds.yaml':
        'apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: agent\nspec:\n  template:\n    spec:\n      containers: [{name: a, image: b}]\n',
      'k/prod/kustomization.yaml':
        'resources: [../base]\nreplacements:\n  - source: {kind: ConfigMap, name: flags, fieldPath: data.host}\n    targets:\n      - select: {kind: DaemonSet}\n        fieldPaths: [spec.template.spec.hostNetwork]\n        options: {create: true}\n',
      'k/prod/flags.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: flags\ndata:\n  host: "true"\n',
    })
    try {
      writeFileSync(
        path.join(repo, 'k/prod/kustomization.yaml'),
        readFileSync(path.join(repo, 'k/prod/kustomization.yaml'), 'utf8').replace('resources: [../base]', 'resources: [../base, flags.yaml]'),
      )
      const found = await scanRoot(repo)
      // The replacement writes the string "true", which Kubernetes rejects: reported, at the overlay.
      expect(found.map(f => `${f.ruleId} ${f.file} ${f.resource.display}`)).toEqual(['host-network k/prod/kustomization.yaml DaemonSet/agent'])
    } finally {
      removeRepo(repo)
    }
  })
})

describe('fingerprints and exceptions of rendered objects', () => {
  it('keeps a finding’s fingerprint when unrelated template lines move', async () => {
    const repo = tempRepo({}, { 'charts/gate': path.join(FIXTURES, 'charts/gate') })
    try {
      const before = (await scanRepository({ root: repo, config: configOf(), today: new Date('2025-06-01') })).findings
      const file = path.join(repo, 'charts/gate/templates/deployment.yaml')
      writeFileSync(file, readFileSync(file, 'utf8').replace('metadata:\n', 'metadata:\n  labels:\n    team: web\n    tier: front\n'))
      const after = (await scanRepository({ root: repo, config: configOf(), today: new Date('2025-06-01') })).findings
      expect(after.map(f => f.span.start.line)).toEqual([13])
      expect(after.map(f => f.fingerprint)).toEqual(before.map(f => f.fingerprint))
    } finally {
      removeRepo(repo)
    }
  })

  it('honours an exception written in the chart’s template, as in a plain manifest', async () => {
    const template = readFileSync(path.join(FIXTURES, 'charts/value/templates/daemonset.yaml'), 'utf8').replace(
      '  labels:\n    app: agent\n',
      '  namespace: {{ .Release.Namespace }}\n  labels:\n    app: agent\n    host-namespace-guard.io/exception: "true"\n  annotations:\n    host-namespace-guard.io/allow: hostNetwork\n    host-namespace-guard.io/owner: team-observability\n    host-namespace-guard.io/risk-acceptance: "SEC-1: node metrics"\n    host-namespace-guard.io/expires: "2025-12-31"\n',
    )
    const repo = tempRepo({ 'charts/value/templates/daemonset.yaml': template }, { 'charts/value': path.join(FIXTURES, 'charts/value') })
    try {
      writeFileSync(path.join(repo, 'charts/value/templates/daemonset.yaml'), template)
      const found = await scanRoot(repo, `${CONFIG}exceptions:\n  namespaces: [monitoring]\n`)
      const host = found.filter(f => f.ruleId === 'host-network')
      expect(host.map(f => [f.file, f.span.start.line, f.suppression?.owner])).toEqual([['charts/value/templates/daemonset.yaml', 23, 'team-observability']])
    } finally {
      removeRepo(repo)
    }
  })
})

describe('one template line, several objects', () => {
  it('reports each object a `range` writes from the same line, and a variant that writes the same object once', async () => {
    const repo = tempRepo({
      'c/Chart.yaml': 'apiVersion: v2\nname: c\nversion: 0.1.0\n',
      'c/values.yaml': 'agents: [a, b]\nhostNetwork: true\n',
      'c/values-eu.yaml': 'hostNetwork: true\n',
      'c/templates/agents.yaml':
        '{{- range .Values.agents }}\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: agent-{{ . }}\nspec:\n  hostNetwork: {{ $.Values.hostNetwork }}\n  containers: [{name: a, image: b}]\n{{- end }}\n',
    })
    try {
      const found = await scanRoot(repo, 'render:\n  helm:\n    charts:\n      - {path: c, values: [values-eu.yaml]}\n')
      expect(found.map(f => [brief(f), f.resource.display, related(f)])).toEqual([
        ['host-network c/templates/agents.yaml:8:3', 'Pod/agent-a', ['c/values.yaml:2:14']],
        ['host-network c/templates/agents.yaml:8:3', 'Pod/agent-b', ['c/values.yaml:2:14']],
      ])
      expect(new Set(found.map(f => f.fingerprint)).size).toBe(2)
    } finally {
      removeRepo(repo)
    }
  })
})

describe('a scan of part of a chart', () => {
  it('reads a chart’s templates as a chart when the scan starts inside it', async () => {
    const found = (await scanRepository({ root, paths: ['charts/gate/templates'], config: configOf(), today: new Date('2025-06-01') })).findings
    expect(found.map(brief)).toEqual(['host-network charts/gate/templates/deployment.yaml:10:20'])
  })
})
