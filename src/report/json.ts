import type { Finding, Span } from '../model.js'
import { TOOL_NAME, TOOL_VERSION } from '../version.js'
import type { RunInfo, WithVerdict } from './run-info.js'

/**
 * The JSON report (schema in docs/json-report.md). Additive changes keep schemaVersion 1;
 * anything that renames or removes a field bumps it.
 */
export function toJsonReport(findings: ReadonlyArray<Finding & WithVerdict>, run: RunInfo): object {
  const byRule: Record<string, number> = {}
  const bySeverity: Record<string, number> = { error: 0, warning: 0, note: 0 }
  for (const f of findings) {
    byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1
    bySeverity[f.severity]++
  }
  return {
    schemaVersion: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    run: { filesScanned: run.filesScanned, truncated: run.truncated, failOn: run.failOn },
    summary: {
      total: findings.length,
      failing: findings.filter(f => f.failing).length,
      suppressed: findings.filter(f => f.suppression).length,
      bySeverity,
      byRule,
    },
    findings: findings.map(f => ({
      ruleId: f.ruleId,
      severity: f.severity,
      file: f.file,
      line: f.span.start.line,
      column: f.span.start.column,
      endLine: f.span.end.line,
      endColumn: f.span.end.column,
      resource: f.resource.display,
      object: { kind: f.resource.kind ?? null, namespace: f.resource.namespace ?? null, name: f.resource.name ?? null, document: f.resource.document ?? null },
      message: f.message,
      remediation: f.remediation,
      fieldPath: f.fieldPath,
      fingerprint: f.fingerprint ?? null,
      failing: f.failing,
      fix: f.fix ? { description: f.fix.description, replacements: f.fix.edits.map(e => ({ ...range(e.span), text: e.text })) } : null,
      suppression: f.suppression ?? null,
      // Only where a finding has one (a rendered chart's values line): older reports stay as they were.
      ...(f.related?.length ? { related: f.related.map(r => ({ file: r.file, ...range(r.span), message: r.message })) } : {}),
    })),
  }
}

const range = (s: Span) => ({
  line: s.start.line,
  column: s.start.column,
  endLine: s.end.line,
  endColumn: s.end.column,
  startOffset: s.startOffset,
  endOffset: s.endOffset,
})
