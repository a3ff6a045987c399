import { describe, it, expect } from '@jest/globals'
import { findPodSpecs, k8sObjects } from '../../src/parse/k8s/k8s.js'
import { SourceText } from '../../src/parse/source.js'
import { parseYaml } from '../../src/parse/yaml/yaml.js'

/** Pod spec paths found in each object of `text`, and whether the search was complete. */
function search(text: string) {
  return [...k8sObjects(parseYaml(new SourceText('k.yaml', text)))].map(o => {
    const { units, incomplete } = findPodSpecs(o)
    return { kind: o.kind, paths: units.map(u => `${u.path}${u.partial ? ' (settings)' : ''}`), incomplete }
  })
}

/** `levels` nested maps under spec, then a pod template. */
const nested = (levels: number) => {
  let body = 'template:\n  spec:\n    hostNetwork: true\n    containers: [{name: c, image: i}]\n'
  for (let i = levels - 1; i >= 0; i--) body = `l${i}:\n${body.replace(/^/gm, '  ')}`
  return `apiVersion: example.com/v1\nkind: Deep\nmetadata: {name: d}\nspec:\n${body.replace(/^/gm, '  ')}`
}

describe('the pod spec search in custom resources', () => {
  it('finds a template as deep as a Crossplane pipeline Composition puts it', () => {
    const composition = `apiVersion: apiextensions.crossplane.io/v1
kind: Composition
metadata: {name: agents}
spec:
  mode: Pipeline
  pipeline:
  - step: patch-and-transform
    functionRef: {name: function-patch-and-transform}
    input:
      apiVersion: pt.fn.crossplane.io/v1beta1
      kind: Resources
      resources:
      - name: agent
        base:
          apiVersion: kubernetes.crossplane.io/v1alpha2
          kind: Object
          spec:
            forProvider:
              manifest:
                apiVersion: apps/v1
                kind: DaemonSet
                spec:
                  template:
                    spec:
                      hostNetwork: true
                      containers: [{name: agent, image: agent:1}]
`
    expect(search(composition)).toEqual([
      { kind: 'Composition', paths: ['spec.pipeline[0].input.resources[0].base.spec.forProvider.manifest.spec.template.spec'], incomplete: false },
    ])
  })

  it('says so when an object nests deeper than it searches, instead of passing it silently', () => {
    expect(search(nested(20))[0]).toMatchObject({ paths: [expect.stringMatching(/l19\.template\.spec$/)], incomplete: false })
    expect(search(nested(40))[0]).toEqual({ kind: 'Deep', paths: [], incomplete: true })
  })

  it("does not read policy engines' objects as workloads, whatever their shape", () => {
    const kyverno = `apiVersion: kyverno.io/v1
kind: ClusterPolicy
metadata: {name: host-ns}
spec:
  rules:
  - name: no-host-network
    validate:
      pattern:
        spec:
          hostNetwork: "false"
          containers:
          - name: "*"
`
    expect(search(kyverno)).toEqual([{ kind: 'ClusterPolicy', paths: [], incomplete: false }])
  })

  it("reads no pod-level settings in a custom resource's configuration for its own program", () => {
    const collector =
      'apiVersion: opentelemetry.io/v1beta1\nkind: OpenTelemetryCollector\nmetadata: {name: c}\nspec:\n  config:\n    receivers:\n      hostNetwork: true\n  data:\n    hostIPC: true\n  podTemplate:\n    hostPID: false\n'
    expect(search(collector)).toEqual([{ kind: 'OpenTelemetryCollector', paths: ['spec.podTemplate (settings)'], incomplete: false }])
  })
})
