import { namesOr } from '../namespaces.js'
import type { Rule } from './types.js'

/**
 * The record problems themselves (missing fields, bad dates, unknown flags) are found when
 * src/policy/records.ts reads the record, which names each in its message; this rule reports them,
 * and a second record for one workload.
 */
export const exceptionInvalid: Rule = {
  meta: {
    id: 'exception-invalid',
    title: 'Host namespace exception record is invalid',
    severity: 'error',
    description:
      'An exception record (the host-namespace-guard.io labels and annotations on a workload, or an entry of the central exceptions file) has a missing or malformed field, an unknown host namespace flag, or a date that does not parse. An invalid record grants nothing, so the host namespace findings it meant to cover still fail.',
    remediation: `Fix the field the message names: allow lists ${namesOr(n => n.podField)}; owner and risk-acceptance are non-empty; expires is a date written YYYY-MM-DD; the label is the string "true" on the workload's own metadata.`,
    docs: 'docs/rules/exception-invalid.md',
  },
  assessment: ({ assessment: a, resource, firstOfRecord }, ctx) => {
    const { record } = a
    // A record is reported once even when it matches several workloads (overlays of one app).
    if (firstOfRecord) for (const p of record.problems) ctx.report({ file: p.file, span: p.span, resource, fieldPath: p.fieldPath, message: p.message })
    if (a.duplicateOf) {
      const first = a.duplicateOf
      ctx.report({
        span: record.span,
        resource,
        fieldPath: record.fieldPath,
        message: `${resource.display} already has an exception record at ${first.file}:${first.span.start.line}; keep one record per workload (the annotation and the central file are two forms of the same record).`,
      })
    }
  },
  /** A problem of the central file that belongs to no entry (bad YAML, no `exceptions` list). */
  recordProblem: (p, ctx) => ctx.report({ file: p.file, span: p.span, resource: { display: p.file }, fieldPath: p.fieldPath, message: p.message }),
}
