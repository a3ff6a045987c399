// npm run bench: full scans of generated 1,000-, 10,000- and 50,000-file repositories, each timed
// against grep and a Node read-only walk over the same tree in the same run, with peak memory and
// how time and memory grow; a real-world-shaped tree; a pull request's 20 files in a 50,000-file
// repository; start-up. Ratios, not absolute times, are what to compare across machines.
// Then pathological inputs (hostile YAML at full and half size): time and peak memory each.
// BENCH_CLI=path measures another build of the CLI; BENCH_ONLY=corpus|render|pathological runs one part.
// BENCH_ONLY=huge (never by default: minutes, and about 3 GB of files) measures peak memory at
// 500,000 files (BENCH_HUGE_FILES), with and without violations, against a 1,000-file tree.
import { execFileSync, spawnSync } from 'node:child_process'
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateCorpus } from './corpus.mjs'
import { generateRenderCorpus } from './render-corpus.mjs'
import { aliasHeavyList, flowPod, wideMapPod } from './pathological.mjs'
import { generateRealWorld } from './real-world.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '..')
const cli = path.resolve(process.env.BENCH_CLI ?? path.join(root, 'dist/cli/index.js'))
if (!existsSync(cli)) {
  console.error(`${cli} is missing: run npm run build first`)
  process.exit(2)
}
// Every scan sees the real helm and kubectl, as on GitHub's runners (which have both on PATH):
// without them a chart or an overlay costs nothing but a warning, and the figures would flatter.
const tools = path.join(root, '.tools', 'bin')
if (existsSync(tools)) process.env.PATH = `${tools}${path.delimiter}${process.env.PATH}`
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const SIZE = Number(process.env.BENCH_FILES ?? 10_000)
const work = mkdtempSync(path.join(os.tmpdir(), 'hng-bench-'))
// The CLI keeps V8's compiled code between runs (src/cli/compile-cache.ts): here in a cache of the
// bench's own, which the first run fills, so that every figure but the "no compile cache" ones is
// that of a later run, as for anyone who runs the CLI more than once.
process.env.XDG_CACHE_HOME = path.join(work, 'cache')
const NO_CACHE = { HNG_COMPILE_CACHE: '0' }

function time(argv, env = {}) {
  const start = process.hrtime.bigint()
  const r = spawnSync(argv[0], argv.slice(1), { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  if (r.status === null || r.status > 1) throw new Error(`${argv.join(' ')} failed: ${r.status ?? r.signal}`)
  return ms
}

function scanWithRss(dir, extra = [], env = {}) {
  const rssFile = path.join(work, 'rss')
  const fd = openSync(rssFile, 'w')
  const start = process.hrtime.bigint()
  const r = spawnSync(
    process.execPath,
    ['--import', path.join(here, 'rss-probe.mjs'), cli, 'scan', dir, '--format', 'json', '--output', path.join(work, 'out.json'), ...extra],
    {
      env: { ...process.env, ...env, HNG_BENCH_RSS_FD: '3' },
      stdio: ['ignore', 'ignore', 'inherit', fd],
    },
  )
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  closeSync(fd)
  if (r.status === null || r.status > 1) throw new Error(`scan failed: ${r.status ?? r.signal}`)
  const report = JSON.parse(readFileSync(path.join(work, 'out.json'), 'utf8'))
  return {
    ms,
    rssMb: Number(readFileSync(rssFile, 'utf8').trim()) / 1024,
    findings: report.summary.total,
    files: report.run.filesScanned,
    byRule: report.summary.byRule,
  }
}

const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const GREP = ['grep', '-rlE', 'hostNetwork|hostPID|hostIPC|network_mode|pid: *host|ipc: *host|--net(work)?[= ]host|--pid[= ]host|--ipc[= ]host']

// Floors put the ratio in context: a Node process that does nothing, and one that only reads.
const NODE_EMPTY = [process.execPath, '-e', '']
const READ_FLOOR = [process.execPath, path.join(here, 'read-floor.mjs')]

/** `alsoEnv`: a second scan in the same interleaving, under other variables (its time is `alsoMs`). */
function measure(dir, runs = RUNS, extra = [], env = {}, alsoEnv = undefined) {
  time([...GREP, dir]) // warm the page cache for all
  const grep = []
  const floor = []
  const scans = []
  const also = []
  // Interleaved, so that a noisy neighbour slows every contender alike.
  for (let i = 0; i < runs; i++) {
    grep.push(time([...GREP, dir]))
    floor.push(time([...READ_FLOOR, dir]))
    scans.push(scanWithRss(dir, extra, env))
    if (alsoEnv) also.push(scanWithRss(dir, extra, { ...env, ...alsoEnv }).ms)
  }
  return {
    grepMs: median(grep),
    floorMs: median(floor),
    scanMs: median(scans.map(s => s.ms)),
    alsoMs: alsoEnv ? median(also) : undefined,
    rssMb: Math.max(...scans.map(s => s.rssMb)),
    findings: scans[0].findings,
    files: scans[0].files,
    byRule: scans[0].byRule,
  }
}

/** A git repository of 50,000 files and a pull request that changes 20 of them (two add a violation). */
function pullRequestCase(dir) {
  generateCorpus(dir, 50_000, 0)
  const git = (...args) => execFileSync('git', args, { cwd: dir, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 256 * 2 ** 20 }).toString()
  git('init', '-q', '-b', 'main')
  git('-c', 'user.email=b@example.invalid', '-c', 'user.name=bench', 'add', '-A')
  git('-c', 'user.email=b@example.invalid', '-c', 'user.name=bench', 'commit', '-q', '-m', 'base')
  const base = git('rev-parse', 'HEAD').trim()
  const yamls = git('ls-files', '*.yaml').split('\n').filter(Boolean).slice(0, 20)
  for (const [i, file] of yamls.entries()) {
    const text = readFileSync(path.join(dir, file), 'utf8')
    writeFileSync(
      path.join(dir, file),
      i < 2 ? text.replace('    spec:\n', '    spec:\n      hostNetwork: true\n') : text.replace('replicas: 3', 'replicas: 4'),
    )
  }
  git('-c', 'user.email=b@example.invalid', '-c', 'user.name=bench', 'commit', '-q', '-am', 'change')
  const head = git('rev-parse', 'HEAD').trim()
  const event = JSON.parse(readFileSync(path.join(root, 'node_modules/@octokit/webhooks-examples/api.github.com/index.json'), 'utf8'))
    .find(e => e.name === 'pull_request')
    .examples.find(x => x.action === 'opened')
  event.pull_request.base.sha = base
  event.pull_request.head.sha = head
  event.pull_request.number = 1
  const eventPath = path.join(work, 'event.json')
  writeFileSync(eventPath, JSON.stringify(event))
  const runs = []
  let findings = 0
  for (let i = 0; i < Math.min(RUNS, 3); i++) {
    const output = path.join(work, `pr-output-${i}`)
    writeFileSync(output, '')
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME ?? work,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: path.join(work, 'summary.md'),
      GITHUB_API_URL: 'http://127.0.0.1:9',
      GITHUB_REPOSITORY: 'bench/repo',
      GITHUB_SHA: head,
      GITHUB_WORKSPACE: dir,
      INPUT_COMMENT: 'false',
      'INPUT_CHECK-RUN': 'false',
      'INPUT_DIFF-SOURCE': 'git',
      'INPUT_FAIL-ON': 'never',
      'INPUT_GITHUB-TOKEN': '',
    }
    const start = process.hrtime.bigint()
    const r = spawnSync(process.execPath, [path.join(root, 'dist/index.js')], { cwd: dir, env, stdio: ['ignore', 'ignore', 'inherit'] })
    runs.push(Number(process.hrtime.bigint() - start) / 1e6)
    if (r.status !== 0) throw new Error(`PR mode exited ${r.status}`)
    findings = Number(/new-findings<<(\S+)\n(\d+)/.exec(readFileSync(output, 'utf8'))?.[2] ?? NaN)
  }
  rmSync(dir, { recursive: true, force: true })
  return { ms: median(runs), findings, planted: 2 }
}

const row = (label, value) => console.log(`${label.padEnd(38)} ${value}`)
console.log(`Host Namespace Guard benchmark (${RUNS} runs each, medians; node ${process.version}, ${os.cpus().length} cores)`)

const hostFindings = byRule => (byRule['host-network'] ?? 0) + (byRule['host-pid'] ?? 0) + (byRule['host-ipc'] ?? 0)
const SIZES = (process.env.BENCH_SIZES ?? `1000,${SIZE},50000`).split(',').map(Number)

if (!process.env.BENCH_ONLY || process.env.BENCH_ONLY === 'corpus') {
  // Start-up: the CLI that does nothing but print its version, against an empty Node process.
  const version = []
  const uncached = []
  const empty = []
  for (let i = 0; i < RUNS * 2; i++) {
    version.push(time([process.execPath, cli, '--version']))
    uncached.push(time([process.execPath, cli, '--version'], NO_CACHE))
    empty.push(time(NODE_EMPTY))
  }
  row(
    'start-up: --version / node -e ""',
    `${(median(version) / median(empty)).toFixed(2)}x (${median(version).toFixed(0)} ms vs ${median(empty).toFixed(0)} ms)`,
  )
  row('  no compile cache (a first run)', `${(median(uncached) / median(empty)).toFixed(2)}x (${median(uncached).toFixed(0)} ms)`)

  console.log('\nfiles    grep      walk      scan      scan/grep  scan/walk  peak RSS   found/planted')
  const results = []
  for (const size of SIZES) {
    const dir = path.join(work, `corpus-${size}`)
    const info = generateCorpus(dir, size)
    // The smallest tree is also scanned as a first run would be, nothing compiled yet (what a CI
    // job that runs the CLI once pays), in the same interleaving.
    const m = measure(dir, size > 20_000 ? Math.min(RUNS, 3) : RUNS, [], {}, size === SIZES[0] ? NO_CACHE : undefined)
    results.push({ size, ...m })
    console.log(
      [
        String(size).padEnd(8),
        `${m.grepMs.toFixed(0)} ms`.padEnd(9),
        `${m.floorMs.toFixed(0)} ms`.padEnd(9),
        `${m.scanMs.toFixed(0)} ms`.padEnd(9),
        `${(m.scanMs / m.grepMs).toFixed(2)}x`.padEnd(10),
        `${(m.scanMs / m.floorMs).toFixed(2)}x`.padEnd(10),
        `${m.rssMb.toFixed(1)} MB`.padEnd(10),
        `${hostFindings(m.byRule)}/${info.bad}`,
      ].join(' '),
    )
    if (m.alsoMs !== undefined) row(`  ${size} files, no compile cache`, `${m.alsoMs.toFixed(0)} ms (${(m.alsoMs / m.floorMs).toFixed(2)}x walk)`)
    if (size === SIZES.at(-1)) {
      // The parse pool is off by default; here one worker is asked for, so that one run shows
      // what it costs and gains on this machine.
      const pooled = measure(dir, Math.min(RUNS, 3), [], { HNG_SCAN_THREADS: '1' })
      row(
        `  ${size} files, one parse worker`,
        `${pooled.scanMs.toFixed(0)} ms (${(pooled.scanMs / pooled.floorMs).toFixed(2)}x walk), ${pooled.rssMb.toFixed(1)} MB peak RSS`,
      )
    }
    rmSync(dir, { recursive: true, force: true })
  }
  const first = results[0]
  const last = results.at(-1)
  row(
    `growth ${first.size} → ${last.size} files`,
    `time ${(last.scanMs / first.scanMs).toFixed(1)}x, peak RSS ${(last.rssMb / first.rssMb).toFixed(2)}x (target: RSS within 1.2x)`,
  )

  // The shape that costs most per byte: CRD and install bundles that mention host fields and
  // NetworkPolicy in schemas and strings, charts, Makefiles.
  const real = path.join(work, 'real-world')
  const realInfo = generateRealWorld(real)
  const r = measure(real, RUNS)
  row(
    'real-world-shaped tree',
    `${realInfo.files} files: scan ${r.scanMs.toFixed(0)} ms, ${(r.scanMs / r.grepMs).toFixed(2)}x grep, ${(r.scanMs / r.floorMs).toFixed(2)}x walk (target <= 3x), ${r.rssMb.toFixed(1)} MB; found ${hostFindings(r.byRule)}/${realInfo.planted}`,
  )
  // The same tree with its charts left unrendered: the scanner's own cost, apart from helm's.
  const off = path.join(work, 'real-world-off.yml')
  writeFileSync(off, 'render: {enabled: false}\n')
  const unrendered = measure(real, RUNS, ['--config', off])
  row(
    '  without rendering its charts',
    `scan ${unrendered.scanMs.toFixed(0)} ms, ${(unrendered.scanMs / unrendered.floorMs).toFixed(2)}x walk; found ${hostFindings(unrendered.byRule)}/${realInfo.planted} (the ${realInfo.charts} charts hold none)`,
  )

  // Pull-request mode: a 20-file change in a 50,000-file repository, the Action as a runner starts
  // it, diffing with git, no network.
  const pr = pullRequestCase(path.join(work, 'pr'))
  row('PR mode: 20 changed of 50,000 files', `${pr.ms.toFixed(0)} ms (target < 1 s), new findings ${pr.findings} of ${pr.planted} planted`)
}

// Charts and overlays: 50 charts and 50 overlays (each with its base: 100 kustomizations), rendered
// with the real helm and kubectl (.tools/bin, else PATH). The render cost per chart or overlay is
// the scan's time with rendering less its time with `render: {enabled: false}`, per render.
if (!process.env.BENCH_ONLY || process.env.BENCH_ONLY === 'render') {
  const dir = path.join(work, 'render')
  const info = generateRenderCorpus(dir)
  const off = path.join(work, 'render-off.yml')
  writeFileSync(off, 'render: {enabled: false}\n')
  const on = []
  const without = []
  for (let i = 0; i < Math.min(RUNS, 3); i++) {
    on.push(scanWithRss(dir, ['--root', dir]))
    without.push(scanWithRss(dir, ['--root', dir, '--config', off]))
  }
  const withMs = median(on.map(r => r.ms))
  const withoutMs = median(without.map(r => r.ms))
  const renders = info.charts + info.overlays
  console.log('\ncharts and overlays (rendered with the real helm and kubectl)')
  row(
    'corpus',
    `${info.charts} charts, ${info.overlays} kustomizations (50 overlays + their bases); findings ${on[0].findings}: ${JSON.stringify(on[0].byRule)}`,
  )
  row('scan with rendering', `${withMs.toFixed(0)} ms, ${Math.max(...on.map(r => r.rssMb)).toFixed(1)} MB peak RSS`)
  row('scan with render.enabled: false', `${withoutMs.toFixed(0)} ms`)
  row('render cost per chart or kustomization', `${((withMs - withoutMs) / renders).toFixed(0)} ms`)
}

// Pathological inputs: each hides hostNetwork in one file built to be slow or large to read. Each
// must take under 5 s and 300 MB and end in a finding (host-network, or incomplete-scan where
// the file is past a reader's bound), never a pass; half size shows how the cost grows.
const PATHOLOGICAL = [
  ['5 MiB alias-heavy List', scale => aliasHeavyList(Math.floor(5 * 2 ** 20 * scale))],
  ['80,000-key map', scale => wideMapPod(Math.floor(80_000 * scale))],
  ['4.8 MB flow-style Pod', scale => flowPod(Math.floor(4_800_000 * scale))],
]
if (!process.env.BENCH_ONLY || process.env.BENCH_ONLY === 'pathological') console.log('\npathological inputs (target: < 5 s, < 300 MB, never a pass)')
for (const [index, [name, generate]] of process.env.BENCH_ONLY && process.env.BENCH_ONLY !== 'pathological' ? [] : PATHOLOGICAL.entries()) {
  for (const [scale, label] of [
    [1, name],
    [0.5, '  at half size'],
  ]) {
    const dir = path.join(work, `pathological-${index}-${scale}`)
    mkdirSync(dir)
    const text = generate(scale)
    writeFileSync(path.join(dir, 'pod.yaml'), text)
    const runs = Array.from({ length: Math.min(RUNS, 3) }, () => scanWithRss(dir))
    const outcome =
      Object.entries(runs[0].byRule)
        .map(([rule, n]) => `${rule} ${n}`)
        .join(', ') || 'PASS (no finding)'
    row(
      label,
      `${(text.length / 1e6).toFixed(2)} MB: ${median(runs.map(r => r.ms)).toFixed(0)} ms, ${Math.max(...runs.map(r => r.rssMb)).toFixed(1)} MB peak RSS; ${outcome}`,
    )
  }
}
// Peak memory only, at a size that fills the findings limit: time at this size says more about
// the page cache (a 500,000-file tree may not fit it) than about the scan.
if (process.env.BENCH_ONLY === 'huge') {
  const HUGE = Number(process.env.BENCH_HUGE_FILES ?? 500_000)
  console.log(`\npeak memory at ${HUGE.toLocaleString('en')} files (one scan each, after a grep to warm the page cache)`)
  const peak = (dir, format) => {
    time([...GREP, dir])
    return scanWithRss(dir, format === 'json' ? [] : ['--format', format, '--output', path.join(work, `out.${format}`)])
  }
  const small = path.join(work, 'huge-base')
  generateCorpus(small, 1000)
  const base = Math.max(...Array.from({ length: 3 }, () => peak(small, 'json').rssMb))
  row('1,000 files, 3% violations (baseline)', `${base.toFixed(1)} MB peak RSS`)
  for (const [label, rate] of [
    ['3% violations (findings limit reached)', 0.03],
    ['no violation', 0],
  ]) {
    const dir = path.join(work, `huge-${rate}`)
    const info = generateCorpus(dir, HUGE, rate)
    for (const format of rate ? ['json', 'sarif'] : ['json']) {
      const r = peak(dir, format)
      const found = format === 'json' ? `; ${r.findings} findings of ${info.bad} planted${r.findings < info.bad ? ' (maxFindings)' : ''}` : ''
      row(`  ${label}, ${format}`, `${r.rssMb.toFixed(1)} MB peak RSS, ${(r.rssMb / base).toFixed(2)}x the baseline, ${(r.ms / 1000).toFixed(1)} s${found}`)
    }
    rmSync(dir, { recursive: true, force: true })
  }
}
spawnSync('rm', ['-rf', work])
