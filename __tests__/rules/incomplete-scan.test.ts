import { describe, it, expect } from '@jest/globals'
import { MAX_LIST_DEPTH } from '../../src/parse/k8s.js'
import { WORK_BUDGET } from '../../src/parse/yaml-bounds.js'
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
})

/** `count` anchored maps, each merging the one before; m1 holds `first`. */
function mergeChain(count: number, first: string): string {
  let text = `m1: &m1 {${first}}\n`
  for (let i = 2; i <= count; i++) text += `m${i}: &m${i} {<<: *m${i - 1}}\n`
  return text
}

const podMerging = (count: number) => `${mergeChain(count, 'hostNetwork: true')}apiVersion: v1\nkind: Pod\nmetadata: {name: chained}\nspec: {<<: *m${count}, containers: []}\n`
const serviceMerging = (count: number) => `x-chain:\n${mergeChain(count, 'network_mode: host').replace(/^(?=.)/gm, '  ')}services:\n  web: {<<: *m${count}, image: nginx}\n`
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
    const message = (file: string) => `${file}: more than ${WORK_BUDGET.toLocaleString('en-US')} steps to read its YAML through aliases and merges (work budget): the rest was not read`
    const pod = `${growing('hostNetwork: true')}apiVersion: v1\nkind: Pod\nmetadata: {name: chained}\nspec: {<<: *m2100, containers: []}\n`
    expect(incomplete(pod).map(f => f.message)).toEqual([message('deep.yaml')])
    const compose = `x-chain:\n${growing('network_mode: host').replace(/^(?=.)/gm, '  ')}services:\n  web: {<<: *m2100, image: nginx}\n`
    expect(incomplete(compose, 'compose.yaml').map(f => f.message)).toEqual([message('compose.yaml')])
  })

  it('attack: 1,200 custom resources searching one aliased 2,000-map spec are reported past the work budget', () => {
    const big = `x-big: &big {${Array.from({ length: 1000 }, (_, i) => `f${i}: {a: [1]}`).join(', ')}}\n`
    const objects = Array.from({ length: 1200 }, (_, i) => `- {apiVersion: example.com/v1, kind: Widget, metadata: {name: w${i}}, spec: *big}\n`).join('')
    const code = `${big}apiVersion: v1\nkind: List\nitems:\n${objects}- {apiVersion: example.com/v1, kind: Widget, metadata: {name: last}, spec: {hostNetwork: true}}\n`
    expect(incomplete(code).map(f => f.message)).toContain(`deep.yaml: more than ${WORK_BUDGET.toLocaleString('en-US')} steps to read its YAML through aliases and merges (work budget): the rest was not read`)
  })

  it('attack: an alias inside the node it names (a cycle go-yaml rejects) is reported', () => {
    const code = 'apiVersion: v1\nkind: Pod\nmetadata: {name: cycle}\nspec: &spec {<<: *spec, hostNetwork: false, containers: []}\n'
    const found = incomplete(code)
    expect(found.map(f => f.message)).toEqual(['deep.yaml: alias *spec is used inside the node it names, a cycle Kubernetes and compose reject: not read'])
    expect(found[0].span.start).toEqual({ line: 4, column: 18 })
  })
})
