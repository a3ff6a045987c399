import { HOST_NAMESPACE } from '../namespaces.js'
import { hostNamespaceRule } from './host-namespace.js'

const ns = HOST_NAMESPACE.ipc

export const hostIpc = hostNamespaceRule({
  namespace: ns,
  meta: {
    severity: 'error',
    description:
      'A workload in the host IPC namespace can read and write the shared memory segments, semaphores and message queues of every process on the node. Data other workloads keep in shared memory is exposed to it.',
    remediation: `Set ${ns.podField} to false (or remove it); for compose, use ${ns.composeKey}: ${ns.composeSafeValue} or shareable; share memory between containers of one pod with an emptyDir volume of medium Memory.`,
  },
})
