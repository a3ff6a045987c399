import { describe, it, expect } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runCli, type CliEnv } from '../../src/cli/main.js'

function cli(argv: string[], cwd: string) {
  let stdout = ''
  let stderr = ''
  const env: CliEnv = { cwd, stdout: s => void (stdout += s), stderr: s => void (stderr += s), isTTY: false, today: new Date('2026-01-15T00:00:00Z') }
  return runCli(argv, env).then(code => ({ code, stdout, stderr }))
}

const tmp = (prefix = 'hng-named-') => mkdtempSync(path.join(os.tmpdir(), prefix))
const POD = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostNetwork: true\n  containers: []\n'

/** [file, ruleId, message] of each finding of a JSON scan, and the exit code. */
async function scanJson(argv: string[], cwd: string) {
  const r = await cli(['scan', '--format', 'json', ...argv], cwd)
  const findings = JSON.parse(r.stdout).findings.map((f: { file: string; ruleId: string; message: string }) => [f.file, f.ruleId, f.message])
  return { code: r.code, findings }
}

describe('a symbolic link named on the command line', () => {
  it('attack: a link leading outside the root is reported as incomplete-scan, and not read', async () => {
    const dir = tmp()
    const outside = tmp('hng-outside-')
    writeFileSync(path.join(outside, 'pod.yaml'), POD)
    symlinkSync(path.join(outside, 'pod.yaml'), path.join(dir, 'link.yaml'))
    expect(await scanJson(['link.yaml'], dir)).toEqual({
      code: 1,
      findings: [
        ['link.yaml', 'incomplete-scan', `link.yaml is a symbolic link leading outside the root (to ${path.join(outside, 'pod.yaml')}): not followed.`],
      ],
    })
  })

  it('attack: links to /dev/zero and to a FIFO are never opened (the scan would hang or never end)', async () => {
    const dir = tmp()
    symlinkSync('/dev/zero', path.join(dir, 'zero.yaml'))
    execFileSync('mkfifo', [path.join(dir, 'pipe')])
    symlinkSync('pipe', path.join(dir, 'pipe.yaml'))
    execFileSync('mkfifo', [path.join(dir, 'named.yaml')])
    expect(await scanJson(['zero.yaml', 'pipe.yaml', 'named.yaml'], dir)).toEqual({
      code: 1,
      findings: [
        ['named.yaml', 'incomplete-scan', 'named.yaml is not a regular file (a device, FIFO or socket): not read.'],
        ['pipe.yaml', 'incomplete-scan', `pipe.yaml is a symbolic link to something that is not a regular file (${path.join(dir, 'pipe')}): not read.`],
        ['zero.yaml', 'incomplete-scan', 'zero.yaml is a symbolic link leading outside the root (to /dev/zero): not followed.'],
      ],
    })
  }, 10_000)

  it('fault: a link to a regular file inside the root was silently skipped; it is followed, findings named after the real file', async () => {
    const dir = tmp()
    mkdirSync(path.join(dir, 'k8s'))
    writeFileSync(path.join(dir, 'k8s/pod.yaml'), POD)
    symlinkSync('k8s/pod.yaml', path.join(dir, 'link.yaml'))
    symlinkSync('k8s', path.join(dir, 'deploy'))
    const hostNetwork = ['k8s/pod.yaml', 'host-network', 'Pod/p sets hostNetwork: true: shares the host network namespace.']
    expect(await scanJson(['link.yaml'], dir)).toEqual({ code: 1, findings: [hostNetwork] })
    expect(await scanJson(['deploy'], dir)).toEqual({ code: 1, findings: [hostNetwork] })
  })

  it('fault: a dangling link is reported, not skipped', async () => {
    const dir = tmp()
    symlinkSync('gone.yaml', path.join(dir, 'link.yaml'))
    expect(await scanJson(['link.yaml'], dir)).toEqual({
      code: 1,
      findings: [['link.yaml', 'incomplete-scan', 'link.yaml is a symbolic link that leads nowhere readable (ENOENT): not followed.']],
    })
  })

  it('fixes the real file behind a followed link and leaves the link a link', async () => {
    const dir = tmp()
    writeFileSync(path.join(dir, 'pod.yaml'), POD)
    symlinkSync('pod.yaml', path.join(dir, 'link.yaml'))
    const r = await cli(['scan', '--fix', 'link.yaml'], dir)
    expect(r).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Fixed 1 finding in 1 file: pod\.yaml\.\n/) })
    expect(readFileSync(path.join(dir, 'pod.yaml'), 'utf8')).toBe(POD.replace('hostNetwork: true', 'hostNetwork: false'))
    expect(lstatSync(path.join(dir, 'link.yaml')).isSymbolicLink()).toBe(true)
  })
})
