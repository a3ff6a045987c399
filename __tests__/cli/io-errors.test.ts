import { describe, it, expect } from '@jest/globals'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runCli, type CliEnv } from '../../src/cli/main.js'

function cli(argv: string[], cwd: string) {
  let stdout = ''
  let stderr = ''
  const env: CliEnv = { cwd, stdout: s => void (stdout += s), stderr: s => void (stderr += s), isTTY: false, today: new Date('2026-01-15T00:00:00Z') }
  return runCli(argv, env).then(code => ({ code, stdout, stderr }))
}

const tmp = (prefix = 'hng-cli-io-') => mkdtempSync(path.join(os.tmpdir(), prefix))
const POD = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostNetwork: true\n  containers: []\n'

/** A repository with one finding, and outside it a victim file. */
function repo() {
  const dir = tmp()
  writeFileSync(path.join(dir, 'pod.yaml'), POD)
  const outside = tmp('hng-outside-')
  const victim = path.join(outside, 'victim')
  writeFileSync(victim, 'precious\n')
  return { dir, outside, victim }
}

describe('scan --output and --fix I/O errors: one line naming the path and the cause, exit 2', () => {
  it('fault: --output naming a directory', async () => {
    const { dir } = repo()
    mkdirSync(path.join(dir, 'out'))
    expect(await cli(['scan', '--output', 'out'], dir)).toEqual({ code: 2, stdout: '', stderr: 'host-namespace-guard: cannot write out: it is a directory\n' })
  })

  it('fault: --output naming a read-only file, which is left as it was', async () => {
    const { dir } = repo()
    writeFileSync(path.join(dir, 'report.json'), 'old\n')
    chmodSync(path.join(dir, 'report.json'), 0o444)
    expect(await cli(['scan', '--format', 'json', '--output', 'report.json'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'host-namespace-guard: cannot write report.json: the file is read-only (mode 0444)\n',
    })
    expect(readFileSync(path.join(dir, 'report.json'), 'utf8')).toBe('old\n')
  })

  it('fault: --output under a file, and where writing is not permitted', async () => {
    const { dir } = repo()
    writeFileSync(path.join(dir, 'file'), '')
    expect(await cli(['scan', '--output', 'file/report.txt'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'host-namespace-guard: cannot write file/report.txt: a part of the path is not a directory (ENOTDIR)\n',
    })
    // sysfs refuses new files to everyone, root included.
    const denied = await cli(['scan', '--output', '/sys/hng-report.txt'], dir)
    expect(denied.code).toBe(2)
    expect(denied.stderr).toMatch(/^host-namespace-guard: cannot write \/sys\/hng-report\.txt: [a-z -]+ \((EACCES|EPERM|EROFS)\)\n$/)
  })

  it('creates a missing parent directory for --output, as before', async () => {
    const { dir } = repo()
    const r = await cli(['scan', '--format', 'json', '--output', 'reports/new/scan.json'], dir)
    expect(r).toMatchObject({ code: 1, stderr: '' })
    expect(JSON.parse(readFileSync(path.join(dir, 'reports/new/scan.json'), 'utf8')).summary.total).toBe(1)
  })

  it('fault: --fix on a read-only file leaves it as it was and fails', async () => {
    const { dir } = repo()
    chmodSync(path.join(dir, 'pod.yaml'), 0o444)
    const r = await cli(['scan', '--fix', '--all', '--format', 'json'], dir)
    expect(r.stderr).toBe('Fixed 0 findings in 0 files.\nhost-namespace-guard: cannot write pod.yaml: the file is read-only (mode 0444)\n')
    expect(r.code).toBe(2)
    expect(readFileSync(path.join(dir, 'pod.yaml'), 'utf8')).toBe(POD)
    expect(JSON.parse(r.stdout).summary.total).toBe(1)
  })
})

describe('scan paths that do not exist', () => {
  it('fault: --root at a missing directory scanned nothing and passed; now it is an error', async () => {
    const { dir } = repo()
    expect(await cli(['scan', '--root', 'nope'], dir)).toEqual({ code: 2, stdout: '', stderr: 'host-namespace-guard: --root: directory not found: nope\n' })
    expect(await cli(['scan', '--root', 'pod.yaml'], dir)).toEqual({ code: 2, stdout: '', stderr: 'host-namespace-guard: --root: not a directory: pod.yaml\n' })
  })

  it('fault: a path argument that does not exist is one clear line', async () => {
    const { dir } = repo()
    expect(await cli(['scan', 'no/such.yaml'], dir)).toEqual({ code: 2, stdout: '', stderr: 'host-namespace-guard: path not found: no/such.yaml\n' })
  })
})

describe('the repository cannot redirect the report', () => {
  it('attack: a committed report.json -> victim link: the victim is untouched and the run fails', async () => {
    const { dir, victim } = repo()
    symlinkSync(victim, path.join(dir, 'report.json'))
    const r = await cli(['scan', '--format', 'json', '--output', 'report.json'], dir)
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `host-namespace-guard: cannot write report.json: it is a symbolic link (to ${victim}); links are never written through\n`,
    })
    expect(readFileSync(victim, 'utf8')).toBe('precious\n')
  })

  it('attack: a committed reports -> outside directory link cannot carry --output out of the repository', async () => {
    const { dir, outside, victim } = repo()
    symlinkSync(outside, path.join(dir, 'reports'))
    const r = await cli(['scan', '--output', 'reports/victim'], dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(`host-namespace-guard: cannot write reports/victim: its directory leads outside ${dir} through a symbolic link (to ${outside})\n`)
    expect(readFileSync(victim, 'utf8')).toBe('precious\n')
  })
})
