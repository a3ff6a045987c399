/** Text and JSON reports for the smoke checks, and the exit codes the CLI returns. */
import { NAMESPACES } from '../model.js'
import type { BuildCheckResult } from './build-check.js'
import { SmokeError } from './smoke-error.js'
import type { RuntimeCheckResult } from './runtime-check.js'

/** 0: ok; 1: a namespace is shared or the build needs host networking; 2: the build failed otherwise, usage/engine error or timeout; 130: interrupted. */
export const EXIT_OK = 0
export const EXIT_FINDINGS = 1
export const EXIT_ERROR = 2
export const EXIT_INTERRUPTED = 130

/**
 * Exit code for what a check returned or threw: a result → 0 when ok, else 1, but 2 for a build that
 * failed for another reason than host networking; a SmokeError → 2 (130 when interrupted); anything
 * else thrown → 2.
 */
export function smokeExitCode(outcome: BuildCheckResult | RuntimeCheckResult | unknown): number {
  if (outcome instanceof SmokeError) return outcome.kind === 'interrupted' ? EXIT_INTERRUPTED : EXIT_ERROR
  if (outcome instanceof Error) return EXIT_ERROR
  if (typeof outcome === 'object' && outcome !== null && (outcome as { reason?: unknown }).reason === 'error') return EXIT_ERROR
  if (typeof outcome === 'object' && outcome !== null && 'ok' in outcome && typeof (outcome as { ok: unknown }).ok === 'boolean') {
    return (outcome as { ok: boolean }).ok ? EXIT_OK : EXIT_FINDINGS
  }
  return EXIT_ERROR
}

function indent(text: string, prefix = '    '): string {
  return text
    .split('\n')
    .map(l => prefix + l)
    .join('\n')
}

export function formatRuntimeText(r: RuntimeCheckResult): string {
  const out: string[] = []
  out.push(
    `runtime-check ${r.ok ? 'PASS' : 'FAIL'}: ${r.manifest} on ${r.engineVersion} (${r.workloads.length} workload${r.workloads.length === 1 ? '' : 's'})`,
  )
  for (const w of r.workloads) {
    out.push('')
    out.push(`${w.ok ? 'PASS' : 'FAIL'} ${w.resource} → pod ${w.pod} (probe: ${w.probe}, container ${w.container})`)
    for (const ns of NAMESPACES) {
      const v = w.namespaces[ns]
      const allowed = w.allowed.includes(ns)
      const verdict = allowed ? (v.shared ? 'ALLOWED' : 'FAIL') : v.shared ? 'FAIL' : v.observed === null ? 'UNKNOWN' : 'PASS'
      const what = v.shared
        ? `shared with the node${allowed ? ', as its exception allows' : ''}`
        : allowed
          ? 'not shared, though its exception allows it'
          : v.observed === null
            ? 'not observed'
            : 'isolated'
      out.push(`  ${ns.padEnd(7)} ${verdict.padEnd(7)} ${what}: ${v.evidence}`)
    }
    for (const n of w.notes) out.push(`  note: ${n}`)
  }
  out.push('')
  out.push(r.cleanedUp ? 'cleanup: every pod the check created is gone' : 'cleanup: INCOMPLETE, some pods may be left (podman pod ps)')
  return out.join('\n')
}

export function formatBuildText(r: BuildCheckResult): string {
  const out: string[] = []
  out.push(`build-check ${r.ok ? 'PASS' : 'FAIL'} (${r.engine}): ${r.message}`)
  if (!r.ok && r.failedStep) out.push(`  failed step${r.failedLine ? ` (line ${r.failedLine})` : ''}: ${r.failedStep}`)
  if (!r.ok && r.output) {
    out.push('  output (tail):')
    out.push(indent(r.output))
  }
  out.push(r.cleanedUp ? `cleanup: ${r.image} removed` : `cleanup: INCOMPLETE, ${r.image} may still exist`)
  return out.join('\n')
}

/** Stable JSON (2-space indent, trailing newline) for either result. */
export function formatJson(r: BuildCheckResult | RuntimeCheckResult): string {
  return JSON.stringify(r, null, 2) + '\n'
}

/** JSON for a thrown error, so `--format json` always prints JSON. */
export function formatErrorJson(err: unknown): string {
  const e =
    err instanceof SmokeError
      ? { kind: err.kind, message: err.message, ...(err.cleanedUp !== undefined ? { cleanedUp: err.cleanedUp } : {}) }
      : { kind: 'engine', message: String((err as Error)?.message ?? err) }
  return JSON.stringify({ ok: false, error: e }, null, 2) + '\n'
}

export function formatErrorText(err: unknown): string {
  if (err instanceof SmokeError) {
    const cleanup = err.cleanedUp === undefined ? '' : err.cleanedUp ? ' (cleaned up)' : ' (cleanup INCOMPLETE)'
    return `smoke check ${err.kind === 'usage' ? 'usage error' : err.kind}: ${err.message}${cleanup}`
  }
  return `smoke check error: ${String((err as Error)?.message ?? err)}`
}
