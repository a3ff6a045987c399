/**
 * podman commands of the smoke checks, as argv (pure): the build check's `podman build`, and the
 * runtime check's `kube play` of a generated Pod, its probe and its teardown.
 */
import type { BuildArgs } from './build-args.js'
import { assertSafeArg } from './safe-arg.js'

export function podmanVersionArgv(): string[] {
  return ['podman', 'version', '--format', '{{.Client.Version}}']
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

export function podmanRmiArgv(tag: string): string[] {
  return ['podman', 'rmi', '--force', assertSafeArg(tag, 'tag')]
}

export function podmanImageExistsArgv(image: string): string[] {
  return ['podman', 'image', 'exists', assertSafeArg(image, 'image')]
}

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
