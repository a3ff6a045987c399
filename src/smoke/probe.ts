/**
 * The namespace probe: one POSIX sh script, its output format, the node's own view, and the
 * comparison that turns both into a verdict per namespace.
 *
 * A namespace is shared with the node exactly when the probe process's `/proc/self/ns/<ns>` link
 * names the same namespace (type and inode) as the node's. The link target (`net:[4026531833]`) is
 * the ground truth; interface names, PID 1's command and the process count are supporting evidence
 * a person can read.
 */
import { readFileSync, readdirSync, readlinkSync } from 'node:fs'
import { HOST_NAMESPACE, HOST_NAMESPACES, NAMESPACES, perNamespace, type Namespace } from '../namespaces.js'

export const PROBE_BEGIN = 'hng-probe/1'
export const PROBE_END = 'hng-probe/end'

/** The `/proc/<pid>/ns/<file>` links the probe reads: `net pid ipc`. */
const NS_FILES = HOST_NAMESPACES.map(n => n.procFile).join(' ')

/**
 * The probe. Uses only sh builtins plus `readlink`, `cat`, `ls`, `wc`, `tr` (busybox or
 * coreutils); a missing helper leaves its field empty. `readlink /proc/self/ns/x` reads the
 * readlink process's own link, which is in the same namespaces as the container.
 * `pid1.ns.*` (PID 1's links) matter for the sidecar: there PID 1 is the target container's main
 * process when the target's PID namespace is private.
 */
export function probeScript(): string {
  return [
    `echo '${PROBE_BEGIN}'`,
    `for n in ${NS_FILES}; do echo "ns.$n=$(readlink /proc/self/ns/$n 2>/dev/null)"; done`,
    `for n in ${NS_FILES}; do echo "pid1.ns.$n=$(readlink /proc/1/ns/$n 2>/dev/null)"; done`,
    'echo "pid1=$(cat /proc/1/comm 2>/dev/null)"',
    'echo "procs=$(ls -d /proc/[0-9]* 2>/dev/null | wc -l)"',
    `echo "ifaces=$(ls /sys/class/net 2>/dev/null | tr '\\n' ' ')"`,
    'echo "hostname=$(cat /proc/sys/kernel/hostname 2>/dev/null)"',
    `echo '${PROBE_END}'`,
  ].join('\n')
}

export interface Observation {
  /** Namespace link targets, e.g. `net:[4026531833]`; '' when unreadable. */
  ns: Record<Namespace, string>
  /** PID 1's namespace links ('' when unreadable: e.g. PID 1 is the node's init). */
  pid1Ns: Record<Namespace, string>
  /** PID 1's command name as seen from the probe. */
  pid1: string
  /** Number of processes visible in /proc. */
  processes: number | undefined
  /** Network interfaces in /sys/class/net, sorted. */
  interfaces: string[]
  hostname: string
}

/** A link target as the kernel writes it, `net:[4026531833]`: the file's name, then the inode. */
const NS_PATTERN = new RegExp(`^(${HOST_NAMESPACES.map(n => n.procFile).join('|')}):\\[\\d+\\]$`)

/** Parses probe output; undefined when the probe did not run (no begin/end markers). */
export function parseProbeOutput(stdout: string): Observation | undefined {
  const lines = stdout.split(/\r?\n/)
  const begin = lines.indexOf(PROBE_BEGIN)
  const end = lines.indexOf(PROBE_END, begin + 1)
  if (begin === -1 || end === -1) return undefined
  const kv = new Map<string, string>()
  for (const line of lines.slice(begin + 1, end)) {
    const eq = line.indexOf('=')
    if (eq > 0) kv.set(line.slice(0, eq), line.slice(eq + 1).trim())
  }
  // `ns.net=net:[4026531833]`: the key and the target both name the namespace's /proc file.
  const link = (prefix: string, file: string): string => {
    const v = kv.get(`${prefix}.${file}`) ?? ''
    return NS_PATTERN.test(v) && v.startsWith(file + ':') ? v : ''
  }
  const procs = Number.parseInt(kv.get('procs') ?? '', 10)
  return {
    ns: perNamespace(n => link('ns', n.procFile)),
    pid1Ns: perNamespace(n => link('pid1.ns', n.procFile)),
    pid1: kv.get('pid1') ?? '',
    processes: Number.isFinite(procs) ? procs : undefined,
    interfaces: (kv.get('ifaces') ?? '').split(/\s+/).filter(Boolean).sort(),
    hostname: kv.get('hostname') ?? '',
  }
}

/** Whether an observation has every namespace link (else the probe could not see them). */
export function isComplete(o: Observation | undefined): o is Observation {
  return o !== undefined && NAMESPACES.every(n => o.ns[n] !== '')
}

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn()
  } catch {
    return fallback
  }
}

/**
 * The node's own view, read by this process (the checker runs on the node, next to the engine):
 * its own `/proc/self/ns/*`, which are the node's namespaces unless the checker itself runs in a
 * container. `/proc/1/ns/*` is not used: it may be unreadable even for root (here PID 1 is not
 * ptrace-readable), and our own links are what a rootful engine starts from.
 */
export function observeLocalHost(procRoot = '/proc', sysRoot = '/sys'): Observation {
  const ns = {} as Record<Namespace, string>
  const pid1Ns = {} as Record<Namespace, string>
  for (const n of HOST_NAMESPACES) {
    ns[n.id] = safe(() => readlinkSync(`${procRoot}/self/ns/${n.procFile}`), '')
    pid1Ns[n.id] = safe(() => readlinkSync(`${procRoot}/1/ns/${n.procFile}`), '')
  }
  return {
    ns,
    pid1Ns,
    pid1: safe(() => readFileSync(`${procRoot}/1/comm`, 'utf8').trim(), ''),
    processes: safe(() => readdirSync(procRoot).filter(e => /^\d+$/.test(e)).length, undefined),
    interfaces: safe(() => readdirSync(`${sysRoot}/class/net`).sort(), []),
    hostname: safe(() => readFileSync(`${procRoot}/sys/kernel/hostname`, 'utf8').trim(), ''),
  }
}

export type ProbeMode = 'in-container' | 'sidecar'

export interface NamespaceVerdict {
  /** Shared with the node: observed identical, or requested by the spec (see `observed`). */
  shared: boolean
  /** One line a person can check. */
  evidence: string
  /** What the probe saw: true = same namespace as the node, false = different, null = unreadable. */
  observed: boolean | null
  /** Whether the pod spec asks for the host namespace (hostNetwork/hostPID/hostIPC: true). */
  requested: boolean
  /** Link target seen by the probe, and the node's. */
  container: string
  host: string
}

export interface CompareContext {
  probe: ProbeMode
  /** e.g. `podman 4.3.1 kube play`; names what did (not) apply a requested flag. */
  engineLabel: string
  /** Container the probe looked at (podman/kube name). */
  container: string
}

function supporting(ns: Namespace, c: Observation, h: Observation): string {
  switch (ns) {
    case 'network': {
      const ci = c.interfaces.join(',') || '?'
      const hi = h.interfaces.join(',') || '?'
      return `interfaces ${ci}${ci === hi ? ' (same as node)' : ` (node: ${hi})`}`
    }
    case 'pid': {
      const procs = c.processes === undefined ? '' : `, ${c.processes} processes visible${h.processes === undefined ? '' : ` (node: ${h.processes})`}`
      return `PID 1 is ${c.pid1 ? JSON.stringify(c.pid1) : '?'}${h.pid1 ? ` (node PID 1: ${JSON.stringify(h.pid1)})` : ''}${procs}`
    }
    case 'ipc':
      return 'SysV IPC and POSIX message queues follow this namespace'
  }
}

/** Verdict for each namespace from the probe's and the node's observations. */
export function compareNamespaces(
  c: Observation,
  h: Observation,
  requested: Record<Namespace, boolean>,
  ctx: CompareContext,
): Record<Namespace, NamespaceVerdict> {
  const out = {} as Record<Namespace, NamespaceVerdict>
  for (const ns of NAMESPACES) {
    const { podField: flag, procFile } = HOST_NAMESPACE[ns]
    const cl = c.ns[ns]
    const hl = h.ns[ns]
    const req = requested[ns]
    const observed = cl === '' || hl === '' ? null : cl === hl
    const extra = supporting(ns, c, h)
    let evidence: string
    if (observed === null) {
      evidence = `could not read the ${procFile} namespace link (probe: ${cl || 'unreadable'}, node: ${hl || 'unreadable'})${req ? `; spec sets ${flag}: true` : ''}`
    } else if (observed) {
      evidence = `same namespace as the node: ${cl} = node ${hl}; ${extra}; ${req ? `spec sets ${flag}: true` : `spec does not set ${flag}, yet the engine shares it`}`
    } else if (req) {
      evidence =
        `spec sets ${flag}: true but ${ctx.engineLabel} did not apply it (probe ${cl} ≠ node ${hl}); ` +
        `a Kubernetes node shares this namespace, so it is reported as shared; ${extra}`
    } else {
      evidence = `own namespace: ${cl} ≠ node ${hl}; ${extra}`
    }
    if (ctx.probe === 'sidecar') {
      evidence +=
        ns === 'pid'
          ? ` [seen from a probe sidecar that joined ${ctx.container}'s PID namespace${c.pid1Ns.pid ? `; PID 1 there is in ${c.pid1Ns.pid}` : ''}]`
          : ` [seen from a probe sidecar in the pod's shared ${procFile} namespace${c.pid1Ns[ns] ? `; ${ctx.container}'s main process is in ${c.pid1Ns[ns]}` : ''}]`
    }
    out[ns] = { shared: observed === true || req, evidence, observed, requested: req, container: cl, host: hl }
  }
  return out
}
