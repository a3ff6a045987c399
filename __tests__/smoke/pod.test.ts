import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { SmokeError } from '../../src/smoke/engine.js'
import { SMOKE_LABEL, podNameFor, reduceToPod, workloadsFromManifest } from '../../src/smoke/pod.js'

const container = (image = 'app:1') => `{containers: [{name: app, image: "${image}"}]}`

describe('workloadsFromManifest', () => {
  it('finds the pod spec of every workload kind', () => {
    const text = [
      `kind: Pod\nmetadata: {name: p}\nspec: ${container()}`,
      ...['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job'].map(
        (k) => `kind: ${k}\nmetadata: {name: ${k.toLowerCase()}}\nspec: {template: {metadata: {labels: {app: ${k.toLowerCase()}}}, spec: ${container()}}}`,
      ),
      `kind: CronJob\nmetadata: {name: cj}\nspec: {schedule: "* * * * *", jobTemplate: {spec: {template: {spec: ${container()}}}}}`,
      `kind: PodTemplate\nmetadata: {name: pt}\ntemplate: {spec: ${container()}}`,
      `kind: List\nitems:\n  - {kind: Pod, metadata: {name: in-list}, spec: ${container()}}\n  - {kind: ConfigMap, metadata: {name: cm}}`,
      `kind: DeploymentConfig\nmetadata: {name: dc}\nspec: {template: {spec: ${container()}}}`,
      `kind: Service\nmetadata: {name: svc}\nspec: {ports: [{port: 80}]}`,
    ].join('\n---\n')
    const w = workloadsFromManifest(text)
    expect(w.map((x) => x.resource)).toEqual([
      'Pod/p',
      'Deployment/deployment',
      'StatefulSet/statefulset',
      'DaemonSet/daemonset',
      'ReplicaSet/replicaset',
      'ReplicationController/replicationcontroller',
      'Job/job',
      'CronJob/cj',
      'PodTemplate/pt',
      'Pod/in-list',
      'DeploymentConfig/dc',
    ])
    expect(w[1].labels).toEqual({ app: 'deployment' })
    expect(w[9].document).toBe(9)
  })

  it('reads booleans the YAML 1.1 way, with merge keys', () => {
    const text = `
base: &base {hostPID: on, hostIPC: "true"}
---
kind: Pod
metadata: {name: p, namespace: ns}
spec:
  <<: {hostNetwork: yes, hostPID: on}
  hostIPC: "true"
  containers: [{name: a, image: i}]
`
    const [w] = workloadsFromManifest(text)
    expect(w.resource).toBe('Pod/ns/p')
    // A quoted "true" is a string: Kubernetes would reject it, and it does not request the namespace.
    expect(w.requested).toEqual({ network: true, pid: true, ipc: false })
  })

  it('reports YAML errors with a position', () => {
    expect(() => workloadsFromManifest('kind: Pod\nspec: [unclosed', 'm.yaml')).toThrow(SmokeError)
    expect(() => workloadsFromManifest('kind: Pod\nspec: [unclosed', 'm.yaml')).toThrow(/^m\.yaml:\d+:\d+: invalid YAML/)
  })

  it('bounds alias expansion (billion laughs)', () => {
    const lol = ['a: &a [x, x, x, x, x, x, x, x, x]']
    for (let i = 1; i < 9; i++) lol.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill('*' + String.fromCharCode(96 + i)).join(', ')}]`)
    expect(() => workloadsFromManifest(lol.join('\n'))).toThrow()
  })

  it('returns nothing for empty input', () => {
    expect(workloadsFromManifest('')).toEqual([])
    expect(workloadsFromManifest('# only a comment\n')).toEqual([])
  })
})

describe('reduceToPod', () => {
  const [deployment] = workloadsFromManifest(readFileSync('__fixtures__/smoke/deployment.yaml', 'utf8'))

  it('keeps the template labels, host flags and runnable container fields; drops the rest', () => {
    const pod = reduceToPod(deployment, { suffix: 'abc123', runLabel: 'run1' })
    expect(pod.name).toBe('hng-deployment-web-abc123')
    expect(pod.containers).toEqual(['web', 'sidecar'])
    expect(pod.manifest).toEqual({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'hng-deployment-web-abc123', labels: { app: 'web', tier: 'frontend', [SMOKE_LABEL]: 'run1' } },
      spec: {
        restartPolicy: 'Never',
        terminationGracePeriodSeconds: 1,
        hostNetwork: true,
        containers: [
          {
            name: 'web',
            image: 'registry.example.invalid/shop/web:1.2.3',
            args: ['--port', '8080'],
            env: [
              { name: 'MODE', value: 'production' },
              { name: 'FEATURE', value: 'on' },
            ],
            imagePullPolicy: 'IfNotPresent',
          },
          { name: 'sidecar', image: 'registry.example.invalid/shop/proxy:2', imagePullPolicy: 'IfNotPresent' },
        ],
      },
    })
  })

  it('overrides every image and replaces the command with a keep-alive', () => {
    const pod = reduceToPod(deployment, { suffix: 's', image: 'localhost/hng-busybox:latest' })
    const containers = (pod.manifest.spec as { containers: Array<Record<string, unknown>> }).containers
    for (const c of containers) {
      expect(c.image).toBe('localhost/hng-busybox:latest')
      expect(c.command).toEqual(['sleep', '86400'])
      expect(c.args).toBeUndefined()
    }
  })

  it('renames containers whose names are not DNS labels and de-duplicates', () => {
    const [w] = workloadsFromManifest('kind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: "--evil;x", image: i}, {name: a, image: i}, {name: a, image: i}]}')
    expect(reduceToPod(w, { suffix: 's' }).containers).toEqual(['container-0', 'a', 'a-2'])
  })

  it('requires an image unless overridden', () => {
    const [w] = workloadsFromManifest('kind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: a}]}')
    expect(() => reduceToPod(w)).toThrow(/has no image/)
    expect(() => reduceToPod(w, { image: 'x' })).not.toThrow()
  })

  it('derives short, valid, unique-ish pod names', () => {
    const name = podNameFor({ kind: 'StatefulSet', name: 'A_Very.Long/Name-'.repeat(5) }, 'ffff00')
    expect(name).toMatch(/^hng-[a-z0-9-]+-ffff00$/)
    expect(name.length).toBeLessThanOrEqual(4 + 40 + 1 + 12)
    const [w] = workloadsFromManifest('kind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: a, image: i}]}')
    expect(reduceToPod(w).name).not.toBe(reduceToPod(w).name)
  })

  it('sets the Kubernetes namespace for kind', () => {
    const [w] = workloadsFromManifest('kind: Pod\nmetadata: {name: p, namespace: prod}\nspec: {containers: [{name: a, image: i}]}')
    expect(reduceToPod(w, { suffix: 's', namespace: 'default' }).manifest.metadata).toEqual({ name: 'hng-pod-p-s', labels: {}, namespace: 'default' })
  })
})
