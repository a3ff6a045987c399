import type { Finding, Span } from '../model.js'
import { HOST_FIELDS } from '../namespaces.js'
import { SourceText } from '../parse/source.js'

/**
 * Findings of a kustomize build, moved to the input file that writes the setting: kustomize keeps
 * no source positions, so the overlay's inputs are searched for the line, the overlay's own files
 * first (its patches win over its bases), and among them the files that name the object. A
 * setting no input writes as a line (a replacement, a generated value) stays at the kustomization.
 */

export interface KustomizeMapContext {
  overlay: string
  /** The overlay's kustomization file: where what cannot be placed is reported. */
  kustomization: string
  /** The inputs' texts (YAML, JSON and kustomization files), by repo-relative name. */
  texts: ReadonlyMap<string, string>
  /** The directories read, the overlay's first. */
  dirs: readonly string[]
}

export function mapKustomizeFindings(
  findings: readonly Finding[],
  ctx: KustomizeMapContext,
): { findings: Finding[]; locate: (span: Span) => { file: string; span: Span } } {
  const ordered = orderedFiles(ctx)
  const sources = new Map<string, SourceText>()
  const sourceOf = (file: string) => {
    let s = sources.get(file)
    if (!s) sources.set(file, (s = new SourceText(file, ctx.texts.get(file) ?? '')))
    return s
  }
  const fallback = { file: ctx.kustomization, span: sourceOf(ctx.kustomization).span(0, 0) }
  const search = (pattern: (line: string) => boolean, name: string | undefined) => {
    const named = name ? ordered.filter(f => mentions(ctx.texts.get(f) ?? '', name)) : []
    for (const file of [...named, ...ordered]) {
      const source = sourceOf(file)
      const lines = source.lineStarts.length
      for (let line = 1; line <= lines; line++) {
        const text = source.lineText(line)
        if (!pattern(text)) continue
        const indent = text.length - text.trimStart().length
        return { file, span: source.span(source.lineStart(line) + indent, source.lineEnd(line)) }
      }
    }
    return undefined
  }
  const mapped = findings.map(f => {
    const key = HOST_FIELDS.find(k => f.fieldPath.endsWith(`.${k}`))
    const name = f.resource.name
    const at =
      (key && search(line => new RegExp(`(^|[\\s{,-])["']?${key}["']?\\s*:\\s*["']?(true|yes|on|y)\\b`, 'i').test(line), name)) ||
      (key &&
        opValue(
          search(line => new RegExp(`path:\\s*["']?\\S*/${key}["']?\\s*$`).test(line), name),
          sourceOf,
        )) ||
      fallback
    const { usedAt: _u, ...rest } = f
    return { ...rest, file: at.file, span: at.span, fix: undefined, message: `${f.message} (rendered from overlay ${ctx.overlay})` }
  })
  // Facts (a workload's exception annotations) are placed at the kustomization: which input wrote
  // each annotation is not known, and the exception matches the object by kind and name anyway.
  return { findings: mapped, locate: () => fallback }
}

/** A JSON 6902 operation's `value:` line near its `path:` line: where the patch-level reading reports it too. */
function opValue(at: { file: string; span: Span } | undefined, sourceOf: (file: string) => SourceText): { file: string; span: Span } | undefined {
  if (!at) return undefined
  const source = sourceOf(at.file)
  for (let line = Math.max(1, at.span.start.line - 2); line <= Math.min(source.lineStarts.length, at.span.start.line + 2); line++) {
    const m = /^(\s*-?\s*value:\s*)(\S.*?)\s*$/.exec(source.lineText(line))
    if (m) return { file: at.file, span: source.span(source.lineStart(line) + m[1].length, source.lineStart(line) + m[1].length + m[2].length) }
  }
  return at
}

/** Kustomize prefixes and suffixes names: the input names a part of the rendered name. */
function mentions(text: string, name: string): boolean {
  for (const m of text.matchAll(/^\s*name:\s*["']?([^\s"'#]+)/gm)) if (name.includes(m[1])) return true
  return false
}

/** The overlay's files first, then each base's, in the order the directories were met. */
function orderedFiles(ctx: KustomizeMapContext): string[] {
  const out: string[] = []
  for (const dir of ctx.dirs) for (const file of ctx.texts.keys()) if ((dir === '.' || file.startsWith(`${dir}/`)) && !out.includes(file)) out.push(file)
  return out
}
