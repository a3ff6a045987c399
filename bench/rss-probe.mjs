// Loaded with --import into the measured process: reports its peak resident set on exit.
import { writeSync } from 'node:fs'
process.on('exit', () => {
  const file = process.env.HNG_BENCH_RSS_FD
  if (file) writeSync(Number(file), `${process.resourceUsage().maxRSS}\n`)
})
