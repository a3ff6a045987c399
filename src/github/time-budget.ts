/**
 * Time limits for GitHub calls. Without them a stalled request holds the step until the runner gives
 * up (about 20 minutes), saying nothing. Each HTTP attempt now has a timeout, all calls of a run share
 * one time budget, and a slow call says in the log what it is waiting for.
 *
 * A timed-out call is an error like any other failed call: the reporters that need GitHub degrade to
 * the job summary and annotations, and the step's verdict, decided from the findings alone, stays.
 */

/** Each HTTP attempt (a retry is a new attempt) gets at most this long. */
export const REQUEST_TIMEOUT_MS = 30_000
/**
 * All GitHub calls of one run together get at most this long, retries and rate-limit waits included.
 * A pull request with 3000 files and 1000 annotations needs about 60 requests.
 */
export const API_BUDGET_MS = 5 * 60_000
/** A call still waiting after this long is named in the log, and again at each further interval. */
export const SLOW_CALL_LOG_MS = 10_000

export interface TimeLimits {
  requestTimeoutMs: number
  budgetMs: number
  slowCallLogMs: number
}

/** Thrown instead of waiting on: the port turns it into a GitHubTimeout. */
export class RequestTimedOut extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RequestTimedOut'
  }
}

/**
 * Time during which at least one GitHub call was in flight. Calls that overlap count once, and the
 * time between calls (the scan itself) does not count at all.
 */
export class ApiClock {
  private spent = 0
  private active = 0
  private since = 0

  constructor(
    readonly budgetMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  remaining(): number {
    return this.budgetMs - this.spent - (this.active > 0 ? this.now() - this.since : 0)
  }

  start(): void {
    if (this.active++ === 0) this.since = this.now()
  }

  stop(): void {
    if (--this.active === 0) this.spent += this.now() - this.since
  }

  spentMessage(): string {
    return `the time budget for GitHub calls of this run (${seconds(this.budgetMs)} s) is spent`
  }
}

type Fetch = (url: string, init?: RequestInit) => Promise<Response>

/** Statuses whose answer has no body (a Response cannot be built with one). */
const NO_BODY = new Set([101, 204, 205, 304])

/**
 * `inner` with a timeout per attempt (never past the budget) and a log line while it waits. The body
 * is read under the same timeout: a stall after the headers holds the step just as long.
 */
export function timedFetch(inner: Fetch, clock: ApiClock, limits: TimeLimits, log: (msg: string) => void): Fetch {
  return async (url, init = {}) => {
    const what = `${init.method ?? 'GET'} ${pathOf(url)}`
    const limit = Math.min(limits.requestTimeoutMs, clock.remaining())
    if (limit <= 0) throw new RequestTimedOut(`${what}: ${clock.spentMessage()}`)
    const controller = new AbortController()
    init.signal?.addEventListener('abort', () => controller.abort(init.signal?.reason), { once: true })
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      controller.abort()
    }, limit)
    const started = Date.now()
    const slow = setInterval(() => log(`still waiting for GitHub: ${what} (${seconds(Date.now() - started)} s)`), limits.slowCallLogMs)
    try {
      const res = await inner(url, { ...init, signal: controller.signal })
      const body = NO_BODY.has(res.status) ? null : await res.arrayBuffer()
      const copy = new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers })
      Object.defineProperty(copy, 'url', { value: res.url })
      return copy
    } catch (err) {
      if (!timedOut) throw err
      const why = limit < limits.requestTimeoutMs ? clock.spentMessage() : `no answer from GitHub within ${seconds(limit)} s`
      throw new RequestTimedOut(`${what}: ${why}`)
    } finally {
      clearTimeout(timer)
      clearInterval(slow)
    }
  }
}

/** The path only: the host is known, and a query string has nothing the log needs. */
function pathOf(url: string): string {
  try {
    return new URL(url).pathname
  } catch {
    return url.split('?')[0] ?? url
  }
}

/** Whole seconds from 10 s on; tenths below, so short test timeouts read sensibly. */
export function seconds(ms: number): string {
  return ms >= 10_000 ? String(Math.round(ms / 1000)) : (Math.round(ms / 100) / 10).toString()
}
