import { describe, it, expect } from '@jest/globals'
import { scanText } from '../../src/engine/scan-file.js'
import { fingerprint } from '../../src/findings/fingerprint.js'
import type { FileType } from '../../src/model.js'
import { registry } from '../../src/rules/index.js'

const prints = (path: string, text: string, type: FileType) =>
  fingerprint(scanText({ path, text, type }, { rules: registry, severityOf: () => 'error' })).map(f => `${f.ruleId} ${f.fingerprint}`)

const dockerfile = (before: string) => `FROM alpine AS build\n${before}RUN --network=host apk add curl\nRUN --network=host apk add git\n`
const listOf = (items: string[]) => `apiVersion: v1\nkind: List\nitems:\n${items.join('')}`
const item = (name: string, flag: string) =>
  `- apiVersion: v1\n  kind: Pod\n  metadata: {name: ${name}}\n  spec:\n    ${flag}\n    containers: [{name: c, image: i}]\n`

describe('fingerprints', () => {
  it('survive a RUN inserted earlier in the stage', () => {
    const before = prints('Dockerfile', dockerfile(''), 'dockerfile')
    expect(before).toHaveLength(2)
    expect(new Set(before).size).toBe(2)
    expect(prints('Dockerfile', dockerfile('RUN echo new\nRUN --mount=type=cache,target=/c true\n'), 'dockerfile')).toEqual(before)
  })

  it('survive a List item inserted before the one with the finding', () => {
    const before = prints('list.yaml', listOf([item('a', 'hostPID: true')]), 'kubernetes')
    expect(before).toHaveLength(1)
    expect(prints('list.yaml', listOf([item('new', 'hostPID: false'), item('a', 'hostPID: true')]), 'kubernetes')).toEqual(before)
  })

  it('still tell apart items and files', () => {
    const two = prints('list.yaml', listOf([item('a', 'hostPID: true'), item('b', 'hostPID: true')]), 'kubernetes')
    expect(new Set(two).size).toBe(2)
    expect(prints('other.yaml', listOf([item('a', 'hostPID: true')]), 'kubernetes')).not.toEqual(
      prints('list.yaml', listOf([item('a', 'hostPID: true')]), 'kubernetes'),
    )
  })
})
