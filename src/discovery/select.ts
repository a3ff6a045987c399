import picomatch from 'picomatch'
import type { FileType } from '../model.js'
import { scannedAs, type ScanAs } from './classify.js'

/** What a walk and a pull request's file list both need to decide: which files, and as what. */
export interface Selection {
  include: string[]
  exclude: string[]
  fileTypes: Record<FileType, boolean>
}

/**
 * The one filter for walks and lists: include/exclude globs, names that are never manifests,
 * the type a name says, and the file types the config turns off. Undefined: not scanned.
 */
export function fileSelector(selection: Selection): (relative: string) => ScanAs | undefined {
  const included = selection.include.length ? picomatch(selection.include, { dot: true }) : () => true
  const excluded = selection.exclude.length ? picomatch(selection.exclude, { dot: true }) : () => false
  return relative => {
    if (excluded(relative) || !included(relative)) return undefined
    const scanAs = scannedAs(relative)
    if (scanAs === undefined) return undefined
    return selection.fileTypes[scanAs === 'script?' ? 'shell' : scanAs] ? scanAs : undefined
  }
}

/** A directory the globs exclude is not entered at all. */
export function directoryExcluder(selection: Selection): (relative: string) => boolean {
  const excluded = selection.exclude.length ? picomatch(selection.exclude, { dot: true }) : () => false
  return relative => excluded(relative) || excluded(`${relative}/`)
}
