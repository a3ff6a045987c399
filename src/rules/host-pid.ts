import { HOST_NAMESPACE } from '../namespaces.js'
import { hostNamespaceRule } from './host-namespace.js'

const ns = HOST_NAMESPACE.pid

export const hostPid = hostNamespaceRule({
  namespace: ns,
  meta: {
    severity: 'error',
    description:
      "A workload in the host PID namespace sees every process on the node, with their command lines and environment, and can signal or ptrace them when it runs as root. It is one step from reading other workloads' secrets or escaping to the node.",
    remediation: `Set ${ns.podField} to false (or remove it); for compose, remove ${ns.composeKey}: host; use shareProcessNamespace for process sharing between containers of one pod.`,
  },
})
