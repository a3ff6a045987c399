import path from 'node:path'
import type { Config } from '../config/config.js'
import { place } from '../findings/place.js'
import type { ActionInputs } from '../inputs/action-inputs.js'
import { scan } from '../pipeline.js'
import { policyFor } from '../policy/index.js'
import { smokeMatrix, workloadCollector } from '../smoke/matrix.js'
import type { Outcome } from './deliver.js'
import type { ActionEnv } from './env.js'

/** The whole repository (or `path` in it): workflow_dispatch, schedule, push. */
export async function scanRepository(env: ActionEnv, inputs: ActionInputs, config: Config): Promise<Outcome> {
  const collector = workloadCollector()
  const root = path.resolve(env.workspace, inputs.path)
  const policy = await policyFor({ root: path.resolve(env.workspace), paths: [root] }, config, undefined, env.now())
  const result = await scan({ root: env.workspace, paths: [root], config, policy, observeObject: collector.observe, observeFilter: inputs.runtimeCheck ? /kind/ : undefined, onFile: collector.onFile })
  const findings = place(result.findings, undefined, inputs.filterMode)
  return {
    mode: 'full',
    findings,
    filesScanned: result.filesScanned,
    truncated: result.truncated,
    notes: [],
    sha: env.sha,
    smokeMatrix: smokeMatrix({ build: inputs.buildCheck, runtime: inputs.runtimeCheck, findings, workloads: collector.workloads, dockerfiles: collector.dockerfiles }),
  }
}

