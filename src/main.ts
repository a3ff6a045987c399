import * as core from '@actions/core'
import { readFileSync } from 'node:fs'
import os from 'node:os'
import type { ActionEnv } from './action/env.js'
import { runAction } from './action/run.js'
import { connect } from './github/octokit.js'

/** The real surroundings: @actions/core and the runner's environment (the only importer of core). */
export function actionEnv(): ActionEnv {
  const [owner = '', repo = ''] = (process.env.GITHUB_REPOSITORY ?? '').split('/')
  const eventPath = process.env.GITHUB_EVENT_PATH
  let event: Record<string, unknown> = {}
  if (eventPath) {
    try {
      event = JSON.parse(readFileSync(eventPath, 'utf8')) as Record<string, unknown>
    } catch (err) {
      throw new Error(`cannot read the event payload ${eventPath}: ${(err as Error).message}`, { cause: err })
    }
  }
  return {
    getInput: name => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    setFailed: message => core.setFailed(message),
    info: message => core.info(message),
    warning: (message, properties) => core.warning(message, properties),
    error: (message, properties) => core.error(message, properties),
    notice: (message, properties) => core.notice(message, properties),
    appendSummary: async markdown => {
      if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown, true).write()
    },
    eventName: process.env.GITHUB_EVENT_NAME ?? '',
    event,
    repo: { owner, repo },
    sha: process.env.GITHUB_SHA ?? '',
    ...(process.env.GITHUB_REF_NAME ? { ref: process.env.GITHUB_REF_NAME } : {}),
    ...(process.env.GITHUB_SERVER_URL ? { serverUrl: process.env.GITHUB_SERVER_URL } : {}),
    workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
    tempDir: process.env.RUNNER_TEMP ?? os.tmpdir(),
    // The token was masked when run() started (maskToken), before anything could print it.
    connect: token => connect(token, { owner, repo }, { log: message => core.info(message) }),
    now: () => new Date(),
  }
}

/** The Action's one try/catch: any error becomes a failed step with its message. */
export async function run(env?: ActionEnv): Promise<void> {
  let e: ActionEnv | undefined = env
  try {
    // Before anything can print: an error message, an echoed file or a debug line that held
    // the token would otherwise reach the log unmasked.
    if (!env) maskToken()
    e ??= actionEnv()
    await runAction(e)
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    if (e) e.setFailed(message)
    else core.setFailed(message)
  }
}

function maskToken(): void {
  const token = core.getInput('github-token')
  if (token) core.setSecret(token)
}
