import path from 'node:path'
import { ConfigError, type Config } from '../config/config.js'
import type { EngineOptions } from '../engine/scan-file.js'
import { readRepositoryFile, RefusedRead } from '../io/safe-read.js'
import type { Finding } from '../model.js'
import { scan, type ScanRequest } from '../pipeline.js'
import { evaluate, type Assessment } from './evaluate.js'
import { FactStore } from './facts.js'
import { annotationRecord, parseCentralFile, type ExceptionRecord, type RecordProblem } from './records.js'
import { reviewRows, type ExceptionRow } from './review.js'

/**
 * Exceptions, wired for the pipeline: the observers collect plain facts during the scan, and
 * `finish` applies the exception records to the findings once every file has been seen.
 */

export interface CentralFileText {
  /** Repo-relative path, as findings name it. */
  path: string
  text: string
}

export interface Policy {
  /** For EngineOptions.observeObject: workloads, their exception records, NetworkPolicies. */
  observeObject: NonNullable<EngineOptions['observeObject']>
  /** For EngineOptions.observeFilter: files the observer needs even when no rule could fire. */
  observeFilter: RegExp
  /**
   * An observer that keeps only NetworkPolicies: for a repository-wide pass when the scan itself
   * reads only some files (a pull request), so a NetworkPolicy in an unchanged file still counts.
   */
  observeContext: NonNullable<EngineOptions['observeObject']>
  /** Findings in, findings out: covered ones get `suppression`, exception-* findings are added. */
  finish(findings: Finding[]): Finding[]
  /** Every record seen (annotation and central file), valid or not. */
  records(): ExceptionRecord[]
  assessments(): Assessment[]
  /** The monthly review's rows, sorted expired-first. */
  rows(): ExceptionRow[]
}

export interface PolicyOptions {
  /** The file named by exceptions.file, already read (see readCentralFile). */
  centralFile?: CentralFileText
}

/** Text the observer needs parsed: NetworkPolicies and our labels (the engine skips other YAML). */
export const POLICY_FILTER = /NetworkPolicy|host-namespace-guard\.io\//

export function createPolicy(config: Config, today: Date, options: PolicyOptions = {}): Policy {
  const facts = new FactStore()
  const central = options.centralFile ? parseCentralFile(options.centralFile.path, options.centralFile.text) : { records: [], problems: [] as RecordProblem[] }
  const records = () => [...[...facts.workloads.values()].map(annotationRecord).filter((r): r is ExceptionRecord => r !== undefined), ...central.records]
  const run = (findings: readonly Finding[]) =>
    evaluate({
      findings,
      facts: { workloads: [...facts.workloads.values()], networkPolicies: [...facts.networkPolicies.values()] },
      records: records(),
      problems: central.problems,
      config,
      today,
    })
  return {
    observeObject: facts.observe,
    observeFilter: POLICY_FILTER,
    observeContext: (object, _pods, source) => facts.observeNetworkPolicy(object, source),
    finish: findings => run(findings).findings,
    records,
    assessments: () => run([]).assessments,
    rows: () => reviewRows(run([]).assessments),
  }
}

/** Reads exceptions.file from the repository; a file the config names but that is missing is a config error. */
export async function readCentralFile(root: string, config: Config, configFile = 'config'): Promise<CentralFileText | undefined> {
  const relative = config.exceptions.file
  if (!relative) return undefined
  try {
    // A pull request controls the working tree: a link could point anywhere (/dev/zero, a
    // secret), so the file must be a regular file inside the repository, read without following.
    const text = await readRepositoryFile(root, relative, config.maxFileSize)
    if (text === undefined) throw new ConfigError(configFile, undefined, 'exceptions.file', `cannot read "${relative}": ENOENT`)
    return { path: path.relative(root, path.resolve(root, relative)).split(path.sep).join('/'), text }
  } catch (err) {
    if (err instanceof ConfigError) throw err
    if (err instanceof RefusedRead) throw new ConfigError(configFile, undefined, 'exceptions.file', `"${relative}" ${err.reason}`)
    throw new ConfigError(configFile, undefined, 'exceptions.file', `cannot read "${relative}": ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`)
  }
}

/**
 * Lets the policy see every NetworkPolicy of the repository when the scan itself reads only some
 * files (a pull request's changed files, or CLI paths below the root): a policy in an unchanged
 * file still protects the workload.
 */
export async function observeRepositoryContext(policy: Policy, request: Pick<ScanRequest, 'root' | 'config'>): Promise<void> {
  await scan({ root: request.root, config: request.config, rules: new Map(), observeObject: policy.observeContext, observeFilter: /NetworkPolicy/ })
}

/**
 * The policy for a scan that reads only part of the repository, reading the rest for
 * NetworkPolicies only when the scanned part holds an exception: a repository without
 * exceptions pays nothing for it.
 */
export function withRepositoryContext(policy: Policy, request: Pick<ScanRequest, 'root' | 'config'>): Policy & { beforeFinish(): Promise<void> } {
  return {
    ...policy,
    beforeFinish: async () => {
      if (policy.records().length) await observeRepositoryContext(policy, request)
    },
  }
}

/**
 * The exception records of a set of files, without running any rule: for comparing a pull
 * request's base and head (pass `files` and a `reader` for the base commit, and the central file's
 * text at that commit).
 */
export async function collectExceptionRecords(
  request: Pick<ScanRequest, 'root' | 'paths' | 'files' | 'config' | 'reader'>,
  centralFile?: CentralFileText,
): Promise<ExceptionRecord[]> {
  const policy = createPolicy(request.config, new Date(0), { centralFile })
  await scan({ ...request, rules: new Map(), observeObject: policy.observeObject, observeFilter: policy.observeFilter })
  return policy.records()
}

export { checkExceptionApproval, exceptionChanges, type ApprovalPort, type ApprovalResult, type ExceptionChange, type PullRequestInfo } from './approval.js'
export { publishExceptionsReport, exceptionsIssueBody, EXCEPTIONS_REPORT_MARKER, type PublishResult, type TrackingIssuePort } from './tracking-issue.js'
export { rowsToJson, rowsToMarkdown, rowsToText, isFailingRow, type ExceptionRow } from './review.js'
export type { ExceptionRecord } from './records.js'

/** The exceptions policy of a scan; when only part of the repository is scanned, the rest gives context. */
export async function policyFor(target: { paths: string[]; root: string }, config: Config, configFile: string | undefined, today: Date): Promise<Policy> {
  const { root, paths } = target
  const policy = createPolicy(config, today, { centralFile: await readCentralFile(root, config, configFile) })
  return paths.some(p => p !== root) ? withRepositoryContext(policy, { root, config }) : policy
}
