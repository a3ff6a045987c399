import { describe, it, expect } from '@jest/globals'
import { literalDefaultAt, valueWhenSet, valueWhenUnset } from '../../src/parse/compose/compose-interpolation.js'

describe('valueWhenUnset (compose-go substitution with no variable set)', () => {
  it.each([
    ['host', { value: 'host', variables: [] }],
    ['${NETWORK_MODE:-host}', { value: 'host', variables: ['NETWORK_MODE'] }],
    ['${NET-host}', { value: 'host', variables: ['NET'] }],
    ['${A:-${B:-host}}', { value: 'host', variables: ['A', 'B'] }],
    ['${A:-${B}}', { value: '', variables: ['A', 'B'] }],
    ['pre-${X:-host}', { value: 'pre-host', variables: ['X'] }],
    ['${X}', { value: '', variables: ['X'] }],
    ['$X', { value: '', variables: ['X'] }],
    ['${X:+host}', { value: '', variables: ['X'] }],
    ['${X+host}', { value: '', variables: ['X'] }],
    ['$${X}', { value: '${X}', variables: [] }],
    ['$${X:-host}', { value: '${X:-host}', variables: [] }],
    ['$$host', { value: '$host', variables: [] }],
    ['${X:-}', { value: '', variables: ['X'] }],
    ['${A:+${B:?set B}}', { value: '', variables: ['A', 'B'] }],
  ])('%s', (text, want) => {
    expect(valueWhenUnset(text)).toEqual(want)
  })

  it.each(['${X:?set X}', '${X?err}', '${A:-${B:?x}}', '$', '${', '${X:-host', '${1X}', '${X:*host}', '$-'])('%s is refused (no value)', text => {
    expect(valueWhenUnset(text)).toBeUndefined()
  })
})

describe('valueWhenSet', () => {
  it.each([
    ['${USE_HOST:+host}', { variable: 'USE_HOST', word: 'host', nonEmpty: true }],
    ['${USE_HOST+host}', { variable: 'USE_HOST', word: 'host', nonEmpty: false }],
    ['${X:-host}', undefined],
    ['x${X:+host}', undefined],
    ['${X:+${Y}}', undefined],
  ])('%s', (text, want) => {
    expect(valueWhenSet(text)).toEqual(want)
  })
})

describe('literalDefaultAt', () => {
  it.each([
    ['${NETWORK_MODE:-host}', 16],
    ['${NET-host}', 6],
    ['${A:-${B:-host}}', undefined],
    ['x${A:-host}', undefined],
    ['${A:+host}', undefined],
  ])('%s', (text, want) => {
    expect(literalDefaultAt(text)).toBe(want)
  })
})

describe('hostile nesting', () => {
  it('attack: a default nested 100,000 deep is read to its end, as compose-go reads it, without overflowing the stack', () => {
    const deep = '${A:-'.repeat(100_000) + 'host' + '}'.repeat(100_000)
    expect(valueWhenUnset(deep)).toEqual({ value: 'host', variables: ['A'] })
  })

  it('reads what surrounds nested defaults at every level', () => {
    expect(valueWhenUnset('a${A:-b${B:-c${C:+x}d}e}f')).toEqual({ value: 'abcdef', variables: ['A', 'B', 'C'] })
    expect(valueWhenUnset('${A:+${B:-${C}}}x')).toEqual({ value: 'x', variables: ['A', 'B', 'C'] })
  })

  it('refuses a nested default left open, however deep', () => {
    expect(valueWhenUnset('${A:-'.repeat(1000) + 'host' + '}'.repeat(999))).toBeUndefined()
  })
})
