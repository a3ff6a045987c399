import { ownStrings } from '../../src/engine/own-strings.js'

describe('ownStrings', () => {
  it('keeps every value, nested in objects, arrays and prototype-less records', () => {
    const text = `kind: Deployment\nmetadata:\n  annotations:\n    description: ${'a long description '.repeat(3)}\n`
    const labels = Object.create(null) as Record<string, unknown>
    labels['__proto__'] = text.slice(60, 90)
    labels.short = 'x'
    const value = {
      message: `${text.slice(0, 16)} sets hostNetwork: true`,
      spans: [{ start: { line: 1, column: 1 } }],
      labels,
      n: 3,
      none: undefined,
      nil: null,
    }
    const copy = JSON.parse(JSON.stringify({ ...value, labels: { short: 'x' } })) as unknown
    const owned = ownStrings(value)
    expect(owned).toBe(value)
    expect({ ...owned, labels: { short: owned.labels.short } }).toEqual(copy)
    expect(owned.labels['__proto__']).toBe(text.slice(60, 90))
    expect(Object.getPrototypeOf(owned.labels)).toBeNull()
  })

  it('leaves frozen constants alone', () => {
    const constant = Object.freeze({ description: 'a description longer than a slice' })
    const value = { rule: constant, text: 'another string longer than thirteen' }
    expect(() => ownStrings(value)).not.toThrow()
    expect(value.rule).toBe(constant)
    expect(value.text).toBe('another string longer than thirteen')
  })

  it('stops at a cycle instead of overflowing', () => {
    const a: Record<string, unknown> = { name: 'a name longer than thirteen' }
    a.self = a
    expect(() => ownStrings(a)).not.toThrow()
    expect(a.name).toBe('a name longer than thirteen')
  })
})
