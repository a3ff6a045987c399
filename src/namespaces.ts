/**
 * The host namespaces this tool guards, one record each: every name a namespace goes by in the
 * formats the scanner reads, the rule that reports it and the file the smoke probe compares.
 * Parsers, rules, policy and smoke checks compute their tables from this one, so a spelling is
 * written here and nowhere else (__tests__/namespaces.test.ts greps src/ to keep it that way).
 * Imports nothing: every layer may read it.
 */

interface NamespaceRecord {
  /** Our own name for the namespace: the key of per-namespace results (smoke verdicts, rule meta). */
  id: string
  /** How messages name it: `host ${display} namespace`. */
  display: string
  /** The rule that reports sharing it; its docs page is `docs/rules/<ruleId>.md`. */
  ruleId: string
  /** The PodSpec field (`hostNetwork: true`). */
  podField: string
  /** The compose service key whose value `host` shares it (`network_mode: host`). */
  composeKey: string
  /** A compose value that keeps the service working without sharing, for the fix; none: the fix deletes the key. */
  composeSafeValue?: string
  /** The key of a compose service's `build:` section that gives the image build the host's namespace. */
  composeBuildKey?: string
  /** The Dockerfile builder flag, `RUN --<flag>=host`, without its dashes. */
  dockerfileFlag?: string
  /**
   * The `docker|podman|nerdctl run|create|build` options naming it, lower-cased. Each is read as
   * `--flag=value` or `--flag value`, in any case (the engines' option parser folds it).
   */
  cliFlags: readonly string[]
  /** The link under `/proc/<pid>/ns/` whose target (`net:[4026531833]`) identifies the namespace. */
  procFile: string
  /**
   * Why sharing it matters, one clause per place it is shared (review comments say the one for the
   * file at hand): a pod on a node, a container on a Docker host, a build step on a builder.
   */
  risk: { pod: string; container: string; build?: string }
  /** The fix, one sentence per file type that can share it. */
  fix: { pod: string; compose: string; command: string; build?: string }
}

const TABLE = [
  {
    id: 'network',
    display: 'network',
    ruleId: 'host-network',
    podField: 'hostNetwork',
    composeKey: 'network_mode',
    composeSafeValue: 'bridge',
    composeBuildKey: 'network',
    dockerfileFlag: 'network',
    cliFlags: ['--network', '--net'],
    procFile: 'net',
    risk: {
      pod: "on the node's network the pod bypasses NetworkPolicy, can bind any node port and reaches services listening on the node's localhost",
      container:
        "on the host's network the container can bind any host port and reaches services listening on the host's localhost, outside Docker's network isolation",
      build: "a build step on the builder's network reaches the builder's localhost services and internal network, and the image stops being reproducible",
    },
    fix: {
      pod: 'Set hostNetwork to false (or delete it) and expose ports through a Service or containerPort.',
      compose: 'Remove network_mode: host (or build.network: host) and publish the ports the service needs under ports:.',
      command: 'Drop --network host (--net host) and publish ports with -p host:container.',
      build: 'Remove --network=host from the RUN; fetch what the step needs over the default build network, or pass credentials with a --mount=type=secret.',
    },
  },
  {
    id: 'pid',
    display: 'PID',
    ruleId: 'host-pid',
    podField: 'hostPID',
    composeKey: 'pid',
    cliFlags: ['--pid'],
    procFile: 'pid',
    risk: {
      pod: "in the node's PID namespace the pod sees every process on the node, can signal them and read their environment and /proc, other pods' secrets included",
      container: "in the host's PID namespace the container sees every process of the host, can signal them and read their /proc entries",
    },
    fix: {
      pod: 'Set hostPID to false (or delete it); to inspect a node, use kubectl debug node/NAME for the time it takes.',
      compose: 'Remove pid: host.',
      command: 'Drop --pid host.',
    },
  },
  {
    id: 'ipc',
    display: 'IPC',
    ruleId: 'host-ipc',
    podField: 'hostIPC',
    composeKey: 'ipc',
    composeSafeValue: 'private',
    cliFlags: ['--ipc'],
    procFile: 'ipc',
    risk: {
      pod: "in the node's IPC namespace the pod reads and writes the node's shared memory and message queues, other pods' included",
      container: "in the host's IPC namespace the container shares the host's shared memory and message queues",
    },
    fix: {
      pod: 'Set hostIPC to false (or delete it); share memory between containers of one pod with an emptyDir volume of medium Memory.',
      compose: 'Set ipc: private (or shareable, or service:NAME to share with one service only).',
      command: 'Drop --ipc host (use --ipc shareable and --ipc container:NAME between your own containers).',
    },
  },
] as const satisfies readonly NamespaceRecord[]

type Row = (typeof TABLE)[number]

export type Namespace = Row['id']
/** The pod spec fields this tool is about. */
export type HostField = Row['podField']

/** One guarded namespace, with its names typed as the union of the table's. */
export type HostNamespace = NamespaceRecord & Pick<Row, 'id' | 'ruleId' | 'podField' | 'composeKey' | 'procFile'>

/** In the order findings, policy messages and smoke reports list them. */
export const HOST_NAMESPACES: readonly HostNamespace[] = TABLE

export const NAMESPACES: readonly Namespace[] = TABLE.map(n => n.id)

/** One value per namespace, computed from its record: `perNamespace((n) => n.procFile)`. */
export function perNamespace<T>(value: (n: HostNamespace) => T): Record<Namespace, T> {
  return Object.fromEntries(HOST_NAMESPACES.map(n => [n.id, value(n)])) as Record<Namespace, T>
}

export const HOST_NAMESPACE: Readonly<Record<Namespace, HostNamespace>> = perNamespace(n => n)

export const HOST_FIELDS: readonly HostField[] = TABLE.map(n => n.podField)

/** The namespaces as a sentence lists them: `namesOr((n) => n.display)` is `network, PID or IPC`. */
export function namesOr(name: (n: HostNamespace) => string): string {
  const names = HOST_NAMESPACES.map(name)
  return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`
}
