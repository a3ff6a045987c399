/**
 * Real podman: builds, pods and probes on this machine. Needs .ci/setup-podman.sh to have run
 * (CI runs it first); without podman these tests fail, they do not skip.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { runBuildCheck } from '../../src/smoke/build-check.js'
import { DEFAULT_PROBE_IMAGE, SETUP_HINT, podmanEnv, resolveContainersConf } from '../../src/smoke/podman-setup.js'
import { spawnRunner } from '../../src/smoke/process-runner.js'
import { SmokeError } from '../../src/smoke/smoke-error.js'
import { formatRuntimeText, smokeExitCode } from '../../src/smoke/report.js'
import { runRuntimeCheck } from '../../src/smoke/runtime-check.js'
import type { RuntimeCheckOptions, RuntimeCheckResult } from '../../src/smoke/runtime-check.js'
import type { BuildCheckOptions, BuildCheckResult } from '../../src/smoke/build-check.js'

const FIXTURES = path.resolve('__fixtures__/smoke')
const NOSHELL_IMAGE = 'localhost/hng-noshell:latest'

let env: Record<string, string> = {}
const baseline = { containers: '', pods: '', images: '' }

async function podman(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return spawnRunner(['podman', ...args], { env })
}

/** Everything this file's checks created, to prove each piece is gone (whatever else runs here). */
const created = { pods: new Set<string>(), images: new Set<string>() }

function runtimeCheck(opts: Omit<RuntimeCheckOptions, 'engine'>): Promise<RuntimeCheckResult> {
  return runRuntimeCheck({
    engine: 'podman',
    timeoutMs: 60_000,
    ...opts,
    onProgress: e => {
      created.pods.add(e.pod)
      opts.onProgress?.(e)
    },
  })
}

async function buildCheck(opts: Omit<BuildCheckOptions, 'engine'>): Promise<BuildCheckResult> {
  const r = await runBuildCheck({ engine: 'podman', timeoutMs: 60_000, ...opts })
  created.images.add(r.image)
  return r
}

const listContainers = async () => (await podman('ps', '--all', '--external', '--format', '{{.ID}} {{.Names}}')).stdout.trim()
const listPods = async () => (await podman('pod', 'ps', '--format', '{{.ID}} {{.Name}}')).stdout.trim()
const listImages = async () => (await podman('images', '--all', '--format', '{{.ID}} {{.Repository}}:{{.Tag}}')).stdout.trim()

beforeAll(async () => {
  const version = await spawnRunner(['podman', '--version'], { timeoutMs: 30_000 })
  if (version.code !== 0) throw new Error(`podman is not installed or does not run (${version.stderr.trim() || version.code}): ${SETUP_HINT}`)
  const conf = resolveContainersConf()
  if (!conf) throw new Error(`no containers.conf for the smoke checks: ${SETUP_HINT}`)
  env = podmanEnv(conf)
  for (const image of [DEFAULT_PROBE_IMAGE, NOSHELL_IMAGE]) {
    const r = await podman('image', 'exists', image)
    if (r.code !== 0) throw new Error(`image ${image} is missing: ${SETUP_HINT}`)
  }
  const ran = await podman('run', '--rm', '--pull=never', DEFAULT_PROBE_IMAGE, 'true')
  if (ran.code !== 0) throw new Error(`podman cannot run ${DEFAULT_PROBE_IMAGE} with CONTAINERS_CONF=${conf}: ${ran.stderr.trim()}; ${SETUP_HINT}`)
  baseline.containers = await listContainers()
  baseline.pods = await listPods()
  baseline.images = await listImages()
}, 60_000)

describe('build-check (podman)', () => {
  it('builds a good Dockerfile and removes the image', async () => {
    const r = await buildCheck({ dockerfile: path.join(FIXTURES, 'build-good/Dockerfile'), pull: 'never' })
    expect(r).toMatchObject({ ok: true, engine: 'podman', cleanedUp: true })
    expect(r.output).toMatch(/STEP 3\/3: RUN test "\$\(cat \/x\)" = ok/)
    expect((await podman('image', 'exists', r.image)).code).toBe(1)
    expect(smokeExitCode(r)).toBe(0)
  }, 90_000)

  it('refuses a Dockerfile whose RUN asks for --network=host, naming the line', async () => {
    const r = await buildCheck({ dockerfile: path.join(FIXTURES, 'build-host-network/Dockerfile') })
    expect(r).toMatchObject({
      ok: false,
      reason: 'refused',
      failedLine: 5,
      failedStep: 'RUN --network=host nc -w 2 127.0.0.1 18080 </dev/null > /artifact && test -s /artifact',
      cleanedUp: true,
    })
    expect(r.message).toMatch(/^refused: Dockerfile asks for the host network in a build step \(line 5: RUN --network=host nc/)
    expect(smokeExitCode(r)).toBe(1)
  })

  it('fails a build that only works with the node network, showing the failing step', async () => {
    // A service on the node's loopback: reachable with host networking, not from an isolated build.
    const server = net.createServer(s => s.end('artifact-from-node\n'))
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const port = (server.address() as net.AddressInfo).port
    const dir = mkdtempSync(path.join(os.tmpdir(), 'hng-build-'))
    const dockerfile = path.join(dir, 'Dockerfile')
    writeFileSync(
      dockerfile,
      `FROM ${DEFAULT_PROBE_IMAGE}\nRUN echo preparing > /prep\nRUN nc -w 2 127.0.0.1 ${port} </dev/null > /artifact && grep -q artifact /artifact\n`,
    )
    try {
      // The same Dockerfile does build when the engine is given the host network...
      const tag = `localhost/hng-test-hostnet:${port}`
      created.images.add(tag)
      const hostBuild = await podman('build', '--network=host', '--no-cache', '--layers=false', '--force-rm', '--pull=never', '--tag', tag, dir)
      await podman('rmi', '--force', tag)
      expect(hostBuild.code).toBe(0)
      // ...and the check, which never grants it, fails at that step.
      const r = await buildCheck({ dockerfile, pull: 'never' })
      expect(r).toMatchObject({ ok: false, reason: 'failed', failedLine: 3, cleanedUp: true })
      expect(r.failedStep).toBe(`RUN nc -w 2 127.0.0.1 ${port} </dev/null > /artifact && grep -q artifact /artifact`)
      expect(r.message).toMatch(/^build failed at step 3\/3, Dockerfile:3: RUN nc /)
      expect(r.message).toContain("a step that only works with the host's network fails here")
      expect((await podman('image', 'exists', r.image)).code).toBe(1)
    } finally {
      server.close()
      rmSync(dir, { recursive: true, force: true })
    }
  }, 120_000)
})

describe('runtime-check (podman)', () => {
  it('passes a pod with hostNetwork/hostPID/hostIPC all false', async () => {
    const r = await runtimeCheck({ manifest: path.join(FIXTURES, 'pod-isolated.yaml') })
    expect(r.ok).toBe(true)
    expect(r.cleanedUp).toBe(true)
    const [w] = r.workloads
    expect(w).toMatchObject({ resource: 'Pod/isolated', probe: 'in-container', ok: true })
    for (const ns of ['network', 'pid', 'ipc'] as const) {
      expect(w.namespaces[ns]).toMatchObject({ shared: false, observed: false, requested: false })
      expect(w.namespaces[ns].container).not.toBe(w.namespaces[ns].host)
    }
    expect(w.namespaces.pid.evidence).toContain('PID 1 is "sleep"')
    expect(smokeExitCode(r)).toBe(0)
  }, 90_000)

  it('detects the pod that asks for every host namespace, naming each one with evidence', async () => {
    const r = await runtimeCheck({ manifest: path.join(FIXTURES, 'pod-host-namespaces.yaml') })
    expect(r.ok).toBe(false)
    expect(r.cleanedUp).toBe(true)
    const [w] = r.workloads
    expect(w).toMatchObject({ resource: 'Pod/monitoring/node-agent', ok: false })
    // hostNetwork is applied by every podman 4.x: really the node's namespace.
    expect(w.namespaces.network).toMatchObject({ shared: true, observed: true, requested: true })
    expect(w.namespaces.network.container).toBe(w.namespaces.network.host)
    expect(w.namespaces.network.evidence).toMatch(
      /^same namespace as the node: net:\[\d+\] = node net:\[\d+\]; interfaces .* \(same as node\); spec sets hostNetwork: true$/,
    )
    // hostPID/hostIPC: podman 4.3 kube play ignores them (observed: false); newer podman applies them.
    for (const [ns, flag] of [
      ['pid', 'hostPID'],
      ['ipc', 'hostIPC'],
    ] as const) {
      const v = w.namespaces[ns]
      expect(v).toMatchObject({ shared: true, requested: true })
      if (v.observed) expect(v.evidence).toMatch(new RegExp(`^same namespace as the node: .*spec sets ${flag}: true$`))
      else
        expect(v.evidence).toMatch(
          new RegExp(`^spec sets ${flag}: true but podman [\\d.]+ kube play did not apply it \\(probe ${ns}:\\[\\d+\\] ≠ node ${ns}:\\[\\d+\\]\\)`),
        )
    }
    const text = formatRuntimeText(r)
    expect(text).toMatch(/^ {2}network FAIL/m)
    expect(text).toMatch(/^ {2}pid {5}FAIL/m)
    expect(text).toMatch(/^ {2}ipc {5}FAIL/m)
    expect(smokeExitCode(r)).toBe(1)
  }, 90_000)

  it('reduces a Deployment to its pod and checks it (image override)', async () => {
    const r = await runtimeCheck({ manifest: path.join(FIXTURES, 'deployment.yaml'), image: DEFAULT_PROBE_IMAGE })
    expect(r.workloads).toHaveLength(1) // the Service is not a workload
    const [w] = r.workloads
    expect(w.resource).toBe('Deployment/shop/web')
    expect(w.pod).toMatch(/^hng-deployment-web-[0-9a-f]{6}$/)
    expect(w.container).toBe(`${w.pod}-web`)
    expect(w.probe).toBe('in-container')
    // `hostNetwork: yes` is a YAML 1.1 boolean: shared; PID and IPC stay the pod's own.
    expect(w.namespaces.network).toMatchObject({ shared: true, observed: true })
    expect(w.namespaces.pid).toMatchObject({ shared: false, observed: false })
    expect(w.namespaces.ipc).toMatchObject({ shared: false, observed: false })
    expect(r).toMatchObject({ ok: false, cleanedUp: true })
  }, 90_000)

  it('probes an image without a shell from a sidecar', async () => {
    const r = await runtimeCheck({ manifest: path.join(FIXTURES, 'noshell.yaml') })
    const [w] = r.workloads
    expect(w).toMatchObject({ resource: 'DaemonSet/distroless-agent', probe: 'sidecar', ok: false })
    expect(w.notes[0]).toMatch(/^no usable shell in hng-daemonset-distroless-agent-[0-9a-f]+-agent \(.*executable file not found/)
    expect(w.namespaces.network).toMatchObject({ shared: true, observed: true })
    expect(w.namespaces.network.evidence).toContain("[seen from a probe sidecar in the pod's shared net namespace")
    // The sidecar joined the target's PID namespace: PID 1 there is the target's `sleep`.
    expect(w.namespaces.pid).toMatchObject({ shared: false, observed: false })
    expect(w.namespaces.pid.evidence).toContain('PID 1 is "sleep"')
    expect(w.namespaces.pid.evidence).toContain(`[seen from a probe sidecar that joined ${w.container}'s PID namespace`)
    expect(w.namespaces.ipc).toMatchObject({ shared: false, observed: false })
    expect(r.cleanedUp).toBe(true)
  }, 90_000)

  it('tears down when interrupted by SIGINT while the pod runs', async () => {
    let pod = ''
    const err = await runtimeCheck({
      manifest: path.join(FIXTURES, 'pod-isolated.yaml'),
      onProgress: e => {
        if (e.step === 'running') {
          pod = e.pod
          process.emit('SIGINT', 'SIGINT')
        }
      },
    }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(SmokeError)
    expect(err).toMatchObject({ kind: 'interrupted', cleanedUp: true })
    expect(smokeExitCode(err)).toBe(130)
    expect(pod).not.toBe('')
    expect((await podman('pod', 'exists', pod)).code).toBe(1)
  }, 90_000)

  it('fails as an engine error when an image cannot be found, and cleans up', async () => {
    const err = await runtimeCheck({ manifest: path.join(FIXTURES, 'pod-isolated.yaml'), image: 'localhost/hng-no-such-image:1' }).catch((e: unknown) => e)
    expect(err).toMatchObject({ kind: 'engine', cleanedUp: true })
    expect((err as Error).message).toMatch(/^podman kube play of hng-pod-isolated-[0-9a-f]+ failed: /)
  }, 90_000)
})

describe('cleanup', () => {
  it('removed every pod, container and image the checks created', async () => {
    expect(created.pods.size).toBe(5)
    for (const pod of created.pods) expect([pod, (await podman('pod', 'exists', pod)).code]).toEqual([pod, 1])
    const containers = await listContainers()
    for (const pod of created.pods) expect(containers).not.toContain(pod)
    for (const image of created.images) expect([image, (await podman('image', 'exists', image)).code]).toEqual([image, 1])
  }, 60_000)

  it('leaves podman ps -a, podman pod ps and podman images as they were', async () => {
    expect(await listContainers()).toBe(baseline.containers)
    expect(await listPods()).toBe(baseline.pods)
    expect(await listImages()).toBe(baseline.images)
  }, 60_000)
})
