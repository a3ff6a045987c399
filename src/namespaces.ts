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
  },
  { id: 'pid', display: 'PID', ruleId: 'host-pid', podField: 'hostPID', composeKey: 'pid', cliFlags: ['--pid'], procFile: 'pid' },
  { id: 'ipc', display: 'IPC', ruleId: 'host-ipc', podField: 'hostIPC', composeKey: 'ipc', composeSafeValue: 'private', cliFlags: ['--ipc'], procFile: 'ipc' },
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
