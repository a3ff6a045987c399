import type { Config } from '../config/config.js'
import { HOST_NAMESPACES } from '../namespaces.js'
import { ANNOTATIONS, EXCEPTION_LABEL } from '../policy/records.js'
import { EXCEPTION_PREFIX } from '../engine/facts.js'
import { celString, celStringList } from './cel-string.js'
import { entryValue, failsAtError, type Entry } from './entries.js'
import { MATCHED_KINDS } from './kinds.js'
import { AdmissionLimitError, MAX_EXPRESSION_CODE_POINTS } from './limits.js'

/**
 * The policy's CEL, written to decide exactly as the static check does (src/policy/evaluate.ts,
 * src/policy/records.ts, src/rules/exception-*.ts), one variable per fact the check reads. Every
 * field access is guarded with has(): the API server drops unset and `false` fields, and the
 * optional syntax `.?field` is not available everywhere.
 */

export interface Variable {
  name: string
  expression: string
}

export interface Validation {
  /** The static rule whose failing finding this validation mirrors. */
  ruleId: string
  expression: string
  messageExpression: string
  reason: 'Forbidden' | 'Invalid'
}

export interface PolicyCel {
  variables: Variable[]
  validations: Validation[]
  /** How many `exceptionsN` variables hold the baked entries. */
  tableChunks: number
}

const V = (name: string) => `variables.${name}`
const P = V('podSpec')
const has = (base: string, path: readonly string[]) => path.map((_, i) => `has(${[base, ...path.slice(0, i + 1)].join('.')})`).join(' && ')

/** `object.kind == "Deployment" ? (has(...) ? object.spec.template.spec : {}) : ...`, by the engine's own paths. */
function byKind(
  pathOf: (k: (typeof MATCHED_KINDS)[number]) => readonly string[] | undefined,
  value = (path: readonly string[]) => ['object', ...path].join('.'),
  none = '{}',
): string {
  let out = none
  for (const k of [...MATCHED_KINDS].reverse()) {
    const path = pathOf(k)
    if (!path) continue
    out = `object.kind == ${celString(k.kind)} ? (${has('object', path)} ? ${value(path)} : ${none}) : ${out}`
  }
  return out
}

/** YYYY-MM-DD that is a real date of year 100 or later: what parseIsoDate accepts (Date.UTC maps years 0-99 to 1900-1999). */
const YEAR = '(0[1-9][0-9]{2}|[1-9][0-9]{3})'
const MONTH_DAY = '((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))'
const LEAP_YEAR = '((0[1-9]|[1-9][0-9])(0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)'
export const ISO_DATE_PATTERN = `^(${YEAR}-${MONTH_DAY}|${LEAP_YEAR}-02-29)$`

export function policyCel(entries: readonly Entry[], config: Config): PolicyCel {
  const fields = HOST_NAMESPACES.map(n => n.podField)
  const failingFields = HOST_NAMESPACES.filter(n => failsAtError(config, n.ruleId)).map(n => n.podField)
  const ann = (key: string) => `(${celString(key)} in ${V('annotations')} ? ${V('annotations')}[${celString(key)}] : "").trim()`
  const chunks = chunkTable(entries)
  const chain = (key: string) => chunks.reduceRight((rest, _, i) => `${key} in ${V(`exceptions${i}`)} ? ${V(`exceptions${i}`)}[${key}] : ${rest}`, '""')
  // CEL's grammar wants the middle of a conditional to be no conditional itself: parenthesised.
  const lookup = (key: string) => `(${chain(key)})`
  const variables: Variable[] = [
    { name: 'podSpec', expression: byKind(k => k.podSpecPath) },
    {
      name: 'hasPod',
      expression: byKind(
        k => k.podSpecPath,
        () => 'true',
        'false',
      ),
    },
    {
      name: 'podPath',
      expression: byKind(
        k => k.podSpecPath,
        path => celString(path.join('.')),
        '""',
      ),
    },
    // A template's own metadata; a Pod's is the object's, which is not "misplaced".
    { name: 'templateMetadata', expression: byKind(k => (k.podSpecPath.length > 1 ? [...k.podSpecPath.slice(0, -1), 'metadata'] : undefined)) },
    { name: 'labels', expression: `${has('object', ['metadata', 'labels'])} ? object.metadata.labels : {}` },
    { name: 'annotations', expression: `${has('object', ['metadata', 'annotations'])} ? object.metadata.annotations : {}` },
    { name: 'name', expression: `${has('object', ['metadata', 'name'])} ? object.metadata.name : ""` },
    { name: 'workload', expression: `object.kind + "/" + request.namespace + "/" + ${V('name')}` },
    {
      name: 'usedFields',
      expression: fields.map(f => `(has(${P}.${f}) && ${P}.${f} == true ? [${celString(f)}] : [])`).join(' + '),
    },
    {
      name: 'containers',
      expression: `(has(${P}.initContainers) ? ${P}.initContainers : []) + (has(${P}.containers) ? ${P}.containers : [])`,
    },
    // -- the annotation record, read as src/policy/records.ts#annotationRecord reads it
    { name: 'ourAnnotations', expression: `${V('annotations')}.filter(k, k.startsWith(${celString(EXCEPTION_PREFIX)}))` },
    {
      name: 'misplaced',
      expression: ['labels', 'annotations']
        .map(m => `(has(${V('templateMetadata')}.${m}) && ${V('templateMetadata')}.${m}.exists(k, k.startsWith(${celString(EXCEPTION_PREFIX)})))`)
        .join(' || '),
    },
    {
      name: 'hasRecord',
      expression: `${celString(EXCEPTION_LABEL)} in ${V('labels')} ? ${V('labels')}[${celString(EXCEPTION_LABEL)}] != "false" : (size(${V('ourAnnotations')}) > 0 || ${V('misplaced')})`,
    },
    { name: 'allowItems', expression: `${ann(ANNOTATIONS.allow)}.split(",").map(x, x.trim()).filter(x, x != "")` },
    { name: 'recordProblem', expression: recordProblem(ann) },
    // -- the repository's records, baked in (src/admission/entries.ts), chunked to stay under the expression size limit
    ...chunks.map((chunk, i) => ({ name: `exceptions${i}`, expression: chunk })),
    { name: 'entryA', expression: `${V('hasRecord')} ? ${lookup(`"a:" + ${V('workload')}`)} : ""` },
    { name: 'entryF', expression: lookup(`"f:" + ${V('workload')}`) },
    // -- objects a controller creates from an excepted workload's template (docs/admission.md, "Pods of an excepted workload")
    {
      name: 'controller',
      expression: `${has('object', ['metadata', 'ownerReferences'])} ? object.metadata.ownerReferences.filter(r, has(r.controller) && r.controller == true && has(r.kind) && has(r.name)) : []`,
    },
    { name: 'ownerKeys', expression: ownerKeys() },
    {
      name: 'ownerEntry',
      expression: `(${V('ownerKeys')}.map(k, ${lookup('"a:" + k')}) + ${V('ownerKeys')}.map(k, ${lookup('"f:" + k')})).filter(e, e != "")`,
    },
    {
      name: 'entry',
      expression: `${V('hasRecord')} ? ${V('entryA')} : ${V('entryF')} != "" ? ${V('entryF')} : size(${V('ownerEntry')}) > 0 ? ${V('ownerEntry')}[0] : ""`,
    },
    { name: 'entryParts', expression: `${V('entry')} == "" ? ["", "none", "", "-"] : ${V('entry')}.split("|")` },
    {
      name: 'granted',
      expression: `${V('entryParts')}[1] == "ok" && request.namespace in ${celStringList(config.exceptions.namespaces)} ? ${V('entryParts')}[0].split(",") : []`,
    },
    {
      name: 'deniedFields',
      expression: `${V('usedFields')}.filter(f, f in ${celStringList(failingFields)} && !(f in ${V('granted')}))`,
    },
    { name: 'denyReason', expression: denyReason(config) },
    { name: 'controlProblem', expression: failsAtError(config, 'exception-missing-control') ? controlProblem() : '""' },
    {
      name: 'unusedFields',
      expression: failsAtError(config, 'exception-unnecessary')
        ? `${V('entryParts')}[1] == "none" || ${V('entryParts')}[1] == "invalid" || ${V('entryParts')}[3] == "-" ? [] : ${V('entryParts')}[0].split(",").filter(f, !(f in ${V('usedFields')}))`
        : '[]',
    },
  ]
  const process = exceptionProcess(config)
  const at = `${V('workload')} + ": "`
  const validations: Validation[] = [
    {
      ruleId: HOST_NAMESPACES.map(n => n.ruleId).join(', '),
      expression: `size(${V('deniedFields')}) == 0`,
      messageExpression: `${at} + "sets " + ${V('deniedFields')}.map(f, ${V('podPath')} + "." + f + ": true").join(", ") + " in its pod spec, sharing the node's namespaces. " + ${celString(process)}`,
      reason: 'Forbidden',
    },
  ]
  if (failsAtError(config, 'exception-invalid'))
    validations.push({
      ruleId: 'exception-invalid',
      expression: `!${V('hasRecord')} || ${V('recordProblem')} == ""`,
      messageExpression: `${at} + "its host namespace exception is invalid: " + ${V('recordProblem')} + ". " + ${celString(process)}`,
      reason: 'Invalid',
    })
  validations.push({
    ruleId: 'exception-invalid, exception-expired, exception-expiring, exception-outside-allowed-namespace, exception-missing-control',
    expression: `${V('denyReason')} == ""`,
    messageExpression: `${at} + "its host namespace exception is not in force: " + ${V('denyReason')} + ". " + ${celString(process)}`,
    reason: 'Forbidden',
  })
  if (failsAtError(config, 'exception-missing-control'))
    validations.push({
      ruleId: 'exception-missing-control',
      expression: `${V('controlProblem')} == ""`,
      messageExpression: `${at} + "a workload with a host namespace exception must limit what a compromise can do: " + ${V('controlProblem')} + "."`,
      reason: 'Forbidden',
    })
  if (failsAtError(config, 'exception-unnecessary'))
    validations.push({
      ruleId: 'exception-unnecessary',
      expression: `size(${V('unusedFields')}) == 0`,
      messageExpression: `${at} + "its exception allows " + ${V('unusedFields')}.join(", ") + ", which its pods do not set: remove it from the allow list."`,
      reason: 'Invalid',
    })
  return { variables, validations, tableChunks: chunks.length }
}

/**
 * The workloads an object was made from, through its controlling owner reference: a DaemonSet's
 * or StatefulSet's Pods, a Deployment's ReplicaSets and (through the ReplicaSet's name, which is
 * the Deployment's plus the pod-template-hash label) their Pods, a CronJob's Jobs and (the Job's
 * name is the CronJob's plus the scheduled minute) their Pods. The exception is written on the
 * workload; these objects carry its template, not its metadata.
 */
function ownerKeys(): string {
  const owner = `${V('controller')}[0]`
  const ns = '"/" + request.namespace + "/"'
  const hash = `${V('labels')}["pod-template-hash"]`
  return [
    `size(${V('controller')}) == 0 ? []`,
    `${owner}.kind == "ReplicaSet" && "pod-template-hash" in ${V('labels')} && ${owner}.name.endsWith("-" + ${hash}) ? ["ReplicaSet" + ${ns} + ${owner}.name, "Deployment" + ${ns} + ${owner}.name.substring(0, size(${owner}.name) - size(${hash}) - 1)]`,
    `${owner}.kind == "Job" && ${owner}.name.matches("-[0-9]+$") ? ["Job" + ${ns} + ${owner}.name, "CronJob" + ${ns} + ${owner}.name.substring(0, ${owner}.name.lastIndexOf("-"))]`,
    `[${owner}.kind + ${ns} + ${owner}.name]`,
  ].join(' :\n')
}

/** The first problem of the annotation record, or "": the problems annotationRecord reports, in its order. */
function recordProblem(ann: (key: string) => string): string {
  const L = celString(EXCEPTION_LABEL)
  const fields = celStringList(HOST_NAMESPACES.map(n => n.podField))
  const known = celStringList(Object.values(ANNOTATIONS))
  const missing = (key: string) => `${ann(key)} == "" ? ${celString(`annotation ${key} is missing or empty`)}`
  return [
    `!(${L} in ${V('labels')}) ? (${V('misplaced')} ? ${celString(`the exception label and annotations are on the pod template; put them on the workload's own metadata`)} : ${celString(`it has exception annotations but not the label ${EXCEPTION_LABEL}: "true"`)})`,
    `${V('labels')}[${L}] != "true" ? ${celString(`label ${EXCEPTION_LABEL} must be "true"`)}`,
    `!${V('hasPod')} ? "the workload runs no pods"`,
    `${V('name')} == "" ? "the workload has no metadata.name"`,
    missing(ANNOTATIONS.allow),
    `${V('allowItems')}.exists(x, !(x in ${fields})) ? ${celString(`annotation ${ANNOTATIONS.allow} lists something other than ${HOST_NAMESPACES.map(n => n.podField).join(', ')}`)}`,
    `size(${V('allowItems')}) == 0 ? ${celString(`annotation ${ANNOTATIONS.allow} names no host namespace`)}`,
    missing(ANNOTATIONS.owner),
    missing(ANNOTATIONS.riskAcceptance),
    missing(ANNOTATIONS.expires),
    `!${ann(ANNOTATIONS.expires)}.matches(${celString(ISO_DATE_PATTERN)}) ? ${celString(`annotation ${ANNOTATIONS.expires} is not a date written YYYY-MM-DD`)}`,
    `${V('ourAnnotations')}.exists(k, !(k in ${known})) ? "an unknown " + ${celString(EXCEPTION_PREFIX)} + " annotation"`,
    '""',
  ].join(' :\n')
}

function denyReason(config: Config): string {
  const parts = [
    `${V('hasRecord')} && ${V('entryA')} == "" ? "it is not one of the repository's exception records (an exception is granted through the repository, not by annotating a workload in the cluster)"`,
  ]
  if (failsAtError(config, 'exception-invalid'))
    parts.push(`${V('hasRecord')} && ${V('entryF')} != "" ? "a second exception record for one workload (its annotations and the central file)"`)
  if (failsAtError(config, 'exception-missing-control'))
    parts.push(
      `${V('entryParts')}[2] == "" && ${V('entryParts')}[1] != "none" && ${V('entryParts')}[1] != "invalid" && ${V('entryParts')}[3] == "-" && size(${V('usedFields')}) > 0 ? "the workload is not in the repository, so no NetworkPolicy is known to select its pods"`,
    )
  parts.push(`${V('entryParts')}[2]`)
  return parts.join(' :\n')
}

/** The compensating controls, container by container, with the container's settings over the pod's (src/policy/evaluate.ts#containerControls). */
function controlProblem(): string {
  const podCtx = `${P}.securityContext`
  const hasPodCtx = (f: string) => `has(${podCtx}) && has(${podCtx}.${f})`
  const hasCtx = (f: string) => `has(c.securityContext) && has(c.securityContext.${f})`
  const runAsUser = `(${hasCtx('runAsUser')} ? c.securityContext.runAsUser != 0 : ${hasPodCtx('runAsUser')} ? ${podCtx}.runAsUser != 0 : ${hasCtx('runAsNonRoot')} ? c.securityContext.runAsNonRoot == true : ${hasPodCtx('runAsNonRoot')} && ${podCtx}.runAsNonRoot == true)`
  const dropsAll = `(${hasCtx('capabilities')} && has(c.securityContext.capabilities.drop) && c.securityContext.capabilities.drop.exists(d, d == "ALL"))`
  const noEscalation = `(${hasCtx('allowPrivilegeEscalation')} && c.securityContext.allowPrivilegeEscalation == false)`
  const names = (ok: string) => `${V('containers')}.filter(c, !${ok}).map(c, has(c.name) ? c.name : "?").join(", ")`
  return [
    `${V('entry')} == "" || ${V('entryParts')}[1] == "invalid" || ${V('entryParts')}[3] == "-" || !${V('hasPod')} ? ""`,
    `size(${V('containers')}) == 0 ? "its pod spec lists no containers, so the controls cannot be verified"`,
    `${V('containers')}.exists(c, !${runAsUser}) ? "container(s) " + ${names(runAsUser)} + " may run as root: set securityContext.runAsNonRoot: true or a non-zero runAsUser"`,
    `${V('containers')}.exists(c, !${dropsAll}) ? "container(s) " + ${names(dropsAll)} + " do not drop all capabilities: set securityContext.capabilities.drop: [ALL]"`,
    `${V('containers')}.exists(c, !${noEscalation}) ? "container(s) " + ${names(noEscalation)} + " do not disallow privilege escalation: set securityContext.allowPrivilegeEscalation: false"`,
    '""',
  ].join(' :\n')
}

/** How to get an exception, in the message every denial carries. */
export function exceptionProcess(config: Config): string {
  const ex = config.exceptions
  const where = ex.namespaces.length
    ? `a namespace listed in exceptions.namespaces (${ex.namespaces.join(', ')})`
    : 'a dedicated namespace listed in exceptions.namespaces (none is listed yet)'
  const approval = ex.approval.team ? `approved by ${ex.approval.team} (label ${ex.approval.label})` : `approved with the label ${ex.approval.label}`
  const how = `the label ${EXCEPTION_LABEL}: "true" and the annotations ${Object.values(ANNOTATIONS).join(', ')} on the workload${ex.file ? `, or an entry of ${ex.file}` : ''}`
  return `Exceptions: in the repository, ${how}, in ${where}, ${approval} in a pull request; then regenerate and apply this policy (host-namespace-guard admission).`
}

/** The entries as CEL map literals, each under the expression size we allow ourselves. */
function chunkTable(entries: readonly Entry[]): string[] {
  const chunks: string[] = []
  let items: string[] = []
  let size = 2
  for (const e of entries) {
    const item = `${celString(e.key)}: ${celString(entryValue(e))}`
    if (item.length + 4 > MAX_EXPRESSION_CODE_POINTS)
      throw new AdmissionLimitError(`admission: the exception entry ${e.key.slice(0, 200)} is too long for one CEL expression`)
    if (items.length && size + item.length + 2 > MAX_EXPRESSION_CODE_POINTS) {
      chunks.push(`{${items.join(',\n')}}`)
      items = []
      size = 2
    }
    items.push(item)
    size += item.length + 2
  }
  if (items.length || !chunks.length) chunks.push(`{${items.join(',\n')}}`)
  return chunks
}
