/**
 * Why a check could not produce a verdict. `usage`: bad input (missing file, no workloads, bad YAML);
 * `engine`: the container tool (podman, docker) or kind is missing or failed for reasons that are
 * not the workload's (the value keeps the name the JSON report has always used);
 * `timeout`: the whole-check budget ran out; `interrupted`: SIGINT/SIGTERM while running.
 * Cleanup has already been attempted when one of these is thrown.
 */
export type SmokeErrorKind = 'usage' | 'engine' | 'timeout' | 'interrupted'

export class SmokeError extends Error {
  readonly kind: SmokeErrorKind
  /** Whether teardown removed everything the check created (set when thrown after teardown). */
  cleanedUp?: boolean

  constructor(kind: SmokeErrorKind, message: string, options?: { cause?: unknown; cleanedUp?: boolean }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'SmokeError'
    this.kind = kind
    if (options?.cleanedUp !== undefined) this.cleanedUp = options.cleanedUp
  }
}
