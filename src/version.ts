/** Kept equal to package.json's version by a test; bundled code cannot read package.json. */
export const TOOL_NAME = 'host-namespace-guard'
export const TOOL_VERSION = '0.1.0'
export const PROJECT_URL = 'https://github.com/host-namespace-guard/host-namespace-guard'
export const docsUrl = (ruleId: string) => `${PROJECT_URL}/blob/main/docs/rules/${ruleId}.md`
/** How a workflow refers to the published Action (the README's snippets and `init` use it). */
export const ACTION_REF = 'host-namespace-guard/host-namespace-guard@v0'
