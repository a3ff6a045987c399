/**
 * What .ci/setup-podman.sh leaves behind for the smoke checks: a containers.conf and a probe image.
 * Podman reads its configuration from the environment, so the checks find that file here and
 * hand it to every podman command.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'

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
export function resolveContainersConf(env: Record<string, string | undefined> = process.env, exists: (p: string) => boolean = existsSync): string | undefined {
  if (env.CONTAINERS_CONF) return env.CONTAINERS_CONF
  const candidate = path.join(env.HNG_PODMAN_DIR || DEFAULT_PODMAN_DIR, 'containers.conf')
  return exists(candidate) ? candidate : undefined
}

/** Environment additions for podman commands. */
export function podmanEnv(containersConf: string | undefined): Record<string, string> {
  return containersConf ? { CONTAINERS_CONF: containersConf } : {}
}
