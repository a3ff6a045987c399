// The least a Node program can do for the same answer: walk the tree, read every file, test one
// regular expression. No parsing, no positions. What is left between this and grep is the cost
// of Node itself; what is left between the scan and this is the cost of the scanner.
import { readdirSync, readFileSync } from 'node:fs'

const PATTERN = /hostNetwork|hostPID|hostIPC|network_mode|pid: *host|ipc: *host|--net(work)?[= ]host|--pid[= ]host|--ipc[= ]host/
let matched = 0
function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = `${dir}/${entry.name}`
    if (entry.isDirectory()) walk(full)
    else if (entry.isFile() && PATTERN.test(readFileSync(full, 'latin1'))) matched++
  }
}
walk(process.argv[2])
process.stdout.write(`${matched}\n`)
