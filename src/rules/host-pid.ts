import { hostNamespaceRule } from './host-namespace.js'

export const hostPid = hostNamespaceRule({
  namespace: 'pid',
  podField: 'hostPID',
  composeKey: 'pid',
  meta: {
    id: 'host-pid',
    title: 'Shares the host PID namespace',
    severity: 'error',
    description:
      'A workload in the host PID namespace sees every process on the node, with their command lines and environment, and can signal or ptrace them when it runs as root. It is one step from reading other workloads\' secrets or escaping to the node.',
    remediation:
      'Set hostPID to false (or remove it); for compose, remove pid: host; use shareProcessNamespace for process sharing between containers of one pod.',
    docs: 'docs/rules/host-pid.md',
  },
})
