import { describe, it, expect } from '@jest/globals'
import { place } from '../../src/findings/place.js'
import { judgeFindings } from '../../src/findings/verdict.js'
import { scanFileText } from '../../src/engine/scan-file.js'
import { registry } from '../../src/rules/index.js'
import { smokeMatrix, startableWorkloads } from '../../src/smoke/matrix.js'

/** The workloads a scan of `text` hands the runtime smoke check. */
function runtimeEntries(text: string) {
  const { findings, facts } = scanFileText(
    { path: 'k8s.yaml', text, type: 'kubernetes' },
    { rules: registry, severityOf: () => 'error', facts: { workloads: true } },
  )
  const placed = judgeFindings(place(findings, undefined, 'added'), { failOn: 'error', failOnPreexisting: false })
  return smokeMatrix({ build: false, runtime: true, findings: placed, workloads: startableWorkloads(facts), dockerfiles: [] }).include
}

describe('smoke matrix', () => {
  it('offers workloads with a pod to start, not custom resources that only carry pod-level settings', () => {
    const text = [
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n      containers: [{name: c, image: i}]\n',
      'apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata: {name: w}\nspec:\n  hostNetwork: false\n  templates: []\n',
      'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata: {name: r}\nspec:\n  template:\n    spec:\n      containers: [{name: c, image: i}]\n',
    ].join('---\n')
    expect(runtimeEntries(text).map(e => `${e.kind}/${e.name}`)).toEqual(['Deployment/web', 'Rollout/r'])
  })

  it('leaves out a workload that already fails the static check', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostPID: true\n  containers: [{name: c, image: i}]\n'
    expect(runtimeEntries(text)).toEqual([])
  })
})
