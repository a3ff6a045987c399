/**
 * runtime-check: run each workload of a manifest as one Pod and observe, from inside, whether it
 * shares the node's network, PID and IPC namespaces.
 *
 * podman: `podman kube play` of a generated Pod file, wait until its first container runs, run the
 * probe with `podman exec … sh -c`, or — when the image has no shell — from a sidecar
 * (`podman run --rm --pod <pod> --pid container:<target>`), compare with the node, then
 * `podman kube down` + `podman pod rm -f`.
 * kind: the same with `kubectl apply` / `wait` / `exec` / `debug --target` / `delete`, the node's
 * namespaces read through `docker exec` in the kind node container.
 *
 * Teardown always runs (finally), also on timeout and on SIGINT/SIGTERM, which abort the running
 * command; the whole check, teardown excluded, is bounded by `timeoutMs`.
 *
 * Engine fidelity: podman 4.3 `kube play` applies hostNetwork but ignores hostPID and hostIPC
 * (its ToPodOpt only wires hostNetwork); newer podman applies all three. A flag the spec requests
 * but the engine did not apply is still reported as shared (a node would share it), and the
 * evidence says which engine dropped it; see probe.ts#compareNamespaces.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { HOST_NAMESPACE, HOST_NAMESPACES, type Namespace } from '../namespaces.js'
import { randomSuffix } from './generated-names.js'
import {
  kindCreateClusterArgv,
  kindDeleteClusterArgv,
  kindGetClustersArgv,
  kindLoadImageArgv,
  kindNodeExecArgv,
  kindVersionArgv,
  kubectlApplyArgv,
  kubectlDebugArgv,
  kubectlDeleteArgv,
  kubectlExecArgv,
  kubectlGetPodArgv,
  kubectlWaitReadyArgv,
  type KubeTarget,
} from './kind-argv.js'
import {
  podmanContainerStateArgv,
  podmanExecArgv,
  podmanKubeDownArgv,
  podmanKubePlayArgv,
  podmanLogsArgv,
  podmanPodExistsArgv,
  podmanPodRmArgv,
  podmanPodStopArgv,
  podmanSidecarArgv,
  podmanVersionArgv,
} from './podman-argv.js'
import { DEFAULT_PROBE_IMAGE, SETUP_HINT, podmanEnv, resolveContainersConf } from './podman-setup.js'
import { spawnRunner, tail, type RunOptions, type RunResult, type Runner } from './process-runner.js'
import { assertSafeArg } from './safe-arg.js'
import { SmokeError } from './smoke-error.js'
import { Budget, sleep } from './budget.js'
import { reduceToPod, workloadsFromManifest } from './pod.js'
import type { ReducedPod, Workload } from './pod.js'
import { compareNamespaces, isComplete, observeLocalHost, parseProbeOutput, probeScript } from './probe.js'
import type { NamespaceVerdict, Observation, ProbeMode } from './probe.js'

export type RuntimeEngine = 'podman' | 'kind'

export interface RuntimeCheckOptions {
  /** Path of the manifest (multi-document YAML). */
  manifest: string
  engine: RuntimeEngine
  /** Replaces every container image (the command becomes `keepAlive`). */
  image?: string
  /** Budget for the whole check, teardown excluded (default 120 s). */
  timeoutMs?: number
  runner?: Runner
  /** Image with `sh` + `readlink` for the sidecar probe (default localhost/hng-busybox:latest). */
  probeImage?: string
  /** Command for overridden images (default `sleep 86400`). */
  keepAlive?: string[]
  /** podman: containers.conf (default: CONTAINERS_CONF, else the one .ci/setup-podman.sh writes). */
  containersConf?: string
  /** kind: cluster name (default `hng-smoke`); created when missing and then deleted afterwards. */
  kindCluster?: string
  /** kind: namespace for the pods (default `default`). */
  kubeNamespace?: string
  /** Install SIGINT/SIGTERM handlers that abort and tear down (default true). */
  handleSignals?: boolean
  /** External cancellation; treated like SIGINT. */
  signal?: AbortSignal
  /** How the node's namespaces are read (default: this process's own, or the kind node's). */
  observeHost?: () => Promise<Observation>
  /** Called after each step; tests use it to interrupt at a known point. */
  onProgress?: (event: RuntimeProgress) => void
  /**
   * Host namespaces an honoured exception allows, by workload (`Kind/namespace/name`): such a workload
   * passes when it shares exactly these and no more (see parseAllowList).
   */
  allow?: Readonly<Record<string, readonly Namespace[]>>
}

export type RuntimeProgress =
  | { step: 'played'; resource: string; pod: string }
  | { step: 'running'; resource: string; pod: string }
  | { step: 'probed'; resource: string; pod: string; probe: ProbeMode }
  | { step: 'removed'; resource: string; pod: string; ok: boolean }

export interface WorkloadRuntimeResult {
  resource: string
  /** Generated pod name. */
  pod: string
  /** Container the probe observed (podman: `<pod>-<container>`). */
  container: string
  probe: ProbeMode
  namespaces: Record<Namespace, NamespaceVerdict>
  /** What its exception allows (empty without one). */
  allowed: Namespace[]
  /** Every namespace observed, and shared exactly when its exception allows it. */
  ok: boolean
  /** Why the sidecar was used, fields dropped, and similar. */
  notes: string[]
}

export interface RuntimeCheckResult {
  ok: boolean
  engine: RuntimeEngine
  engineVersion: string
  manifest: string
  workloads: WorkloadRuntimeResult[]
  /** Every pod (and sidecar, and a kind cluster we created) is gone. */
  cleanedUp: boolean
}

const DEFAULT_TIMEOUT_MS = 120_000
/** Per teardown command; teardown is not bounded by the check's own budget. */
const TEARDOWN_TIMEOUT_MS = 60_000
const POLL_MS = 200

function describe(r: RunResult): string {
  return tail(`${r.stderr}\n${r.stdout}`, 15, 2000) || `exit code ${r.code}`
}

/** What the two engines must do; the loop in runRuntimeCheck is shared. */
interface EngineDriver {
  label: string
  version: string
  observeHost(): Promise<Observation>
  play(pod: ReducedPod, file: string): Promise<void>
  waitRunning(pod: ReducedPod): Promise<void>
  /** Runs the probe in the first container; the output is undefined when `sh` could not run it. */
  exec(pod: ReducedPod): Promise<{ observation: Observation | undefined; detail: string }>
  sidecar(pod: ReducedPod): Promise<{ observation: Observation | undefined; detail: string }>
  /** Display name of the probed container. */
  containerName(pod: ReducedPod): string
  /** Removes one pod; returns whether it is gone. Must work after a partial play. */
  remove(pod: ReducedPod, file: string): Promise<boolean>
  /** Engine-wide teardown (kind cluster we created); returns whether it succeeded. */
  finish(): Promise<boolean>
}

/**
 * Runs the runtime smoke check. Resolves with per-workload verdicts; throws SmokeError for usage
 * and engine errors, timeouts and interruptions (after teardown; `error.cleanedUp` tells whether
 * teardown completed).
 */
export async function runRuntimeCheck(opts: RuntimeCheckOptions): Promise<RuntimeCheckResult> {
  const runner = opts.runner ?? spawnRunner
  let text: string
  try {
    text = await readFile(opts.manifest, 'utf8')
  } catch (err) {
    throw new SmokeError('usage', `cannot read manifest ${opts.manifest}: ${(err as Error).message}`)
  }
  const workloads = workloadsFromManifest(text, opts.manifest)
  if (workloads.length === 0)
    throw new SmokeError(
      'usage',
      `${opts.manifest}: no workload with a pod spec (Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, PodTemplate, List)`,
    )
  if (opts.image !== undefined) assertSafeArg(opts.image, 'image')
  const probeImage = assertSafeArg(opts.probeImage ?? DEFAULT_PROBE_IMAGE, 'probe image')

  const budget = new Budget(opts.timeoutMs ?? DEFAULT_TIMEOUT_MS, opts.handleSignals ?? true, opts.signal, 'runtime check')
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'hng-runtime-'))
  const runId = randomSuffix(8)
  const live: Array<{ pod: ReducedPod; file: string }> = []
  let cleanedUp = true
  let driver: EngineDriver | undefined
  let result: RuntimeCheckResult | undefined
  let thrown: SmokeError | undefined
  try {
    /** A command bounded by the budget and aborted with it. */
    const run = (argv: string[], extra: RunOptions = {}): Promise<RunResult> => {
      budget.check()
      return runner(argv, { ...extra, timeoutMs: Math.max(1, budget.remaining()), signal: budget.controller.signal })
    }
    /** A teardown command: not aborted, bounded on its own. */
    const teardownRun = (argv: string[], extra: RunOptions = {}): Promise<RunResult> => runner(argv, { ...extra, timeoutMs: TEARDOWN_TIMEOUT_MS })

    driver =
      opts.engine === 'podman'
        ? await podmanDriver(opts, run, teardownRun, budget, probeImage)
        : opts.engine === 'kind'
          ? await kindDriver(opts, run, teardownRun, budget, probeImage)
          : undefined
    if (!driver) throw new SmokeError('usage', `unknown runtime engine ${JSON.stringify(opts.engine)} (podman or kind)`)

    const host = opts.observeHost ? await opts.observeHost() : await driver.observeHost()
    const hostLinks = HOST_NAMESPACES.map(n => `${n.procFile}: ${host.ns[n.id] || '?'}`).join(', ')
    if (!isComplete(host)) throw new SmokeError('engine', `cannot read the node's namespace links (${hostLinks})`)

    const results: WorkloadRuntimeResult[] = []
    for (const w of workloads) {
      budget.check()
      const pod = reduceToPod(w, {
        ...(opts.image !== undefined ? { image: opts.image } : {}),
        ...(opts.keepAlive ? { keepAlive: opts.keepAlive } : {}),
        runLabel: runId,
        ...(opts.engine === 'kind' ? { namespace: opts.kubeNamespace ?? 'default' } : {}),
      })
      // JSON, not YAML: podman and kubectl read YAML 1.1, where an unquoted `on`/`yes` that a
      // YAML 1.2 writer leaves bare would turn a string (an env value) into a boolean.
      const file = path.join(tmp, `${pod.name}.json`)
      await writeFile(file, JSON.stringify(pod.manifest, null, 2) + '\n', 'utf8')
      const entry = { pod, file }
      live.push(entry) // before play: a partial play is torn down too
      results.push(await checkOne(driver, w, pod, file, opts, budget))
      const gone = await driver.remove(pod, file)
      if (gone) live.splice(live.indexOf(entry), 1)
      else cleanedUp = false
      opts.onProgress?.({ step: 'removed', resource: w.resource, pod: pod.name, ok: gone })
    }
    result = {
      ok: results.every(r => r.ok),
      engine: opts.engine,
      engineVersion: driver.version,
      manifest: opts.manifest,
      workloads: results,
      cleanedUp,
    }
    return result
  } catch (err) {
    // Report an abort as such even when it surfaced as a failed command.
    const error =
      budget.reason !== undefined
        ? new SmokeError(
            budget.reason,
            budget.reason === 'timeout' ? `runtime check timed out after ${opts.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms` : 'runtime check interrupted',
            { cause: err },
          )
        : err instanceof SmokeError
          ? err
          : new SmokeError('engine', (err as Error)?.message ?? String(err), { cause: err })
    thrown = error
    throw error
  } finally {
    for (const { pod, file } of [...live]) {
      const gone = driver ? await driver.remove(pod, file).catch(() => false) : true
      if (!gone) cleanedUp = false
    }
    if (driver && !(await driver.finish().catch(() => false))) cleanedUp = false
    budget.dispose()
    await rm(tmp, { recursive: true, force: true })
    // The returned result and a thrown error carry the teardown outcome (same objects, set late).
    if (result) result.cleanedUp = cleanedUp
    if (thrown) thrown.cleanedUp = cleanedUp
  }
}

async function checkOne(
  driver: EngineDriver,
  w: Workload,
  pod: ReducedPod,
  file: string,
  opts: RuntimeCheckOptions,
  budget: Budget,
): Promise<WorkloadRuntimeResult> {
  const notes: string[] = []
  await driver.play(pod, file)
  opts.onProgress?.({ step: 'played', resource: w.resource, pod: pod.name })
  await driver.waitRunning(pod)
  opts.onProgress?.({ step: 'running', resource: w.resource, pod: pod.name })
  budget.check()
  let probe: ProbeMode = 'in-container'
  let { observation, detail } = await driver.exec(pod)
  if (!isComplete(observation)) {
    budget.check()
    notes.push(
      observation
        ? `the image's sh ran the probe but could not read the namespace links (no readlink?); probed from a sidecar`
        : `no usable shell in ${driver.containerName(pod)} (${detail.split('\n').pop() ?? ''}); probed from a sidecar`,
    )
    probe = 'sidecar'
    ;({ observation, detail } = await driver.sidecar(pod))
    if (!isComplete(observation)) throw new SmokeError('engine', `${w.resource}: the sidecar probe failed: ${detail}`)
    notes.push(
      `sidecar view: ${HOST_NAMESPACE.network.procFile} and ${HOST_NAMESPACE.ipc.procFile} are the pod's shared namespaces and ${HOST_NAMESPACE.pid.procFile} is joined from the target container, so the links are the ones the target uses; ` +
        "the target's own filesystem, /proc/self and mount namespace are not observed",
    )
  }
  opts.onProgress?.({ step: 'probed', resource: w.resource, pod: pod.name, probe })
  const host = opts.observeHost ? await opts.observeHost() : await driver.observeHost()
  const namespaces = compareNamespaces(observation, host, w.requested, { probe, engineLabel: driver.label, container: driver.containerName(pod) })
  // An exception's namespaces must be shared (it allows no more than the workload uses), the others
  // isolated and seen to be.
  const allowed = HOST_NAMESPACES.map(n => n.id).filter(id => opts.allow?.[w.resource]?.includes(id))
  const ok = HOST_NAMESPACES.every(n => (allowed.includes(n.id) ? namespaces[n.id].shared : !namespaces[n.id].shared && namespaces[n.id].observed === false))
  if (allowed.length)
    notes.push(`an exception allows ${allowed.join(', ')}: ${ok ? 'shared exactly as allowed' : 'the namespaces shared differ from those allowed'}`)
  return { resource: w.resource, pod: pod.name, container: driver.containerName(pod), probe, namespaces, allowed, ok, notes }
}

type Run = (argv: string[], extra?: RunOptions) => Promise<RunResult>

/**
 * `--allow` of the runtime check (the smoke matrix's `allow`): `Kind/ns/name=hostNetwork,hostPID`
 * tokens separated by spaces; the pod field or the namespace id names each namespace.
 */
export function parseAllowList(text: string): Record<string, Namespace[]> {
  const out: Record<string, Namespace[]> = {}
  for (const token of text.split(/\s+/).filter(Boolean)) {
    const at = token.lastIndexOf('=')
    const resource = token.slice(0, at)
    if (at <= 0) throw new SmokeError('usage', `--allow: ${JSON.stringify(token)} is not Kind/namespace/name=field,field`)
    out[resource] = token
      .slice(at + 1)
      .split(',')
      .filter(Boolean)
      .map(name => {
        const ns = HOST_NAMESPACES.find(n => n.podField === name || n.id === name)
        if (!ns) throw new SmokeError('usage', `--allow: ${JSON.stringify(name)} names no host namespace (${HOST_NAMESPACES.map(n => n.podField).join(', ')})`)
        return ns.id
      })
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// podman

async function podmanDriver(opts: RuntimeCheckOptions, run: Run, teardownRun: Run, budget: Budget, probeImage: string): Promise<EngineDriver> {
  const env = podmanEnv(opts.containersConf ?? resolveContainersConf())
  const v = await run(podmanVersionArgv(), { env })
  if (v.code !== 0) throw new SmokeError('engine', `podman is not available: ${describe(v)}; ${SETUP_HINT}`)
  const version = v.stdout.trim()
  const first = (pod: ReducedPod): string => `${pod.name}-${pod.containers[0]}`
  const script = probeScript()
  return {
    label: `podman ${version} kube play`,
    version: `podman ${version}`,
    observeHost: async () => observeLocalHost(),
    containerName: first,
    async play(pod, file) {
      const r = await run(podmanKubePlayArgv(file), { env })
      if (r.code !== 0) throw new SmokeError('engine', `podman kube play of ${pod.name} failed: ${describe(r)}`)
    },
    async waitRunning(pod) {
      const ctr = first(pod)
      for (;;) {
        const r = await run(podmanContainerStateArgv(ctr), { env })
        const [state, exitCode] = r.stdout.trim().split('|')
        if (r.code === 0 && state === 'running') return
        if (r.code === 0 && (state === 'exited' || state === 'stopped' || state === 'dead')) {
          const logs = await run(podmanLogsArgv(ctr), { env })
          throw new SmokeError(
            'engine',
            `${ctr} ${state} (exit code ${exitCode}) before it could be probed; logs: ${tail(logs.stdout + logs.stderr, 10, 1000) || '(none)'}`,
          )
        }
        await sleep(POLL_MS, budget.controller.signal)
        budget.check()
      }
    },
    async exec(pod) {
      const r = await run(podmanExecArgv(first(pod), script), { env })
      return { observation: parseProbeOutput(r.stdout), detail: describe(r) }
    },
    async sidecar(pod) {
      const r = await run(podmanSidecarArgv({ pod: pod.name, target: first(pod), name: `${pod.name}-hng-probe`, image: probeImage, script }), { env })
      return { observation: parseProbeOutput(r.stdout), detail: describe(r) }
    },
    async remove(pod, file) {
      // stop + pod rm first (fast), then kube down for anything else the file created; kube down
      // then reports "no such pod", which is expected.
      await teardownRun(podmanPodStopArgv(pod.name), { env })
      await teardownRun(podmanPodRmArgv(pod.name), { env })
      await teardownRun(podmanKubeDownArgv(file), { env })
      const exists = await teardownRun(podmanPodExistsArgv(pod.name), { env })
      // `pod exists` exits 1 when the pod is gone; anything else (still there, podman broken) is not clean.
      return exists.code === 1
    },
    finish: async () => true,
  }
}

// ---------------------------------------------------------------------------------------------
// kind

async function kindDriver(opts: RuntimeCheckOptions, run: Run, teardownRun: Run, budget: Budget, probeImage: string): Promise<EngineDriver> {
  const cluster = assertSafeArg(opts.kindCluster ?? 'hng-smoke', 'kind cluster')
  const target: KubeTarget = { cluster, namespace: opts.kubeNamespace ?? 'default' }
  const v = await run(kindVersionArgv())
  if (v.code !== 0) throw new SmokeError('engine', `kind is not available: ${describe(v)}`)
  const clusters = await run(kindGetClustersArgv())
  if (clusters.code !== 0) throw new SmokeError('engine', `kind get clusters failed: ${describe(clusters)}`)
  let created = false
  if (!clusters.stdout.split(/\s+/).includes(cluster)) {
    created = true
    const c = await run(kindCreateClusterArgv(cluster))
    if (c.code !== 0) {
      await teardownRun(kindDeleteClusterArgv(cluster))
      throw new SmokeError('engine', `kind create cluster ${cluster} failed: ${describe(c)}`)
    }
  }
  if (opts.image !== undefined) {
    const l = await run(kindLoadImageArgv(cluster, opts.image))
    if (l.code !== 0) {
      if (created) await teardownRun(kindDeleteClusterArgv(cluster))
      throw new SmokeError('engine', `kind load docker-image ${opts.image} failed: ${describe(l)}`)
    }
  }
  const script = probeScript()
  let hostObs: Observation | undefined
  return {
    label: `kind (${v.stdout.trim()})`,
    version: v.stdout.trim(),
    async observeHost() {
      if (hostObs) return hostObs
      // `docker exec` runs in the node container's namespaces: the node's, as the kubelet sees them.
      const r = await run(kindNodeExecArgv(cluster, script))
      const o = parseProbeOutput(r.stdout)
      if (!o) throw new SmokeError('engine', `cannot probe the kind node ${cluster}-control-plane: ${describe(r)}`)
      hostObs = o
      return o
    },
    containerName: pod => `${pod.name}/${pod.containers[0]}`,
    async play(pod, file) {
      const r = await run(kubectlApplyArgv(target, file))
      if (r.code !== 0) throw new SmokeError('engine', `kubectl apply of ${pod.name} failed: ${describe(r)}`)
    },
    async waitRunning(pod) {
      const r = await run(kubectlWaitReadyArgv(target, pod.name, budget.remaining() / 1000))
      if (r.code !== 0) throw new SmokeError('engine', `pod ${pod.name} did not become Ready: ${describe(r)}`)
    },
    async exec(pod) {
      const r = await run(kubectlExecArgv(target, pod.name, pod.containers[0], script))
      return { observation: parseProbeOutput(r.stdout), detail: describe(r) }
    },
    async sidecar(pod) {
      const r = await run(kubectlDebugArgv(target, pod.name, pod.containers[0], 'hng-probe', probeImage, script))
      return { observation: parseProbeOutput(r.stdout), detail: describe(r) }
    },
    async remove(pod, file) {
      await teardownRun(kubectlDeleteArgv(target, file))
      const r = await teardownRun(kubectlGetPodArgv(target, pod.name))
      return r.code === 0 && r.stdout.trim() === ''
    },
    async finish() {
      if (!created) return true
      const r = await teardownRun(kindDeleteClusterArgv(cluster))
      return r.code === 0
    },
  }
}
