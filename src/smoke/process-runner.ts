/**
 * The one way the smoke checks start a program: `spawn` without a shell, with a time limit, an
 * abort signal and bounded output, so a hung or chatty container tool can neither stall a check
 * nor fill memory. Every command is an argv array, so names from an untrusted manifest or
 * Dockerfile path never reach a shell parser (see safe-arg.ts for what goes into argv).
 */
import { childProcess } from '../lazy-builtins.js'

export interface RunOptions {
  /** Kill the process (SIGTERM, then SIGKILL after 2 s) when it runs longer. */
  timeoutMs?: number
  /** Variables added to (and overriding) the inherited environment. */
  env?: Record<string, string | undefined>
  /** Written to stdin, which is then closed; stdin is /dev/null when absent. */
  input?: string
  cwd?: string
  /** Aborting kills the process like a timeout does. */
  signal?: AbortSignal
}

export interface RunResult {
  /** Exit code; 127 when the program could not be started, 124 on timeout, 130 on abort. */
  code: number
  stdout: string
  stderr: string
  timedOut?: boolean
  aborted?: boolean
  /** Set when spawning failed (`ENOENT`: the program is not installed). */
  spawnError?: string
}

/** Runs one argv (argv[0] is the program, looked up on PATH). Never rejects for a failing command. */
export type Runner = (argv: readonly string[], opts?: RunOptions) => Promise<RunResult>

/** Keeps at most this many characters of each stream (the tail: errors are at the end). */
export const MAX_CAPTURE_CHARS = 256 * 1024

function appendBounded(buf: string, chunk: string): string {
  const next = buf + chunk
  return next.length > MAX_CAPTURE_CHARS ? next.slice(next.length - MAX_CAPTURE_CHARS) : next
}

/** The real runner: `child_process.spawn` with `shell: false`. */
export const spawnRunner: Runner = (argv, opts = {}) =>
  new Promise<RunResult>(resolve => {
    if (argv.length === 0) {
      resolve({ code: 127, stdout: '', stderr: 'empty argv', spawnError: 'EINVAL' })
      return
    }
    if (opts.signal?.aborted) {
      resolve({ code: 130, stdout: '', stderr: 'aborted before start', aborted: true })
      return
    }
    const env: NodeJS.ProcessEnv = { ...process.env }
    for (const [k, v] of Object.entries(opts.env ?? {})) {
      if (v === undefined) delete env[k]
      else env[k] = v
    }
    let stdout = ''
    let stderr = ''
    let timedOut = false
    let aborted = false
    let settled = false
    let killTimer: NodeJS.Timeout | undefined
    const child = childProcess().spawn(argv[0], argv.slice(1), {
      shell: false,
      env,
      cwd: opts.cwd,
      stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      windowsHide: true,
    })
    const kill = (): void => {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill('SIGTERM')
      killTimer = setTimeout(() => child.kill('SIGKILL'), 2000)
      killTimer.unref()
    }
    const timer =
      opts.timeoutMs !== undefined && opts.timeoutMs > 0
        ? setTimeout(() => {
            timedOut = true
            kill()
          }, opts.timeoutMs)
        : undefined
    const onAbort = (): void => {
      aborted = true
      kill()
    }
    opts.signal?.addEventListener('abort', onAbort, { once: true })
    const finish = (r: RunResult): void => {
      if (settled) return
      settled = true
      if (timer) clearTimeout(timer)
      if (killTimer) clearTimeout(killTimer)
      opts.signal?.removeEventListener('abort', onAbort)
      resolve(r)
    }
    child.stdout?.setEncoding('utf8').on('data', (c: string) => (stdout = appendBounded(stdout, c)))
    child.stderr?.setEncoding('utf8').on('data', (c: string) => (stderr = appendBounded(stderr, c)))
    child.on('error', (err: NodeJS.ErrnoException) => {
      finish({ code: 127, stdout, stderr: stderr + String(err.message), spawnError: err.code ?? 'ERROR' })
    })
    child.on('close', (code, sig) => {
      let exit = code ?? (sig ? 128 + (SIGNALS[sig] ?? 0) : 1)
      if (timedOut) exit = 124
      else if (aborted) exit = 130
      finish({ code: exit, stdout, stderr, ...(timedOut ? { timedOut } : {}), ...(aborted ? { aborted } : {}) })
    })
    if (opts.input !== undefined && child.stdin) {
      child.stdin.on('error', () => undefined)
      child.stdin.end(opts.input)
    }
  })

const SIGNALS: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 }

/** Last `maxLines` lines (and at most `maxChars` characters) of a text, for reports. */
export function tail(text: string, maxLines = 60, maxChars = 6000): string {
  let t = text.replace(/\s+$/, '')
  const lines = t.split('\n')
  if (lines.length > maxLines) t = lines.slice(lines.length - maxLines).join('\n')
  if (t.length > maxChars) t = '…' + t.slice(t.length - maxChars + 1)
  return t
}
