import type { Config } from '../config/config.js'
import { severityOf } from '../config/severity.js'
import type { Finding, Severity } from '../model.js'
import { registry } from '../rules/index.js'
import type { PolicyContext, PolicyReport, Rule } from '../rules/types.js'

/** The hooks the policy calls: its units exist only after the scan (see rules/types.ts). */
export type PolicyHook = 'assessment' | 'recordProblem' | 'unapprovedChange' | 'namespace'

/**
 * Calls `hook` of every built-in rule that has it and that the config leaves on, in registry
 * order, with a context whose reports become findings in `into` (in `file` unless a report
 * names another). The policy's counterpart of the engine's `each`.
 */
export function eachPolicyRule(hook: PolicyHook, config: Config, file: string, into: Finding[], call: (rule: Rule, ctx: PolicyContext) => void): void {
  for (const rule of registry.values()) {
    if (!rule[hook]) continue
    const severity = severityOf(config, rule)
    if (severity) call(rule, { report: r => into.push(toFinding(rule, severity, file, r)) })
  }
}

/** The one place a policy rule's report becomes a finding: the rule's id and remediation, the configured severity. */
function toFinding(rule: Rule, severity: Severity, file: string, r: PolicyReport): Finding {
  return {
    ruleId: rule.meta.id,
    severity,
    file: r.file ?? file,
    span: r.span,
    resource: r.resource,
    message: r.message,
    remediation: rule.meta.remediation,
    fieldPath: r.fieldPath,
  }
}
