import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { ActionEnv, AnnotationProperties } from '../../src/action/env.js'
import { connect, type ConnectOptions } from '../../src/github/octokit.js'

/**
 * An in-process ActionEnv over a workspace, recording what the step would print: the source-level
 * twin of runBundledAction (action-runner.ts), for runAction / run from src. With `apiUrl` (the
 * local API of github-api-server.ts) a token connects to it, with the port's knobs (timeouts,
 * retries) in `connect`; without it, connecting fails the test.
 */
export interface RecordedRun {
  env: ActionEnv
  outputs: Record<string, string>
  /** setFailed messages: the step fails when there is one. */
  failed: string[]
  /** info, notice, warning and error lines, prefixed with their level. */
  log: string[]
  /** notice, warning and error lines that carry a place: the annotations GitHub would show. */
  annotations: Array<{ level: 'notice' | 'warning' | 'error'; message: string; properties: AnnotationProperties }>
  /** The job summary Markdown, as appended. */
  summary: string
}

export interface RecordingEnvOptions {
  workspace: string
  eventName: string
  /** The webhook payload; `{}` by default. */
  event?: Record<string, unknown>
  inputs?: Record<string, string>
  /** owner/name; octo-org/hello-world (the name the webhook examples use) by default. */
  repository?: string
  /** GITHUB_SHA; forty zeros by default. */
  sha?: string
  /** GITHUB_REF_NAME; unset by default. */
  ref?: string
  /** RUNNER_TEMP; a new temporary directory by default. */
  tempDir?: string
  /** Base URL of the local GitHub API; without it `connect` throws. */
  apiUrl?: string
  connect?: ConnectOptions
  /** The clock; the real one by default. */
  now?: Date
}

export function recordingEnv(opts: RecordingEnvOptions): RecordedRun {
  const [owner = '', repo = ''] = (opts.repository ?? 'octo-org/hello-world').split('/')
  const rec: RecordedRun = { outputs: {}, failed: [], log: [], annotations: [], summary: '', env: undefined as unknown as ActionEnv }
  const annotate = (level: 'notice' | 'warning' | 'error') => (message: string, properties?: AnnotationProperties) => {
    rec.log.push(`${level}: ${message}`)
    if (properties && Object.keys(properties).length) rec.annotations.push({ level, message, properties })
  }
  rec.env = {
    getInput: name => opts.inputs?.[name] ?? '',
    setOutput: (name, value) => {
      rec.outputs[name] = value
    },
    setFailed: message => {
      rec.failed.push(message)
    },
    info: message => rec.log.push(`info: ${message}`),
    notice: annotate('notice'),
    warning: annotate('warning'),
    error: annotate('error'),
    appendSummary: async markdown => {
      rec.summary += markdown
    },
    eventName: opts.eventName,
    event: opts.event ?? {},
    repo: { owner, repo },
    sha: opts.sha ?? '0'.repeat(40),
    ...(opts.ref === undefined ? {} : { ref: opts.ref }),
    workspace: opts.workspace,
    tempDir: opts.tempDir ?? mkdtempSync(path.join(os.tmpdir(), 'hng-env-')),
    connect: token => {
      if (opts.apiUrl === undefined) throw new Error('no GitHub API in this test: pass apiUrl to recordingEnv')
      return connect(token, { owner, repo }, { baseUrl: opts.apiUrl, log: message => rec.log.push(`info: ${message}`), ...opts.connect })
    },
    now: () => opts.now ?? new Date(),
  }
  return rec
}
