import path from 'node:path'
import { isMap, isScalar, type Document, type Node, type YAMLMap } from 'yaml'
import type { ResourceRef, Span } from '../../model.js'
import { HOST_NAMESPACES } from '../../namespaces.js'
import type { SourceText } from '../source.js'
import { entries, field, noteBound, readMergesAsCompose, scalarText, stringValue, type ParsedYaml } from '../yaml/yaml.js'

export interface ComposeService {
  doc: Document.Parsed
  name: string
  map: YAMLMap
  /** A service's own settings, or its `build:` section (`build.network: host` is a build-time share). */
  part: 'service' | 'build'
  /** `services.web`: the fingerprint path. */
  path: string
  resource: ResourceRef
  /**
   * The services of the same file this one `extends`, nearest first: a key it does not set comes
   * from them. `at` is the `extends` value written in this service.
   */
  bases?: Array<{ name: string; map: YAMLMap; at: Node }>
}

/**
 * compose follows `extends` to the end of the chain; this deep is far past any real file, and a
 * longer chain is reported as not judged (incomplete-scan), never cut short in silence.
 */
export const MAX_EXTENDS = 64

/** The settings a service can inherit through `extends` that the rules judge: its own keys, then its `build:` section's. */
const JUDGED_KEYS: readonly string[] = [
  ...HOST_NAMESPACES.map(n => n.composeKey),
  ...HOST_NAMESPACES.flatMap(n => (n.composeBuildKey ? [`build.${n.composeBuildKey}`] : [])),
]

/** Hears what could not be judged from this file alone (the engine's `incomplete-scan`). */
export type Unjudged = (message: string, span: Span, fieldPath: string, resource: ResourceRef) => void

/** Keys a compose service uses and a Kubernetes object or workflow never has at the top level. */
const SERVICE_KEYS = new Set([
  'image',
  'build',
  'command',
  'entrypoint',
  'ports',
  'expose',
  'volumes',
  'environment',
  'env_file',
  'depends_on',
  ...HOST_NAMESPACES.map(n => n.composeKey),
  'networks',
  'restart',
  'healthcheck',
  'deploy',
  'labels',
  'extends',
  'container_name',
  'cap_add',
  'cap_drop',
  'privileged',
  'user',
  'working_dir',
  'profiles',
  'secrets',
  'configs',
  'uts',
  'userns_mode',
])

/**
 * A YAML document is compose-shaped when its top level has a `services` map of service maps and
 * it is not a Kubernetes object (`kind`) or a workflow (`jobs`).
 */
export function isComposeDocument(doc: Document.Parsed, root: unknown): root is YAMLMap {
  if (!isMap(root)) return false
  if (field(doc, root, 'kind') || field(doc, root, 'jobs')) return false
  const services = field(doc, root, 'services')?.value
  if (!isMap(services)) return false
  const svcs = entries(doc, services)
  return svcs.length === 0 || svcs.some(([, v]) => isMap(v) && entries(doc, v).some(([k]) => SERVICE_KEYS.has(k)))
}

export function composeServices(parsed: ParsedYaml, byName: boolean, unjudged?: Unjudged): ComposeService[] {
  const out: ComposeService[] = []
  for (const d of parsed.documents) {
    const root = d.doc.contents
    if (d.fatal) continue
    if (!byName && !isComposeDocument(d.doc, root)) continue
    if (!isMap(root)) continue
    const services = field(d.doc, root, 'services')?.value
    if (!isMap(services) || field(d.doc, root, 'kind')) continue
    // compose-go decodes with go-yaml v3: a key written in a service beats one merged into it.
    readMergesAsCompose(d.doc)
    const thisFile = (file: string) => namesFile(parsed.source, file)
    for (const [name, value] of entries(d.doc, services)) {
      if (!isMap(value)) continue
      const resource: ResourceRef = { display: `service/${name}`, kind: 'service', name, document: d.index }
      out.push({ doc: d.doc, name, map: value, part: 'service', path: `services.${name}`, resource, bases: basesOf(d.doc, services, value, thisFile) })
      if (unjudged) checkOtherFileBase(d.doc, parsed.source, name, value, resource, thisFile, unjudged)
      const build = field(d.doc, value, 'build')?.value
      // `build.network: host` gives the image build the host network, like RUN --network=host.
      if (isMap(build)) {
        out.push({
          doc: d.doc,
          name,
          map: build,
          part: 'build',
          path: `services.${name}.build`,
          resource: { display: `service/${name}`, kind: 'service', name, document: d.index },
        })
      }
    }
  }
  return out
}

/**
 * `extends: base` or `extends: {service: base}` names a service of the same file (with `file:`,
 * another file, which is not followed, unless it names this file). compose-go copies the base's
 * keys the service lacks.
 */
function basesOf(doc: Document.Parsed, services: YAMLMap, service: YAMLMap, thisFile: (file: string) => boolean): ComposeService['bases'] {
  const out: NonNullable<ComposeService['bases']> = []
  const at = field(doc, service, 'extends')?.written
  let current = service
  while (at && out.length < MAX_EXTENDS) {
    const ref = field(doc, current, 'extends')?.value
    const file = isMap(ref) ? field(doc, ref, 'file')?.value : undefined
    const sameFile = file === undefined || thisFile(stringValue(file) ?? '')
    const name = isScalar(ref) ? stringValue(ref) : isMap(ref) && sameFile ? stringValue(field(doc, ref, 'service')?.value) : undefined
    const base = name === undefined ? undefined : field(doc, services, name)?.value
    if (!isMap(base) || base === service || out.some(b => b.map === base)) break
    out.push({ name: name!, map: base, at })
    current = base
  }
  if (out.length === MAX_EXTENDS && isMap(current) && field(doc, current, 'extends'))
    noteBound(doc, `a compose service's extends chain is longer than ${MAX_EXTENDS}: the services past it were not read`, at)
  return out.length ? out : undefined
}

/**
 * A service that extends a service of another file inherits that file's settings, which this
 * scan does not read: `extends.file` may name any file (`common.conf`), and even a compose file
 * in the same repository is not in every run (a pull request scans only what it changed). So it
 * is reported as not judged, at its `extends`, for each judged setting it does not write itself:
 * compose-go lets a value written in the extending service win over the base's, so an explicit
 * `network_mode: bridge` (or `build.network`) is judged here and needs nothing from the other
 * file. Reporting only where `extends.file` is written is enough: a service extending this one
 * inherits no more than this one does.
 */
function checkOtherFileBase(
  doc: Document.Parsed,
  source: SourceText,
  name: string,
  service: YAMLMap,
  resource: ResourceRef,
  thisFile: (file: string) => boolean,
  unjudged: Unjudged,
): void {
  const ext = field(doc, service, 'extends')
  const fileNode = isMap(ext?.value) ? field(doc, ext.value, 'file')?.value : undefined
  if (!ext || !fileNode) return
  const file = stringValue(fileNode)
  if (file !== undefined && thisFile(file)) return
  const missing = JUDGED_KEYS.filter(key => !setsItself(doc, service, key))
  const range = ext.written.range
  if (!missing.length || !range) return
  const named = file ?? scalarText(fileNode) ?? 'a file given by a non-string value'
  const list = missing.length < 2 ? missing.join('') : `${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]}`
  unjudged(
    `${source.path}: compose service "${name}" extends a service of another file, ${named}, which is not read here: its ${list} ${missing.length < 2 ? 'is' : 'are'} not judged. Set ${missing.length < 2 ? 'it' : 'them'} in "${name}" itself (a value written there wins over the base's).`,
    source.span(range[0], range[1]),
    `services.${name}.extends.file`,
    resource,
  )
}

/** The service writes the setting itself (`build.network` inside its own `build` map); null is not a value. */
function setsItself(doc: Document.Parsed, service: YAMLMap, key: string): boolean {
  const [first, second] = key.split('.')
  let hit = field(doc, service, first)
  if (second !== undefined) hit = isMap(hit?.value) ? field(doc, hit.value, second) : undefined
  return hit !== undefined && !(isScalar(hit.value) && (hit.value.value === null || hit.value.value === undefined))
}

/** compose resolves `extends.file` from the directory of the file that writes it. */
function namesFile(source: SourceText, file: string): boolean {
  if (file === '' || path.posix.isAbsolute(file) || file.includes('$')) return false
  const here = source.path.replace(/\\/g, '/')
  return path.posix.normalize(path.posix.join(path.posix.dirname(here), file)) === path.posix.normalize(here)
}
