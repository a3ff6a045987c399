import type { Config } from '../config/config.js'
import type { Severity } from '../model.js'
import type { Rule } from './types.js'

/** A rule's severity after configuration; undefined when the config turns it off. */
export function severityOf(config: Config, rule: Rule): Severity | undefined {
  const setting = config.rules[rule.meta.id]
  if (setting === 'off') return undefined
  return setting ?? rule.meta.severity
}
