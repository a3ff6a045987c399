import { hostNamespaceRule } from './host-namespace.js'

export const hostIpc = hostNamespaceRule({
  namespace: 'ipc',
  podField: 'hostIPC',
  composeKey: 'ipc',
  composeSafeValue: 'private',
  meta: {
    id: 'host-ipc',
    title: 'Shares the host IPC namespace',
    severity: 'error',
    description:
      'A workload in the host IPC namespace can read and write the shared memory segments, semaphores and message queues of every process on the node. Data other workloads keep in shared memory is exposed to it.',
    remediation:
      'Set hostIPC to false (or remove it); for compose, use ipc: private or shareable; share memory between containers of one pod with an emptyDir volume of medium Memory.',
    docs: 'docs/rules/host-ipc.md',
  },
})
