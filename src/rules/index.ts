import { admissionPolicyStale } from './admission-policy-stale.js'
import { exceptionExpired } from './exception-expired.js'
import { exceptionExpiring } from './exception-expiring.js'
import { exceptionInvalid } from './exception-invalid.js'
import { exceptionMissingControl } from './exception-missing-control.js'
import { exceptionOutsideAllowedNamespace } from './exception-outside-allowed-namespace.js'
import { namespacePodSecurity } from './namespace-pod-security.js'
import { exceptionUnapproved } from './exception-unapproved.js'
import { exceptionUnnecessary } from './exception-unnecessary.js'
import { hostIpc } from './host-ipc.js'
import { hostNetwork } from './host-network.js'
import { hostPid } from './host-pid.js'
import { incompleteScan } from './incomplete-scan.js'
import { parseError } from './parse-error.js'
import { renderError } from './render-error.js'
import type { Rule } from './types.js'

/** Rejects bad metadata when the registry is built, so a broken rule fails at startup and in CI. */
export function buildRegistry(rules: readonly Rule[]): ReadonlyMap<string, Rule> {
  const byId = new Map<string, Rule>()
  for (const rule of rules) {
    const { id, remediation, description } = rule.meta
    if (!/^[a-z]+(-[a-z]+)*$/.test(id)) throw new Error(`rule id "${id}" must be kebab-case`)
    if (byId.has(id)) throw new Error(`duplicate rule id "${id}"`)
    if (!remediation.endsWith('.')) throw new Error(`${id}: remediation must be a sentence ending with a period`)
    if (!description.endsWith('.')) throw new Error(`${id}: description must end with a period`)
    byId.set(id, rule)
  }
  return byId
}

/** Rules whose units exist only after the scan: src/policy calls their hooks (assessment, recordProblem, unapprovedChange). */
const POLICY_RULES: readonly Rule[] = [
  exceptionInvalid,
  exceptionExpired,
  exceptionExpiring,
  exceptionOutsideAllowedNamespace,
  exceptionMissingControl,
  exceptionUnnecessary,
  exceptionUnapproved,
  namespacePodSecurity,
]
export const POLICY_RULE_IDS: readonly string[] = POLICY_RULES.map(r => r.meta.id)

export const BUILTIN_RULES: readonly Rule[] = [hostNetwork, hostPid, hostIpc, parseError, incompleteScan, renderError, ...POLICY_RULES, admissionPolicyStale]
export const registry = buildRegistry(BUILTIN_RULES)
export type { Rule, RuleMeta } from './types.js'
