import { describe, it, expect } from '@jest/globals'
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { useGitHubApi, type FakeGitHub } from '../support/github-api-server.js'
import { pullRequestEvent, runBundledAction, TestRepo, type ActionRun } from '../support/action-runner.js'

/**
 * Pull requests written by an attacker to turn a violation green, run through the bundled Action
 * against the OpenAPI-checked GitHub stand-in. Every one must end in a failing verdict (exit 1,
 * a failing check run) or a clear error, never exit 0.
 */
const TOKEN = 'ghs_hostileTestToken_0123456789abcdef'
const OWNER = 'octo-org'
const REPO = 'hello-world'
const CONFIG = '.github/host-namespace-guard.yml'
const pod = (name: string, flags: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n${flags}  containers:\n  - name: c\n    image: registry.example/${name}:1\n`

let fake: FakeGitHub
let nextPr = 900

useGitHubApi({ owner: OWNER, repo: REPO, actor: 'github-actions[bot]' }, started => (fake = started))

function openPullRequest(base: Record<string, string>, change: Record<string, string | null>, prepare?: (repo: TestRepo) => void) {
  const repo = new TestRepo()
  const baseSha = repo.commit(base, 'base')
  repo.write(change)
  prepare?.(repo)
  const headSha = repo.commit({}, 'pr change')
  const number = nextPr++
  const pull = fake.addPullRequest({ number, headSha, files: repo.pullFiles(baseSha, headSha) })
  pull.baseSha = baseSha
  const event = pullRequestEvent({ number, baseSha, headSha, owner: OWNER, repo: REPO })
  return { repo, baseSha, headSha, number, event }
}

function run(pr: { repo: TestRepo; headSha: string; event: Record<string, unknown> }, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runBundledAction({
    workspace: pr.repo.dir,
    eventName: 'pull_request',
    event: pr.event,
    inputs: { 'github-token': TOKEN, mode: 'auto', 'fail-on': 'error', comment: 'true', 'check-run': 'true', 'check-name': 'Host Namespace Guard', ...inputs },
    apiUrl: fake.url,
    sha: pr.headSha,
    repository: `${OWNER}/${REPO}`,
  })
}

const checkRunOf = (sha: string) => [...fake.state.checkRuns.values()].find(c => c.headSha === sha)!
const checkOf = (sha: string) => [...fake.state.checkRuns.values()].filter(c => c.headSha === sha).map(c => c.conclusion)
const reportOf = (r: ActionRun) => JSON.parse(readFileSync(r.outputs.report, 'utf8')) as { findings: Array<{ file: string; ruleId: string; message: string }> }
const rules = (r: ActionRun) => reportOf(r).findings.map(f => `${f.ruleId} ${f.file}`)

describe('a hostile pull request cannot turn a violation green (bundled dist/index.js)', () => {
  it.each(['deploy/my pod.yaml', 'deploy/tab\there.yaml', 'deploy/"quoted" \\ back.yaml', 'deploy/ünï cödé.yaml', 'deploy/-dash.yaml'])(
    'attack: a violation in a file named %j is found, and the check fails',
    async name => {
      const pr = openPullRequest({ 'README.md': 'x\n' }, { [name]: pod('p', '  hostNetwork: true\n') })
      const r = await run(pr)
      expect(r.code).toBe(1)
      expect(rules(r)).toEqual([`host-network ${name}`])
      expect(checkOf(pr.headSha)).toEqual(['failure'])
    },
  )

  it('attack: a file named with Markdown, HTML and a mention is found, and its name is escaped in the summary', async () => {
    const name = 'deploy/<img src=x onerror=alert(1)> [x](javascript:alert) @octo-org/admins #1.yaml'
    const pr = openPullRequest({ 'README.md': 'x\n' }, { [name]: pod('p', '  hostNetwork: true\n') })
    const r = await run(pr)
    expect(r.code).toBe(1)
    expect(rules(r)).toEqual([`host-network ${name}`])
    const check = [...fake.state.checkRuns.values()].find(c => c.headSha === pr.headSha)!
    // The annotation's path is a field, not Markdown, and must stay the exact name.
    expect(check.output?.annotations?.map(a => a.path)).toEqual([name])
    for (const text of [r.summary, check.output?.summary ?? '']) {
      expect(text).not.toContain('<img')
      expect(text).not.toContain('](javascript:alert)')
      expect(text).not.toContain('@octo-org/admins')
    }
  })

  it('attack: a diff over 64 MiB plus a config that turns the rule off: git still reads the diff, and the base config judges', async () => {
    const pr = openPullRequest(
      { 'README.md': 'x\n' },
      { 'deploy/pod.yaml': pod('p', '  hostNetwork: true\n'), [CONFIG]: 'rules:\n  host-network: off\n' },
      repo => {
        writeFileSync(path.join(repo.dir, 'blob.txt'), ('y'.repeat(99) + '\n').repeat(690_000))
      },
    )
    const r = await run(pr)
    expect(r.code).toBe(1)
    expect(rules(r)).toContain('host-network deploy/pod.yaml')
    expect(r.summary).toContain('changes the Host Namespace Guard configuration')
    expect(checkOf(pr.headSha)).toEqual(['failure'])
  }, 180_000)

  it('attack: without git history the config still comes from the base commit (through the API), not from the pull request', async () => {
    const pr = openPullRequest({ 'README.md': 'x\n' }, { 'deploy/pod.yaml': pod('p', '  hostNetwork: true\n'), [CONFIG]: 'rules:\n  host-network: off\n' })
    rmSync(path.join(pr.repo.dir, '.git'), { recursive: true, force: true })
    fake.addFile(pr.headSha, CONFIG, 'rules:\n  host-network: off\n')
    const r = await run(pr)
    expect(r.code).toBe(1)
    expect(rules(r)).toEqual(['host-network deploy/pod.yaml'])
    expect(r.summary).toContain('read from the base commit through the GitHub API')
    expect(fake.requestsFor('repos/get-content').map(q => q.query.ref)).toContain(pr.baseSha)
  })

  it('attack: more files than the API lists (3,001) fails the check as incomplete-scan when git cannot list them', async () => {
    const pr = openPullRequest({ 'README.md': 'x\n' }, { 'deploy/ok.yaml': pod('ok', '') })
    const many = Array.from({ length: 3001 }, (_, i) => ({ filename: `docs/page-${i}.md`, status: 'added' as const, patch: '@@ -0,0 +1 @@\n+x' }))
    const pull = fake.addPullRequest({ number: nextPr++, headSha: pr.headSha, files: many })
    pull.baseSha = pr.baseSha
    const event = pullRequestEvent({ number: pull.number, baseSha: pr.baseSha, headSha: pr.headSha, owner: OWNER, repo: REPO })
    const r = await run({ ...pr, event }, { 'diff-source': 'api' })
    expect(r.code).toBe(1)
    const capped = reportOf(r).findings.filter(f => f.ruleId === 'incomplete-scan')
    expect(capped.map(f => f.file)).toEqual([''])
    expect(capped[0].message).toMatch(/at most 3000 files/)
    expect(checkRunOf(pr.headSha).output.summary).toContain('| \\(whole run\\) | **scan** GitHub lists at most 3000 files')
    expect(checkRunOf(pr.headSha).output.summary).toMatch(/\| error \| incomplete-scan \|$/m)
    expect(checkOf(pr.headSha)).toEqual(['failure'])
  }, 120_000)

  it('attack: a config committed as a link to /proc/self/environ leaks nothing and does not judge the PR', async () => {
    const pr = openPullRequest({ 'README.md': 'x\n' }, { 'deploy/pod.yaml': pod('p', '  hostNetwork: true\n') }, repo => {
      mkdirSync(path.join(repo.dir, '.github'), { recursive: true })
      symlinkSync('/proc/self/environ', path.join(repo.dir, CONFIG))
    })
    const r = await run(pr)
    expect(r.code).toBe(1)
    // The link itself is a changed file that leads out of the repository: reported, not read.
    expect(rules(r)).toEqual(['incomplete-scan .github/host-namespace-guard.yml', 'host-network deploy/pod.yaml'])
    expect(r.stdout + r.stderr).not.toContain('GITHUB_EVENT_PATH')
    expect((r.stdout + r.stderr).replace(/^::add-mask::.*$/gm, '')).not.toContain(TOKEN)
  })

  it('attack: a manifest turned into a link out of the repository is reported, not skipped', async () => {
    const pr = openPullRequest({ 'deploy/pod.yaml': pod('p', '') }, { 'deploy/pod.yaml': null }, repo => {
      mkdirSync(path.join(repo.dir, 'deploy'), { recursive: true })
      symlinkSync('/etc/hostname', path.join(repo.dir, 'deploy/pod.yaml'))
    })
    const r = await run(pr)
    expect(r.code).toBe(1)
    expect(reportOf(r).findings.map(f => [f.ruleId, f.file, f.message])).toEqual([
      ['incomplete-scan', 'deploy/pod.yaml', 'deploy/pod.yaml is a symbolic link that leads outside the repository: not followed.'],
    ])
  })
})
