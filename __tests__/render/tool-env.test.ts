import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { resolveCommand, toolEnv } from '../../src/render/tool-env.js'

describe('the environment a render tool runs in', () => {
  const home = mkdtempSync(path.join(os.tmpdir(), 'hng-tool-env-'))
  afterAll(() => rmSync(home, { recursive: true, force: true }))
  const env = toolEnv(home)

  it('carries nothing of the runner’s: no token, no PATH to anything', () => {
    process.env.GITHUB_TOKEN_FOR_TEST = 'secret'
    expect(Object.values(toolEnv(home))).not.toContain('secret')
    delete process.env.GITHUB_TOKEN_FOR_TEST
    expect(env.PATH).toBe(path.join(home, 'no-bin'))
  })

  it('runs Go’s collector only near a memory limit, and the real helm renders under it', () => {
    expect(env.GOGC).toBe('off')
    expect(env.GOMEMLIMIT).toMatch(/^\d+MiB$/)
    const helm = resolveCommand('helm', process.cwd())
    expect(helm).toBeDefined()
    const run = spawnSync(helm!, ['template', 'r', path.resolve('__fixtures__/render/charts/gate')], { env, encoding: 'utf8' })
    expect(run.stderr).toBe('')
    expect(run.stdout).toMatch(/kind: Deployment/)
  })
})
