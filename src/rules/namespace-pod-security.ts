import { namesOr } from '../namespaces.js'
import type { Rule } from './types.js'

const SHARED = namesOr(n => n.display)

/** Pod Security Admission's levels, most permissive first. */
const LEVELS = ['privileged', 'baseline', 'restricted']
const LABEL = 'pod-security.kubernetes.io/enforce'

/**
 * The cluster's own backstop for host namespaces: Pod Security Admission's `baseline` level
 * rejects hostNetwork, hostPID and hostIPC. A Namespace manifest should enforce at least that,
 * and only the namespaces dedicated to exceptions may be `privileged`.
 */
export const namespacePodSecurity: Rule = {
  meta: {
    id: 'namespace-pod-security',
    title: 'Namespace does not enforce Pod Security baseline',
    severity: 'warning',
    description: `Pod Security Admission enforces, per namespace, a level set by the label pod-security.kubernetes.io/enforce: baseline and restricted reject pods that share the host ${SHARED} namespace, privileged admits them. A namespace without the label gets the cluster default, often privileged, so nothing in the cluster backs up the pull request check; a privileged namespace that is not dedicated to exceptions admits host namespaces for anyone who can create pods in it.`,
    remediation:
      'Label the Namespace pod-security.kubernetes.io/enforce: baseline (or restricted); keep privileged for the namespaces listed in exceptions.namespaces, where the exception process governs who shares the node.',
    docs: 'docs/rules/namespace-pod-security.md',
  },
  namespace: ({ namespace: ns, exceptionNamespaces }, ctx) => {
    const dedicated = exceptionNamespaces.includes(ns.name)
    const value = ns.enforce?.value
    if (value === undefined) {
      ctx.report({
        span: ns.anchor,
        resource: ns.resource,
        fieldPath: `metadata.labels.${LABEL}`,
        message: dedicated
          ? `${ns.resource.display} sets no ${LABEL} label: it gets the cluster's default level. As an exception namespace it needs privileged for its node agents; say so with the label.`
          : `${ns.resource.display} sets no ${LABEL} label, so it gets the cluster's default level, often privileged, which admits pods sharing the host's namespaces: set it to baseline or restricted.`,
      })
      return
    }
    if (!LEVELS.includes(value)) {
      ctx.report({
        span: ns.enforce!.valueSpan,
        resource: ns.resource,
        fieldPath: `metadata.labels.${LABEL}`,
        message: `${ns.resource.display} sets ${LABEL} to "${value}", which is not a Pod Security level (${LEVELS.join(', ')}): the namespace is not labelled as meant.`,
      })
      return
    }
    if (value === 'privileged' && !dedicated)
      ctx.report({
        span: ns.enforce!.valueSpan,
        resource: ns.resource,
        fieldPath: `metadata.labels.${LABEL}`,
        message: `${ns.resource.display} enforces privileged, which admits pods sharing the host's ${SHARED} namespace, but it is not an exception namespace (exceptions.namespaces${exceptionNamespaces.length ? ` lists ${exceptionNamespaces.map(n => `"${n}"`).join(', ')}` : ' lists none'}): enforce baseline or restricted.`,
      })
  },
}
