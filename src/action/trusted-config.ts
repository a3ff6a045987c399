import type { Config } from '../config/config.js'
import { loadConfig, loadConfigWith } from '../config/load.js'
import { gitReader } from '../git/read-at.js'
import type { ActionInputs } from '../inputs/action-inputs.js'
import type { ActionEnv } from './env.js'
import type { PullRequestRef } from './event.js'
import type { PrChanges } from './pr-changes.js'

/**
 * The policy that judges a pull request must not come from it: with git history the base
 * commit's config is used (a PR that edits it takes effect once merged); without history the
 * summary says the config could not be protected.
 */
export async function trustedConfig(env: ActionEnv, inputs: ActionInputs, pr: PullRequestRef, changes: PrChanges): Promise<Config> {
  const head = await loadConfig(env.workspace, inputs.config)
  if (!changes.fromGit) {
    changes.notes.push('Without git history the configuration is read from the pull request itself, which could change it: check out with fetch-depth: 0 to judge pull requests by the base branch\'s configuration.')
    return head.config
  }
  const blobs = gitReader(env.workspace, pr.baseSha, 1024 * 1024)
  const base = await loadConfigWith(async file => {
    const blob = await blobs(file)
    return blob ? (await blob.read()).toString('utf8') : undefined
  }, inputs.config)
  if (base.text !== head.text) changes.notes.push(`This pull request changes the Host Namespace Guard configuration (${inputs.config ?? '.github/host-namespace-guard.yml'}): it is judged by the base branch's configuration, and the change applies once merged.`)
  return base.config
}

