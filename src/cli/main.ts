import { promises as fs } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { ConfigError } from '../config/config.js'
import { loadConfig } from '../config/load.js'
import { SEVERITIES, type Severity } from '../model.js'
import { scan } from '../pipeline.js'
import { toJsonReport } from '../report/json.js'
import { isFailing, type RunInfo } from '../report/run-info.js'
import { toSarif } from '../report/sarif.js'
import { toText } from '../report/text.js'
import { createPolicy, isFailingRow, observeRepositoryContext, readCentralFile, rowsToJson, rowsToMarkdown, rowsToText } from '../policy/index.js'
import { BUILTIN_RULES } from '../rules/index.js'
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

Finds Kubernetes workloads, compose services, Dockerfiles and scripts that share the
host's network, PID or IPC namespace.

Options:
  --format text|json|sarif   output format (default: text)
  --output FILE              write the report to FILE instead of standard output
  --config FILE              config file (default: .github/host-namespace-guard.yml if present)
  --fail-on error|warning|note|never
                             lowest severity that fails the run (default: error)
  --root DIR                 repository root that paths are reported against (default: .)
  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 nothing fails, 1 a finding fails, 2 usage or configuration error.

The exceptions command lists every host namespace exception (workload, host namespaces, owner,
risk acceptance, expiry, days left, controls), expired first; it exits 1 when one is expired or
invalid.
`

class UsageError extends Error {}

export async function runCli(argv: string[], env: CliEnv): Promise<number> {
  try {
    const [command, ...rest] = argv[0] && !argv[0].startsWith('-') ? argv : ['scan', ...argv]
    if (command === 'scan') return await scanCommand(rest, env)
    if (command === 'exceptions') return await exceptionsCommand(rest, env)
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
  const root = path.resolve(env.cwd, values.root ?? '.')
  const paths = positionals.length ? positionals.map(p => path.resolve(env.cwd, p)) : [root]
  for (const p of paths) {
    try {
      await fs.lstat(p)
    } catch {
      throw new UsageError(`path not found: ${p}`)
    }
  }
  const { config, file: configFile } = await loadConfig(root, values.config ? path.resolve(env.cwd, values.config) : undefined)
  const policy = createPolicy(config, env.today ?? new Date(), { centralFile: await readCentralFile(root, config, configFile) })
  if (paths.some(p => p !== root)) await observeRepositoryContext(policy, { root, config })
  const result = await scan({ root, paths, config, policy })
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
  const root = path.resolve(env.cwd, values.root ?? '.')
  const paths = positionals.length ? positionals.map(p => path.resolve(env.cwd, p)) : [root]
  for (const p of paths) {
    try {
      await fs.lstat(p)
    } catch {
      throw new UsageError(`path not found: ${p}`)
    }
  }
  const { config, file: configFile } = await loadConfig(root, values.config ? path.resolve(env.cwd, values.config) : undefined)
  const today = env.today ?? new Date()
  const policy = createPolicy(config, today, { centralFile: await readCentralFile(root, config, configFile) })
  if (paths.some(p => p !== root)) await observeRepositoryContext(policy, { root, config })
  await scan({ root, paths, config, policy, rules: new Map() })
  const rows = policy.rows()
  const asOf = today.toISOString().slice(0, 10)
  env.stdout(format === 'json' ? JSON.stringify(rowsToJson(rows, { asOf }), null, 2) + '\n' : format === 'markdown' ? rowsToMarkdown(rows, { asOf }) : rowsToText(rows, { asOf }))
  return rows.some(isFailingRow) ? EXIT_FINDINGS : EXIT_OK
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) throw new UsageError(`${name}: "${value}" is not one of ${allowed.join(', ')}`)
  return value as T
}
