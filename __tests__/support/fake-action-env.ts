import os from 'node:os'
import type { ActionEnv } from '../../src/action/env.js'

export interface FakeActionEnv extends ActionEnv {
  outputs: Record<string, string>
  failed: string[]
  log: string[]
}

/**
 * An ActionEnv for in-process runs (src/action/run.ts) with no GitHub token: inputs from a
 * record, outputs, failures and log lines kept for the test to read. `connect` is never called
 * without a token.
 */
export function fakeActionEnv(opts: { workspace: string; eventName: string; event?: Record<string, unknown>; inputs: Record<string, string>; sha?: string; tempDir?: string }): FakeActionEnv {
  const outputs: Record<string, string> = {}
  const failed: string[] = []
  const log: string[] = []
  return {
    outputs,
    failed,
    log,
    getInput: name => opts.inputs[name] ?? '',
    setOutput: (name, value) => void (outputs[name] = value),
    setFailed: message => void failed.push(message),
    info: message => void log.push(`info: ${message}`),
    warning: message => void log.push(`warning: ${message}`),
    error: message => void log.push(`error: ${message}`),
    notice: message => void log.push(`notice: ${message}`),
    appendSummary: async () => {},
    eventName: opts.eventName,
    event: opts.event ?? {},
    repo: { owner: 'octo-org', repo: 'hello-world' },
    sha: opts.sha ?? '0'.repeat(40),
    workspace: opts.workspace,
    tempDir: opts.tempDir ?? os.tmpdir(),
    connect: () => {
      throw new Error('no GitHub API in this test')
    },
    now: () => new Date('2026-01-15T00:00:00Z'),
  }
}
