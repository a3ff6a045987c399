import type { Finding, Span } from '../model.js'
import { HOST_FIELDS } from '../namespaces.js'
import { SourceText } from '../parse/source.js'
import { alignLines, sourceLine, valuesPaths } from './align.js'
import { findValue, type ValuesFile } from './values.js'

/**
 * Findings of a `helm template` stream, moved from the rendered text to the template line that
 * wrote them (the `# Source:` header names the template) and, when the value comes from
 * `.Values`, to the values line that sets it as a related location.
 */

/** One document of a rendered stream: its lines (1-based, inclusive) and the template it came from. */
export interface RenderedDocument {
  firstLine: number
  lastLine: number
  /** Repo-relative template file; undefined when the stream does not say. */
  source?: string
}

/** Splits a stream at `---` lines; a `# Source: x` comment names the template of its document. */
export function renderedDocuments(text: string, sourceFile: (helmPath: string) => string): RenderedDocument[] {
  const lines = text.split('\n')
  const docs: RenderedDocument[] = []
  let current: RenderedDocument | undefined
  lines.forEach((line, i) => {
    if (/^---\s*$/.test(line) || !current) {
      if (current) current.lastLine = i
      current = { firstLine: i + 2, lastLine: lines.length }
      if (!/^---\s*$/.test(line)) current.firstLine = i + 1
      docs.push(current)
    }
    const source = /^# Source: (.+?)\s*$/.exec(line)
    if (source) {
      current.source = sourceFile(source[1])
      current.firstLine = i + 2
    }
  })
  return docs
}

export interface HelmMapContext {
  /** The rendered stream as scanned. */
  rendered: SourceText
  documents: RenderedDocument[]
  /** A template's text (from the rendered copy), by repo-relative name. */
  template(file: string): string | undefined
  /** The values files that apply to a template, in the order helm merges them. */
  values(file: string): ValuesFile[]
  /** `charts/agent with values-prod.yaml`: said in each message. */
  label: string
  /** The chart's template files that may hold `define`s (`_helpers.tpl`), with their text. */
  helpers?(): Array<{ file: string; text: string }>
}

/** Where a span of the rendered stream was written: a template file, line and span. */
export interface Located {
  file: string
  span: Span
  /** The template line (0-based) and whether the rendered line is a copy of it. */
  line: number
  copied: boolean
  templateLines: string[]
  template: SourceText
}

/** Moves spans of one rendered stream to their templates; alignments are computed once per document. */
export class HelmLocator {
  private readonly cache = new Map<RenderedDocument, number[]>()

  constructor(private readonly ctx: HelmMapContext) {}

  locate(span: Span, key?: string): Located | undefined {
    const line = span.start.line
    const doc = this.ctx.documents.find(d => d.firstLine <= line && line <= d.lastLine)
    const file = doc?.source
    const text = file ? this.ctx.template(file) : undefined
    if (!doc || !file || text === undefined) return undefined
    const template = new SourceText(file, text)
    const templateLines = text.split('\n')
    let match = this.cache.get(doc)
    if (!match) {
      const renderedLines = Array.from({ length: doc.lastLine - doc.firstLine + 1 }, (_, k) => this.ctx.rendered.lineText(doc.firstLine + k))
      match = alignLines(templateLines, renderedLines)
      this.cache.set(doc, match)
    }
    const at = sourceLine(templateLines, match, line - doc.firstLine, key)
    return { file, span: spanOn(template, at.line + 1, key, at.copied ? span : undefined), line: at.line, copied: at.copied, templateLines, template }
  }
}

export function mapHelmFindings(findings: readonly Finding[], ctx: HelmMapContext, locator = new HelmLocator(ctx)): Finding[] {
  return findings.map(f => mapOne(f, ctx, locator))
}

function mapOne(f: Finding, ctx: HelmMapContext, locator: HelmLocator): Finding {
  const label = ` (rendered from ${ctx.label})`
  const key = HOST_FIELDS.find(k => f.fieldPath.endsWith(`.${k}`))
  const at = locator.locate(f.span, key)
  if (!at) return { ...f, message: f.message + label, fix: undefined, usedAt: undefined }
  // A literal `hostNetwork: true` in the template is fixed there; a value from .Values in the values file.
  const fix = at.copied && f.fix ? { ...f.fix, edits: f.fix.edits.map(e => ({ ...e, span: shiftTo(at.template, at.line + 1, e.span) })) } : undefined
  const paths = key ? [...valuesPaths(at.templateLines, at.line), ...helperValuesPaths(at.templateLines[at.line] ?? '', key, ctx)] : []
  const hit = key ? findValue(ctx.values(at.file), paths, key) : undefined
  const related = hit
    ? [{ file: hit.file, span: hit.span, message: `${hit.path} is set here, in ${hit.file}`, ...(hit.fix ? { fix: hit.fix } : {}) }]
    : undefined
  const { usedAt: _dropped, ...rest } = f
  return { ...rest, file: at.file, span: at.span, message: f.message + label, fix, ...(related ? { related } : {}) }
}

/**
 * The `.Values` paths behind a key a helper writes: `{{ include "x.pod" . }}` on the line, and in
 * a `define "x.pod"` the line that writes the key (its `if` gates and `with` blocks). One level:
 * an include inside the define is not followed.
 */
function helperValuesPaths(line: string, key: string, ctx: HelmMapContext): string[][] {
  const name = /\b(?:include|template)\s+"([^"]+)"/.exec(line)?.[1]
  if (!name || !ctx.helpers) return []
  for (const helper of ctx.helpers()) {
    const lines = helper.text.split('\n')
    const start = lines.findIndex(l => new RegExp(`\\{\\{-?\\s*define\\s+"${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`).test(l))
    if (start < 0) continue
    for (let i = start + 1; i < lines.length; i++) {
      if (/\{\{-?\s*define\b/.test(lines[i])) break
      if (new RegExp(`\\b${key}\\s*:`).test(lines[i])) return valuesPaths(lines, i)
    }
  }
  return []
}

/** The value's span on a copied line (same columns), else the key to the line's end, else the action. */
function spanOn(template: SourceText, line: number, key: string | undefined, copiedSpan: Span | undefined): Span {
  if (copiedSpan && copiedSpan.start.line === copiedSpan.end.line) return shiftTo(template, line, copiedSpan)
  const start = template.lineStart(line)
  const text = template.lineText(line)
  const keyAt = key ? text.search(new RegExp(`\\b${key}\\s*:`)) : -1
  const action = text.indexOf('{{')
  const from = keyAt >= 0 ? keyAt : action >= 0 ? action : text.length - text.trimStart().length
  const end = keyAt < 0 && action >= 0 && text.indexOf('}}', action) >= 0 ? text.indexOf('}}', action) + 2 : text.trimEnd().length
  return template.span(start + from, start + Math.max(end, from))
}

/** The same columns on another line of another text (a line helm copied unchanged). */
function shiftTo(template: SourceText, line: number, span: Span): Span {
  const start = template.lineStart(line)
  const width = template.lineText(line).length
  const from = Math.min(span.start.column - 1, width)
  const to = Math.min(span.end.line === span.start.line ? span.end.column - 1 : width, width)
  return template.span(start + from, start + to)
}
