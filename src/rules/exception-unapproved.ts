import type { Rule } from './types.js'

/**
 * In pull requests only: src/policy/approval.ts compares the records at base and head and asks
 * GitHub for labels, reviews and team membership; each change it finds unapproved is a unit here.
 */
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
  unapprovedChange: ({ change, approver, cannotVerify }, ctx) => {
    const how =
      approver === 'unchecked'
        ? 'the approval could not be checked'
        : approver === 'no-team'
          ? 'exceptions.approval.team is not configured'
          : `a member of ${approver.team} must apply the label "${approver.label}" or approve the pull request`
    const { record } = change
    ctx.report({
      span: record.span,
      resource: { display: change.workload, kind: record.target.kind, namespace: record.target.namespace, name: record.target.name },
      fieldPath: record.fieldPath,
      message: `${change.workload}: ${change.details.join('; ')}, without approval: ${how}, then re-run the check.${cannotVerify ? ` ${cannotVerify}` : ''}`,
    })
  },
}
