import { hostNamespaceRule } from './host-namespace.js'

export const hostNetwork = hostNamespaceRule({
  namespace: 'network',
  podField: 'hostNetwork',
  composeKey: 'network_mode',
  composeSafeValue: 'bridge',
  composeBuildKey: 'network',
  dockerfileFlag: 'network',
  meta: {
    id: 'host-network',
    title: 'Shares the host network namespace',
    severity: 'error',
    description:
      'A workload in the host network namespace sees every interface of the node, can bind its ports and reach services listening on localhost, and bypasses NetworkPolicy. A compromise of it is a foothold on the node network.',
    remediation:
      'Set hostNetwork to false (or remove it) and expose ports through a Service or containerPort; for compose, drop network_mode: host and publish ports; for builds, remove --network=host.',
    docs: 'docs/rules/host-network.md',
  },
})
