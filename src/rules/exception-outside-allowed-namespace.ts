import type { Rule } from './types.js'

/** Findings come from src/policy (evaluate.ts), not from a unit check. */
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
}
