import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * Worker threads parse a walk's YAML once it has met 64 files to parse; the bundled CLI (the only
 * entry that can start them) must give the same report byte for byte as a single-threaded scan,
 * with findings, facts, links and the findings limit all crossing the pool.
 */
const CLI = path.resolve('dist/cli/index.js')

function tree(files: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hng-threads-'))
  for (let i = 0; i < files; i++) {
    const folder = path.join(dir, `team-${i % 20}`)
    mkdirSync(folder, { recursive: true })
    const host = i % 7 === 0 ? `      ${['hostNetwork', 'hostPID', 'hostIPC'][i % 3]}: true\n` : ''
    if (i % 10 === 7) writeFileSync(path.join(folder, `run-${i}.sh`), `#!/bin/sh\ndocker run ${i % 20 === 7 ? '--net=host ' : ''}img\n`)
    else if (i % 50 === 3)
      writeFileSync(
        path.join(folder, `np-${i}.yaml`),
        `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: np-${i}, namespace: agents}\nspec: {podSelector: {matchLabels: {app: a${i}}}}\n`,
      )
    else
      writeFileSync(
        path.join(folder, `app-${i}.yaml`),
        `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: app-${i}, namespace: team-${i % 20}}\nspec:\n  template:\n    spec:\n${host}      containers: [{name: a, image: x}]\n`,
      )
  }
  // Taken on the main thread, in its place: a link met in the walk, and a file too large.
  symlinkSync('../team-1/app-1.yaml', path.join(dir, 'team-3', 'link.yaml'))
  writeFileSync(path.join(dir, 'team-5', 'big.yaml'), `hostNetwork: true\n${'#'.repeat(6 * 2 ** 20)}\n`)
  return dir
}

function scan(dir: string, threads: string, extra: string[] = []) {
  return spawnSync(process.execPath, [CLI, 'scan', dir, '--root', dir, ...extra], {
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
    env: { ...process.env, HNG_SCAN_THREADS: threads, HNG_SCAN_TRACE: '1' },
  })
}

describe('a scan on worker threads', () => {
  const dir = tree(3_500)

  it.each([['json'], ['sarif']])('gives the same %s report byte for byte as one thread', format => {
    const one = scan(dir, '0', ['-f', format])
    const two = scan(dir, '2', ['-f', format])
    expect(one.stderr).toBe('')
    const [, parsed, onWorkers] = /^scan: 3502 files, (\d+) parsed, (\d+) on 2 worker threads\n$/.exec(two.stderr)!.map(Number)
    // Every file to parse past the first 64 went to the workers; the rest stayed on the main thread.
    expect(parsed).toBeGreaterThan(400)
    expect(onWorkers).toBe(parsed! - 64)
    expect(two.stdout).toBe(one.stdout)
    expect(two.status).toBe(one.status)
    if (format === 'json') {
      const report = JSON.parse(one.stdout) as { summary: { byRule: Record<string, number> }; run: { filesScanned: number } }
      expect(report.run.filesScanned).toBe(3502)
      expect(report.summary.byRule['host-network']! + report.summary.byRule['host-pid']! + report.summary.byRule['host-ipc']!).toBeGreaterThan(100)
      expect(report.summary.byRule['incomplete-scan']).toBeGreaterThanOrEqual(1)
    }
  })

  it('stops collecting at the same finding when the findings limit falls among the workers’ files', () => {
    writeFileSync(path.join(dir, 'limit.yml'), 'maxFindings: 150\n')
    const one = scan(dir, '0', ['-f', 'json', '--config', path.join(dir, 'limit.yml')])
    const two = scan(dir, '2', ['-f', 'json', '--config', path.join(dir, 'limit.yml')])
    expect(JSON.parse(two.stdout).run.truncated).toBe(true)
    expect(two.stdout).toBe(one.stdout)
  })

  it('starts no worker for a scan with few files to parse', () => {
    const small = tree(300)
    expect(scan(small, '2', ['-f', 'json']).stderr).toBe('')
  })
})
