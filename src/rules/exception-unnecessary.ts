import type { Rule } from './types.js'

/** Findings come from src/policy (evaluate.ts), not from a unit check. */
export const exceptionUnnecessary: Rule = {
  meta: {
    id: 'exception-unnecessary',
    title: 'Host namespace exception covers more than the workload uses',
    severity: 'warning',
    description:
      'The exception allows a host namespace that none of the workload\'s pods share. An unused allowance is a standing grant nobody needs: a later change could start using it without review.',
    remediation:
      'Remove the unused flags from the allow list, or remove the exception when the workload shares no host namespace.',
    docs: 'docs/rules/exception-unnecessary.md',
  },
}
