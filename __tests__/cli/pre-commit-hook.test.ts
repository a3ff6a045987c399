import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import { runCli } from '../../src/cli/main.js'

// pre-commit's manifest schema (pre_commit/clientlib.py MANIFEST_HOOK_DICT): id, name, entry and
// language are required; the entry runs with the staged files appended.
type Hook = { id: string; name: string; entry: string; language: string; types_or?: string[]; pass_filenames?: boolean }
const hooks = parse(readFileSync('.pre-commit-hooks.yaml', 'utf8')) as Hook[]
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { bin: Record<string, string>; files: string[] }

// The file types pre-commit's `identify` library knows (a subset is enough to catch a typo).
const IDENTIFY_TYPES = new Set(['yaml', 'json', 'dockerfile', 'shell', 'makefile', 'groovy', 'text', 'file'])

describe('.pre-commit-hooks.yaml', () => {
  it('declares one node hook whose entry is the package bin running scan', () => {
    expect(hooks).toHaveLength(1)
    const [hook] = hooks
    expect(hook).toMatchObject({ id: 'host-namespace-guard', language: 'node', name: expect.any(String) })
    const [bin, command] = hook!.entry.split(' ')
    expect(Object.keys(pkg.bin)).toContain(bin)
    expect(pkg.files).toContain('dist/')
    expect(command).toBe('scan')
    expect(hook!.types_or!.filter(t => !IDENTIFY_TYPES.has(t))).toEqual([])
    expect(hook!.pass_filenames ?? true).toBe(true)
  })

  it('fails on a staged file that shares a host namespace, passes on a clean one', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'hng-hook-'))
    writeFileSync(path.join(dir, 'bad.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {hostPID: true, containers: []}\n')
    writeFileSync(path.join(dir, 'good.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: []}\n')
    const run = (files: string[]) => runCli([hooks[0]!.entry.split(' ')[1]!, ...files], { cwd: dir, stdout: () => {}, stderr: () => {}, isTTY: false })
    expect(await run(['bad.yaml', 'good.yaml'])).toBe(1)
    expect(await run(['good.yaml'])).toBe(0)
  })
})
