/**
 * The neutral data model every parser produces and every reporter consumes
 * (reviewdog's rdf idea): parsers know nothing of reporters and vice versa.
 */

export type Severity = 'error' | 'warning' | 'note'
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'note']

/** The host namespaces this tool guards: their table is src/namespaces.ts. */
export { NAMESPACES, type Namespace } from './namespaces.js'

/** 1-based line and column; columns count UTF-16 code units (JS strings, SARIF's default). */
export interface Position {
  line: number
  column: number
}

/** A half-open source range: offsets index the file text, positions are what people read. */
export interface Span {
  start: Position
  end: Position
  startOffset: number
  endOffset: number
}

/** One text replacement; a fix is a list of them applied to the original text. */
export interface TextEdit {
  span: Span
  text: string
}

export interface Fix {
  description: string
  edits: TextEdit[]
}

export type FileType = 'kubernetes' | 'compose' | 'dockerfile' | 'shell' | 'workflow'
export const FILE_TYPES: readonly FileType[] = ['kubernetes', 'compose', 'dockerfile', 'shell', 'workflow']

/** What a finding is about: a Kubernetes object, a compose service, a Dockerfile stage, a command. */
export interface ResourceRef {
  /** `Kind/namespace/name`, `Kind/name`, `service/web`, `stage/build`, `command`. */
  display: string
  kind?: string
  namespace?: string
  name?: string
  /** 0-based document index in a multi-document YAML file. */
  document?: number
}

/** How a suppressed finding was let through (see src/policy). */
export interface Suppression {
  kind: 'exception'
  justification: string
  owner?: string
  expires?: string
  source: string
}

export interface Finding {
  ruleId: string
  severity: Severity
  /**
   * Repo-relative, forward slashes; '' for a finding about the run as a whole, which no file
   * holds (the API's file cap, the findings limit): see `isRunLevel`.
   */
  file: string
  span: Span
  resource: ResourceRef
  message: string
  remediation: string
  /**
   * Where in the resource the finding sits (`spec.template.spec.hostNetwork`), independent of
   * lines, so that a fingerprint survives lines moving.
   */
  fieldPath: string
  fix?: Fix
  /**
   * Where the value is used when that is not where it is written: the `<<` merge key that brings
   * an anchored `hostNetwork: true` into this pod spec. A pull request that adds the merge adds
   * the finding, even though the anchor's line is old.
   */
  usedAt?: Span
  /**
   * Other places the finding comes from: for an object rendered from a Helm chart, the values
   * file line that sets the value the template writes (SARIF relatedLocations). A pull request
   * that changes only that line is reviewed there, with its fix (see findings/place).
   */
  related?: RelatedLocation[]
  /**
   * Set for a rendered finding when the pull request's base commit was rendered too: true when
   * the base produced it as well (the pull request did not add it, whichever lines it touched),
   * false when it did not (new, even when the line that writes it is old).
   */
  presentAtBase?: boolean
  /** Stable across line moves; filled by findings/fingerprint. */
  fingerprint?: string
  suppression?: Suppression
}

/** A second location of a finding, in any file of the repository. */
export interface RelatedLocation {
  file: string
  span: Span
  message: string
  /** A fix at this location (its edits apply to `file`). */
  fix?: Fix
}

/** A finding about the run rather than a file: reporters show it without a location. */
export const isRunLevel = (f: Pick<Finding, 'file'>): boolean => f.file === ''

/** `file:line` for people to read, or `(whole run)` for a finding no file holds. */
export const locationOf = (f: Pick<Finding, 'file' | 'span'>): string => (isRunLevel(f) ? '(whole run)' : `${f.file}:${f.span.start.line}`)

/** Severity order, most severe first; `meetsThreshold('warning','error')` is false. */
const RANK: Record<Severity, number> = { error: 3, warning: 2, note: 1 }
export function meetsThreshold(severity: Severity, threshold: Severity | 'never'): boolean {
  return threshold !== 'never' && RANK[severity] >= RANK[threshold]
}
export function compareSeverity(a: Severity, b: Severity): number {
  return RANK[b] - RANK[a]
}
