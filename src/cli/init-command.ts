import { existsSync } from 'node:fs'
import path from 'node:path'
import { defaultConfig } from '../config/config.js'
import { HOST_NAMESPACES } from '../namespaces.js'
import { walk } from '../discovery/walk.js'
import { safeWrite } from '../io/safe-write.js'
import { scanRepository } from '../pipeline.js'
import { TOOL_NAME } from '../version.js'
import { EXIT_OK, EXIT_USAGE, parseCommand, scanTarget, type CliEnv } from './args.js'
import { forkSafeWorkflows, initialConfig, reviewWorkflow, type InitFile, type RepositoryShape } from './init-files.js'
import { USAGE } from './usage.js'

/** Folder names that hold someone else's files or test data, not the repository's deployments. */
const NOT_OURS = new Set(['vendor', 'third_party', 'third-party', 'testdata', '__fixtures__', 'fixtures'])
const KUSTOMIZATION = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization'])
const HOST_RULES: ReadonlySet<string> = new Set(HOST_NAMESPACES.map(n => n.ruleId))

/**
 * `init`: writes the workflows and a first config from what the repository holds, then prints
 * the first scan's result and the next steps. Never overwrites a file without --force.
 */
export async function initCommand(argv: string[], env: CliEnv): Promise<number> {
  const parsed = parseCommand('init', argv, { root: { type: 'string' }, 'fork-safe': { type: 'boolean' }, force: { type: 'boolean' } })
  if (parsed === 'help') {
    env.stdout(USAGE)
    return EXIT_OK
  }
  const { values } = parsed
  const { root } = await scanTarget(env.cwd, [], values.root ?? '.')
  const shape = shapeOf(root)
  // The first scan reads the repository as the written config will.
  const config = { ...defaultConfig(), exclude: shape.excluded.map(folder => `${folder}/**`) }
  const scan = await scanRepository({ root, config, today: env.today ?? new Date() })
  for (const f of scan.findings) {
    // Kubernetes kinds are capitalised; compose services, commands and jobs are not.
    if (HOST_RULES.has(f.ruleId) && /^[A-Z]/.test(f.resource.kind ?? '')) shape.hostNamespaces.push(f.resource.namespace ?? 'default')
  }
  shape.hostNamespaces = [...new Set(shape.hostNamespaces)].sort()

  const files: InitFile[] = [...(values['fork-safe'] ? forkSafeWorkflows() : [reviewWorkflow({ pullRequests: true })]), initialConfig(shape)]
  const existing = files.filter(f => existsSync(path.join(root, f.path)))
  if (existing.length && !values.force) {
    env.stderr(
      `${TOOL_NAME}: init: ${existing.map(f => f.path).join(', ')} already exist${existing.length === 1 ? 's' : ''}; nothing was written (add --force to replace)\n`,
    )
    return EXIT_USAGE
  }
  for (const f of files) {
    await safeWrite(path.join(root, f.path), f.text, { roots: [root], display: f.path, createParents: true })
    env.stdout(`wrote ${f.path}\n`)
  }

  const failing = scan.findings.filter(f => f.severity === 'error' && !f.suppression)
  const byRule = new Map<string, number>()
  for (const f of failing) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1)
  env.stdout(
    `\nFirst scan: ${scan.filesScanned} file${scan.filesScanned === 1 ? '' : 's'} scanned, ${failing.length} finding${failing.length === 1 ? '' : 's'} that would fail the check` +
      (byRule.size ? ` (${[...byRule].map(([rule, n]) => `${rule} ${n}`).join(', ')})` : '') +
      '.\n',
  )
  env.stdout(
    [
      '',
      'Next steps:',
      `  1. Review ${files.at(-1)!.path}: list in exceptions.namespaces only namespaces dedicated to node agents.`,
      `  2. Run '${TOOL_NAME} scan' to see each finding; '${TOOL_NAME} scan --fix PATH --dry-run' shows the fixes.`,
      '  3. Commit the files and open a pull request: the check reviews what the pull request changes.',
      '  4. Make the check a required status check in the branch protection rule of the default branch.',
      '',
    ].join('\n'),
  )
  return EXIT_OK
}

/** Charts, overlays and folders that are not the repository's own, from one walk. */
function shapeOf(root: string): RepositoryShape {
  const config = defaultConfig()
  const charts = new Set<string>()
  const overlays = new Set<string>()
  const excluded = new Set<string>()
  for (const file of walk(root, { root, include: [], exclude: [], fileTypes: config.fileTypes })) {
    const parts = file.relative.split('/')
    const name = parts.at(-1)!
    const folder = parts.slice(0, -1).join('/') || '.'
    const notOurs = parts.findIndex(p => NOT_OURS.has(p))
    // The folder itself is excluded, not what lies beneath it one by one.
    if (notOurs !== -1 && notOurs < parts.length - 1) {
      excluded.add(parts.slice(0, notOurs + 1).join('/'))
      continue
    }
    if (name === 'Chart.yaml') charts.add(folder)
    if (KUSTOMIZATION.has(name)) overlays.add(folder)
  }
  return { hostNamespaces: [], charts: [...charts].sort(), overlays: [...overlays].sort(), excluded: [...excluded].sort() }
}
