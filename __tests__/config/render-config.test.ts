import { describe, it, expect } from '@jest/globals'
import { ConfigError, defaultRenderConfig, parseConfig } from '../../src/config/config.js'
import { registry } from '../../src/rules/index.js'

const FILE = '.github/host-namespace-guard.yml'
const parse = (text: string) => parseConfig(FILE, text, [...registry.keys()])
const rejection = (text: string) => {
  try {
    parse(text)
  } catch (err) {
    if (err instanceof ConfigError) return err.message
    throw err
  }
  throw new Error('accepted')
}

describe('render configuration', () => {
  it('defaults to rendering with helm and kubectl from PATH, 10 s and 16 MiB per render, a missing tool a warning', () => {
    expect(parse('maxFindings: 5\n').render).toBeUndefined()
    expect(defaultRenderConfig()).toEqual({
      enabled: true,
      missingTool: 'warning',
      timeoutMs: 10_000,
      maxOutputBytes: 16 * 1024 * 1024,
      helm: { command: 'helm', charts: [] },
      kustomize: { command: 'kubectl' },
    })
  })

  it('reads every key', () => {
    const config = parse(
      [
        'render:',
        '  enabled: true',
        '  missingTool: error',
        '  timeout: 30',
        '  maxOutputSize: 4MiB',
        '  helm:',
        '    command: /opt/helm/bin/helm',
        '    charts:',
        '      - path: charts/agent',
        '        values: [values-prod.yaml, ./env/eu.yaml]',
        '        namespace: monitoring',
        '  kustomize: {command: kustomize}',
        '',
      ].join('\n'),
    )
    expect(config.render).toEqual({
      enabled: true,
      missingTool: 'error',
      timeoutMs: 30_000,
      maxOutputBytes: 4 * 1024 * 1024,
      helm: { command: '/opt/helm/bin/helm', charts: [{ path: 'charts/agent', values: ['values-prod.yaml', 'env/eu.yaml'], namespace: 'monitoring' }] },
      kustomize: { command: 'kustomize' },
    })
  })

  it('turns rendering off', () => {
    expect(parse('render: {enabled: false}\n').render?.enabled).toBe(false)
  })

  it.each([
    ['render: {enabled: yes please}\n', `${FILE}:1: render.enabled: expected true or false, got "yes please"`],
    ['render:\n  missingTool: fail\n', `${FILE}:2: render.missingTool: "fail" is not one of warning, error`],
    ['render:\n  timeout: 0\n', `${FILE}:2: render.timeout: expected a positive whole number (1 or more), got 0`],
    [
      'render:\n  helm:\n    charts:\n      - values: [a.yaml]\n',
      `${FILE}:4: render.helm.charts[0]: missing path (the chart directory, relative to the repository root)`,
    ],
    [
      'render:\n  helm:\n    charts:\n      - path: ../outside\n',
      `${FILE}:4: render.helm.charts[0].path: "../outside" must be a relative path without ".." (rendering reads only files inside the repository)`,
    ],
    [
      'render:\n  helm:\n    charts:\n      - {path: c, values: [/etc/passwd]}\n',
      `${FILE}:4: render.helm.charts[0].values[0]: "/etc/passwd" must be a relative path without ".." (rendering reads only files inside the repository)`,
    ],
    ['render:\n  helm: {charts: charts/agent}\n', `${FILE}:2: render.helm.charts: expected a list, got "charts/agent"`],
    ['render:\n  kustomize: {cmd: kustomize}\n', `${FILE}:2: render.kustomize.cmd: unknown key; expected one of command`],
    ['render:\n  plugins: true\n', `${FILE}:2: render.plugins: unknown key; expected one of enabled, missingTool, timeout, maxOutputSize, helm, kustomize`],
  ])('rejects %j naming the file, line and key', (text, message) => {
    expect(rejection(text)).toBe(message)
  })
})
