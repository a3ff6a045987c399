// Bundles the Action (dist/) and the CLI (dist/cli/) with ncc, both at once: on two cores the
// two passes overlap, which keeps `npm run build` well under a minute. Fails if either fails.
// The CLI keeps its source map but does not load source-map support at start-up (about a quarter
// of `--version`'s CPU time): `node --enable-source-maps dist/cli/index.js` maps a stack trace.
import { spawn } from 'node:child_process'

const BUNDLES = [
  ['src/index.ts', 'dist', []],
  ['src/cli/index.ts', 'dist/cli', ['--no-source-map-register']],
]

function bundle([entry, out, extra]) {
  return new Promise(resolve => {
    const child = spawn('ncc', ['build', entry, '-o', out, '--source-map', ...extra, '--license', 'licenses.txt'], { stdio: 'inherit', shell: false })
    child.on('error', err => {
      console.error(`ncc ${entry}: ${err.message}`)
      resolve(1)
    })
    child.on('exit', code => resolve(code ?? 1))
  })
}

const codes = await Promise.all(BUNDLES.map(bundle))
process.exitCode = codes.some(code => code !== 0) ? 1 : 0
