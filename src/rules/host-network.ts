import { HOST_NAMESPACE } from '../namespaces.js'
import { hostNamespaceRule } from './host-namespace.js'

const ns = HOST_NAMESPACE.network

export const hostNetwork = hostNamespaceRule({
  namespace: ns,
  meta: {
    severity: 'error',
    description:
      'A workload in the host network namespace sees every interface of the node, can bind its ports and reach services listening on localhost, and bypasses NetworkPolicy. A compromise of it is a foothold on the node network.',
    remediation: `Set ${ns.podField} to false (or remove it) and expose ports through a Service or containerPort; for compose, drop ${ns.composeKey}: host and publish ports; for builds, remove --${ns.dockerfileFlag}=host.`,
  },
})
