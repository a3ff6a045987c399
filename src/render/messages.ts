/** How much of a tool's message a finding carries: the first lines say what is wrong; a loop's message repeats itself for 100 KiB. */
const MAX_MESSAGE = 600

/**
 * A tool's error as a finding can show it: the temporary copy's path replaced by the repository's
 * names, control characters (terminal escapes) removed, cut to a bound, and the file and line it
 * names, when it names one inside the rendered tree.
 */
export function toolMessage(stderr: string, copyRoot: string): { text: string; file?: string; line?: number } {
  const cleaned = stderr
    .split(copyRoot + '/')
    .join('')
    .split(copyRoot)
    .join('.')
    // C0 (but tab and line feed), DEL and C1 controls: ESC and CSI start terminal escape sequences.
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
    .replace(/\n?Use --debug flag to render out invalid YAML\n?/g, '')
    .replace(/^Error: /, '')
    .trim()
  const flat = cleaned.replace(/\s*\n\s*/g, ' ')
  const text = flat.length > MAX_MESSAGE ? `${flat.slice(0, MAX_MESSAGE)}…` : flat || 'no message'
  return { text, ...placeIn(cleaned) }
}

/** Helm names `chart/templates/x.yaml:12:3` (executing) or `(chart/templates/x.yaml:5)` (parsing). */
function placeIn(message: string): { file?: string; line?: number } {
  const m = /([A-Za-z0-9_.\-/]+\.(?:ya?ml|tpl|txt|json)):(\d+)/.exec(message)
  return m ? { file: m[1], line: Number(m[2]) } : {}
}
