import { describe, it, expect } from '@jest/globals'
import { scanText } from '../../src/engine/scan-file.js'
import { fingerprint } from '../../src/findings/fingerprint.js'
import { place } from '../../src/findings/place.js'
import type { FileType } from '../../src/model.js'
import { reviewComment, shareSuggestionLines } from '../../src/report/review-comment.js'
import { registry } from '../../src/rules/index.js'

/** Review comments for every finding of a file that the pull request adds whole. */
function comments(path: string, text: string, type: FileType) {
  const found = fingerprint(scanText({ path, text, type }, { rules: registry, severityOf: () => 'error' }))
  const placed = place(found, new Map([[path, 'whole-file' as const]]), 'added')
  return shareSuggestionLines(placed).map(f => reviewComment(f, registry.get(f.ruleId), text, undefined))
}

const suggestionOf = (body: string) => /```suggestion\n([\s\S]*?)\n```/.exec(body)?.[1]

describe('suggestions that share a line', () => {
  it('are one suggestion applying both fixes, not two that conflict (flow map)', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {hostNetwork: true, hostPID: yes, containers: []}\n'
    const [first, second] = comments('pod.yaml', text, 'kubernetes')
    expect(suggestionOf(first.body)).toBe('spec: {hostNetwork: false, hostPID: false, containers: []}')
    expect(suggestionOf(second.body)).toBeUndefined()
    expect([first.line, second.line]).toEqual([4, 4])
  })

  it('are one suggestion for two flags of one command', () => {
    const text = '#!/bin/sh\ndocker run --network host --pid=host img\n'
    const [first, second] = comments('run.sh', text, 'shell')
    expect(suggestionOf(first.body)).toBe('docker run img')
    expect(suggestionOf(second.body)).toBeUndefined()
  })

  it('leave fixes on different lines alone', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostNetwork: true\n  hostPID: true\n  containers: []\n'
    expect(comments('pod.yaml', text, 'kubernetes').map(c => suggestionOf(c.body))).toEqual(['  hostNetwork: false', '  hostPID: false'])
  })
})
