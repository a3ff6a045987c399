import { describe, it, expect } from '@jest/globals'
import { MAX_EXTENDS } from '../../src/parse/compose/compose.js'
import { MAX_LIST_DEPTH } from '../../src/parse/k8s/k8s.js'
import { WORK_BUDGET } from '../../src/parse/yaml/yaml-bounds.js'
import { MAX_NESTING, MEMORY_BUDGET_MB } from '../../src/parse/yaml/yaml-stream.js'
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
  it("attack: a List nested past the reader's depth is reported, not skipped", () => {
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
        [
          4,
          14,
          47,
          'compose.yaml: compose service "web" extends a service of another file, other.conf, which is not read here: its network_mode, pid, ipc and build.network are not judged. Set them in "web" itself (a value written there wins over the base\'s).',
        ],
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
      expect(hostNetwork(code, 'deploy/compose.yaml').map(f => [f.span.start.line, f.resource.display])).toEqual([
        [2, 'service/base'],
        [4, 'service/web'],
      ])
    })
  })
})

/** `count` anchored maps, each merging the one before; m1 holds `first`. */
function mergeChain(count: number, first: string): string {
  let text = `m1: &m1 {${first}}\n`
  for (let i = 2; i <= count; i++) text += `m${i}: &m${i} {<<: *m${i - 1}}\n`
  return text
}

const podMerging = (count: number) =>
  `${mergeChain(count, 'hostNetwork: true')}apiVersion: v1\nkind: Pod\nmetadata: {name: chained}\nspec: {<<: *m${count}, containers: []}\n`
const serviceMerging = (count: number) =>
  `x-chain:\n${mergeChain(count, 'network_mode: host').replace(/^(?=.)/gm, '  ')}services:\n  web: {<<: *m${count}, image: nginx}\n`
const hostNetworkIn = (code: string, file: string) => findingsFor('host-network', { code, file }).map(f => f.message)

describe('incomplete-scan: merge and alias chains', () => {
  it('attack: merge chain 17 deep hides hostNetwork', () => {
    expect(hostNetwork(podMerging(17))).toHaveLength(1)
    expect(incomplete(podMerging(17))).toEqual([])
  })

  it('attack: merge chain 17 deep hides network_mode: host in compose', () => {
    expect(hostNetworkIn(serviceMerging(17), 'compose.yaml')).toEqual([expect.stringMatching(/"web" sets network_mode: host/)])
    expect(incomplete(serviceMerging(17), 'compose.yaml')).toEqual([])
  })

  it('attack: merge chain 1,200 deep is followed to the end without overflowing the stack', () => {
    expect(hostNetwork(podMerging(1200))).toHaveLength(1)
    expect(hostNetworkIn(serviceMerging(1200), 'compose.yaml')).toHaveLength(1)
  })

  it('attack: a merge chain adding a key at every link, copying past the work budget, is reported', () => {
    // 2,100 links, each with one more key than the last: about 2.2 million keys copied.
    const growing = (first: string) => mergeChain(2100, first).replace(/\{<<: \*m(\d+)\}/g, '{<<: *m$1, k$1: v}')
    const message = (file: string) =>
      `${file}: more than ${WORK_BUDGET.toLocaleString('en-US')} steps to read its YAML through aliases and merges (work budget): the rest was not read`
    const pod = `${growing('hostNetwork: true')}apiVersion: v1\nkind: Pod\nmetadata: {name: chained}\nspec: {<<: *m2100, containers: []}\n`
    expect(incomplete(pod).map(f => f.message)).toEqual([message('deep.yaml')])
    const compose = `x-chain:\n${growing('network_mode: host').replace(/^(?=.)/gm, '  ')}services:\n  web: {<<: *m2100, image: nginx}\n`
    expect(incomplete(compose, 'compose.yaml').map(f => f.message)).toEqual([message('compose.yaml')])
  })

  it('attack: 1,200 custom resources searching one aliased 2,000-map spec are reported past the work budget', () => {
    const big = `x-big: &big {${Array.from({ length: 1000 }, (_, i) => `f${i}: {a: [1]}`).join(', ')}}\n`
    const objects = Array.from({ length: 1200 }, (_, i) => `- {apiVersion: example.com/v1, kind: Widget, metadata: {name: w${i}}, spec: *big}\n`).join('')
    const code = `${big}apiVersion: v1\nkind: List\nitems:\n${objects}- {apiVersion: example.com/v1, kind: Widget, metadata: {name: last}, spec: {hostNetwork: true}}\n`
    expect(incomplete(code).map(f => f.message)).toContain(
      `deep.yaml: more than ${WORK_BUDGET.toLocaleString('en-US')} steps to read its YAML through aliases and merges (work budget): the rest was not read`,
    )
  })

  it('attack: an alias inside the node it names (a cycle go-yaml rejects) is reported', () => {
    const code = 'apiVersion: v1\nkind: Pod\nmetadata: {name: cycle}\nspec: &spec {<<: *spec, hostNetwork: false, containers: []}\n'
    const found = incomplete(code)
    expect(found.map(f => f.message)).toEqual(['deep.yaml: alias *spec is used inside the node it names, a cycle Kubernetes and compose reject: not read'])
    expect(found[0].span.start).toEqual({ line: 4, column: 18 })
  })

  it('attack: one Pod aliased as 5,000 List items is judged once, not 5,000 times', () => {
    const code = `x-pod: &pod {apiVersion: v1, kind: Pod, metadata: {name: twin}, spec: {hostNetwork: true, containers: []}}\nkind: List\nitems:\n${'- *pod\n'.repeat(5000)}`
    expect(hostNetwork(code).map(f => f.resource.display)).toEqual(['Pod/twin'])
  })
})

/** A Pod whose spec holds `levels` sequences nested in flow style: the document nests levels + 2 deep. */
const podNesting = (levels: number) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: deep}\nspec:\n  hostNetwork: true\n  containers: []\n  x: ${'['.repeat(levels)}${']'.repeat(levels)}\n`

describe('incomplete-scan: nesting', () => {
  const nestingMessage = `deep.yaml: YAML nested more than ${MAX_NESTING} levels deep (nesting over ${MAX_NESTING}): this document and the rest of the file were not read`

  it(`reads a document nested ${MAX_NESTING} levels deep`, () => {
    expect(incomplete(podNesting(MAX_NESTING - 2))).toEqual([])
    expect(hostNetwork(podNesting(MAX_NESTING - 2))).toHaveLength(1)
  })

  it(`attack: nesting one level past ${MAX_NESTING} is reported where it starts, not as invalid YAML`, () => {
    const found = incomplete(podNesting(MAX_NESTING - 1))
    expect(found.map(f => f.message)).toEqual([nestingMessage])
    expect(found[0].span.start).toEqual({ line: 7, column: 6 + MAX_NESTING - 2 })
    expect(findingsFor('parse-error', { code: podNesting(MAX_NESTING - 1), file: 'deep.yaml' })).toEqual([])
  })

  it('attack: 800 levels of [[[...]]] are nesting, not "Maximum call stack size exceeded"', () => {
    expect(incomplete(podNesting(800)).map(f => f.message)).toEqual([nestingMessage])
    expect(findingsFor('parse-error', { code: podNesting(800), file: 'deep.yaml' })).toEqual([])
  })

  it('attack: 3,000 levels of block maps and sequences do not crash the scanner', () => {
    let maps = 'kind: Pod\nspec:\n  hostNetwork: true\n  x:\n'
    for (let i = 0; i < 3000; i++) maps += `${' '.repeat(4 + i)}k:\n`
    const seqs = `kind: Pod\nspec:\n  hostNetwork: true\n  x:\n    ${'- '.repeat(3000)}a\n`
    for (const code of [maps, seqs]) {
      expect(incomplete(code).map(f => f.message)).toEqual([nestingMessage])
      expect(findingsFor('parse-error', { code, file: 'deep.yaml' })).toEqual([])
    }
  })

  it('still reads the documents before the one nested too deep', () => {
    const code = `kind: Pod\nmetadata: {name: first}\nspec: {hostNetwork: true, containers: []}\n---\n${podNesting(800)}`
    expect(hostNetwork(code).map(f => f.resource.display)).toEqual(['Pod/first'])
    expect(incomplete(code).map(f => f.span.start.line)).toEqual([11])
  })
})

/** A Pod written as one flow collection of about `bytes` bytes, hostNetwork at its very end. */
function flowPod(bytes: number): string {
  const entry = '{name: E, value: "v"}, '
  const env = entry.repeat(Math.ceil(bytes / entry.length))
  return `{apiVersion: v1, kind: Pod, metadata: {name: flow}, spec: {containers: [{name: c, image: i, env: [${env}]}], hostNetwork: true}}\n`
}

describe('incomplete-scan: memory', () => {
  const memoryMessage = `more YAML than ${MEMORY_BUDGET_MB} MB of memory holds once parsed: this document and the rest of the file were not read`

  it('attack: a 4.8 MB flow-style Pod is reported, not held whole in memory', () => {
    const found = incomplete(flowPod(4_800_000))
    expect(found.map(f => f.message)).toEqual([`deep.yaml: ${memoryMessage}`])
    expect(found[0].span.start).toEqual({ line: 1, column: 1 })
  })

  it('still reads the documents before the one too large to hold', () => {
    const code = `kind: Pod\nmetadata: {name: first}\nspec: {hostNetwork: true, containers: []}\n---\n${flowPod(4_800_000)}`
    expect(hostNetwork(code).map(f => f.resource.display)).toEqual(['Pod/first'])
    expect(incomplete(code).map(f => f.span.start.line)).toEqual([4])
  })

  it('reads an 80,000-key map whole and finds the hostNetwork after it', () => {
    let code = 'apiVersion: v1\nkind: Pod\nmetadata: {name: wide}\nspec:\n  containers: []\n'
    for (let i = 0; i < 80_000; i++) code += `  k${i}: v\n`
    code += '  hostNetwork: true\n'
    expect(incomplete(code)).toEqual([])
    expect(hostNetwork(code)).toHaveLength(1)
  })
})

describe('incomplete-scan: compose variable defaults', () => {
  const nested = (depth: number) => `services:\n  web:\n    image: nginx\n    network_mode: ${'${A:-'.repeat(depth)}host${'}'.repeat(depth)}\n`

  it('attack: network_mode default nested 33 deep is read as host', () => {
    expect(hostNetworkIn(nested(33), 'compose.yaml')).toEqual([
      expect.stringMatching(/^compose service "web" sets network_mode: \$\{A:-.*, which defaults to host when A is not set/),
    ])
    expect(incomplete(nested(33), 'compose.yaml')).toEqual([])
  })

  it('attack: network_mode default nested 10,000 deep is read as host', () => {
    expect(hostNetworkIn(nested(10_000), 'compose.yaml')).toHaveLength(1)
  })
})

describe('incomplete-scan: compose extends and kustomize patches', () => {
  /** `s0` extends `s1` … extends `s<count>`, whose network_mode is host. */
  const extendsChain = (count: number) => {
    const services = Array.from({ length: count }, (_, i) => `  s${i}:\n    image: x\n    extends: s${i + 1}\n`).join('')
    return `services:\n${services}  s${count}:\n    image: x\n    network_mode: host\n`
  }

  it('follows an extends chain 40 long to the base that uses the host network', () => {
    expect(incomplete(extendsChain(40), 'compose.yaml')).toEqual([])
    expect(hostNetwork(extendsChain(40), 'compose.yaml').some(f => f.resource.display === 'service/s0')).toBe(true)
  })

  it('attack: an extends chain longer than the reader follows is reported, not cut short in silence', () => {
    const found = incomplete(extendsChain(MAX_EXTENDS + 1), 'compose.yaml')
    expect(found.map(f => f.message)).toEqual([
      `compose.yaml: a compose service's extends chain is longer than ${MAX_EXTENDS}: the services past it were not read`,
    ])
    expect(found[0].span.start.line).toBe(4)
  })

  it("attack: an inline kustomize patch nested past the reader's bound is reported at the patch", () => {
    const deep = `${'['.repeat(300)}1${']'.repeat(300)}`
    const code = `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [deploy.yaml]\npatches:\n- target: {kind: Deployment, name: web}\n  patch: |-\n    - op: add\n      path: /spec/template/spec/hostNetwork\n      value: ${deep}\n`
    const found = incomplete(code, 'kustomization.yaml')
    expect(found.map(f => f.message)).toEqual([expect.stringMatching(/^kustomization\.yaml: kustomization patches\[0\]\.patch: .*nest/)])
    expect(found[0].span.start.line).toBe(9)
  })
})
