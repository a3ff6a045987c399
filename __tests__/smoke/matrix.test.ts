import { describe, it, expect } from '@jest/globals'
import { place } from '../../src/findings/place.js'
import { judgeFindings } from '../../src/findings/verdict.js'
import { scanFileText } from '../../src/engine/scan-file.js'
import { registry } from '../../src/rules/index.js'
import { smokeMatrix, startableWorkloads } from '../../src/smoke/matrix.js'
import { scanRepository } from '../../src/pipeline.js'
import { defaultConfig } from '../../src/config/config.js'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'

/** The workloads a scan of `files` hands the runtime smoke check. */
function runtimeMatrix(files: Record<string, string>, maxRuntimeJobs?: number) {
  const all = Object.entries(files).map(([path, text]) =>
    scanFileText({ path, text, type: 'kubernetes' }, { rules: registry, severityOf: () => 'error', facts: { workloads: true } }),
  )
  const placed = judgeFindings(
    place(
      all.flatMap(a => a.findings),
      undefined,
      'added',
    ),
    { failOn: 'error', failOnPreexisting: false },
  )
  const workloads = all.flatMap(a => startableWorkloads(a.facts))
  return smokeMatrix({ build: false, runtime: true, findings: placed, workloads, dockerfiles: [], ...(maxRuntimeJobs ? { maxRuntimeJobs } : {}) })
}
const runtimeEntries = (text: string) => runtimeMatrix({ 'k8s.yaml': text }).include
const deployment = (name: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: ${name}, namespace: apps}\nspec:\n  template:\n    spec:\n      containers: [{name: c, image: i}]\n`

describe('smoke matrix', () => {
  it('offers workloads with a pod to start, not custom resources that only carry pod-level settings', () => {
    const text = [
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n      containers: [{name: c, image: i}]\n',
      'apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata: {name: w}\nspec:\n  hostNetwork: false\n  templates: []\n',
      'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata: {name: r}\nspec:\n  template:\n    spec:\n      containers: [{name: c, image: i}]\n',
    ].join('---\n')
    const { facts } = scanFileText({ path: 'k8s.yaml', text, type: 'kubernetes' }, { rules: registry, severityOf: () => 'error', facts: { workloads: true } })
    expect(startableWorkloads(facts).map(w => `${w.kind}/${w.name}`)).toEqual(['Deployment/web', 'Rollout/r'])
    // Both have the same pod shape, in one file: one job checks both.
    expect(runtimeEntries(text).map(e => `${e.kind}/${e.name}`)).toEqual(['Deployment/web'])
  })

  it('one runtime job per distinct pod shape, not per Deployment', () => {
    const files = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k8s/app-${String(i).padStart(2, '0')}.yaml`, deployment(`app-${i}`)]))
    expect(runtimeMatrix(files).include.map(e => e.file)).toEqual(['k8s/app-00.yaml'])
  })

  it('at most smoke.maxRuntimeJobs jobs, saying how many shapes were left out', () => {
    const exception = (name: string, fields: string[]) =>
      `apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: ${name}\n  namespace: monitoring\n  labels: {host-namespace-guard.io/exception: "true"}\n  annotations:\n    host-namespace-guard.io/allow: ${fields.join(',')}\n    host-namespace-guard.io/owner: o\n    host-namespace-guard.io/risk-acceptance: r\n    host-namespace-guard.io/expires: "2099-01-01"\nspec:\n  template:\n    spec:\n${fields.map(f => `      ${f}: true\n`).join('')}      containers: [{name: c, image: i}]\n`
    const files = { 'a.yaml': deployment('a'), 'b.yaml': exception('b', ['hostNetwork']), 'c.yaml': exception('c', ['hostPID']) }
    // Without the policy stage the exceptions do not cover anything: those pods fail the static check.
    expect(runtimeMatrix(files, 1)).toEqual({ include: [{ check: 'runtime', file: 'a.yaml', document: 0, kind: 'Deployment', name: 'a' }] })
  })
})

describe('smoke matrix and exceptions', () => {
  it('a workload an honoured exception covers gets a job that allows exactly its exception, and shapes past the limit are counted', async () => {
    const root = mkdtempSync(`${os.tmpdir()}/hng-matrix-`)
    const daemonSet = (name: string, fields: string[]) =>
      `apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: ${name}\n  namespace: monitoring\n  labels: {app: ${name}, host-namespace-guard.io/exception: "true"}\n  annotations:\n    host-namespace-guard.io/allow: ${fields.join(',')}\n    host-namespace-guard.io/owner: team\n    host-namespace-guard.io/risk-acceptance: "SEC-1: node agent"\n    host-namespace-guard.io/expires: "2099-01-01"\nspec:\n  selector: {matchLabels: {app: ${name}}}\n  template:\n    metadata: {labels: {app: ${name}}}\n    spec:\n${fields.map(f => `      ${f}: true\n`).join('')}      securityContext: {runAsNonRoot: true}\n      containers:\n      - name: c\n        image: i\n        securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}\n`
    const policy = (name: string) =>
      `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: ${name}, namespace: monitoring}\nspec:\n  podSelector: {matchLabels: {app: ${name}}}\n`
    writeFileSync(`${root}/agent.yaml`, `${daemonSet('agent', ['hostNetwork', 'hostPID'])}---\n${policy('agent')}`)
    writeFileSync(`${root}/exporter.yaml`, `${daemonSet('exporter', ['hostNetwork'])}---\n${policy('exporter')}`)
    writeFileSync(`${root}/web.yaml`, deployment('web'))
    const config = defaultConfig()
    config.exceptions.namespaces = ['monitoring']
    const judged = await scanRepository({ root, config, today: new Date('2025-06-01T00:00:00Z'), workloads: true })
    const findings = judgeFindings(place(judged.findings, undefined, 'added'), { failOn: 'error', failOnPreexisting: false })
    expect(findings.filter(f => f.failing)).toEqual([])
    const matrix = smokeMatrix({ build: false, runtime: true, findings, workloads: startableWorkloads(judged.facts), dockerfiles: [] })
    expect(matrix.include.map(e => [e.file, e.allow])).toEqual([
      ['agent.yaml', 'DaemonSet/monitoring/agent=hostNetwork,hostPID'],
      ['exporter.yaml', 'DaemonSet/monitoring/exporter=hostNetwork'],
      ['web.yaml', undefined],
    ])
    const capped = smokeMatrix({ build: false, runtime: true, findings, workloads: startableWorkloads(judged.facts), dockerfiles: [], maxRuntimeJobs: 2 })
    expect(capped.include).toHaveLength(2)
    expect(capped.omitted).toBe(1)
  })

  it('leaves out a workload that already fails the static check', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostPID: true\n  containers: [{name: c, image: i}]\n'
    expect(runtimeEntries(text)).toEqual([])
  })
})
