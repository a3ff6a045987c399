/**
 * Container-engine plumbing for the smoke checks: argv construction (pure) and one process runner.
 *
 * Every command is an argv array handed to `spawn` without a shell, so names that come from an
 * untrusted manifest or Dockerfile path never reach a shell parser. Names that we put into argv
 * ourselves are either generated (`hng-…`) or validated by `assertSafeArg` (no leading `-`, so a
 * value can never be read as an option, and no control characters).
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'

// ---------------------------------------------------------------------------------------------
// Errors

/**
 * Why a check could not produce a verdict. `usage`: bad input (missing file, no workloads, bad YAML);
 * `engine`: the engine is missing or failed for reasons that are not the workload's;
 * `timeout`: the whole-check budget ran out; `interrupted`: SIGINT/SIGTERM while running.
 * Cleanup has already been attempted when one of these is thrown.
 */
export type SmokeErrorKind = 'usage' | 'engine' | 'timeout' | 'interrupted'

export class SmokeError extends Error {
  readonly kind: SmokeErrorKind
  /** Whether teardown removed everything the check created (set when thrown after teardown). */
  cleanedUp?: boolean

  constructor(kind: SmokeErrorKind, message: string, options?: { cause?: unknown; cleanedUp?: boolean }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'SmokeError'
    this.kind = kind
    if (options?.cleanedUp !== undefined) this.cleanedUp = options.cleanedUp
  }
}

// ---------------------------------------------------------------------------------------------
// Runner

export interface RunOptions {
  /** Kill the process (SIGTERM, then SIGKILL after 2 s) when it runs longer. */
  timeoutMs?: number
  /** Variables added to (and overriding) the inherited environment. */
  env?: Record<string, string | undefined>
  /** Written to stdin, which is then closed; stdin is /dev/null when absent. */
  input?: string
  cwd?: string
  /** Aborting kills the process like a timeout does. */
  signal?: AbortSignal
}

export interface RunResult {
  /** Exit code; 127 when the program could not be started, 124 on timeout, 130 on abort. */
  code: number
  stdout: string
  stderr: string
  timedOut?: boolean
  aborted?: boolean
  /** Set when spawning failed (`ENOENT`: the program is not installed). */
  spawnError?: string
}

/** Runs one argv (argv[0] is the program, looked up on PATH). Never rejects for a failing command. */
export type Runner = (argv: readonly string[], opts?: RunOptions) => Promise<RunResult>

/** Keeps at most this many characters of each stream (the tail: errors are at the end). */
export const MAX_CAPTURE_CHARS = 256 * 1024

function appendBounded(buf: string, chunk: string): string {
  const next = buf + chunk
  return next.length > MAX_CAPTURE_CHARS ? next.slice(next.length - MAX_CAPTURE_CHARS) : next
}

/** The real runner: `child_process.spawn` with `shell: false`. */
export const spawnRunner: Runner = (argv, opts = {}) =>
  new Promise<RunResult>((resolve) => {
    if (argv.length === 0) {
      resolve({ code: 127, stdout: '', stderr: 'empty argv', spawnError: 'EINVAL' })
      return
    }
    if (opts.signal?.aborted) {
      resolve({ code: 130, stdout: '', stderr: 'aborted before start', aborted: true })
      return
    }
    const env: NodeJS.ProcessEnv = { ...process.env }
    for (const [k, v] of Object.entries(opts.env ?? {})) {
      if (v === undefined) delete env[k]
      else env[k] = v
    }
    let stdout = ''
    let stderr = ''
    let timedOut = false
    let aborted = false
    let settled = false
    let killTimer: NodeJS.Timeout | undefined
    const child = spawn(argv[0], argv.slice(1), {
      shell: false,
      env,
      cwd: opts.cwd,
      stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      windowsHide: true,
    })
    const kill = (): void => {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill('SIGTERM')
      killTimer = setTimeout(() => child.kill('SIGKILL'), 2000)
      killTimer.unref()
    }
    const timer =
      opts.timeoutMs !== undefined && opts.timeoutMs > 0
        ? setTimeout(() => {
            timedOut = true
            kill()
          }, opts.timeoutMs)
        : undefined
    const onAbort = (): void => {
      aborted = true
      kill()
    }
    opts.signal?.addEventListener('abort', onAbort, { once: true })
    const finish = (r: RunResult): void => {
      if (settled) return
      settled = true
      if (timer) clearTimeout(timer)
      if (killTimer) clearTimeout(killTimer)
      opts.signal?.removeEventListener('abort', onAbort)
      resolve(r)
    }
    child.stdout?.setEncoding('utf8').on('data', (c: string) => (stdout = appendBounded(stdout, c)))
    child.stderr?.setEncoding('utf8').on('data', (c: string) => (stderr = appendBounded(stderr, c)))
    child.on('error', (err: NodeJS.ErrnoException) => {
      finish({ code: 127, stdout, stderr: stderr + String(err.message), spawnError: err.code ?? 'ERROR' })
    })
    child.on('close', (code, sig) => {
      let exit = code ?? (sig ? 128 + (SIGNALS[sig] ?? 0) : 1)
      if (timedOut) exit = 124
      else if (aborted) exit = 130
      finish({ code: exit, stdout, stderr, ...(timedOut ? { timedOut } : {}), ...(aborted ? { aborted } : {}) })
    })
    if (opts.input !== undefined && child.stdin) {
      child.stdin.on('error', () => undefined)
      child.stdin.end(opts.input)
    }
  })

const SIGNALS: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 }

/** Last `maxLines` lines (and at most `maxChars` characters) of a text, for reports. */
export function tail(text: string, maxLines = 60, maxChars = 6000): string {
  let t = text.replace(/\s+$/, '')
  const lines = t.split('\n')
  if (lines.length > maxLines) t = lines.slice(lines.length - maxLines).join('\n')
  if (t.length > maxChars) t = '…' + t.slice(t.length - maxChars + 1)
  return t
}

// ---------------------------------------------------------------------------------------------
// Environment

/** Where .ci/setup-podman.sh writes containers.conf unless HNG_PODMAN_DIR says otherwise. */
export const DEFAULT_PODMAN_DIR = '/etc/host-namespace-guard'
/** The probe image .ci/setup-podman.sh imports (busybox-static with its applets, PATH=/bin). */
export const DEFAULT_PROBE_IMAGE = 'localhost/hng-busybox:latest'
export const SETUP_HINT = 'run .ci/setup-podman.sh as root (installs podman, runc, busybox-static and writes containers.conf)'

/**
 * The containers.conf podman should use: `CONTAINERS_CONF` when already set, else the one
 * .ci/setup-podman.sh writes (`$HNG_PODMAN_DIR/containers.conf`) when it exists, else none
 * (podman's own configuration).
 */
export function resolveContainersConf(
  env: Record<string, string | undefined> = process.env,
  exists: (p: string) => boolean = existsSync,
): string | undefined {
  if (env.CONTAINERS_CONF) return env.CONTAINERS_CONF
  const candidate = path.join(env.HNG_PODMAN_DIR || DEFAULT_PODMAN_DIR, 'containers.conf')
  return exists(candidate) ? candidate : undefined
}

/** Environment additions for podman commands. */
export function podmanEnv(containersConf: string | undefined): Record<string, string> {
  return containersConf ? { CONTAINERS_CONF: containersConf } : {}
}

// ---------------------------------------------------------------------------------------------
// Argument hygiene and names

/** Rejects values that a CLI could parse as an option, or that carry control characters. */
export function assertSafeArg(value: string, what: string): string {
  if (value.length === 0) throw new SmokeError('usage', `${what} is empty`)
  if (value.startsWith('-')) throw new SmokeError('usage', `${what} must not start with "-": ${JSON.stringify(value)}`)
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value)) throw new SmokeError('usage', `${what} contains control characters: ${JSON.stringify(value)}`)
  return value
}

/** A lower-case DNS-1123 label fragment (`[a-z0-9-]`, no leading/trailing `-`), at most `max` long. */
export function dnsLabel(value: string, max = 63): string {
  const s = value
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .slice(0, max)
    .replace(/^-+|-+$/g, '')
  return s
}

/** Random lower-case hex suffix for unique names and tags. */
export function randomSuffix(length = 8): string {
  let s = ''
  while (s.length < length) s += Math.floor(Math.random() * 0x100000000).toString(16).padStart(8, '0')
  return s.slice(0, length)
}

// ---------------------------------------------------------------------------------------------
// Build commands

/**
 * Network for RUN steps. `isolated`: the engine's private network namespace (podman
 * `--network=private`, docker's default bridge), which can reach the outside but not the node's
 * loopback or interfaces; `none`: loopback only (fully offline builds).
 * There is deliberately no `host`.
 */
export type BuildNetwork = 'isolated' | 'none'

export interface BuildArgs {
  dockerfile: string
  context: string
  tag: string
  network?: BuildNetwork
  /** `missing` (default) pulls a base image only when absent; `never` is fully offline. */
  pull?: 'missing' | 'never'
}

/**
 * `podman build` for a check: never `--network=host`.
 * - `--network=private|none` pins the RUN network even if containers.conf says `netns="host"`.
 * - `--no-cache`: a cached layer would hide a step that once built with host networking.
 * - `--layers=false --force-rm`: no intermediate images or build containers survive, even when
 *   the build fails, so removing the one tag is a complete cleanup.
 * Podman has no entitlement gate for `RUN --network=host` (4.3 rejects the flag as unknown;
 * newer buildah honours it silently), which is why build-check refuses that flag up front.
 */
export function podmanBuildArgv(a: BuildArgs): string[] {
  return [
    'podman',
    'build',
    '--file',
    assertSafeArg(a.dockerfile, 'dockerfile'),
    '--tag',
    assertSafeArg(a.tag, 'tag'),
    '--no-cache',
    '--layers=false',
    '--force-rm',
    `--pull=${a.pull ?? 'missing'}`,
    `--network=${a.network === 'none' ? 'none' : 'private'}`,
    assertSafeArg(a.context, 'context'),
  ]
}

/**
 * `docker buildx build` for a check. BuildKit only runs `RUN --network=host` with the
 * `network.host` entitlement, which needs both `--allow network.host` on the build and
 * `--allow-insecure-entitlement network.host` on the builder; we never pass `--allow`, so such a
 * step fails ("granting entitlement network.host is not allowed"). We also never pass
 * `--network=host`; `none` maps to `--network=none`, `isolated` keeps the default.
 */
export function dockerBuildArgv(a: BuildArgs): string[] {
  const argv = [
    'docker',
    'buildx',
    'build',
    '--load',
    '--progress=plain',
    '--no-cache',
    '--file',
    assertSafeArg(a.dockerfile, 'dockerfile'),
    '--tag',
    assertSafeArg(a.tag, 'tag'),
  ]
  if (a.network === 'none') argv.push('--network=none')
  argv.push(assertSafeArg(a.context, 'context'))
  return argv
}

export function podmanRmiArgv(tag: string): string[] {
  return ['podman', 'rmi', '--force', assertSafeArg(tag, 'tag')]
}

export function podmanImageExistsArgv(image: string): string[] {
  return ['podman', 'image', 'exists', assertSafeArg(image, 'image')]
}

export function dockerRmiArgv(tag: string): string[] {
  return ['docker', 'image', 'rm', '--force', assertSafeArg(tag, 'tag')]
}

export function dockerImageExistsArgv(image: string): string[] {
  return ['docker', 'image', 'inspect', '--format', '{{.Id}}', assertSafeArg(image, 'image')]
}

export function versionArgv(engine: 'podman' | 'docker' | 'kind' | 'kubectl'): string[] {
  switch (engine) {
    case 'podman':
      return ['podman', 'version', '--format', '{{.Client.Version}}']
    case 'docker':
      return ['docker', 'version', '--format', '{{.Server.Version}}']
    case 'kind':
      return ['kind', 'version']
    case 'kubectl':
      return ['kubectl', 'version', '--client']
  }
}

// ---------------------------------------------------------------------------------------------
// Podman pod commands

/** `podman kube play` of one generated Pod file; images are pulled only per imagePullPolicy. */
export function podmanKubePlayArgv(file: string): string[] {
  return ['podman', 'kube', 'play', '--quiet', '--start=true', assertSafeArg(file, 'file')]
}

export function podmanKubeDownArgv(file: string): string[] {
  return ['podman', 'kube', 'down', assertSafeArg(file, 'file')]
}

/**
 * Teardown step 1: kill every container of the pod at once (`--time 0`: the check's containers
 * hold no state, and a `sleep` running as PID 1 ignores SIGTERM, so the default 10 s stop timeout
 * would only slow every check down). Stopping before removing matters with cgroupfs on cgroup v1:
 * a direct `pod rm --force` holds the pod lock while conmon's `podman container cleanup` children,
 * still in the pod cgroup, wait for that lock, and the cgroup removal retries for ~3.5 s; after a
 * stop, the removal takes ~0.05 s.
 */
export function podmanPodStopArgv(pod: string): string[] {
  return ['podman', 'pod', 'stop', '--ignore', '--time', '0', assertSafeArg(pod, 'pod')]
}

/** Teardown step 2: removes the pod and every container in it (including a probe sidecar). */
export function podmanPodRmArgv(pod: string): string[] {
  return ['podman', 'pod', 'rm', '--force', '--ignore', '--time', '0', assertSafeArg(pod, 'pod')]
}

export function podmanPodExistsArgv(pod: string): string[] {
  return ['podman', 'pod', 'exists', assertSafeArg(pod, 'pod')]
}

export function podmanContainerStateArgv(container: string): string[] {
  return ['podman', 'container', 'inspect', '--format', '{{.State.Status}}|{{.State.ExitCode}}', assertSafeArg(container, 'container')]
}

export function podmanLogsArgv(container: string, lines = 20): string[] {
  return ['podman', 'logs', '--tail', String(lines), assertSafeArg(container, 'container')]
}

/** Runs the probe script with `sh -c` inside a running container. */
export function podmanExecArgv(container: string, script: string): string[] {
  return ['podman', 'exec', assertSafeArg(container, 'container'), 'sh', '-c', script]
}

/**
 * An ephemeral probe container in the pod: it joins the pod's shared namespaces (net, ipc, uts,
 * as the infra container holds them) and, with `--pid container:`, the target container's PID
 * namespace (podman pods do not share PID unless shareProcessNamespace is set).
 */
export function podmanSidecarArgv(a: { pod: string; target: string; name: string; image: string; script: string }): string[] {
  return [
    'podman',
    'run',
    '--rm',
    '--pull=missing',
    '--name',
    assertSafeArg(a.name, 'sidecar name'),
    '--pod',
    assertSafeArg(a.pod, 'pod'),
    '--pid',
    `container:${assertSafeArg(a.target, 'container')}`,
    assertSafeArg(a.image, 'probe image'),
    'sh',
    '-c',
    a.script,
  ]
}

// ---------------------------------------------------------------------------------------------
// kind / kubectl commands

export interface KubeTarget {
  /** kind cluster name; the kubectl context is `kind-<cluster>`. */
  cluster: string
  namespace: string
}

function kubectl(t: KubeTarget, ...rest: string[]): string[] {
  return ['kubectl', '--context', `kind-${assertSafeArg(t.cluster, 'cluster')}`, '--namespace', assertSafeArg(t.namespace, 'namespace'), ...rest]
}

export function kindGetClustersArgv(): string[] {
  return ['kind', 'get', 'clusters']
}

export function kindCreateClusterArgv(cluster: string, wait = '120s'): string[] {
  return ['kind', 'create', 'cluster', '--name', assertSafeArg(cluster, 'cluster'), '--wait', wait]
}

export function kindDeleteClusterArgv(cluster: string): string[] {
  return ['kind', 'delete', 'cluster', '--name', assertSafeArg(cluster, 'cluster')]
}

/** Copies a locally built image into the kind node(s) (kind nodes cannot see the host's images). */
export function kindLoadImageArgv(cluster: string, image: string): string[] {
  return ['kind', 'load', 'docker-image', assertSafeArg(image, 'image'), '--name', assertSafeArg(cluster, 'cluster')]
}

/** The kind node is a docker container; the "host" namespaces a pod can share are the node's. */
export function kindNodeExecArgv(cluster: string, script: string, node = `${cluster}-control-plane`): string[] {
  return ['docker', 'exec', assertSafeArg(node, 'node'), 'sh', '-c', script]
}

export function kubectlApplyArgv(t: KubeTarget, file: string): string[] {
  return kubectl(t, 'apply', '-f', assertSafeArg(file, 'file'))
}

export function kubectlWaitReadyArgv(t: KubeTarget, pod: string, timeoutSeconds: number): string[] {
  return kubectl(t, 'wait', '--for=condition=Ready', `pod/${assertSafeArg(pod, 'pod')}`, `--timeout=${Math.max(1, Math.ceil(timeoutSeconds))}s`)
}

export function kubectlExecArgv(t: KubeTarget, pod: string, container: string, script: string): string[] {
  return kubectl(t, 'exec', assertSafeArg(pod, 'pod'), '-c', assertSafeArg(container, 'container'), '--', 'sh', '-c', script)
}

/**
 * An ephemeral debug container (`kubectl debug --target`): it shares the pod's network and IPC
 * namespaces and the target container's PID namespace, the kind analogue of the podman sidecar.
 */
export function kubectlDebugArgv(t: KubeTarget, pod: string, target: string, name: string, image: string, script: string): string[] {
  return kubectl(
    t,
    'debug',
    `pod/${assertSafeArg(pod, 'pod')}`,
    '--quiet',
    '--attach=true',
    '--stdin=false',
    '--tty=false',
    '--image',
    assertSafeArg(image, 'probe image'),
    '--image-pull-policy=IfNotPresent',
    '--target',
    assertSafeArg(target, 'container'),
    '--container',
    assertSafeArg(name, 'debug container'),
    '--',
    'sh',
    '-c',
    script,
  )
}

export function kubectlDeleteArgv(t: KubeTarget, file: string): string[] {
  return kubectl(t, 'delete', '-f', assertSafeArg(file, 'file'), '--ignore-not-found=true', '--grace-period=0', '--force', '--wait=true')
}

export function kubectlGetPodArgv(t: KubeTarget, pod: string): string[] {
  return kubectl(t, 'get', 'pod', assertSafeArg(pod, 'pod'), '--ignore-not-found=true', '-o', 'name')
}
