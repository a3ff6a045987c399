import { describe, it, expect } from '@jest/globals'
import { checkExceptionApproval, type ApprovalPort } from '../../src/policy/approval.js'
import { EXCEPTION_ANNOTATIONS, daemonSet, policyConfig, recordsOf } from '../support/policy-tester.js'

/**
 * The approval paths against the schema-checked GitHub API are in __tests__/policy/approval.test.ts;
 * this table pins the rule's findings with an in-memory port.
 */
const LABEL = 'host-namespace-exception-approved'
const config = policyConfig({ approval: { label: LABEL, team: 'acme/security' } })
const file = (annotations: Partial<typeof EXCEPTION_ANNOTATIONS> | null, host?: string[]) => [
  {
    path: 'k8s/agent.yaml',
    text:
      annotations === null ? daemonSet({ labels: {}, annotations: {}, host }) : daemonSet({ host, annotations: { ...EXCEPTION_ANNOTATIONS, ...annotations } }),
  },
]

function port(state: { labels?: Record<string, string>; approvals?: string[]; members?: string[] }): ApprovalPort {
  return {
    pullRequestLabels: async () => Object.keys(state.labels ?? {}),
    labelAppliedBy: async (_pr, label) => state.labels?.[label],
    approvedBy: async () => state.approvals ?? [],
    isTeamMember: async (_org, _team, user) => (state.members ?? []).includes(user),
  }
}

const cases: Array<{
  name: string
  base: ReturnType<typeof file>
  head: ReturnType<typeof file>
  state: Parameters<typeof port>[0]
  findings: Array<{ line: number; message: RegExp }>
}> = [
  { name: 'unchanged exception', base: file({}), head: file({}), state: {}, findings: [] },
  {
    name: 'narrowed exception',
    base: file({ 'host-namespace-guard.io/allow': 'hostNetwork,hostPID' }, ['hostNetwork', 'hostPID']),
    head: file({}),
    state: {},
    findings: [],
  },
  { name: 'added, approved by label', base: file(null), head: file({}), state: { labels: { [LABEL]: 'lead' }, members: ['lead'] }, findings: [] },
  { name: 'added, approved by review', base: file(null), head: file({}), state: { approvals: ['lead'], members: ['lead'] }, findings: [] },
  {
    name: 'added, no approval',
    base: file(null),
    head: file({}),
    state: {},
    findings: [
      {
        line: 7,
        message:
          /DaemonSet\/monitoring\/node-exporter: new exception allowing hostNetwork until 2025-12-31, without approval: a member of @acme\/security must apply the label "host-namespace-exception-approved" or approve the pull request/,
      },
    ],
  },
  {
    name: 'widened, label by an outsider',
    base: file({}),
    head: file({ 'host-namespace-guard.io/allow': 'hostNetwork,hostPID' }, ['hostNetwork', 'hostPID']),
    state: { labels: { [LABEL]: 'intern' }, members: ['lead'] },
    findings: [{ line: 7, message: /now also allows hostPID, without approval/ }],
  },
  {
    name: 'expiry extended, approval by an outsider',
    base: file({}),
    head: file({ 'host-namespace-guard.io/expires': '2027-01-01' }),
    state: { approvals: ['intern'], members: ['lead'] },
    findings: [{ line: 7, message: /expiry moved from 2025-12-31 to 2027-01-01, without approval/ }],
  },
]

describe('exception-unapproved', () => {
  it.each(cases.map(c => [c.name, c] as const))('%s', async (_name, c) => {
    const result = await checkExceptionApproval(port(c.state), { number: 1, owner: 'acme', author: 'dev' }, recordsOf(c.base), recordsOf(c.head), config)
    expect(result.findings.map(f => ({ line: f.span.start.line, message: f.message }))).toEqual(
      c.findings.map(f => ({ line: f.line, message: expect.stringMatching(f.message) })),
    )
    expect(result.findings.every(f => f.ruleId === 'exception-unapproved' && f.file === 'k8s/agent.yaml')).toBe(true)
  })
})
