import { describe, it, expect } from '@jest/globals'
import { runAction } from '../../src/action/run.js'
import { pullRequestEvent, TestRepo } from '../support/action-runner.js'
import { recordingEnv } from '../support/action-env.js'

/** A pull request reviewed in-process from git alone (no token: annotations and outputs only). */
async function review(base: Record<string, string>, change: Record<string, string>) {
  const repo = new TestRepo()
  const baseSha = repo.commit(base, 'base')
  const headSha = repo.commit(change, 'pr change')
  const event = pullRequestEvent({ number: 7, baseSha, headSha, owner: 'octo-org', repo: 'hello-world' })
  const rec = recordingEnv({
    workspace: repo.dir,
    eventName: 'pull_request',
    event,
    sha: headSha,
    inputs: { 'fail-on': 'error' },
    now: new Date('2026-01-15T00:00:00Z'),
  })
  await runAction(rec.env)
  return rec
}

describe('pull request review of files with lone CR line breaks', () => {
  it("attack: a lone CR above the change shifts our lines off git's, and must not let the new finding pass as old", async () => {
    const pod = (comment: string, flag: string) => `apiVersion: v1\n# ${comment}\nkind: Pod\nmetadata: {name: p}\nspec:\n${flag}  containers: []\n`
    const env = await review({ 'pod.yaml': pod('a\r# b', '') }, { 'pod.yaml': pod('a\r# b', '  hostNetwork: true\n') })
    expect(env.outputs).toMatchObject({ 'new-findings': '1', failing: '1', failed: 'true' })
    expect(env.failed).toEqual([expect.stringMatching(/^1 new finding\(s\)/)])
  })

  it('attack: a CR-only manifest (one line to git) still fails on its new finding', async () => {
    const pod = (flag: string) => `apiVersion: v1\rkind: Pod\rmetadata: {name: p}\rspec:\r${flag}  containers: []\r`
    const env = await review({ 'pod.yaml': pod('') }, { 'pod.yaml': pod('  hostPID: true\r') })
    expect(env.outputs).toMatchObject({ 'new-findings': '1', failing: '1', failed: 'true' })
  })

  it("still places an LF file's finding by line: an old one on an unchanged line is not new", async () => {
    const pod = (name: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}}\nspec:\n  hostIPC: true\n  containers: []\n`
    const env = await review({ 'pod.yaml': pod('p') }, { 'pod.yaml': pod('q') })
    expect(env.outputs).toMatchObject({ findings: '1', 'new-findings': '0', failed: 'false' })
  })
})
