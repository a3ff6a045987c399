import { recordField } from './exception-record.js'
import type { Rule } from './types.js'

/** Reported once per valid record whose workload's namespace is not in exceptions.namespaces. */
export const exceptionOutsideAllowedNamespace: Rule = {
  meta: {
    id: 'exception-outside-allowed-namespace',
    title: 'Host namespace exception outside a dedicated namespace',
    severity: 'error',
    description:
      'Exceptions are honoured only in the Kubernetes namespaces listed in exceptions.namespaces, which are meant to hold privileged node agents and little else. An exception on a workload in any other namespace, or one that does not name its namespace, grants nothing.',
    remediation:
      'Move the workload to a namespace listed in exceptions.namespaces (set metadata.namespace), or have the policy owners add a dedicated namespace to that list.',
    docs: 'docs/rules/exception-outside-allowed-namespace.md',
  },
  assessment: ({ assessment: a, resource, firstOfRecord, allowedNamespaces }, ctx) => {
    // An invalid record grants nothing: where it would apply does not matter.
    if (!firstOfRecord || a.status === 'invalid' || a.namespaceAllowed) return
    const { record, workload } = a
    const allowed = allowedNamespaces.length
      ? `exceptions.namespaces lists ${allowedNamespaces.map(n => `"${n}"`).join(', ')}`
      : 'exceptions.namespaces lists none'
    const message = a.namespaceAssumed
      ? `${resource.display} does not set metadata.namespace, so it lands in the namespace of whoever applies it ("default" for kubectl without -n), and exceptions are honoured only in dedicated namespaces: ${allowed}. Set metadata.namespace to one of them.`
      : `${resource.display} is in namespace "${a.namespace}", where exceptions are not honoured: ${allowed}.`
    // An annotation record is about its workload's namespace; a central entry names its own.
    const at =
      record.origin === 'annotation' ? { span: workload?.namespaceSpan ?? record.span, fieldPath: 'metadata.namespace' } : recordField(record, 'namespace')
    ctx.report({ ...at, resource, message })
  },
}
