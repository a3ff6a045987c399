import { describe, it, expect, beforeAll, afterAll, beforeEach, afterEach } from '@jest/globals'
import { connect } from '../../src/github/octokit.js'
import { type GitHubPort } from '../../src/github/port.js'
import { checkExceptionApproval, exceptionChanges, parseTeam, type PullRequestInfo } from '../../src/policy/approval.js'
import { startGitHubApi, type FakeGitHub } from '../support/github-api-server.js'
import { EXCEPTION_ANNOTATIONS, daemonSet, policyConfig, recordsOf } from '../support/policy-tester.js'

const TOKEN = 'ghs_policyApprovalTest0123456789'
const LABEL = 'host-namespace-exception-approved'
const CENTRAL = '.github/host-namespace-exceptions.yml'

const workload = (annotations: Partial<typeof EXCEPTION_ANNOTATIONS> = {}) => [
  { path: 'k8s/node-exporter.yaml', text: daemonSet({ annotations: { ...EXCEPTION_ANNOTATIONS, ...annotations } }) },
]
const plain = [{ path: 'k8s/node-exporter.yaml', text: daemonSet({ labels: {}, annotations: {} }) }]
const central = (allow = 'hostNetwork', expires = '2025-12-31') => ({
  path: CENTRAL,
  text: `exceptions:\n  - {kind: DaemonSet, namespace: monitoring, name: node-exporter, allow: [${allow}], owner: team-observability, riskAcceptance: "SEC-123: reads statistics", expires: ${expires}}\n`,
})

describe('exceptionChanges', () => {
  it.each([
    [
      'a new annotation record',
      recordsOf(plain),
      recordsOf(workload()),
      ['DaemonSet/monitoring/node-exporter added: new exception allowing hostNetwork until 2025-12-31'],
    ],
    [
      'a new central record',
      recordsOf(plain),
      recordsOf(plain, central()),
      ['DaemonSet/monitoring/node-exporter added: new exception allowing hostNetwork until 2025-12-31'],
    ],
    [
      'a new allowed namespace',
      recordsOf(workload()),
      recordsOf(workload({ 'host-namespace-guard.io/allow': 'hostNetwork,hostPID' })),
      ['DaemonSet/monitoring/node-exporter widened: now also allows hostPID'],
    ],
    [
      'a later expiry',
      recordsOf(workload()),
      recordsOf(workload({ 'host-namespace-guard.io/expires': '2026-06-30' })),
      ['DaemonSet/monitoring/node-exporter widened: expiry moved from 2025-12-31 to 2026-06-30'],
    ],
    [
      'both',
      recordsOf(plain, central()),
      recordsOf(plain, central('hostNetwork, hostIPC', '2026-01-31')),
      ['DaemonSet/monitoring/node-exporter widened: now also allows hostIPC; expiry moved from 2025-12-31 to 2026-01-31'],
    ],
    [
      'a record moved to another namespace',
      recordsOf(workload()),
      recordsOf([{ path: 'k8s/node-exporter.yaml', text: daemonSet({ namespace: 'kube-system' }) }]),
      ['DaemonSet/kube-system/node-exporter added: new exception allowing hostNetwork until 2025-12-31'],
    ],
    [
      'an invalid new record (still an attempt)',
      recordsOf(plain),
      recordsOf(workload({ 'host-namespace-guard.io/expires': 'never' })),
      ['DaemonSet/monitoring/node-exporter added: new exception allowing hostNetwork'],
    ],
  ])('%s needs approval', (_name, base, head, expected) => {
    expect(exceptionChanges(base, head).map(c => `${c.workload} ${c.change}: ${c.details.join('; ')}`)).toEqual(expected)
  })

  it.each([
    ['no change', recordsOf(workload()), recordsOf(workload())],
    ['a narrower allow list', recordsOf(workload({ 'host-namespace-guard.io/allow': 'hostNetwork,hostPID' })), recordsOf(workload())],
    ['an earlier expiry', recordsOf(workload()), recordsOf(workload({ 'host-namespace-guard.io/expires': '2025-07-01' }))],
    [
      'a new owner and risk text',
      recordsOf(workload()),
      recordsOf(workload({ 'host-namespace-guard.io/owner': 'sre', 'host-namespace-guard.io/risk-acceptance': 'SEC-124: re-reviewed' })),
    ],
    ['a removed exception', recordsOf(workload()), recordsOf(plain)],
    ['a record moved from the annotations to the central file', recordsOf(workload()), recordsOf(plain, central())],
  ])('%s needs none', (_name, base, head) => {
    expect(exceptionChanges(base, head)).toEqual([])
  })
})

describe('parseTeam', () => {
  it.each([
    ['octo-org/platform-security', { org: 'octo-org', slug: 'platform-security' }],
    ['@octo-org/platform-security', { org: 'octo-org', slug: 'platform-security' }],
    ['platform-security', { org: 'acme', slug: 'platform-security' }],
  ])('%s', (team, expected) => expect(parseTeam(team, 'acme')).toEqual(expected))
})

describe('checkExceptionApproval against the GitHub API', () => {
  let fake: FakeGitHub
  let port: GitHubPort
  const config = policyConfig({ approval: { label: LABEL, team: 'acme/platform-security' } })
  const base = recordsOf(plain)
  const head = recordsOf(workload())
  const pr = (n: number): PullRequestInfo => ({ number: n, owner: 'acme', author: 'dev' })

  beforeAll(async () => {
    fake = await startGitHubApi({ owner: 'acme', repo: 'cluster' })
    fake.addTeamMember('acme', 'platform-security', 'sec-lead')
    fake.addTeamMember('acme', 'platform-security', 'dev')
    fake.addTeamMember('acme', 'platform-security', 'newcomer', { state: 'pending' })
  })
  afterAll(async () => {
    await fake.close()
  })
  beforeEach(() => {
    fake.clearLog()
    port = connect(TOKEN, { owner: 'acme', repo: 'cluster' }, { baseUrl: fake.url, retries: 0, retryAfterBaseValue: 1, writePacing: false })
  })
  afterEach(() => {
    expect(fake.violations).toEqual([])
  })

  it('needs no API call when nothing is added or widened', async () => {
    const p = fake.addPullRequest({ author: 'dev' })
    const result = await checkExceptionApproval(port, pr(p.number), head, head, config)
    expect(result).toMatchObject({ status: 'not-needed', findings: [] })
    expect(fake.requests).toEqual([])
  })

  it('denies without a token: nothing can prove an approval', async () => {
    const result = await checkExceptionApproval(undefined, pr(1), base, head, config)
    expect(result.status).toBe('unapproved')
    expect(result.findings.map(f => [f.ruleId, f.message])).toEqual([
      [
        'exception-unapproved',
        expect.stringMatching(/new exception allowing hostNetwork .*without approval: the approval could not be checked, .*without a github-token/),
      ],
    ])
    expect(fake.requests).toEqual([])
  })

  it('accepts the label applied by a member of the team', async () => {
    const p = fake.addPullRequest({ author: 'dev', labels: [{ name: LABEL, by: 'sec-lead' }] })
    const result = await checkExceptionApproval(port, pr(p.number), base, head, config)
    expect(result).toMatchObject({ status: 'approved', via: 'label', approvedBy: 'sec-lead', findings: [] })
    expect(result.message).toBe(
      'Exception changes approved: label "host-namespace-exception-approved" applied by sec-lead, a member of @acme/platform-security.',
    )
  })

  it('accepts an approving review by a member of the team', async () => {
    const p = fake.addPullRequest({ author: 'dev' })
    fake.addReview(p.number, { author: 'sec-lead', state: 'APPROVED' })
    const result = await checkExceptionApproval(port, pr(p.number), base, head, config)
    expect(result).toMatchObject({ status: 'approved', via: 'review', approvedBy: 'sec-lead' })
  })

  it('resolves a team without org to the repository owner', async () => {
    const p = fake.addPullRequest({ author: 'dev' })
    fake.addReview(p.number, { author: 'sec-lead', state: 'APPROVED' })
    const result = await checkExceptionApproval(port, pr(p.number), base, head, policyConfig({ approval: { label: LABEL, team: 'platform-security' } }))
    expect(result.status).toBe('approved')
    expect(fake.requestsFor('teams/get-membership-for-user-in-org').map(r => r.path)).toEqual(['/orgs/acme/teams/platform-security/memberships/sec-lead'])
  })

  it('fails without approval, saying exactly what to do', async () => {
    const p = fake.addPullRequest({ author: 'dev' })
    const result = await checkExceptionApproval(port, pr(p.number), base, head, config)
    expect(result.status).toBe('unapproved')
    expect(result.message).toBe(
      [
        'This pull request adds or widens host namespace exceptions:',
        '- DaemonSet/monitoring/node-exporter: new exception allowing hostNetwork until 2025-12-31',
        'They need approval from a member of @acme/platform-security. Either:',
        '1. a member of @acme/platform-security applies the label "host-namespace-exception-approved" to this pull request, or',
        '2. a member of @acme/platform-security approves this pull request in a review of its latest commit (an approval of an earlier commit does not count).',
        'Then re-run this check.',
      ].join('\n'),
    )
    expect(result.findings.map(f => [f.ruleId, f.severity, f.file, f.span.start.line, f.fieldPath, f.message])).toEqual([
      [
        'exception-unapproved',
        'error',
        'k8s/node-exporter.yaml',
        7,
        'metadata.labels.host-namespace-guard.io/exception',
        'DaemonSet/monitoring/node-exporter: new exception allowing hostNetwork until 2025-12-31, without approval: a member of @acme/platform-security must apply the label "host-namespace-exception-approved" or approve the pull request, then re-run the check.',
      ],
    ])
  })

  it.each([
    [
      'the label applied by someone outside the team',
      { labels: [{ name: LABEL, by: 'intern' }] },
      [],
      /The label "host-namespace-exception-approved" was applied by intern, who is not a member of @acme\/platform-security: remove it and have a member of @acme\/platform-security apply it\./,
    ],
    [
      'the label applied by the author, even a team member',
      { labels: [{ name: LABEL, by: 'dev' }] },
      [],
      /was applied by dev, the author of this pull request, who cannot approve their own exception/,
    ],
    ['the label applied by a pending member', { labels: [{ name: LABEL, by: 'newcomer' }] }, [], /applied by newcomer, who is not a member/],
    [
      'an approval by someone outside the team',
      {},
      [{ author: 'intern', state: 'APPROVED' as const }],
      /The approving review by intern does not count: only members of @acme\/platform-security approve exceptions\./,
    ],
    [
      'an approval later withdrawn with changes requested',
      {},
      [
        { author: 'sec-lead', state: 'APPROVED' as const },
        { author: 'sec-lead', state: 'CHANGES_REQUESTED' as const },
      ],
      /Then re-run this check\.$/,
    ],
    ['another label only', { labels: ['needs-review'] }, [], /Then re-run this check\.$/],
  ])('does not accept %s', async (_name, seed, reviews, note) => {
    const p = fake.addPullRequest({ author: 'dev', ...seed })
    for (const r of reviews) fake.addReview(p.number, r)
    const result = await checkExceptionApproval(port, pr(p.number), base, head, config)
    expect(result.status).toBe('unapproved')
    expect(result.message).toMatch(note)
    expect(result.findings).toHaveLength(1)
  })

  it('does not accept an approval of an earlier commit: a push after it needs a new approval', async () => {
    const p = fake.addPullRequest({ author: 'dev' })
    fake.addReview(p.number, { author: 'sec-lead', state: 'APPROVED', commitId: p.headSha })
    const pushed = 'c'.repeat(40)
    p.shas.push(pushed)
    p.headSha = pushed
    const stale = await checkExceptionApproval(port, { ...pr(p.number), headSha: pushed }, base, head, config)
    expect(stale.status).toBe('unapproved')
    expect(stale.findings).toHaveLength(1)
    // Without the run's sha the current head is read from the API: still stale.
    expect((await checkExceptionApproval(port, pr(p.number), base, head, config)).status).toBe('unapproved')
    fake.addReview(p.number, { author: 'sec-lead', state: 'APPROVED', commitId: pushed })
    expect(await checkExceptionApproval(port, { ...pr(p.number), headSha: pushed }, base, head, config)).toMatchObject({
      status: 'approved',
      via: 'review',
      approvedBy: 'sec-lead',
    })
  })

  it('re-checks the label on every run: removing it revokes the approval', async () => {
    const p = fake.addPullRequest({ author: 'dev', labels: [{ name: LABEL, by: 'sec-lead' }] })
    expect((await checkExceptionApproval(port, pr(p.number), base, head, config)).status).toBe('approved')
    fake.removeLabel(p.number, LABEL, 'sec-lead')
    expect((await checkExceptionApproval(port, pr(p.number), base, head, config)).status).toBe('unapproved')
  })

  it('treats a 403 on team membership (the default GITHUB_TOKEN) as "cannot verify", not a crash', async () => {
    const p = fake.addPullRequest({ author: 'dev', labels: [{ name: LABEL, by: 'sec-lead' }] })
    fake.addReview(p.number, { author: 'sec-lead', state: 'APPROVED' })
    fake.fail({ operationId: 'teams/get-membership-for-user-in-org' }, { status: 403, message: 'Resource not accessible by integration', times: Infinity })
    try {
      const result = await checkExceptionApproval(port, pr(p.number), base, head, config)
      expect(result.status).toBe('unapproved')
      expect(result.message).toMatch(/Cannot verify whether sec-lead is a member of @acme\/platform-security: GitHub refused to show who is a member/)
      expect(result.message).toMatch(
        /"Members: read".*GitHub App installation token or a personal access token passed as the github-token input; the default GITHUB_TOKEN cannot read it/,
      )
      expect(result.findings).toHaveLength(1)
      expect(result.findings[0]!.message).toMatch(
        /without approval: .*the default GITHUB_TOKEN cannot read it\. Until membership can be verified the exception stays unapproved\.$/,
      )
      // Asked once per user, not once per path.
      expect(fake.requestsFor('teams/get-membership-for-user-in-org')).toHaveLength(1)
    } finally {
      fake.clearFaults()
    }
  })

  it('still fails the run on other API errors while reading membership', async () => {
    const p = fake.addPullRequest({ author: 'dev', labels: [{ name: LABEL, by: 'sec-lead' }] })
    fake.fail({ operationId: 'teams/get-membership-for-user-in-org' }, { status: 500, times: Infinity })
    try {
      await expect(checkExceptionApproval(port, pr(p.number), base, head, config)).rejects.toMatchObject({ status: 500 })
    } finally {
      fake.clearFaults()
    }
  })

  it('fails when no approving team is configured, saying how to configure one', async () => {
    const p = fake.addPullRequest({ author: 'dev', labels: [{ name: LABEL, by: 'sec-lead' }] })
    const result = await checkExceptionApproval(port, pr(p.number), base, head, policyConfig())
    expect(result.status).toBe('unapproved')
    expect(result.message).toMatch(/no approving team is configured\. Set exceptions\.approval\.team \(org\/team-slug\)/)
    expect(fake.requests).toEqual([])
  })

  it('uses the configured label and follows the configured severity', async () => {
    const custom = policyConfig({ approval: { label: 'exception-ok', team: 'acme/platform-security' } })
    custom.rules['exception-unapproved'] = 'warning'
    const p = fake.addPullRequest({ author: 'dev', labels: [{ name: LABEL, by: 'sec-lead' }] })
    const result = await checkExceptionApproval(port, pr(p.number), base, head, custom)
    expect(result.status).toBe('unapproved')
    expect(result.message).toMatch(/applies the label "exception-ok"/)
    expect(result.findings.map(f => f.severity)).toEqual(['warning'])
    const p2 = fake.addPullRequest({ author: 'dev', labels: [{ name: 'Exception-OK', by: 'sec-lead' }] })
    expect((await checkExceptionApproval(port, pr(p2.number), base, head, custom)).status).toBe('approved')
  })
})
