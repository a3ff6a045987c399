import type { Severity } from '../model.js'
import type { Rule } from '../rules/types.js'
import type { Config } from './config.js'

/** A rule's severity after configuration (config's `rules:`); undefined when the config turns it off. */
export function severityOf(config: Config, rule: Rule): Severity | undefined {
  const setting = config.rules[rule.meta.id]
  if (setting === 'off') return undefined
  return setting ?? rule.meta.severity
}
