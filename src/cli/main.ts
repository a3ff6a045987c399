import { existsSync } from 'node:fs'
import path from 'node:path'
import { ConfigError } from '../config/config.js'
import { WriteError } from '../io/safe-write.js'
import { TOOL_NAME } from '../version.js'
import { EXIT_OK, EXIT_USAGE, PathError, UsageError, type CliEnv } from './args.js'
import { admissionCommand } from './admission-command.js'
import { exceptionsCommand } from './exceptions-command.js'
import { initCommand } from './init-command.js'
import { scanCommand } from './scan-command.js'
import { buildCheckCommand, runtimeCheckCommand } from './smoke-commands.js'
import { didYouMean } from './suggest.js'
import { USAGE } from './usage.js'

export { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliEnv } from './args.js'

const COMMANDS: Record<string, (argv: string[], env: CliEnv) => Promise<number>> = {
  scan: scanCommand,
  exceptions: exceptionsCommand,
  init: initCommand,
  admission: admissionCommand,
  'build-check': buildCheckCommand,
  'runtime-check': runtimeCheckCommand,
}

/** The CLI: argv in, exit code out (0 ok, 1 findings, 2 usage, configuration, path or write error). */
export async function runCli(argv: string[], env: CliEnv): Promise<number> {
  try {
    // `scan` is the default command: `host-namespace-guard deploy/` scans deploy/.
    const named =
      argv[0] !== undefined &&
      !argv[0].startsWith('-') &&
      (argv[0] === 'help' || Object.hasOwn(COMMANDS, argv[0]) || !existsSync(path.resolve(env.cwd, argv[0])))
    const [command, ...rest] = named ? argv : ['scan', ...argv]
    if (command === 'help') {
      env.stdout(USAGE)
      return EXIT_OK
    }
    const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined
    if (!run) throw new UsageError(`unknown command ${command}${didYouMean(command, Object.keys(COMMANDS))}`)
    return await run(rest, env)
  } catch (err) {
    // Mistakes in the call, the config or the paths given: one line saying which and why.
    if (err instanceof UsageError || err instanceof ConfigError || err instanceof PathError || err instanceof WriteError) {
      env.stderr(`${TOOL_NAME}: ${err.message}\n`)
      if (err instanceof UsageError) env.stderr(`Run '${TOOL_NAME} --help' for usage.\n`)
      return EXIT_USAGE
    }
    // Anything else is a bug: the stack is what a report of it needs.
    env.stderr(`${TOOL_NAME}: ${(err as Error).stack ?? String(err)}\n`)
    env.stderr(`This is a bug: please report it with the lines above (NODE_OPTIONS=--enable-source-maps shows source lines).\n`)
    return EXIT_USAGE
  }
}
