import { createHash } from 'node:crypto'
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Script } from 'node:vm'

/**
 * V8's compiled code for the CLI, kept between runs, as `v8-compile-cache` and Node 22's
 * `module.enableCompileCache` keep it (Node 20 has no such switch for an ES module, so the
 * launcher compiles the program as a script, which takes cached data). With it, every run after
 * the first skips compiling the bundle and the functions it calls: `--version` 127 → 108 ms, a
 * 1,000-file scan 229 → 201 ms (npm run bench, "no compile cache" against the rows above it).
 *
 * The data is bytecode that V8 runs as it finds it, checking only the source's length, its
 * own version and flags. So it lives where only this user can write: a directory of the user's
 * cache (XDG_CACHE_HOME, else ~/.cache), made private, and refused when it is a link, is
 * someone else's or is writable by others; and a file is named by a hash of the exact source
 * (or of every byte it is made from), Node's version and the process's flags. It is an
 * optimisation only: anything amiss, and the program is compiled as if there were no cache,
 * without a word.
 */
export interface CompileCache {
  /** What an earlier run compiled for this very source; undefined when there is none. */
  readonly data: Buffer | undefined
  /**
   * After a run: keeps what V8 has compiled when there was no usable cache or it holds more
   * than the cache (a scan after `--version`). Never throws.
   */
  keep(script: Script): void
}

/** Set to 0 or off to compile afresh every run and keep nothing. */
export const DISABLE_VARIABLE = 'HNG_COMPILE_CACHE'
const FOLDER = 'host-namespace-guard'
/** A cache is a few hundred KiB; anything far larger is not ours. */
const MAX_BYTES = 64 * 1024 * 1024
/** Kept again only when it grows by more than this: a run compiling the same code keeps nothing. */
const GROWTH = 1.05

export interface CacheOptions {
  env?: NodeJS.ProcessEnv
  /** The process's flags, part of what compiled code is valid for. */
  execArgv?: readonly string[]
  /** Undefined where there are no user ids (Windows): the directory is then the user profile's. */
  uid?: number
}

const NONE: CompileCache = { data: undefined, keep: () => undefined }

/**
 * What names one build's compiled code: its exact text, or the bytes it is made from (hashing
 * bytes spares encoding a megabyte of text first: about 4 ms of every run).
 */
export type Build = string | Uint8Array | ReadonlyArray<string | Uint8Array>

/** The cache for `build` (the program's text as compiled, or what that text is made from). */
export function compileCache(build: Build, options: CacheOptions = {}): CompileCache {
  const env = options.env ?? process.env
  const dir = cacheDirectory(env)
  if (!dir || !privateDirectory(dir, 'uid' in options ? options.uid : process.getuid?.())) return NONE
  const file = path.join(dir, cacheFileName(build, options.execArgv ?? process.execArgv))
  const data = readCache(file)
  // Only its size is needed after the compile: the buffer itself is not held for the whole run.
  const kept = data?.length
  return {
    data,
    keep(script) {
      try {
        const fresh = script.createCachedData()
        if (kept !== undefined && script.cachedDataRejected === false && fresh.length <= kept * GROWTH) return
        const temporary = `${file}.${process.pid}.tmp`
        writeFileSync(temporary, fresh, { mode: 0o600, flag: 'w' })
        renameSync(temporary, file)
        if (kept === undefined) forgetOtherBuilds(dir, path.basename(file))
      } catch {
        // A full disk or a read-only home: the next run compiles afresh, as this one did.
      }
    },
  }
}

export function cacheDirectory(env: NodeJS.ProcessEnv): string | undefined {
  const setting = env[DISABLE_VARIABLE]?.trim().toLowerCase()
  if (setting === '0' || setting === 'off' || setting === 'false') return undefined
  // A relative path would depend on where the command is run from: the XDG rules ignore one.
  const absolute = (dir: string | undefined) => (dir && path.isAbsolute(dir) ? dir : undefined)
  const home = absolute(env.HOME)
  const base = absolute(env.XDG_CACHE_HOME) ?? (home ? path.join(home, '.cache') : absolute(env.LOCALAPPDATA))
  return base ? path.join(base, FOLDER) : undefined
}

/**
 * One file per build of the program, Node version and set of flags: `cli-<node>-<flags>-<build>`.
 * The flags have a part of their own, so that runs with and without some (`--import`) do not
 * take each other's file away (forgetOtherBuilds).
 */
export function cacheFileName(build: Build, execArgv: readonly string[]): string {
  const flags = createHash('sha256')
    .update(`${process.arch}\0${execArgv.join('\0')}`)
    .digest('hex')
    .slice(0, 8)
  const hash = createHash('sha256')
  for (const part of typeof build === 'string' || build instanceof Uint8Array ? [build] : build) hash.update(part)
  return `cli-${process.version}-${flags}-${hash.digest('hex').slice(0, 24)}.v8cache`
}

/** Made private when missing; otherwise used only when only this user can write in it. */
function privateDirectory(dir: string, uid: number | undefined): boolean {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 })
    const stat = lstatSync(dir)
    if (!stat.isDirectory()) return false
    return uid === undefined || (stat.uid === uid && (stat.mode & 0o022) === 0)
  } catch {
    return false
  }
}

function readCache(file: string): Buffer | undefined {
  try {
    const stat = lstatSync(file)
    if (!stat.isFile() || stat.size > MAX_BYTES) return undefined
    return readFileSync(file)
  } catch {
    return undefined
  }
}

/** A new build's cache replaces the older builds' for the same Node and flags: one file each, not one per release. */
function forgetOtherBuilds(dir: string, kept: string): void {
  // Everything up to the build's hash, which is hex and holds no dash.
  const prefix = kept.slice(0, kept.lastIndexOf('-') + 1)
  for (const name of readdirSync(dir)) {
    if (name !== kept && name.startsWith(prefix) && name.endsWith('.v8cache')) unlinkSync(path.join(dir, name))
  }
}
