import { readFileSync } from 'node:fs'
import { MAX_LIST_DEPTH } from '../../src/parse/k8s/k8s.js'
import { describe, expect, it } from '@jest/globals'
import { SmokeError } from '../../src/smoke/smoke-error.js'
import { scanText } from '../../src/engine/scan-file.js'
import { registry } from '../../src/rules/index.js'
import { SMOKE_LABEL, podNameFor, podTemplateOf, reduceToPod, workloadsFromManifest } from '../../src/smoke/pod.js'

const container = (image = 'app:1') => `{containers: [{name: app, image: "${image}"}]}`

describe('workloadsFromManifest', () => {
  it('finds the pod spec of every workload kind', () => {
    const text = [
      `kind: Pod\nmetadata: {name: p}\nspec: ${container()}`,
      ...['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job'].map(
        k => `kind: ${k}\nmetadata: {name: ${k.toLowerCase()}}\nspec: {template: {metadata: {labels: {app: ${k.toLowerCase()}}}, spec: ${container()}}}`,
      ),
      `kind: CronJob\nmetadata: {name: cj}\nspec: {schedule: "* * * * *", jobTemplate: {spec: {template: {spec: ${container()}}}}}`,
      `kind: PodTemplate\nmetadata: {name: pt}\ntemplate: {spec: ${container()}}`,
      `kind: List\nitems:\n  - {kind: Pod, metadata: {name: in-list}, spec: ${container()}}\n  - {kind: ConfigMap, metadata: {name: cm}}`,
      `kind: DeploymentConfig\nmetadata: {name: dc}\nspec: {template: {spec: ${container()}}}`,
      `kind: Service\nmetadata: {name: svc}\nspec: {ports: [{port: 80}]}`,
    ].join('\n---\n')
    const w = workloadsFromManifest(text)
    expect(w.map(x => x.resource)).toEqual([
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
    for (let i = 1; i < 9; i++)
      lol.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill('*' + String.fromCharCode(96 + i))
          .join(', ')}]`,
      )
    expect(() => workloadsFromManifest(lol.join('\n'))).toThrow()
  })

  it('returns nothing for empty input', () => {
    expect(workloadsFromManifest('')).toEqual([])
    expect(workloadsFromManifest('# only a comment\n')).toEqual([])
  })
})

describe('podTemplateOf', () => {
  const spec = { hostPID: true, containers: [{ name: 'a', image: 'i' }] }
  const metadata = { labels: { app: 'x' } }
  const template = { metadata, spec }

  it.each([
    ['Pod', 'v1', { metadata, spec }],
    ['PodTemplate', 'v1', { metadata: { name: 'pt' }, template }],
    ['CronJob', 'batch/v1', { spec: { schedule: '* * * * *', jobTemplate: { spec: { template } } } }],
    ['Job', 'batch/v1', { spec: { template } }],
    ['Deployment', 'apps/v1', { spec: { template } }],
    ['StatefulSet', 'apps/v1', { spec: { template } }],
    ['DaemonSet', 'apps/v1', { spec: { template } }],
    ['ReplicaSet', 'apps/v1', { spec: { template } }],
    ['ReplicationController', 'v1', { spec: { template } }],
    ['Deployment', 'extensions/v1beta1', { spec: { template } }],
    ['Deployment', undefined, { spec: { template } }],
    ['DeploymentConfig', 'apps.openshift.io/v1', { spec: { template } }],
    ['Rollout', 'argoproj.io/v1alpha1', { spec: { template } }],
  ])('reads the template of a %s (%s)', (kind, apiVersion, body) => {
    expect(podTemplateOf({ kind, ...(apiVersion ? { apiVersion } : {}), ...body })).toEqual({ metadata, spec })
  })

  it('does not read a template at the wrong place for the kind', () => {
    expect(podTemplateOf({ kind: 'CronJob', apiVersion: 'batch/v1', spec: { template } })).toBeUndefined()
    expect(podTemplateOf({ kind: 'PodTemplate', apiVersion: 'v1', spec: { template } })).toBeUndefined()
    expect(podTemplateOf({ kind: 'Pod', apiVersion: 'v1', spec: { template } })).toEqual({ metadata: {}, spec: { template } })
  })

  it('reads a built-in name in another API group as a custom resource (spec.template with containers)', () => {
    expect(podTemplateOf({ kind: 'CronJob', apiVersion: 'example.com/v1', spec: { template } })).toEqual({ metadata, spec })
    expect(podTemplateOf({ kind: 'CronJob', apiVersion: 'example.com/v1', spec: { jobTemplate: { spec: { template } } } })).toBeUndefined()
    expect(podTemplateOf({ kind: 'PodTemplate', apiVersion: 'example.com/v1', template })).toBeUndefined()
    expect(podTemplateOf({ kind: 'Deployment', apiVersion: 'example.com/v1', spec: { template: { spec: { hostPID: true } } } })).toBeUndefined()
  })
})

describe('the smoke check and the static scan', () => {
  const staticFlagged = (text: string) =>
    scanText(
      { path: 'm.yaml', text, type: 'kubernetes', byName: false },
      { rules: new Map([['host-pid', registry.get('host-pid')!]]), severityOf: () => 'error' },
    ).map(f => f.resource.display)
  const smokeFlagged = (text: string) =>
    workloadsFromManifest(text)
      .filter(w => w.requested.pid)
      .map(w => w.resource)
  const pod = '{hostPID: true, containers: [{name: a, image: i}]}'

  it.each([
    ['a Pod', `apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec: ${pod}`, ['Pod/x']],
    ['a PodTemplate', `apiVersion: v1\nkind: PodTemplate\nmetadata: {name: x}\ntemplate: {spec: ${pod}}`, ['PodTemplate/x']],
    ['a CronJob', `apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: x}\nspec: {jobTemplate: {spec: {template: {spec: ${pod}}}}}`, ['CronJob/x']],
    ['a Deployment', `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: x}\nspec: {template: {spec: ${pod}}}`, ['Deployment/x']],
    ['a Job', `apiVersion: batch/v1\nkind: Job\nmetadata: {name: x}\nspec: {template: {spec: ${pod}}}`, ['Job/x']],
    ['a custom CronJob', `apiVersion: example.com/v1\nkind: CronJob\nmetadata: {name: x}\nspec: {template: {spec: ${pod}}}`, ['CronJob/x']],
    [
      'a DeploymentConfig',
      `apiVersion: apps.openshift.io/v1\nkind: DeploymentConfig\nmetadata: {name: x}\nspec: {template: {spec: ${pod}}}`,
      ['DeploymentConfig/x'],
    ],
    [
      'a List',
      `apiVersion: v1\nkind: List\nitems: [{apiVersion: apps/v1, kind: DaemonSet, metadata: {name: x}, spec: {template: {spec: ${pod}}}}]`,
      ['DaemonSet/x'],
    ],
    ['a pod spec at the wrong place', `apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: x}\nspec: {template: {spec: ${pod}}}`, []],
  ])('agree on %s', (_, text, flagged) => {
    expect(staticFlagged(text)).toEqual(flagged)
    expect(smokeFlagged(text)).toEqual(flagged)
  })

  it('agree on how deep Lists may nest', () => {
    let doc: Record<string, unknown> = { kind: 'Pod', metadata: { name: 'deep' }, spec: { hostPID: true, containers: [{ name: 'a', image: 'i' }] } }
    const found: Array<[number, number]> = []
    for (let depth = 1; depth <= MAX_LIST_DEPTH + 1; depth++) {
      doc = { kind: 'List', items: [doc] }
      const text = JSON.stringify(doc)
      found.push([staticFlagged(text).length, smokeFlagged(text).length])
    }
    // Past the bound the static scan says so (incomplete-scan) and the smoke run has nothing to start.
    expect(found).toEqual([...Array.from({ length: MAX_LIST_DEPTH }, () => [1, 1]), [0, 0]])
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
    const [w] = workloadsFromManifest(
      'kind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: "--evil;x", image: i}, {name: a, image: i}, {name: a, image: i}]}',
    )
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
