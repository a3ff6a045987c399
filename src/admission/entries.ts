import type { Config } from '../config/config.js'
import { severityOf } from '../config/severity.js'
import type { Assessment } from '../policy/index.js'
import { registry } from '../rules/index.js'
import { isMatchedKind } from './kinds.js'

/**
 * What the repository's exception records grant, judged on the day of generation: the static
 * check's own assessments (src/policy/evaluate.ts) reduced to one line per workload identity.
 * The admission policy cannot read the repository, the central file or a clock, so these lines
 * are baked into it; regenerating on a later day changes them only when a record's verdict
 * changes (it expired, was added, fixed or removed), which is what the drift check looks for.
 */

/** `a:` an annotation record on the workload, `f:` an entry of the central file. */
export type Origin = 'a' | 'f'

/**
 * `ok`: honoured (valid, unexpired, in a dedicated namespace), so it covers the host fields it
 * allows; the others cover nothing. In the order a merge keeps the worse.
 */
export const STATES = ['ok', 'outside', 'expired', 'invalid'] as const
export type EntryState = (typeof STATES)[number]

export interface Entry {
  /** `a:DaemonSet/monitoring/node-exporter`. */
  key: string
  /** The host fields the record allows. */
  allow: string[]
  state: EntryState
  /** Why the static check fails this workload's exception, one phrase per failing exception rule. */
  reasons: string[]
  /**
   * The workload was judged in the repository. A central entry for a workload the scan did not
   * read (it shares nothing, so no rule parsed it) covers nothing there and gets no
   * control findings; in the cluster such a workload sharing a host namespace is denied, since no
   * NetworkPolicy of the repository is known to protect it.
   */
  seen: boolean
}

export const entryKey = (origin: Origin, kind: string, namespace: string, name: string): string => `${origin}:${kind}/${namespace}/${name}`

/** The entry as the policy stores it: `hostNetwork,hostPID|ok||w` or `hostPID|expired|the exception expired on 2025-01-31|w`. */
export const entryValue = (e: Entry): string => `${e.allow.join(',')}|${e.state}|${e.reasons.join('; ')}|${e.seen ? 'w' : '-'}`

/** Whether the config leaves a rule failing the check (the admission mirrors `fail-on: error`). */
export function failsAtError(config: Config, ruleId: string): boolean {
  const rule = registry.get(ruleId)
  return rule !== undefined && severityOf(config, rule) === 'error'
}

export function exceptionEntries(assessments: readonly Assessment[], config: Config): Entry[] {
  const byKey = new Map<string, Entry>()
  for (const a of assessments) {
    const kind = a.workload?.kind ?? a.record.target.kind
    const name = a.workload ? (a.workload.name ?? '') : a.record.target.name
    // A central entry without kind, namespace or name matches no workload, here or in the cluster.
    if (!kind || !isMatchedKind(kind) || (!a.workload && (!name || a.record.target.namespace === undefined))) continue
    const key = entryKey(a.record.origin === 'annotation' ? 'a' : 'f', kind, a.namespace, name)
    const reasons: string[] = []
    if (a.status === 'invalid' && failsAtError(config, 'exception-invalid'))
      reasons.push(a.duplicateOf ? 'a second exception record for one workload' : 'the exception record is invalid')
    if (a.status === 'expired' && failsAtError(config, 'exception-expired')) reasons.push(`the exception expired on ${a.record.expires}`)
    if (a.status !== 'invalid' && !a.namespaceAllowed && failsAtError(config, 'exception-outside-allowed-namespace'))
      reasons.push(`namespace ${a.namespace} is not listed in exceptions.namespaces`)
    if (a.status === 'expiring' && failsAtError(config, 'exception-expiring')) reasons.push(`the exception expires on ${a.record.expires}`)
    if (a.status !== 'invalid' && failsAtError(config, 'exception-missing-control')) {
      if (a.workload && a.missingControls.some(m => m.control === 'NetworkPolicy')) reasons.push('no NetworkPolicy in the repository selects its pods')
    }
    const state: EntryState = a.status === 'invalid' ? 'invalid' : a.status === 'expired' ? 'expired' : a.namespaceAllowed ? 'ok' : 'outside'
    const seen = byKey.get(key)
    if (!seen) byKey.set(key, { key, allow: [...a.record.allow], state, reasons, seen: a.workload !== undefined })
    else {
      // One identity written twice (two overlays of one app): the narrower grant, the worse state, every reason.
      seen.allow = seen.allow.filter(f => (a.record.allow as readonly string[]).includes(f))
      if (STATES.indexOf(state) > STATES.indexOf(seen.state)) seen.state = state
      seen.seen ||= a.workload !== undefined
      for (const r of reasons) if (!seen.reasons.includes(r)) seen.reasons.push(r)
    }
  }
  return [...byKey.values()].sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))
}
