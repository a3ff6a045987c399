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
})
