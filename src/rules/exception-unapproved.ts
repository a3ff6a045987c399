import type { Rule } from './types.js'

/** Findings come from src/policy (approval.ts) in pull requests, not from a unit check. */
export const exceptionUnapproved: Rule = {
  meta: {
    id: 'exception-unapproved',
    title: 'Host namespace exception added or widened without approval',
    severity: 'error',
    description:
      'A pull request that adds an exception, allows more host namespaces, or moves an expiry later needs the approval of the team named in exceptions.approval.team. Without it anyone who can edit a manifest could grant themselves the node.',
    remediation:
      'Ask a member of the approving team to apply the approval label (exceptions.approval.label) to the pull request, or to approve it in a review, then re-run the check.',
    docs: 'docs/rules/exception-unapproved.md',
  },
}
