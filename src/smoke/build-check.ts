/**
 * build-check: does the Dockerfile build without the node's network?
 *
 * 1. Refuse up front any `RUN --network=host` (also under ONBUILD, also a `$VAR` value that could
 *    expand to host). Engines disagree about that flag: BuildKit needs the `network.host`
 *    entitlement (which we never grant), podman 4.3 fails with "RUN only supports the --mount
 *    flag", newer podman/buildah just runs the step on the host network. Refusing it ourselves
 *    makes the verdict the same everywhere, offline or not, with a message that names the line.
 * 2. Build with an isolated RUN network (never `--network=host`), no cache, no intermediate
 *    layers, under a unique tag; a step that only worked because it could reach the node's
 *    loopback services or interfaces fails, and the failing step is reported.
 * 3. Remove the tag afterwards, on success and on failure (also on timeout and SIGINT).
 */
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { Budget } from './budget.js'
import {
  SETUP_HINT,
  SmokeError,
  dockerBuildArgv,
  dockerImageExistsArgv,
  dockerRmiArgv,
  podmanBuildArgv,
  podmanEnv,
  podmanImageExistsArgv,
  podmanRmiArgv,
  randomSuffix,
  resolveContainersConf,
  spawnRunner,
  tail,
  versionArgv,
} from './engine.js'
import type { BuildNetwork, RunResult, Runner } from './engine.js'

export type BuildEngine = 'podman' | 'docker'

export interface BuildCheckOptions {
  /** Path of the Dockerfile. */
  dockerfile: string
  /** Build context directory (default: the Dockerfile's directory). */
  context?: string
  engine: BuildEngine
  runner?: Runner
  /** Budget for the build (default 300 s); cleanup is bounded separately. */
  timeoutMs?: number
  /** RUN network (default `isolated`); never host. */
  network?: BuildNetwork
  /** Base-image pulls (podman): `missing` (default) or `never` (fully offline). */
  pull?: 'missing' | 'never'
  /** podman: containers.conf (default: CONTAINERS_CONF, else the one .ci/setup-podman.sh writes). */
  containersConf?: string
  /** Install SIGINT/SIGTERM handlers that abort and clean up (default true). */
  handleSignals?: boolean
  signal?: AbortSignal
}

export interface HostNetworkStep {
  /** 1-based line where the instruction starts. */
  line: number
  /** The instruction as written (continuations joined). */
  instruction: string
  /** The `--network` value found (`host`, or a variable that could expand to it). */
  value: string
}

export interface BuildCheckResult {
  ok: boolean
  engine: BuildEngine
  /** The unique tag the check built (and removed). */
  image: string
  /** The instruction that failed or was refused, e.g. `RUN --network=host nc 127.0.0.1 8080`. */
  failedStep?: string
  /** Its Dockerfile line, when known. */
  failedLine?: number
  /** `refused`: stopped before building (host networking requested); `failed`: the build failed. */
  reason?: 'refused' | 'failed'
  /** One paragraph for people. */
  message: string
  /** Every `RUN --network=host` found (refused builds list all of them). */
  hostNetworkSteps: HostNetworkStep[]
  /** Bounded tail of the engine's output. */
  output: string
  /** The tag no longer exists (true when nothing was built). */
  cleanedUp: boolean
  durationMs: number
}

// ---------------------------------------------------------------------------------------------
// Dockerfile scanning (just enough to find RUN flags reliably)

export interface Instruction {
  line: number
  keyword: string
  /** Text after the keyword, continuations joined with a space. */
  rest: string
  text: string
}

/** Logical instructions: parser directive `escape`, comments, line continuations and heredoc bodies handled. */
export function dockerfileInstructions(text: string): Instruction[] {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/)
  let escape = '\\'
  // Parser directives: leading `# key=value` comments before anything else.
  for (const l of lines) {
    const m = /^#\s*([a-zA-Z]+)\s*=\s*(\S+)\s*$/.exec(l)
    if (!m) break
    if (m[1].toLowerCase() === 'escape' && (m[2] === '`' || m[2] === '\\')) escape = m[2]
  }
  const out: Instruction[] = []
  let i = 0
  while (i < lines.length) {
    const first = lines[i]
    if (/^\s*(#|$)/.test(first)) {
      i++
      continue
    }
    const startLine = i + 1
    const parts: string[] = []
    let cur = first
    for (;;) {
      const trimmed = cur.replace(/\s+$/, '')
      if (trimmed.endsWith(escape) && i + 1 < lines.length) {
        parts.push(trimmed.slice(0, -1).trim())
        i++
        // Comment lines inside a continuation are dropped, as Docker does.
        while (i < lines.length && /^\s*#/.test(lines[i])) i++
        if (i >= lines.length) break
        cur = lines[i]
        continue
      }
      parts.push(trimmed.trim())
      i++
      break
    }
    const joined = parts.filter(Boolean).join(' ')
    const m = /^(\S+)\s*(.*)$/s.exec(joined)
    if (!m) continue
    const keyword = m[1].toUpperCase()
    out.push({ line: startLine, keyword, rest: m[2], text: joined })
    // Heredocs (`<<EOF`, `<<-"EOF"`): skip their bodies, which are not instructions.
    const heredocs = [...joined.matchAll(/<<(-?)\s*(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g)]
    for (const h of heredocs) {
      const word = h[3]
      const strip = h[1] === '-'
      while (i < lines.length && (strip ? lines[i].replace(/^\t+/, '') : lines[i]) !== word) i++
      i++
    }
  }
  return out
}

/** Leading `--flag[=value]` tokens of a RUN instruction. */
export function runFlags(rest: string): Array<{ name: string; value: string }> {
  const flags: Array<{ name: string; value: string }> = []
  const tokens = rest.trim().split(/\s+/)
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k]
    if (!tok.startsWith('--')) break
    const eq = tok.indexOf('=')
    if (eq === -1) {
      // `--network host` is invalid for BuildKit, but read it the way a person would.
      const next = tokens[k + 1]
      if (next !== undefined && !next.startsWith('--') && tok === '--network') {
        flags.push({ name: 'network', value: next })
        k++
      } else flags.push({ name: tok.slice(2), value: '' })
    } else {
      flags.push({ name: tok.slice(2, eq).toLowerCase(), value: tok.slice(eq + 1).replace(/^(["'])(.*)\1$/, '$2') })
    }
  }
  return flags
}

/** Every RUN (or ONBUILD RUN) that asks for the host network. */
export function findHostNetworkSteps(text: string): HostNetworkStep[] {
  const found: HostNetworkStep[] = []
  for (const ins of dockerfileInstructions(text)) {
    let rest: string | undefined
    if (ins.keyword === 'RUN') rest = ins.rest
    else if (ins.keyword === 'ONBUILD') {
      const m = /^RUN\s+(.*)$/is.exec(ins.rest)
      if (m) rest = m[1]
    }
    if (rest === undefined) continue
    for (const f of runFlags(rest)) {
      if (f.name !== 'network') continue
      if (f.value.toLowerCase() === 'host' || f.value.includes('$')) found.push({ line: ins.line, instruction: ins.text, value: f.value })
    }
  }
  return found
}

// ---------------------------------------------------------------------------------------------
// Build output parsing

export interface FailedStep {
  step?: string
  instruction?: string
  line?: number
}

/** The failing step from podman (`Error: building at STEP "…"`) or BuildKit (`#N ERROR`) output. */
export function parseFailedStep(engine: BuildEngine, output: string): FailedStep {
  if (engine === 'podman') {
    const steps = [...output.matchAll(/^STEP (\d+\/\d+): (.*)$/gm)]
    const err = /building at STEP "((?:[^"\\]|\\.)*)"/.exec(output)
    const instruction = err ? err[1].replace(/\\(.)/g, '$1') : undefined
    const last = steps.length > 0 ? steps[steps.length - 1] : undefined
    const match = instruction ? [...steps].reverse().find((s) => s[2] === instruction) : last
    return { ...(match ? { step: match[1] } : {}), ...(instruction ?? last?.[2] ? { instruction: instruction ?? last?.[2] } : {}) }
  }
  const err = /^#(\d+) ERROR:/m.exec(output)
  let step: string | undefined
  let instruction: string | undefined
  if (err) {
    const head = new RegExp(`^#${err[1]} \\[[^\\]]*?(\\d+/\\d+)\\] (.*)$`, 'm').exec(output)
    if (head) {
      step = head[1]
      instruction = head[2]
    }
  }
  const line = /^Dockerfile:(\d+)$/m.exec(output)
  return { ...(step ? { step } : {}), ...(instruction ? { instruction } : {}), ...(line ? { line: Number(line[1]) } : {}) }
}

function normalise(s: string): string {
  return s.replace(/\s+/g, ' ').trim()
}

// ---------------------------------------------------------------------------------------------

/** Builds the Dockerfile under the smoke-check policy and removes the image again. */
export async function runBuildCheck(opts: BuildCheckOptions): Promise<BuildCheckResult> {
  const started = Date.now()
  const runner = opts.runner ?? spawnRunner
  if (opts.engine !== 'podman' && opts.engine !== 'docker') throw new SmokeError('usage', `unknown build engine ${JSON.stringify(opts.engine)} (podman or docker)`)
  const dockerfile = path.resolve(opts.dockerfile)
  const context = path.resolve(opts.context ?? path.dirname(dockerfile))
  let text: string
  try {
    text = await readFile(dockerfile, 'utf8')
  } catch (err) {
    throw new SmokeError('usage', `cannot read Dockerfile ${opts.dockerfile}: ${(err as Error).message}`)
  }
  const ctxStat = await stat(context).catch(() => undefined)
  if (!ctxStat?.isDirectory()) throw new SmokeError('usage', `build context ${opts.context ?? context} is not a directory`)

  const image = opts.engine === 'podman' ? `localhost/hng-build-check:${randomSuffix(12)}` : `hng-build-check:${randomSuffix(12)}`
  const hostNetworkSteps = findHostNetworkSteps(text)
  if (hostNetworkSteps.length > 0) {
    const first = hostNetworkSteps[0]
    const list = hostNetworkSteps.map((s) => `line ${s.line}: ${s.instruction}`).join('; ')
    return {
      ok: false,
      engine: opts.engine,
      image,
      failedStep: first.instruction,
      failedLine: first.line,
      reason: 'refused',
      message:
        `refused: ${path.basename(dockerfile)} asks for the host network in a build step (${list}). ` +
        `Builds run in an isolated network namespace; a step that needs the node's network is not reproducible and exposes the build to the node's loopback services. ` +
        `Remove --network=host (use --network=none or the default network).`,
      hostNetworkSteps,
      output: '',
      cleanedUp: true,
      durationMs: Date.now() - started,
    }
  }

  const env = opts.engine === 'podman' ? podmanEnv(opts.containersConf ?? resolveContainersConf()) : {}
  const budget = new Budget(opts.timeoutMs ?? 300_000, opts.handleSignals ?? true, opts.signal, 'build check')
  let attempted: RunResult | undefined
  let built: RunResult
  try {
    const v = await runner(versionArgv(opts.engine), { env, timeoutMs: Math.min(30_000, budget.remaining()), signal: budget.controller.signal })
    budget.check()
    if (v.code !== 0) {
      throw new SmokeError('engine', `${opts.engine} is not available: ${tail(v.stderr + v.stdout, 5, 800) || `exit ${v.code}`}${opts.engine === 'podman' ? `; ${SETUP_HINT}` : ''}`)
    }
    const args = { dockerfile, context, tag: image, network: opts.network ?? 'isolated', pull: opts.pull ?? 'missing' } as const
    const argv = opts.engine === 'podman' ? podmanBuildArgv(args) : dockerBuildArgv(args)
    attempted = await runner(argv, { env, timeoutMs: Math.max(1, budget.remaining()), signal: budget.controller.signal })
    budget.check()
    built = attempted
  } catch (err) {
    const error = budget.reason
      ? new SmokeError(budget.reason, budget.reason === 'timeout' ? `build check timed out after ${opts.timeoutMs ?? 300_000} ms` : 'build check interrupted', { cause: err })
      : err instanceof SmokeError
        ? err
        : new SmokeError('engine', String((err as Error)?.message ?? err), { cause: err })
    budget.dispose()
    // Nothing to remove when the engine never ran a build.
    error.cleanedUp = attempted === undefined && error.kind === 'engine' ? true : await removeImage(opts.engine, image, runner, env)
    throw error
  }
  budget.dispose()
  const cleanedUp = await removeImage(opts.engine, image, runner, env)

  const output = tail(`${built.stdout}\n${built.stderr}`)
  if (built.code !== 0 && ENGINE_FAILURE.test(`${built.stdout}\n${built.stderr}`)) {
    const error = new SmokeError('engine', `${opts.engine} could not run the build: ${tail(built.stderr + built.stdout, 5, 800)}`)
    error.cleanedUp = cleanedUp
    throw error
  }
  if (built.code === 0) {
    return {
      ok: true,
      engine: opts.engine,
      image,
      message: `built without host networking (RUN network: ${opts.network ?? 'isolated'}) and removed ${image}`,
      hostNetworkSteps,
      output,
      cleanedUp,
      durationMs: Date.now() - started,
    }
  }
  const failed = parseFailedStep(opts.engine, `${built.stdout}\n${built.stderr}`)
  let line = failed.line
  if (line === undefined && failed.instruction) {
    const want = normalise(failed.instruction)
    line = dockerfileInstructions(text).find((i) => normalise(i.text) === want)?.line
  }
  const where = [failed.step ? `step ${failed.step}` : undefined, line ? `${path.basename(dockerfile)}:${line}` : undefined].filter(Boolean).join(', ')
  return {
    ok: false,
    engine: opts.engine,
    image,
    ...(failed.instruction ? { failedStep: failed.instruction } : {}),
    ...(line ? { failedLine: line } : {}),
    reason: 'failed',
    message:
      `build failed${where ? ` at ${where}` : ''}${failed.instruction ? `: ${failed.instruction}` : ''} (exit ${built.code}). ` +
      `RUN steps run in an isolated network namespace (${opts.network === 'none' ? 'loopback only' : 'no access to the node\'s interfaces or loopback services'}); ` +
      `a step that only works with the host's network fails here.`,
    hostNetworkSteps,
    output,
    cleanedUp,
    durationMs: Date.now() - started,
  }
}

/** Output that means the engine, not the Dockerfile, failed (no daemon, no buildx plugin, killed runner). */
const ENGINE_FAILURE = /Cannot connect to the Docker daemon|'buildx' is not a docker command|unknown command "buildx"|ERROR: BuildKit is enabled but the buildx component is missing/

/** Removes the tag (ignoring "no such image") and reports whether it is gone. */
async function removeImage(engine: BuildEngine, image: string, runner: Runner, env: Record<string, string>): Promise<boolean> {
  const rm = engine === 'podman' ? podmanRmiArgv(image) : dockerRmiArgv(image)
  await runner(rm, { env, timeoutMs: 60_000 })
  const exists = await runner(engine === 'podman' ? podmanImageExistsArgv(image) : dockerImageExistsArgv(image), { env, timeoutMs: 30_000 })
  // podman: exit 1 = no such image; docker inspect: exit 1 and "No such image".
  return exists.code === 1 && !exists.spawnError
}
