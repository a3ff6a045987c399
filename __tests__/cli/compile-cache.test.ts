import { describe, expect, it } from '@jest/globals'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Script } from 'node:vm'
import { cacheDirectory, cacheFileName, compileCache } from '../../src/cli/compile-cache.js'

/**
 * The compile cache with V8's real cached data: what one run keeps, the next run's compile
 * accepts; nothing is read from or written to a directory others could write in.
 */
const home = () => mkdtempSync(path.join(os.tmpdir(), 'hng-cache-'))
const folder = (base: string) => path.join(base, 'host-namespace-guard')

/** A program of many functions: which of them ran decides how much V8 compiled. */
function program(functions: number, marker = 'a'): string {
  const defs = Array.from({ length: functions }, (_, i) => `function f${i}(x) { return x * ${i} + ${JSON.stringify(marker)}.length }`)
  return `${defs.join('\n')}\n;(function (all) { let s = 0; if (all) { ${Array.from({ length: functions }, (_, i) => `s += f${i}(${i});`).join(' ')} } return s })`
}

/** Compiles and runs as the launcher does, then keeps what V8 compiled. */
function run(source: string, base: string, all: boolean, uid?: number) {
  const options = uid === undefined ? { env: { XDG_CACHE_HOME: base } } : { env: { XDG_CACHE_HOME: base }, uid }
  const { data, keep } = compileCache(source, options)
  const script = new Script(source, { cachedData: data })
  ;(script.runInThisContext() as (all: boolean) => number)(all)
  keep(script)
  return { had: data !== undefined, rejected: script.cachedDataRejected }
}

const cacheFiles = (base: string) => (existsSync(folder(base)) ? readdirSync(folder(base)).filter(n => n.endsWith('.v8cache')) : [])

describe('compile cache', () => {
  it('keeps what one run compiled, and the next run compiles with it', () => {
    const base = home()
    const source = program(50)
    expect(run(source, base, true)).toEqual({ had: false, rejected: undefined })
    const [file] = cacheFiles(base)
    expect(file).toBe(cacheFileName(source, process.execArgv))
    expect(statSync(folder(base)).mode & 0o777).toBe(0o700)
    expect(statSync(path.join(folder(base), file)).mode & 0o777).toBe(0o600)
    expect(run(source, base, true)).toEqual({ had: true, rejected: false })
  })

  it('is keyed by the exact source and by the flags', () => {
    const base = home()
    run(program(20, 'a'), base, true)
    // The same length, another text: V8 alone would only compare lengths.
    expect(run(program(20, 'b'), base, true).had).toBe(false)
    expect(cacheFileName(program(20), [])).not.toBe(cacheFileName(program(20), ['--max-old-space-size=100']))
  })

  it('names a build made of parts by every byte of every part', () => {
    // The launcher names the program by its own bytes and the bundle's: a change to either is another build.
    const [launcher, bundle] = [Buffer.from(program(5, 'l')), Buffer.from(program(20, 'p'))]
    const name = cacheFileName([launcher, bundle], [])
    expect(cacheFileName([launcher, Buffer.from(program(20, 'q'))], [])).not.toBe(name)
    expect(cacheFileName([Buffer.from(program(5, 'm')), bundle], [])).not.toBe(name)
    expect(cacheFileName([Buffer.from(launcher), Buffer.from(bundle)], [])).toBe(name)
    // Bytes and the text they encode name the same build.
    expect(cacheFileName(bundle, [])).toBe(cacheFileName(program(20, 'p'), []))
  })

  it('keeps again only when a run compiled noticeably more than the cache holds', () => {
    const base = home()
    const source = program(300)
    run(source, base, false)
    const file = path.join(folder(base), cacheFileName(source, process.execArgv))
    const small = readFileSync(file).length
    run(source, base, true)
    const large = readFileSync(file).length
    expect(large).toBeGreaterThan(small * 1.05)
    writeFileSync(file, readFileSync(file)) // the same bytes, a new time stamp to compare against
    const before = statSync(file).mtimeMs
    expect(run(source, base, false)).toEqual({ had: true, rejected: false })
    expect(readFileSync(file).length).toBe(large)
    expect(statSync(file).mtimeMs).toBe(before)
  })

  it('replaces a damaged file with a good one', () => {
    const base = home()
    const source = program(30)
    mkdirSync(folder(base), { recursive: true, mode: 0o700 })
    writeFileSync(path.join(folder(base), cacheFileName(source, process.execArgv)), Buffer.alloc(4096, 7))
    expect(run(source, base, true)).toEqual({ had: true, rejected: true })
    expect(run(source, base, true)).toEqual({ had: true, rejected: false })
  })

  it('leaves one file per build of the program for a Node version and set of flags', () => {
    const base = home()
    mkdirSync(folder(base), { recursive: true, mode: 0o700 })
    const current = cacheFileName(program(10), process.execArgv)
    const flagsPart = current.slice(0, current.lastIndexOf('-') + 1)
    const older = `${flagsPart}000000000000000000000000.v8cache`
    const otherFlags = cacheFileName(program(9), [...process.execArgv, '--import=x'])
    const otherNode = 'cli-v0.0.0-00000000-000000000000000000000000.v8cache'
    for (const name of [older, otherFlags, otherNode, 'notes.txt']) writeFileSync(path.join(folder(base), name), 'x')
    run(program(10), base, true)
    expect(readdirSync(folder(base)).sort()).toEqual([current, otherFlags, otherNode, 'notes.txt'].sort())
  })

  it('neither reads nor writes a directory others can write in, a link, or someone else’s', () => {
    const source = program(10)
    const open = home()
    mkdirSync(folder(open), { recursive: true })
    chmodSync(folder(open), 0o777)
    expect(run(source, open, true).had).toBe(false)
    expect(run(source, open, true).had).toBe(false)
    expect(cacheFiles(open)).toEqual([])

    const linked = home()
    const elsewhere = home()
    symlinkSync(elsewhere, folder(linked))
    expect(run(source, linked, true).had).toBe(false)
    expect(readdirSync(elsewhere)).toEqual([])

    const theirs = home()
    expect(run(source, theirs, true, (process.getuid?.() ?? 0) + 1).had).toBe(false)
    expect(cacheFiles(theirs)).toEqual([])
  })

  it('is found in the user’s cache directory, and can be turned off', () => {
    expect(cacheDirectory({ XDG_CACHE_HOME: '/x/cache', HOME: '/home/u' })).toBe('/x/cache/host-namespace-guard')
    expect(cacheDirectory({ HOME: '/home/u' })).toBe('/home/u/.cache/host-namespace-guard')
    // A relative XDG_CACHE_HOME is ignored, as the XDG rules say.
    expect(cacheDirectory({ XDG_CACHE_HOME: 'cache', HOME: '/home/u' })).toBe('/home/u/.cache/host-namespace-guard')
    expect(cacheDirectory({ HOME: 'relative' })).toBeUndefined()
    expect(cacheDirectory({})).toBeUndefined()
    for (const off of ['0', 'off', 'OFF', 'false']) expect(cacheDirectory({ HNG_COMPILE_CACHE: off, HOME: '/home/u' })).toBeUndefined()
    const base = home()
    const { data, keep } = compileCache(program(5), { env: { XDG_CACHE_HOME: base, HNG_COMPILE_CACHE: 'off' } })
    keep(new Script(program(5)))
    expect(data).toBeUndefined()
    expect(existsSync(folder(base))).toBe(false)
  })
})
