import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { runCli } from '../../src/cli/main.js'
import { loadConfig } from '../../src/config/load.js'
import { checkExceptionApproval } from '../../src/policy/approval.js'
import { recordsOf } from '../support/policy-tester.js'

// The bundled examples show the three states of an exception the README promises: one that
// passes, one expired, and one that a pull request may not add without approval.
async function scanExamples() {
  let stdout = ''
  const code = await runCli(['scan', 'examples', '-f', 'json'], {
    cwd: process.cwd(),
    stdout: s => void (stdout += s),
    stderr: () => {},
    isTTY: false,
    today: new Date('2026-12-01T00:00:00Z'),
  })
  return { code, report: JSON.parse(stdout) as { findings: Array<{ file: string; ruleId: string; failing: boolean; suppression: unknown }> } }
}

describe('examples/', () => {
  it('holds a valid exception whose finding is covered, and an expired one whose finding fails', async () => {
    const { code, report } = await scanExamples()
    expect(code).toBe(1)
    const of = (file: string) => report.findings.filter(f => f.file === file).map(f => [f.ruleId, f.failing, f.suppression !== null])
    expect(of('examples/k8s/log-agent.yaml')).toEqual([['host-pid', false, true]])
    expect(of('examples/k8s/old-collector.yaml')).toEqual([
      ['exception-expired', true, false],
      ['host-network', true, false],
    ])
    expect(of('examples/k8s/web.yaml')).toEqual([])
  })

  it('needs approval when a pull request adds the valid exception', async () => {
    const { config } = await loadConfig(process.cwd())
    const agent = { path: 'examples/k8s/log-agent.yaml', text: readFileSync('examples/k8s/log-agent.yaml', 'utf8') }
    const result = await checkExceptionApproval(undefined, { number: 1, owner: 'example', author: 'dev' }, recordsOf([]), recordsOf([agent]), config)
    expect(result.status).toBe('unapproved')
    expect(result.findings.map(f => f.ruleId)).toEqual(['exception-unapproved'])
    expect(result.message).toContain('- DaemonSet/host-agents/log-agent: new exception allowing hostPID until 2099-12-31')
  })
})
