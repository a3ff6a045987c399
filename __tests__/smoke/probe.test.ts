import { execFileSync } from 'node:child_process'
import { readlinkSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { compareNamespaces, isComplete, observeLocalHost, parseProbeOutput, probeScript } from '../../src/smoke/probe.js'
import type { Observation } from '../../src/smoke/probe.js'
import { HOST_NS, POD_NS, probeOutput } from '../../__fixtures__/smoke/fake-runner.js'

const ctx = { probe: 'in-container' as const, engineLabel: 'podman 4.3.1 kube play', container: 'p-app' }

function host(): Observation {
  return parseProbeOutput(probeOutput(HOST_NS, { pid1: 'systemd', procs: '80', ifaces: 'eth0 lo ' }))!
}

describe('probe script', () => {
  it('runs under a POSIX sh on this machine and reads the same links as this process', () => {
    const out = execFileSync('sh', ['-c', probeScript()], { encoding: 'utf8' })
    const o = parseProbeOutput(out)
    expect(isComplete(o)).toBe(true)
    expect(o!.ns.network).toBe(readlinkSync('/proc/self/ns/net'))
    expect(o!.ns.pid).toBe(readlinkSync('/proc/self/ns/pid'))
    expect(o!.ns.ipc).toBe(readlinkSync('/proc/self/ns/ipc'))
    expect(o!.interfaces).toContain('lo')
    expect(observeLocalHost().ns).toEqual(o!.ns)
  })
})

describe('parseProbeOutput', () => {
  it('parses fields between the markers, ignoring noise around them', () => {
    const o = parseProbeOutput('warning: noise\n' + probeOutput(POD_NS, { ifaces: 'lo eth0 ', procs: '  4' }) + 'trailing\n')
    expect(o).toEqual({
      ns: { network: POD_NS.net, pid: POD_NS.pid, ipc: POD_NS.ipc },
      pid1Ns: { network: '', pid: '', ipc: '' },
      pid1: 'sleep',
      processes: 4,
      interfaces: ['eth0', 'lo'],
      hostname: 'pod',
    })
  })

  it('returns undefined when the probe did not run', () => {
    expect(parseProbeOutput('exec: "sh": executable file not found in $PATH')).toBeUndefined()
  })

  it('treats missing or malformed links as unreadable', () => {
    const o = parseProbeOutput(probeOutput({ net: '', pid: 'garbage', ipc: 'net:[1]' }))
    expect(o!.ns).toEqual({ network: '', pid: '', ipc: '' })
    expect(isComplete(o)).toBe(false)
  })
})

describe('compareNamespaces', () => {
  it('passes an isolated pod with evidence for each namespace', () => {
    const v = compareNamespaces(parseProbeOutput(probeOutput(POD_NS))!, host(), { network: false, pid: false, ipc: false }, ctx)
    for (const ns of ['network', 'pid', 'ipc'] as const) {
      expect(v[ns]).toMatchObject({ shared: false, observed: false, requested: false })
    }
    expect(v.network.evidence).toBe('own namespace: net:[4026532177] ≠ node net:[4026531833]; interfaces eth0,lo (same as node)')
    expect(v.pid.evidence).toContain('PID 1 is "sleep" (node PID 1: "systemd"), 3 processes visible (node: 80)')
  })

  it('fails namespaces observed to be the node’s', () => {
    const c = parseProbeOutput(probeOutput({ ...POD_NS, net: HOST_NS.net }))!
    const v = compareNamespaces(c, host(), { network: true, pid: false, ipc: false }, ctx)
    expect(v.network).toMatchObject({ shared: true, observed: true, requested: true, container: HOST_NS.net, host: HOST_NS.net })
    expect(v.network.evidence).toMatch(/^same namespace as the node: net:\[4026531833\] = node net:\[4026531833\]; .*spec sets hostNetwork: true$/)
    expect(v.pid.shared).toBe(false)
  })

  it('fails a namespace shared without being requested (engine default)', () => {
    const c = parseProbeOutput(probeOutput({ ...POD_NS, ipc: HOST_NS.ipc }))!
    const v = compareNamespaces(c, host(), { network: false, pid: false, ipc: false }, ctx)
    expect(v.ipc).toMatchObject({ shared: true, observed: true, requested: false })
    expect(v.ipc.evidence).toContain('spec does not set hostIPC, yet the engine shares it')
  })

  it('still fails a requested namespace the engine did not apply, and says so', () => {
    const v = compareNamespaces(parseProbeOutput(probeOutput(POD_NS))!, host(), { network: false, pid: true, ipc: true }, ctx)
    expect(v.pid).toMatchObject({ shared: true, observed: false, requested: true })
    expect(v.pid.evidence).toMatch(
      /^spec sets hostPID: true but podman 4\.3\.1 kube play did not apply it \(probe pid:\[4026532254\] ≠ node pid:\[4026531836\]\)/,
    )
    expect(v.ipc.evidence).toContain('a Kubernetes node shares this namespace, so it is reported as shared')
  })

  it('marks unreadable links as unobserved', () => {
    const v = compareNamespaces(parseProbeOutput(probeOutput({ ...POD_NS, pid: '' }))!, host(), { network: false, pid: false, ipc: false }, ctx)
    expect(v.pid).toMatchObject({ shared: false, observed: null })
    expect(v.pid.evidence).toMatch(/^could not read the pid namespace link/)
  })

  it('labels sidecar evidence', () => {
    const c = parseProbeOutput(probeOutput(POD_NS).replace('pid1.ns.pid=', `pid1.ns.pid=${POD_NS.pid}`))!
    const v = compareNamespaces(c, host(), { network: false, pid: false, ipc: false }, { ...ctx, probe: 'sidecar' })
    expect(v.pid.evidence).toContain(`[seen from a probe sidecar that joined p-app's PID namespace; PID 1 there is in ${POD_NS.pid}]`)
    expect(v.network.evidence).toContain("[seen from a probe sidecar in the pod's shared net namespace]")
  })
})
