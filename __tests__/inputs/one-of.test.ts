import { describe, expect, it } from '@jest/globals'
import { oneOf as optionOneOf, UsageError } from '../../src/cli/args.js'
import { InputError, readInputs } from '../../src/inputs/action-inputs.js'
import { oneOf } from '../../src/inputs/one-of.js'

describe('oneOf', () => {
  it('returns an allowed value and throws the caller’s error class otherwise', () => {
    class Custom extends Error {}
    expect(oneOf('--x', 'b', ['a', 'b'] as const, Custom)).toBe('b')
    expect(() => oneOf('--x', 'c', ['a', 'b'], Custom)).toThrow(new Custom('--x: "c" is not one of a, b'))
    expect(() => oneOf('--x', 'c', ['a', 'b'], Custom)).toThrow(Custom)
  })

  it('gives CLI options a UsageError naming the option', () => {
    expect(() => optionOneOf('--format', 'xml', ['text', 'json'])).toThrow(UsageError)
    expect(() => optionOneOf('--format', 'xml', ['text', 'json'])).toThrow('--format: "xml" is not one of text, json')
  })

  it('gives action inputs an InputError naming the input', () => {
    const get = (values: Record<string, string>) => (name: string) => values[name] ?? ''
    expect(readInputs(get({ mode: ' full ' })).mode).toBe('full')
    expect(() => readInputs(get({ 'filter-mode': 'all' }))).toThrow(InputError)
    expect(() => readInputs(get({ 'fail-on': 'fatal' }))).toThrow('input fail-on: "fatal" is not one of error, warning, note, never')
  })
})
