import { describe, it, expect } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runAction } from '../../src/action/run.js'
import { recordingEnv } from '../support/action-env.js'

const tmp = (prefix: string) => mkdtempSync(path.join(os.tmpdir(), prefix))

/** A full scan (workflow_dispatch) of a checkout with one finding, and a victim file outside it. */
async function fullScan(
  inputs: Record<string, string> | ((workspace: string, outside: string) => Record<string, string>),
  prepare: (workspace: string, victim: string, outside: string) => void = () => {},
) {
  const workspace = tmp('hng-ws-')
  const tempDir = tmp('hng-runner-temp-')
  const outside = tmp('hng-outside-')
  const victim = path.join(outside, 'victim')
  writeFileSync(victim, 'precious\n')
  writeFileSync(path.join(workspace, 'pod.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostPID: true\n  containers: []\n')
  prepare(workspace, victim, outside)
  const given = typeof inputs === 'function' ? inputs(workspace, outside) : inputs
  const rec = recordingEnv({
    workspace,
    tempDir,
    eventName: 'workflow_dispatch',
    inputs: { 'fail-on': 'error', ...given },
    now: new Date('2026-01-15T00:00:00Z'),
  })
  await runAction(rec.env)
  return { env: rec, workspace, tempDir, victim, outside, given }
}

describe('the Action writes its report files only inside the workspace or the runner temp dir, never through a link', () => {
  it('attack: a committed report.json -> victim link: the victim is untouched and the step fails saying why', async () => {
    const { env, victim } = await fullScan({ 'json-report': 'report.json' }, (ws, v) => symlinkSync(v, path.join(ws, 'report.json')))
    expect(readFileSync(victim, 'utf8')).toBe('precious\n')
    expect(env.failed).toContain(`cannot write report.json: it is a symbolic link (to ${victim}); links are never written through`)
    expect(env.outputs.report).toBeUndefined()
    // The other channels still ran: the outputs and the finding's own failure are there (and the
    // committed link, a .json file leading out of the repository, is itself reported).
    expect(env.outputs).toMatchObject({ findings: '2', failed: 'true', counts: '{"host-pid":1,"incomplete-scan":1}' })
  })

  it('attack: sarif-file pointing out of the workspace, directly or through a committed directory link', async () => {
    const direct = await fullScan((ws, outside) => ({ 'sarif-file': path.relative(ws, path.join(outside, 'escape.sarif')) }))
    expect(direct.env.failed).toContain(
      `cannot write ${direct.given['sarif-file']}: it is outside ${direct.workspace} and ${direct.tempDir}: only paths inside them are written`,
    )
    expect(existsSync(path.join(direct.outside, 'escape.sarif'))).toBe(false)
    const linked = await fullScan({ 'sarif-file': 'reports/victim' }, (ws, _v, outside) => symlinkSync(outside, path.join(ws, 'reports')))
    expect(linked.env.failed).toEqual([
      expect.stringMatching(/share a host namespace/),
      expect.stringMatching(/^cannot write reports\/victim: its directory leads outside .* through a symbolic link/),
    ])
    expect(readFileSync(linked.victim, 'utf8')).toBe('precious\n')
  })

  it("attack: the exceptions review's report.json -> victim link is refused too", async () => {
    const workspace = tmp('hng-ws-')
    const victim = path.join(tmp('hng-outside-'), 'victim')
    writeFileSync(victim, 'precious\n')
    symlinkSync(victim, path.join(workspace, 'report.json'))
    const rec = recordingEnv({
      workspace,
      eventName: 'workflow_dispatch',
      inputs: { mode: 'exceptions-report', 'json-report': 'report.json' },
      now: new Date('2026-01-15T00:00:00Z'),
    })
    await expect(runAction(rec.env)).rejects.toThrow(`cannot write report.json: it is a symbolic link (to ${victim}); links are never written through`)
    expect(readFileSync(victim, 'utf8')).toBe('precious\n')
  })

  it('writes the default JSON report in the runner temp dir and a SARIF file in the workspace', async () => {
    const { env, tempDir, workspace } = await fullScan({ 'sarif-file': 'out/scan.sarif' })
    expect(env.outputs.report).toBe(path.join(tempDir, 'host-namespace-guard.json'))
    expect(JSON.parse(readFileSync(env.outputs.report, 'utf8')).summary.total).toBe(1)
    expect(env.outputs['sarif-file']).toBe(path.join(workspace, 'out/scan.sarif'))
    expect(env.failed).toEqual([expect.stringMatching(/^1 finding\(s\) at or above "error" share a host namespace/)])
  })
})
