import { describe, it, expect } from '@jest/globals'
import { defaultConfig } from '../../src/config/config.js'
import { scanFileText } from '../../src/engine/scan-file.js'
import { fingerprint } from '../../src/findings/fingerprint.js'
import { groupForComments } from '../../src/findings/group.js'
import { place } from '../../src/findings/place.js'
import type { FileType } from '../../src/model.js'
import { draftKey, exceptionDraft } from '../../src/policy/exception-draft.js'
import { fingerprintsIn, reviewComment, shareSuggestionLines } from '../../src/report/review-comment.js'
import { registry } from '../../src/rules/index.js'

/** Review comments for every finding of a file that the pull request adds whole, grouped as the review groups them. */
function comments(path: string, text: string, type: FileType, namespaces: string[] = []) {
  const scanned = scanFileText({ path, text, type }, { rules: registry, severityOf: () => 'error', facts: { exceptions: true } })
  const placed = place(fingerprint(scanned.findings), new Map([[path, 'whole-file' as const]]), 'added')
  const config = defaultConfig()
  config.exceptions.namespaces = namespaces
  const drafts = new Map(
    scanned.facts.workloads.flatMap(w => {
      const d = exceptionDraft(w, scanned.facts.networkPolicies, config)
      return d ? [[draftKey({ file: w.file, document: w.resource.document, display: w.resource.display }), d] as const] : []
    }),
  )
  const groups = groupForComments(placed)
  const leads = shareSuggestionLines(groups.map(g => g[0]!))
  return groups.map((g, i) => {
    const lead = leads[i]!
    return reviewComment(
      [lead, ...g.slice(1)],
      registry.get(lead.ruleId),
      text,
      undefined,
      drafts.get(draftKey({ file: path, document: lead.resource.document, display: lead.resource.display })),
    )
  })
}

const suggestionOf = (body: string) => /```suggestion\n([\s\S]*?)\n```/.exec(body)?.[1]

describe('one comment per workload and cause', () => {
  it('one comment with one suggestion for two fields on one line (flow map)', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {hostNetwork: true, hostPID: yes, containers: []}\n'
    const [only, ...rest] = comments('pod.yaml', text, 'kubernetes')
    expect(rest).toEqual([])
    expect(suggestionOf(only.body)).toBe('spec: {hostNetwork: false, hostPID: false, containers: []}')
    expect(only.fingerprints).toHaveLength(2)
    expect(fingerprintsIn(only.body)).toEqual(only.fingerprints)
    expect(only.line).toBe(4)
  })

  it('one comment for two flags of one command', () => {
    const text = '#!/bin/sh\ndocker run --network host --pid=host img\n'
    const [only, ...rest] = comments('run.sh', text, 'shell')
    expect(rest).toEqual([])
    expect(suggestionOf(only.body)).toBe('docker run img')
  })

  it('one comment with one multi-line suggestion for adjacent fields of one pod', () => {
    const text =
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostNetwork: true\n  dnsPolicy: ClusterFirstWithHostNet\n  hostPID: true\n  containers: []\n'
    const [only, ...rest] = comments('pod.yaml', text, 'kubernetes')
    expect(rest).toEqual([])
    expect(suggestionOf(only.body)).toBe('  hostNetwork: false\n  dnsPolicy: ClusterFirstWithHostNet\n  hostPID: false')
    expect({ startLine: only.startLine, line: only.line }).toEqual({ startLine: 5, line: 7 })
    expect(only.body).toContain('**Shares the host network and PID namespaces** (`host-network`, `host-pid`, error)')
  })

  it('two comments for two workloads, and for fields of one workload far apart', () => {
    const pod = (name: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}}\nspec:\n  hostNetwork: true\n  containers: []\n`
    expect(comments('pods.yaml', `${pod('a')}---\n${pod('b')}`, 'kubernetes')).toHaveLength(2)
    const far = `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostNetwork: true\n${'  # filler\n'.repeat(5)}  hostIPC: true\n  containers: []\n`
    expect(comments('pod.yaml', far, 'kubernetes')).toHaveLength(2)
  })
})

describe('comment text for the file type', () => {
  const daemonSet =
    'apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: agent\n  namespace: monitoring\nspec:\n  template:\n    metadata: {labels: {app: agent}}\n    spec:\n      hostNetwork: true\n      hostPID: true\n      containers:\n      - name: c\n        image: i\n        securityContext: {runAsNonRoot: true, allowPrivilegeEscalation: false}\n'

  it('Kubernetes: the pod risk and fix, and a pre-filled exception record with the controls it meets and lacks', () => {
    const [c] = comments('ds.yaml', daemonSet, 'kubernetes', ['monitoring'])
    expect(c.body).toContain('DaemonSet/monitoring/agent shares the host network and PID namespaces (lines 10–11).')
    expect(c.body).toContain('bypasses NetworkPolicy')
    expect(c.body).toContain('**Fix:** Set hostNetwork to false')
    expect(c.body).toContain('<details><summary>Need an exception?</summary>')
    expect(c.body).toContain('    host-namespace-guard.io/exception: "true"')
    expect(c.body).toContain('    host-namespace-guard.io/allow: hostNetwork,hostPID\n')
    expect(c.body).toContain('    host-namespace-guard.io/owner: <team that owns the risk>')
    expect(c.body).toContain('already meets: `runAsNonRoot`, `allowPrivilegeEscalation`.')
    expect(c.body).toContain('lacks, without which the exception is refused (`exception-missing-control`): `capabilities.drop`, `NetworkPolicy`.')
    expect(c.body).toContain('Exceptions are honoured in its namespace `monitoring`.')
  })

  it('Dockerfile: the build risk and fix, no Kubernetes words and no exception block', () => {
    const [c] = comments('Dockerfile', 'FROM alpine\nRUN --network=host apk add curl\n', 'dockerfile')
    expect(c.body).toContain("reaches the builder's localhost services")
    expect(c.body).toContain('**Fix:** Remove --network=host from the RUN')
    expect(c.body).not.toMatch(/NetworkPolicy|hostNetwork|compose|exception/i)
  })

  it('compose: the container risk and the compose fix, no exception block', () => {
    const [c] = comments('compose.yaml', 'services:\n  web:\n    image: nginx\n    network_mode: host\n', 'compose')
    expect(c.body).toContain("outside Docker's network isolation")
    expect(c.body).toContain('**Fix:** Remove network_mode: host (or build.network: host)')
    expect(c.body).not.toMatch(/NetworkPolicy|hostNetwork|Need an exception/)
  })

  it('script: the container risk and the command-line fix, no exception block', () => {
    const [c] = comments('run.sh', '#!/bin/sh\ndocker run --pid=host img\n', 'shell')
    expect(c.body).toContain('sees every process of the host')
    expect(c.body).toContain('**Fix:** Drop --pid host.')
    expect(c.body).not.toMatch(/hostPID|Need an exception/)
  })

  it('a parse error: what, the rule, its remediation, no exception block', () => {
    const [c] = comments('pod.yaml', 'apiVersion: v1\nkind: Pod\nspec: {hostNetwork: true\n', 'kubernetes')
    expect(c.body).toContain('`parse-error`')
    expect(c.body).not.toContain('Need an exception')
  })
})
