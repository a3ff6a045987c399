import type { Worker } from 'node:worker_threads'
import type { Config } from './config/config.js'
import type { Prepared } from './discovery/read.js'
import type { FactNeeds } from './engine/facts.js'
import { SCAN_WORKER_ARGUMENT, startedAsScanWorker, workerThreads } from './lazy-builtins.js'
import { registry as builtinRegistry } from './rules/index.js'
import { engineFor, outcomeOf, type FileOutcome } from './scan-one.js'

/**
 * The files of a walk whose YAML is parsed (a few percent of a repository) parsed on worker
 * threads while the main thread walks, reads and scans the rest, the outcomes handed back in
 * discovery order, so the report is the same byte for byte as a single-threaded scan. A worker
 * gets a file's text, never its path: reading stays on the main thread, whose reads workers
 * could only contend with. Small scans never start a pool: it starts once the walk has met
 * POOL_AFTER_PARSES files to parse (scanned on the main thread meanwhile).
 * HNG_SCAN_THREADS sets the number of workers (0: none, at most 8). None by default: since
 * most manifests are read by the plain reader (plain-yaml.ts), parsing is about a tenth of a
 * scan's CPU, so the main thread's share bounds the scan; one worker left a 50,000-file scan's
 * time unchanged on 2 cores (1.00x, paired runs of npm run bench's corpus) for 20 MB more, a
 * worker compiling the parser anew and collecting its own heap. It still pays where eemeli/yaml
 * reads most files (anchors, folded scalars, comment-heavy manifests) on a machine with cores to
 * spare.
 */
export const POOL_AFTER_PARSES = 64
/** Files per message: enough to amortise a message, few enough to keep every worker busy. */
const BATCH = 16
/** Batches in flight per worker: enough to keep each busy, few enough that memory stays flat. */
const IN_FLIGHT_PER_WORKER = 4
const MAX_WORKERS = 8
/** Outcomes held back, at most, by a batch that has not filled. */
const HOLD_BACK = 512

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

type Job = Extract<Prepared, { text: string }>

let entry: URL | undefined

/** The bundle's entry registers itself: a worker runs the same file. Tests and libraries never do. */
export function enableScanWorkers(url: URL): void {
  entry = url
}

/** Only a thread started with the worker's argument loads worker_threads to make sure (lazy-builtins.ts). */
export function isScanWorker(): boolean {
  if (!startedAsScanWorker()) return false
  const { isMainThread, workerData } = workerThreads()
  return !isMainThread && (workerData as Partial<WorkerSetup> | null)?.hngScanWorker === true
}

/** The worker side: batches of read files in, their outcomes out, in the same order. */
export function runScanWorker(): void {
  const { parentPort, workerData } = workerThreads()
  const setup = workerData as WorkerSetup
  const engine = engineFor(new Map([...builtinRegistry].filter(([id]) => setup.ruleIds.includes(id))), setup.config, setup.facts)
  parentPort!.on('message', (batch: { seqs: number[]; files: Job[] }) => {
    // Only files the main thread found to parse are sent: that decision is not taken again.
    const outcomes = batch.files.map(f => outcomeOf(f, engine, true) ?? null)
    parentPort!.postMessage({ seqs: batch.seqs, outcomes })
  })
}

/** The number of workers to start, or 0 when a pool cannot or should not run here. */
function poolSize(setup: PoolSetup): number {
  if (!entry || !setup.ruleIds.every(id => builtinRegistry.has(id))) return 0
  const asked = process.env.HNG_SCAN_THREADS
  return asked !== undefined && /^\d+$/.test(asked) ? Math.min(MAX_WORKERS, Number(asked)) : 0
}

/** Starts a pool that hands outcomes to `deliver` in the order files were added; undefined when none is worth it. */
export function startPool(setup: PoolSetup, deliver: (outcome: FileOutcome | undefined) => void): ScanPool | undefined {
  const size = poolSize(setup)
  return size ? new ScanPool(size, setup, deliver) : undefined
}

export class ScanPool {
  private readonly workers: Worker[]
  /** Outcomes not yet delivered, by their place in discovery order (null: a file not scanned). */
  private readonly results = new Map<number, FileOutcome | null>()
  private batch: { seqs: number[]; files: Job[] } = { seqs: [], files: [] }
  private nextSeq = 0
  private nextToDeliver = 0
  private inFlight = 0
  private turn = 0
  private failure: Error | undefined
  private closing = false
  private wake: Array<() => void> = []
  /** Files parsed by workers (for HNG_SCAN_TRACE). */
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
      const worker = new (workerThreads().Worker)(entry!, { workerData: data, argv: [SCAN_WORKER_ARGUMENT] })
      worker.on('message', (m: { seqs: number[]; outcomes: Array<FileOutcome | null> }) => this.received(m.seqs, m.outcomes))
      // A worker that dies takes files with it: the scan fails rather than pass them unjudged.
      worker.on('error', err => this.fail(err))
      worker.on('exit', code => code !== 0 && !this.closing && this.fail(new Error(`a scan worker exited with code ${code}`)))
      return worker
    })
  }

  /** Queues a read file for the workers; waits while the pool is full. */
  async add(file: Job): Promise<void> {
    this.batch.seqs.push(this.nextSeq++)
    this.batch.files.push(file)
    if (this.batch.files.length >= BATCH) await this.send()
  }

  /**
   * An outcome the main thread computed, kept in its place in the order. Every so often it lets
   * the workers' answers in: the main thread's reads never wait, so it must ask.
   */
  async local(outcome: FileOutcome | undefined): Promise<void> {
    const seq = this.nextSeq++
    if (seq === this.nextToDeliver) {
      this.nextToDeliver++
      this.deliver(outcome)
    } else this.results.set(seq, outcome ?? null)
    // A batch waiting to fill holds back every outcome after it: sent when it has waited long.
    if (this.batch.seqs.length && seq - this.batch.seqs[0]! >= HOLD_BACK) await this.send()
    if (seq % HOLD_BACK === 0) await new Promise<void>(resolve => setImmediate(resolve))
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
    if (!this.batch.files.length) return
    const batch = this.batch
    this.batch = { seqs: [], files: [] }
    while (this.inFlight >= this.workers.length * IN_FLIGHT_PER_WORKER && !this.failure) await new Promise<void>(resolve => this.wake.push(resolve))
    if (this.failure) throw this.failure
    this.inFlight++
    this.scanned += batch.files.length
    this.workers[this.turn++ % this.workers.length]!.postMessage(batch)
  }

  private received(seqs: number[], outcomes: Array<FileOutcome | null>): void {
    this.inFlight--
    seqs.forEach((seq, i) => this.results.set(seq, outcomes[i]!))
    this.flushInOrder()
  }

  private flushInOrder(): void {
    while (this.results.has(this.nextToDeliver)) {
      const outcome = this.results.get(this.nextToDeliver)
      this.results.delete(this.nextToDeliver++)
      this.deliver(outcome ?? undefined)
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
