import type { Config } from '../config/config.js'
import { safeWrite } from '../io/safe-write.js'
import type { Finding } from '../model.js'
import { escapeMarkdown } from '../report/markdown.js'
import type { GitHubPort } from '../github/port.js'
import type { ActionInputs } from '../inputs/action-inputs.js'
import { readCentralFile } from '../config/exceptions-file.js'
import { scanRepository } from '../pipeline.js'
import { isFailingRow, reviewRows } from '../policy/index.js'
import { rowsToJson, rowsToMarkdown } from '../report/exceptions-review.js'
import { publishExceptionsReport } from './exceptions-issue.js'
import path from 'node:path'
import { writeReportFile } from './deliver.js'
import type { ActionEnv } from './env.js'

/**
 * The monthly review: every exception in force, expired first, in the job summary and in one
 * tracking issue (found by its marker, so it is updated rather than duplicated). Expired or
 * invalid exceptions fail the step.
 */
export async function exceptionsReport(env: ActionEnv, inputs: ActionInputs, config: Config, port: GitHubPort | undefined): Promise<void> {
  const today = env.now()
  const centralFile = await readCentralFile(env.workspace, config)
  const { assessments, findings } = await scanRepository({
    root: env.workspace,
    paths: [path.resolve(env.workspace, inputs.path)],
    config,
    today,
    centralFile,
    rules: new Map(),
  })
  const rows = reviewRows(assessments)
  const asOf = today.toISOString().slice(0, 10)
  const markdown = rowsToMarkdown(rows, { asOf })
  await env.appendSummary(markdown)
  const reportPath = path.resolve(env.workspace, inputs.jsonReport ?? path.join(env.tempDir, 'host-namespace-exceptions.json'))
  await writeReportFile(env, reportPath, JSON.stringify(rowsToJson(rows, { asOf }), null, 2) + '\n', inputs.jsonReport ?? reportPath)
  env.setOutput('report', reportPath)
  if (port) {
    try {
      const r = await publishExceptionsReport(port, rows, { asOf })
      env.info(`Exceptions review issue #${r.number} ${r.action}.`)
      env.setOutput('issue', String(r.number))
    } catch (err) {
      env.warning(`Could not open or update the exceptions review issue: ${(err as Error).message}`)
    }
  }
  const stale = await refreshAdmissionPolicy(env, findings)
  const failing = rows.filter(isFailingRow).length
  env.setOutput('exceptions', String(rows.length))
  env.setOutput('failing', String(failing))
  env.setOutput('failed', String(failing > 0 || stale))
  const problems = [
    ...(failing ? [`${failing} host namespace exception(s) are expired or invalid: renew or remove them (see the summary).`] : []),
    ...(stale ? [`The admission policy (admission.file) is stale: the regenerated one is in the workspace; commit it so the cluster gets it.`] : []),
  ]
  if (problems.length) env.setFailed(problems.join(' '))
}

/**
 * With `admission.file` configured, the review also regenerates the cluster's policy: the day
 * after an exception expires the committed one is stale, and the regenerated text is written over
 * it in the workspace (trusted: a scheduled run on the default branch), for a later step to commit.
 */
async function refreshAdmissionPolicy(env: ActionEnv, findings: readonly Finding[]): Promise<boolean> {
  const stale = findings.find(f => f.ruleId === 'admission-policy-stale')
  if (!stale) return false
  await env.appendSummary(`\n**Admission policy:** ${escapeMarkdown(stale.message)}\n`)
  const text = stale.fix?.edits[0]?.text
  if (text !== undefined) await safeWrite(path.resolve(env.workspace, stale.file), text, { roots: [env.workspace], display: stale.file })
  return true
}
