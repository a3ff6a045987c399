/**
 * POSTs that create something (a review, a check run, an issue) are not idempotent. After a 5xx, a
 * timeout or a reset connection GitHub may have stored the write, and sending it again makes a second
 * review or a second check run. So such a POST is never retried blindly (the retry plugin is off for
 * it, see NO_RETRY): after a failure that may have landed, the object is looked up by a marker only
 * that write carries, and the POST is sent again only when the object is not there.
 */
import { randomBytes } from 'node:crypto'
import { GitHubApiError } from './errors.js'

/** Per-request option for @octokit/plugin-retry: this request is not retried by the plugin. */
export const NO_RETRY = { retries: 0 } as const

/**
 * A failure after which the write may have been stored: no answer (timeout, reset) or a 5xx. A 4xx
 * (refused, forbidden, rate-limited) means GitHub did not take it.
 */
export function mayHaveLanded(err: unknown): boolean {
  return err instanceof GitHubApiError && !err.rateLimited && (err.status === 0 || err.status >= 500)
}

/** A random token for one write: found again later, it proves this very write landed. */
export const writeToken = (): string => randomBytes(8).toString('hex')

export interface CreateOnce<T> {
  operation: string
  /** POSTs after the first one, when each failure may have landed and the lookup found nothing. */
  retries: number
  /** Milliseconds to wait before looking after failure n (1-based): a fresh write may take a moment to be listed. */
  pauseMs: (n: number) => number
  post: () => Promise<T>
  /** What the write created, if it is there. */
  find: () => Promise<T | undefined>
  log: (msg: string) => void
}

export async function createOnce<T>(o: CreateOnce<T>): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await o.post()
    } catch (err) {
      if (!mayHaveLanded(err) || n > o.retries) throw err
      await new Promise(resolve => setTimeout(resolve, o.pauseMs(n)))
      let found: T | undefined
      try {
        found = await o.find()
      } catch (lookup) {
        // Not knowing whether it landed, posting again could duplicate it: give up with the first error.
        o.log(`${o.operation} failed (${(err as Error).message}) and looking for the write failed too (${(lookup as Error).message}); not sending it again`)
        throw err
      }
      if (found !== undefined) {
        o.log(`${o.operation} failed (${(err as Error).message}), but GitHub had stored the write; not sending it again`)
        return found
      }
      o.log(`${o.operation} failed (${(err as Error).message}) and the write is not there; sending it again`)
    }
  }
}
