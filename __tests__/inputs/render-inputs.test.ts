import { describe, it, expect } from '@jest/globals'
import { defaultConfig, parseConfig } from '../../src/config/config.js'
import { readInputs } from '../../src/inputs/action-inputs.js'
import { withRenderInputs } from '../../src/inputs/render-inputs.js'
import { registry } from '../../src/rules/index.js'

describe('render-helm-command and render-kustomize-command', () => {
  const inputs = (values: Record<string, string>) => readInputs(name => values[name] ?? '')

  it('are read trimmed, and absent when unset', () => {
    expect(inputs({ 'render-helm-command': ' /opt/helm ' }).renderHelmCommand).toBe('/opt/helm')
    expect(inputs({}).renderKustomizeCommand).toBeUndefined()
  })

  it('override the config’s commands and keep the rest of its render block', () => {
    const config = parseConfig('c.yml', 'render:\n  timeout: 3\n  helm: {command: helm3, charts: [{path: c}]}\n', [...registry.keys()])
    const merged = withRenderInputs(config, inputs({ 'render-helm-command': '/opt/helm/helm', 'render-kustomize-command': 'kustomize' }))
    expect(merged.render).toEqual({
      ...config.render,
      helm: { command: '/opt/helm/helm', charts: [{ path: 'c', values: [] }] },
      kustomize: { command: 'kustomize' },
    })
  })

  it('leave a config untouched when unset', () => {
    const config = defaultConfig()
    expect(withRenderInputs(config, inputs({}))).toBe(config)
  })
})
