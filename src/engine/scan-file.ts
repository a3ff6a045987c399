import { isMap, isScalar } from 'yaml'
import type { FileType, Finding, Severity, Span } from '../model.js'
import { composeServices } from '../parse/compose.js'
import { parseDockerfile } from '../parse/dockerfile.js'
import { k8sObjects, podSpecs, type K8sObject, type PodSpecUnit } from '../parse/k8s.js'
import { findContainerCommands, parseEngineOptions } from '../parse/shell.js'
import { SourceText } from '../parse/source.js'
import { entries, field, parseYaml, type ParsedYaml } from '../parse/yaml.js'
import type { Rule, UnitContext, Report } from '../rules/types.js'

export interface EngineOptions {
  /** Enabled rules, by id. */
  rules: ReadonlyMap<string, Rule>
  /** Per-rule severity after configuration. */
  severityOf(ruleId: string): Severity
  /**
   * Sees every Kubernetes object with its pod specs while the AST is alive, so that policy can
   * keep plain facts (labels, annotations, controls) without the engine keeping ASTs.
   */
  observeObject?(object: K8sObject, pods: PodSpecUnit[], source: SourceText): void
  /** Text the observer needs parsed even when no rule could fire in it (e.g. /NetworkPolicy/). */
  observeFilter?: RegExp
}

/**
 * Cheap pre-checks: text that cannot hold a finding is not parsed (most files of a repo). A
 * finding needs its key written somewhere in the file (merges and aliases only reuse text that
 * is there), unless a double-quoted or JSON key hides it behind escapes.
 */
const MAY_SHARE_YAML = /host(?:Network|PID|IPC)|(?:network_mode|network|pid|ipc)['"]?\s*:|\\[xuUN]/
const MAY_SHARE_FLAG = /--(?:net|pid|ipc)/i
const MAY_RUN_ENGINE = /docker|podman|nerdctl/i
const MAY_BUILD_NET = /network/i

export interface ScanTextInput {
  path: string
  text: string
  type: FileType
  /** The YAML's purpose is known from its name (compose.yaml): no shape test needed. */
  byName?: boolean
}

/** Scans one file's text. Pure: no I/O, no globals; findings carry no fingerprint yet. */
export function scanText(input: ScanTextInput, options: EngineOptions): Finding[] {
  const { path, text, type } = input
  const source = new SourceText(path, text)
  const findings: Finding[] = []
  const ctxFor = (rule: Rule): UnitContext => ({
    source,
    report: (r: Report) => findings.push(toFinding(rule, r, path, options)),
  })
  const each = <K extends keyof Rule>(hook: K, call: (rule: Rule, ctx: UnitContext) => void) => {
    for (const rule of options.rules.values()) if (rule[hook]) call(rule, ctxFor(rule))
  }
  const parseProblem = (message: string, span: Span, fieldPath = 'file') => {
    const rule = options.rules.get('parse-error')
    if (rule) findings.push(toFinding(rule, { span, message, resource: { display: path }, fieldPath }, path, options))
  }

  switch (type) {
    case 'dockerfile': {
      if (!MAY_BUILD_NET.test(text)) break
      const parsed = parseDockerfile(source)
      for (const p of parsed.problems) parseProblem(`${path}: ${p.message}`, p.span, `dockerfile:${p.message}`)
      const ordinals = new Map<string, number>()
      for (const run of parsed.runs) {
        const ordinal = ordinals.get(run.stage) ?? 0
        ordinals.set(run.stage, ordinal + 1)
        each('dockerfileRun', (rule, ctx) => rule.dockerfileRun!({ run, ordinal }, ctx))
      }
      break
    }
    case 'shell': {
      if (!MAY_RUN_ENGINE.test(text) || !MAY_SHARE_FLAG.test(text)) break
      for (const command of findContainerCommands(source)) each('containerCommand', (rule, ctx) => rule.containerCommand!(command, ctx))
      break
    }
    case 'workflow':
    case 'compose':
    case 'kubernetes': {
      const mayShare = MAY_SHARE_YAML.test(text) || (type === 'workflow' && MAY_SHARE_FLAG.test(text))
      if (!mayShare && !options.observeFilter?.test(text)) break
      const wanted = (doc: string) => MAY_SHARE_YAML.test(doc) || (type === 'workflow' && MAY_SHARE_FLAG.test(doc)) || options.observeFilter?.test(doc) === true
      const parsed = parseYaml(source, wanted)
      const templated = /\{\{.*\}\}/.test(text)
      for (const p of parsed.problems) {
        const hint = templated && p.fatal ? ' The file looks like a template (Helm or Go): render it (helm template, kustomize build) and scan the output.' : ''
        parseProblem(`${path}: ${p.message}.${hint}`, p.span, `yaml:${p.span.start.line}`)
      }
      if (type === 'workflow') scanWorkflow(parsed, source, each)
      else scanManifests(parsed, source, type === 'compose' || input.byName === true, each, options)
      break
    }
  }
  return findings
}

type Each = <K extends keyof Rule>(hook: K, call: (rule: Rule, ctx: UnitContext) => void) => void

function scanManifests(parsed: ParsedYaml, source: SourceText, composeByName: boolean, each: Each, options: EngineOptions): void {
  for (const service of composeServices(parsed, composeByName)) each('composeService', (rule, ctx) => rule.composeService!(service, ctx))
  if (composeByName) return
  for (const object of k8sObjects(parsed)) {
    const pods = podSpecs(object)
    for (const pod of pods) each('pod', (rule, ctx) => rule.pod!(pod, ctx))
    options.observeObject?.(object, pods, source)
  }
}

/** Workflows: `docker run` in `run:` steps (raw text), and job `container`/`services` options. */
function scanWorkflow(parsed: ParsedYaml, source: SourceText, each: Each): void {
  if (MAY_RUN_ENGINE.test(source.text)) {
    for (const command of findContainerCommands(source)) each('containerCommand', (rule, ctx) => rule.containerCommand!(command, ctx))
  }
  for (const d of parsed.documents) {
    const root = d.doc.contents
    if (d.fatal || !isMap(root)) continue
    const jobs = field(d.doc, root, 'jobs')?.value
    if (!isMap(jobs)) continue
    for (const [jobName, job] of entries(d.doc, jobs)) {
      if (!isMap(job)) continue
      const targets: Array<[string, unknown]> = [[`jobs.${jobName}.container`, field(d.doc, job, 'container')?.value]]
      const services = field(d.doc, job, 'services')?.value
      if (isMap(services)) for (const [name, svc] of entries(d.doc, services)) targets.push([`jobs.${jobName}.services.${name}`, svc])
      for (const [path, target] of targets) {
        if (!isMap(target)) continue
        const options = field(d.doc, target, 'options')?.value
        if (!isScalar(options) || typeof options.value !== 'string' || !options.range) continue
        const flags = parseEngineOptions(source, options.range[0], options.range[1])
        const unit = { flags, resource: { display: path.replace(/^jobs\./, 'job/'), kind: 'job', name: jobName }, fieldPath: `${path}.options` }
        each('engineOptions', (rule, ctx) => rule.engineOptions!(unit, ctx))
      }
    }
  }
}

function toFinding(rule: Rule, r: Report, path: string, options: EngineOptions): Finding {
  return {
    ruleId: rule.meta.id,
    severity: options.severityOf(rule.meta.id),
    file: path,
    span: r.span,
    resource: r.resource,
    message: r.message,
    remediation: rule.meta.remediation,
    fieldPath: r.fieldPath,
    fix: r.fix,
  }
}
