/**
 * kind and kubectl commands of the runtime check, as argv (pure): a kind cluster, the Pod applied
 * to it, its probe and its teardown. kubectl always names the kind cluster's context, never the
 * user's current one.
 */
import { assertSafeArg } from './safe-arg.js'

export function kindVersionArgv(): string[] {
  return ['kind', 'version']
}

export interface KubeTarget {
  /** kind cluster name; the kubectl context is `kind-<cluster>`. */
  cluster: string
  namespace: string
}

function kubectl(t: KubeTarget, ...rest: string[]): string[] {
  return ['kubectl', '--context', `kind-${assertSafeArg(t.cluster, 'cluster')}`, '--namespace', assertSafeArg(t.namespace, 'namespace'), ...rest]
}

export function kindGetClustersArgv(): string[] {
  return ['kind', 'get', 'clusters']
}

export function kindCreateClusterArgv(cluster: string, wait = '120s'): string[] {
  return ['kind', 'create', 'cluster', '--name', assertSafeArg(cluster, 'cluster'), '--wait', wait]
}

export function kindDeleteClusterArgv(cluster: string): string[] {
  return ['kind', 'delete', 'cluster', '--name', assertSafeArg(cluster, 'cluster')]
}

/** Copies a locally built image into the kind node(s) (kind nodes cannot see the host's images). */
export function kindLoadImageArgv(cluster: string, image: string): string[] {
  return ['kind', 'load', 'docker-image', assertSafeArg(image, 'image'), '--name', assertSafeArg(cluster, 'cluster')]
}

/** The kind node is a docker container; the "host" namespaces a pod can share are the node's. */
export function kindNodeExecArgv(cluster: string, script: string, node = `${cluster}-control-plane`): string[] {
  return ['docker', 'exec', assertSafeArg(node, 'node'), 'sh', '-c', script]
}

export function kubectlApplyArgv(t: KubeTarget, file: string): string[] {
  return kubectl(t, 'apply', '-f', assertSafeArg(file, 'file'))
}

export function kubectlWaitReadyArgv(t: KubeTarget, pod: string, timeoutSeconds: number): string[] {
  return kubectl(t, 'wait', '--for=condition=Ready', `pod/${assertSafeArg(pod, 'pod')}`, `--timeout=${Math.max(1, Math.ceil(timeoutSeconds))}s`)
}

export function kubectlExecArgv(t: KubeTarget, pod: string, container: string, script: string): string[] {
  return kubectl(t, 'exec', assertSafeArg(pod, 'pod'), '-c', assertSafeArg(container, 'container'), '--', 'sh', '-c', script)
}

/**
 * An ephemeral debug container (`kubectl debug --target`): it shares the pod's network and IPC
 * namespaces and the target container's PID namespace, the kind analogue of the podman sidecar.
 */
export function kubectlDebugArgv(t: KubeTarget, pod: string, target: string, name: string, image: string, script: string): string[] {
  return kubectl(
    t,
    'debug',
    `pod/${assertSafeArg(pod, 'pod')}`,
    '--quiet',
    '--attach=true',
    '--stdin=false',
    '--tty=false',
    '--image',
    assertSafeArg(image, 'probe image'),
    '--image-pull-policy=IfNotPresent',
    '--target',
    assertSafeArg(target, 'container'),
    '--container',
    assertSafeArg(name, 'debug container'),
    '--',
    'sh',
    '-c',
    script,
  )
}

export function kubectlDeleteArgv(t: KubeTarget, file: string): string[] {
  return kubectl(t, 'delete', '-f', assertSafeArg(file, 'file'), '--ignore-not-found=true', '--grace-period=0', '--force', '--wait=true')
}

export function kubectlGetPodArgv(t: KubeTarget, pod: string): string[] {
  return kubectl(t, 'get', 'pod', assertSafeArg(pod, 'pod'), '--ignore-not-found=true', '-o', 'name')
}
