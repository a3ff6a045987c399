/**
 * What a workflow that runs this Action needs to work as copied: the token permissions each step
 * uses, the events the exception-approval loop listens to, and the `workflow_run` names that link
 * the two stages of the fork-safe setup. Each rule comes from GitHub's documentation of the API a
 * step calls; `requirementProblems` returns one line per unmet need, naming the job and step.
 */
import { readFileSync } from 'node:fs'
import { parseAllDocuments } from 'yaml'

type Permissions = Record<string, string> | 'read-all' | 'write-all' | undefined
type Step = { name?: string; uses?: string; run?: string; with?: Record<string, unknown> }
type Job = { if?: string; permissions?: Permissions; steps?: Step[] }
export type Workflow = { name?: string; on?: unknown; permissions?: Permissions; jobs?: Record<string, Job> }

export interface DocumentedWorkflow {
  /** `README.md:141`: the file and the line of the block's first YAML line. */
  source: string
  text: string
  workflow: Workflow
}

/** The ```yaml blocks of Markdown files that are whole workflows (an `on:` and `jobs:`). */
export function documentedWorkflows(files: string[]): DocumentedWorkflow[] {
  const found: DocumentedWorkflow[] = []
  for (const file of files) {
    const lines = readFileSync(file, 'utf8').split('\n')
    for (let i = 0; i < lines.length; i++) {
      if (!/^```ya?ml\s*$/.test(lines[i]!)) continue
      const start = i + 1
      let end = start
      while (end < lines.length && !/^```\s*$/.test(lines[end]!)) end++
      const text = lines.slice(start, end).join('\n') + '\n'
      i = end
      const docs = parseAllDocuments(text)
      if ('empty' in docs || docs.length !== 1 || docs[0]!.errors.length) continue
      const value = docs[0]!.toJS() as unknown
      if (value && typeof value === 'object' && 'on' in value && 'jobs' in value)
        found.push({ source: `${file}:${start + 1}`, text, workflow: value as Workflow })
    }
  }
  return found
}

/** The events a workflow triggers on, with their `types` when listed (undefined = GitHub's default types). */
export function triggers(workflow: Workflow): Map<string, string[] | undefined> {
  const on = workflow.on
  const events = new Map<string, string[] | undefined>()
  if (typeof on === 'string') events.set(on, undefined)
  else if (Array.isArray(on)) for (const event of on) events.set(String(event), undefined)
  else if (on && typeof on === 'object') {
    for (const [event, config] of Object.entries(on)) {
      const types = config && typeof config === 'object' && 'types' in config ? (config.types as string[]) : undefined
      events.set(event, types)
    }
  }
  return events
}

const GUARD = /^(host-namespace-guard\/host-namespace-guard@|\.\/?$)/
/** pull_request's default types are opened, synchronize and reopened; the approval loop also needs the label events. */
export const PULL_REQUEST_TYPES = ['opened', 'synchronize', 'reopened', 'labeled', 'unlabeled']
export const REVIEW_TYPES = ['submitted', 'dismissed']

function granted(permissions: Permissions, scope: string, level: 'read' | 'write'): boolean {
  if (permissions === 'write-all') return true
  if (permissions === 'read-all') return level === 'read'
  const given = permissions?.[scope]
  return given === 'write' || (level === 'read' && given === 'read')
}

/** One line per need a workflow does not meet; `named` holds the other workflows by name, the ones it may follow. */
export function requirementProblems(workflow: Workflow, named: ReadonlyMap<string, Workflow>): string[] {
  const problems: string[] = []
  const events = triggers(workflow)
  for (const [jobId, job] of Object.entries(workflow.jobs ?? {})) {
    // A job's own permissions replace the workflow's entirely.
    const permissions = job.permissions ?? workflow.permissions
    const need = (step: Step, scope: string, level: 'read' | 'write', why: string) => {
      if (!granted(permissions, scope, level)) problems.push(`job ${jobId}, step ${step.name ?? step.uses}: needs ${scope}: ${level} (${why})`)
    }
    for (const step of job.steps ?? []) {
      const uses = step.uses ?? ''
      if (uses.startsWith('github/codeql-action/upload-sarif@')) need(step, 'security-events', 'write', 'uploading SARIF to code scanning')
      if (uses.startsWith('actions/download-artifact@') && step.with?.['run-id']) need(step, 'actions', 'read', 'downloading another run’s artifact')
      if (!GUARD.test(uses)) continue
      const mode = String(step.with?.mode ?? 'auto')
      const reviewsPullRequests = (mode === 'auto' || mode === 'pr') && (events.has('pull_request') || events.has('pull_request_target'))
      if (mode === 'publish' || (reviewsPullRequests && String(step.with?.comment ?? 'true') !== 'false'))
        need(step, 'pull-requests', 'write', 'the review and its comments')
      if (mode === 'publish' || (reviewsPullRequests && String(step.with?.['check-run'] ?? 'true') !== 'false')) need(step, 'checks', 'write', 'the check run')
      if (mode === 'exceptions-report') need(step, 'issues', 'write', 'the tracking issue of the monthly review')
      if (reviewsPullRequests) {
        const types = events.get('pull_request') ?? events.get('pull_request_target') ?? ['opened', 'synchronize', 'reopened']
        const missing = PULL_REQUEST_TYPES.filter(t => !types.includes(t))
        if (missing.length) problems.push(`on.pull_request.types lacks ${missing.join(', ')} (an approval label added or removed must re-run the check)`)
        const reviewTypes = events.has('pull_request_review') ? (events.get('pull_request_review') ?? ['submitted', 'edited', 'dismissed']) : []
        const missingReview = REVIEW_TYPES.filter(t => !reviewTypes.includes(t))
        if (missingReview.length)
          problems.push(`on.pull_request_review.types lacks ${missingReview.join(', ')} (an approving review given or dismissed must re-run the check)`)
      }
    }
  }
  const followed = (workflow.on as { workflow_run?: { workflows?: string[] } } | undefined)?.workflow_run?.workflows ?? []
  for (const name of followed) {
    const first = named.get(name)
    if (!first) {
      problems.push(`on.workflow_run.workflows names "${name}", which no workflow is called (set its name:)`)
      continue
    }
    // A job gated on the first stage's event must let every event of the first stage through.
    for (const [jobId, job] of Object.entries(workflow.jobs ?? {})) {
      if (!job.if?.includes('workflow_run.event')) continue
      for (const event of triggers(first).keys()) {
        if (!job.if.includes(`'${event}'`)) problems.push(`job ${jobId}: its if skips "${name}" runs triggered by ${event}`)
      }
    }
  }
  return problems
}
