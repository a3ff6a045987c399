import { describe, it, expect } from '@jest/globals'
import { findingsFor } from '../support/rule-tester.js'

const parseErrors = (code: string, file = 'broken.yaml') => findingsFor('parse-error', { code, file })

describe('parse-error', () => {
  it('names the line of invalid YAML', () => {
    const [f, ...rest] = parseErrors('kind: Pod\nspec:\n  hostNetwork: [true\n')
    expect(rest).toEqual([])
    expect(f.message).toMatch(/^broken\.yaml: invalid YAML/)
    expect(f.span.start.line).toBeGreaterThanOrEqual(3)
  })

  it('hints at rendering when the file is a Helm template', () => {
    const [f] = parseErrors('kind: Pod\nspec:\n  {{- if .Values.hostNetwork }}\n  hostNetwork: true\n  {{- end }}\n', 'chart/templates/pod.yaml')
    expect(f.message).toMatch(/template \(Helm or Go\): render it/)
  })

  it('reports one problem per broken document of a template, not every error the template causes', () => {
    const doc = 'kind: Pod\nspec:\n  {{- if .Values.hostNetwork }}\n  hostNetwork: true\n  {{- end }}\n'
    const found = parseErrors(`${doc}---\n${doc}`, 'chart/templates/pod.yaml')
    expect(found.map(f => [f.span.start.line, f.span.start.column])).toEqual([
      [3, 5],
      [9, 5],
    ])
    expect(found.every(f => /template \(Helm or Go\): render it/.test(f.message))).toBe(true)
  })

  it("keeps a parsed document's problems in a template, and every problem of a file that is not one", () => {
    const templated = parseErrors(
      'kind: Pod\nspec:\n  hostNetwork: true\n  hostNetwork: false\n---\nkind: Pod\nspec:\n  {{- if .Values.x }}\n  hostNetwork: true\n  {{- end }}\n',
    )
    expect(templated.map(f => [f.span.start.line, /duplicate key/.test(f.message), /template/.test(f.message)])).toEqual([
      [4, true, false],
      [8, false, true],
    ])
    const plain = parseErrors('kind: Pod\nspec:\n  hostNetwork: true\n  containers: [a\n  x: {b\n')
    expect(plain.map(f => f.span.start.line)).toEqual([5, 6])
  })

  it.each([
    ['hostNetwork', '{{ .Values.hostNetwork }}', 16, 41],
    ['hostPID', '{{ .Values.pid | default false }}', 12, 45],
    ['hostIPC', '{{.Values.ipc}}', 12, 27],
  ])('reports a %s template value %s at the value, with no fix', (name, value, column, endColumn) => {
    const found = parseErrors(`apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  ${name}: ${value}\n  containers: []\n`, 'chart/templates/pod.yaml')
    expect(
      found.map(f => ({
        line: f.span.start.line,
        column: f.span.start.column,
        endColumn: f.span.end.column,
        message: f.message,
        fix: f.fix,
        resource: f.resource.display,
      })),
    ).toEqual([
      {
        line: 5,
        column,
        endColumn,
        message: `Pod/p: \`${name}\` is a template expression (\`${value}\`): render the chart (helm template, kustomize build) and scan the output.`,
        fix: undefined,
        resource: 'Pod/p',
      },
    ])
  })

  it('does not take a flow map that is not a template for one', () => {
    expect(parseErrors('kind: Pod\nmetadata: {name: p}\nspec:\n  hostNetwork: {enabled: true}\n  containers: []\n')).toEqual([])
  })

  it('points into an inline kustomize patch that is not valid YAML', () => {
    const [f, ...rest] = parseErrors(
      'kind: Kustomization\npatches:\n- target: {kind: Pod, name: p}\n  patch: |-\n    - op: add\n      path: [/spec/hostNetwork\n      value: true\n',
      'kustomization.yaml',
    )
    expect(rest).toEqual([])
    expect(f.message).toMatch(/^kustomization\.yaml: kustomization patches\[0\]\.patch: invalid YAML/)
    expect(f.span.start).toEqual({ line: 7, column: 7 })
  })

  it('reports a duplicate key but still checks the document', () => {
    const all = findingsFor('parse-error', { code: 'kind: Pod\nmetadata: {name: p}\nspec:\n  hostNetwork: false\n  hostNetwork: true\n' })
    expect(all.map(f => [f.ruleId, f.severity, f.span.start.line])).toEqual([['parse-error', 'error', 5]])
    expect(all[0].message).toMatch(/duplicate key/)
  })

  it('flags a Dockerfile RUN --network flag written without =', () => {
    const [f] = parseErrors('FROM scratch\nRUN --network host true\n', 'Dockerfile')
    expect(f.span.start).toEqual({ line: 2, column: 5 })
  })

  describe('a Jenkinsfile Groovy refuses', () => {
    const steps = (broken: string) =>
      `pipeline {\n  agent any\n  stages { stage('a') { steps {\n    sh 'docker run --net=host img'\n    ${broken}\n    sh 'docker run --pid=host img'\n  } } }\n}\n`
    const at = (code: string) =>
      findingsFor('parse-error', { code, file: 'Jenkinsfile', type: 'shell' }).map(f => [f.span.start.line, f.span.start.column, f.span.end.column, f.message])

    it("attack: an unclosed ''' swallows the steps after it; it is reported at the quotes, and the step before it still found", () => {
      const code = steps("sh '''\n      echo hidden")
      expect(at(code)).toEqual([
        [5, 8, 11, "Jenkinsfile: line 5: the ''' string is never closed: Groovy refuses the file, and everything after it was read as part of it."],
      ])
      expect(findingsFor('host-network', { code, file: 'Jenkinsfile', type: 'shell' }).map(f => f.span.start.line)).toEqual([4])
    })

    it.each([
      ['"""', 'sh """\n      echo hidden', 4, 7, 'the """ string is never closed'],
      ['/* comment', '/* sh "docker run --ipc=host img"', 1, 3, 'the /* comment is never closed'],
      ['$/ string', 'def x = $/ not closed', 9, 11, 'the $/ string is never closed'],
      ["' string", "sh 'echo", 4, 5, "the ' string is never closed"],
    ])('fault: an unclosed %s at the end of the file is reported at its opening', (_name, broken, column, endColumn, message) => {
      const found = at(`${steps('')}${broken}`)
      expect(found.map(([line, c, e]) => [line, c, e])).toEqual([[9, column, endColumn]])
      expect(found[0][3]).toContain(`Jenkinsfile: line 9: ${message}: Groovy refuses the file, and everything after it was read as part of it.`)
    })

    it.each([
      ["'", "echo 'unclosed", 10],
      ['"', 'echo "unclosed ${x}', 10],
    ])('fault: a %s string not closed on its line is reported there, and the steps after it are still read', (quote, broken, column) => {
      const code = steps(broken)
      expect(at(code)).toEqual([[5, column, column + 1, `Jenkinsfile: line 5: the ${quote} string is not closed on its line: Groovy refuses the file.`]])
      expect(findingsFor('host-pid', { code, file: 'Jenkinsfile', type: 'shell' }).map(f => f.span.start.line)).toEqual([6])
    })

    it('reports only the first problem, as Groovy stops there', () => {
      expect(at(steps("echo 'a\n    echo 'b")).map(f => f[0])).toEqual([5])
    })

    it('keeps quiet on a Jenkinsfile whose strings and comments all close', () => {
      expect(at(steps(`sh '''\n      echo ok\n    '''\n    /* c */ sh """x"""\n    def r = $/a/$`))).toEqual([])
    })
  })

  it('keeps quiet on files that cannot hold a host namespace setting', () => {
    expect(parseErrors('a: [unclosed\n')).toEqual([])
  })
})
