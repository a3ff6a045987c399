import { describe, it, expect } from '@jest/globals'
import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ConfigError } from '../../src/config/config.js'
import { loadConfig } from '../../src/config/load.js'

describe('loadConfig', () => {
  it('attack: a config committed as a link to /proc/self/environ is refused, and no environment is echoed', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'hng-config-'))
    mkdirSync(path.join(dir, '.github'))
    symlinkSync('/proc/self/environ', path.join(dir, '.github/host-namespace-guard.yml'))
    process.env.HNG_TEST_SECRET = 'ghs_secretsecretsecret'
    const error = await loadConfig(dir).then(
      () => undefined,
      (err: unknown) => err,
    )
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as Error).message).toBe('.github/host-namespace-guard.yml: config file leads outside the repository through a symbolic link')
    expect((error as Error).message).not.toContain('ghs_')
  })

  it.each(['/dev/zero', '/dev/stdin'])('attack: a config committed as a link to %s is refused at once', async target => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'hng-config-'))
    mkdirSync(path.join(dir, '.github'))
    symlinkSync(target, path.join(dir, '.github/host-namespace-guard.yml'))
    await expect(loadConfig(dir)).rejects.toThrow(/leads outside the repository/)
  })
})
