import { afterEach, describe, it, expect } from '@jest/globals'
import { symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { brief, chart, removeRepo, scanRoot, tempRepo } from '../support/render-repo.js'

/** render-error with the real helm and kubectl (on PATH in the tests): failures, bounds, missing tools. */

const roots: string[] = []
const repo = (files: Record<string, string>) => {
  const root = tempRepo(files)
  roots.push(root)
  return root
}
afterEach(() => roots.splice(0).forEach(removeRepo))

const POD = (spec: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: agent\nspec:\n${spec}  containers:\n    - name: a\n      image: busybox\n`

describe('render-error', () => {
  it('reports a template helm cannot parse at the line helm names, with its message, and no parse-error', async () => {
    const findings = await scanRoot(repo(chart('charts/agent', POD('  {{- if }}\n  hostNetwork: true\n  {{- end }}\n'))))
    expect(findings.map(brief)).toEqual(['render-error charts/agent/templates/workload.yaml:6:1'])
    expect(findings[0].message).toBe('chart charts/agent did not render: helm template: parse error at (agent/templates/workload.yaml:6): missing value for if')
    expect(findings[0].severity).toBe('error')
  })

  it('reports a value helm cannot execute (a nil pointer) at the template line', async () => {
    const findings = await scanRoot(repo(chart('charts/agent', POD('  hostNetwork: {{ .Values.node.network.host }}\n'))))
    expect(findings.map(brief)).toEqual(['render-error charts/agent/templates/workload.yaml:6:1'])
    expect(findings[0].message).toMatch(/nil pointer evaluating interface \{\}\.network/)
  })

  it('stops a template that runs for ever at the time limit, and kills it', async () => {
    const loop = '{{- range $i := until 1000000000 }}{{- range $j := until 1000000000 }}{{- end }}{{- end }}\n'
    const started = Date.now()
    const findings = await scanRoot(repo(chart('charts/loop', loop + POD(''))), 'render:\n  timeout: 2\n')
    expect(Date.now() - started).toBeLessThan(8000)
    expect(findings.map(brief)).toEqual(['render-error charts/loop/Chart.yaml:1:1'])
    expect(findings[0].message).toBe('chart charts/loop did not render: helm template: it ran longer than the time limit (2 s) and was stopped')
  })

  it('stops a template that writes without end at the output bound', async () => {
    const huge = '{{- range $i := until 200000 }}\n# {{ $i }} padding padding padding padding padding padding padding padding padding\n{{- end }}\n'
    const findings = await scanRoot(repo(chart('charts/huge', huge + POD(''))), 'render:\n  maxOutputSize: 1MiB\n')
    expect(findings.map(brief)).toEqual(['render-error charts/huge/Chart.yaml:1:1'])
    expect(findings[0].message).toBe('chart charts/huge did not render: helm template: its output passed the size limit (1 MiB) and it was stopped')
  })

  it('refuses an overlay with a remote base at its line, without reaching the network', async () => {
    const findings = await scanRoot(
      repo({
        'deploy/prod/kustomization.yaml': 'resources:\n  - deployment.yaml\n  - https://github.com/example/app//base?ref=v1\n',
        'deploy/prod/deployment.yaml': POD(''),
      }),
    )
    expect(findings.map(brief)).toEqual(['render-error deploy/prod/kustomization.yaml:3:1'])
    expect(findings[0].message).toBe(
      'overlay deploy/prod was not rendered: it names the remote base https://github.com/example/app//base?ref=v1, which is not fetched (rendering never reaches the network): vendor it into the repository.',
    )
  })

  it('reports what kustomize refuses (a patch file that is not there)', async () => {
    const findings = await scanRoot(
      repo({ 'deploy/kustomization.yaml': 'resources: [pod.yaml]\npatches:\n  - path: missing.yaml\n', 'deploy/pod.yaml': POD('') }),
    )
    expect(findings.map(brief)).toEqual(['render-error deploy/kustomization.yaml:1:1'])
    expect(findings[0].message).toMatch(/^overlay deploy did not render: kustomize: .*missing\.yaml/)
    expect(findings[0].message).not.toContain('hng-render-')
  })

  it('says once for the run how many charts and overlays went unrendered when the tool is missing: a warning by default', async () => {
    const root = repo({ ...chart('a', POD('')), ...chart('b', POD('')), 'o/kustomization.yaml': 'resources: [p.yaml]\n', 'o/p.yaml': POD('') })
    const findings = await scanRoot(root, 'render:\n  helm: {command: no-such-helm}\n  kustomize: {command: no-such-kubectl}\n')
    expect(findings.map(f => [f.ruleId, f.file, f.severity, f.message])).toEqual([
      [
        'render-error',
        '',
        'warning',
        '2 charts not rendered: no-such-helm not found; install it or set render.helm.command. 1 overlay not rendered: no-such-kubectl not found; install it or set render.kustomize.command.',
      ],
    ])
    const strict = await scanRoot(root, 'render:\n  missingTool: error\n  helm: {command: no-such-helm}\n')
    expect(strict.map(f => [f.ruleId, f.severity, f.message])).toEqual([
      ['render-error', 'error', '2 charts not rendered: no-such-helm not found; install it or set render.helm.command.'],
    ])
  })

  it('does not follow a link in a chart that leads out of the repository', async () => {
    const outside = repo({ 'secret-pod.yaml': POD('  hostNetwork: true\n') })
    const root = repo(chart('charts/agent', POD('')))
    symlinkSync(path.join(outside, 'secret-pod.yaml'), path.join(root, 'charts/agent/templates/linked.yaml'))
    const findings = await scanRoot(root)
    expect(findings.map(brief)).toEqual(['incomplete-scan charts/agent/templates/linked.yaml:1:1'])
    expect(findings.some(f => f.ruleId === 'host-network')).toBe(false)
  })

  it('names a configured values file that does not exist', async () => {
    const root = repo(chart('charts/agent', POD('')))
    const findings = await scanRoot(root, 'render:\n  helm:\n    charts:\n      - {path: charts/agent, values: [values-typo.yaml]}\n')
    expect(findings.map(f => [brief(f), f.message])).toEqual([
      [
        'render-error charts/agent/Chart.yaml:1:1',
        'chart charts/agent with values-typo.yaml did not render: the values file values-typo.yaml listed for this chart in the configuration does not exist',
      ],
    ])
  })

  it('is silent when rendering is switched off, and templates are still never read as YAML', async () => {
    const root = repo(chart('charts/agent', POD('  {{- if }}\n  hostNetwork: true\n  {{- end }}\n')))
    writeFileSync(path.join(root, 'charts/agent/values.yaml'), 'a: 1\n')
    expect(await scanRoot(root, 'render: {enabled: false}\n')).toEqual([])
  })
})

describe('render-error about the configuration', () => {
  it('says when render.helm.charts names a directory without a Chart.yaml (a typo would drop the variant silently)', async () => {
    const root = tempRepo(chart('charts/agent', POD('')))
    try {
      const findings = await scanRoot(root, 'render:\n  helm:\n    charts:\n      - {path: charts/agnet, values: [values-prod.yaml]}\n')
      expect(findings.map(f => [f.ruleId, f.file, f.message])).toEqual([
        ['render-error', '', 'render.helm.charts names charts/agnet, which holds no Chart.yaml: that variant was not rendered.'],
      ])
    } finally {
      removeRepo(root)
    }
  })
})
