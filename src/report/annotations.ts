import type { JudgedFinding } from '../findings/verdict.js'
import { isRunLevel } from '../model.js'

export type AnnotationLevel = 'failure' | 'warning' | 'notice'

export interface Annotation {
  path: string
  start_line: number
  end_line: number
  start_column?: number
  end_column?: number
  annotation_level: AnnotationLevel
  title: string
  message: string
}

/** Check-run annotations beyond this are summarised, not sent: each 50 costs one request. */
export const MAX_CHECK_ANNOTATIONS = 500

/** Most important first: failing new findings, then other new ones, then pre-existing. */
export function byImportance(findings: readonly JudgedFinding[]): JudgedFinding[] {
  const rank = (f: JudgedFinding) => (f.failing ? 0 : f.isNew && !f.suppression ? 1 : f.suppression ? 3 : 2)
  return [...findings].sort((a, b) => rank(a) - rank(b))
}

export function levelOf(f: JudgedFinding): AnnotationLevel {
  if (f.suppression) return 'notice'
  if (f.failing) return 'failure'
  return f.severity === 'note' ? 'notice' : 'warning'
}

export function checkAnnotations(findings: readonly JudgedFinding[]): { annotations: Annotation[]; omitted: number } {
  const ordered = byImportance(findings)
  // A check-run annotation needs a path: findings about the whole run are in the summary instead.
  const located = ordered.filter(f => !isRunLevel(f))
  const annotations = located.slice(0, MAX_CHECK_ANNOTATIONS).map(f => {
    const single = f.span.start.line === f.span.end.line
    return {
      path: f.file,
      start_line: f.span.start.line,
      end_line: Math.max(f.span.end.line, f.span.start.line),
      // GitHub accepts columns only on single-line annotations.
      ...(single ? { start_column: f.span.start.column, end_column: Math.max(f.span.end.column, f.span.start.column) } : {}),
      annotation_level: levelOf(f),
      title: `${f.ruleId}${f.isNew ? '' : ' (pre-existing)'}${f.suppression ? ' (exception)' : ''}`,
      message: `${f.message}\n${f.remediation}`.slice(0, 64 * 1024),
    }
  })
  return { annotations, omitted: located.length - annotations.length }
}

/**
 * Workflow-command annotations (`::error file=…::`) are capped by GitHub at 10 per level per
 * step and 50 per job, dropping the rest silently: emit the most important within the caps and
 * say how many were left out.
 */
export const WORKFLOW_ANNOTATION_CAP = { perLevel: 10, total: 50 }

export interface WorkflowAnnotation {
  level: 'error' | 'warning' | 'notice'
  message: string
  /** No file for a finding about the whole run: GitHub then shows it on the run, not on a line. */
  properties: { title: string; file?: string; startLine?: number; endLine?: number; startColumn?: number; endColumn?: number }
}

export function workflowAnnotations(findings: readonly JudgedFinding[]): { annotations: WorkflowAnnotation[]; omitted: number } {
  const counts = { error: 0, warning: 0, notice: 0 }
  const out: WorkflowAnnotation[] = []
  const ordered = byImportance(findings)
  for (const f of ordered) {
    const lvl = levelOf(f)
    const level = lvl === 'failure' ? 'error' : lvl
    if (out.length >= WORKFLOW_ANNOTATION_CAP.total || counts[level] >= WORKFLOW_ANNOTATION_CAP.perLevel) continue
    counts[level]++
    const single = f.span.start.line === f.span.end.line
    out.push({
      level,
      message: `${f.message} ${f.remediation}`,
      properties: isRunLevel(f)
        ? { title: f.ruleId }
        : {
            title: `${f.ruleId}${f.isNew ? '' : ' (pre-existing)'}`,
            file: f.file,
            startLine: f.span.start.line,
            endLine: f.span.end.line,
            ...(single ? { startColumn: f.span.start.column, endColumn: f.span.end.column } : {}),
          },
    })
  }
  return { annotations: out, omitted: ordered.length - out.length }
}
