import { DEFAULT_CONFIG_PATH } from '../config/config.js'
import { ACTION_REF } from '../version.js'

/**
 * The files `init` writes: the workflows (a pull-request review that is a required check, a full
 * scan on demand, the monthly exceptions review; or the fork-safe pair) and a first config made
 * from what the repository holds. Pure text, so tests lint exactly what a user gets.
 */

export interface RepositoryShape {
  /** Namespaces whose workloads share a host namespace today: candidates for exceptions.namespaces. */
  hostNamespaces: string[]
  /** Folders holding a Chart.yaml. */
  charts: string[]
  /** Folders holding a kustomization. */
  overlays: string[]
  /** Vendored, generated or test-data folders that are not the repository's own deployments. */
  excluded: string[]
}

export interface InitFile {
  path: string
  text: string
}

const PR_TRIGGERS = `  pull_request:
    # the default three, plus the label events: adding or removing the approval label re-runs the check
    types: [opened, synchronize, reopened, labeled, unlabeled]
  pull_request_review:
    types: [submitted, dismissed]   # an approving review, given or dismissed, re-runs the check too`

const CHECKOUT = `      - uses: actions/checkout@v4
        with:
          fetch-depth: 0   # lets the check diff with git`

/**
 * One workflow: review and required check on pull requests, a full scan on demand, the monthly
 * review. Without pull requests (the fork-safe setup reviews them in two stages), the last two.
 */
export function reviewWorkflow({ pullRequests }: { pullRequests: boolean }): InitFile {
  const head = pullRequests
    ? `# Written by host-namespace-guard init. Make the check run "Host Namespace Guard" a required
# status check in the branch protection rule (or ruleset) of the default branch.
name: Host Namespace Guard
on:
${PR_TRIGGERS}`
    : `# Written by host-namespace-guard init --fork-safe: the full scan on demand and the monthly
# exceptions review (pull requests are reviewed by the two host-namespace-guard-scan/-publish workflows).
name: Host Namespace Guard
on:`
  return {
    path: '.github/workflows/host-namespace-guard.yml',
    text: `${head}
  workflow_dispatch:   # a full scan of the repository
  schedule:
    - cron: "0 8 1 * *"   # monthly: the exceptions review
# Label and review events can come together: one run at a time per pull request updates the check.
concurrency:
  group: host-namespace-guard-\${{ github.event.pull_request.number || github.ref }}
  cancel-in-progress: false
permissions:
  contents: read
jobs:
  guard:
    if: github.event_name != 'schedule'
    runs-on: ubuntu-latest
    permissions:
      contents: read
      pull-requests: write    # the review and its inline comments
      checks: write           # the check run to require
      security-events: write  # the SARIF upload to code scanning
    steps:
${CHECKOUT}
      - uses: ${ACTION_REF}
        with:
          check-name: Host Namespace Guard
          sarif-file: host-namespace-guard.sarif
      - uses: github/codeql-action/upload-sarif@v3
        if: always() && hashFiles('host-namespace-guard.sarif') != ''
        with:
          sarif_file: host-namespace-guard.sarif
  exceptions-review:
    if: github.event_name == 'schedule' || github.event_name == 'workflow_dispatch'
    runs-on: ubuntu-latest
    permissions:
      contents: read
      issues: write   # one tracking issue, updated each month
    steps:
      - uses: actions/checkout@v4
      - uses: ${ACTION_REF}
        with:
          mode: exceptions-report
`,
  }
}

/**
 * The fork-safe pair: stage 1 scans the pull request's code with a read-only token and leaves its
 * report; stage 2 publishes it with a write token and never checks out pull-request code.
 */
export function forkSafeWorkflows(): InitFile[] {
  return [
    {
      path: '.github/workflows/host-namespace-guard-scan.yml',
      text: `# Written by host-namespace-guard init --fork-safe. Stage 1: runs on the pull request's code with a
# read-only token. Make its job "scan" the required status check: the published check is built
# from this run's report.
name: host-namespace-guard-scan   # stage 2 follows this workflow by name
on:
${PR_TRIGGERS}
permissions:
  contents: read
jobs:
  scan:
    runs-on: ubuntu-latest
    steps:
${CHECKOUT}
      - uses: ${ACTION_REF}
        with:
          comment: "false"
          check-run: "false"
          json-report: guard-report.json
      - uses: actions/upload-artifact@v4
        if: always()
        with:
          name: guard-report
          path: guard-report.json
`,
    },
    {
      path: '.github/workflows/host-namespace-guard-publish.yml',
      text: `# Written by host-namespace-guard init --fork-safe. Stage 2: trusted, with a write token; it only
# reads the report stage 1 left and never checks out or runs pull-request code.
name: host-namespace-guard-publish
on:
  workflow_run:
    workflows: [host-namespace-guard-scan]
    types: [completed]
permissions:
  contents: read
jobs:
  publish:
    runs-on: ubuntu-latest
    if: github.event.workflow_run.event == 'pull_request' || github.event.workflow_run.event == 'pull_request_review'
    permissions:
      actions: read          # the artifact of the stage 1 run
      pull-requests: write   # the review
      checks: write          # the check run
    steps:
      - uses: actions/download-artifact@v4
        with:
          name: guard-report
          run-id: \${{ github.event.workflow_run.id }}
          github-token: \${{ github.token }}
      - uses: ${ACTION_REF}
        with:
          mode: publish
          report-file: guard-report.json
`,
    },
    reviewWorkflow({ pullRequests: false }),
  ]
}

const yamlString = (s: string) => JSON.stringify(s)

/** The first config: what the repository holds, proposed in comments where it is a decision to make. */
export function initialConfig(shape: RepositoryShape): InitFile {
  const lines = [
    '# Written by host-namespace-guard init. Reference: the README\'s "Configuration" section.',
    '# Deny by default: a workload that shares a host namespace fails the check unless it has an',
    '# approved exception, and an exception is honoured only in a namespace listed below.',
    'paths:',
  ]
  if (shape.excluded.length) {
    lines.push("  exclude:   # not the repository's own deployments")
    for (const folder of shape.excluded) lines.push(`    - ${yamlString(`${folder}/**`)}`)
  } else lines.push('  exclude: []')
  lines.push('exceptions:')
  if (shape.hostNamespaces.length) {
    lines.push(
      '  # These namespaces hold workloads that share a host namespace today. List here only the ones',
      '  # dedicated to node agents (CNI, log shippers, node exporters); the others should not need it.',
      '  namespaces: []',
      ...shape.hostNamespaces.map(ns => `  #  - ${yamlString(ns)}`),
    )
  } else lines.push('  namespaces: []   # namespaces dedicated to node agents that may hold exceptions')
  lines.push(
    '  warnDays: 30',
    '  approval:',
    '    label: host-namespace-exception-approved',
    '    # team: platform-security   # who approves; reading membership needs a token with Members: read',
  )
  if (shape.charts.length || shape.overlays.length) {
    lines.push('# Helm charts and Kustomize overlays found (rendered by the scan when helm and kubectl are on PATH):')
    for (const chart of shape.charts) lines.push(`#   chart: ${chart}`)
    for (const overlay of shape.overlays) lines.push(`#   overlay: ${overlay}`)
  }
  return { path: DEFAULT_CONFIG_PATH, text: lines.join('\n') + '\n' }
}
