import { isMap, isScalar } from 'yaml'
import type { FileType, Finding, ResourceRef, Severity, Span } from '../model.js'
import { HOST_FIELDS, HOST_NAMESPACES } from '../namespaces.js'
import { composeServices } from '../parse/compose/compose.js'
import { parseDockerfile } from '../parse/dockerfile/dockerfile.js'
import { findPodSpecs, k8sObjects } from '../parse/k8s/k8s.js'
import { holdsNoPod } from '../parse/k8s/no-pod-document.js'
import { findContainerCommands, parseContainerOptions, type CommandFlag } from '../parse/shell/shell.js'
import { SourceText } from '../parse/source.js'
import { workflowVariables } from '../parse/shell/workflow-variables.js'
import { looksTemplated } from '../parse/k8s/template.js'
import { boundsHit, entries, field, parseYaml, someDocumentWanted, type ParsedYaml, type YamlProblem } from '../parse/yaml/yaml.js'
import type { Rule, UnitContext, Report } from '../rules/types.js'
import { checkPods, type Each, type Problem } from './check-units.js'
import { factFilter, factsOf, noFacts, type FactNeeds, type Facts } from './facts.js'
import { scanPatches, scanResourceManifests } from './scan-patches.js'

export interface CheckOptions {
  /** Enabled rules, by id. */
  rules: ReadonlyMap<string, Rule>
  /** Per-rule severity after configuration. */
  severityOf(ruleId: string): Severity
  /** The facts to gather beside the findings (see engine/facts.ts); none when absent. */
  facts?: FactNeeds
}

/** What scanning one file gives: its findings and the plain facts the later stages need. */
export interface FileScan {
  findings: Finding[]
  facts: Facts
  /** The text mentions a NetworkPolicy that was not read (FactNeeds.networkPoliciesLater). */
  mentionsNetworkPolicy?: boolean
}

/**
 * A cheap pre-check for YAML, whose parsing dominates the cost of a scan: text that cannot hold
 * a finding is not parsed. A finding needs its key written in the file (merges and aliases only
 * reuse text that is there): as a plain key, an explicit `? key` (possibly followed by a comment),
 * or hidden behind escapes or an escaped line break in a double-quoted key. A compose `extends`
 * may bring the key from another file, which is reported as not judged, so it is wanted too.
 * Workflow job options are parsed whenever an `options` key is present. Dockerfiles and scripts
 * have no pre-check: continuations and quotes can split any word, and their readers are linear
 * and fast.
 */
/** The compose keys that share (a service's and its `build:` section's), and `extends`, which may bring one. */
const SHARING_KEYS = [...HOST_NAMESPACES.flatMap(n => (n.composeBuildKey ? [n.composeKey, n.composeBuildKey] : [n.composeKey])), 'extends'].join('|')
const MAY_SHARE_YAML = new RegExp(`${HOST_FIELDS.join('|')}|(?:${SHARING_KEYS})['"]?\\s*[:#]|\\?\\s*['"]?(?:${SHARING_KEYS})\\b|\\\\[xuUN\\r\\n]`)
const WORKFLOW_OPTIONS = /options/

/** Text that mentions what a rule or a fact needs: true of a document, or of a stream that holds one. */
function mentionsWhatIsNeeded(type: FileType, options: CheckOptions): (text: string) => boolean {
  const factText = factFilter(options.facts)
  return text => MAY_SHARE_YAML.test(text) || (type === 'workflow' && WORKFLOW_OPTIONS.test(text)) || factText?.test(text) === true
}

/**
 * Per document: only one that mentions what is needed and can hold a pod is parsed. The kind is
 * told from one document's text only: a stream's one plain `kind: ConfigMap` says nothing of a
 * later document whose key is written `"kind"`.
 */
function wantedDocuments(type: FileType, options: CheckOptions): (document: string) => boolean {
  const mentions = mentionsWhatIsNeeded(type, options)
  return doc => mentions(doc) && (type !== 'kubernetes' || !holdsNoPod(doc))
}

/**
 * Whether scanning this text parses YAML, the one costly step of a scan (about 0.4 ms for a
 * two-document manifest once warm, where reading and testing a file takes microseconds): the
 * decision scanFileText takes, told beforehand, so that a pool can take the costly files.
 */
export function parsesYaml(input: Pick<ScanTextInput, 'text' | 'type'>, options: CheckOptions): boolean {
  const { type, text } = input
  if (type !== 'workflow' && type !== 'compose' && type !== 'kubernetes') return false
  // The whole text first: most files fail it at once, and no document mentions what it does not.
  return mentionsWhatIsNeeded(type, options)(text) && someDocumentWanted(text, wantedDocuments(type, options))
}

export interface ScanTextInput {
  path: string
  text: string
  type: FileType
  /** The YAML's purpose is known from its name (compose.yaml): no shape test needed. */
  byName?: boolean
  /** What parsesYaml said of this text, when the caller already asked. */
  parses?: boolean
}

/** The findings of one file's text (tests and callers that need no facts). */
export function scanText(input: ScanTextInput, options: CheckOptions): Finding[] {
  return scanFileText(input, options).findings
}

/** Scans one file's text. Pure: no I/O, no globals; findings carry no fingerprint yet. */
export function scanFileText(input: ScanTextInput, options: CheckOptions): FileScan {
  const { path, text, type } = input
  const source = new SourceText(path, text)
  const findings: Finding[] = []
  // Made when the YAML is read for facts; the many files that hold none share NO_FACTS.
  let facts: Facts | undefined
  let mentionsNetworkPolicy: boolean | undefined
  // One context per rule for the whole file, made when a unit first reaches that rule.
  let contexts: Map<Rule, UnitContext> | undefined
  const ctxFor = (rule: Rule): UnitContext => {
    contexts ??= new Map()
    let ctx = contexts.get(rule)
    if (!ctx) contexts.set(rule, (ctx = { source, report: (r: Report) => findings.push(toFinding(rule, r, path, options)) }))
    return ctx
  }
  const each = <K extends keyof Rule>(hook: K, call: (rule: Rule, ctx: UnitContext) => void) => {
    for (const rule of options.rules.values()) if (rule[hook]) call(rule, ctxFor(rule))
  }
  const reporterOf =
    (ruleId: NoticeRuleId): Problem =>
    (message, span, fieldPath, resource: ResourceRef = { display: path }) => {
      const notice = noticeFinding(ruleId, path, { span, message, resource, fieldPath }, options)
      if (notice) findings.push(notice)
    }
  const parseProblem = reporterOf('parse-error')
  // Fail closed: a bound the readers hit is a finding that names it, never a silent pass.
  const incomplete = reporterOf('incomplete-scan')

  switch (type) {
    case 'dockerfile': {
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
      const broken = (message: string, span: Span) => parseProblem(`${path}: line ${span.start.line}: ${message}.`, span, `groovy:${message}`)
      const bound = (message: string, span: Span) => incomplete(`${path}: line ${span.start.line}: ${message}.`, span, `bound:${message}`)
      for (const command of findContainerCommands(source, undefined, undefined, broken, { onBound: bound }))
        each('containerCommand', (rule, ctx) => rule.containerCommand!(command, ctx))
      break
    }
    case 'workflow':
    case 'compose':
    case 'kubernetes': {
      // Commands in `run:` steps are lines of the file: found without parsing the YAML.
      // Their `env:` and `variables:` are read only when a command expands a variable.
      if (type === 'workflow')
        for (const command of findContainerCommands(source, undefined, undefined, undefined, {
          variables: () => workflowVariables(source),
          onBound: (message, span) => incomplete(`${path}: line ${span.start.line}: ${message}.`, span, `bound:${message}`),
        }))
          each('containerCommand', (rule, ctx) => rule.containerCommand!(command, ctx))
      if (options.facts?.networkPoliciesLater && type !== 'workflow' && text.includes('NetworkPolicy')) mentionsNetworkPolicy = true
      if (!(input.parses ?? parsesYaml(input, options))) break
      const wanted = wantedDocuments(type, options)
      const parsed = parseYaml(source, wanted)
      const templated = looksTemplated(text)
      for (const p of templated ? firstFatalPerDocument(parsed) : parsed.problems) {
        const hint = templated && p.fatal ? ' The file looks like a template (Helm or Go): render it (helm template, kustomize build) and scan the output.' : ''
        parseProblem(`${path}: ${p.message}.${hint}`, p.span, `yaml:${p.span.start.line}`)
      }
      if (type === 'workflow') scanWorkflowOptions(parsed, source, each)
      else
        scanManifests(
          parsed,
          source,
          type === 'compose' || input.byName === true,
          each,
          { problem: parseProblem, incomplete },
          t => MAY_SHARE_YAML.test(t),
          options.facts && { needs: options.facts, into: (facts ??= noFacts()) },
        )
      for (const hit of [...parsed.bounds, ...parsed.documents.flatMap(d => boundsHit(d.doc))]) {
        incomplete(`${path}: ${hit.message}`, source.span(hit.offset, hit.offset), `bound:${hit.message}`)
      }
      break
    }
  }
  return mentionsNetworkPolicy ? { findings, facts: facts ?? NO_FACTS, mentionsNetworkPolicy } : { findings, facts: facts ?? NO_FACTS }
}

/** The facts of a file that gives none, shared, and frozen so that no caller adds to it. */
const NO_FACTS: Facts = Object.freeze({
  workloads: Object.freeze([]) as unknown as Facts['workloads'],
  networkPolicies: Object.freeze([]) as unknown as Facts['networkPolicies'],
  namespaces: Object.freeze([]) as unknown as Facts['namespaces'],
})

/**
 * One unrendered template action breaks the YAML around it in many places (eight problems for one
 * `{{- if }}` line): the first fatal one per document says what is needed, rendering. Documents
 * that parsed keep their problems (duplicate keys).
 */
function firstFatalPerDocument(parsed: ParsedYaml): YamlProblem[] {
  const starts = parsed.documents.map(d => d.doc.range?.[0] ?? 0)
  const documentOf = (p: YamlProblem) => starts.reduce((found, start, i) => (start <= p.span.startOffset ? i : found), 0)
  const fatalIn = new Set(parsed.problems.filter(p => p.fatal).map(documentOf))
  const reported = new Set<number>()
  return parsed.problems.filter(p => {
    const d = documentOf(p)
    if (!fatalIn.has(d)) return true
    if (!p.fatal || reported.has(d)) return false
    reported.add(d)
    return true
  })
}

/** Compose services, Kubernetes objects and kustomize patches: a file named like compose may still hold manifests. */
function scanManifests(
  parsed: ParsedYaml,
  source: SourceText,
  composeByName: boolean,
  each: Each,
  report: { problem: Problem; incomplete: Problem },
  mayShare: (text: string) => boolean,
  facts: { needs: FactNeeds; into: Facts } | undefined,
): void {
  const { problem, incomplete } = report
  for (const service of composeServices(parsed, composeByName, incomplete)) each('composeService', (rule, ctx) => rule.composeService!(service, ctx))
  for (const object of k8sObjects(parsed)) {
    const { units: pods, incomplete: searchIncomplete } = findPodSpecs(object)
    if (searchIncomplete) {
      const range = object.map.range ?? [0, 0]
      incomplete(
        `${source.path}: ${object.resource.display} is too large or too deeply nested to search for an embedded pod template completely: not fully checked.`,
        source.span(range[0], range[0]),
        `${object.resource.display}:shape`,
      )
    }
    checkPods(pods, source, each, problem)
    scanResourceManifests(object, source, each, report, mayShare)
    if (facts) factsOf(object, pods, source, facts.needs, facts.into)
  }
  scanPatches(parsed, source, each, report, mayShare)
}

/** Workflow job `container` and `services.*` options (`--network host` there shares too). */
function scanWorkflowOptions(parsed: ParsedYaml, source: SourceText, each: Each): void {
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
        const hit = field(d.doc, target, 'options')
        const options = hit?.value
        if (!isScalar(options) || typeof options.value !== 'string' || !options.range) continue
        const flags = wholeLineWhenAlone(
          parseContainerOptions(source, options.range[0], options.range[1]),
          source.text.slice(options.range[0], options.range[1]),
          hit?.key?.range?.[0],
          source,
        )
        const unit = { flags, resource: { display: path.replace(/^jobs\./, 'job/'), kind: 'job', name: jobName }, fieldPath: `${path}.options` }
        each('containerOptions', (rule, ctx) => rule.containerOptions!(unit, ctx))
      }
    }
  }
}

/**
 * A flag that is the whole `options:` value would leave it empty (YAML null), which GitHub's
 * workflow schema refuses: removing it removes the whole `options:` line instead.
 */
function wholeLineWhenAlone(flags: CommandFlag[], written: string, keyStart: number | undefined, source: SourceText): CommandFlag[] {
  const [only] = flags
  if (flags.length !== 1 || keyStart === undefined || source.text.slice(only.span.startOffset, only.span.endOffset) !== written.trim()) return flags
  const first = source.position(keyStart).line
  const last = only.span.end.line
  // The line's own indentation and its line break go too: nothing is left where the key stood.
  const end = last < source.lineStarts.length ? source.lineStart(last + 1) : source.lineEnd(last)
  return [{ ...only, removal: source.span(source.lineStart(first), end) }]
}

/** The rules whose findings are the engine's own notices, not a rule hook's: see rules/parse-error.ts. */
export type NoticeRuleId = 'parse-error' | 'incomplete-scan' | 'render-error'

/**
 * The one emitter of the engine's notices: what a parser or reader could not read or judge in a
 * file (scanFileText), and whole-file notices (fileNotice). Undefined when the rule is not enabled.
 */
export function noticeFinding(ruleId: NoticeRuleId, path: string, notice: Report, options: CheckOptions): Finding | undefined {
  const rule = options.rules.get(ruleId)
  return rule && toFinding(rule, notice, path, options)
}

/** A notice about a whole file (unreadable, binary, an internal error), at its start. */
export function fileNotice(ruleId: NoticeRuleId, path: string, message: string, options: CheckOptions): Finding[] {
  const notice = noticeFinding(ruleId, path, { span: new SourceText(path, '').span(0, 0), resource: { display: path }, message, fieldPath: 'file' }, options)
  return notice ? [notice] : []
}

function toFinding(rule: Rule, r: Report, path: string, options: CheckOptions): Finding {
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
    ...(r.usedAt ? { usedAt: r.usedAt } : {}),
  }
}
