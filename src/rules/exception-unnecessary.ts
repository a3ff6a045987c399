import { HOST_FIELDS } from '../namespaces.js'
import { recordField } from './exception-record.js'
import type { Rule } from './types.js'

/** Reported per workload, at the record's allow list, for each valid record that allows more than the pods use. */
export const exceptionUnnecessary: Rule = {
  meta: {
    id: 'exception-unnecessary',
    title: 'Host namespace exception covers more than the workload uses',
    severity: 'warning',
    description:
      "The exception allows a host namespace that none of the workload's pods share. An unused allowance is a standing grant nobody needs: a later change could start using it without review.",
    remediation: 'Remove the unused flags from the allow list, or remove the exception when the workload shares no host namespace.',
    docs: 'docs/rules/exception-unnecessary.md',
  },
  assessment: ({ assessment: a, resource }, ctx) => {
    const { workload, unused } = a
    if (a.status === 'invalid' || !workload || !unused.length) return
    const uses = HOST_FIELDS.filter(f => workload.pods.some(p => p.host[f]))
    const message = uses.length
      ? `The exception for ${resource.display} allows ${unused.join(', ')}, which its pods do not set: remove ${unused.length === 1 ? 'it' : 'them'} from the allow list.`
      : `The exception for ${resource.display} allows ${unused.join(', ')}, but its pods share no host namespace: remove the exception.`
    ctx.report({ ...recordField(a.record, 'allow'), resource, message })
  },
}
