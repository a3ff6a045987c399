import type { Rule } from './types.js'

/** Findings come from src/policy (evaluate.ts), not from a unit check. */
export const exceptionExpiring: Rule = {
  meta: {
    id: 'exception-expiring',
    title: 'Host namespace exception expires soon',
    severity: 'warning',
    description:
      'The exception expires within the warning window (exceptions.warnDays, 30 days by default). It still covers its findings, but the run will fail once the date passes.',
    remediation:
      'Review the exception with its owner before it expires: renew it with a new expires date and risk acceptance, or plan the removal of the host namespace setting.',
    docs: 'docs/rules/exception-expiring.md',
  },
}
