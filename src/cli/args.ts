import { existsSync, promises as fs, statSync } from 'node:fs'
import path from 'node:path'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { readCentralFile } from '../config/exceptions-file.js'
import { loadConfig } from '../config/load.js'
import { oneOf as oneOfAllowed } from '../inputs/one-of.js'
import { didYouMean } from './suggest.js'

export interface CliEnv {
  cwd: string
  stdout(text: string): void
  stderr(text: string): void
  isTTY: boolean
  /** The clock exceptions expire against; the process edge passes nothing and gets the wall clock. */
  today?: Date
}

export const EXIT_OK = 0
export const EXIT_FINDINGS = 1
export const EXIT_USAGE = 2

/** A mistake in how the command was called: exit 2 with a pointer to --help. */
export class UsageError extends Error {}

/** A path the command was given cannot be used (missing, not a directory): exit 2, one line naming it. */
export class PathError extends Error {}

/** An option's value from a closed set, or a UsageError naming the option (`--format`). */
export function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  return oneOfAllowed(name, value, allowed, UsageError)
}

type Options = NonNullable<ParseArgsConfig['options']>

/**
 * Parses a command's argv (every command takes -h/--help); a parse problem is a usage error
 * prefixed with the command, quoting the option as written and suggesting the one meant.
 * Returns 'help' when help was asked for.
 */
export function parseCommand<O extends Options>(command: string, argv: string[], options: O) {
  const withHelp = { ...options, help: { type: 'boolean', short: 'h' } } as const
  let parsed
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: withHelp as O & typeof withHelp })
  } catch (err) {
    throw new UsageError(`${command}: ${parseProblem(err as NodeJS.ErrnoException, withHelp)}`)
  }
  return (parsed.values as { help?: boolean }).help ? ('help' as const) : parsed
}

/** Node's parseArgs messages, said plainly: which option, what is wrong, what was probably meant. */
function parseProblem(err: NodeJS.ErrnoException, options: Options): string {
  const spellings = Object.entries(options).flatMap(([name, o]) => [`--${name}`, ...(o.short ? [`-${o.short}`] : [])])
  const quoted = /'([^']+)'/.exec(err.message)?.[1]
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && quoted) {
    const typed = quoted.split('=')[0]!
    return `unknown option ${typed}${didYouMean(typed, spellings)}`
  }
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && quoted) {
    // "Option '-f, --format <value>' argument missing" or "Option '--fix' does not take an argument".
    const name = /--[\w-]+/.exec(quoted)?.[0] ?? quoted
    return err.message.includes('does not take an argument') ? `${name} takes no value` : `${name} needs a value`
  }
  return err.message
}

/**
 * The paths a scan walks and the root findings are named against. Every path must exist and the
 * root must be a directory: scanning nothing would pass, so a mistyped name is an error.
 */
export async function scanTarget(cwd: string, positionals: string[], rootOption: string | undefined): Promise<{ paths: string[]; root: string }> {
  const given = positionals.length ? positionals : ['.']
  const paths = given.map(p => path.resolve(cwd, p))
  for (const [i, p] of paths.entries()) {
    try {
      await fs.lstat(p)
    } catch (err) {
      throw new PathError(`path not found: ${given[i]}${(err as NodeJS.ErrnoException).code === 'ENOENT' ? '' : ` (${(err as NodeJS.ErrnoException).code})`}`)
    }
  }
  if (rootOption !== undefined) {
    const root = path.resolve(cwd, rootOption)
    const stat = await fs.stat(root).catch(() => undefined)
    if (!stat) throw new PathError(`--root: directory not found: ${rootOption}`)
    if (!stat.isDirectory()) throw new PathError(`--root: not a directory: ${rootOption}`)
    return { paths, root }
  }
  return { paths, root: defaultRoot(cwd, paths) }
}

/**
 * Findings name files relative to the root. By default that is the working directory; paths
 * outside it get the first path (or its folder) as their root instead of `../..` names.
 */
function defaultRoot(cwd: string, paths: string[]): string {
  const base = path.resolve(cwd)
  if (paths.every(p => p === base || p.startsWith(base + path.sep))) return base
  const first = paths[0]
  return existsSync(first) && statSync(first).isDirectory() ? first : path.dirname(first)
}

/**
 * The --config file as findings and errors name it: relative to the root when inside it (the
 * repository's own path), else as resolved from the working directory.
 */
export function configPath(cwd: string, root: string, given: string | undefined): string | undefined {
  if (given === undefined) return undefined
  const absolute = path.resolve(cwd, given)
  const relative = path.relative(root, absolute)
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute
}

/**
 * What every command that reads a repository starts from: the paths and root it names, the
 * config (--config or the default) and the central exceptions file it points to, and the clock.
 */
export async function openRepository(env: CliEnv, positionals: string[], values: { root?: string; config?: string }) {
  const { root, paths } = await scanTarget(env.cwd, positionals, values.root)
  const { config, file: configFile } = await loadConfig(root, configPath(env.cwd, root, values.config))
  const centralFile = await readCentralFile(root, config, configFile)
  return { root, paths, config, configFile, centralFile, today: env.today ?? new Date() }
}
