import { describe, it, expect } from '@jest/globals'
import { MAX_LIST_DEPTH } from '../../src/parse/k8s.js'
import { findingsFor } from '../support/rule-tester.js'

const incomplete = (code: string, file = 'deep.yaml') => findingsFor('incomplete-scan', { code, file })
const hostNetwork = (code: string, file = 'deep.yaml') => findingsFor('host-network', { code, file })

/** A Pod with hostNetwork inside `depth` Lists, written in flow style. */
function nestedLists(depth: number): string {
  let inner = '{kind: Pod, metadata: {name: hidden}, spec: {hostNetwork: true, containers: []}}'
  for (let i = 0; i < depth; i++) inner = `{kind: List, items: [${inner}]}`
  return inner + '\n'
}

describe('incomplete-scan', () => {
  it('attack: a List nested past the reader\'s depth is reported, not skipped', () => {
    const found = incomplete(nestedLists(MAX_LIST_DEPTH + 1))
    expect(found.map(f => f.message)).toEqual([`deep.yaml: a List nested more than ${MAX_LIST_DEPTH} deep: its items were not checked`])
    expect(found[0].severity).toBe('error')
  })

  it('follows Lists nested five deep, as kubectl does, and finds the pod in them', () => {
    expect(incomplete(nestedLists(5))).toEqual([])
    expect(hostNetwork(nestedLists(5)).map(f => f.resource.display)).toEqual(['Pod/hidden'])
  })

  describe('compose extends.file', () => {
    const compose = (web: string) => `services:\n  web:\n    image: app\n    extends: {file: other.conf, service: base}\n${web}`
    const at = (code: string, file = 'compose.yaml') => incomplete(code, file).map(f => [f.span.start.line, f.span.start.column, f.span.end.column, f.message])

    it('attack: a service that takes its settings from another file (not named *.yml) is reported, not passed', () => {
      expect(at(compose(''))).toEqual([
        [4, 14, 47, 'compose.yaml: compose service "web" extends a service of another file, other.conf, which is not read here: its network_mode, pid, ipc and build.network are not judged. Set them in "web" itself (a value written there wins over the base\'s).'],
      ])
    })

    it('names only the settings the service does not write itself', () => {
      const [[, , , message]] = at(compose('    network_mode: bridge\n    ipc: private\n    build: {context: ., network: none}\n'))
      expect(message).toContain('its pid is not judged. Set it in "web" itself')
    })

    it('needs nothing from the other file when the service writes every judged setting', () => {
      expect(at(compose('    network_mode: bridge\n    pid: "service:db"\n    ipc: private\n    build: {context: ., network: default}\n'))).toEqual([])
    })

    it('reports the base that extends another file, once, not every service extending it', () => {
      const code = 'services:\n  base:\n    extends:\n      file: ../common/compose.yml\n      service: x\n  web:\n    extends: base\n'
      expect(at(code, 'app/compose.yaml').map(([line, column]) => [line, column])).toEqual([[4, 7]])
    })

    it('follows an extends.file that names this very file, as the same file', () => {
      const code = 'services:\n  base: {image: x, network_mode: host}\n  web:\n    extends: {file: ./compose.yaml, service: base}\n'
      expect(at(code, 'deploy/compose.yaml')).toEqual([])
      expect(hostNetwork(code, 'deploy/compose.yaml').map(f => [f.span.start.line, f.resource.display])).toEqual([[2, 'service/base'], [4, 'service/web']])
    })
  })
})
