import { describe, it, expect } from '@jest/globals'
import { alignLines, sourceLine, valuesPaths, writesOutput } from '../../src/render/align.js'
import { renderedDocuments } from '../../src/render/map-helm.js'
import { findTargets, isRenderedOnly } from '../../src/render/targets.js'
import { findValue } from '../../src/render/values.js'
import { overlayInputs } from '../../src/render/kustomize.js'

const TEMPLATE = [
  'spec:', //                                    0
  '  template:', //                              1
  '    spec:', //                                2
  '      {{- if .Values.gate }}', //             3
  '      hostPID: true', //                      4
  '      {{- end }}', //                         5
  '      hostNetwork: {{ .Values.net }}', //     6
  '      {{- with .Values.podSpec }}', //        7
  '      {{- toYaml . | nindent 6 }}', //        8
  '      {{- end }}', //                         9
  '      containers: []', //                     10
]
const RENDERED = [
  'spec:',
  '  template:',
  '    spec:',
  '      hostPID: true',
  '      hostNetwork: true',
  '      hostIPC: true',
  '      dnsPolicy: None',
  '      containers: []',
]

describe('aligning a rendered document with its template', () => {
  const match = alignLines(TEMPLATE, RENDERED)

  it('pins copied lines to their template lines and leaves written ones unmatched', () => {
    expect(match).toEqual([0, 1, 2, 4, -1, -1, -1, 10])
  })

  it('takes the action on the line naming the key, else the first action that writes output', () => {
    expect(sourceLine(TEMPLATE, match, 3, 'hostPID')).toEqual({ line: 4, copied: true })
    expect(sourceLine(TEMPLATE, match, 4, 'hostNetwork')).toEqual({ line: 6, copied: false })
    expect(sourceLine(TEMPLATE, match, 5, 'hostIPC')).toEqual({ line: 6, copied: false })
  })

  it('tells writing actions from control ones', () => {
    expect(['{{- toYaml . }}', '{{ .Values.x }}', '{{- include "a" . }}', '{{ template "b" . }}'].map(writesOutput)).toEqual([true, true, true, true])
    expect(['{{- with .Values.x }}', '{{ if x }}', '{{- end }}', '{{- $x := 1 }}', '{{/* c */}}', '{{- range .Values.l }}'].map(writesOutput)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ])
  })

  it('reads the .Values paths of a line, its `with` (for `.`) and the `if` that gates it', () => {
    expect(valuesPaths(TEMPLATE, 4)).toEqual([['gate']])
    expect(valuesPaths(TEMPLATE, 6)).toEqual([['net']])
    expect(valuesPaths(TEMPLATE, 8)).toEqual([['podSpec']])
    expect(valuesPaths(TEMPLATE, 10)).toEqual([])
  })

  it('finds the last values file that sets a path, the key under the path first', () => {
    const files = [
      { file: 'c/values.yaml', text: 'podSpec:\n  hostIPC: false\nnet: true\n', prefix: [] },
      { file: 'c/values-prod.yaml', text: 'podSpec:\n  hostIPC: yes\n', prefix: [] },
    ]
    const hit = findValue(files, [['podSpec']], 'hostIPC')
    expect([hit?.file, hit?.span.start.line, hit?.path, hit?.fix?.edits[0].text]).toEqual(['c/values-prod.yaml', 2, 'podSpec.hostIPC', 'false'])
    expect(findValue(files, [['net']], 'hostNetwork')?.file).toBe('c/values.yaml')
    expect(findValue(files, [['absent']], 'hostNetwork')).toBeUndefined()
  })
})

describe('rendered streams and targets', () => {
  it('splits a helm stream at --- lines, naming each document’s template', () => {
    const text = '---\n# Source: agent/templates/a.yaml\nkind: A\n---\n# Source: agent/charts/sub/templates/b.yaml\nkind: B\nx: 1\n'
    expect(renderedDocuments(text, p => `charts/${p}`)).toEqual([
      { firstLine: 3, lastLine: 3, source: 'charts/agent/templates/a.yaml' },
      { firstLine: 6, lastLine: 8, source: 'charts/agent/charts/sub/templates/b.yaml' },
    ])
  })

  it('finds top-level charts (not vendored subcharts) and overlays, and which files only rendering reads', () => {
    const files = [
      'a/Chart.yaml',
      'a/charts/sub/Chart.yaml',
      'a/templates/x.yaml',
      'k/kustomization.yaml',
      'k/base/Kustomization',
      'a/kustomization.yaml',
      'Chart.yml',
    ]
    expect(findTargets(files)).toEqual({ charts: ['a'], overlays: ['k', 'k/base'] })
    expect(
      ['a/templates/x.yaml', 'a/charts/sub/templates/y.yaml', 'a/values.yaml', 'a/crds/crd.yaml', 'b/templates/z.yaml'].map(f => isRenderedOnly(f, ['a'])),
    ).toEqual([true, true, false, false, false])
  })
})

describe('the inputs of an overlay', () => {
  it('follows bases and components written with ./ and a trailing slash, and refuses a remote one', async () => {
    const files: Record<string, string> = {
      'o/kustomization.yaml': 'resources:\n  - ./base/\n  - pod.yaml\ncomponents:\n  - ../c\n',
      'o/base/kustomization.yaml': 'resources: [d.yaml]\n',
      'c/kustomization.yaml': 'kind: Component\n',
      'r/kustomization.yaml': 'resources:\n  - git@github.com:org/repo.git//base\n',
    }
    const source = {
      list: async () => ({ files: Object.keys(files), refused: [] }),
      read: async (f: string) => (f in files ? Buffer.from(files[f]) : undefined),
    }
    expect(await overlayInputs(source, 'o')).toEqual({
      dirs: ['o', 'o/base', 'c'],
      kustomizations: ['o/kustomization.yaml', 'o/base/kustomization.yaml', 'c/kustomization.yaml'],
    })
    expect((await overlayInputs(source, 'r')).refused).toEqual({
      file: 'r/kustomization.yaml',
      line: 2,
      message:
        'it names the remote base git@github.com:org/repo.git//base, which is not fetched (rendering never reaches the network): vendor it into the repository',
    })
  })
})
