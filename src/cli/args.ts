import { existsSync, promises as fs, statSync } from 'node:fs'
import path from 'node:path'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { oneOf as oneOfAllowed } from '../inputs/one-of.js'
export { policyFor } from '../policy/index.js'

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

/** An option's value from a closed set, or a UsageError naming the option (`--format`). */
export function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  return oneOfAllowed(name, value, allowed, UsageError)
}

type Options = NonNullable<ParseArgsConfig['options']>

/**
 * Parses a command's argv (every command takes -h/--help); a parse problem is a usage error
 * prefixed with the command. Returns 'help' when help was asked for.
 */
export function parseCommand<O extends Options>(command: string, argv: string[], options: O) {
  const withHelp = { ...options, help: { type: 'boolean', short: 'h' } } as const
  let parsed
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: withHelp as O & typeof withHelp })
  } catch (err) {
    throw new UsageError(`${command}: ${(err as Error).message}`)
  }
  return (parsed.values as { help?: boolean }).help ? ('help' as const) : parsed
}

/** The paths a scan walks and the root findings are named against; every path must exist. */
export async function scanTarget(cwd: string, positionals: string[], rootOption: string | undefined): Promise<{ paths: string[]; root: string }> {
  const paths = positionals.length ? positionals.map(p => path.resolve(cwd, p)) : [path.resolve(cwd)]
  for (const p of paths) {
    try {
      await fs.lstat(p)
    } catch {
      throw new UsageError(`path not found: ${p}`)
    }
  }
  const root = rootOption !== undefined ? path.resolve(cwd, rootOption) : defaultRoot(cwd, paths)
  return { paths, root }
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

