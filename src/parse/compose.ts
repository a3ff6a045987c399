import { isMap, isScalar, type Document, type Node, type YAMLMap } from 'yaml'
import type { ResourceRef } from '../model.js'
import { entries, field, readMergesAsCompose, stringValue, type ParsedYaml } from './yaml.js'

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

/** `extends` chains are short; the bound only stops a cycle or a hostile file. */
const MAX_EXTENDS = 8

/** Keys a compose service uses and a Kubernetes object or workflow never has at the top level. */
const SERVICE_KEYS = new Set([
  'image', 'build', 'command', 'entrypoint', 'ports', 'expose', 'volumes', 'environment', 'env_file', 'depends_on',
  'network_mode', 'networks', 'pid', 'ipc', 'restart', 'healthcheck', 'deploy', 'labels', 'extends', 'container_name',
  'cap_add', 'cap_drop', 'privileged', 'user', 'working_dir', 'profiles', 'secrets', 'configs', 'uts', 'userns_mode',
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

export function composeServices(parsed: ParsedYaml, byName: boolean): ComposeService[] {
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
    for (const [name, value] of entries(d.doc, services)) {
      if (!isMap(value)) continue
      out.push({ doc: d.doc, name, map: value, part: 'service', path: `services.${name}`, resource: { display: `service/${name}`, kind: 'service', name, document: d.index }, bases: basesOf(d.doc, services, value) })
      const build = field(d.doc, value, 'build')?.value
      // `build.network: host` gives the image build the host network, like RUN --network=host.
      if (isMap(build)) {
        out.push({ doc: d.doc, name, map: build, part: 'build', path: `services.${name}.build`, resource: { display: `service/${name}`, kind: 'service', name, document: d.index } })
      }
    }
  }
  return out
}

/**
 * `extends: base` or `extends: {service: base}` names a service of the same file (with `file:`,
 * another file, which is not followed). compose-go copies the base's keys the service lacks.
 */
function basesOf(doc: Document.Parsed, services: YAMLMap, service: YAMLMap): ComposeService['bases'] {
  const out: NonNullable<ComposeService['bases']> = []
  const at = field(doc, service, 'extends')?.written
  let current = service
  while (at && out.length < MAX_EXTENDS) {
    const ref = field(doc, current, 'extends')?.value
    const name = isScalar(ref) ? stringValue(ref) : isMap(ref) && !field(doc, ref, 'file') ? stringValue(field(doc, ref, 'service')?.value) : undefined
    const base = name === undefined ? undefined : field(doc, services, name)?.value
    if (!isMap(base) || base === service || out.some(b => b.map === base)) break
    out.push({ name: name!, map: base, at })
    current = base
  }
  return out.length ? out : undefined
}

