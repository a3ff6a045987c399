import { isJenkinsfile, lowerBaseName } from './file-names.js'
import { readJenkinsfile, type ContainerOptionString, type GroovyProblem } from './jenkinsfile.js'
import { VOID, type Word } from './shell-tokenizer.js'
import type { SourceText } from '../source.js'
import { yamlCommandEdits, type ViewEdit } from '../yaml/yaml-folding.js'

/**
 * Where a file's scripts are, and the text a shell reads there, at the file's own offsets, so
 * that spans and fixes stay byte-true. A shell script or Makefile is read as it is. A workflow
 * YAML is read whole, as raw lines, but YAML joins the lines of a folded or multi-line command
 * value before the runner's shell sees it: those breaks are blanks in the view, and the escapes
 * of a quoted command value are undone as Groovy's are (yaml-folding.ts). In a Jenkinsfile
 * only the strings of `sh` steps are scripts, read after Groovy's own unescaping.
 */
export interface ShellView {
  /** Same length as the file: a blank where YAML folded a line break, a VOID where YAML or Groovy consumed a character. */
  text: string
  /** Raw ranges that are scripts, in text order; undefined when the whole file is one. */
  scripts?: Array<[number, number]>
  /** Engine options given outside any command (a Jenkins Docker agent's `args`). */
  containerOptions: ContainerOptionString[]
  /** Where the host format (Groovy) is broken, so that the scripts found may not be all there are. */
  problem?: GroovyProblem
}

export type { ContainerOptionString }

/** The file, and what a shell reads from it at the same offsets. */
export interface ShellReading {
  src: SourceText
  view: string
}

/** A word as the shell reads it before expanding it: quotes kept, host escapes (VOIDs) gone. */
export function asWritten(t: ShellReading, w: Word): string {
  const raw = t.view.slice(w.start, w.end)
  return raw.includes(VOID) ? raw.split(VOID).join('') : raw
}

export function shellViewOf(src: SourceText): ShellView {
  const name = lowerBaseName(src.path)
  // Told apart by name as discovery/classify.ts does; the only YAML files read for commands are workflows.
  if (isJenkinsfile(name)) {
    const jenkinsfile = readJenkinsfile(src.text)
    return {
      text: jenkinsfile.view,
      scripts: jenkinsfile.scripts.map(s => [s.contentStart, s.contentEnd]),
      containerOptions: jenkinsfile.containerOptions,
      problem: jenkinsfile.problem,
    }
  }
  if (YAML_NAME.test(name)) return { text: withEdits(src.text, yamlCommandEdits(src.text)), containerOptions: [] }
  return { text: src.text, containerOptions: [] }
}
const YAML_NAME = /\.ya?ml$/

/** `text` with one character replaced at each edit's offset; the edits are in text order. */
function withEdits(text: string, edits: ViewEdit[]): string {
  if (edits.length === 0) return text
  const parts: string[] = []
  let from = 0
  for (const [at, char] of edits) {
    parts.push(text.slice(from, at), char)
    from = at + 1
  }
  parts.push(text.slice(from))
  return parts.join('')
}

/**
 * Removal of a flag that opens a line its host joins to the one before or after: a shell
 * continuation (`\`, or a Groovy `\\` that gives one), a Groovy line continuation, a YAML fold.
 * Alone on such a line, the whole line goes, line break included: removing only the flag would
 * leave an empty line, which in a folded YAML value splits the command in two. Followed by more
 * text on a line joined to the one before (`  --net=host img"` in a quoted YAML value), only the
 * flag and the blanks after it go, so the line keeps the indentation YAML needs. Undefined
 * otherwise, for flagRemovalRange to decide. Linear: it never searches back past blanks.
 */
export function joinedLineRemoval(text: string, view: string, start: number, end: number): [number, number] | undefined {
  let before = start
  while (before > 0 && (text[before - 1] === ' ' || text[before - 1] === '\t')) before--
  if (before > 0 && text[before - 1] !== '\n') return undefined
  const joinedBefore = before > 0 && view[before - 1] !== '\n'
  let after = end
  while (after < text.length && (text[after] === ' ' || text[after] === '\t')) after++
  let q = after
  const skipVoids = (): void => {
    while (q < text.length && view[q] === VOID && text[q] !== '\n' && text[q] !== '\r') q++
  }
  skipVoids()
  const continued = view[q] === '\\'
  if (continued) q++
  skipVoids()
  if (text[q] === '\r' && text[q + 1] === '\n') q++
  if (q >= text.length) return joinedBefore ? [before, q] : undefined
  if (text[q] !== '\n') return joinedBefore ? [start, after] : undefined
  return continued || joinedBefore || view[q] !== '\n' ? [before, q + 1] : undefined
}
