/**
 * This repository's GitHub workflows: they parse, they stay read-only, no untrusted value reaches a
 * shell through `${{ }}`, and the commands smoke.yml builds from a matrix entry are ones the CLI
 * accepts. The scripts run here with fake `node` and `sudo`; the real kind run happens on GitHub.
 */
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { parseAllDocuments } from 'yaml'
import { runCli } from '../../src/cli/main.js'

type Step = { name?: string; if?: string; run?: string; uses?: string; with?: Record<string, unknown> }
type Job = {
  if?: string
  env?: Record<string, string>
  steps?: Step[]
  permissions?: Record<string, string>
  strategy?: { matrix?: unknown }
  uses?: string
  with?: Record<string, unknown>
}
type Workflow = { on: Record<string, any>; permissions?: Record<string, string>; jobs: Record<string, Job> }

const DIR = path.resolve('.github/workflows')
const files = readdirSync(DIR)
  .filter(f => /\.ya?ml$/.test(f))
  .sort()

function load(file: string): Workflow {
  const docs = parseAllDocuments(readFileSync(path.join(DIR, file), 'utf8'))
  if ('empty' in docs || docs.length !== 1) throw new Error(`${file}: expected one YAML document`)
  const [doc] = docs
  expect(doc.errors.map(e => e.message)).toEqual([])
  expect(doc.warnings.map(e => e.message)).toEqual([])
  return doc.toJS() as Workflow
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'hng-workflows-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('workflows', () => {
  it('are the four this repository needs', () => {
    expect(files).toEqual(['check-dist.yml', 'ci.yml', 'codeql.yml', 'smoke.yml'])
  })

  it.each(files)('%s parses, is read-only at the top, and never runs fork code with secrets', file => {
    const w = load(file)
    expect(w.permissions).toEqual({ contents: 'read' })
    expect(Object.keys(w.on)).not.toContain('pull_request_target')
    const text = readFileSync(path.join(DIR, file), 'utf8')
    expect(text).not.toMatch(/\$\{\{\s*secrets\./)
    for (const [id, job] of Object.entries(w.jobs)) {
      expect((job as { secrets?: unknown }).secrets).toBeUndefined()
      for (const [scope, level] of Object.entries(job.permissions ?? {})) {
        // Only CodeQL writes (its alerts).
        if (level === 'write') expect(`${file}:${id}:${scope}`).toBe('codeql.yml:analyze:security-events')
      }
      for (const step of job.steps ?? []) {
        // Values from events, inputs and matrices reach scripts only through env.
        if (step.run) expect({ step: step.name, run: step.run }).toEqual({ step: step.name, run: expect.not.stringMatching(/\$\{\{/) })
        // Third-party actions are pinned to a commit; GitHub's own to a major version.
        if (step.uses && !step.uses.startsWith('./')) expect(step.uses).toMatch(/^(actions|github)\/[\w/-]+@v\d+$|^[\w-]+\/[\w/-]+@[0-9a-f]{40}$/)
      }
    }
  })

  it('ci.yml runs the tests with podman, and the Action on examples/ with a verify step and a gated smoke job', () => {
    const w = load('ci.yml')
    expect(Object.keys(w.on).sort()).toEqual(['pull_request', 'push'])
    const runs = (job: string) => (w.jobs[job].steps ?? []).map(s => s.run ?? s.uses)
    expect(runs('test')).toEqual([
      'actions/checkout@v4',
      'actions/setup-node@v4',
      'sudo bash .ci/setup-podman.sh',
      'npm ci --no-audit --no-fund',
      'npm run build',
      'npm run lint',
      'npm run format:check',
      expect.stringContaining('npm test'),
    ])
    const guard = w.jobs['test-action'].steps!.find(s => s.uses === './')!
    expect(guard.with).toMatchObject({ mode: 'full', path: 'examples', 'fail-on': 'never' })
    expect(runs('test-action')).toContain('node .github/scripts/verify-action-outputs.mjs')
    expect(w.jobs.smoke).toMatchObject({ uses: './.github/workflows/smoke.yml', if: 'fromJSON(needs.test-action.outputs.smoke-matrix).include[0]' })
  })

  it('smoke.yml is reusable and dispatchable with a matrix input, and runs one job per entry', () => {
    const w = load('smoke.yml')
    for (const trigger of ['workflow_call', 'workflow_dispatch']) {
      expect(w.on[trigger].inputs.matrix).toMatchObject({ type: 'string', required: true })
      expect(w.on[trigger].inputs.engine.default).toBe('podman')
    }
    const job = w.jobs.smoke
    expect(job.strategy?.matrix).toBe('${{ fromJSON(inputs.matrix) }}')
    expect(job.if).toBe('fromJSON(inputs.matrix).include[0]')
    expect(job.permissions).toEqual({ contents: 'read' })
    const kind = job.steps!.find(s => s.uses?.startsWith('helm/kind-action@'))!
    expect(kind.with).toMatchObject({ cluster_name: 'hng-smoke' })
  })
})

describe('smoke.yml command construction', () => {
  const w = load('smoke.yml')
  const job = w.jobs.smoke
  const step = (check: string, name: string) => job.steps!.find(s => s.if === `matrix.check == '${check}'` && s.name === name)!

  /** Runs a step's script the way the runner does (bash -eo pipefail) with `node` and `sudo` faked; returns each node argv. */
  function runScript(script: string, env: Record<string, string>): string[][] {
    const bin = mkdtempSync(path.join(tmp, 'bin-'))
    const out = path.join(bin, 'argv')
    writeFileSync(path.join(bin, 'node'), '#!/bin/sh\nfor a in "$@"; do printf "%s\\0" "$a"; done >> "$HNG_ARGV_OUT"\nprintf "\\n" >> "$HNG_ARGV_OUT"\n')
    writeFileSync(path.join(bin, 'sudo'), '#!/bin/sh\nprintf "sudo\\0" >> "$HNG_ARGV_OUT"\nexec "$@"\n')
    chmodSync(path.join(bin, 'node'), 0o755)
    chmodSync(path.join(bin, 'sudo'), 0o755)
    writeFileSync(out, '')
    const file = path.join(bin, 'step.sh')
    writeFileSync(file, script)
    execFileSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', file], {
      cwd: tmp,
      env: { PATH: `${bin}:${process.env.PATH}`, HNG_ARGV_OUT: out, ...env },
    })
    return readFileSync(out, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map(l => l.split('\0').filter(Boolean))
  }

  /** The job env for one matrix entry: the expressions the runner would substitute, literals kept. */
  function jobEnv(values: Record<string, string>): Record<string, string> {
    const env: Record<string, string> = {}
    for (const [k, v] of Object.entries(job.env ?? {})) env[k] = /\$\{\{/.test(v) ? (values[k] ?? '') : v
    return env
  }

  /** The CLI accepts every option: with a file that does not exist, the only complaint is the file. */
  async function acceptedByCli(argv: string[], what: string) {
    let stderr = ''
    const code = await runCli(argv, { cwd: tmp, stdout: () => undefined, stderr: s => void (stderr += s), isTTY: false })
    expect({ code, stderr }).toEqual({ code: 2, stderr: expect.stringContaining(`${what} not found: `) })
  }

  // A hostile file name: it must arrive as one argument and never be run.
  const hostile = 'app $(touch pwned)/Dockerfile'

  it('builds with rootful podman through sudo, the file name as one argument', async () => {
    const calls = runScript(step('build', 'Build check').run!, jobEnv({ CHECK: 'build', DOCKERFILE: hostile, CONTEXT: 'app $(touch pwned)', ENGINE: 'podman' }))
    expect(calls).toEqual([['sudo', 'dist/cli/index.js', 'build-check', hostile, '--engine', 'podman', '--timeout', '1200', '--context', 'app $(touch pwned)']])
    await acceptedByCli(calls[0].slice(calls[0].indexOf('build-check')), 'Dockerfile')
    expect(readdirSync(tmp)).not.toContain('pwned')
  })

  it('builds with docker as the runner user, without a context when the entry has none', async () => {
    const calls = runScript(step('build', 'Build check').run!, jobEnv({ DOCKERFILE: 'Dockerfile', ENGINE: 'docker' }))
    expect(calls).toEqual([['dist/cli/index.js', 'build-check', 'Dockerfile', '--engine', 'docker', '--timeout', '1200']])
    await acceptedByCli(calls[0].slice(1), 'Dockerfile')
  })

  it('runs the runtime check on kind with the sidecar probe image, and the image override when given', async () => {
    const plain = runScript(step('runtime', 'Runtime check').run!, jobEnv({ MANIFEST: 'k8s/web.yaml' }))
    expect(plain).toEqual([
      ['dist/cli/index.js', 'runtime-check', 'k8s/web.yaml', '--engine', 'kind', '--probe-image', 'docker.io/library/busybox:1.36.1', '--timeout', '600'],
    ])
    await acceptedByCli(plain[0].slice(1), 'manifest')
    const image = runScript(step('runtime', 'Runtime check').run!, jobEnv({ MANIFEST: hostile, IMAGE: 'docker.io/library/busybox:1.36.1' }))
    expect(image[0].slice(1)).toEqual([
      'runtime-check',
      hostile,
      '--engine',
      'kind',
      '--probe-image',
      'docker.io/library/busybox:1.36.1',
      '--timeout',
      '600',
      '--image',
      'docker.io/library/busybox:1.36.1',
    ])
    await acceptedByCli(image[0].slice(1), 'manifest')
    expect(readdirSync(tmp)).not.toContain('pwned')
  })

  it("passes the entry's allow list (what honoured exceptions allow) as one argument", async () => {
    const allow = 'DaemonSet/monitoring/agent=hostNetwork,hostPID DaemonSet/monitoring/exporter=hostNetwork'
    const calls = runScript(step('runtime', 'Runtime check').run!, jobEnv({ MANIFEST: 'k8s/agents.yaml', ALLOW: allow }))
    expect(calls[0]!.slice(-2)).toEqual(['--allow', allow])
    await acceptedByCli(calls[0]!.slice(1), 'manifest')
  })
})
