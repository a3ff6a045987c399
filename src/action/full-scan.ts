import path from 'node:path'
import type { Config } from '../config/config.js'
import { readCentralFile } from '../config/exceptions-file.js'
import { place } from '../findings/place.js'
import { judgeFindings } from '../findings/verdict.js'
import type { ActionInputs } from '../inputs/action-inputs.js'
import { scanRepository } from '../pipeline.js'
import { smokeJobsFor } from './smoke-jobs.js'
import type { Outcome } from './deliver.js'
import type { ActionEnv } from './env.js'

/** The whole repository (or `path` in it): workflow_dispatch, schedule, push. */
export async function fullScan(env: ActionEnv, inputs: ActionInputs, config: Config): Promise<Outcome> {
  const root = path.resolve(env.workspace)
  const centralFile = await readCentralFile(root, config)
  const result = await scanRepository({ root, paths: [path.resolve(root, inputs.path)], config, today: env.now(), centralFile, workloads: inputs.runtimeCheck })
  const findings = judgeFindings(place(result.findings, undefined, inputs.filterMode), { failOn: inputs.failOn, failOnPreexisting: inputs.failOnPreexisting })
  const notes: string[] = []
  return {
    mode: 'full',
    findings,
    filesScanned: result.filesScanned,
    truncated: result.truncated,
    notes,
    sha: env.sha,
    smokeMatrix: smokeJobsFor({ inputs, config, findings, facts: result.facts, dockerfiles: result.dockerfiles }, notes),
  }
}
