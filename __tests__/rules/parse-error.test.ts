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

  it('reports a duplicate key but still checks the document', () => {
    const all = findingsFor('parse-error', { code: 'kind: Pod\nmetadata: {name: p}\nspec:\n  hostNetwork: false\n  hostNetwork: true\n' })
    expect(all.map(f => [f.ruleId, f.severity, f.span.start.line])).toEqual([['parse-error', 'error', 5]])
    expect(all[0].message).toMatch(/duplicate key/)
  })

  it('flags a Dockerfile RUN --network flag written without =', () => {
    const [f] = parseErrors('FROM scratch\nRUN --network host true\n', 'Dockerfile')
    expect(f.span.start).toEqual({ line: 2, column: 5 })
  })

  it('keeps quiet on files that cannot hold a host namespace setting', () => {
    expect(parseErrors('a: [unclosed\n')).toEqual([])
  })
})
