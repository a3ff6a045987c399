import { existsSync, promises as fs, statSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { ConfigError } from '../config/config.js'
import { loadConfig } from '../config/load.js'
import { fixFiles } from '../findings/fix-files.js'
import { SEVERITIES, type Severity } from '../model.js'
import { scan } from '../pipeline.js'
import { toJsonReport } from '../report/json.js'
import { isFailing, type RunInfo } from '../report/run-info.js'
import { toSarif } from '../report/sarif.js'
import { toText } from '../report/text.js'
import { createPolicy, isFailingRow, withRepositoryContext, readCentralFile, rowsToJson, rowsToMarkdown, rowsToText } from '../policy/index.js'
import { BUILTIN_RULES } from '../rules/index.js'
import {
  SmokeError,
  formatBuildText,
  formatErrorJson,
  formatErrorText,
  formatJson,
  formatRuntimeText,
  runBuildCheck,
  runRuntimeCheck,
  smokeExitCode,
  type BuildCheckResult,
  type RuntimeCheckResult,
} from '../smoke/index.js'
import { TOOL_NAME, TOOL_VERSION } from '../version.js'

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

const FORMATS = ['text', 'json', 'sarif'] as const
type Format = (typeof FORMATS)[number]

const USAGE = `Usage: ${TOOL_NAME} scan [PATH...] [options]
       ${TOOL_NAME} exceptions [PATH...] [--format text|json|markdown] [--config FILE] [--root DIR]
       ${TOOL_NAME} build-check DOCKERFILE [--context DIR] [--engine podman|docker]
                   [--format text|json] [--timeout SECONDS]
       ${TOOL_NAME} runtime-check MANIFEST [--engine podman|kind] [--image IMAGE]
                   [--probe-image IMAGE] [--format text|json] [--timeout SECONDS]

Finds Kubernetes workloads, compose services, Dockerfiles and scripts that share the
host's network, PID or IPC namespace.

Options:
  --format text|json|sarif   output format (default: text)
  --output FILE              write the report to FILE instead of standard output
  --config FILE              config file (default: .github/host-namespace-guard.yml if present)
  --fail-on error|warning|note|never
                             lowest severity that fails the run (default: error)
  --root DIR                 repository root that paths are reported against (default: .)
  --fix                      apply the fixes the findings offer to the files, then report what remains
  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 nothing fails, 1 a finding fails, 2 usage or configuration error.

The exceptions command lists every host namespace exception (workload, host namespaces, owner,
risk acceptance, expiry, days left, controls), expired first; it exits 1 when one is expired or
invalid.

Smoke checks (need a container engine; see docs/smoke.md):
  build-check     builds DOCKERFILE without host networking (refuses RUN --network=host up front)
                  and removes the image; --context defaults to the Dockerfile's directory,
                  --engine to podman, --timeout to 300
  runtime-check   starts each workload of MANIFEST as one pod and observes from inside whether it
                  shares the node's network, PID or IPC namespace, then removes it; --image
                  replaces every container image; --probe-image is the image (with sh and
                  readlink) of the sidecar that probes images without a shell (default
                  localhost/hng-busybox:latest, from .ci/setup-podman.sh); --engine defaults to
                  podman, --timeout to 120
  Exit codes: 0 ok, 1 host networking needed or a namespace shared, 2 usage, engine error or
  timeout, 130 interrupted.
`

class UsageError extends Error {}

export async function runCli(argv: string[], env: CliEnv): Promise<number> {
  try {
    const [command, ...rest] = argv[0] && !argv[0].startsWith('-') ? argv : ['scan', ...argv]
    if (command === 'scan') return await scanCommand(rest, env)
    if (command === 'exceptions') return await exceptionsCommand(rest, env)
    if (command === 'build-check') return await buildCheckCommand(rest, env)
    if (command === 'runtime-check') return await runtimeCheckCommand(rest, env)
    if (command === 'help') {
      env.stdout(USAGE)
      return EXIT_OK
    }
    throw new UsageError(`unknown command "${command}"`)
  } catch (err) {
    if (err instanceof UsageError || err instanceof ConfigError) {
      env.stderr(`${TOOL_NAME}: ${err.message}\n`)
      if (err instanceof UsageError) env.stderr(`Run '${TOOL_NAME} --help' for usage.\n`)
      return EXIT_USAGE
    }
    env.stderr(`${TOOL_NAME}: ${(err as Error).stack ?? String(err)}\n`)
    return EXIT_USAGE
  }
}

async function scanCommand(argv: string[], env: CliEnv): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        output: { type: 'string' },
        config: { type: 'string' },
        'fail-on': { type: 'string', default: 'error' },
        fix: { type: 'boolean' },
        root: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    })
  } catch (err) {
    throw new UsageError((err as Error).message)
  }
  const { values, positionals } = parsed
  if (values.help) {
    env.stdout(USAGE)
    return EXIT_OK
  }
  if (values.version) {
    env.stdout(`${TOOL_VERSION}\n`)
    return EXIT_OK
  }
  const format: Format = oneOf('--format', values.format!, FORMATS)
  const failOn = oneOf('--fail-on', values['fail-on']!, [...SEVERITIES, 'never'] as const) as Severity | 'never'
  const paths = positionals.length ? positionals.map(p => path.resolve(env.cwd, p)) : [path.resolve(env.cwd)]
  const root = values.root !== undefined ? path.resolve(env.cwd, values.root) : defaultRoot(env.cwd, paths)
  for (const p of paths) {
    try {
      await fs.lstat(p)
    } catch {
      throw new UsageError(`path not found: ${p}`)
    }
  }
  const { config, file: configFile } = await loadConfig(root, values.config ? path.resolve(env.cwd, values.config) : undefined)
  const base = createPolicy(config, env.today ?? new Date(), { centralFile: await readCentralFile(root, config, configFile) })
  const policy = paths.some(p => p !== root) ? withRepositoryContext(base, { root, config }) : base
  let result = await scan({ root, paths, config, policy })
  if (values.fix) {
    const fixed = await fixFiles(root, result.findings)
    env.stderr(`Fixed ${fixed.fixed} finding${fixed.fixed === 1 ? '' : 's'} in ${fixed.files.length} file${fixed.files.length === 1 ? '' : 's'}${fixed.files.length ? `: ${fixed.files.join(', ')}` : ''}.\n`)
    const again = createPolicy(config, env.today ?? new Date(), { centralFile: await readCentralFile(root, config, configFile) })
    result = await scan({ root, paths, config, policy: paths.some(p => p !== root) ? withRepositoryContext(again, { root, config }) : again })
  }
  const run: RunInfo = { filesScanned: result.filesScanned, truncated: result.truncated, failOn }
  const report =
    format === 'json'
      ? JSON.stringify(toJsonReport(result.findings, run), null, 2) + '\n'
      : format === 'sarif'
        ? JSON.stringify(toSarif(result.findings, BUILTIN_RULES, run), null, 2) + '\n'
        : toText(result.findings, run, { color: env.isTTY && !values.output })
  if (values.output) {
    await fs.mkdir(path.dirname(path.resolve(env.cwd, values.output)), { recursive: true })
    await fs.writeFile(path.resolve(env.cwd, values.output), report)
  } else env.stdout(report)
  return result.findings.some(f => isFailing(f, failOn)) ? EXIT_FINDINGS : EXIT_OK
}

const REVIEW_FORMATS = ['text', 'json', 'markdown'] as const

async function exceptionsCommand(argv: string[], env: CliEnv): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { format: { type: 'string', default: 'text' }, config: { type: 'string' }, root: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    })
  } catch (err) {
    throw new UsageError((err as Error).message)
  }
  const { values, positionals } = parsed
  if (values.help) {
    env.stdout(USAGE)
    return EXIT_OK
  }
  const format = oneOf('--format', values.format!, REVIEW_FORMATS)
  const paths = positionals.length ? positionals.map(p => path.resolve(env.cwd, p)) : [path.resolve(env.cwd)]
  const root = values.root !== undefined ? path.resolve(env.cwd, values.root) : defaultRoot(env.cwd, paths)
  for (const p of paths) {
    try {
      await fs.lstat(p)
    } catch {
      throw new UsageError(`path not found: ${p}`)
    }
  }
  const { config, file: configFile } = await loadConfig(root, values.config ? path.resolve(env.cwd, values.config) : undefined)
  const today = env.today ?? new Date()
  const base = createPolicy(config, today, { centralFile: await readCentralFile(root, config, configFile) })
  const policy = paths.some(p => p !== root) ? withRepositoryContext(base, { root, config }) : base
  await scan({ root, paths, config, policy, rules: new Map() })
  const rows = policy.rows()
  const asOf = today.toISOString().slice(0, 10)
  env.stdout(format === 'json' ? JSON.stringify(rowsToJson(rows, { asOf }), null, 2) + '\n' : format === 'markdown' ? rowsToMarkdown(rows, { asOf }) : rowsToText(rows, { asOf }))
  return rows.some(isFailingRow) ? EXIT_FINDINGS : EXIT_OK
}

const SMOKE_FORMATS = ['text', 'json'] as const
const BUILD_ENGINES = ['podman', 'docker'] as const
const RUNTIME_ENGINES = ['podman', 'kind'] as const

/** Parses a smoke command's argv: exactly one positional file, string options, --help. */
function smokeArgs(command: string, argv: string[], options: readonly string[]): { file: string; values: Record<string, string | undefined> } | 'help' {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { ...Object.fromEntries(options.map(o => [o, { type: 'string' as const }])), help: { type: 'boolean', short: 'h' } },
    })
  } catch (err) {
    throw new UsageError(`${command}: ${(err as Error).message}`)
  }
  if (parsed.values.help) return 'help'
  const what = command === 'build-check' ? 'DOCKERFILE' : 'MANIFEST'
  if (parsed.positionals.length !== 1) throw new UsageError(`${command} takes one ${what}, got ${parsed.positionals.length ? parsed.positionals.map(p => JSON.stringify(p)).join(' ') : 'none'}`)
  return { file: parsed.positionals[0], values: parsed.values as Record<string, string | undefined> }
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
async function runSmoke<R extends BuildCheckResult | RuntimeCheckResult>(format: 'text' | 'json', env: CliEnv, check: () => Promise<R>, text: (r: R) => string): Promise<number> {
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

async function buildCheckCommand(argv: string[], env: CliEnv): Promise<number> {
  const args = smokeArgs('build-check', argv, ['context', 'engine', 'format', 'timeout'])
  if (args === 'help') {
    env.stdout(USAGE)
    return EXIT_OK
  }
  const { file, values } = args
  const format = oneOf('--format', values.format ?? 'text', SMOKE_FORMATS)
  const engine = oneOf('--engine', values.engine ?? 'podman', BUILD_ENGINES)
  const timeout = timeoutMs(values.timeout)
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

async function runtimeCheckCommand(argv: string[], env: CliEnv): Promise<number> {
  const args = smokeArgs('runtime-check', argv, ['engine', 'image', 'probe-image', 'format', 'timeout'])
  if (args === 'help') {
    env.stdout(USAGE)
    return EXIT_OK
  }
  const { file, values } = args
  const format = oneOf('--format', values.format ?? 'text', SMOKE_FORMATS)
  const engine = oneOf('--engine', values.engine ?? 'podman', RUNTIME_ENGINES)
  const timeout = timeoutMs(values.timeout)
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
        ...(timeout ? { timeoutMs: timeout } : {}),
      })
    },
    formatRuntimeText,
  )
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

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) throw new UsageError(`${name}: "${value}" is not one of ${allowed.join(', ')}`)
  return value as T
}
