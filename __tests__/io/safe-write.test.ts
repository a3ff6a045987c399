import { describe, it, expect } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { safeWrite, WriteError } from '../../src/io/safe-write.js'

const tmp = (prefix: string) => mkdtempSync(path.join(os.tmpdir(), prefix))

/** A workspace, and outside it a victim file an attacker would like overwritten. */
function setup() {
  const root = tmp('hng-root-')
  const outside = tmp('hng-outside-')
  const victim = path.join(outside, 'victim')
  writeFileSync(victim, 'precious\n')
  return { root, outside, victim }
}

/** The reason of the WriteError the write fails with. */
async function refusal(write: Promise<void>): Promise<string> {
  const err = await write.then(
    () => undefined,
    (e: unknown) => e,
  )
  if (!(err instanceof WriteError)) throw new Error(`expected a WriteError, got ${String(err)}`)
  return err.message
}

describe('safeWrite', () => {
  it('attack: a committed report.json -> victim link is refused and the victim left untouched', async () => {
    const { root, victim } = setup()
    symlinkSync(victim, path.join(root, 'report.json'))
    const message = await refusal(safeWrite(path.join(root, 'report.json'), 'x', { roots: [root], display: 'report.json' }))
    expect(message).toBe(`cannot write report.json: it is a symbolic link (to ${victim}); links are never written through`)
    expect(readFileSync(victim, 'utf8')).toBe('precious\n')
  })

  it('attack: a link to the victim is refused even where no root is given (a path the user chose)', async () => {
    const { root, victim } = setup()
    symlinkSync(victim, path.join(root, 'out.sarif'))
    expect(await refusal(safeWrite(path.join(root, 'out.sarif'), 'x'))).toMatch(/it is a symbolic link/)
    expect(readFileSync(victim, 'utf8')).toBe('precious\n')
  })

  it('attack: a committed directory link (reports -> outside) cannot carry the write out of the root', async () => {
    const { root, outside } = setup()
    symlinkSync(outside, path.join(root, 'reports'))
    expect(await refusal(safeWrite(path.join(root, 'reports/r.json'), 'x', { roots: [root] }))).toMatch(
      /its directory leads outside .* through a symbolic link/,
    )
    expect(await refusal(safeWrite(path.join(root, 'reports/new/r.json'), 'x', { roots: [root], createParents: true }))).toMatch(/leads outside/)
    expect(readdirSync(outside)).toEqual(['victim'])
  })

  it('refuses a path outside every root, and writes inside the second one', async () => {
    const { root, outside, victim } = setup()
    const temp = tmp('hng-temp-')
    expect(await refusal(safeWrite(victim, 'x', { roots: [root, temp] }))).toBe(
      `cannot write ${victim}: it is outside ${root} and ${temp}: only paths inside them are written`,
    )
    expect(await refusal(safeWrite(path.join(root, '..', path.basename(outside), 'victim'), 'x', { roots: [root] }))).toMatch(/is outside/)
    await safeWrite(path.join(temp, 'report.json'), 'ok\n', { roots: [root, temp] })
    expect(readFileSync(path.join(temp, 'report.json'), 'utf8')).toBe('ok\n')
    expect(readFileSync(victim, 'utf8')).toBe('precious\n')
  })

  it('fault: a directory, a FIFO or a read-only file as the target is refused in one line', async () => {
    const { root } = setup()
    mkdirSync(path.join(root, 'dir'))
    expect(await refusal(safeWrite(path.join(root, 'dir'), 'x', { display: 'dir' }))).toBe('cannot write dir: it is a directory')
    execFileSync('mkfifo', [path.join(root, 'fifo')])
    expect(await refusal(safeWrite(path.join(root, 'fifo'), 'x', { display: 'fifo' }))).toBe(
      'cannot write fifo: it is not a regular file (a device, FIFO or socket)',
    )
    writeFileSync(path.join(root, 'ro.json'), 'old\n')
    chmodSync(path.join(root, 'ro.json'), 0o444)
    expect(await refusal(safeWrite(path.join(root, 'ro.json'), 'x', { display: 'ro.json' }))).toBe('cannot write ro.json: the file is read-only (mode 0444)')
    expect(readFileSync(path.join(root, 'ro.json'), 'utf8')).toBe('old\n')
  })

  it('fault: a parent that is a file or missing names the path and the cause', async () => {
    const { root } = setup()
    writeFileSync(path.join(root, 'file'), '')
    expect(await refusal(safeWrite(path.join(root, 'file/r.json'), 'x', { display: 'file/r.json' }))).toBe(
      'cannot write file/r.json: a part of the path is not a directory (ENOTDIR)',
    )
    expect(await refusal(safeWrite(path.join(root, 'missing/r.json'), 'x', { display: 'missing/r.json' }))).toBe(
      `cannot write missing/r.json: its directory ${path.join(root, 'missing')} cannot be used: no such file or directory (ENOENT)`,
    )
    expect(await refusal(safeWrite(path.join(root, 'file/sub/r.json'), 'x', { display: 'file/sub/r.json', createParents: true }))).toBe(
      'cannot write file/sub/r.json: a part of the path is not a directory (ENOTDIR)',
    )
  })

  it('replaces a file whole, keeps its mode, creates missing parents, and leaves no temporary file', async () => {
    const { root } = setup()
    const script = path.join(root, 'run.sh')
    writeFileSync(script, '#!/bin/sh\nold\n')
    chmodSync(script, 0o750)
    await safeWrite(script, '#!/bin/sh\nnew\n', { roots: [root] })
    expect(readFileSync(script, 'utf8')).toBe('#!/bin/sh\nnew\n')
    expect(statSync(script).mode & 0o777).toBe(0o750)
    await safeWrite(path.join(root, 'a/b/report.json'), '{}\n', { roots: [root], createParents: true })
    expect(readFileSync(path.join(root, 'a/b/report.json'), 'utf8')).toBe('{}\n')
    expect(readdirSync(root).sort()).toEqual(['a', 'run.sh'])
    expect(existsSync(path.join(root, 'a/b'))).toBe(true)
  })

  it('writes text that comes in pieces one after another, whole or not at all', async () => {
    const { root } = setup()
    const file = path.join(root, 'report.json')
    const pieces = Array.from({ length: 50 }, (_, i) => `${String(i).padStart(3, '0')}:${'x'.repeat(4000)}\n`)
    await safeWrite(file, pieces.values(), { roots: [root] })
    expect(readFileSync(file, 'utf8')).toBe(pieces.join(''))
    // A source of pieces that fails half-way leaves the old file and no temporary one.
    function* failing() {
      yield 'half'
      throw new Error('the report could not be made')
    }
    expect(await refusal(safeWrite(file, failing(), { roots: [root] }))).toContain('the report could not be made')
    expect(readFileSync(file, 'utf8')).toBe(pieces.join(''))
    expect(readdirSync(root)).toEqual(['report.json'])
  })
})
