import { existsSync } from 'node:fs'
import path from 'node:path'
import { DEFAULT_CONFIG_PATH, defaultConfig } from '../config/config.js'
import { place } from '../findings/place.js'
import { judgeFindings } from '../findings/verdict.js'
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
  const workflows = values['fork-safe'] ? forkSafeWorkflows() : [reviewWorkflow({ pullRequests: true })]
  // Refused before any work: the paths are known without scanning.
  const existing = [...workflows.map(f => f.path), DEFAULT_CONFIG_PATH].filter(file => existsSync(path.join(root, file)))
  if (existing.length && !values.force) {
    env.stderr(`${TOOL_NAME}: init: ${existing.join(', ')} already exist${existing.length === 1 ? 's' : ''}; nothing was written (add --force to replace)\n`)
    return EXIT_USAGE
  }
  const excluded = notOurFolders(root)
  // The first scan reads the repository as the written config will.
  const config = { ...defaultConfig(), exclude: excluded.map(folder => `${folder}/**`) }
  const scan = await scanRepository({ root, config, today: env.today ?? new Date() })
  const hostNamespaces = new Set<string>()
  for (const f of scan.findings) {
    // Kubernetes kinds are capitalised; compose services, commands and jobs are not.
    if (HOST_RULES.has(f.ruleId) && /^[A-Z]/.test(f.resource.kind ?? '')) hostNamespaces.add(f.resource.namespace ?? 'default')
  }
  const shape: RepositoryShape = { hostNamespaces: [...hostNamespaces].sort(), charts: scan.render.charts, overlays: scan.render.overlays, excluded }
  const files: InitFile[] = [...workflows, initialConfig(shape)]
  for (const f of files) {
    await safeWrite(path.join(root, f.path), f.text, { roots: [root], display: f.path, createParents: true })
    env.stdout(`wrote ${f.path}\n`)
  }

  // Failing as the scan command and the check decide it: one definition.
  const failing = judgeFindings(place(scan.findings, undefined, 'added'), { failOn: 'error', failOnPreexisting: false }).filter(f => f.failing)
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

/** Folders that hold someone else's files or test data, each named once (not what lies beneath it). */
function notOurFolders(root: string): string[] {
  const excluded = new Set<string>()
  for (const file of walk(root, { root, include: [], exclude: [], fileTypes: defaultConfig().fileTypes })) {
    const parts = file.relative.split('/')
    const notOurs = parts.findIndex(p => NOT_OURS.has(p))
    if (notOurs !== -1 && notOurs < parts.length - 1) excluded.add(parts.slice(0, notOurs + 1).join('/'))
  }
  return [...excluded].sort()
}
