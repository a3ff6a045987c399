/** Kept equal to package.json's version by a test; bundled code cannot read package.json. */
export const TOOL_NAME = 'host-namespace-guard'
export const TOOL_VERSION = '0.1.0'
export const PROJECT_URL = 'https://github.com/host-namespace-guard/host-namespace-guard'

/**
 * Where rule pages are read: in the Action, the repository and ref it runs from (a fork or a
 * pinned tag gets its own docs); elsewhere (the CLI, a run step, `uses: ./`) the
 * project's main branch. Values that do not look like a repository or a ref are ignored, so
 * nothing odd reaches a Markdown link.
 */
export function docsBase(env: Record<string, string | undefined> = process.env): string {
  const server = /^https:\/\/[\w.-]+(:\d+)?$/.test(env.GITHUB_SERVER_URL ?? '') ? env.GITHUB_SERVER_URL! : 'https://github.com'
  const repository = /^[\w.-]+\/[\w.-]+$/
  const ref = /^[\w.][\w./-]*$/
  if (repository.test(env.GITHUB_ACTION_REPOSITORY ?? '') && ref.test(env.GITHUB_ACTION_REF ?? ''))
    return `${server}/${env.GITHUB_ACTION_REPOSITORY}/blob/${env.GITHUB_ACTION_REF}`
  return `${PROJECT_URL}/blob/main`
}

export const docsUrl = (ruleId: string, env?: Record<string, string | undefined>) => `${docsBase(env)}/docs/rules/${ruleId}.md`
/** How a workflow refers to the published Action (the README's snippets and `init` use it). */
export const ACTION_REF = 'host-namespace-guard/host-namespace-guard@v0'
