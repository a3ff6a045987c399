import { describe, it, expect } from '@jest/globals'
import { checkCaseNames, checkInvalidCase, checkValidCase, findingsFor, type Scan, type TestCase } from './rule-tester.js'

/** The rule tester is what keeps the rule tables honest: each way a case can be wrong must fail it. */
const pod = (value: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostNetwork: ${value}\n  containers: []\n`
const good: TestCase = { name: 'Pod true', code: pod('true'), errors: [{ line: 5, column: 16, endColumn: 20 }], output: pod('false') }
const check = (c: Partial<TestCase>, scan?: Scan) => () => checkInvalidCase('host-network', { ...good, ...c }, scan)

describe('rule tester', () => {
  it('passes a case that states its findings and the output of their fix', () => {
    expect(check({})).not.toThrow()
  })

  it('fails an invalid case whose findings offer a fix but which states no output', () => {
    expect(check({ output: undefined })).toThrow('invalid case "Pod true": its findings offer a fix, so it must state `output`')
  })

  it('fails an output other than the fixed text', () => {
    expect(check({ output: pod('False') })).toThrow(/toBe/)
  })

  it('fails output: null when a fix is offered, and an output when none is', () => {
    expect(check({ output: null })).toThrow(/states output: null, but its findings offer a fix/)
    const tagged = { code: pod('!!bool true'), errors: [{ line: 5, column: 23 }] }
    expect(check({ ...tagged, output: pod('false') })).toThrow(/states an output, but its findings offer no fix: write output: null/)
    expect(check({ ...tagged, output: null })).not.toThrow()
  })

  it('fails an invalid case that lists no errors, or gives no finding', () => {
    expect(check({ errors: [] })).toThrow('invalid case "Pod true" lists no errors')
    expect(check({ code: pod('false'), output: null })).toThrow('invalid case "Pod true" gives no finding')
  })

  it('fails findings at other positions than the listed ones', () => {
    expect(check({ errors: [{ line: 5, column: 17 }] })).toThrow(/toEqual/)
    expect(
      check({
        errors: [
          { line: 5, column: 16 },
          { line: 5, column: 16 },
        ],
      }),
    ).toThrow(/toEqual/)
  })

  it('fails a fix whose output still fires', () => {
    // Two pods: the tagged value gets no fix, so the fixed text still reports the second one.
    const code =
      'kind: List\nitems:\n- kind: Pod\n  metadata: {name: a}\n  spec: {hostNetwork: true, containers: []}\n- kind: Pod\n  metadata: {name: b}\n  spec: {hostNetwork: !!bool true, containers: []}\n'
    const errors = [
      { line: 5, column: 23 },
      { line: 8, column: 30 },
    ]
    expect(check({ code, errors, output: code.replace('{hostNetwork: true', '{hostNetwork: false') })).toThrow(
      /its fixed text still fires: host-network 8:30 Pod\/b/,
    )
  })

  it('fails a fix whose output no longer parses', () => {
    // A rule whose fix writes `[true`: the fixed text is quiet for the rule but is no YAML.
    const broken = pod('[true')
    const scan: Scan = (ruleId, c) => {
      if (ruleId === 'parse-error') return findingsFor(ruleId, c)
      if (c.code !== good.code) return []
      return findingsFor(ruleId, c).map(f => ({ ...f, fix: { description: 'break it', edits: [{ ...f.fix!.edits[0], text: '[true' }] } }))
    }
    expect(check({ output: broken }, scan)).toThrow(/its fixed text no longer parses: .*invalid YAML/)
  })

  it('fails a valid case with a finding', () => {
    expect(() => checkValidCase('host-network', { name: 'v', code: pod('true') })).toThrow(/toEqual/)
    expect(() => checkValidCase('host-network', { name: 'v', code: pod('false') })).not.toThrow()
  })

  it('fails duplicate case names, across valid and invalid', () => {
    expect(() => checkCaseNames({ valid: [{ name: 'a', code: '' }], invalid: [{ name: 'a', code: '' }] })).toThrow('duplicate test case name "a"')
    expect(() => checkCaseNames({ valid: [{ name: 'a', code: '' }], invalid: [{ name: 'b', code: '' }] })).not.toThrow()
  })
})
