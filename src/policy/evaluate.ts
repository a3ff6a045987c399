import { severityOf } from '../config/severity.js'
import type { Config } from '../config/config.js'
import type { Finding, ResourceRef, Span, Suppression } from '../model.js'
import { HOST_NAMESPACES } from '../namespaces.js'
import { exceptionExpired } from '../rules/exception-expired.js'
import { exceptionExpiring } from '../rules/exception-expiring.js'
import { exceptionInvalid } from '../rules/exception-invalid.js'
import { exceptionMissingControl } from '../rules/exception-missing-control.js'
import { exceptionOutsideAllowedNamespace } from '../rules/exception-outside-allowed-namespace.js'
import { exceptionUnnecessary } from '../rules/exception-unnecessary.js'
import type { Rule } from '../rules/types.js'
import { HOST_FIELDS, selects, type ContainerFacts, type HostField, type NetworkPolicyFacts, type PodFacts, type WorkloadFacts } from '../engine/facts.js'
import { isValidRecord, parseIsoDate, workloadKeyText, type ExceptionRecord, type RecordProblem } from './records.js'

/**
 * The exception checks, as a pure function: findings, facts and records in, findings out. Host
 * namespace findings covered by an honoured exception get `suppression` (they are kept, so JSON and
 * SARIF show them as accepted); every rule an exception must pass adds its own findings.
 */

const DAY_MS = 24 * 60 * 60 * 1000
/** What kubectl uses when neither the manifest nor the command line names a namespace. */
export const DEFAULT_NAMESPACE = 'default'

/** The host namespace rule that reports each pod field. */
export const RULE_OF_FIELD: Readonly<Record<HostField, string>> = Object.fromEntries(HOST_NAMESPACES.map(n => [n.podField, n.ruleId])) as Record<HostField, string>

export type ExceptionStatus = 'invalid' | 'expired' | 'expiring' | 'active'
/** `containers`: the pod's containers are not in the manifest, so their controls cannot be checked. */
export type ControlName = 'runAsNonRoot' | 'capabilities.drop' | 'allowPrivilegeEscalation' | 'NetworkPolicy' | 'containers'

export interface MissingControl {
  control: ControlName
  /** Unset for the NetworkPolicy control, which is per pod. */
  container?: string
  message: string
  span: Span
  fieldPath: string
}

/** One exception record applied to one workload (or to none: a central entry nothing matched). */
export interface Assessment {
  record: ExceptionRecord
  workload?: WorkloadFacts
  /** The Kubernetes namespace the exception is for; 'default' when the workload names none. */
  namespace: string
  /** The workload does not set metadata.namespace: kubectl would use the context's, "default" by default. */
  namespaceAssumed: boolean
  namespaceAllowed: boolean
  /** Whole UTC days from today to the expiry date; 0 on the expiry day, negative once expired. */
  daysLeft?: number
  status: ExceptionStatus
  /** A second record for a workload that already has one. */
  duplicateOf?: ExceptionRecord
  missingControls: MissingControl[]
  /** Allowed host namespaces that no pod of the workload uses. */
  unused: HostField[]
  /** Valid, unexpired, in an allowed namespace: it suppresses the findings it allows. */
  honoured: boolean
}

export interface PolicyFacts {
  workloads: readonly WorkloadFacts[]
  networkPolicies: readonly NetworkPolicyFacts[]
}

/** Today's UTC date as a timestamp at midnight: expiry is counted in whole days. */
export function utcDay(today: Date): number {
  return Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())
}

export function daysUntil(expires: string, today: Date): number | undefined {
  const t = parseIsoDate(expires)
  return t === undefined ? undefined : Math.round((t - utcDay(today)) / DAY_MS)
}

/** Matches records to workloads and runs every check that needs no findings. */
export function assess(facts: PolicyFacts, records: readonly ExceptionRecord[], config: Config, today: Date): Assessment[] {
  const byId = new Map(facts.workloads.map(w => [w.id, w]))
  const firstRecord = new Map<string, ExceptionRecord>()
  const out: Assessment[] = []
  // Annotation records first: when both forms exist, the one on the workload is the one in force.
  const ordered = [...records].sort((a, b) => (a.origin === b.origin ? 0 : a.origin === 'annotation' ? -1 : 1))
  for (const record of ordered) {
    const targets = record.origin === 'annotation' ? [byId.get(record.workloadId ?? '')] : facts.workloads.filter(w => matchesCentral(record, w))
    for (const workload of targets.length ? targets : [undefined]) {
      let duplicateOf: ExceptionRecord | undefined
      if (workload) {
        duplicateOf = firstRecord.get(workload.id)
        if (!duplicateOf) firstRecord.set(workload.id, record)
      }
      out.push(assessOne(record, workload, duplicateOf, facts, config, today))
    }
  }
  return out
}

function matchesCentral(record: ExceptionRecord, w: WorkloadFacts): boolean {
  const t = record.target
  return t.kind === w.kind && t.name === w.name && t.namespace === (w.namespace ?? DEFAULT_NAMESPACE)
}

function assessOne(
  record: ExceptionRecord,
  workload: WorkloadFacts | undefined,
  duplicateOf: ExceptionRecord | undefined,
  facts: PolicyFacts,
  config: Config,
  today: Date,
): Assessment {
  const written = workload ? workload.namespace : record.target.namespace
  const namespace = written ?? DEFAULT_NAMESPACE
  const namespaceAllowed = config.exceptions.namespaces.includes(namespace)
  const daysLeft = record.expires ? daysUntil(record.expires, today) : undefined
  const valid = isValidRecord(record) && !duplicateOf
  const status: ExceptionStatus = !valid || daysLeft === undefined ? 'invalid' : daysLeft < 0 ? 'expired' : daysLeft <= config.exceptions.warnDays ? 'expiring' : 'active'
  const used = new Set(workload?.pods.flatMap(p => Object.keys(p.host) as HostField[]) ?? [])
  return {
    record,
    workload,
    namespace,
    namespaceAssumed: written === undefined,
    namespaceAllowed,
    daysLeft,
    status,
    duplicateOf,
    missingControls: workload ? missingControls(workload, namespace, facts.networkPolicies) : [],
    unused: workload ? record.allow.filter(f => !used.has(f)) : [],
    honoured: valid && status !== 'expired' && namespaceAllowed,
  }
}

// ------------------------------------------------------------------------------------------------
// Compensating controls

function missingControls(w: WorkloadFacts, namespace: string, policies: readonly NetworkPolicyFacts[]): MissingControl[] {
  const out: MissingControl[] = []
  const display = w.resource.display
  for (const pod of w.pods) {
    for (const c of pod.containers) out.push(...containerControls(c, display))
    // No containers is not every container compliant: an Argo Workflow's pod-level settings, or a
    // template whose containers are filled in elsewhere, would otherwise pass every control.
    if (pod.containers.length === 0) {
      out.push({
        control: 'containers',
        message: `${display}: its containers are not in this manifest (${pod.partial ? 'a custom resource defines them apart from these pod-level settings' : `${pod.path} lists none`}), so runAsNonRoot, capabilities.drop: [ALL] and allowPrivilegeEscalation: false cannot be verified. Keep the exception for a workload whose pod spec, containers included, is in the repository.`,
        span: pod.labelsAnchor,
        fieldPath: `${pod.path}#containers`,
      })
    }
    const np = networkPolicyFor(pod, namespace, policies)
    if (!np.found) {
      const labels = Object.entries(pod.templateLabels).map(([k, v]) => `${k}=${v}`).join(', ')
      const others = np.otherNamespaces.map(p => `${p.name ?? '(unnamed)'} in namespace "${p.namespace ?? DEFAULT_NAMESPACE}" (${p.file})`)
      const elsewhere = others.length ? ` A NetworkPolicy selects only pods of its own namespace, so ${others.join(', ')} does not count.` : ''
      out.push({
        control: 'NetworkPolicy',
        message: `${display}: no NetworkPolicy in the repository selects its pods in namespace "${namespace}"${labels ? ` (pod labels ${labels})` : ' (the pod template has no labels)'}. Add a NetworkPolicy in "${namespace}" whose podSelector matches the pod template labels.${elsewhere}`,
        span: pod.labelsAnchor,
        fieldPath: `${pod.path}#NetworkPolicy`,
      })
    }
  }
  return out
}

function containerControls(c: ContainerFacts, display: string): MissingControl[] {
  const out: MissingControl[] = []
  const which = `${c.list === 'initContainers' ? 'init container' : 'container'} "${c.name}" of ${display}`
  const add = (control: ControlName, message: string, field: string) =>
    out.push({ control, container: c.name, message, span: c.anchor, fieldPath: `${c.fieldPath}.securityContext.${field}` })
  if (c.runAsUser === 0) add('runAsNonRoot', `${which} runs as root (runAsUser: 0): set runAsUser to a non-zero UID and runAsNonRoot: true.`, 'runAsNonRoot')
  else if (c.runAsNonRoot !== true && c.runAsUser === undefined) {
    const why = c.runAsNonRoot === false ? 'sets runAsNonRoot: false' : 'may run as root'
    add('runAsNonRoot', `${which} ${why}: set securityContext.runAsNonRoot: true or a non-zero runAsUser (pod or container level).`, 'runAsNonRoot')
  }
  if (!c.dropsAll) add('capabilities.drop', `${which} does not drop all capabilities: set securityContext.capabilities.drop: [ALL].`, 'capabilities.drop')
  if (c.allowPrivilegeEscalation !== false) {
    const why = c.allowPrivilegeEscalation === true ? 'allows privilege escalation' : 'does not disallow privilege escalation'
    add('allowPrivilegeEscalation', `${which} ${why}: set securityContext.allowPrivilegeEscalation: false.`, 'allowPrivilegeEscalation')
  }
  return out
}

function networkPolicyFor(pod: PodFacts, namespace: string, policies: readonly NetworkPolicyFacts[]): { found: boolean; otherNamespaces: NetworkPolicyFacts[] } {
  const matching = policies.filter(p => selects(p.podSelector, pod.templateLabels))
  const found = matching.some(p => (p.namespace ?? DEFAULT_NAMESPACE) === namespace)
  // Catch-all policies of other namespaces select everything: naming them would not help.
  const specific = matching.filter(p => Object.keys(p.podSelector.matchLabels).length || p.podSelector.matchExpressions.length)
  return { found, otherNamespaces: found ? [] : specific.slice(0, 3) }
}

// ------------------------------------------------------------------------------------------------
// Findings

export interface EvaluateInput {
  findings: readonly Finding[]
  facts: PolicyFacts
  records: readonly ExceptionRecord[]
  /** Problems of the central file that belong to no entry. */
  problems?: readonly RecordProblem[]
  config: Config
  today: Date
}

export interface Evaluation {
  findings: Finding[]
  assessments: Assessment[]
}

/** Applies the exceptions: covered findings get `suppression`, and exception-* findings are added. */
export function evaluate(input: EvaluateInput): Evaluation {
  const { config, today } = input
  const assessments = assess(input.facts, input.records, config, today)
  const out: Finding[] = input.findings.map(f => ({ ...f }))
  const emit: Emit = (rule, file, span, resource, fieldPath, message) => {
    const severity = severityOf(config, rule)
    if (severity) out.push({ ruleId: rule.meta.id, severity, file, span, resource, message, remediation: rule.meta.remediation, fieldPath })
  }

  for (const p of input.problems ?? []) emit(exceptionInvalid, p.file, p.span, { display: p.file }, p.fieldPath, p.message)

  const reported = new Set<ExceptionRecord>()
  for (const a of assessments) {
    const { record, workload } = a
    const resource = workload?.resource ?? targetResource(record)
    const display = resource.display
    const at = (field: keyof ExceptionRecord['spans']) => record.spans[field] ?? record.span
    const pathOf = (field: keyof ExceptionRecord['fieldPaths']) => record.fieldPaths[field] ?? record.fieldPath

    // A record is reported once even when it matches several workloads (overlays of one app).
    const firstForRecord = !reported.has(record)
    reported.add(record)
    if (firstForRecord) for (const p of record.problems) emit(exceptionInvalid, p.file, p.span, resource, p.fieldPath, p.message)
    if (a.duplicateOf) {
      const first = a.duplicateOf
      emit(exceptionInvalid, record.file, record.span, resource, record.fieldPath, `${display} already has an exception record at ${first.file}:${first.span.start.line}; keep one record per workload (the annotation and the central file are two forms of the same record).`)
    }
    if (a.status === 'invalid') continue

    // Record-level checks once per record, workload-level checks once per workload.
    if (firstForRecord) recordChecks(a, emit, config)
    if (!workload) continue
    for (const m of a.missingControls) emit(exceptionMissingControl, workload.file, m.span, resource, m.fieldPath, m.message)
    if (a.unused.length) {
      const uses = HOST_FIELDS.filter(f => workload.pods.some(p => p.host[f]))
      const message = uses.length
        ? `The exception for ${display} allows ${a.unused.join(', ')}, which its pods do not set: remove ${a.unused.length === 1 ? 'it' : 'them'} from the allow list.`
        : `The exception for ${display} allows ${a.unused.join(', ')}, but its pods share no host namespace: remove the exception.`
      emit(exceptionUnnecessary, record.file, at('allow'), resource, pathOf('allow'), message)
    }
    if (a.honoured) suppressCovered(out, a)
  }
  return { findings: out, assessments }
}

type Emit = (rule: Rule, file: string, span: Span, resource: ResourceRef, fieldPath: string, message: string) => void

function recordChecks(a: Assessment, emit: Emit, config: Config): void {
  const { record, workload } = a
  const resource = workload?.resource ?? targetResource(record)
  const display = resource.display
  const at = (field: keyof ExceptionRecord['spans']) => record.spans[field] ?? record.span
  const pathOf = (field: keyof ExceptionRecord['fieldPaths']) => record.fieldPaths[field] ?? record.fieldPath
  if (a.status === 'expired') {
    const ago = -a.daysLeft!
    emit(exceptionExpired, record.file, at('expires'), resource, pathOf('expires'), `The exception for ${display} expired on ${record.expires} (${ago} day${ago === 1 ? '' : 's'} ago): its findings are no longer covered. Renew it after a risk review (owner: ${record.owner}) or remove ${record.allow.join(', ')}.`)
  } else if (a.status === 'expiring') {
    const when = a.daysLeft === 0 ? 'today (the last day it applies)' : `in ${a.daysLeft} day${a.daysLeft === 1 ? '' : 's'}`
    emit(exceptionExpiring, record.file, at('expires'), resource, pathOf('expires'), `The exception for ${display} expires ${when}, on ${record.expires}: review it with its owner (${record.owner}) and renew it or plan the removal of ${record.allow.join(', ')}.`)
  }

  if (!a.namespaceAllowed) {
    const allowed = config.exceptions.namespaces.length ? `exceptions.namespaces lists ${config.exceptions.namespaces.map(n => `"${n}"`).join(', ')}` : 'exceptions.namespaces lists none'
    const message = a.namespaceAssumed
      ? `${display} does not set metadata.namespace, so it lands in the namespace of whoever applies it ("default" for kubectl without -n), and exceptions are honoured only in dedicated namespaces: ${allowed}. Set metadata.namespace to one of them.`
      : `${display} is in namespace "${a.namespace}", where exceptions are not honoured: ${allowed}.`
    const span = record.origin === 'annotation' ? (workload?.namespaceSpan ?? record.span) : at('namespace')
    emit(exceptionOutsideAllowedNamespace, record.file, span, resource, record.origin === 'annotation' ? 'metadata.namespace' : pathOf('namespace'), message)
  }
}

function suppressCovered(findings: Finding[], a: Assessment): void {
  const w = a.workload!
  const suppression: Suppression = {
    kind: 'exception',
    justification: a.record.riskAcceptance ?? '',
    owner: a.record.owner,
    expires: a.record.expires,
    source: `${a.record.file}:${a.record.span.start.line}`,
  }
  for (const f of findings) {
    if (f.file !== w.file || f.resource.document !== w.documentIndex || f.suppression) continue
    for (const field of a.record.allow) {
      if (f.ruleId !== RULE_OF_FIELD[field]) continue
      // Only a real `true` is covered: a quoted "true" is a broken manifest, not an accepted risk.
      if (w.pods.some(p => p.host[field] && f.fieldPath === `${p.path}.${field}`)) f.suppression = { ...suppression }
    }
  }
}

function targetResource(record: ExceptionRecord): ResourceRef {
  const t = record.target
  return { display: workloadKeyText(t), kind: t.kind || undefined, namespace: t.namespace, name: t.name || undefined }
}
