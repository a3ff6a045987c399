import { loadConfig } from '../config/load.js'
import { withRenderInputs } from '../inputs/render-inputs.js'
import { readInputs } from '../inputs/action-inputs.js'
import type { ActionEnv } from './env.js'
import { FULL_EVENTS, PR_EVENTS } from './event.js'
import { deliver } from './deliver.js'
import { publishReport } from './publish.js'
import { exceptionsReport } from './exceptions-report.js'
import { reviewPullRequest } from './review-pull-request.js'
import { fullScan } from './full-scan.js'

/** Everything `run()` does after inputs are read; the only place that picks a mode. */
export async function runAction(env: ActionEnv): Promise<void> {
  const inputs = readInputs(env.getInput)
  const mode = inputs.mode === 'auto' ? modeForEvent(env.eventName) : inputs.mode
  if (mode === undefined) {
    env.notice(
      `Host Namespace Guard has nothing to do on "${env.eventName}" events: it reviews pull_request / pull_request_target / pull_request_review and scans on workflow_dispatch, schedule and push. Set mode: full to scan anyway.`,
    )
    for (const [k, v] of Object.entries({ findings: '0', 'new-findings': '0', failing: '0', failed: 'false', counts: '{}', 'smoke-matrix': '{"include":[]}' }))
      env.setOutput(k, v)
    return
  }
  const port = inputs.token ? env.connect(inputs.token) : undefined
  // A pull request's working tree is the PR's: its config is read from the base commit instead
  // (reviewPullRequest). Other modes run on a trusted ref, whose checkout is the policy.
  if (mode === 'pr') return deliver(await reviewPullRequest(env, inputs, port), inputs, env, port)
  const config = withRenderInputs((await loadConfig(env.workspace, inputs.config)).config, inputs)
  if (mode === 'publish') return publishReport(env, inputs, config, port)
  if (mode === 'exceptions-report') return exceptionsReport(env, inputs, config, port)
  const outcome = await fullScan(env, inputs, config)
  await deliver(outcome, inputs, env, port)
}

export function modeForEvent(eventName: string): 'pr' | 'full' | 'publish' | undefined {
  if (PR_EVENTS.has(eventName)) return 'pr'
  if (FULL_EVENTS.has(eventName)) return 'full'
  if (eventName === 'workflow_run') return 'publish'
  return undefined
}
