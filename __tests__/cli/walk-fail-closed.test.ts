import { describe, it, expect } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runCli, type CliEnv } from '../../src/cli/main.js'

const POD = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostNetwork: true\n  containers: []\n'
const tmp = (prefix = 'hng-walk-') => mkdtempSync(path.join(os.tmpdir(), prefix))

async function scanJson(cwd: string, argv: string[] = []) {
  let stdout = ''
  const env: CliEnv = { cwd, stdout: s => void (stdout += s), stderr: () => {}, isTTY: false, today: new Date('2026-01-15T00:00:00Z') }
  const code = await runCli(['scan', '--format', 'json', ...argv], env)
  return { code, findings: JSON.parse(stdout).findings.map((f: { file: string; ruleId: string; message: string }) => [f.file, f.ruleId, f.message]) }
}

describe('what a directory walk cannot open fails the scan', () => {
  it('attack: a manifest that is a link out of the repository is reported, not skipped', async () => {
    const dir = tmp()
    const outside = tmp('hng-outside-')
    writeFileSync(path.join(outside, 'pod.yaml'), POD)
    mkdirSync(path.join(dir, 'deploy'))
    symlinkSync(path.join(outside, 'pod.yaml'), path.join(dir, 'deploy/pod.yaml'))
    expect(await scanJson(dir)).toEqual({
      code: 1,
      findings: [['deploy/pod.yaml', 'incomplete-scan', 'deploy/pod.yaml is a symbolic link that leads outside the repository: not followed.']],
    })
  })

  it("reads a manifest linked from inside the repository under the link's name, as kubectl apply -f deploy/ would", async () => {
    const dir = tmp()
    mkdirSync(path.join(dir, 'base'))
    mkdirSync(path.join(dir, 'deploy'))
    writeFileSync(path.join(dir, 'base/pod.yaml'), POD)
    symlinkSync('../base/pod.yaml', path.join(dir, 'deploy/pod.yaml'))
    const { findings } = await scanJson(dir)
    expect(findings.map((f: string[]) => `${f[1]} ${f[0]}`)).toEqual(['host-network base/pod.yaml', 'host-network deploy/pod.yaml'])
  })

  it('attack: a linked manifest that leads to a FIFO inside the repository is refused, not opened', async () => {
    const dir = tmp()
    spawnSync('mkfifo', [path.join(dir, 'pipe')])
    symlinkSync('pipe', path.join(dir, 'pod.yaml'))
    expect(await scanJson(dir)).toEqual({ code: 1, findings: [['pod.yaml', 'incomplete-scan', 'pod.yaml leads to pipe, which is not a regular file.']] })
  })

  it('attack: a directory the scanner cannot list is reported, not skipped', () => {
    const dir = tmp()
    mkdirSync(path.join(dir, 'secret'))
    writeFileSync(path.join(dir, 'secret/pod.yaml'), POD)
    chmodSync(path.join(dir, 'secret'), 0o000)
    chmodSync(dir, 0o755)
    // Root reads any directory: the scan then runs as nobody, as an unprivileged runner would.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {}
    const r = spawnSync(process.execPath, [path.resolve('dist/cli/index.js'), 'scan', '--format', 'json', dir], { cwd: dir, encoding: 'utf8', ...asUser })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(1)
    expect(JSON.parse(r.stdout).findings.map((f: { file: string; ruleId: string; message: string }) => [f.file, f.ruleId, f.message])).toEqual([
      ['secret', 'incomplete-scan', 'directory secret could not be read (EACCES): nothing in it was checked.'],
    ])
  })
})
