import { describe, expect, it } from '@jest/globals'
import { dockerBuildArgv, dockerRmiArgv } from '../../src/smoke/docker-argv.js'
import { dnsLabel } from '../../src/smoke/generated-names.js'
import {
  kindCreateClusterArgv,
  kindDeleteClusterArgv,
  kindLoadImageArgv,
  kindNodeExecArgv,
  kubectlApplyArgv,
  kubectlDebugArgv,
  kubectlDeleteArgv,
  kubectlExecArgv,
  kubectlWaitReadyArgv,
} from '../../src/smoke/kind-argv.js'
import {
  podmanBuildArgv,
  podmanExecArgv,
  podmanKubeDownArgv,
  podmanKubePlayArgv,
  podmanPodRmArgv,
  podmanPodStopArgv,
  podmanRmiArgv,
  podmanSidecarArgv,
} from '../../src/smoke/podman-argv.js'
import { podmanEnv, resolveContainersConf } from '../../src/smoke/podman-setup.js'
import { spawnRunner, tail } from '../../src/smoke/process-runner.js'
import { assertSafeArg } from '../../src/smoke/safe-arg.js'
import { SmokeError } from '../../src/smoke/smoke-error.js'

describe('podman build command', () => {
  it('builds isolated, uncached, layer-free, with a forced cleanup of build containers', () => {
    expect(podmanBuildArgv({ dockerfile: '/w/Dockerfile', context: '/w', tag: 'localhost/hng-build-check:abc' })).toEqual([
      'podman',
      'build',
      '--file',
      '/w/Dockerfile',
      '--tag',
      'localhost/hng-build-check:abc',
      '--no-cache',
      '--layers=false',
      '--force-rm',
      '--pull=missing',
      '--network=private',
      '/w',
    ])
  })

  it('maps network none and pull never', () => {
    const argv = podmanBuildArgv({ dockerfile: 'D', context: 'c', tag: 't', network: 'none', pull: 'never' })
    expect(argv).toContain('--network=none')
    expect(argv).toContain('--pull=never')
  })

  it('never grants the host network', () => {
    for (const network of ['isolated', 'none'] as const) {
      const argv = podmanBuildArgv({ dockerfile: 'D', context: 'c', tag: 't', network })
      expect(argv.join(' ')).not.toMatch(/network[= ]host/)
    }
  })

  it('removes the tag with rmi --force', () => {
    expect(podmanRmiArgv('localhost/x:1')).toEqual(['podman', 'rmi', '--force', 'localhost/x:1'])
  })
})

describe('docker build command', () => {
  it('uses buildx without --allow network.host or --network=host', () => {
    const argv = dockerBuildArgv({ dockerfile: '/w/Dockerfile', context: '/w', tag: 'hng-build-check:abc' })
    expect(argv).toEqual([
      'docker',
      'buildx',
      'build',
      '--load',
      '--progress=plain',
      '--no-cache',
      '--file',
      '/w/Dockerfile',
      '--tag',
      'hng-build-check:abc',
      '/w',
    ])
    expect(argv).not.toContain('--allow')
    expect(argv.join(' ')).not.toMatch(/network\.host|network[= ]host/)
  })

  it('passes --network=none when asked', () => {
    expect(dockerBuildArgv({ dockerfile: 'D', context: 'c', tag: 't', network: 'none' })).toContain('--network=none')
  })

  it('removes the image', () => {
    expect(dockerRmiArgv('hng-build-check:abc')).toEqual(['docker', 'image', 'rm', '--force', 'hng-build-check:abc'])
  })
})

describe('podman pod commands', () => {
  it('plays and tears down a generated file', () => {
    expect(podmanKubePlayArgv('/tmp/p.yaml')).toEqual(['podman', 'kube', 'play', '--quiet', '--start=true', '/tmp/p.yaml'])
    expect(podmanKubeDownArgv('/tmp/p.yaml')).toEqual(['podman', 'kube', 'down', '/tmp/p.yaml'])
    expect(podmanPodStopArgv('hng-pod-x-1')).toEqual(['podman', 'pod', 'stop', '--ignore', '--time', '0', 'hng-pod-x-1'])
    expect(podmanPodRmArgv('hng-pod-x-1')).toEqual(['podman', 'pod', 'rm', '--force', '--ignore', '--time', '0', 'hng-pod-x-1'])
  })

  it('passes the probe script as one argv element after sh -c', () => {
    const script = 'echo "$(readlink /proc/self/ns/net)"; rm -rf / # not interpreted by any host shell'
    expect(podmanExecArgv('pod-app', script)).toEqual(['podman', 'exec', 'pod-app', 'sh', '-c', script])
  })

  it('builds the sidecar: in the pod, joined to the target PID namespace, removed on exit', () => {
    expect(podmanSidecarArgv({ pod: 'p', target: 'p-app', name: 'p-hng-probe', image: 'localhost/hng-busybox:latest', script: 'S' })).toEqual([
      'podman',
      'run',
      '--rm',
      '--pull=missing',
      '--name',
      'p-hng-probe',
      '--pod',
      'p',
      '--pid',
      'container:p-app',
      'localhost/hng-busybox:latest',
      'sh',
      '-c',
      'S',
    ])
  })
})

describe('kind commands', () => {
  const t = { cluster: 'hng-smoke', namespace: 'default' }

  it('creates, loads into and deletes a cluster', () => {
    expect(kindCreateClusterArgv('hng-smoke')).toEqual(['kind', 'create', 'cluster', '--name', 'hng-smoke', '--wait', '120s'])
    expect(kindLoadImageArgv('hng-smoke', 'localhost/app:1')).toEqual(['kind', 'load', 'docker-image', 'localhost/app:1', '--name', 'hng-smoke'])
    expect(kindDeleteClusterArgv('hng-smoke')).toEqual(['kind', 'delete', 'cluster', '--name', 'hng-smoke'])
  })

  it('applies, waits for, execs in and deletes a pod in the kind context', () => {
    expect(kubectlApplyArgv(t, '/tmp/p.yaml')).toEqual(['kubectl', '--context', 'kind-hng-smoke', '--namespace', 'default', 'apply', '-f', '/tmp/p.yaml'])
    expect(kubectlWaitReadyArgv(t, 'hng-pod-x', 59.2)).toEqual([
      'kubectl',
      '--context',
      'kind-hng-smoke',
      '--namespace',
      'default',
      'wait',
      '--for=condition=Ready',
      'pod/hng-pod-x',
      '--timeout=60s',
    ])
    expect(kubectlExecArgv(t, 'hng-pod-x', 'app', 'S')).toEqual([
      'kubectl',
      '--context',
      'kind-hng-smoke',
      '--namespace',
      'default',
      'exec',
      'hng-pod-x',
      '-c',
      'app',
      '--',
      'sh',
      '-c',
      'S',
    ])
    expect(kubectlDeleteArgv(t, '/tmp/p.yaml')).toEqual([
      'kubectl',
      '--context',
      'kind-hng-smoke',
      '--namespace',
      'default',
      'delete',
      '-f',
      '/tmp/p.yaml',
      '--ignore-not-found=true',
      '--grace-period=0',
      '--force',
      '--wait=true',
    ])
  })

  it('probes from an ephemeral debug container targeting the first container', () => {
    const argv = kubectlDebugArgv(t, 'hng-pod-x', 'app', 'hng-probe', 'busybox:1.36', 'S')
    expect(argv.slice(5, 7)).toEqual(['debug', 'pod/hng-pod-x'])
    expect(argv).toEqual(expect.arrayContaining(['--target', 'app', '--image', 'busybox:1.36', '--container', 'hng-probe']))
    expect(argv.slice(-4)).toEqual(['--', 'sh', '-c', 'S'])
  })

  it('reads the node namespaces inside the kind node container', () => {
    expect(kindNodeExecArgv('hng-smoke', 'S')).toEqual(['docker', 'exec', 'hng-smoke-control-plane', 'sh', '-c', 'S'])
  })
})

describe('argument hygiene', () => {
  it('rejects option-like and control-character values', () => {
    expect(() => assertSafeArg('--privileged', 'pod')).toThrow(SmokeError)
    expect(() => podmanExecArgv('-it', 'S')).toThrow(/must not start with "-"/)
    expect(() => kubectlApplyArgv({ cluster: 'a\nb', namespace: 'n' }, 'f')).toThrow(/control characters/)
    expect(() => assertSafeArg('', 'image')).toThrow(/empty/)
    expect(assertSafeArg('ok-name', 'x')).toBe('ok-name')
  })

  it('makes DNS labels', () => {
    expect(dnsLabel('Deployment-My_App.v2!!')).toBe('deployment-my-app-v2')
    expect(dnsLabel('---')).toBe('')
    expect(dnsLabel('a'.repeat(80), 10)).toBe('aaaaaaaaaa')
  })
})

describe('containers.conf resolution', () => {
  it('prefers CONTAINERS_CONF, then $HNG_PODMAN_DIR/containers.conf, then the default dir', () => {
    expect(resolveContainersConf({ CONTAINERS_CONF: '/x.conf' }, () => false)).toBe('/x.conf')
    expect(resolveContainersConf({ HNG_PODMAN_DIR: '/d' }, p => p === '/d/containers.conf')).toBe('/d/containers.conf')
    expect(resolveContainersConf({}, p => p === '/etc/host-namespace-guard/containers.conf')).toBe('/etc/host-namespace-guard/containers.conf')
    expect(resolveContainersConf({}, () => false)).toBeUndefined()
    expect(podmanEnv('/x.conf')).toEqual({ CONTAINERS_CONF: '/x.conf' })
    expect(podmanEnv(undefined)).toEqual({})
  })
})

describe('spawnRunner', () => {
  const node = process.execPath

  it('runs argv without a shell and captures output and exit code', async () => {
    const r = await spawnRunner([node, '-e', 'process.stdout.write(process.argv[1]); process.stderr.write("e"); process.exit(3)', '$(echo not-expanded); ls'])
    expect(r).toEqual({ code: 3, stdout: '$(echo not-expanded); ls', stderr: 'e' })
  })

  it('passes env additions and stdin', async () => {
    const r = await spawnRunner([node, '-e', 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(process.env.HNG_X+":"+s))'], {
      env: { HNG_X: 'conf' },
      input: 'in',
    })
    expect(r.stdout.trim()).toBe('conf:in')
  })

  it('reports a missing program as code 127 with spawnError', async () => {
    const r = await spawnRunner(['hng-definitely-not-installed'])
    expect(r.code).toBe(127)
    expect(r.spawnError).toBe('ENOENT')
  })

  it('kills on timeout (124) and on abort (130)', async () => {
    const t = await spawnRunner([node, '-e', 'setTimeout(()=>{}, 10000)'], { timeoutMs: 100 })
    expect(t).toMatchObject({ code: 124, timedOut: true })
    const ac = new AbortController()
    setTimeout(() => ac.abort(), 100)
    const a = await spawnRunner([node, '-e', 'setTimeout(()=>{}, 10000)'], { signal: ac.signal })
    expect(a).toMatchObject({ code: 130, aborted: true })
  })

  it('keeps the tail of long output', () => {
    expect(tail(Array.from({ length: 100 }, (_, i) => `l${i}`).join('\n'), 2)).toBe('l98\nl99')
    expect(tail('x'.repeat(50), 10, 10)).toBe('…xxxxxxxxx')
  })
})
