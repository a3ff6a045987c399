import { afterAll, describe, expect, it } from '@jest/globals'
import { defaultConfig } from '../../src/config/config.js'
import { scanRepository } from '../../src/pipeline.js'
import { TODAY } from '../support/policy-tester.js'
import { removeRepo, tempRepo } from '../support/render-repo.js'

/**
 * A walk keeps a workload's facts only where the exceptions stage can use them: it carries
 * exception metadata (on itself or misplaced on its pod template), or the central file names it.
 * A manifest that shares without a record fails on its findings alone, one that says
 * `hostNetwork: false` costs nothing once read, and every record still finds its workload.
 */
const daemonSet = (name: string, hostNetwork: boolean, metadata = '') => `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: ${name}
  namespace: host-agents
${metadata}spec:
  template:
    spec:
      hostNetwork: ${hostNetwork}
      containers: [{name: c, image: i}]
`
const annotated = `  labels: {host-namespace-guard.io/exception: "true"}
  annotations:
    host-namespace-guard.io/allow: hostNetwork
    host-namespace-guard.io/owner: team-platform
    host-namespace-guard.io/risk-acceptance: "SEC-2: metrics"
    host-namespace-guard.io/expires: "2099-12-31"
`
const central = `exceptions:
  - kind: DaemonSet
    namespace: host-agents
    name: named
    allow: [hostNetwork]
    owner: team-platform
    riskAcceptance: "SEC-3: named centrally"
    expires: 2099-12-31
`
const config = { ...defaultConfig(), exceptions: { ...defaultConfig().exceptions, namespaces: ['host-agents'] } }
const roots: string[] = []
afterAll(() => roots.forEach(removeRepo))

async function scanOf(files: Record<string, string>) {
  const root = tempRepo(files)
  roots.push(root)
  return scanRepository({ root, config, today: TODAY, centralFile: { path: '.github/host-namespace-exceptions.yml', text: central } })
}

describe('the workloads a walk keeps for the exceptions stage', () => {
  it('keeps the ones records name or are written on, not the one that shares without a record nor the one that says hostNetwork: false', async () => {
    const result = await scanOf({
      'k8s/shares.yaml': daemonSet('shares', true),
      'k8s/plain.yaml': daemonSet('plain', false),
      'k8s/annotated.yaml': daemonSet('annotated', false, annotated),
      'k8s/named.yaml': daemonSet('named', true),
      'k8s/misplaced.yaml': daemonSet('misplaced', true).replace(
        '  template:\n    spec:\n',
        '  template:\n    metadata:\n      annotations: {host-namespace-guard.io/owner: team-platform}\n    spec:\n',
      ),
    })
    expect(result.facts.workloads.map(w => w.name).sort()).toEqual(['annotated', 'misplaced', 'named'])
    // The one without a record still fails on its finding; the misplaced record is said.
    expect(
      result.findings
        .filter(f => f.ruleId === 'host-network' && !f.suppression)
        .map(f => f.resource.name)
        .sort(),
    ).toEqual(['misplaced', 'shares'])
    expect(result.findings.some(f => f.ruleId === 'exception-invalid' && f.resource.name === 'misplaced')).toBe(true)
  })

  it('finds the workload of every record, shared or not: each says what it allows and nothing uses', async () => {
    const result = await scanOf({ 'k8s/annotated.yaml': daemonSet('annotated', false, annotated), 'k8s/named.yaml': daemonSet('named', false) })
    const byTarget = new Map(result.assessments.map(a => [a.record.target.name || a.workload?.name, a]))
    expect(byTarget.get('annotated')?.workload?.file).toBe('k8s/annotated.yaml')
    expect(byTarget.get('named')?.workload?.file).toBe('k8s/named.yaml')
    expect(result.assessments.map(a => a.unused)).toEqual([['hostNetwork'], ['hostNetwork']])
  })

  it("keeps of a workload's labels and annotations only the exception's own", async () => {
    const labelled = annotated
      .replace('  labels: {', '  labels: {app: agent, team: platform, ')
      .replace('  annotations:\n', '  annotations:\n    description: "Serves the node-local metrics of every host in the pool"\n')
    const result = await scanOf({ 'k8s/annotated.yaml': daemonSet('annotated', true, labelled) })
    const [workload] = result.facts.workloads
    expect(Object.keys(workload.labels)).toEqual(['host-namespace-guard.io/exception'])
    expect(Object.keys(workload.annotations).sort()).toEqual([
      'host-namespace-guard.io/allow',
      'host-namespace-guard.io/expires',
      'host-namespace-guard.io/owner',
      'host-namespace-guard.io/risk-acceptance',
    ])
    expect(result.assessments.find(a => a.workload?.name === 'annotated')?.honoured).toBe(true)
  })
})
