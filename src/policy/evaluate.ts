import type { Config } from '../config/config.js'
import type { Finding, ResourceRef, Suppression } from '../model.js'
import { HOST_NAMESPACES } from '../namespaces.js'
import type { AssessmentUnit, ExceptionAssessment, ExceptionStatus, MissingControl } from '../rules/types.js'
import { DEFAULT_NAMESPACE, selects, type ContainerFacts, type HostField, type NetworkPolicyFacts, type PodFacts, type WorkloadFacts } from '../engine/facts.js'
import { isValidRecord, parseIsoDate, workloadKeyText, type ExceptionRecord, type RecordProblem } from './records.js'
import { eachPolicyRule } from './rule-findings.js'

/**
 * The exception checks, as a pure function: findings, facts and records in, findings out. Records
 * are matched to workloads here (assess); each exception rule's `assessment` hook decides what
 * to report (src/rules/exception-*.ts). Host namespace findings covered by an honoured exception
 * get `suppression` (they are kept, so JSON and SARIF show them as accepted).
 */

const DAY_MS = 24 * 60 * 60 * 1000
/** What kubectl uses when neither the manifest nor the command line names a namespace. */
export { DEFAULT_NAMESPACE }

/** The host namespace rule that reports each pod field. */
export const RULE_OF_FIELD: Readonly<Record<HostField, string>> = Object.fromEntries(HOST_NAMESPACES.map(n => [n.podField, n.ruleId])) as Record<
  HostField,
  string
>

export type { ControlName, ExceptionStatus, MissingControl } from '../rules/types.js'

/** One exception record applied to one workload (or to none): what the exception rules read, and more. */
export interface Assessment extends ExceptionAssessment {
  record: ExceptionRecord
  workload?: WorkloadFacts
  duplicateOf?: ExceptionRecord
  missingControls: MissingControl[]
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
  const status: ExceptionStatus =
    !valid || daysLeft === undefined ? 'invalid' : daysLeft < 0 ? 'expired' : daysLeft <= config.exceptions.warnDays ? 'expiring' : 'active'
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

/** What is missing and why: the exception-missing-control rule words it. */
export function missingControls(w: WorkloadFacts, namespace: string, policies: readonly NetworkPolicyFacts[]): MissingControl[] {
  const out: MissingControl[] = []
  for (const pod of w.pods) {
    for (const c of pod.containers) out.push(...containerControls(c))
    // No containers is not every container compliant: an Argo Workflow's pod-level settings, or a
    // template whose containers are filled in elsewhere, would otherwise pass every control.
    if (pod.containers.length === 0) {
      out.push({ control: 'containers', podPath: pod.path, partial: pod.partial, span: pod.labelsAnchor, fieldPath: `${pod.path}#containers` })
    }
    const np = networkPolicyFor(pod, namespace, policies)
    if (!np.found) {
      const otherNamespaces = np.otherNamespaces.map(p => ({ name: p.name, namespace: p.namespace ?? DEFAULT_NAMESPACE, file: p.file }))
      out.push({ control: 'NetworkPolicy', podLabels: pod.templateLabels, otherNamespaces, span: pod.labelsAnchor, fieldPath: `${pod.path}#NetworkPolicy` })
    }
  }
  return out
}

function containerControls(c: ContainerFacts): MissingControl[] {
  const out: MissingControl[] = []
  const add = (control: 'runAsNonRoot' | 'capabilities.drop' | 'allowPrivilegeEscalation') =>
    out.push({
      control,
      container: c.name,
      initContainer: c.list === 'initContainers',
      runAsNonRoot: c.runAsNonRoot,
      runAsUser: c.runAsUser,
      allowPrivilegeEscalation: c.allowPrivilegeEscalation,
      span: c.anchor,
      fieldPath: `${c.fieldPath}.securityContext.${control}`,
    })
  if (c.runAsUser === 0 || (c.runAsNonRoot !== true && c.runAsUser === undefined)) add('runAsNonRoot')
  if (!c.dropsAll) add('capabilities.drop')
  if (c.allowPrivilegeEscalation !== false) add('allowPrivilegeEscalation')
  return out
}

function networkPolicyFor(
  pod: PodFacts,
  namespace: string,
  policies: readonly NetworkPolicyFacts[],
): { found: boolean; otherNamespaces: NetworkPolicyFacts[] } {
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

/**
 * Applies the exceptions: each exception rule's hook reports on the central file's problems and
 * on every assessment (in registry order), and findings covered by an honoured exception get
 * `suppression`, which is no finding and stays here.
 */
export function evaluate(input: EvaluateInput): Evaluation {
  const { config, today } = input
  const assessments = assess(input.facts, input.records, config, today)
  const out: Finding[] = input.findings.map(f => ({ ...f }))
  for (const p of input.problems ?? []) eachPolicyRule('recordProblem', config, p.file, out, (rule, ctx) => rule.recordProblem!(p, ctx))

  const reported = new Set<ExceptionRecord>()
  for (const a of assessments) {
    const firstOfRecord = !reported.has(a.record)
    reported.add(a.record)
    const unit: AssessmentUnit = {
      assessment: a,
      resource: a.workload?.resource ?? targetResource(a.record),
      firstOfRecord,
      allowedNamespaces: config.exceptions.namespaces,
    }
    eachPolicyRule('assessment', config, a.record.file, out, (rule, ctx) => rule.assessment!(unit, ctx))
    // A central entry that matched no workload covers nothing.
    if (a.honoured && a.workload) suppressCovered(out, a, a.workload)
  }
  return { findings: out, assessments }
}

function suppressCovered(findings: Finding[], a: Assessment, w: WorkloadFacts): void {
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
