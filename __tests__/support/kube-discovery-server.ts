import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * The discovery part of a Kubernetes API server, enough for kubectl's client-side dry run to map
 * kinds to resources without a cluster: it answers /api, /apis and the resource lists of the
 * groups given, in the legacy (non-aggregated) JSON form every kubectl falls back to. Anything
 * else is a 404, so a kubectl that needs more fails the test instead of passing by accident.
 */
export interface DiscoveredResource {
  group: string
  version: string
  kind: string
  name: string
  namespaced: boolean
}

export async function startDiscoveryServer(resources: readonly DiscoveredResource[]): Promise<{ url: string; requests: string[]; close: () => Promise<void> }> {
  const requests: string[] = []
  const groups = [...new Set(resources.filter(r => r.group).map(r => `${r.group}/${r.version}`))]
  const resourceList = (groupVersion: string) => ({
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion,
    resources: resources
      .filter(r => (r.group ? `${r.group}/${r.version}` : r.version) === groupVersion)
      .map(r => ({
        name: r.name,
        singularName: r.kind.toLowerCase(),
        namespaced: r.namespaced,
        kind: r.kind,
        verbs: ['create', 'get', 'list', 'update', 'delete', 'patch', 'watch'],
      })),
  })
  const routes: Record<string, unknown> = {
    '/api': { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '127.0.0.1' }] },
    '/api/v1': resourceList('v1'),
    '/apis': {
      kind: 'APIGroupList',
      apiVersion: 'v1',
      groups: groups.map(gv => {
        const [name, version] = gv.split('/')
        return { name, versions: [{ groupVersion: gv, version }], preferredVersion: { groupVersion: gv, version } }
      }),
    },
    ...Object.fromEntries(groups.map(gv => [`/apis/${gv}`, resourceList(gv)])),
  }
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0]
    requests.push(`${req.method} ${path}`)
    const body = routes[path]
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' })
    res.end(JSON.stringify(body ?? { kind: 'Status', apiVersion: 'v1', status: 'Failure', code: 404 }))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}`, requests, close: () => new Promise(resolve => server.close(() => resolve())) }
}
