import { childProcess } from '../lazy-builtins.js'

/** What one run of a render tool gave: its output, or why there is none. */
export type ToolRun =
  | { status: 'ok'; stdout: string; stderr: string }
  | { status: 'failed'; stderr: string; code: number | null }
  /** Stopped by a bound: the time limit or the output size. */
  | { status: 'stopped'; why: string }
  /** The command could not be started (ENOENT: not installed, not on PATH). */
  | { status: 'missing'; error: string }

export interface ToolLimits {
  timeoutMs: number
  maxOutputBytes: number
}

/** stderr is only read for a message: the first bytes are enough, and a tool may print without end. */
const MAX_STDERR = 64 * 1024

/**
 * Runs a render tool with an argument vector (no shell: nothing in a path or a value is read as
 * shell syntax) and a minimal environment. It gets its own process group, so that the time and
 * size bounds kill it and anything it started: a template that loops forever or prints a
 * gigabyte is stopped, never waited for or held in memory.
 */
export function runTool(command: string, args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv; limits: ToolLimits }): Promise<ToolRun> {
  const { timeoutMs, maxOutputBytes } = options.limits
  return new Promise(resolve => {
    let settled = false
    const finish = (run: ToolRun) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      resolve(run)
    }
    const child = childProcess().spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'], shell: false })
    const stop = (why: string) => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL')
      } catch {
        child.kill('SIGKILL')
      }
      finish({ status: 'stopped', why })
    }
    const timer = setTimeout(() => stop(`it ran longer than the time limit (${timeoutMs / 1000} s) and was stopped`), timeoutMs)
    const out: Buffer[] = []
    let outBytes = 0
    const err: Buffer[] = []
    let errBytes = 0
    child.stdout.on('data', (chunk: Buffer) => {
      outBytes += chunk.length
      if (outBytes > maxOutputBytes) return stop(`its output passed the size limit (${formatBytes(maxOutputBytes)}) and it was stopped`)
      out.push(chunk)
    })
    child.stderr.on('data', (chunk: Buffer) => {
      if (errBytes >= MAX_STDERR) return
      err.push(chunk.subarray(0, MAX_STDERR - errBytes))
      errBytes += chunk.length
    })
    child.on('error', (e: NodeJS.ErrnoException) =>
      finish(e.code === 'ENOENT' || e.code === 'EACCES' ? { status: 'missing', error: e.code } : { status: 'failed', stderr: e.message, code: null }),
    )
    child.on('close', code => {
      const stderr = Buffer.concat(err).toString('utf8')
      if (code === 0) finish({ status: 'ok', stdout: Buffer.concat(out).toString('utf8'), stderr })
      else finish({ status: 'failed', stderr, code })
    })
  })
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB` : bytes >= 1024 ? `${Math.round(bytes / 1024)} KiB` : `${bytes} B`
}
