import { afterAll, describe, expect, it } from '@jest/globals'
import { defaultConfig } from '../../src/config/config.js'
import { scanRepository } from '../../src/pipeline.js'
import { TODAY } from '../support/policy-tester.js'
import { removeRepo, tempRepo } from '../support/render-repo.js'

/**
 * NetworkPolicies count only for exception records, which a walk knows of only when it ends: a
 * walk names the files that mention one without parsing them, and reads them once records turn
 * up. A repository without exceptions pays nothing for its NetworkPolicies.
 */
const policy = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: agents, namespace: host-agents}
spec:
  podSelector: {matchLabels: {app: agent}}
  policyTypes: [Ingress, Egress]
`
const agent = (exception: boolean) => `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
  namespace: host-agents
${
  exception
    ? `  labels: {host-namespace-guard.io/exception: "true"}
  annotations:
    host-namespace-guard.io/allow: hostNetwork
    host-namespace-guard.io/owner: team-platform
    host-namespace-guard.io/risk-acceptance: "SEC-1: the agent serves the node's own metrics"
    host-namespace-guard.io/expires: "2099-12-31"
`
    : ''
}spec:
  template:
    metadata: {labels: {app: agent}}
    spec:
      hostNetwork: true
      securityContext: {runAsNonRoot: true, runAsUser: 10001}
      containers:
      - name: agent
        image: agent:1
        securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}
`
const config = { ...defaultConfig(), exceptions: { ...defaultConfig().exceptions, namespaces: ['host-agents'] } }
const roots: string[] = []
afterAll(() => roots.forEach(removeRepo))

async function scanOf(exception: boolean) {
  const root = tempRepo({ 'k8s/agent.yaml': agent(exception), 'k8s/policies.yaml': policy, 'k8s/app.yaml': 'kind: Service\nmetadata: {name: s}\n' })
  roots.push(root)
  return scanRepository({ root, config, today: TODAY })
}

describe('NetworkPolicies in a walk', () => {
  it('are named, not read, when the repository holds no exception', async () => {
    const result = await scanOf(false)
    expect(result.networkPolicyFiles).toEqual(['k8s/policies.yaml'])
    expect(result.facts.networkPolicies).toEqual([])
    expect(result.findings.map(f => f.ruleId)).toEqual(['host-network'])
  })

  it('are read once a record turns up, and count as its control', async () => {
    const result = await scanOf(true)
    expect(result.records).toHaveLength(1)
    expect(result.facts.networkPolicies.map(np => `${np.file} ${np.name}`)).toEqual(['k8s/policies.yaml agents'])
    // The NetworkPolicy selects the agent: no missing control is reported, and the finding is covered.
    expect(result.findings.map(f => `${f.ruleId}${f.suppression ? ' covered' : ''}`)).toEqual(['host-network covered'])
  })
})
