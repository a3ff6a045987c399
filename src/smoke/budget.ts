/** The time budget and cancellation shared by the smoke checks. */
import { SmokeError } from './smoke-error.js'

/** Controls abort on timeout, external signal, SIGINT and SIGTERM. */
export class Budget {
  readonly controller = new AbortController()
  reason: 'timeout' | 'interrupted' | undefined
  private readonly deadline: number
  private readonly timer: NodeJS.Timeout
  private readonly cleanups: Array<() => void> = []
  private readonly what: string

  constructor(timeoutMs: number, handleSignals: boolean, external?: AbortSignal, what = 'smoke check') {
    this.what = what
    this.deadline = Date.now() + timeoutMs
    this.timer = setTimeout(() => this.abort('timeout'), timeoutMs)
    if (handleSignals) {
      const onSignal = (): void => this.abort('interrupted')
      process.on('SIGINT', onSignal)
      process.on('SIGTERM', onSignal)
      this.cleanups.push(() => {
        process.off('SIGINT', onSignal)
        process.off('SIGTERM', onSignal)
      })
    }
    if (external) {
      const onAbort = (): void => this.abort('interrupted')
      if (external.aborted) onAbort()
      else external.addEventListener('abort', onAbort, { once: true })
      this.cleanups.push(() => external.removeEventListener('abort', onAbort))
    }
  }

  abort(reason: 'timeout' | 'interrupted'): void {
    if (this.controller.signal.aborted) return
    this.reason = reason
    this.controller.abort()
  }

  remaining(): number {
    return Math.max(0, this.deadline - Date.now())
  }

  /** Throws when aborted. */
  check(): void {
    if (this.controller.signal.aborted)
      throw new SmokeError(this.reason ?? 'interrupted', this.reason === 'timeout' ? `${this.what} timed out` : `${this.what} interrupted`)
  }

  dispose(): void {
    clearTimeout(this.timer)
    for (const c of this.cleanups) c()
  }
}

export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise(resolve => {
    const t = setTimeout(done, ms)
    function done(): void {
      clearTimeout(t)
      signal.removeEventListener('abort', done)
      resolve()
    }
    signal.addEventListener('abort', done, { once: true })
  })
}
