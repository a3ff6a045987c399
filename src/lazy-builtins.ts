import type * as ChildProcess from 'node:child_process'
import { createRequire } from 'node:module'
import { promisify } from 'node:util'
import type * as WorkerThreads from 'node:worker_threads'

/**
 * Built-in modules that a plain scan never uses, loaded on first use. Imported at the top, the
 * two cost every run of the CLI about 7 ms of its start-up (child_process brings net, dgram and
 * the streams with it). The bundler leaves these calls to Node's own require, which loads each
 * module once, on the first call, and returns it from its cache after.
 */
const load = createRequire(import.meta.url)

/** Processes: git, helm, kubectl, the container engines of the smoke checks. */
export const childProcess = (): typeof ChildProcess => load('node:child_process') as typeof ChildProcess

type ExecFileAsync = typeof ChildProcess.execFile.__promisify__
type Untyped = (...args: unknown[]) => Promise<unknown>
let execFilePromise: Untyped | undefined

/** `promisify(execFile)`, with its overloads (a string or a Buffer by `encoding`). */
export const execFileAsync = ((...args: unknown[]) => {
  execFilePromise ??= promisify(childProcess().execFile) as Untyped
  return execFilePromise(...args)
}) as ExecFileAsync

/** The scan's parse workers. */
export const workerThreads = (): typeof WorkerThreads => load('node:worker_threads') as typeof WorkerThreads

/**
 * Appended to a scan worker's argv: the entry tells a worker from the main thread by it without
 * loading worker_threads; only a thread that carries it asks worker_threads to be sure.
 */
export const SCAN_WORKER_ARGUMENT = '--host-namespace-guard-scan-worker'

/** Started with that argument: a scan worker, or a command line that names it (scan-workers.ts makes sure). */
export const startedAsScanWorker = (): boolean => process.argv.includes(SCAN_WORKER_ARGUMENT)
