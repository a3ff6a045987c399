/* istanbul ignore file -- the Action entry only calls run(). */
import { useLeanHeap } from './lean-heap.js'
import { useFastEnv } from './fast-env.js'
import { enableScanWorkers, isScanWorker, runScanWorker } from './scan-workers.js'
import { run } from './main.js'

useLeanHeap()
useFastEnv()

// This file also runs as each scan worker thread of a large full scan.
if (isScanWorker()) runScanWorker()
else {
  enableScanWorkers(new URL(import.meta.url))
  void run()
}
