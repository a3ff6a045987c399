import path from 'node:path'
import { fixFiles } from '../findings/fix-files.js'
import { isInside } from '../io/paths.js'
import { safeWrite } from '../io/safe-write.js'
import { SEVERITIES, type Severity } from '../model.js'
import { readCentralFile } from '../config/exceptions-file.js'
import { scanRepository } from '../pipeline.js'
import { toJsonReport } from '../report/json.js'
import { jsonText } from '../report/json-text.js'
import { place } from '../findings/place.js'
import { judgeFindings } from '../findings/verdict.js'
import type { RunInfo } from '../report/run-info.js'
import { toSarif } from '../report/sarif.js'
import { toText } from '../report/text.js'
import { BUILTIN_RULES } from '../rules/index.js'
import { TOOL_NAME, TOOL_VERSION } from '../version.js'
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, oneOf, openRepository, parseCommand, UsageError, type CliEnv } from './args.js'
import { USAGE } from './usage.js'

const FORMATS = ['text', 'json', 'sarif'] as const
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
type Format = (typeof FORMATS)[number]

export async function scanCommand(argv: string[], env: CliEnv): Promise<number> {
  const parsed = parseCommand('scan', argv, {
    format: { type: 'string', short: 'f', default: 'text' },
    output: { type: 'string', short: 'o' },
    config: { type: 'string' },
    'fail-on': { type: 'string', default: 'error' },
    fix: { type: 'boolean' },
    all: { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    root: { type: 'string' },
    version: { type: 'boolean', short: 'v' },
  })
  if (parsed === 'help') {
    env.stdout(USAGE)
    return EXIT_OK
  }
  const { values, positionals } = parsed
  if (values.version) {
    env.stdout(`${TOOL_VERSION}\n`)
    return EXIT_OK
  }
  // Rewriting every file under the working directory is never a default: say which, or --all.
  if (values.fix && !positionals.length && !values.all)
    throw new UsageError('--fix rewrites files: name the paths to fix, or add --all to fix everything under the root')
  if (values['dry-run'] && !values.fix) throw new UsageError('--dry-run goes with --fix')
  if (values.all && !values.fix) throw new UsageError('--all goes with --fix')
  const format: Format = oneOf('--format', values.format!, FORMATS)
  const failOn = oneOf('--fail-on', values['fail-on']!, [...SEVERITIES, 'never'] as const) as Severity | 'never'
  const { root, paths, config, configFile, centralFile, today } = await openRepository(env, positionals, values)
  let result = await scanRepository({ root, paths, config, today, centralFile })
  let fixFailed = false
  // Fix messages come before the report: on stdout ahead of a text report, else on stderr.
  const say = (line: string) => (format === 'text' && !values.output ? env.stdout(line) : env.stderr(line))
  if (values.fix) {
    const dryRun = Boolean(values['dry-run'])
    const fixed = await fixFiles(root, result.findings, { dryRun })
    if (dryRun) {
      // The diff is the output: nothing is written and no report follows.
      env.stdout(fixed.diff)
      for (const w of fixed.warnings) env.stderr(`warning: ${w}\n`)
      env.stderr(`Would fix ${plural(fixed.fixed, 'finding')} in ${plural(fixed.files.length, 'file')}; nothing was written.\n`)
      for (const s of fixed.skipped) env.stderr(`Would not fix: ${s.file}: ${s.reason}.\n`)
      return EXIT_OK
    }
    say(`Fixed ${plural(fixed.fixed, 'finding')} in ${plural(fixed.files.length, 'file')}${fixed.files.length ? `: ${fixed.files.join(', ')}` : ''}.\n`)
    for (const w of fixed.warnings) say(`warning: ${w}\n`)
    for (const s of fixed.skipped) say(`Not fixed: ${s.file}: ${s.reason}; left as it was.\n`)
    for (const err of fixed.failed) env.stderr(`${TOOL_NAME}: ${err.message}\n`)
    fixFailed = fixed.failed.length > 0
    if (format === 'text' && !values.output) env.stdout('\n')
    result = await scanRepository({ root, paths, config, today, centralFile: await readCentralFile(root, config, configFile) })
  }
  const run: RunInfo = { filesScanned: result.filesScanned, truncated: result.truncated, failOn }
  // A whole-tree scan: every finding is new; the verdict is the Action's, decided in one place.
  const findings = judgeFindings(place(result.findings, undefined, 'added'), { failOn, failOnPreexisting: false })
  const report =
    format === 'json'
      ? jsonText(toJsonReport(findings, run))
      : format === 'sarif'
        ? jsonText(toSarif(findings, BUILTIN_RULES, run))
        : toText(findings, run, { color: env.isTTY && !values.output, rules: BUILTIN_RULES })
  if (values.output) {
    const output = path.resolve(env.cwd, values.output)
    // Inside the scanned tree, the repository's own links decide where a path leads: it must stay
    // inside. A path outside it is the user's own choice. Either way the file is never a link.
    await safeWrite(output, report, { display: values.output, createParents: true, ...(isInside(root, output) ? { roots: [root] } : {}) })
  } else if (typeof report === 'string') env.stdout(report)
  else for (const piece of report) env.stdout(piece)
  // A file --fix could not write is an error even when every finding is fixed elsewhere.
  if (fixFailed) return EXIT_USAGE
  return findings.some(f => f.failing) ? EXIT_FINDINGS : EXIT_OK
}
