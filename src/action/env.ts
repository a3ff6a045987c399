import type { GitHubPort, RepoRef } from '../github/port.js'

/** One annotation as a workflow command (`::error file=…::`). */
export interface AnnotationProperties {
  title?: string
  file?: string
  startLine?: number
  endLine?: number
  startColumn?: number
  endColumn?: number
}

/**
 * Everything the Action needs from its surroundings. `src/main.ts` builds the real one from
 * @actions/core and the process; tests build one over a temp dir and a local API.
 */
export interface ActionEnv {
  getInput(name: string): string
  setOutput(name: string, value: string): void
  setFailed(message: string): void
  info(message: string): void
  warning(message: string, properties?: AnnotationProperties): void
  error(message: string, properties?: AnnotationProperties): void
  notice(message: string, properties?: AnnotationProperties): void
  /** Appends Markdown to the job summary (GITHUB_STEP_SUMMARY). */
  appendSummary(markdown: string): Promise<void>
  eventName: string
  /** The webhook payload (GITHUB_EVENT_PATH), parsed. */
  event: Record<string, unknown>
  repo: RepoRef
  /** GITHUB_SHA: the commit the workflow runs on. */
  sha: string
  /** GITHUB_REF_NAME: the branch or tag the workflow runs on (`<pr>/merge` on pull requests). */
  ref?: string
  /** GITHUB_SERVER_URL: where the repository's web pages are (links in summaries); https://github.com when unset. */
  serverUrl?: string
  /** GITHUB_WORKSPACE: the checked-out repository. */
  workspace: string
  /** Where report files go by default (RUNNER_TEMP). */
  tempDir: string
  connect(token: string): GitHubPort
  now(): Date
}
