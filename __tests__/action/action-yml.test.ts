import { describe, it, expect } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'

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

describe('action.yml', () => {
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
