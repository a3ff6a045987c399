import type { Config } from '../config/config.js'
import type { HostField, NetworkPolicyFacts, WorkloadFacts } from '../engine/facts.js'
import { HOST_NAMESPACES } from '../namespaces.js'
import type { ControlName } from '../rules/types.js'
import { DEFAULT_NAMESPACE, missingControls } from './evaluate.js'
import { ANNOTATIONS, EXCEPTION_LABEL } from './records.js'

/**
 * What a review comment offers a Kubernetes workload that shares a host namespace: the exception
 * record it would need, filled in as far as the manifest says (which namespaces it uses), with
 * placeholders for what only people can say (owner, risk acceptance, expiry), and the compensating
 * controls it already meets and those it lacks, which the exception would be refused without.
 */
export interface ExceptionDraft {
  /** The label and annotation keys, as exceptions are written on the workload's metadata. */
  label: string
  annotations: { allow: string; owner: string; riskAcceptance: string; expires: string }
  /** The pod fields it sets to true, in the table's order. */
  allow: HostField[]
  namespace: string
  /** Whether exceptions are honoured in its namespace (exceptions.namespaces). */
  namespaceAllowed: boolean
  allowedNamespaces: string[]
  meets: ControlName[]
  lacks: ControlName[]
  /** The label a member of the approving team applies (exceptions.approval.label). */
  approvalLabel: string
  approvalTeam?: string
}

const CONTROLS: readonly ControlName[] = ['runAsNonRoot', 'capabilities.drop', 'allowPrivilegeEscalation', 'NetworkPolicy']

/**
 * The draft for a workload, from its facts and the NetworkPolicies the scan saw (a pull request's
 * files, or the repository when it holds exceptions): undefined when it sets no host field.
 */
export function exceptionDraft(w: WorkloadFacts, policies: readonly NetworkPolicyFacts[], config: Config): ExceptionDraft | undefined {
  const set = new Set(w.pods.flatMap(p => Object.keys(p.host)))
  const allow = HOST_NAMESPACES.map(n => n.podField).filter(f => set.has(f))
  if (!allow.length) return undefined
  const namespace = w.namespace ?? DEFAULT_NAMESPACE
  const missing = new Set(missingControls(w, namespace, policies).map(m => m.control))
  return {
    label: EXCEPTION_LABEL,
    annotations: { ...ANNOTATIONS },
    allow,
    namespace,
    namespaceAllowed: config.exceptions.namespaces.includes(namespace),
    allowedNamespaces: [...config.exceptions.namespaces],
    meets: CONTROLS.filter(c => !missing.has(c)),
    lacks: [...CONTROLS, 'containers' as const].filter(c => missing.has(c)),
    approvalLabel: config.exceptions.approval.label,
    ...(config.exceptions.approval.team ? { approvalTeam: config.exceptions.approval.team } : {}),
  }
}

/** The key review comments look drafts up by: the finding's file, document and resource. */
export const draftKey = (r: { file: string; document?: number; display: string }) => `${r.file}\u0000${r.document ?? ''}\u0000${r.display}`
