import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { ActionEnv } from '../../src/action/env.js'
import { connect, type ConnectOptions } from '../../src/github/octokit.js'

/**
 * An ActionEnv over a workspace and a local GitHub API, recording what the step would print: the
 * source-level twin of runBundledAction (action-runner.ts), for runs that need the port's knobs
 * (timeouts, retries) turned down to test speed.
 */
export interface RecordedRun {
  env: ActionEnv
  outputs: Record<string, string>
  /** setFailed messages: the step fails when there is one. */
  failed: string[]
  /** info, notice, warning and error lines, prefixed with their level. */
  log: string[]
  summary: string
}

export function recordingEnv(opts: {
  workspace: string
  eventName: string
  event: Record<string, unknown>
  inputs: Record<string, string>
  repository: string
  sha: string
  apiUrl: string
  connect?: ConnectOptions
}): RecordedRun {
  const [owner = '', repo = ''] = opts.repository.split('/')
  const tempDir = mkdtempSync(path.join(os.tmpdir(), 'hng-env-'))
  const rec: RecordedRun = {
    outputs: {},
    failed: [],
    log: [],
    summary: '',
    env: {
      getInput: name => opts.inputs[name] ?? '',
      setOutput: (name, value) => {
        rec.outputs[name] = value
      },
      setFailed: message => {
        rec.failed.push(message)
      },
      info: message => rec.log.push(`info: ${message}`),
      notice: message => rec.log.push(`notice: ${message}`),
      warning: message => rec.log.push(`warning: ${message}`),
      error: message => rec.log.push(`error: ${message}`),
      appendSummary: async markdown => {
        rec.summary += markdown
      },
      eventName: opts.eventName,
      event: opts.event,
      repo: { owner, repo },
      sha: opts.sha,
      workspace: opts.workspace,
      tempDir,
      connect: token => connect(token, { owner, repo }, { baseUrl: opts.apiUrl, log: message => rec.log.push(`info: ${message}`), ...opts.connect }),
      now: () => new Date(),
    },
  }
  return rec
}
