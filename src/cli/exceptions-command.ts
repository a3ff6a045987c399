import { scanRepository } from '../pipeline.js'
import { isFailingRow, reviewRows } from '../policy/index.js'
import { rowsToJson, rowsToMarkdown, rowsToText } from '../report/exceptions-review.js'
import { EXIT_FINDINGS, EXIT_OK, oneOf, openRepository, parseCommand, type CliEnv } from './args.js'
import { USAGE } from './usage.js'

const REVIEW_FORMATS = ['text', 'json', 'markdown'] as const

export async function exceptionsCommand(argv: string[], env: CliEnv): Promise<number> {
  const parsed = parseCommand('exceptions', argv, {
    format: { type: 'string', short: 'f', default: 'text' },
    config: { type: 'string' },
    root: { type: 'string' },
  })
  if (parsed === 'help') {
    env.stdout(USAGE)
    return EXIT_OK
  }
  const { values, positionals } = parsed
  const format = oneOf('--format', values.format!, REVIEW_FORMATS)
  const { root, paths, config, centralFile, today } = await openRepository(env, positionals, values)
  const { assessments } = await scanRepository({ root, paths, config, today, centralFile, rules: new Map() })
  const rows = reviewRows(assessments)
  const asOf = today.toISOString().slice(0, 10)
  env.stdout(
    format === 'json'
      ? JSON.stringify(rowsToJson(rows, { asOf }), null, 2) + '\n'
      : format === 'markdown'
        ? rowsToMarkdown(rows, { asOf })
        : rowsToText(rows, { asOf }),
  )
  return rows.some(isFailingRow) ? EXIT_FINDINGS : EXIT_OK
}
