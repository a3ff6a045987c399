import type { Config } from '../config/config.js'
import type { CentralFileText } from '../config/exceptions-file.js'
import type { Facts } from '../engine/facts.js'
import type { Finding } from '../model.js'
import { eachPolicyRule } from './rule-findings.js'
import { evaluate, type Assessment } from './evaluate.js'
import { annotationRecord, parseCentralFile, type ExceptionRecord, type RecordProblem } from './records.js'

/**
 * The exceptions stage, pure: the scan's findings and facts, the exception records (from
 * `exceptionRecords`), the config and the day in; findings (covered ones with `suppression`, exception-* ones added) and one
 * assessment per record out. It reads nothing and calls no scan: the pipeline decides what to
 * read and hands it the facts.
 */
export interface PolicyInput {
  findings: readonly Finding[]
  facts: Facts
  exceptions: ExceptionRecords
  config: Config
  today: Date
}

export interface PolicyResult {
  findings: Finding[]
  assessments: Assessment[]
  /** Every record seen (annotation and central file), valid or not. */
  records: ExceptionRecord[]
}

export function applyPolicy(input: PolicyInput): PolicyResult {
  const { records, problems } = input.exceptions
  const { findings, assessments } = evaluate({ findings: input.findings, facts: input.facts, records, problems, config: input.config, today: input.today })
  // Namespace manifests: whether Pod Security Admission backs the exception namespaces up.
  for (const namespace of input.facts.namespaces)
    eachPolicyRule('namespace', input.config, namespace.file, findings, (rule, ctx) =>
      rule.namespace!({ namespace, exceptionNamespaces: input.config.exceptions.namespaces }, ctx),
    )
  return { findings, assessments, records }
}

export interface ExceptionRecords {
  records: ExceptionRecord[]
  /** Problems of the central file that belong to no entry. */
  problems: RecordProblem[]
}

/** The exception records of the facts (annotations on workloads) and of the central file. */
export function exceptionRecords(facts: Facts, centralFile?: CentralFileText): ExceptionRecords {
  const central = centralFile ? parseCentralFile(centralFile.path, centralFile.text) : { records: [], problems: [] as RecordProblem[] }
  const annotated = facts.workloads.map(annotationRecord).filter((r): r is ExceptionRecord => r !== undefined)
  return { records: [...annotated, ...central.records], problems: central.problems }
}

export type { CentralFileText } from '../config/exceptions-file.js'
export { checkExceptionApproval, exceptionChanges, type ApprovalPort, type ApprovalResult, type ExceptionChange, type PullRequestInfo } from './approval.js'
export { reviewRows, isFailingRow, summarize, type ExceptionRow } from './review-rows.js'
export type { Assessment } from './evaluate.js'
export type { ExceptionRecord } from './records.js'
