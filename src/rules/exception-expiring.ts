import { recordField } from './exception-record.js'
import type { Rule } from './types.js'

/** Reported once per record, at its expires field, after src/policy matched records to workloads. */
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
  assessment: ({ assessment: a, resource, firstOfRecord }, ctx) => {
    if (!firstOfRecord || a.status !== 'expiring') return
    const { record } = a
    const when = a.daysLeft === 0 ? 'today (the last day it applies)' : `in ${a.daysLeft} day${a.daysLeft === 1 ? '' : 's'}`
    ctx.report({
      ...recordField(record, 'expires'),
      resource,
      message: `The exception for ${resource.display} expires ${when}, on ${record.expires}: review it with its owner (${record.owner}) and renew it or plan the removal of ${record.allow.join(', ')}.`,
    })
  },
}
