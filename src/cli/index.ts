/* istanbul ignore file -- the entry only wires the process to runCli. */
// The CLI's program, bundled into dist/cli/program.js: the launcher (launch.ts, the command)
// runs it, compiled with V8's cached code.
import { useLeanHeap } from '../lean-heap.js'
import { useFastEnv } from '../fast-env.js'
import { enableScanWorkers, isScanWorker, runScanWorker } from '../scan-workers.js'
import { runCli } from './main.js'

useLeanHeap()
useFastEnv()

// This file also runs as each scan worker thread of a large scan.
if (isScanWorker()) runScanWorker()
else {
  enableScanWorkers(new URL(import.meta.url))
  process.exitCode = await runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: s => process.stdout.write(s),
    stderr: s => process.stderr.write(s),
    isTTY: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  })
}
