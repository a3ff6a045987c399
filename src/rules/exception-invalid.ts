import { namesOr } from '../namespaces.js'
import type { Rule } from './types.js'

/** Findings come from src/policy (evaluate.ts), not from a unit check. */
export const exceptionInvalid: Rule = {
  meta: {
    id: 'exception-invalid',
    title: 'Host namespace exception record is invalid',
    severity: 'error',
    description:
      'An exception record (the host-namespace-guard.io labels and annotations on a workload, or an entry of the central exceptions file) has a missing or malformed field, an unknown host namespace flag, or a date that does not parse. An invalid record grants nothing, so the host namespace findings it meant to cover still fail.',
    remediation:
      `Fix the field the message names: allow lists ${namesOr(n => n.podField)}; owner and risk-acceptance are non-empty; expires is a date written YYYY-MM-DD; the label is the string "true" on the workload's own metadata.`,
    docs: 'docs/rules/exception-invalid.md',
  },
}
