import { promises as fs } from 'node:fs'
import path from 'node:path'
import {
  SmokeError,
  formatBuildText,
  formatErrorJson,
  formatErrorText,
  formatJson,
  formatRuntimeText,
  parseAllowList,
  runBuildCheck,
  runRuntimeCheck,
  smokeExitCode,
  type BuildCheckResult,
  type RuntimeCheckResult,
} from '../smoke/index.js'
import { TOOL_NAME } from '../version.js'
import { EXIT_OK, oneOf, parseCommand, UsageError, type CliEnv } from './args.js'
import { USAGE } from './usage.js'

const SMOKE_FORMATS = ['text', 'json'] as const
const BUILD_ENGINES = ['podman', 'docker'] as const
const RUNTIME_ENGINES = ['podman', 'kind'] as const

interface SmokeArgs<T extends string> {
  file: string
  values: Record<string, string | undefined>
  format: (typeof SMOKE_FORMATS)[number]
  /** The --engine value: the container tool (or kind) the check runs. */
  tool: T
  timeoutMs: number | undefined
}

/**
 * Parses a smoke command's argv: exactly one positional file, string options, --help, and the
 * options both commands read alike: --format, --engine (one of `tools`, podman by default) and
 * --timeout, checked in that order.
 */
function smokeArgs<T extends string>(command: string, argv: string[], options: readonly string[], tools: readonly T[]): SmokeArgs<T> | 'help' {
  const parsed = parseCommand(
    command,
    argv,
    Object.fromEntries(options.map(o => [o, o === 'format' ? { type: 'string' as const, short: 'f' } : { type: 'string' as const }])),
  )
  if (parsed === 'help') return 'help'
  const what = command === 'build-check' ? 'DOCKERFILE' : 'MANIFEST'
  if (parsed.positionals.length !== 1)
    throw new UsageError(`${command} takes one ${what}, got ${parsed.positionals.length ? parsed.positionals.map(p => JSON.stringify(p)).join(' ') : 'none'}`)
  const values = parsed.values as Record<string, string | undefined>
  const format = oneOf('--format', values.format ?? 'text', SMOKE_FORMATS)
  const tool = oneOf('--engine', values.engine ?? 'podman', tools)
  return { file: parsed.positionals[0], values, format, tool, timeoutMs: timeoutMs(values.timeout) }
}

/** `--timeout SECONDS` → milliseconds (undefined: the check's default). */
function timeoutMs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const seconds = Number(value)
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || !(seconds > 0)) throw new UsageError(`--timeout: "${value}" is not a positive number of seconds`)
  return Math.round(seconds * 1000)
}

/** A file the check needs; a missing one is a usage error that names it as given and as resolved. */
async function requireFile(cwd: string, given: string, what: string): Promise<string> {
  const full = path.resolve(cwd, given)
  const st = await fs.stat(full).catch(() => undefined)
  const shown = full === given ? given : `${given} (${full})`
  if (!st) throw new SmokeError('usage', `${what} not found: ${shown}`)
  if (!st.isFile()) throw new SmokeError('usage', `${what} is not a file: ${shown}`)
  return full
}

/**
 * Runs one smoke check and prints its verdict: text (stdout for a result, stderr for an error) or
 * JSON (always on stdout, also for errors). Exit codes come from smokeExitCode.
 */
async function runSmoke<R extends BuildCheckResult | RuntimeCheckResult>(
  format: 'text' | 'json',
  env: CliEnv,
  check: () => Promise<R>,
  text: (r: R) => string,
): Promise<number> {
  try {
    const result = await check()
    env.stdout(format === 'json' ? formatJson(result) : text(result) + '\n')
    return smokeExitCode(result)
  } catch (err) {
    if (format === 'json') env.stdout(formatErrorJson(err))
    else env.stderr(`${TOOL_NAME}: ${formatErrorText(err)}\n`)
    return smokeExitCode(err)
  }
}

export async function buildCheckCommand(argv: string[], env: CliEnv): Promise<number> {
  const args = smokeArgs('build-check', argv, ['context', 'engine', 'format', 'timeout'], BUILD_ENGINES)
  if (args === 'help') {
    env.stdout(USAGE)
    return EXIT_OK
  }
  const { file, values, format, tool: engine, timeoutMs: timeout } = args
  return runSmoke(
    format,
    env,
    async () => {
      const dockerfile = await requireFile(env.cwd, file, 'Dockerfile')
      const context = values.context === undefined ? undefined : path.resolve(env.cwd, values.context)
      if (context !== undefined && !(await fs.stat(context).catch(() => undefined))?.isDirectory()) {
        throw new SmokeError('usage', `build context is not a directory: ${values.context}${context === values.context ? '' : ` (${context})`}`)
      }
      return runBuildCheck({ dockerfile, engine, handleSignals: true, ...(context ? { context } : {}), ...(timeout ? { timeoutMs: timeout } : {}) })
    },
    formatBuildText,
  )
}

export async function runtimeCheckCommand(argv: string[], env: CliEnv): Promise<number> {
  const args = smokeArgs('runtime-check', argv, ['engine', 'image', 'probe-image', 'format', 'timeout', 'allow'], RUNTIME_ENGINES)
  if (args === 'help') {
    env.stdout(USAGE)
    return EXIT_OK
  }
  const { file, values, format, tool: engine, timeoutMs: timeout } = args
  return runSmoke(
    format,
    env,
    async () => {
      const manifest = await requireFile(env.cwd, file, 'manifest')
      return runRuntimeCheck({
        manifest,
        engine,
        handleSignals: true,
        ...(values.image !== undefined ? { image: values.image } : {}),
        ...(values['probe-image'] !== undefined ? { probeImage: values['probe-image'] } : {}),
        ...(values.allow !== undefined ? { allow: parseAllowList(values.allow) } : {}),
        ...(timeout ? { timeoutMs: timeout } : {}),
      })
    },
    formatRuntimeText,
  )
}
