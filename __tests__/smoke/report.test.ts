import { describe, expect, it } from '@jest/globals'
import type { BuildCheckResult } from '../../src/smoke/build-check.js'
import { SmokeError } from '../../src/smoke/smoke-error.js'
import { compareNamespaces, parseProbeOutput } from '../../src/smoke/probe.js'
import { formatBuildText, formatErrorJson, formatErrorText, formatJson, formatRuntimeText, smokeExitCode } from '../../src/smoke/report.js'
import type { RuntimeCheckResult } from '../../src/smoke/runtime-check.js'
import { HOST_NS, POD_NS, probeOutput } from '../../__fixtures__/smoke/fake-runner.js'

const host = parseProbeOutput(probeOutput(HOST_NS, { pid1: 'systemd' }))!
const ctx = { probe: 'in-container' as const, engineLabel: 'podman 4.3.1 kube play', container: 'p-app' }

function runtime(ns: typeof POD_NS, requested = { network: false, pid: false, ipc: false }): RuntimeCheckResult {
  const namespaces = compareNamespaces(parseProbeOutput(probeOutput(ns))!, host, requested, ctx)
  const ok = Object.values(namespaces).every(v => !v.shared)
  return {
    ok,
    engine: 'podman',
    engineVersion: 'podman 4.3.1',
    manifest: 'k8s/web.yaml',
    workloads: [
      {
        resource: 'Deployment/web',
        pod: 'hng-deployment-web-1',
        container: 'hng-deployment-web-1-app',
        probe: 'in-container',
        namespaces,
        allowed: [],
        ok,
        notes: [],
      },
    ],
    cleanedUp: true,
  }
}

const build: BuildCheckResult = {
  ok: false,
  engine: 'podman',
  image: 'localhost/hng-build-check:1',
  failedStep: 'RUN nc 127.0.0.1 9',
  failedLine: 3,
  reason: 'failed',
  message: 'build failed at step 2/2, Dockerfile:3: RUN nc 127.0.0.1 9 (exit 1).',
  hostNetworkSteps: [],
  output: 'STEP 2/2: RUN nc 127.0.0.1 9\nError: building at STEP "RUN nc 127.0.0.1 9"',
  cleanedUp: true,
  durationMs: 5,
}

describe('text reports', () => {
  it('shows PASS/FAIL per workload and namespace with evidence', () => {
    const text = formatRuntimeText(runtime({ ...POD_NS, net: HOST_NS.net }, { network: true, pid: false, ipc: false }))
    const lines = text.split('\n')
    expect(lines[0]).toBe('runtime-check FAIL: k8s/web.yaml on podman 4.3.1 (1 workload)')
    expect(lines[2]).toBe('FAIL Deployment/web → pod hng-deployment-web-1 (probe: in-container, container hng-deployment-web-1-app)')
    expect(lines[3]).toMatch(/^ {2}network FAIL {4}shared with the node: same namespace as the node: net:\[4026531833\] = node net:\[4026531833\]/)
    expect(lines[4]).toMatch(/^ {2}pid {5}PASS {4}isolated: own namespace: pid:\[4026532254\] ≠ node pid:\[4026531836\]/)
    expect(lines[5]).toMatch(/^ {2}ipc {5}PASS {4}isolated: /)
    expect(lines.at(-1)).toBe('cleanup: every pod the check created is gone')
  })

  it('shows the failing build step and the output tail', () => {
    expect(formatBuildText(build).split('\n')).toEqual([
      'build-check FAIL (podman): build failed at step 2/2, Dockerfile:3: RUN nc 127.0.0.1 9 (exit 1).',
      '  failed step (line 3): RUN nc 127.0.0.1 9',
      '  output (tail):',
      '    STEP 2/2: RUN nc 127.0.0.1 9',
      '    Error: building at STEP "RUN nc 127.0.0.1 9"',
      'cleanup: localhost/hng-build-check:1 removed',
    ])
  })

  it('formats errors', () => {
    const e = new SmokeError('timeout', 'runtime check timed out after 10 ms', { cleanedUp: false })
    expect(formatErrorText(e)).toBe('smoke check timeout: runtime check timed out after 10 ms (cleanup INCOMPLETE)')
    expect(JSON.parse(formatErrorJson(e))).toEqual({ ok: false, error: { kind: 'timeout', message: 'runtime check timed out after 10 ms', cleanedUp: false } })
  })
})

describe('JSON reports', () => {
  it('round-trips the result', () => {
    const r = runtime(POD_NS)
    const json = formatJson(r)
    expect(json.endsWith('}\n')).toBe(true)
    expect(JSON.parse(json)).toEqual(r)
  })
})

describe('smokeExitCode', () => {
  it('maps ok → 0, findings → 1, errors → 2, interruption → 130', () => {
    expect(smokeExitCode(runtime(POD_NS))).toBe(0)
    expect(smokeExitCode(runtime({ ...POD_NS, pid: HOST_NS.pid }))).toBe(1)
    expect(smokeExitCode(runtime(POD_NS, { network: false, pid: false, ipc: true }))).toBe(1)
    expect(smokeExitCode(build)).toBe(1)
    expect(smokeExitCode({ ...build, ok: true })).toBe(0)
    expect(smokeExitCode(new SmokeError('usage', 'x'))).toBe(2)
    expect(smokeExitCode(new SmokeError('engine', 'x'))).toBe(2)
    expect(smokeExitCode(new SmokeError('timeout', 'x'))).toBe(2)
    expect(smokeExitCode(new SmokeError('interrupted', 'x'))).toBe(130)
    expect(smokeExitCode(new Error('boom'))).toBe(2)
    expect(smokeExitCode(undefined)).toBe(2)
  })
})
