import { POD_SPEC_PATHS } from '../parse/k8s/k8s.js'

/**
 * The built-in kinds the engine reads pod specs from, with the API group and resource the policy
 * matches them by. The pod spec path is the engine's own (POD_SPEC_PATHS), so the policy reads
 * the same place the static check reads.
 */
export interface MatchedKind {
  kind: string
  group: '' | 'apps' | 'batch'
  resource: string
  podSpecPath: readonly string[]
}

const GROUP_AND_RESOURCE: Readonly<Record<string, { group: MatchedKind['group']; resource: string }>> = {
  Pod: { group: '', resource: 'pods' },
  PodTemplate: { group: '', resource: 'podtemplates' },
  ReplicationController: { group: '', resource: 'replicationcontrollers' },
  Deployment: { group: 'apps', resource: 'deployments' },
  StatefulSet: { group: 'apps', resource: 'statefulsets' },
  DaemonSet: { group: 'apps', resource: 'daemonsets' },
  ReplicaSet: { group: 'apps', resource: 'replicasets' },
  Job: { group: 'batch', resource: 'jobs' },
  CronJob: { group: 'batch', resource: 'cronjobs' },
}

export const MATCHED_KINDS: readonly MatchedKind[] = Object.entries(POD_SPEC_PATHS).map(([kind, podSpecPath]) => {
  const known = GROUP_AND_RESOURCE[kind]
  // A kind the engine learns without a group here would be silently unenforced: fail loudly instead.
  if (!known) throw new Error(`admission: no API group and resource known for kind ${kind}`)
  return { kind, ...known, podSpecPath }
})

export const isMatchedKind = (kind: string): boolean => MATCHED_KINDS.some(k => k.kind === kind)
