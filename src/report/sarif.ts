import { isRunLevel, type Finding, type Severity, type Span } from '../model.js'
import type { Rule } from '../rules/types.js'
import { TOOL_NAME, TOOL_VERSION, PROJECT_URL, docsUrl } from '../version.js'
import type { RunInfo, WithVerdict } from './run-info.js'

/** GitHub code scanning shows a security severity only when rules carry this score. */
const SECURITY_SEVERITY: Record<Severity, string> = { error: '8.0', warning: '5.0', note: '2.0' }

/**
 * SARIF 2.1.0 as GitHub code scanning ingests it: rules with help text, results with regions in
 * UTF-16 columns, partialFingerprints that do not depend on lines, fixes and suppressions.
 */
export function toSarif(findings: ReadonlyArray<Finding & WithVerdict>, rules: readonly Rule[], run: RunInfo): object {
  const index = new Map(rules.map((r, i) => [r.meta.id, i]))
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: TOOL_VERSION,
            semanticVersion: TOOL_VERSION,
            informationUri: PROJECT_URL,
            rules: rules.map(r => ({
              id: r.meta.id,
              name: pascal(r.meta.id),
              shortDescription: { text: r.meta.title },
              fullDescription: { text: r.meta.description },
              help: {
                text: `${r.meta.description}\n\nRemediation: ${r.meta.remediation}`,
                markdown: `${r.meta.description}\n\n**Remediation:** ${r.meta.remediation}\n\n[Rule documentation](${docsUrl(r.meta.id)})`,
              },
              helpUri: docsUrl(r.meta.id),
              defaultConfiguration: { level: r.meta.severity },
              properties: r.meta.namespace
                ? {
                    tags: ['security', 'kubernetes', 'containers', `namespace-${r.meta.namespace}`],
                    precision: 'very-high',
                    'security-severity': SECURITY_SEVERITY[r.meta.severity],
                  }
                : { tags: ['maintainability'], precision: 'very-high' },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
        // What the run could not judge is about the run, not a place in a file: SARIF says so in
        // the invocation, which then did not complete successfully.
        invocations: [
          {
            executionSuccessful: !findings.some(isRunLevel),
            toolExecutionNotifications: findings
              .filter(isRunLevel)
              .map(f => ({ level: f.severity, message: { text: f.message }, descriptor: { id: f.ruleId, index: index.get(f.ruleId) ?? -1 } })),
          },
        ],
        results: findings
          .filter(f => !isRunLevel(f))
          .map(f => {
            const artifactLocation = { uri: encodeUri(f.file), uriBaseId: '%SRCROOT%' }
            const result: Record<string, unknown> = {
              ruleId: f.ruleId,
              ruleIndex: index.get(f.ruleId) ?? -1,
              level: f.severity,
              message: { text: f.message },
              locations: [{ physicalLocation: { artifactLocation, region: region(f.span) } }],
              partialFingerprints: { 'hostNamespaceGuard/v1': f.fingerprint ?? '' },
              // The run's verdict on it (findings/verdict.ts), the same one the check run, JSON and exit code report.
              properties: { resource: f.resource.display, fieldPath: f.fieldPath, failing: f.failing },
            }
            // Where the value is used, when that is not where it is written (the command that
            // expands a variable, the merge key that brings an anchored field in), and where it
            // comes from (the values line a rendered template read).
            const related = [
              ...(f.usedAt ? [{ artifactLocation, span: f.usedAt, text: 'Used here.' }] : []),
              ...(f.related ?? []).map(r => ({ artifactLocation: { uri: encodeUri(r.file), uriBaseId: '%SRCROOT%' }, span: r.span, text: r.message })),
            ]
            if (related.length)
              result.relatedLocations = related.map((r, id) => ({
                id,
                physicalLocation: { artifactLocation: r.artifactLocation, region: region(r.span) },
                message: { text: r.text },
              }))
            if (f.fix) {
              result.fixes = [
                {
                  description: { text: f.fix.description },
                  artifactChanges: [
                    {
                      artifactLocation,
                      replacements: f.fix.edits.map(e => ({
                        deletedRegion: {
                          startLine: e.span.start.line,
                          startColumn: e.span.start.column,
                          endLine: e.span.end.line,
                          endColumn: e.span.end.column,
                        },
                        insertedContent: { text: e.text },
                      })),
                    },
                  ],
                },
              ]
            }
            if (f.suppression) {
              result.suppressions = [
                {
                  kind: 'external',
                  status: 'accepted',
                  justification: [
                    f.suppression.justification,
                    f.suppression.owner ? `owner: ${f.suppression.owner}` : '',
                    f.suppression.expires ? `expires: ${f.suppression.expires}` : '',
                  ]
                    .filter(Boolean)
                    .join('; '),
                },
              ]
            }
            return result
          }),
        properties: { filesScanned: run.filesScanned, truncated: run.truncated, failing: findings.filter(f => f.failing).length },
      },
    ],
  }
}

function region(span: Span) {
  const { start, end } = span
  if (start.line === end.line && start.column === end.column) return { startLine: start.line }
  return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column }
}

const pascal = (id: string) =>
  id
    .split('-')
    .map(w => w[0].toUpperCase() + w.slice(1))
    .join('')

/** Relative URI references: each path segment percent-encoded, slashes kept. */
const encodeUri = (file: string) => file.split('/').map(encodeURIComponent).join('/')
