import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'

// The global setup puts the real helm and kubectl on PATH: every rendering and policy test relies on it.
describe('real tools on PATH', () => {
  it('runs helm 4', () => {
    expect(execFileSync('helm', ['version', '--short'], { encoding: 'utf8' })).toMatch(/^v4\./)
  })
  it('runs kubectl with kustomize built in', () => {
    expect(execFileSync('kubectl', ['version', '--client'], { encoding: 'utf8' })).toMatch(/Kustomize Version: v5\./)
  })
})
