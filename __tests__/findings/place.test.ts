import { describe, it, expect } from '@jest/globals'
import { place } from '../../src/findings/place.js'
import { scanText } from '../../src/engine/scan-file.js'
import { registry } from '../../src/rules/index.js'

const compose = 'x-common: &common\n  network_mode: host\nservices:\n  old:\n    <<: *common\n    image: a\n  new:\n    <<: *common\n    image: b\n'
const findings = () =>
  scanText({ path: 'compose.yaml', text: compose, type: 'compose', byName: true }, { rules: registry, severityOf: id => registry.get(id)!.meta.severity })
const lines = (added: number[], context: number[] = []) => new Map([['compose.yaml', { added: new Set(added), context: new Set(context) }]])

describe('place', () => {
  it('counts a finding brought in by a new merge key as new, at the merge', () => {
    const placed = place(findings(), lines([7, 8, 9]), 'added')
    const byService = Object.fromEntries(placed.map(f => [f.resource.name, f]))
    expect(byService.new).toMatchObject({ isNew: true, placement: 'inline', span: { start: { line: 8 } } })
    expect(byService.new.fix).toBeUndefined()
    expect(byService.old).toMatchObject({ isNew: false, placement: 'summary', span: { start: { line: 2 } } })
  })

  it('puts unchanged lines in the summary, or inline with diff_context when shown in the diff', () => {
    const [f] = findings()
    expect(place([f], lines([], [2]), 'added')[0]).toMatchObject({ isNew: false, placement: 'summary' })
    expect(place([f], lines([], [2]), 'diff_context')[0]).toMatchObject({ isNew: false, placement: 'inline' })
    expect(place([f], lines([]), 'file')[0]).toMatchObject({ isNew: false, placement: 'file' })
    expect(place([f], new Map([['compose.yaml', 'whole-file' as const]]), 'added')[0]).toMatchObject({ isNew: true, placement: 'file' })
    expect(place([f], undefined, 'added')[0]).toMatchObject({ isNew: true, placement: 'summary' })
    expect(place([f], new Map(), 'added')[0]).toMatchObject({ isNew: false, placement: 'summary' })
  })
})
