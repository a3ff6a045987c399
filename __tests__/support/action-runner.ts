import { spawn, execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

const require = createRequire(import.meta.url)

/** Real webhook payloads (@octokit/webhooks-examples), adjusted to point at our test repository. */
export function webhookExample(event: string, action?: string): Record<string, unknown> {
  const all = require('@octokit/webhooks-examples/api.github.com/index.json') as Array<{ name: string; examples: Array<Record<string, unknown>> }>
  const found = all.find(e => e.name === event)?.examples.find(x => action === undefined || x.action === action)
  if (!found) throw new Error(`no ${event}/${action} example`)
  return structuredClone(found)
}

export function pullRequestEvent(opts: {
  number: number
  baseSha: string
  headSha: string
  owner: string
  repo: string
  fork?: boolean
}): Record<string, unknown> {
  const event = webhookExample('pull_request', 'opened') as { pull_request: Record<string, any>; repository: Record<string, any> }
  const full = `${opts.owner}/${opts.repo}`
  event.pull_request.number = opts.number
  event.pull_request.base.sha = opts.baseSha
  event.pull_request.base.repo.full_name = full
  event.pull_request.head.sha = opts.headSha
  event.pull_request.head.repo.full_name = opts.fork ? `someone/${opts.repo}` : full
  event.repository.full_name = full
  return event
}

/** A git repository made for the test, with real commits. */
export class TestRepo {
  readonly dir = mkdtempSync(path.join(os.tmpdir(), 'hng-repo-'))
  constructor() {
    this.git('init', '-q', '-b', 'main')
    this.git('config', 'user.email', 'test@example.invalid')
    this.git('config', 'user.name', 'Test')
    this.git('config', 'commit.gpgsign', 'false')
  }
  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 })
  }
  write(files: Record<string, string | null>): void {
    for (const [file, text] of Object.entries(files)) {
      const full = path.join(this.dir, file)
      if (text === null) this.git('rm', '-q', file)
      else {
        mkdirSync(path.dirname(full), { recursive: true })
        writeFileSync(full, text)
      }
    }
  }
  commit(files: Record<string, string | null>, message = 'change'): string {
    this.write(files)
    this.git('add', '-A')
    // The repository's own (unique) folder in the message: two tests that commit the same files in
    // the same second would otherwise get the same sha, and the API stand-in, keyed by sha, would
    // hand one test the other's check runs.
    this.git('commit', '-q', '--allow-empty', '-m', message, '-m', `test repository ${path.basename(this.dir)}`)
    return this.git('rev-parse', 'HEAD').trim()
  }
  /** What GitHub's pulls.listFiles returns for base...head: status and per-file patch. */
  pullFiles(
    base: string,
    head: string,
  ): Array<{ filename: string; status: 'added' | 'removed' | 'modified' | 'renamed'; patch?: string; previous_filename?: string }> {
    const out: Array<{ filename: string; status: 'added' | 'removed' | 'modified' | 'renamed'; patch?: string; previous_filename?: string }> = []
    const names = this.git('diff', '--name-status', '-M', `${base}...${head}`).trim().split('\n').filter(Boolean)
    for (const line of names) {
      const [code, a, b] = line.split('\t')
      const status = code.startsWith('R') ? 'renamed' : code === 'A' ? 'added' : code === 'D' ? 'removed' : 'modified'
      const filename = status === 'renamed' ? b : a
      const diff = this.git('diff', '-M', `${base}...${head}`, '--', ...(status === 'renamed' ? [a, b] : [a]))
      const at = diff.indexOf('\n@@')
      out.push({
        filename,
        status,
        ...(at === -1 ? {} : { patch: diff.slice(at + 1).replace(/\n$/, '') }),
        ...(status === 'renamed' ? { previous_filename: a } : {}),
      })
    }
    return out
  }
}

export interface ActionRun {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
}

/**
 * Runs the bundled dist/index.js exactly as a runner does: INPUT_* variables, the event payload
 * file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and GITHUB_API_URL.
 */
export async function runBundledAction(opts: {
  workspace: string
  eventName: string
  event: Record<string, unknown>
  inputs: Record<string, string>
  apiUrl: string
  sha: string
  repository: string
}): Promise<ActionRun> {
  // HNG_BUNDLE: a bundle built elsewhere (ncc build src/index.ts -o /tmp/x), to try source changes
  // through this runner without rebuilding the committed dist/.
  const bundle = path.resolve(process.env.HNG_BUNDLE ?? 'dist/index.js')
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run npm run build`)
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'hng-runner-'))
  const eventPath = path.join(tmp, 'event.json')
  const outputPath = path.join(tmp, 'output')
  const summaryPath = path.join(tmp, 'summary.md')
  writeFileSync(eventPath, JSON.stringify(opts.event))
  writeFileSync(outputPath, '')
  writeFileSync(summaryPath, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmp,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: opts.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_API_URL: opts.apiUrl,
    GITHUB_REPOSITORY: opts.repository,
    GITHUB_SHA: opts.sha,
    GITHUB_WORKSPACE: opts.workspace,
    RUNNER_TEMP: tmp,
  }
  for (const [name, value] of Object.entries(opts.inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  const child = spawn(process.execPath, [bundle], { cwd: opts.workspace, env })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', d => (stdout += d))
  child.stderr.on('data', d => (stderr += d))
  const code = await new Promise<number>(resolve => child.on('close', c => resolve(c ?? -1)))
  return { code, stdout, stderr, outputs: parseOutputs(readFileSync(outputPath, 'utf8')), summary: readFileSync(summaryPath, 'utf8') }
}

/** GITHUB_OUTPUT uses heredoc-style `name<<DELIM` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i])
    if (!m) continue
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i])
    out[m[1]] = value.join('\n')
  }
  return out
}
