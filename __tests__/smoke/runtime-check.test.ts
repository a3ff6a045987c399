/** runRuntimeCheck against a scripted engine: flow, teardown, errors (the real engine: podman.test.ts). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { SmokeError } from '../../src/smoke/smoke-error.js'
import { parseProbeOutput } from '../../src/smoke/probe.js'
import { parseAllowList, runRuntimeCheck } from '../../src/smoke/runtime-check.js'
import { formatRuntimeText } from '../../src/smoke/report.js'
import type { Namespace } from '../../src/namespaces.js'
import { HOST_NS, POD_NS, fakeRunner, probeOutput } from '../../__fixtures__/smoke/fake-runner.js'
import type { FakeRule } from '../../__fixtures__/smoke/fake-runner.js'

const observeHost = async () => parseProbeOutput(probeOutput(HOST_NS, { pid1: 'systemd', procs: '90' }))!

const dirs: string[] = []
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
})

function manifest(text: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hng-rc-'))
  dirs.push(dir)
  const file = path.join(dir, 'm.yaml')
  writeFileSync(file, text)
  return file
}

const POD = 'kind: Pod\nmetadata: {name: web}\nspec:\n  hostNetwork: true\n  containers: [{name: app, image: app:1}]\n'

/** podman that plays, runs and probes happily; `exec` can be replaced. */
function podman(exec: FakeRule['result'], extra: FakeRule[] = []) {
  return fakeRunner([
    ...extra,
    { prefix: ['podman', 'version'], result: { stdout: '4.3.1\n' } },
    { prefix: ['podman', 'container', 'inspect'], result: { stdout: 'running|0\n' } },
    { prefix: ['podman', 'exec'], result: exec },
    { prefix: ['podman', 'pod', 'exists'], result: { code: 1 } },
  ])
}

describe('runRuntimeCheck (podman, scripted)', () => {
  it('plays, probes in the container, compares and tears down', async () => {
    const fake = podman({ stdout: probeOutput({ ...POD_NS, net: HOST_NS.net }) })
    const r = await runRuntimeCheck({
      manifest: manifest(POD),
      engine: 'podman',
      runner: fake.runner,
      observeHost,
      handleSignals: false,
      containersConf: '/c.conf',
    })
    expect(r.ok).toBe(false)
    expect(r.cleanedUp).toBe(true)
    expect(r.engineVersion).toBe('podman 4.3.1')
    const [w] = r.workloads
    expect(w).toMatchObject({ resource: 'Pod/web', probe: 'in-container', ok: false })
    expect(w.pod).toMatch(/^hng-pod-web-[0-9a-f]{6}$/)
    expect(w.namespaces.network).toMatchObject({ shared: true, observed: true })
    expect(w.namespaces.pid).toMatchObject({ shared: false, observed: false })
    const lines = fake.lines()
    const file = fake.calls.find(c => c.argv[2] === 'play')!.argv[5]
    expect(lines).toEqual([
      'podman version --format {{.Client.Version}}',
      `podman kube play --quiet --start=true ${file}`,
      `podman container inspect --format {{.State.Status}}|{{.State.ExitCode}} ${w.pod}-app`,
      expect.stringMatching(new RegExp(`^podman exec ${w.pod}-app sh -c echo 'hng-probe/1'`)),
      `podman pod stop --ignore --time 0 ${w.pod}`,
      `podman pod rm --force --ignore --time 0 ${w.pod}`,
      `podman kube down ${file}`,
      `podman pod exists ${w.pod}`,
    ])
    expect(fake.calls.every(c => c.opts.env?.CONTAINERS_CONF === '/c.conf')).toBe(true)
  })

  it('an exception workload passes when it shares exactly what its exception allows, and fails when it shares more or less', async () => {
    const run = (allow: Record<string, Namespace[]>) =>
      runRuntimeCheck({
        manifest: manifest(POD),
        engine: 'podman',
        runner: podman({ stdout: probeOutput({ ...POD_NS, net: HOST_NS.net }) }).runner,
        observeHost,
        handleSignals: false,
        allow,
      })
    const exactly = await run(parseAllowList('Pod/web=hostNetwork'))
    expect(exactly.ok).toBe(true)
    expect(exactly.workloads[0]).toMatchObject({ allowed: ['network'], ok: true })
    expect(formatRuntimeText(exactly)).toMatch(/network +ALLOWED +shared with the node, as its exception allows/)
    // The exception allows PID as well, which the pod does not use: not exactly what it allows.
    expect((await run({ 'Pod/web': ['network', 'pid'] })).ok).toBe(false)
    // Another workload's exception does not cover this one.
    expect((await run({ 'Pod/other': ['network'] })).ok).toBe(false)
    expect(() => parseAllowList('Pod/web=hostNetwork,hostUTS')).toThrow('--allow: "hostUTS" names no host namespace')
  })

  it('falls back to a sidecar when the container has no shell', async () => {
    const fake = podman({ code: 127, stderr: 'Error: runc: exec failed: exec: "sh": executable file not found in $PATH' }, [
      { prefix: ['podman', 'run'], result: { stdout: probeOutput(POD_NS) } },
    ])
    const r = await runRuntimeCheck({
      manifest: manifest(POD.replace('hostNetwork: true', 'hostNetwork: false')),
      engine: 'podman',
      runner: fake.runner,
      observeHost,
      handleSignals: false,
    })
    const [w] = r.workloads
    expect(w).toMatchObject({ probe: 'sidecar', ok: true })
    expect(w.notes[0]).toMatch(/^no usable shell in hng-pod-web-[0-9a-f]+-app \(Error: runc: exec failed: exec: "sh": executable file not found/)
    expect(fake.lines().find(l => l.startsWith('podman run'))).toMatch(
      new RegExp(`^podman run --rm --pull=missing --name ${w.pod}-hng-probe --pod ${w.pod} --pid container:${w.pod}-app localhost/hng-busybox:latest sh -c `),
    )
  })

  it('tears down when the container exits before the probe, and reports its logs', async () => {
    const fake = podman({ stdout: '' }, [
      { prefix: ['podman', 'container', 'inspect'], result: { stdout: 'exited|3\n' } },
      { prefix: ['podman', 'logs'], result: { stdout: 'cannot bind :80\n' } },
    ])
    const err = await runRuntimeCheck({ manifest: manifest(POD), engine: 'podman', runner: fake.runner, observeHost, handleSignals: false }).catch(
      (e: unknown) => e,
    )
    expect(err).toBeInstanceOf(SmokeError)
    expect(err).toMatchObject({ kind: 'engine', cleanedUp: true })
    expect((err as Error).message).toMatch(/-app exited \(exit code 3\) before it could be probed; logs: cannot bind :80/)
    expect(fake.lines().filter(l => l.startsWith('podman pod rm'))).toHaveLength(1)
  })

  it('reports incomplete cleanup when the pod survives teardown', async () => {
    const fake = podman({ stdout: probeOutput(POD_NS) }, [{ prefix: ['podman', 'pod', 'exists'], result: { code: 0 } }])
    const r = await runRuntimeCheck({ manifest: manifest(POD), engine: 'podman', runner: fake.runner, observeHost, handleSignals: false })
    expect(r.cleanedUp).toBe(false)
  })

  it('times out, aborting the running command, then tears down', async () => {
    const fake = podman((_argv, opts) => new Promise(resolve => opts.signal?.addEventListener('abort', () => resolve({ code: 130, aborted: true }))))
    const err = await runRuntimeCheck({
      manifest: manifest(POD),
      engine: 'podman',
      runner: fake.runner,
      observeHost,
      handleSignals: false,
      timeoutMs: 200,
    }).catch((e: unknown) => e)
    expect(err).toMatchObject({ kind: 'timeout', cleanedUp: true })
    expect(fake.lines().some(l => l.startsWith('podman pod rm --force'))).toBe(true)
  })

  it('treats SIGINT as an interruption: aborts, tears down, removes its handler', async () => {
    const before = process.listenerCount('SIGINT')
    const fake = podman((_argv, opts) => {
      setTimeout(() => process.emit('SIGINT', 'SIGINT'), 10)
      return new Promise(resolve => opts.signal?.addEventListener('abort', () => resolve({ code: 130, aborted: true })))
    })
    const err = await runRuntimeCheck({ manifest: manifest(POD), engine: 'podman', runner: fake.runner, observeHost }).catch((e: unknown) => e)
    expect(err).toMatchObject({ kind: 'interrupted', cleanedUp: true })
    expect(fake.lines().some(l => l.startsWith('podman pod rm --force'))).toBe(true)
    expect(process.listenerCount('SIGINT')).toBe(before)
  })

  it('rejects manifests without workloads, and a missing engine, before creating anything', async () => {
    await expect(
      runRuntimeCheck({ manifest: manifest('kind: Service\nmetadata: {name: s}\n'), engine: 'podman', runner: fakeRunner([]).runner }),
    ).rejects.toMatchObject({
      kind: 'usage',
      message: expect.stringMatching(/no workload with a pod spec/),
    })
    const missing = fakeRunner([{ prefix: ['podman'], result: { code: 127, spawnError: 'ENOENT', stderr: 'spawn podman ENOENT' } }])
    await expect(runRuntimeCheck({ manifest: manifest(POD), engine: 'podman', runner: missing.runner, handleSignals: false })).rejects.toMatchObject({
      kind: 'engine',
      message: expect.stringMatching(/podman is not available: .*run \.ci\/setup-podman\.sh/),
    })
    expect(missing.lines()).toEqual(['podman version --format {{.Client.Version}}'])
  })
})

describe('runRuntimeCheck (kind, scripted)', () => {
  it('creates the cluster when missing, applies, waits, execs, deletes, and deletes the cluster', async () => {
    const fake = fakeRunner([
      { prefix: ['kind', 'version'], result: { stdout: 'kind v0.27.0 go1.23 linux/amd64\n' } },
      { prefix: ['kind', 'get', 'clusters'], result: { stdout: 'other\n' } },
      { prefix: ['docker', 'exec'], result: { stdout: probeOutput(HOST_NS, { pid1: 'systemd' }) } },
      { prefix: ['kubectl', '*', '*', '*', '*', 'exec'], result: { stdout: probeOutput({ ...POD_NS, net: HOST_NS.net }) } },
      { prefix: ['kubectl', '*', '*', '*', '*', 'get'], result: { stdout: '' } },
    ])
    const r = await runRuntimeCheck({ manifest: manifest(POD), engine: 'kind', image: 'localhost/app:dev', runner: fake.runner, handleSignals: false })
    const [w] = r.workloads
    expect(w.namespaces.network.shared).toBe(true)
    const file = fake.calls.find(c => c.argv[5] === 'apply')!.argv[7]
    const k = 'kubectl --context kind-hng-smoke --namespace default'
    expect(fake.lines().map(l => l.replace(/sh -c [\s\S]*$/, 'sh -c …'))).toEqual([
      'kind version',
      'kind get clusters',
      'kind create cluster --name hng-smoke --wait 120s',
      'kind load docker-image localhost/app:dev --name hng-smoke',
      'docker exec hng-smoke-control-plane sh -c …',
      `${k} apply -f ${file}`,
      expect.stringMatching(new RegExp(`^${k} wait --for=condition=Ready pod/${w.pod} --timeout=\\d+s$`)),
      `${k} exec ${w.pod} -c app -- sh -c …`,
      `${k} delete -f ${file} --ignore-not-found=true --grace-period=0 --force --wait=true`,
      `${k} get pod ${w.pod} --ignore-not-found=true -o name`,
      'kind delete cluster --name hng-smoke',
    ])
    expect(r.cleanedUp).toBe(true)
  })

  it('keeps an existing cluster and probes shell-less images with kubectl debug', async () => {
    const fake = fakeRunner([
      { prefix: ['kind', 'version'], result: { stdout: 'kind v0.27.0\n' } },
      { prefix: ['kind', 'get', 'clusters'], result: { stdout: 'hng-smoke\n' } },
      { prefix: ['docker', 'exec'], result: { stdout: probeOutput(HOST_NS) } },
      {
        prefix: ['kubectl', '*', '*', '*', '*', 'exec'],
        result: { code: 1, stderr: 'OCI runtime exec failed: exec: "sh": executable file not found in $PATH' },
      },
      { prefix: ['kubectl', '*', '*', '*', '*', 'debug'], result: { stdout: probeOutput(POD_NS) } },
      { prefix: ['kubectl', '*', '*', '*', '*', 'get'], result: { stdout: '' } },
    ])
    const r = await runRuntimeCheck({ manifest: manifest(POD.replace('true', 'false')), engine: 'kind', runner: fake.runner, handleSignals: false })
    expect(r.workloads[0]).toMatchObject({ probe: 'sidecar', ok: true })
    expect(fake.lines().some(l => l.includes(' debug pod/') && l.includes('--target app'))).toBe(true)
    expect(fake.lines().some(l => l.startsWith('kind create') || l.startsWith('kind delete'))).toBe(false)
  })
})
