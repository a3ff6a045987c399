import { isMap, type Document, type YAMLMap } from 'yaml'
import type { ResourceRef } from '../model.js'
import { entries, field, readMergesAsCompose, type ParsedYaml } from './yaml.js'

export interface ComposeService {
  doc: Document.Parsed
  name: string
  map: YAMLMap
  /** A service's own settings, or its `build:` section (`build.network: host` is a build-time share). */
  part: 'service' | 'build'
  /** `services.web`: the fingerprint path. */
  path: string
  resource: ResourceRef
}

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
      out.push({ doc: d.doc, name, map: value, part: 'service', path: `services.${name}`, resource: { display: `service/${name}`, kind: 'service', name, document: d.index } })
      const build = field(d.doc, value, 'build')?.value
      // `build.network: host` gives the image build the host network, like RUN --network=host.
      if (isMap(build)) {
        out.push({ doc: d.doc, name, map: build, part: 'build', path: `services.${name}.build`, resource: { display: `service/${name}`, kind: 'service', name, document: d.index } })
      }
    }
  }
  return out
}
