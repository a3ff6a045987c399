import path from 'node:path'
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml'
import type { RenderConfig } from '../config/config.js'
import { toolMessage } from './messages.js'
import { runTool } from './run-tool.js'
import { KUSTOMIZATION_NAMES } from './targets.js'
import { toolEnv } from './tool-env.js'
import type { TreeSource } from './tree.js'

/**
 * `kubectl kustomize` (or `kustomize build`) of one overlay, from a copy of the directories it
 * reads. Before anything runs, its kustomization files are read here: a remote base (a URL, a git
 * repository) is refused, because kustomize would fetch it; exec and container functions and
 * Helm inflation stay off (their flags are never passed).
 */

/** The directories an overlay reads (its own, its bases' and components'), and its input files. */
export interface OverlayInputs {
  dirs: string[]
  /** Kustomization files, in the order they were met (the overlay's first). */
  kustomizations: string[]
  /** Set when the overlay cannot be rendered without the network or outside the repository. */
  refused?: { file: string; message: string; line?: number }
}

const REMOTE =
  /^[A-Za-z][A-Za-z0-9+.-]*:\/\/|^git@|^(github\.com|gitlab\.com|bitbucket\.org)\/|[?&](ref|version)=|^[^/]+\.[a-z]{2,}\/[^/]+\/[^/]+\/\/|\.git(\/\/|$)/
/** Lists whose entries name directories (or files) to build from. */
const SOURCE_LISTS = ['resources', 'bases', 'components'] as const
const MAX_KUSTOMIZATIONS = 200

export async function overlayInputs(source: TreeSource, overlay: string): Promise<OverlayInputs> {
  const dirs: string[] = []
  const kustomizations: string[] = []
  const queue = [overlay]
  while (queue.length) {
    const dir = queue.shift()!
    if (dirs.includes(dir)) continue
    if (dirs.length >= MAX_KUSTOMIZATIONS)
      return { dirs, kustomizations, refused: { file: kustomizations[0], message: `it reads more than ${MAX_KUSTOMIZATIONS} kustomizations` } }
    dirs.push(dir)
    const found = await kustomizationIn(source, dir)
    if (!found) continue
    kustomizations.push(found.file)
    for (const [entry, line] of found.sources) {
      if (REMOTE.test(entry))
        return {
          dirs,
          kustomizations,
          refused: {
            file: found.file,
            message: `it names the remote base ${entry}, which is not fetched (rendering never reaches the network): vendor it into the repository`,
            line,
          },
        }
      const target = path.posix.normalize(dir === '.' ? entry : `${dir}/${entry}`).replace(/\/+$/, '') || '.'
      if (target.startsWith('..') || path.posix.isAbsolute(entry))
        return { dirs, kustomizations, refused: { file: found.file, message: `it names ${entry}, outside the repository`, line } }
      // A file resource is read from a directory already copied; a directory is a kustomization of its own.
      if (!/\.(ya?ml|json)$/i.test(entry)) queue.push(target)
    }
  }
  return { dirs, kustomizations }
}

async function kustomizationIn(source: TreeSource, dir: string): Promise<{ file: string; sources: Array<[string, number]> } | undefined> {
  for (const name of KUSTOMIZATION_NAMES) {
    const file = dir === '.' ? name : `${dir}/${name}`
    const data = await source.read(file)
    if (!data) continue
    const text = data.toString('utf8')
    const doc = parseDocument(text)
    const root = doc.contents
    const sources: Array<[string, number]> = []
    if (isMap(root)) {
      for (const key of SOURCE_LISTS) {
        const list = root.get(key, true) as Node | undefined
        if (!isSeq(list)) continue
        for (const item of list.items) if (isScalar(item) && typeof item.value === 'string') sources.push([item.value, lineOf(text, item.range?.[0] ?? 0)])
      }
    }
    return { file, sources }
  }
  return undefined
}

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length

/** Whether the overlay is a Component, which kustomize builds only as part of an overlay. */
export async function isComponent(source: TreeSource, overlay: string): Promise<boolean> {
  for (const name of KUSTOMIZATION_NAMES) {
    const data = await source.read(overlay === '.' ? name : `${overlay}/${name}`)
    if (data) return /^kind:\s*Component\s*$/m.test(data.toString('utf8'))
  }
  return false
}

export type KustomizeResult = { status: 'ok'; text: string } | { status: 'error'; message: string; file?: string; line?: number } | { status: 'missing' }

export async function kustomizeBuild(
  command: string,
  copyRoot: string,
  overlay: string,
  settings: Pick<RenderConfig, 'timeoutMs' | 'maxOutputBytes'>,
  home: string,
): Promise<KustomizeResult> {
  const dir = path.join(copyRoot, overlay)
  // `kustomize build DIR` for the standalone tool, `kubectl kustomize DIR` otherwise; the load
  // restrictor stays at its default (files only from the kustomization's own tree).
  const args = path.basename(command) === 'kustomize' ? ['build', dir] : ['kustomize', dir]
  const run = await runTool(command, args, { cwd: copyRoot, env: toolEnv(home), limits: settings })
  if (run.status === 'missing') return { status: 'missing' }
  if (run.status === 'stopped') return { status: 'error', message: `kustomize: ${run.why}` }
  if (run.status === 'failed') {
    const { text } = toolMessage(run.stderr.replace(/^error: /, ''), copyRoot)
    return { status: 'error', message: `kustomize: ${text}` }
  }
  return { status: 'ok', text: run.stdout }
}

/** How many overlays of a repository a pull request's check reads to find those that build a changed base. */
const MAX_OVERLAYS_SEARCHED = 1000

/**
 * The overlays of the repository that read a changed file (through a base or component in
 * another directory): a change to a base is a change to every overlay built on it.
 */
export async function overlaysReading(source: TreeSource, overlays: readonly string[], changed: readonly string[]): Promise<string[]> {
  const out: string[] = []
  for (const overlay of overlays.slice(0, MAX_OVERLAYS_SEARCHED)) {
    const { dirs } = await overlayInputs(source, overlay)
    if (dirs.some(dir => changed.some(file => dir === '.' || file.startsWith(`${dir}/`)))) out.push(overlay)
  }
  return out
}
