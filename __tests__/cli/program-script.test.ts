import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { Script } from 'node:vm'
import { CREATE_REQUIRE_IMPORT, programScript } from '../../src/cli/program-script.js'

/**
 * The CLI's bundle compiled as a script, the way the launcher runs it with V8's cached code: it
 * must behave as the module does, and a bundle in any other form is left to Node's import.
 */
type Program = (importMetaUrl: string, require: typeof createRequire) => Promise<unknown>
const compile = (script: string) => new Script(script).runInThisContext() as Program

/** ncc's form: a shebang, its one import, import.meta.url, a top-level await, a source map comment. */
const ncc = (body: string) => `#!/usr/bin/env node\n${CREATE_REQUIRE_IMPORT}\n${body}\n//# sourceMappingURL=index.js.map`

describe('the program as a script', () => {
  it('gets import.meta.url and createRequire as the module would, and may await at its top level', async () => {
    const seen: unknown[] = []
    const script = programScript(
      ncc(
        ['const sink = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sink");', 'sink.push(await Promise.resolve("awaited"), typeof this);'].join(
          '\n',
        ),
      ),
    )
    const recording = ((url: string) => (id: string) => (seen.push(url, id), seen)) as unknown as typeof createRequire
    await compile(script!)('file:///x/dist/cli/index.js', recording)
    expect(seen).toEqual(['file:///x/dist/cli/index.js', 'node:sink', 'awaited', 'undefined'])
  })

  it('runs in strict mode, as a module does', async () => {
    const script = programScript(ncc('undeclaredByTheProgram = 1;'))
    // Errors come from the realm the script runs in: compared by name.
    await expect(compile(script!)('file:///x', createRequire)).rejects.toMatchObject({ name: 'ReferenceError' })
  })

  it('keeps the line numbers, so a stack trace names the bundle’s own line', async () => {
    const script = programScript(ncc('\n\nthrow new Error("line 5")'))
    const error = await compile(script!)('file:///x', createRequire).catch((e: Error) => e)
    expect((error as Error).stack).toMatch(/<anonymous>:5:7/)
  })

  it('is not made from a bundle in another form: Node imports that as it is', () => {
    expect(programScript('console.log(1)')).toBeUndefined()
    expect(programScript(ncc(CREATE_REQUIRE_IMPORT))).toBeUndefined()
    expect(programScript(ncc('const __importMetaUrl = 1'))).toBeUndefined()
    // An export, or another import, is left in: compiling it as a script fails, and the launcher imports the module.
    for (const extra of ['export const x = 1', 'import fs from "node:fs"'])
      expect(() => new Script(programScript(ncc(extra))!)).toThrow(expect.objectContaining({ name: 'SyntaxError' }) as unknown as Error)
  })

  it('is made from the committed bundle', () => {
    const script = programScript(readFileSync('dist/cli/program.js', 'utf8'))
    expect(script).toBeDefined()
    expect(() => new Script(script!)).not.toThrow()
  })
})

describe('the built CLI and its compile cache', () => {
  const CLI = path.resolve('dist/cli/index.js')
  const scan = (env: Record<string, string>, node: string[] = []) =>
    spawnSync(process.execPath, [...node, CLI, 'scan', 'examples', '--format', 'json'], { encoding: 'utf8', env: { ...process.env, ...env } })

  it('gives the same report with the cache, without it, and with source maps on', () => {
    const base = mkdtempSync(path.join(os.tmpdir(), 'hng-cli-cache-'))
    const cacheDir = path.join(base, 'host-namespace-guard')
    const first = scan({ XDG_CACHE_HOME: base })
    expect(first.status).toBe(1)
    expect(JSON.parse(first.stdout).summary.failing).toBeGreaterThan(0)
    expect(readdirSync(cacheDir).filter(n => n.endsWith('.v8cache'))).toHaveLength(1)
    const second = scan({ XDG_CACHE_HOME: base })
    expect([second.status, second.stdout, second.stderr]).toEqual([first.status, first.stdout, first.stderr])

    const off = mkdtempSync(path.join(os.tmpdir(), 'hng-cli-cache-'))
    const uncached = scan({ XDG_CACHE_HOME: off, HNG_COMPILE_CACHE: '0' })
    expect([uncached.status, uncached.stdout]).toEqual([first.status, first.stdout])
    const mapped = scan({ XDG_CACHE_HOME: off }, ['--enable-source-maps'])
    expect([mapped.status, mapped.stdout]).toEqual([first.status, first.stdout])
    expect(existsSync(path.join(off, 'host-namespace-guard'))).toBe(false)
  })

  it('loads neither child_process nor worker_threads for a scan that needs no process and no worker', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'hng-cli-builtins-'))
    writeFileSync(path.join(dir, 'pod.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostPID: true\n  containers: [{name: c, image: i}]\n')
    const probe = path.join(dir, 'probe.cjs')
    // Node's own list of the built-in modules this process has loaded, printed as it exits.
    writeFileSync(probe, "process.on('exit', () => process.stderr.write('\\n' + JSON.stringify(process.moduleLoadList)))\n")
    const run = spawnSync(process.execPath, ['--require', probe, CLI, 'scan', dir, '--format', 'json'], {
      encoding: 'utf8',
      env: { ...process.env, HNG_COMPILE_CACHE: '0' },
    })
    expect(JSON.parse(run.stdout).summary.failing).toBe(1)
    const loaded = JSON.parse(run.stderr.trim().split('\n').at(-1)!) as string[]
    expect(loaded).toContain('NativeModule fs')
    expect(loaded.filter(m => /^NativeModule (child_process|worker_threads)$/.test(m))).toEqual([])
  })
})
