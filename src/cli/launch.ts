#!/usr/bin/env node
/* istanbul ignore file -- the launcher only wires the cache to the program; both are tested, and the built CLI end to end. */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { Script } from 'node:vm'
import { startedAsScanWorker } from '../lazy-builtins.js'
import { useLeanHeap } from '../lean-heap.js'
import { compileCache } from './compile-cache.js'
import { programScript } from './program-script.js'

/**
 * What `host-namespace-guard` runs (dist/cli/index.js). It compiles the CLI's bundle (dist/cli/
 * program.js) as a script with the code V8 compiled for it in an earlier run (compile-cache.ts),
 * and runs it as if it were the module. Scan workers start this file too, and read the cache
 * without writing it. With source maps on (`node --enable-source-maps`), or a bundle not in the
 * form a script can take, the module is imported as it is: Node maps no stack trace of a script.
 */

// V8 checks cached code against the process's flags: the program's own are set before compiling.
useLeanHeap()
// Named at run time: a literal path would make the bundler copy the program in as an asset.
const program = new URL(['.', 'program.js'].join('/'), import.meta.url)

type Program = (importMetaUrl: string, require: typeof createRequire) => Promise<void>

function compiled(): Program | undefined {
  if (process.sourceMapsEnabled) return undefined
  const bytes = readFileSync(program)
  const source = programScript(bytes.toString('utf8'))
  if (source === undefined) return undefined
  // The script is this launcher's reading of the program: both files' bytes name it.
  const { data, keep } = compileCache([readFileSync(new URL(import.meta.url)), bytes])
  let script: Script
  try {
    script = new Script(source, { filename: fileURLToPath(program), cachedData: data })
  } catch {
    return undefined
  }
  // Scan workers read the cache and leave keeping it to the main thread.
  if (!startedAsScanWorker()) process.once('exit', () => keep(script))
  return script.runInThisContext() as Program
}

const run = compiled()
if (run) await run(import.meta.url, createRequire)
// The bundler must leave the import to Node: it would look for the module among its own.
else await import(/* webpackIgnore: true */ program.href)
