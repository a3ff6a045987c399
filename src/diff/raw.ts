/**
 * `git diff --raw -z`: which files a change touches, with their exact names. With -z git never
 * quotes or munges a path and ends every field with NUL, so no file name (spaces, tabs, newlines,
 * quotes, backslashes, non-ASCII, leading dashes) can be misread. Hunks come separately (see
 * `PatchStream`): this list is the authority on names.
 */
export type ChangeStatus = 'added' | 'modified' | 'renamed' | 'copied' | 'removed' | 'typechange'

export interface RawChange {
  status: ChangeStatus
  path: string
  previousPath?: string
}

const STATUS: Record<string, ChangeStatus> = { A: 'added', M: 'modified', R: 'renamed', C: 'copied', D: 'removed', T: 'typechange' }

/**
 * Parses `:<old mode> <new mode> <old sha> <new sha> <status>[score]\0<path>\0[<new path>\0]`
 * records. An unknown status (U: unmerged, X: unknown) or a malformed record throws: a list that
 * cannot be read completely must not pass as a shorter one.
 */
export function parseRawZ(output: Buffer | string): RawChange[] {
  const fields = (typeof output === 'string' ? output : output.toString('utf8')).split('\0')
  if (fields.at(-1) === '') fields.pop()
  const changes: RawChange[] = []
  for (let i = 0; i < fields.length;) {
    const meta = fields[i++]
    const m = /^:\d{6} \d{6} [0-9a-f]+ [0-9a-f]+ ([A-Z])(\d*)$/.exec(meta)
    const status = m && STATUS[m[1]]
    if (!m || !status) throw new Error(`unexpected git diff --raw record ${JSON.stringify(meta.slice(0, 80))}`)
    const first = fields[i++]
    if (first === undefined) throw new Error('git diff --raw ended inside a record')
    if (status === 'renamed' || status === 'copied') {
      const second = fields[i++]
      if (second === undefined) throw new Error('git diff --raw ended inside a rename record')
      changes.push({ status, path: second, previousPath: first })
    } else changes.push({ status, path: first })
  }
  return changes
}

/**
 * The `diff --git` header git writes for a change, as `git -c core.quotepath=on diff` spells it:
 * each side is C-quoted when it holds a control character, a quote, a backslash or a non-ASCII
 * byte. Used to check that the patch stream and the raw list describe the same file, in order.
 */
export function gitDiffHeader(change: RawChange): string {
  const from = change.previousPath ?? change.path
  return `diff --git ${quoteC(`a/${from}`)} ${quoteC(`b/${change.path}`)}`
}

const ESCAPES: Record<number, string> = { 7: '\\a', 8: '\\b', 9: '\\t', 10: '\\n', 11: '\\v', 12: '\\f', 13: '\\r', 34: '\\"', 92: '\\\\' }

function quoteC(name: string): string {
  const bytes = Buffer.from(name, 'utf8')
  if (!bytes.some(b => b < 0x20 || b === 34 || b === 92 || b >= 0x7f)) return name
  let out = '"'
  for (const b of bytes) {
    if (ESCAPES[b]) out += ESCAPES[b]
    else if (b < 0x20 || b >= 0x7f) out += '\\' + b.toString(8).padStart(3, '0')
    else out += String.fromCharCode(b)
  }
  return out + '"'
}
