import { recordField } from './exception-record.js'
import type { Rule } from './types.js'

/** Reported once per record, at its expires field, after src/policy matched records to workloads. */
export const exceptionExpired: Rule = {
  meta: {
    id: 'exception-expired',
    title: 'Host namespace exception has expired',
    severity: 'error',
    description:
      "The exception's expiry date has passed, so the risk acceptance behind it is no longer current. The host namespace findings it covered fail again until the exception is reviewed and renewed, or the workload stops sharing the host namespace.",
    remediation:
      'Review the risk with the owner and set a new expires date with an updated risk acceptance, or remove the host namespace setting and the exception.',
    docs: 'docs/rules/exception-expired.md',
  },
  assessment: ({ assessment: a, resource, firstOfRecord }, ctx) => {
    if (!firstOfRecord || a.status !== 'expired') return
    const { record } = a
    const ago = -a.daysLeft!
    ctx.report({
      ...recordField(record, 'expires'),
      resource,
      message: `The exception for ${resource.display} expired on ${record.expires} (${ago} day${ago === 1 ? '' : 's'} ago): its findings are no longer covered. Renew it after a risk review (owner: ${record.owner}) or remove ${record.allow.join(', ')}.`,
    })
  },
}
