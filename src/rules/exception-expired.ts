import type { Rule } from './types.js'

/** Findings come from src/policy (evaluate.ts), not from a unit check. */
export const exceptionExpired: Rule = {
  meta: {
    id: 'exception-expired',
    title: 'Host namespace exception has expired',
    severity: 'error',
    description:
      'The exception\'s expiry date has passed, so the risk acceptance behind it is no longer current. The host namespace findings it covered fail again until the exception is reviewed and renewed, or the workload stops sharing the host namespace.',
    remediation:
      'Review the risk with the owner and set a new expires date with an updated risk acceptance, or remove the host namespace setting and the exception.',
    docs: 'docs/rules/exception-expired.md',
  },
}
