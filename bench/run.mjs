// npm run bench: a full scan of a generated 10,000-file repository, timed against grep over the
// same tree in the same run, with peak memory, and memory at a quarter of the size to show it
// does not grow with the tree. Ratios, not absolute times, are what to compare across machines.
// Then pathological inputs (hostile YAML at full and half size): time and peak memory each.
// BENCH_CLI=path measures another build of the CLI; BENCH_ONLY=corpus|render|pathological runs one part.
import { spawnSync } from 'node:child_process'
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateCorpus } from './corpus.mjs'
import { generateRenderCorpus } from './render-corpus.mjs'
import { aliasHeavyList, flowPod, wideMapPod } from './pathological.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '..')
const cli = path.resolve(process.env.BENCH_CLI ?? path.join(root, 'dist/cli/index.js'))
if (!existsSync(cli)) {
  console.error(`${cli} is missing: run npm run build first`)
  process.exit(2)
}
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const SIZE = Number(process.env.BENCH_FILES ?? 10_000)
const work = mkdtempSync(path.join(os.tmpdir(), 'hng-bench-'))

function time(argv, env = {}) {
  const start = process.hrtime.bigint()
  const r = spawnSync(argv[0], argv.slice(1), { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  if (r.status === null || r.status > 1) throw new Error(`${argv.join(' ')} failed: ${r.status ?? r.signal}`)
  return ms
}

function scanWithRss(dir, extra = []) {
  const rssFile = path.join(work, 'rss')
  const fd = openSync(rssFile, 'w')
  const start = process.hrtime.bigint()
  const r = spawnSync(
    process.execPath,
    ['--import', path.join(here, 'rss-probe.mjs'), cli, 'scan', dir, '--format', 'json', '--output', path.join(work, 'out.json'), ...extra],
    {
      env: { ...process.env, HNG_BENCH_RSS_FD: '3' },
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

function measure(dir) {
  time([...GREP, dir]) // warm the page cache for all
  const grep = []
  const empty = []
  const floor = []
  const scans = []
  // Interleaved, so that a noisy neighbour slows every contender alike.
  for (let i = 0; i < RUNS; i++) {
    grep.push(time([...GREP, dir]))
    empty.push(time(NODE_EMPTY))
    floor.push(time([...READ_FLOOR, dir]))
    scans.push(scanWithRss(dir))
  }
  return {
    grepMs: median(grep),
    emptyMs: median(empty),
    floorMs: median(floor),
    scanMs: median(scans.map(s => s.ms)),
    rssMb: Math.max(...scans.map(s => s.rssMb)),
    findings: scans[0].findings,
    files: scans[0].files,
  }
}

const row = (label, value) => console.log(`${label.padEnd(38)} ${value}`)
console.log(`Host Namespace Guard benchmark (${RUNS} runs each, medians; node ${process.version}, ${os.cpus().length} cores)`)

if (!process.env.BENCH_ONLY || process.env.BENCH_ONLY === 'corpus') {
  const big = path.join(work, 'big')
  const small = path.join(work, 'small')
  const bigInfo = generateCorpus(big, SIZE)
  const smallInfo = generateCorpus(small, Math.floor(SIZE / 4), 0.03, 7)
  const b = measure(big)
  const s = measure(small)
  row('corpus', `${bigInfo.count} files, ${bigInfo.bad} with a violation; scanned ${b.files}, findings ${b.findings}`)
  row('grep -rlE (baseline)', `${b.grepMs.toFixed(0)} ms`)
  row('host-namespace-guard scan', `${b.scanMs.toFixed(0)} ms`)
  row('ratio scan / grep', `${(b.scanMs / b.grepMs).toFixed(2)}x (target <= 3x)`)
  row('floor: node -e "" / grep', `${(b.emptyMs / b.grepMs).toFixed(2)}x (${b.emptyMs.toFixed(0)} ms)`)
  row('floor: node read-only walk / grep', `${(b.floorMs / b.grepMs).toFixed(2)}x (${b.floorMs.toFixed(0)} ms)`)
  row('ratio scan / node read-only walk', `${(b.scanMs / b.floorMs).toFixed(2)}x`)
  row('peak RSS, full corpus', `${b.rssMb.toFixed(1)} MB (target < 150 MB)`)
  row(`peak RSS, ${smallInfo.count} files`, `${s.rssMb.toFixed(1)} MB`)
  row('RSS growth for 4x the files', `${(b.rssMb / s.rssMb).toFixed(2)}x`)
  row(`ratio scan / grep at ${smallInfo.count} files`, `${(s.scanMs / s.grepMs).toFixed(2)}x`)
}

// Charts and overlays: 50 charts and 50 overlays (each with its base: 100 kustomizations), rendered
// with the real helm and kubectl (.tools/bin, else PATH). The render cost per chart or overlay is
// the scan's time with rendering less its time with `render: {enabled: false}`, per render.
if (!process.env.BENCH_ONLY || process.env.BENCH_ONLY === 'render') {
  const dir = path.join(work, 'render')
  const info = generateRenderCorpus(dir)
  const off = path.join(work, 'render-off.yml')
  writeFileSync(off, 'render: {enabled: false}\n')
  const tools = path.join(root, '.tools', 'bin')
  process.env.PATH = existsSync(tools) ? `${tools}${path.delimiter}${process.env.PATH}` : process.env.PATH
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
spawnSync('rm', ['-rf', work])
