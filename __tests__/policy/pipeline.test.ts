import { describe, it, expect } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { loadConfig } from '../../src/config/load.js'
import { readCentralFile } from '../../src/config/exceptions-file.js'
import { reviewChanges, scan, scanRepository } from '../../src/pipeline.js'
import { exceptionRecords, reviewRows } from '../../src/policy/index.js'
import { place } from '../../src/findings/place.js'
import { judgeFindings } from '../../src/findings/verdict.js'
import type { Finding } from '../../src/model.js'

/** The run's own verdict on a finding of a whole-tree scan (every finding new). */
const isFailing = (f: Finding, failOn: 'error') => judgeFindings(place([f], undefined, 'added'), { failOn, failOnPreexisting: false })[0].failing
import { ConfigError, defaultConfig } from '../../src/config/config.js'
import { TODAY } from '../support/policy-tester.js'

const ROOT = path.resolve('__fixtures__/policy/repo')

async function scanRepo(files?: string[]) {
  const { config } = await loadConfig(ROOT)
  const centralFile = await readCentralFile(ROOT, config)
  const result = files
    ? await reviewChanges({ root: ROOT, files, config, today: TODAY, centralFile })
    : await scanRepository({ root: ROOT, config, today: TODAY, centralFile })
  return { result }
}

describe('exceptions through the pipeline (__fixtures__/policy/repo)', () => {
  it('suppresses covered findings and reports every exception rule, with NetworkPolicies from another file', async () => {
    const { result } = await scanRepo()
    const lines = result.findings.map(
      f => `${f.file}:${f.span.start.line} ${f.ruleId}${f.suppression ? ' (suppressed)' : ''}${isFailing(f, 'error') ? ' FAIL' : ''}`,
    )
    expect(lines).toEqual([
      '.github/host-namespace-exceptions.yml:9 exception-expiring',
      '.github/host-namespace-exceptions.yml:16 exception-expired FAIL',
      'k8s/cni-agent.yaml:11 exception-missing-control FAIL',
      'k8s/cni-agent.yaml:13 host-network (suppressed)',
      'k8s/debug-pod.yaml:7 host-pid FAIL',
      'k8s/log-shipper.yaml:5 exception-outside-allowed-namespace FAIL',
      'k8s/log-shipper.yaml:18 host-pid FAIL',
      'k8s/log-shipper.yaml:20 exception-missing-control FAIL',
      'k8s/log-shipper.yaml:20 exception-missing-control FAIL',
      'k8s/log-shipper.yaml:20 exception-missing-control FAIL',
      'k8s/node-exporter.yaml:21 host-network (suppressed)',
      'k8s/node-exporter.yaml:22 host-pid (suppressed)',
      'k8s/stale-agent.yaml:12 exception-expired FAIL',
      'k8s/stale-agent.yaml:18 host-ipc FAIL',
    ])
    const np = result.findings.find(f => f.file === 'k8s/cni-agent.yaml' && f.ruleId === 'exception-missing-control')!
    expect(np.message).toMatch(
      /in "kube-system" whose podSelector matches the pod template labels. A NetworkPolicy selects only pods of its own namespace, so cni-agent in namespace "monitoring" \(policies\/network-policies.yaml\) does not count.$/,
    )
    // Every finding, old and new, gets a fingerprint.
    expect(result.findings.every(f => f.fingerprint)).toBe(true)
  })

  it('gives the review rows sorted expired-first', async () => {
    const { result } = await scanRepo()
    expect(reviewRows(result.assessments).map(r => [r.status, r.daysLeft, r.workload, r.controls])).toEqual([
      ['expired', -92, 'DaemonSet/kube-system/removed-agent', 'unknown'],
      ['expired', -1, 'DaemonSet/monitoring/stale-agent', 'ok'],
      ['expiring', 14, 'DaemonSet/kube-system/cni-agent', 'missing'],
      ['active', 121, 'DaemonSet/logging/log-shipper', 'missing'],
      ['active', 213, 'DaemonSet/monitoring/node-exporter', 'ok'],
    ])
  })

  it('collects the records of some files without running rules (base vs head of a pull request)', async () => {
    const { config } = await loadConfig(ROOT)
    const facts = (await scan({ root: ROOT, config, files: ['k8s/node-exporter.yaml', 'k8s/debug-pod.yaml'], rules: new Map(), facts: { exceptions: true } }))
      .facts
    const records = exceptionRecords(facts).records
    expect(records.map(r => [r.origin, r.target, r.allow])).toEqual([
      ['annotation', { kind: 'DaemonSet', namespace: 'monitoring', name: 'node-exporter' }, ['hostNetwork', 'hostPID']],
    ])
    const withCentral = exceptionRecords({ workloads: [], networkPolicies: [] }, await readCentralFile(ROOT, config)).records
    expect(withCentral.map(r => r.target.name)).toEqual(['cni-agent', 'removed-agent'])
  })

  it('treats a missing central file as a configuration error', async () => {
    const config = defaultConfig()
    config.exceptions.file = 'nope.yml'
    await expect(readCentralFile(ROOT, config, '.github/host-namespace-guard.yml')).rejects.toThrow(ConfigError)
    await expect(readCentralFile(ROOT, config)).rejects.toThrow(/exceptions.file: file not found: nope.yml/)
    config.exceptions.file = '../outside.yml'
    await expect(readCentralFile(ROOT, config)).rejects.toThrow(/outside the repository/)
    config.exceptions.file = undefined
    await expect(readCentralFile(ROOT, config)).resolves.toBeUndefined()
  })

  it('refuses a central file that is a link (out of the repository, or to a device), and anything but a regular file', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'hng-central-'))
    const outside = mkdtempSync(path.join(os.tmpdir(), 'hng-secret-'))
    writeFileSync(path.join(outside, 'secret.yml'), 'exceptions: []\n')
    mkdirSync(path.join(dir, '.github'))
    const config = defaultConfig()
    config.exceptions.file = '.github/exceptions.yml'
    symlinkSync(path.join(outside, 'secret.yml'), path.join(dir, '.github/exceptions.yml'))
    await expect(readCentralFile(dir, config)).rejects.toThrow(/leads outside the repository through a symbolic link/)
    rmSync(path.join(dir, '.github/exceptions.yml'))
    symlinkSync('/dev/zero', path.join(dir, '.github/exceptions.yml'))
    await expect(readCentralFile(dir, config)).rejects.toThrow(ConfigError)
    rmSync(path.join(dir, '.github/exceptions.yml'))
    writeFileSync(path.join(dir, 'real.yml'), 'exceptions: []\n')
    symlinkSync('../real.yml', path.join(dir, '.github/exceptions.yml'))
    await expect(readCentralFile(dir, config)).rejects.toThrow(/is a symbolic link: not followed/)
    rmSync(path.join(dir, '.github/exceptions.yml'))
    mkdirSync(path.join(dir, '.github/exceptions.yml'))
    await expect(readCentralFile(dir, config)).rejects.toThrow(/not a regular file|EISDIR/)
  })
})
