import type { Config } from '../config/config.js'
import type { Finding } from '../model.js'
import { registry } from '../rules/index.js'
import { severityOf } from '../config/severity.js'

/**
 * An `incomplete-scan` finding about the run as a whole (no file holds it): what was not judged
 * and which bound stopped it. Undefined when the config turns the rule off.
 */
export function incompleteRun(config: Config, message: string, bound: string): Finding | undefined {
  const rule = registry.get('incomplete-scan')!
  const severity = severityOf(config, rule)
  if (!severity) return undefined
  const at = { line: 1, column: 1 }
  return {
    ruleId: rule.meta.id,
    severity,
    file: '',
    span: { start: at, end: at, startOffset: 0, endOffset: 0 },
    resource: { display: 'scan' },
    message,
    remediation: rule.meta.remediation,
    fieldPath: `run:${bound}`,
  }
}
