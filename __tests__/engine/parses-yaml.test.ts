import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { defaultConfig } from '../../src/config/config.js'
import { parsesYaml, scanFileText, type ScanTextInput } from '../../src/engine/scan-file.js'
import type { FileType } from '../../src/model.js'
import { registry } from '../../src/rules/index.js'
import { engineFor } from '../../src/scan-one.js'

/**
 * parsesYaml tells beforehand what scanFileText decides (the pool sends only those files to its
 * workers, and the caller hands the answer back so the text is tested once): given its answer,
 * a scan must come out exactly as one that decides for itself, over every YAML fixture we have.
 */
const engine = engineFor(registry, defaultConfig(), { exceptions: true })

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) return yamlFiles(full)
    return /\.ya?ml$/.test(name) ? [full] : []
  })
}

const inputs: ScanTextInput[] = [...yamlFiles('__fixtures__'), ...yamlFiles('examples')].flatMap(file => {
  const text = readFileSync(file, 'utf8')
  const types: FileType[] = /compose/.test(path.basename(file)) ? ['compose'] : /workflows/.test(file) ? ['workflow'] : ['kubernetes']
  return types.map(type => ({ path: file, text, type }))
})

describe('parsesYaml', () => {
  it('covers enough fixtures to mean something, both ways', () => {
    const answers = inputs.map(i => parsesYaml(i, engine))
    expect(answers.filter(Boolean).length).toBeGreaterThanOrEqual(40)
    expect(answers.filter(a => !a).length).toBeGreaterThan(5)
  })

  it('gives a scan the same findings and facts as one that decides for itself', () => {
    for (const input of inputs) {
      const told = scanFileText({ ...input, parses: parsesYaml(input, engine) }, engine)
      expect({ file: input.path, ...told }).toEqual({ file: input.path, ...scanFileText(input, engine) })
    }
  })

  it('is what the scan follows: told wrongly, a finding is lost (the control)', () => {
    const input: ScanTextInput = {
      path: 'pod.yaml',
      text: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostNetwork: true\n  containers: [{name: c, image: i}]\n',
      type: 'kubernetes',
    }
    expect(parsesYaml(input, engine)).toBe(true)
    expect(scanFileText(input, engine).findings.map(f => f.ruleId)).toContain('host-network')
    expect(scanFileText({ ...input, parses: false }, engine).findings).toEqual([])
  })

  it('says no for a file of CRDs and ConfigMaps that mention host fields, and for one without them', () => {
    const crd = 'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: x}\nspec:\n  description: sets hostNetwork\n'
    expect(parsesYaml({ text: crd, type: 'kubernetes' }, engine)).toBe(false)
    expect(parsesYaml({ text: 'kind: Service\nmetadata: {name: s}\n', type: 'kubernetes' }, engine)).toBe(false)
    expect(parsesYaml({ text: crd, type: 'dockerfile' }, engine)).toBe(false)
  })
})
