import { describe, it, expect } from '@jest/globals'
import type { Finding } from '../../src/model.js'
import { assess, daysUntil } from '../../src/policy/evaluate.js'
import { place } from '../../src/findings/place.js'
import { judgeFindings } from '../../src/findings/verdict.js'

/** The run's own verdict on a finding of a whole-tree scan (every finding new). */
const isFailing = (f: Finding, failOn: 'error') => judgeFindings(place([f], undefined, 'added'), { failOn, failOnPreexisting: false })[0].failing
import {
  EXCEPTION_ANNOTATIONS,
  TODAY,
  daemonSet,
  networkPolicy,
  only,
  policyConfig,
  runPolicy,
  withPolicy,
  type DaemonSetOptions,
  type PolicyFile,
} from '../support/policy-tester.js'

const summary = (findings: Finding[]) => findings.map(f => `${f.ruleId}${f.suppression ? ' (suppressed)' : ''}`).sort()

const expiring = (date: string, warnDays?: number, today = TODAY) =>
  runPolicy({
    files: withPolicy(daemonSet({ annotations: { ...EXCEPTION_ANNOTATIONS, 'host-namespace-guard.io/expires': date } })),
    today,
    config: policyConfig(warnDays ? { warnDays } : {}),
  })

describe('covered findings', () => {
  it('are kept, marked suppressed with justification and owner, and do not fail the run', () => {
    const found = runPolicy({ files: withPolicy(daemonSet()) })
    expect(summary(found)).toEqual(['host-network (suppressed)'])
    expect(found[0].suppression).toEqual({
      kind: 'exception',
      justification: 'SEC-123: node exporter reads host network statistics',
      owner: 'team-observability',
      expires: '2025-12-31',
      source: 'workload.yaml:7',
    })
    expect(isFailing(found[0], 'error')).toBe(false)
  })

  it('cover only the host namespaces the record allows', () => {
    const found = runPolicy({ files: withPolicy(daemonSet({ host: ['hostNetwork', 'hostPID'] })) })
    expect(summary(found)).toEqual(['host-network (suppressed)', 'host-pid'])
  })

  it('do not cover a non-boolean "true", which Kubernetes rejects', () => {
    const found = runPolicy({ files: withPolicy(daemonSet().replace('hostNetwork: true', 'hostNetwork: "true"')) })
    expect(summary(found)).toEqual(['exception-unnecessary', 'host-network'])
  })

  it('cover each item of a List and each document separately', () => {
    const covered = daemonSet()
      .replace(/^(?=.)/gm, '    ')
      .replace(/^ {4}apiVersion/, '  - apiVersion')
    const uncovered = daemonSet({ name: 'other', labels: {}, annotations: {}, templateLabels: '{app: other}' })
      .replace(/^(?=.)/gm, '    ')
      .replace(/^ {4}apiVersion/, '  - apiVersion')
    const list = `apiVersion: v1\nkind: List\nitems:\n${covered}${uncovered}---\n${daemonSet({ name: 'third' })}`
    const found = runPolicy({ files: withPolicy(list, networkPolicy({ podSelector: '{}' })) })
    expect(found.map(f => `${f.resource.display} ${f.ruleId}${f.suppression ? ' (suppressed)' : ''}`).sort()).toEqual([
      'DaemonSet/monitoring/node-exporter host-network (suppressed)',
      'DaemonSet/monitoring/other host-network',
      'DaemonSet/monitoring/third host-network (suppressed)',
    ])
  })

  it('are not produced for rules turned off, and follow configured severities', () => {
    const config = policyConfig()
    config.rules['exception-missing-control'] = 'off'
    config.rules['exception-unnecessary'] = 'error'
    const found = runPolicy({ config, files: [{ path: 'w.yaml', text: daemonSet({ host: [], containers: [{ securityContext: null }] }) }] })
    expect(found.map(f => [f.ruleId, f.severity])).toEqual([['exception-unnecessary', 'error']])
  })
})

describe('expiry (injected clock: 2025-06-01)', () => {
  it.each([
    ['yesterday', '2025-05-31', undefined, ['exception-expired', 'host-network'], /expired on 2025-05-31 \(1 day ago\)/],
    ['a year ago', '2024-06-01', undefined, ['exception-expired', 'host-network'], /\(365 days ago\)/],
    ['today, the last day it applies', '2025-06-01', undefined, ['exception-expiring', 'host-network (suppressed)'], /expires today/],
    ['tomorrow', '2025-06-02', undefined, ['exception-expiring', 'host-network (suppressed)'], /expires in 1 day,/],
    ['at the window edge (30 days)', '2025-07-01', undefined, ['exception-expiring', 'host-network (suppressed)'], /in 30 days/],
    ['one day past the window', '2025-07-02', undefined, ['host-network (suppressed)'], undefined],
    ['at a configured window edge (7 days)', '2025-06-08', 7, ['exception-expiring', 'host-network (suppressed)'], /in 7 days/],
    ['past a configured window (8 days)', '2025-06-09', 7, ['host-network (suppressed)'], undefined],
  ])('expiring %s', (_name, date, warnDays, expected, message) => {
    const found = expiring(date, warnDays)
    expect(summary(found)).toEqual(expected)
    const dated = found.find(f => f.ruleId.startsWith('exception-'))
    if (message) {
      expect(dated?.message).toMatch(message)
      expect(dated?.span.start.line).toBe(12)
      expect(dated?.fieldPath).toBe('metadata.annotations.host-namespace-guard.io/expires')
    }
  })

  it('counts whole UTC days, whatever the time of day', () => {
    expect(daysUntil('2025-06-01', new Date(Date.UTC(2025, 5, 1, 0, 0, 0)))).toBe(0)
    expect(daysUntil('2025-06-01', new Date(Date.UTC(2025, 5, 1, 23, 59, 59)))).toBe(0)
    expect(daysUntil('2025-05-31', new Date(Date.UTC(2025, 5, 1, 0, 0, 1)))).toBe(-1)
    // Across a daylight-saving change in local time zones, still whole days.
    expect(daysUntil('2025-11-02', new Date(Date.UTC(2025, 2, 1)))).toBe(246)
  })

  it('the same record on two clocks: covered on the expiry day, failing the day after', () => {
    const files = withPolicy(daemonSet({ annotations: { ...EXCEPTION_ANNOTATIONS, 'host-namespace-guard.io/expires': '2025-06-01' } }))
    expect(runPolicy({ files, today: new Date(Date.UTC(2025, 5, 1)) }).filter(f => isFailing(f, 'error'))).toEqual([])
    expect(summary(runPolicy({ files, today: new Date(Date.UTC(2025, 5, 2)) }).filter(f => isFailing(f, 'error')))).toEqual([
      'exception-expired',
      'host-network',
    ])
  })
})

describe('dedicated namespaces', () => {
  it.each([
    [
      'another namespace',
      { namespace: 'apps' },
      ['monitoring'],
      /DaemonSet\/apps\/node-exporter is in namespace "apps", where exceptions are not honoured: exceptions.namespaces lists "monitoring"/,
      5,
    ],
    [
      'no namespace written',
      { namespace: null },
      ['monitoring'],
      /does not set metadata.namespace, so it lands in the namespace of whoever applies it \("default" for kubectl without -n\)/,
      6,
    ],
    ['no namespace listed', {}, [], /exceptions.namespaces lists none/, 5],
  ])('%s: not honoured', (_name, options, namespaces, message, line) => {
    const np = networkPolicy({ podSelector: '{}', namespace: (options as { namespace?: string | null }).namespace })
    const found = runPolicy({ files: withPolicy(daemonSet(options), np), config: policyConfig({ namespaces }) })
    expect(summary(found)).toEqual(['exception-outside-allowed-namespace', 'host-network'])
    const f = only('exception-outside-allowed-namespace', found)[0]
    expect(f.message).toMatch(message)
    expect(f.span.start.line).toBe(line)
  })

  it('honours a workload without namespace only when "default" is listed', () => {
    const files = withPolicy(daemonSet({ namespace: null }), networkPolicy({ namespace: null }))
    expect(summary(runPolicy({ files, config: policyConfig({ namespaces: ['default'] }) }))).toEqual(['host-network (suppressed)'])
  })
})

describe('compensating controls', () => {
  const controls = (o: Parameters<typeof daemonSet>[0], files?: (w: string) => PolicyFile[]) => {
    const w = daemonSet(o)
    return only('exception-missing-control', runPolicy({ files: files ? files(w) : withPolicy(w) })).map(f => f.message)
  }

  it.each([
    [
      'nothing set',
      { containers: [{ name: 'agent', securityContext: null }] },
      [
        /container "agent" .* may run as root/,
        /container "agent" .* does not drop all capabilities/,
        /container "agent" .* does not disallow privilege escalation/,
      ],
    ],
    [
      'runAsNonRoot false',
      { containers: [{ securityContext: '{runAsNonRoot: false, allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}' }] },
      [/sets runAsNonRoot: false/],
    ],
    [
      'runAsUser 0',
      { containers: [{ securityContext: '{runAsUser: 0, runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}' }] },
      [/runs as root \(runAsUser: 0\)/],
    ],
    ['pod-level runAsUser 0 under a container runAsNonRoot', { podSecurityContext: '{runAsUser: 0}' }, [/runs as root/]],
    [
      'drop lists only NET_RAW',
      { containers: [{ securityContext: '{runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities: {drop: [NET_RAW]}}' }] },
      [/does not drop all capabilities/],
    ],
    [
      'drop all in lower case (not what the kubelet and PSS read)',
      { containers: [{ securityContext: '{runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities: {drop: [all]}}' }] },
      [/does not drop all capabilities/],
    ],
    [
      'privilege escalation allowed',
      { containers: [{ securityContext: '{runAsNonRoot: true, allowPrivilegeEscalation: true, capabilities: {drop: [ALL]}}' }] },
      [/allows privilege escalation/],
    ],
    [
      'an init container without controls',
      { initContainers: [{ name: 'setup', securityContext: null }] },
      [/init container "setup"/, /init container "setup"/, /init container "setup"/],
    ],
  ])('%s', (_name, options, expected) => {
    expect(controls(options)).toEqual(expected.map(m => expect.stringMatching(m)))
  })

  it.each([
    [
      'pod-level runAsNonRoot',
      { podSecurityContext: '{runAsNonRoot: true}', containers: [{ securityContext: '{allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}' }] },
    ],
    [
      'pod-level non-zero runAsUser',
      { podSecurityContext: '{runAsUser: 65534}', containers: [{ securityContext: '{allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}' }] },
    ],
    [
      'container runAsUser overriding a root pod',
      {
        podSecurityContext: '{runAsUser: 0}',
        containers: [{ securityContext: '{runAsUser: 1000, allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}' }],
      },
    ],
    ['YAML 1.1 booleans', { containers: [{ securityContext: '{runAsNonRoot: yes, allowPrivilegeEscalation: off, capabilities: {drop: [ALL]}}' }] }],
  ])('accepts %s', (_name, options) => {
    expect(controls(options)).toEqual([])
  })

  it('names the container and points at its name', () => {
    const found = only(
      'exception-missing-control',
      runPolicy({
        files: withPolicy(daemonSet({ containers: [{ name: 'ok' }, { name: 'bad', securityContext: '{runAsNonRoot: true, capabilities: {drop: [ALL]}}' }] })),
      }),
    )
    expect(found.map(f => [f.span.start.line, f.fieldPath])).toEqual([[23, 'spec.template.spec.containers[1].securityContext.allowPrivilegeEscalation']])
  })

  it('cannot be verified where the containers are not in the manifest: pod-level settings of a custom resource, or an empty template', () => {
    const annotations = Object.entries(EXCEPTION_ANNOTATIONS)
      .map(([k, v]) => `    ${k}: ${JSON.stringify(v)}`)
      .join('\n')
    const workflow = `apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata:\n  name: build\n  namespace: monitoring\n  labels: {host-namespace-guard.io/exception: "true"}\n  annotations:\n${annotations}\nspec:\n  hostNetwork: true\n  templates: [{name: main, container: {image: alpine}}]\n`
    const found = runPolicy({ files: withPolicy(workflow, networkPolicy({ podSelector: '{}' })) })
    expect(summary(found)).toEqual(['exception-missing-control', 'host-network (suppressed)'])
    expect(only('exception-missing-control', found).map(f => [f.fieldPath, f.message])).toEqual([
      [
        'spec#containers',
        expect.stringMatching(/^Workflow\/monitoring\/build: its containers are not in this manifest \(a custom resource defines them apart/),
      ],
    ])
    const empty = daemonSet().replace(/ {6}containers:[\s\S]*$/, '      containers: []\n')
    expect(only('exception-missing-control', runPolicy({ files: withPolicy(empty) })).map(f => f.message)).toEqual([
      expect.stringContaining('(spec.template.spec lists none)'),
    ])
  })

  describe('NetworkPolicy', () => {
    const missing = /no NetworkPolicy in the repository selects its pods in namespace "monitoring" \(pod labels app=node-exporter\)/
    it.each([
      ['in another file, same namespace', networkPolicy(), []],
      ['with an empty selector', networkPolicy({ podSelector: '{}' }), []],
      ['with no podSelector at all', networkPolicy().replace(/ {2}podSelector:.*\n/, ''), []],
      ['matchExpressions In', networkPolicy({ podSelector: '{matchExpressions: [{key: app, operator: In, values: [node-exporter, x]}]}' }), []],
      [
        'matchExpressions Exists + NotIn',
        networkPolicy({ podSelector: '{matchExpressions: [{key: app, operator: Exists}, {key: tier, operator: NotIn, values: [web]}]}' }),
        [],
      ],
      [
        'matchExpressions DoesNotExist on a label the pod has',
        networkPolicy({ podSelector: '{matchExpressions: [{key: app, operator: DoesNotExist}]}' }),
        [missing],
      ],
      [
        'matchExpressions NotIn the pod label',
        networkPolicy({ podSelector: '{matchExpressions: [{key: app, operator: NotIn, values: [node-exporter]}]}' }),
        [missing],
      ],
      ['an unknown operator', networkPolicy({ podSelector: '{matchExpressions: [{key: app, operator: Equals, values: [node-exporter]}]}' }), [missing]],
      ['matchLabels of other pods', networkPolicy({ podSelector: '{matchLabels: {app: web}}' }), [missing]],
      ['in another namespace', networkPolicy({ namespace: 'apps' }), [/so node-exporter in namespace "apps" \(netpol.yaml\) does not count/]],
      [
        'without a namespace (kubectl would use default)',
        networkPolicy({ namespace: null }),
        [/so node-exporter in namespace "default" \(netpol.yaml\) does not count/],
      ],
      ['of another API group', networkPolicy().replace('networking.k8s.io/v1', 'crd.projectcalico.org/v1'), [missing]],
    ])('%s', (_name, np, expected) => {
      expect(controls({}, w => withPolicy(w, np))).toEqual(expected.map(m => expect.stringMatching(m)))
    })

    it('is missing when the repository has none, pointing at the template labels', () => {
      const found = only('exception-missing-control', runPolicy({ files: [{ path: 'w.yaml', text: daemonSet() }] }))
      expect(found.map(f => [f.file, f.span.start.line, f.fieldPath])).toEqual([['w.yaml', 16, 'spec.template.spec#NetworkPolicy']])
    })

    it('counts a policy in the same file, in a later document', () => {
      expect(only('exception-missing-control', runPolicy({ files: [{ path: 'w.yaml', text: `${daemonSet()}---\n${networkPolicy()}` }] }))).toEqual([])
    })
  })
})

describe('unnecessary allowances', () => {
  it('names the allowed namespace no pod uses', () => {
    const found = runPolicy({
      files: withPolicy(daemonSet({ annotations: { ...EXCEPTION_ANNOTATIONS, 'host-namespace-guard.io/allow': 'hostNetwork,hostPID' } })),
    })
    expect(summary(found)).toEqual(['exception-unnecessary', 'host-network (suppressed)'])
    const f = only('exception-unnecessary', found)[0]
    expect(f.message).toMatch(/allows hostPID, which its pods do not set: remove it from the allow list/)
    expect([f.severity, f.span.start.line]).toEqual(['warning', 9])
  })

  it('says to remove the exception when the pods share nothing', () => {
    const found = only('exception-unnecessary', runPolicy({ files: withPolicy(daemonSet({ host: [] })) }))
    expect(found.map(f => f.message)).toEqual([expect.stringMatching(/allows hostNetwork, but its pods share no host namespace: remove the exception/)])
  })
})

describe('central file form', () => {
  const CENTRAL = '.github/host-namespace-exceptions.yml'
  const entry = (o: { namespace?: string; allow?: string; expires?: string } = {}) =>
    `exceptions:\n  - kind: DaemonSet\n    namespace: ${o.namespace ?? 'monitoring'}\n    name: node-exporter\n    allow: [${o.allow ?? 'hostNetwork'}]\n    owner: team-observability\n    riskAcceptance: "SEC-123: node exporter reads host network statistics"\n    expires: ${o.expires ?? '2025-12-31'}\n`
  const annotated = (o: { namespace?: string; allow?: string; expires?: string; containers?: DaemonSetOptions['containers']; host?: string[] } = {}) =>
    daemonSet({
      namespace: o.namespace,
      containers: o.containers,
      host: o.host,
      annotations: {
        ...EXCEPTION_ANNOTATIONS,
        'host-namespace-guard.io/allow': o.allow ?? 'hostNetwork',
        'host-namespace-guard.io/expires': o.expires ?? '2025-12-31',
      },
    })
  const bare = (o: { namespace?: string; containers?: DaemonSetOptions['containers']; host?: string[] } = {}) =>
    daemonSet({ namespace: o.namespace, containers: o.containers, host: o.host, labels: {}, annotations: {} })
  /** What a finding says, without where it is written (which differs between the forms by design). */
  const verdict = (findings: Finding[]) =>
    findings.map(f => `${f.ruleId}|${f.severity}|${f.resource.display}|${f.message}|${JSON.stringify({ ...f.suppression, source: undefined })}`).sort()

  it.each([
    ['valid', {}, {}],
    ['expired', { expires: '2025-05-01' }, {}],
    ['expiring', { expires: '2025-06-10' }, {}],
    ['outside the allowed namespaces', { namespace: 'apps' }, { namespace: 'apps' }],
    ['missing controls', {}, { containers: [{ name: 'agent', securityContext: null }] }],
    ['unnecessary', { allow: 'hostNetwork, hostIPC' }, {}],
    ['partially covering', {}, { host: ['hostNetwork', 'hostPID'] }],
  ])('gives the same result as the annotations: %s', (_name, record, workload) => {
    const np = networkPolicy({ namespace: (workload as { namespace?: string }).namespace })
    const viaAnnotations = runPolicy({ files: withPolicy(annotated({ ...record, ...workload }), np) })
    const viaFile = runPolicy({ files: withPolicy(bare(workload), np), centralFile: { path: CENTRAL, text: entry(record) } })
    expect(verdict(viaFile)).toEqual(verdict(viaAnnotations))
    expect(viaFile.filter(f => f.suppression).map(f => f.suppression!.source)).toEqual(viaAnnotations.filter(f => f.suppression).map(() => `${CENTRAL}:2`))
  })

  it('points record findings at the central file entry', () => {
    const found = runPolicy({ files: withPolicy(bare()), centralFile: { path: CENTRAL, text: entry({ expires: '2025-05-01' }) } })
    const expired = only('exception-expired', found)[0]
    expect([expired.file, expired.span.start.line, expired.fieldPath]).toEqual([CENTRAL, 8, 'exceptions[0].expires'])
  })

  it('matches by kind, namespace and name only', () => {
    const files = withPolicy(bare())
    for (const wrong of [
      entry().replace('kind: DaemonSet', 'kind: Deployment'),
      entry().replace('name: node-exporter', 'name: other'),
      entry({ namespace: 'kube-system' }),
    ]) {
      expect(
        summary(runPolicy({ files, centralFile: { path: CENTRAL, text: wrong }, config: policyConfig({ namespaces: ['monitoring', 'kube-system'] }) })),
      ).toEqual(['host-network'])
    }
  })

  it('reports a workload with both forms as a duplicate', () => {
    const found = runPolicy({ files: withPolicy(annotated()), centralFile: { path: CENTRAL, text: entry() } })
    expect(only('exception-invalid', found).map(f => [f.file, f.message])).toEqual([
      [CENTRAL, expect.stringMatching(/already has an exception record at workload.yaml:7; keep one record per workload/)],
    ])
    expect(summary(found)).toEqual(['exception-invalid', 'host-network (suppressed)'])
  })

  it('reports file problems as exception-invalid at file:line', () => {
    const found = only(
      'exception-invalid',
      runPolicy({
        files: withPolicy(bare()),
        centralFile: {
          path: CENTRAL,
          text: 'exceptions:\n  - kind: DaemonSet\n    namespace: monitoring\n    name: node-exporter\n    allow: [hostNetwork, hostUsers]\n',
        },
      }),
    )
    expect(found.map(f => [f.file, f.span.start.line, f.message]).sort((a, b) => (a[1] as number) - (b[1] as number))).toEqual([
      [CENTRAL, 2, expect.stringMatching(/:2: exceptions\[0\]\.owner is missing/)],
      [CENTRAL, 2, expect.stringMatching(/riskAcceptance is missing/)],
      [CENTRAL, 2, expect.stringMatching(/expires is missing/)],
      [CENTRAL, 5, expect.stringMatching(/:5: exceptions\[0\]\.allow lists "hostUsers"/)],
    ])
  })
})

describe('assess', () => {
  it('keeps a central entry whose workload was not scanned, with unknown controls', () => {
    const config = policyConfig()
    const [a] = assess(
      { workloads: [], networkPolicies: [] },
      [
        {
          origin: 'file',
          file: 'x.yml',
          span: { start: { line: 2, column: 3 }, end: { line: 2, column: 3 }, startOffset: 0, endOffset: 0 },
          spans: {},
          fieldPath: 'exceptions[0]',
          fieldPaths: {},
          target: { kind: 'DaemonSet', namespace: 'monitoring', name: 'gone' },
          allow: ['hostPID'],
          owner: 'o',
          riskAcceptance: 'r',
          expires: '2025-06-30',
          problems: [],
        },
      ],
      config,
      TODAY,
    )
    expect(a).toMatchObject({ workload: undefined, status: 'expiring', daysLeft: 29, namespaceAllowed: true, honoured: true, missingControls: [], unused: [] })
  })
})
