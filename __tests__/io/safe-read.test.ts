import { describe, it, expect } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readRepositoryFile, RefusedRead } from '../../src/io/safe-read.js'

const repo = () => mkdtempSync(path.join(os.tmpdir(), 'hng-safe-read-'))

describe('readRepositoryFile', () => {
  it('reads a regular file inside the root, and says undefined for a missing one', async () => {
    const dir = repo()
    writeFileSync(path.join(dir, 'a.yml'), 'x: 1\n')
    await expect(readRepositoryFile(dir, 'a.yml', 100)).resolves.toBe('x: 1\n')
    await expect(readRepositoryFile(dir, 'missing.yml', 100)).resolves.toBeUndefined()
    await expect(readRepositoryFile(dir, 'no/such/dir.yml', 100)).resolves.toBeUndefined()
  })

  it.each([
    ['/proc/self/environ', /leads outside the repository/],
    ['/dev/zero', /leads outside the repository/],
    ['/etc/passwd', /leads outside the repository/],
    ['inside.yml', /is a symbolic link: not followed/],
  ])('attack: a committed link to %s is refused without reading it', async (target, message) => {
    const dir = repo()
    writeFileSync(path.join(dir, 'inside.yml'), 'x: 1\n')
    symlinkSync(target, path.join(dir, 'config.yml'))
    const read = readRepositoryFile(dir, 'config.yml', 1024 * 1024)
    await expect(read).rejects.toThrow(RefusedRead)
    await expect(readRepositoryFile(dir, 'config.yml', 1024 * 1024)).rejects.toThrow(message)
  })

  it('attack: a directory on the way that is a link out of the repository is refused', async () => {
    const dir = repo()
    const outside = repo()
    writeFileSync(path.join(outside, 'secret.yml'), 'token: x\n')
    symlinkSync(outside, path.join(dir, '.github'))
    await expect(readRepositoryFile(dir, '.github/secret.yml', 100)).rejects.toThrow(/leads outside the repository/)
  })

  it('attack: a FIFO is refused at once instead of hanging the run', async () => {
    const dir = repo()
    execFileSync('mkfifo', [path.join(dir, 'pipe.yml')])
    await expect(readRepositoryFile(dir, 'pipe.yml', 100)).rejects.toThrow(/is not a regular file/)
  })

  it('refuses a directory, a path outside the root, and a file over the bound', async () => {
    const dir = repo()
    mkdirSync(path.join(dir, 'd.yml'))
    writeFileSync(path.join(dir, 'big.yml'), 'x'.repeat(101))
    await expect(readRepositoryFile(dir, 'd.yml', 100)).rejects.toThrow(/is not a regular file/)
    await expect(readRepositoryFile(dir, '../x.yml', 100)).rejects.toThrow(/is outside the repository/)
    await expect(readRepositoryFile(dir, 'big.yml', 100)).rejects.toThrow(/is larger than 100 bytes/)
  })
})
