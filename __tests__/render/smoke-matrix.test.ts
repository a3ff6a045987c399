import { afterAll, beforeAll, describe, it, expect } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { place } from '../../src/findings/place.js'
import { judgeFindings } from '../../src/findings/verdict.js'
import { scanRepository } from '../../src/pipeline.js'
import { smokeMatrix, startableWorkloads } from '../../src/smoke/matrix.js'
import { configOf, removeRepo, tempRepo } from '../support/render-repo.js'

/** Rendered workloads in the smoke matrix: one entry per chart variant or overlay, rendered again by the smoke job. */

let root: string
beforeAll(() => {
  root = tempRepo({}, { charts: path.resolve('__fixtures__/render/charts'), kustomize: path.resolve('__fixtures__/render/kustomize') })
})
afterAll(() => removeRepo(root))

describe('the smoke matrix of rendered charts and overlays', () => {
  it('lists each clean chart variant once, with what to render it with, and leaves out charts with a failing finding', async () => {
    const result = await scanRepository({ root, config: configOf(), today: new Date('2025-06-01'), workloads: true })
    const findings = judgeFindings(place(result.findings, undefined, 'added'), { failOn: 'error', failOnPreexisting: false })
    const matrix = smokeMatrix({ build: false, runtime: true, findings, workloads: startableWorkloads(result.facts), dockerfiles: [] })
    expect(matrix.include.filter(e => e.render)).toEqual([
      { check: 'runtime', render: 'helm', source: 'charts/clean', values: '' },
      { check: 'runtime', render: 'helm', source: 'charts/value', values: '' },
    ])
    // No entry points a smoke job at a template as if it were a manifest.
    expect(matrix.include.filter(e => e.file?.includes('/templates/'))).toEqual([])
  })

  it('renders, with the command docs/smoke.md gives, a manifest holding the workload', () => {
    const out = execFileSync('helm', ['template', 'release', path.join(root, 'charts/value')], { encoding: 'utf8' })
    writeFileSync(path.join(root, 'rendered.yaml'), out)
    expect(out).toContain('kind: DaemonSet')
  })
})
