import type { Config } from '../config/config.js'
import type { GitHubPort } from '../github/port.js'
import type { ActionInputs } from '../inputs/action-inputs.js'
import type { ActionEnv } from './env.js'

export async function exceptionsReport(_env: ActionEnv, _inputs: ActionInputs, _config: Config, _port: GitHubPort | undefined): Promise<void> {
  throw new Error('mode exceptions-report: pending the exceptions module')
}
