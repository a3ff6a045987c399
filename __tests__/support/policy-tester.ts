import { describe, it, expect } from '@jest/globals'
import { collectCases } from './case-sink.js'
import { defaultConfig, type Config, type ExceptionsConfig } from '../../src/config/config.js'
import { scanFileText } from '../../src/engine/scan-file.js'
import { noFacts, type Facts } from '../../src/engine/facts.js'
import type { Finding } from '../../src/model.js'
import { applyPolicy, exceptionRecords, type CentralFileText } from '../../src/policy/index.js'
import { registry, type Rule } from '../../src/rules/index.js'

/** The injected clock of every policy test: 2025-06-01 (UTC). Never the wall clock. */
export const TODAY = new Date(Date.UTC(2025, 5, 1, 12, 0, 0))

/** The configuration the rule docs' examples assume. */
export function policyConfig(exceptions: Partial<ExceptionsConfig> = {}): Config {
  const config = defaultConfig()
  config.exceptions = { ...config.exceptions, namespaces: ['monitoring'], ...exceptions }
  return config
}

export interface PolicyFile {
  path: string
  text: string
}

export interface PolicyRun {
  files: PolicyFile[]
  config?: Config
  today?: Date
  centralFile?: CentralFileText
}

const HOST_RULES = ['host-network', 'host-pid', 'host-ipc']

/** Scans the files with the host namespace rules and the policy, as the pipeline does, without disk. */
export function runPolicy(run: PolicyRun): Finding[] {
  const config = run.config ?? policyConfig()
  const rules = new Map(HOST_RULES.map(id => [id, registry.get(id)!]))
  const { findings, facts } = scanAll(run.files, rules)
  return applyPolicy({ findings, facts, exceptions: exceptionRecords(facts, run.centralFile), config, today: run.today ?? TODAY }).findings
}

export const only = (ruleId: string, findings: Finding[]) => findings.filter(f => f.ruleId === ruleId)

export interface PolicyCase extends Omit<PolicyRun, 'files'> {
  name: string
  /** One file (`workload.yaml`) or several. */
  code?: string
  files?: PolicyFile[]
  errors?: Array<{ file?: string; line: number; column?: number; message?: RegExp }>
}

const filesOf = (c: PolicyCase): PolicyFile[] => c.files ?? [{ path: 'workload.yaml', text: c.code ?? '' }]

/** The RuleTester habit for the policy rules: valid cases give none of the rule's findings, invalid ones exactly these. */
export function runPolicyRuleTests(ruleId: string, cases: { valid: PolicyCase[]; invalid: PolicyCase[] }): void {
  if (collectCases('policy', ruleId, cases)) return
  if (!registry.has(ruleId)) throw new Error(`unknown rule ${ruleId}`)
  const names = new Set<string>()
  for (const c of [...cases.valid, ...cases.invalid]) {
    if (names.has(c.name)) throw new Error(`duplicate test case name "${c.name}"`)
    names.add(c.name)
  }
  describe(ruleId, () => {
    describe('valid', () => {
      for (const c of cases.valid) {
        it(c.name, () => {
          expect(only(ruleId, runPolicy({ ...c, files: filesOf(c) })).map(f => `${f.file}:${f.span.start.line} ${f.message}`)).toEqual([])
        })
      }
    })
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(c.name, () => {
          if (!c.errors?.length) throw new Error(`invalid case "${c.name}" lists no errors`)
          const found = only(ruleId, runPolicy({ ...c, files: filesOf(c) }))
          expect(found.map((f, i) => pick(f, c.errors![i] ?? c.errors![0]))).toEqual(
            c.errors.map(e => ({
              file: e.file ?? 'workload.yaml',
              line: e.line,
              column: e.column,
              message: e.message ? expect.stringMatching(e.message) : undefined,
            })),
          )
        })
      }
    })
  })
}

function pick(f: Finding, want: { column?: number; message?: RegExp }) {
  return {
    file: f.file,
    line: f.span.start.line,
    column: want.column !== undefined ? f.span.start.column : undefined,
    message: want.message ? f.message : undefined,
  }
}

// ------------------------------------------------------------------------------------------------
// Manifest builders for tables

export interface ContainerOptions {
  name?: string
  securityContext?: string | null
}

/** A container with every compensating control unless overridden. */
export const SAFE_CONTEXT = '{runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}'

export interface DaemonSetOptions {
  name?: string
  namespace?: string | null
  labels?: Record<string, string>
  annotations?: Record<string, string>
  host?: string[]
  podSecurityContext?: string
  containers?: ContainerOptions[]
  initContainers?: ContainerOptions[]
  templateLabels?: string
}

export const EXCEPTION_ANNOTATIONS = {
  'host-namespace-guard.io/allow': 'hostNetwork',
  'host-namespace-guard.io/owner': 'team-observability',
  'host-namespace-guard.io/risk-acceptance': 'SEC-123: node exporter reads host network statistics',
  'host-namespace-guard.io/expires': '2025-12-31',
}

const yamlMap = (m: Record<string, string>, indent: string) =>
  Object.entries(m)
    .map(([k, v]) => `${indent}${k}: ${JSON.stringify(v)}`)
    .join('\n')

/** A DaemonSet with a valid exception for hostNetwork in `monitoring`, every control in place. */
export function daemonSet(o: DaemonSetOptions = {}): string {
  const labels = o.labels ?? { 'host-namespace-guard.io/exception': 'true' }
  const annotations = o.annotations ?? EXCEPTION_ANNOTATIONS
  const ns = o.namespace === null ? '' : `  namespace: ${o.namespace ?? 'monitoring'}\n`
  const container = (c: ContainerOptions, i: number) =>
    `      - name: ${c.name ?? `c${i}`}\n        image: exporter:1\n` +
    (c.securityContext === null ? '' : `        securityContext: ${c.securityContext ?? SAFE_CONTEXT}\n`)
  return (
    `apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: ${o.name ?? 'node-exporter'}\n${ns}` +
    (Object.keys(labels).length ? `  labels:\n${yamlMap(labels, '    ')}\n` : '') +
    (Object.keys(annotations).length ? `  annotations:\n${yamlMap(annotations, '    ')}\n` : '') +
    `spec:\n  template:\n    metadata:\n      labels: ${o.templateLabels ?? '{app: node-exporter}'}\n    spec:\n` +
    (o.host ?? ['hostNetwork']).map(h => `      ${h}: true\n`).join('') +
    (o.podSecurityContext ? `      securityContext: ${o.podSecurityContext}\n` : '') +
    (o.initContainers ? `      initContainers:\n${o.initContainers.map(container).join('')}` : '') +
    `      containers:\n${(o.containers ?? [{ name: 'exporter' }]).map(container).join('')}`
  )
}

/** A NetworkPolicy selecting app=node-exporter in `monitoring` unless told otherwise. */
export function networkPolicy(o: { name?: string; namespace?: string | null; podSelector?: string } = {}): string {
  const ns = o.namespace === null ? '' : `  namespace: ${o.namespace ?? 'monitoring'}\n`
  return `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: ${o.name ?? 'node-exporter'}\n${ns}spec:\n  podSelector: ${o.podSelector ?? '{matchLabels: {app: node-exporter}}'}\n  policyTypes: [Ingress]\n`
}

/** A workload file plus a NetworkPolicy file that selects it. */
export const withPolicy = (workload: string, np = networkPolicy()): PolicyFile[] => [
  { path: 'workload.yaml', text: workload },
  { path: 'netpol.yaml', text: np },
]

/** The exception records of some files and a central file, as the pull request check compares them. */
export function recordsOf(files: PolicyFile[], centralFile?: CentralFileText) {
  return exceptionRecords(scanAll(files, new Map()).facts, centralFile).records
}

/** Scans files in memory as the pipeline does for the exceptions stage: findings and facts. */
function scanAll(files: PolicyFile[], rules: ReadonlyMap<string, Rule>): { findings: Finding[]; facts: Facts } {
  const facts = noFacts()
  const findings: Finding[] = []
  for (const f of files) {
    const scanned = scanFileText(
      { path: f.path, text: f.text, type: 'kubernetes' },
      { rules, severityOf: id => registry.get(id)!.meta.severity, facts: { exceptions: true } },
    )
    findings.push(...scanned.findings)
    facts.workloads.push(...scanned.facts.workloads)
    facts.networkPolicies.push(...scanned.facts.networkPolicies)
    facts.namespaces.push(...scanned.facts.namespaces)
  }
  return { findings, facts }
}
