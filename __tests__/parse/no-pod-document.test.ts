import { describe, expect, it } from '@jest/globals'
import { holdsNoPod } from '../../src/parse/k8s/no-pod-document.js'
import { parsesYaml, scanText } from '../../src/engine/scan-file.js'
import { registry } from '../../src/rules/index.js'

describe('holdsNoPod: documents skipped before parsing', () => {
  it.each([
    ['a CRD', 'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nspec: {}\n', true],
    ['a CRD after comments, quoted kind, trailing comment', '# schema\n\napiVersion: v1\nkind: "CustomResourceDefinition" # crd\n', true],
    ['a ConfigMap', 'kind: ConfigMap\ndata:\n  pod.yaml: "spec: {hostNetwork: true}"\n', true],
    ['a Secret', 'kind: Secret\nstringData: {a: b}\n', true],
    ['a Deployment', 'kind: Deployment\nspec: {}\n', false],
    ['two kind keys', 'kind: CustomResourceDefinition\nkind: Deployment\n', false],
    ['a flow mapping', '{kind: CustomResourceDefinition}\n', false],
    ['a quoted key', '"kind": CustomResourceDefinition\n', false],
    ['a sequence', '- kind: CustomResourceDefinition\n', false],
    ['no kind at the top', 'spec:\n  kind: CustomResourceDefinition\n', false],
    ['a kind brought by a merge key only', 'x: &a {kind: ConfigMap}\n<<: *a\n', false],
  ])('%s → %s', (_name, text, expected) => {
    expect(holdsNoPod(text)).toBe(expected)
  })
})

const rules = new Map([...registry].filter(([id]) => id.startsWith('host-') || id === 'parse-error'))
const options = { rules, severityOf: () => 'error' as const }

describe('a bundle whose CRD schemas mention host fields', () => {
  const crd = (broken: boolean) =>
    `apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: agents.example.com}\nspec:\n  versions:\n  - schema:\n      openAPIV3Schema:\n        properties:\n          hostNetwork: {type: boolean, description: "hostNetwork: true"}\n${broken ? '          bad: [unclosed\n' : ''}`
  const deployment = `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: agent}\nspec:\n  template:\n    spec:\n      hostNetwork: true\n      containers: [{name: a, image: x}]\n`

  it('finds the workload at its exact place, first document or not, and never parses the CRD', () => {
    for (const text of [`${crd(true)}---\n${deployment}`, `${deployment}---\n${crd(true)}`]) {
      const findings = scanText({ path: 'bundle.yaml', text, type: 'kubernetes' }, options)
      // The CRD's syntax error is not reported: the document was never read.
      expect(findings.map(f => [f.ruleId, f.resource.display, f.resource.document, text.slice(f.span.startOffset, f.span.endOffset)])).toEqual([
        ['host-network', 'Deployment/agent', text.startsWith('apiVersion: apps') ? 0 : 1, 'true'],
      ])
    }
  })

  it('still reports a broken document of a kind that can hold a pod', () => {
    const findings = scanText(
      { path: 'b.yaml', text: `${crd(false)}---\n${deployment.replace('containers:', 'containers: [unclosed\n      x:')}`, type: 'kubernetes' },
      options,
    )
    expect(findings.map(f => f.ruleId)).toContain('parse-error')
  })

  it('judges each document by its own kind: a stream whose one plain `kind:` is a ConfigMap still holds a Pod keyed "kind"', () => {
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n---\napiVersion: v1\n"kind": Pod\nmetadata: {name: p}\nspec:\n  hostNetwork: true\n  containers: [{name: c, image: i}]\n`
    const findings = scanText({ path: 'pod.yaml', text, type: 'kubernetes' }, options)
    expect(findings.map(f => [f.ruleId, f.resource.display, f.span.start.line])).toEqual([['host-network', 'Pod/p', 9]])
  })

  it('reads nothing of a bundle of CRDs alone, however many mention host fields', () => {
    const bundle = [crd(false), crd(true), crd(false)].join('---\n')
    expect(parsesYaml({ text: bundle, type: 'kubernetes' }, options)).toBe(false)
    expect(parsesYaml({ text: `${bundle}---\n${deployment}`, type: 'kubernetes' }, options)).toBe(true)
    expect(scanText({ path: 'crds.yaml', text: bundle, type: 'kubernetes' }, options)).toEqual([])
  })
})
