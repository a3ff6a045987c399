// Bundles the Action (dist/) and the CLI (dist/cli/) with ncc, all at once: on two cores the
// passes overlap, which keeps `npm run build` well under a minute. Fails if any fails.
//
// The CLI is two files: dist/cli/program.js, its bundle, and dist/cli/index.js, the launcher
// (src/cli/launch.ts) that runs it compiled with V8's cached code. The program keeps its source
// map, `node --enable-source-maps dist/cli/index.js` maps a stack trace, but it does not load
// source-map support at start-up (about a quarter of `--version`'s CPU time).
import { spawn } from 'node:child_process'
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const scratch = mkdtempSync(path.join(os.tmpdir(), 'hng-bundle-'))
const programOut = path.join(scratch, 'program')
const launcherOut = path.join(scratch, 'launcher')
const BUNDLES = [
  ['src/index.ts', 'dist', ['--source-map']],
  ['src/cli/index.ts', programOut, ['--source-map', '--no-source-map-register']],
  ['src/cli/launch.ts', launcherOut, []],
]

function bundle([entry, out, extra]) {
  return new Promise(resolve => {
    const child = spawn('ncc', ['build', entry, '-o', out, ...extra, '--license', 'licenses.txt'], { stdio: 'inherit', shell: false })
    child.on('error', err => {
      console.error(`ncc ${entry}: ${err.message}`)
      resolve(1)
    })
    child.on('exit', code => resolve(code ?? 1))
  })
}

const MAP_COMMENT = '//# sourceMappingURL=index.js.map'

function assembleCli() {
  const cli = 'dist/cli'
  rmSync(cli, { recursive: true, force: true })
  mkdirSync(cli, { recursive: true })
  const program = readFileSync(path.join(programOut, 'index.js'), 'utf8')
  if (!program.endsWith(MAP_COMMENT)) throw new Error(`the CLI's bundle does not end with ${JSON.stringify(MAP_COMMENT)}`)
  writeFileSync(path.join(cli, 'program.js'), `${program.slice(0, -MAP_COMMENT.length)}//# sourceMappingURL=program.js.map`)
  const map = JSON.parse(readFileSync(path.join(programOut, 'index.js.map'), 'utf8'))
  writeFileSync(path.join(cli, 'program.js.map'), JSON.stringify({ ...map, file: 'program.js' }))
  copyFileSync(path.join(programOut, 'licenses.txt'), path.join(cli, 'licenses.txt'))
  copyFileSync(path.join(programOut, 'package.json'), path.join(cli, 'package.json'))
  copyFileSync(path.join(launcherOut, 'index.js'), path.join(cli, 'index.js'))
  chmodSync(path.join(cli, 'index.js'), 0o755)
}

try {
  const codes = await Promise.all(BUNDLES.map(bundle))
  if (codes.some(code => code !== 0)) process.exitCode = 1
  else assembleCli()
} catch (err) {
  console.error(err.message)
  process.exitCode = 1
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
