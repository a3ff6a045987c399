import { availableParallelism } from 'node:os'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import type { Config } from './config/config.js'
import { prepareSync } from './discovery/read.js'
import type { DiscoveredFile } from './discovery/walk.js'
import type { FactNeeds } from './engine/facts.js'
import { registry as builtinRegistry } from './rules/index.js'
import { engineFor, outcomeOf, type FileOutcome } from './scan-one.js'

/**
 * A walk's files scanned on worker threads, the outcomes handed back in discovery order, so the
 * report is the same byte for byte as a single-threaded scan. Small scans never start a pool:
 * the first POOL_AFTER files are scanned on the main thread, and a pool starts only past them.
 * HNG_SCAN_THREADS sets the number of workers (1: none). By default, one less than the available
 * parallelism, the main thread keeping a core for the walk and the merge: on 2 cores that is no
 * pool at all, since two workers there cost more than they save (50,000 files: wall 1.12x,
 * CPU 1.47x, peak memory +40 MB against one thread, measured with npm run bench's corpus), each
 * worker compiling and collecting its own heap.
 */
export const POOL_AFTER = 2_000
/** Files per message: a message per file would cost more than scanning most files. */
const BATCH = 64
/** Batches in flight per worker: enough to keep each busy, few enough that memory stays flat. */
const IN_FLIGHT_PER_WORKER = 4
const MAX_WORKERS = 8

/** What a worker needs to build the same engine as the main thread. */
export interface PoolSetup {
  config: Config
  facts?: FactNeeds
  /** Built-in rules only: a worker cannot receive functions. */
  ruleIds: string[]
}

interface WorkerSetup extends PoolSetup {
  hngScanWorker: true
}

type Job = Pick<DiscoveredFile, 'absolute' | 'relative' | 'type' | 'size'>
type Outcomes = Array<FileOutcome | null>

let entry: URL | undefined

/** The bundle's entry registers itself: a worker runs the same file. Tests and libraries never do. */
export function enableScanWorkers(url: URL): void {
  entry = url
}

export const isScanWorker = (): boolean => !isMainThread && (workerData as Partial<WorkerSetup> | null)?.hngScanWorker === true

/** The worker side: batches of files in, their outcomes out, in the same order. */
export function runScanWorker(): void {
  const setup = workerData as WorkerSetup
  const engine = engineFor(new Map([...builtinRegistry].filter(([id]) => setup.ruleIds.includes(id))), setup.config, setup.facts)
  parentPort!.on('message', (batch: { seq: number; files: Job[] }) => {
    const outcomes: Outcomes = batch.files.map(f => outcomeOf(prepareSync(f, setup.config.maxFileSize), engine) ?? null)
    parentPort!.postMessage({ seq: batch.seq, outcomes })
  })
}

/** The number of workers to start, or 0 when a pool cannot or should not run here. */
function poolSize(setup: PoolSetup): number {
  if (!entry || !setup.ruleIds.every(id => builtinRegistry.has(id))) return 0
  const asked = Number(process.env.HNG_SCAN_THREADS)
  const size = Math.min(MAX_WORKERS, Number.isInteger(asked) && asked > 0 ? asked : availableParallelism() - 1)
  return size >= 2 ? size : 0
}

/** Starts a pool that hands outcomes to `deliver` in the order files were added; undefined when none is worth it. */
export function startPool(setup: PoolSetup, deliver: (outcome: FileOutcome | undefined) => void): ScanPool | undefined {
  const size = poolSize(setup)
  return size ? new ScanPool(size, setup, deliver) : undefined
}

export class ScanPool {
  private readonly workers: Worker[]
  private readonly results = new Map<number, Outcomes>()
  private batch: Job[] = []
  private nextSeq = 0
  private nextToDeliver = 0
  private inFlight = 0
  private turn = 0
  private failure: Error | undefined
  private closing = false
  private wake: Array<() => void> = []
  /** Files scanned by workers (for HNG_SCAN_TRACE). */
  scanned = 0
  get size(): number {
    return this.workers.length
  }

  constructor(
    size: number,
    setup: PoolSetup,
    private readonly deliver: (outcome: FileOutcome | undefined) => void,
  ) {
    const data: WorkerSetup = { ...setup, hngScanWorker: true }
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(entry!, { workerData: data })
      worker.on('message', (m: { seq: number; outcomes: Outcomes }) => this.received(m.seq, m.outcomes))
      // A worker that dies takes files with it: the scan fails rather than pass them unjudged.
      worker.on('error', err => this.fail(err))
      worker.on('exit', code => code !== 0 && !this.closing && this.fail(new Error(`a scan worker exited with code ${code}`)))
      return worker
    })
  }

  /** Queues a file for the workers; waits while the pool is full. */
  async add(file: Job): Promise<void> {
    this.batch.push({ absolute: file.absolute, relative: file.relative, type: file.type, size: file.size })
    if (this.batch.length >= BATCH) await this.send()
  }

  /** An outcome the main thread computed (a link, a refusal), kept in its place in the order. */
  async local(outcome: FileOutcome | undefined): Promise<void> {
    await this.send()
    this.results.set(this.nextSeq++, [outcome ?? null])
    this.flushInOrder()
  }

  /** Waits for every file added, delivers the rest in order, and stops the workers. */
  async finish(): Promise<void> {
    try {
      await this.send()
      while (this.nextToDeliver < this.nextSeq && !this.failure) await new Promise<void>(resolve => this.wake.push(resolve))
      if (this.failure) throw this.failure
    } finally {
      this.closing = true
      await Promise.all(this.workers.map(w => w.terminate()))
    }
  }

  private async send(): Promise<void> {
    if (!this.batch.length) return
    while (this.inFlight >= this.workers.length * IN_FLIGHT_PER_WORKER && !this.failure) await new Promise<void>(resolve => this.wake.push(resolve))
    if (this.failure) throw this.failure
    const files = this.batch
    this.batch = []
    this.inFlight++
    this.scanned += files.length
    this.workers[this.turn++ % this.workers.length]!.postMessage({ seq: this.nextSeq++, files })
  }

  private received(seq: number, outcomes: Outcomes): void {
    this.inFlight--
    this.results.set(seq, outcomes)
    this.flushInOrder()
  }

  private flushInOrder(): void {
    for (let ready = this.results.get(this.nextToDeliver); ready; ready = this.results.get(this.nextToDeliver)) {
      this.results.delete(this.nextToDeliver++)
      for (const outcome of ready) this.deliver(outcome ?? undefined)
    }
    this.notify()
  }

  private fail(err: Error): void {
    this.failure ??= err
    this.notify()
  }

  private notify(): void {
    const waiting = this.wake
    this.wake = []
    for (const resolve of waiting) resolve()
  }
}
