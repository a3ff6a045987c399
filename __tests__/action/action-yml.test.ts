import { describe, it, expect } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { Ajv } from 'ajv'

/**
 * action.yml is the Action's public interface: every output the code sets must be declared there
 * (an undeclared output still works, but nobody can find it and `steps.x.outputs.y` linting flags it).
 */
const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, { description?: string }> }

function setOutputs(): Map<string, string> {
  const found = new Map<string, string>()
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(file)
      else if (file.endsWith('.ts')) {
        for (const m of readFileSync(file, 'utf8').matchAll(/setOutput\('([a-z-]+)'/g)) found.set(m[1]!, file)
      }
    }
  }
  walk('src')
  return found
}

/**
 * GitHub's metadata syntax for actions (docs.github.com, "Metadata syntax reference"), written out
 * for a JavaScript action: @action-validator/core's schema still rejects `runs.using: node24`.
 */
const METADATA_SYNTAX = {
  type: 'object',
  required: ['name', 'description', 'runs'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1 },
    author: { type: 'string' },
    description: { type: 'string', minLength: 1 },
    inputs: {
      type: 'object',
      propertyNames: { pattern: '^[a-zA-Z_][a-zA-Z0-9_-]*$' },
      additionalProperties: {
        type: 'object',
        required: ['description'],
        additionalProperties: false,
        properties: {
          description: { type: 'string', minLength: 1 },
          required: { type: 'boolean' },
          default: { type: 'string' },
          deprecationMessage: { type: 'string' },
        },
      },
    },
    outputs: {
      type: 'object',
      propertyNames: { pattern: '^[a-zA-Z_][a-zA-Z0-9_-]*$' },
      additionalProperties: {
        type: 'object',
        required: ['description'],
        additionalProperties: false,
        properties: { description: { type: 'string', minLength: 1 } },
      },
    },
    runs: {
      type: 'object',
      required: ['using', 'main'],
      additionalProperties: false,
      properties: {
        using: { enum: ['node20', 'node24'] },
        main: { type: 'string', minLength: 1 },
        pre: { type: 'string' },
        'pre-if': { type: 'string' },
        post: { type: 'string' },
        'post-if': { type: 'string' },
      },
    },
    branding: {
      type: 'object',
      additionalProperties: false,
      properties: { icon: { type: 'string' }, color: { enum: ['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark'] } },
    },
  },
}
const validateMetadata = new Ajv({ allErrors: true }).compile(METADATA_SYNTAX)

describe('action.yml', () => {
  it('follows the metadata syntax of a JavaScript action', () => {
    expect(validateMetadata(action) ? [] : validateMetadata.errors).toEqual([])
    expect(existsSync((action as unknown as { runs: { main: string } }).runs.main)).toBe(true)
  })

  it('the metadata check fails on a wrong runtime or an input without a description', () => {
    expect(validateMetadata({ ...action, runs: { using: 'node12', main: 'dist/index.js' } })).toBe(false)
    expect(validateMetadata({ ...action, inputs: { ...action.inputs, extra: { required: false } } })).toBe(false)
  })

  it('declares every output the code sets, with a description', () => {
    const outputs = setOutputs()
    expect(outputs.size).toBeGreaterThan(5)
    for (const [name, file] of outputs) {
      expect({ name, file, declared: name in action.outputs }).toEqual({ name, file, declared: true })
      expect(action.outputs[name]!.description).toMatch(/\S/)
    }
  })

  it('declares the exceptions-report outputs', () => {
    expect(Object.keys(action.outputs)).toEqual(expect.arrayContaining(['issue', 'exceptions']))
  })

  it('has every input and output named in the README', () => {
    const readme = readFileSync('README.md', 'utf8')
    const missing = [...Object.keys(action.inputs), ...Object.keys(action.outputs)].filter(name => !readme.includes(`\`${name}\``))
    expect(missing).toEqual([])
  })
})
