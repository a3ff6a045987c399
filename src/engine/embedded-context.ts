import type { Span } from '../model.js'
import { fileRange, type EmbeddedText } from '../parse/yaml/embedded.js'
import type { SourceText } from '../parse/source.js'
import type { Report, UnitContext } from '../rules/types.js'

/** YAML read out of a string in a file: rules see it as a source of its own. */
export interface Embedding {
  file: SourceText
  inner: SourceText
  text: EmbeddedText
}

/**
 * A span of the embedded text as a span of the file. Where positions cannot be mapped (a folded
 * scalar) the finding sits at the scalar's first line: reported inexactly rather than not at all.
 */
export function fileSpan(e: Embedding, span: Span): { span: Span; exact: boolean } {
  const r = fileRange(e.text, span.startOffset, span.endOffset)
  if (!r) return { span: e.file.span(e.text.at[0], e.text.at[1]), exact: false }
  return { span: e.file.span(r.start, r.end), exact: r.exact }
}

/**
 * Inside a quoted string an edit must not need escaping to mean the same thing: only words
 * (`false`) are carried over, and only onto text the file writes character for character.
 */
const SAFE_EDIT_TEXT = /^[\w.-]*$/

/** Rules report against the embedded text; findings and fixes land in the file. */
export function embeddedContext(ctx: UnitContext, e: Embedding, adjust: (r: Report) => Report): UnitContext {
  return {
    source: e.inner,
    report: r => {
      const at = fileSpan(e, r.span)
      const edits = r.fix?.edits.map(edit => ({ ...fileSpan(e, edit.span), text: edit.text }))
      const exact = at.exact && edits !== undefined && edits.every(x => x.exact && SAFE_EDIT_TEXT.test(x.text))
      const fix = r.fix && exact ? { description: r.fix.description, edits: edits!.map(x => ({ span: x.span, text: x.text })) } : undefined
      const usedAt = r.usedAt ? fileSpan(e, r.usedAt) : undefined
      ctx.report(adjust({ ...r, span: at.span, fix, usedAt: usedAt?.exact ? usedAt.span : undefined }))
    },
  }
}
