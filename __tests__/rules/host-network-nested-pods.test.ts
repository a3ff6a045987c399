import { describe, expect, it } from '@jest/globals'
import { findingsFor, runRuleTests } from '../support/rule-tester.js'

/**
 * Pod templates inside job templates inside custom resources (issue 16): every pod spec of an
 * object is found, each is one finding, and the finding names the object and where the pod sits.
 */

const jobSet = (workerHost: string) => `apiVersion: jobset.x-k8s.io/v1alpha2
kind: JobSet
metadata: {name: train, namespace: ml}
spec:
  replicatedJobs:
  - name: workers
    replicas: 2
    template:
      spec:
        parallelism: 4
        template:
          spec:
            hostNetwork: ${workerHost}
            containers: [{name: w, image: trainer:1}]
`

const pyTorchJob = (master: string, worker: string) => `apiVersion: kubeflow.org/v1
kind: PyTorchJob
metadata: {name: bert}
spec:
  pytorchReplicaSpecs:
    Master:
      replicas: 1
      template:
        spec:
          hostNetwork: ${master}
          containers: [{name: pytorch, image: bert:1}]
    Worker:
      replicas: 3
      template:
        spec:
          hostNetwork: ${worker}
          containers: [{name: pytorch, image: bert:1}]
`

const volcano = `apiVersion: batch.volcano.sh/v1alpha1
kind: Job
metadata: {name: mpi}
spec:
  tasks:
  - name: mpimaster
    template:
      spec:
        containers: [{name: m, image: mpi:1}]
  - name: mpiworker
    template:
      spec:
        hostNetwork: true
        containers: [{name: w, image: mpi:1}]
`

const lws = `apiVersion: leaderworkerset.x-k8s.io/v1
kind: LeaderWorkerSet
metadata: {name: vllm}
spec:
  leaderWorkerTemplate:
    leaderTemplate:
      spec:
        containers: [{name: leader, image: vllm:1}]
    workerTemplate:
      spec:
        hostNetwork: true
        containers: [{name: worker, image: vllm:1}]
`

const ray = `apiVersion: ray.io/v1
kind: RayCluster
metadata: {name: rc}
spec:
  headGroupSpec:
    template:
      spec:
        containers: [{name: head, image: ray:1}]
  workerGroupSpecs:
  - groupName: gpu
    template:
      spec:
        hostNetwork: true
        containers: [{name: w, image: ray:1}]
`

const cronLike = `apiVersion: example.com/v1
kind: ScheduledJobSet
metadata: {name: nightly}
spec:
  jobTemplate:
    spec:
      template:
        spec:
          hostPID: false
          hostNetwork: true
          containers: [{name: c, image: i}]
`

const argo = (value: string) => `apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata: {generateName: etl-}
spec:
  entrypoint: make-job
  templates:
  - name: make-job
    resource:
      action: create
      manifest: |
        apiVersion: batch/v1
        kind: Job
        metadata: {generateName: etl-job-}
        spec:
          template:
            spec:
              hostNetwork: ${value}
              containers: [{name: etl, image: etl:1}]
              restartPolicy: Never
`

const cronArgo = `apiVersion: argoproj.io/v1alpha1
kind: CronWorkflow
metadata: {name: nightly}
spec:
  schedule: "0 1 * * *"
  workflowSpec:
    templates:
    - name: spawn
      resource:
        action: create
        manifest: "apiVersion: v1\\nkind: Pod\\nmetadata: {name: p}\\nspec: {hostNetwork: true, containers: [{name: c, image: i}]}"
`

const deployment = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  template:
    spec:
      hostNetwork: true
      containers: [{name: c, image: i}]
`

runRuleTests('host-network', {
  valid: [
    { name: 'JobSet whose pod template keeps hostNetwork off', code: jobSet('false') },
    { name: 'PyTorchJob with both replica specs off', code: pyTorchJob('false', 'false') },
    { name: 'Argo resource template whose manifest keeps hostNetwork off', code: argo('false') },
    {
      name: 'a manifest string in an object that is no Argo workflow',
      code: argo('true').replace('argoproj.io/v1alpha1', 'example.com/v1'),
    },
  ],
  invalid: [
    {
      name: 'JobSet: the pod template inside the job template of a replicated job',
      code: jobSet('true'),
      errors: [{ line: 13, column: 26, endColumn: 30, message: /^JobSet\/ml\/train \(replicatedJobs\[workers\]\) sets hostNetwork: true/ }],
      output: jobSet('false'),
    },
    {
      name: 'PyTorchJob: each replica spec is a pod of its own',
      code: pyTorchJob('true', 'true'),
      errors: [
        { line: 10, column: 24, message: /^PyTorchJob\/bert \(pytorchReplicaSpecs\.Master\) sets/ },
        { line: 16, column: 24, message: /^PyTorchJob\/bert \(pytorchReplicaSpecs\.Worker\) sets/ },
      ],
      output: pyTorchJob('false', 'false'),
    },
    {
      name: 'Volcano Job: tasks named in the resource',
      code: volcano,
      errors: [{ line: 13, column: 22, message: /^Job\/mpi \(tasks\[mpiworker\]\) sets/ }],
      output: volcano.replace('hostNetwork: true', 'hostNetwork: false'),
    },
    {
      name: 'LeaderWorkerSet: the worker template beside the leader template',
      code: lws,
      errors: [{ line: 11, column: 22, message: /^LeaderWorkerSet\/vllm \(leaderWorkerTemplate\.workerTemplate\) sets/ }],
      output: lws.replace('hostNetwork: true', 'hostNetwork: false'),
    },
    {
      name: 'RayCluster: a worker group in a list',
      code: ray,
      errors: [{ line: 13, column: 22, message: /^RayCluster\/rc \(workerGroupSpecs\[0\]\) sets/ }],
      output: ray.replace('hostNetwork: true', 'hostNetwork: false'),
    },
    {
      name: "Argo Workflow: a resource template's manifest string",
      code: argo('true'),
      errors: [
        { line: 17, column: 28, endColumn: 32, message: /^Workflow\/etl- \(templates\[make-job\]\.resource\.manifest\): Job\/etl-job- sets hostNetwork: true/ },
      ],
      output: argo('false'),
    },
    {
      name: 'Argo CronWorkflow: a manifest in a double-quoted string',
      code: cronArgo,
      errors: [{ line: 11, column: 88, message: /^CronWorkflow\/nightly \(templates\[spawn\]\.resource\.manifest\): Pod\/p sets/ }],
      output: cronArgo.replace('hostNetwork: true', 'hostNetwork: false'),
    },
    {
      name: 'a CronJob-like custom resource: template in a job template',
      code: cronLike,
      errors: [{ line: 10, column: 24, message: /^ScheduledJobSet\/nightly sets hostNetwork: true/ }],
      output: cronLike.replace('hostNetwork: true', 'hostNetwork: false'),
    },
  ],
})

describe('built-in kinds keep their fixed place', () => {
  it('finds a Deployment pod spec once, named as before', () => {
    const found = findingsFor('host-network', { code: deployment })
    expect(found.map(f => [f.resource.display, f.fieldPath, f.span.start.line])).toEqual([['Deployment/web', 'spec.template.spec.hostNetwork', 7]])
  })

  it('gives JobSet findings field paths that exceptions and fingerprints can tell apart', () => {
    const found = findingsFor('host-network', { code: jobSet('true') })
    expect(found.map(f => f.fieldPath)).toEqual(['spec.replicatedJobs[0].template.spec.template.spec.hostNetwork'])
  })
})
