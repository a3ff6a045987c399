import type { Config } from '../config/config.js'
import { severityOf } from '../config/severity.js'
import type { Finding } from '../model.js'
import { SourceText } from '../parse/source.js'
import type { Assessment } from '../policy/index.js'
import { registry } from '../rules/index.js'
import type { StaleAdmissionUnit } from '../rules/types.js'
import { admissionPolicy } from './policy.js'
import { AdmissionLimitError } from './limits.js'

export interface DriftInput {
  config: Config
  /** The committed file's text; undefined when it does not exist. */
  committed: string | undefined
  /** The static check's assessments of the whole repository: what the policy is generated from. */
  assessments: readonly Assessment[]
}

/**
 * The drift check: regenerates the policy (deterministic, no date in it) and compares it with the
 * committed file byte for byte. A difference is one `admission-policy-stale` finding at the first
 * differing line, whose fix is the regenerated text; the rule words it.
 */
export function admissionDrift(input: DriftInput): Finding[] {
  const file = input.config.admission?.file
  if (!file) return []
  let text: string
  let entries: number
  try {
    const policy = admissionPolicy({ config: input.config, assessments: input.assessments })
    text = policy.text
    entries = policy.entries.length
  } catch (err) {
    if (!(err instanceof AdmissionLimitError)) throw err
    // No policy fits: the committed one cannot be the right one either. The limit names the numbers.
    return report(
      { file, missing: input.committed === undefined, span: new SourceText(file, input.committed ?? '').span(0, 0), entries: -1 },
      input.config,
      err.message,
    )
  }
  if (input.committed === text) return []
  if (input.committed === undefined) return report({ file, missing: true, span: new SourceText(file, '').span(0, 0), entries }, input.config)
  const source = new SourceText(file, input.committed)
  const line = firstDifferentLine(input.committed, text)
  const start = source.lineStart(line)
  const end = source.lineEnd(line)
  return report(
    {
      file,
      missing: false,
      span: source.span(start, Math.max(start, end)),
      entries,
      fix: { description: 'Regenerate the admission policy', edits: [{ span: source.span(0, input.committed.length), text }] },
    },
    input.config,
  )
}

function firstDifferentLine(a: string, b: string): number {
  const x = a.split('\n')
  const y = b.split('\n')
  let i = 0
  while (i < x.length && i < y.length && x[i] === y[i]) i++
  return Math.min(i + 1, x.length)
}

function report(unit: StaleAdmissionUnit, config: Config, limit?: string): Finding[] {
  const out: Finding[] = []
  for (const rule of registry.values()) {
    const severity = rule.staleAdmission ? severityOf(config, rule) : undefined
    if (!severity) continue
    rule.staleAdmission!(limit ? { ...unit, limit } : unit, {
      report: r => out.push({ ruleId: rule.meta.id, severity, remediation: rule.meta.remediation, ...r }),
    })
  }
  return out
}
