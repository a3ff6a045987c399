import type { Assessment, ExceptionStatus } from './evaluate.js'
import type { HostField } from '../engine/facts.js'
import { workloadKeyText } from './records.js'

/**
 * The monthly review's rows: every exception record with what it grants, who owns it, when it
 * ends and whether its controls are in place, sorted expired-first. Rendered by
 * report/exceptions-review.ts as text (CLI), JSON (tools) and Markdown (the tracking issue, the job
 * summary).
 */

export interface ExceptionRow {
  /** `Kind/namespace/name`. */
  workload: string
  kind: string
  /** The Kubernetes namespace ('default' when the workload names none; see namespaceAssumed). */
  namespace: string
  namespaceAssumed: boolean
  namespaceAllowed: boolean
  name: string
  /** Where the record is written. */
  file: string
  line: number
  origin: 'annotation' | 'file'
  /** Host namespaces the exception accepts. */
  allow: HostField[]
  owner: string
  riskAcceptance: string
  expires: string
  /** Whole UTC days until expiry (0 on the day, negative after); null when the date is invalid. */
  daysLeft: number | null
  status: ExceptionStatus
  /** `ok`, `missing` (see missingControls), or `unknown` when the workload was not among the scanned files. */
  controls: 'ok' | 'missing' | 'unknown'
  missingControls: string[]
  /** Why the record is invalid, or other notes (duplicate, workload not found, namespace not allowed). */
  problems: string[]
}

const STATUS_RANK: Record<ExceptionStatus, number> = { expired: 0, invalid: 1, expiring: 2, active: 3 }

export function reviewRows(assessments: readonly Assessment[]): ExceptionRow[] {
  const rows = assessments.map(toRow)
  return rows.sort(
    (a, b) =>
      STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
      (a.daysLeft ?? 0) - (b.daysLeft ?? 0) ||
      a.workload.localeCompare(b.workload) ||
      a.file.localeCompare(b.file) ||
      a.line - b.line,
  )
}

function toRow(a: Assessment): ExceptionRow {
  const { record, workload } = a
  const kind = workload?.kind ?? record.target.kind
  const name = workload?.name ?? record.target.name
  const problems = record.problems.map(p => p.message)
  if (a.duplicateOf) problems.push(`duplicate: the record at ${a.duplicateOf.file}:${a.duplicateOf.span.start.line} applies`)
  if (!workload) problems.push('no workload with this kind, namespace and name was found in the scanned files')
  if (!a.namespaceAllowed)
    problems.push(`namespace "${a.namespace}"${a.namespaceAssumed ? ' (not set; kubectl would use "default")' : ''} is not listed in exceptions.namespaces`)
  return {
    workload: workloadKeyText({ kind, namespace: a.namespace, name }),
    kind,
    namespace: a.namespace,
    namespaceAssumed: a.namespaceAssumed,
    namespaceAllowed: a.namespaceAllowed,
    name,
    file: record.file,
    line: record.span.start.line,
    origin: record.origin,
    allow: [...record.allow],
    owner: record.owner ?? '',
    riskAcceptance: record.riskAcceptance ?? '',
    expires: record.expires ?? '',
    daysLeft: a.daysLeft ?? null,
    status: a.status,
    controls: !workload ? 'unknown' : a.missingControls.length ? 'missing' : 'ok',
    missingControls: a.missingControls.map(m => (m.container ? `${m.container}: ${m.control}` : m.control)),
    problems,
  }
}

/** An exception that fails the monthly review (CLI exit 1). */
export const isFailingRow = (r: ExceptionRow): boolean => r.status === 'expired' || r.status === 'invalid'

export function summarize(rows: readonly ExceptionRow[]): Record<ExceptionStatus | 'total', number> {
  const out = { total: rows.length, expired: 0, invalid: 0, expiring: 0, active: 0 }
  for (const r of rows) out[r.status]++
  return out
}
