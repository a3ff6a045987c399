import type { Finding } from '../model.js'
import { clip } from '../report/markdown.js'

/** The versioned artifact a read-only run leaves for the publishing run (two-stage mode). */
export const REVIEW_REPORT_KIND = 'host-namespace-guard/review-report'

/**
 * How long each text field of the review report may be. The first stage clips to these and the
 * publishing run refuses anything longer: one table for both, so the publishing run accepts every
 * report the first stage can write (a fork pull request that adds an exception writes long
 * exception-unapproved messages) and nothing an attacker could make larger.
 */
export const REPORT_LIMITS = {
  ruleId: 64,
  severity: 16,
  file: 4096,
  resource: 1024,
  message: 8000,
  fieldPath: 2048,
  fingerprint: 64,
  justification: 4000,
  owner: 512,
  expires: 64,
  source: 4096 + 64,
} as const

/** A text field as the first stage writes it: clipped to its limit. */
export const bounded = (text: string, field: keyof typeof REPORT_LIMITS): string => clip(text, REPORT_LIMITS[field])

/**
 * A finding with its texts clipped to the report's limits. Paths are not clipped (a clipped path
 * names another file); git's own limit keeps them under REPORT_LIMITS.file.
 */
export function boundedFinding<F extends Finding>(f: F): F {
  const s = f.suppression
  return {
    ...f,
    resource: { ...f.resource, display: bounded(f.resource.display, 'resource') },
    message: bounded(f.message, 'message'),
    fieldPath: bounded(f.fieldPath, 'fieldPath'),
    ...(s
      ? {
          suppression: {
            ...s,
            justification: bounded(s.justification, 'justification'),
            source: bounded(s.source, 'source'),
            ...(s.owner !== undefined ? { owner: bounded(s.owner, 'owner') } : {}),
            ...(s.expires !== undefined ? { expires: bounded(s.expires, 'expires') } : {}),
          },
        }
      : {}),
  }
}
