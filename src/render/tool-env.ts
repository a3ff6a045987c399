import { accessSync, constants, mkdirSync } from 'node:fs'
import path from 'node:path'

/**
 * The command a render runs, resolved to an absolute file once: the tool itself then runs with an
 * empty PATH, so it cannot start anything else (kustomize runs `git` for a remote base, helm its
 * plugins), whatever a chart or overlay asks for. Undefined when it is not installed.
 */
export function resolveCommand(command: string, cwd: string, searchPath = process.env.PATH ?? ''): string | undefined {
  const candidates = command.includes('/')
    ? [path.resolve(cwd, command)]
    : searchPath
        .split(path.delimiter)
        .filter(Boolean)
        .map(d => path.join(d, command))
  for (const file of candidates) {
    try {
      accessSync(file, constants.X_OK)
      return file
    } catch {
      // not this one
    }
  }
  return undefined
}

/** Where a render tool's garbage collector starts: far above what rendering a chart holds. */
export const GO_MEMORY_LIMIT_MIB = 512

/**
 * The whole environment a render tool sees: nothing of the runner's (no token, no proxy, no
 * kubeconfig), an empty PATH, and every Helm directory pointed at an empty folder, so no
 * repository, registry login or plugin is known to it.
 */
export function toolEnv(home: string): NodeJS.ProcessEnv {
  const dirs = ['cache', 'config', 'data', 'plugins']
  for (const d of dirs) mkdirSync(path.join(home, d), { recursive: true })
  return {
    PATH: path.join(home, 'no-bin'),
    HOME: home,
    TMPDIR: home,
    KUBECONFIG: path.join(home, 'no-kubeconfig'),
    HELM_CACHE_HOME: path.join(home, 'cache'),
    HELM_CONFIG_HOME: path.join(home, 'config'),
    HELM_DATA_HOME: path.join(home, 'data'),
    HELM_PLUGINS: path.join(home, 'plugins'),
    HELM_REGISTRY_CONFIG: path.join(home, 'config', 'registry.json'),
    HELM_REPOSITORY_CONFIG: path.join(home, 'config', 'repositories.yaml'),
    HELM_REPOSITORY_CACHE: path.join(home, 'cache', 'repository'),
    // kustomize's exec and container functions stay off: no flag turns them on, and this says so.
    KUSTOMIZE_PLUGIN_HOME: path.join(home, 'plugins'),
    // A render lives for tens of milliseconds, most of them Go's start-up: its collector, left to
    // run only near the limit, costs more than the garbage it frees (helm template of a small
    // chart: 38 ms of CPU where it took 55). The limit keeps a large render's memory bounded.
    GOGC: 'off',
    GOMEMLIMIT: `${GO_MEMORY_LIMIT_MIB}MiB`,
  }
}
