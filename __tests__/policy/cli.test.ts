import { describe, it, expect } from '@jest/globals'
import path from 'node:path'
import { runCli, type CliEnv } from '../../src/cli/main.js'
import { TODAY } from '../support/policy-tester.js'

const ROOT = path.resolve('__fixtures__/policy/repo')

async function cli(argv: string[], today = TODAY) {
  let stdout = ''
  let stderr = ''
  const env: CliEnv = { cwd: ROOT, stdout: s => void (stdout += s), stderr: s => void (stderr += s), isTTY: false, today }
  const code = await runCli(argv, env)
  return { code, stdout, stderr }
}

describe('host-namespace-guard exceptions', () => {
  it('lists the exceptions as text and exits 1 when one is expired', async () => {
    const { code, stdout } = await cli(['exceptions'])
    expect(code).toBe(1)
    expect(stdout.split('\n')[1]).toMatch(/^expired +-92 +2025-03-01 +DaemonSet\/kube-system\/removed-agent/)
    expect(stdout).toContain('5 exception records as of 2025-06-01: 2 expired, 0 invalid, 1 expiring, 2 active')
  })

  it('writes JSON and Markdown', async () => {
    const json = JSON.parse((await cli(['exceptions', '--format', 'json'])).stdout)
    expect(json.summary).toEqual({ total: 5, expired: 2, invalid: 0, expiring: 1, active: 2 })
    const md = (await cli(['exceptions', '--format=markdown'])).stdout
    expect(md).toContain('| Status | Workload |')
  })

  it('exits 0 when nothing is expired or invalid (an earlier clock)', async () => {
    const { code, stdout } = await cli(['exceptions', '--format', 'json'], new Date(Date.UTC(2025, 1, 1)))
    expect(JSON.parse(stdout).summary).toEqual({ total: 5, expired: 0, invalid: 0, expiring: 1, active: 4 })
    expect(code).toBe(0)
  })

  it('lists central records even when the paths hold none of their workloads', async () => {
    const { stdout } = await cli(['exceptions', 'k8s/node-exporter.yaml', '--format', 'json'])
    expect(JSON.parse(stdout).exceptions.map((r: { name: string; controls: string }) => `${r.name} ${r.controls}`)).toEqual([
      'removed-agent unknown',
      'cni-agent unknown',
      'node-exporter ok',
    ])
  })

  it('reports usage errors with exit 2', async () => {
    expect((await cli(['exceptions', '--format', 'sarif'])).code).toBe(2)
    expect((await cli(['exceptions', 'no/such/path'])).stderr).toMatch(/path not found/)
    expect((await cli(['exceptions', '--config', 'no-such-config.yml'])).code).toBe(2)
  })
})

describe('host-namespace-guard scan with exceptions', () => {
  it('keeps covered findings marked suppressed and fails on the exception rules', async () => {
    const { code, stdout } = await cli(['scan', '--format', 'json'])
    expect(code).toBe(1)
    const report = JSON.parse(stdout)
    expect(report.summary.suppressed).toBe(3)
    expect(
      report.findings.filter((f: { suppression: unknown }) => f.suppression).map((f: { ruleId: string; file: string }) => `${f.file} ${f.ruleId}`),
    ).toEqual(['k8s/cni-agent.yaml host-network', 'k8s/node-exporter.yaml host-network', 'k8s/node-exporter.yaml host-pid'])
  })

  it('sees NetworkPolicies outside the scanned paths', async () => {
    const { stdout } = await cli(['scan', 'k8s/node-exporter.yaml', '--format', 'json'])
    const rules = JSON.parse(stdout).findings.map((f: { ruleId: string; file: string }) => `${f.file} ${f.ruleId}`)
    expect(rules).not.toContain('k8s/node-exporter.yaml exception-missing-control')
  })

  it('puts the suppression in SARIF', async () => {
    const sarif = JSON.parse((await cli(['scan', 'k8s/node-exporter.yaml', '--format', 'sarif'])).stdout)
    const suppressed = sarif.runs[0].results.filter((r: { suppressions?: unknown }) => r.suppressions)
    expect(suppressed.map((r: { suppressions: Array<{ justification: string }> }) => r.suppressions[0].justification)).toEqual([
      'SEC-123: node exporter reads host network and process statistics; owner: team-observability; expires: 2025-12-31',
      'SEC-123: node exporter reads host network and process statistics; owner: team-observability; expires: 2025-12-31',
    ])
  })
})
