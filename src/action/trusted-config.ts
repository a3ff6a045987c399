import { DEFAULT_CONFIG_PATH, type Config } from '../config/config.js'
import { loadConfigWith, MAX_CONFIG_BYTES, type TextReader } from '../config/load.js'
import { gitTextReader } from '../git/read-at.js'
import type { GitHubPort } from '../github/port.js'
import type { ActionInputs } from '../inputs/action-inputs.js'
import { withRenderInputs } from '../inputs/render-inputs.js'
import type { ActionEnv } from './env.js'
import type { PullRequestRef } from './event.js'
import type { PrChanges } from './pr-changes.js'

/**
 * The policy that judges a pull request never comes from it: the base commit's config is read
 * from git objects when the checkout has them, else from the API at the base sha, and never
 * from the working tree (which the PR controls). A PR that edits the config is judged by the
 * base's, and the change is reported; it applies once merged. When neither source can answer,
 * the run fails rather than guess.
 */
export async function trustedConfig(
  env: ActionEnv,
  inputs: ActionInputs,
  pr: PullRequestRef,
  changes: PrChanges,
  port: GitHubPort | undefined,
): Promise<Config> {
  const at = (sha: string): TextReader => {
    if (changes.fromGit) return gitTextReader(env.workspace, sha, MAX_CONFIG_BYTES)
    if (!port)
      throw new Error("cannot read the base commit's configuration: the checkout has no git history and there is no github-token to read it from the API")
    return file => port.fileAt(file, sha, MAX_CONFIG_BYTES)
  }
  const base = await loadConfigWith(at(pr.baseSha), inputs.config)
  const head = await at(pr.headSha)(base.file ?? inputs.config ?? DEFAULT_CONFIG_PATH).catch(() => '(unreadable)')
  if (head !== base.text) {
    changes.notes.push(
      `This pull request changes the Host Namespace Guard configuration (${inputs.config ?? DEFAULT_CONFIG_PATH}): it is judged by the base branch's configuration, and the change applies once merged.`,
    )
  }
  if (!changes.fromGit) changes.notes.push('The configuration was read from the base commit through the GitHub API (the checkout has no usable git history).')
  return withRenderInputs(base.config, inputs)
}
