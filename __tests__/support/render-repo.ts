import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { defaultConfig, parseConfig, type Config } from '../../src/config/config.js'
import type { Finding } from '../../src/model.js'
import { scanRepository } from '../../src/pipeline.js'
import { registry } from '../../src/rules/index.js'

/** A temporary repository made of files (name → text), and copies of fixture folders. */
export function tempRepo(files: Record<string, string>, copies: Record<string, string> = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), 'hng-render-test-'))
  for (const [to, from] of Object.entries(copies)) cpSync(from, path.join(root, to), { recursive: true })
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true })
    writeFileSync(path.join(root, name), text)
  }
  return root
}

export const removeRepo = (root: string) => rmSync(root, { recursive: true, force: true })

/** A config from its YAML text, validated as a user's would be. */
export const configOf = (yaml?: string): Config => (yaml ? parseConfig('.github/host-namespace-guard.yml', yaml, [...registry.keys()]) : defaultConfig())

export async function scanRoot(root: string, yaml?: string): Promise<Finding[]> {
  return (await scanRepository({ root, config: configOf(yaml), today: new Date('2025-06-01') })).findings
}

/** A chart of one template, as files of a repository under `dir`. */
export const chart = (dir: string, template: string, values = '', extra: Record<string, string> = {}): Record<string, string> => ({
  [`${dir}/Chart.yaml`]: `apiVersion: v2\nname: ${path.basename(dir)}\nversion: 0.1.0\n`,
  [`${dir}/values.yaml`]: values,
  [`${dir}/templates/workload.yaml`]: template,
  ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [`${dir}/${k}`, v])),
})

export const brief = (f: Finding) => `${f.ruleId} ${f.file}:${f.span.start.line}:${f.span.start.column}`
