/** What the build check asks of a container tool's build, whichever tool runs it (podman-argv.ts, docker-argv.ts). */

/**
 * Network for RUN steps. `isolated`: the container tool's private network namespace (podman
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
