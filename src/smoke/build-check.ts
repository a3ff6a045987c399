/**
 * build-check: does the Dockerfile build without the node's network?
 *
 * 1. Refuse up front any `RUN --network=host` (also under ONBUILD, also a `$VAR` value that could
 *    expand to host, also `--network host` written with a space, which BuildKit rejects as a flag
 *    without a value). The Dockerfile is read with the scanner's parser (src/parse/dockerfile/dockerfile.ts),
 *    so the check and the `host-network` rule agree on what a RUN flag is. Engines disagree about that flag: BuildKit needs the `network.host`
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
import { HOST_NAMESPACE } from '../namespaces.js'
import { parseDockerfile, type DockerfileRun } from '../parse/dockerfile/dockerfile.js'
import { SourceText } from '../parse/source.js'
import { Budget } from './budget.js'
import type { BuildNetwork } from './build-args.js'
import { dockerBuildArgv, dockerImageExistsArgv, dockerRmiArgv, dockerVersionArgv } from './docker-argv.js'
import { randomSuffix } from './generated-names.js'
import { podmanBuildArgv, podmanImageExistsArgv, podmanRmiArgv, podmanVersionArgv } from './podman-argv.js'
import { SETUP_HINT, podmanEnv, resolveContainersConf } from './podman-setup.js'
import { spawnRunner, tail, type RunResult, type Runner } from './process-runner.js'
import { SmokeError } from './smoke-error.js'

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
  /**
   * Written `--network host` (a space, no `=`): BuildKit rejects the Dockerfile before building
   * ("missing a value on flag: network"); refused all the same, since host networking is the intent.
   */
  spaced?: boolean
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
  /**
   * `refused`: stopped before building (a RUN asks for the host network); `failed`: a step failed in
   * a way that points at the network it lacked (exit 1); `error`: the build failed for another
   * reason, an unpullable base image, a typo, a failing command (exit 2, with the tool's message).
   */
  reason?: 'refused' | 'failed' | 'error'
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
// Host-network RUN steps, read with the scanner's own Dockerfile parser (src/parse/dockerfile/dockerfile.ts)

/** The builder flag that asks for the host network (`network`), and how the messages write it. */
const NETWORK_FLAG = HOST_NAMESPACE.network.dockerfileFlag
const WRITTEN_FLAG = `--${NETWORK_FLAG}`

/**
 * Every RUN (or ONBUILD RUN) that asks for the host network: `--network=host` in any case, a
 * `$VAR` value that could expand to host, and `--network host` written with a space, which
 * BuildKit rejects ("missing a value on flag: network") but which says what the author wants.
 * Only builder flags count (`RUN echo --network=host` has none); heredoc bodies, comments and
 * continuations are handled by parseDockerfile.
 */
export function findHostNetworkSteps(text: string, file = 'Dockerfile'): HostNetworkStep[] {
  const found: HostNetworkStep[] = []
  for (const r of readRuns(text, file).runs) {
    for (const f of r.run.flags) {
      if (f.name !== NETWORK_FLAG) continue
      if (f.value !== undefined) {
        if (isHostValue(f.value)) found.push({ line: r.line, instruction: r.instruction, value: f.value })
      } else if (f.nextWord !== undefined && isHostValue(f.nextWord)) found.push({ line: r.line, instruction: r.instruction, value: f.nextWord, spaced: true })
    }
  }
  return found
}

/**
 * Deliberately wider than the static `host-network` rule (`isHost` in src/rules/host-namespace.ts),
 * which reports only a literal `host`: a review comment on `--network=$NET` would be a guess. The
 * build check is the gate that runs the build, and it cannot know the value the variable will have
 * (an `ARG` default, a `--build-arg` from whoever builds it, an `ENV` set in a base image), so any
 * `$` value is refused conservatively rather than risk a RUN step on the host network.
 */
function isHostValue(value: string): boolean {
  return value.toLowerCase() === 'host' || value.includes('$')
}

interface RunStep {
  run: DockerfileRun
  /** Line of the instruction's first keyword (`ONBUILD` for an ONBUILD RUN on one line). */
  line: number
  /** The instruction as written, continuation lines trimmed and joined with one space. */
  instruction: string
}

function readRuns(text: string, file: string): { src: SourceText; runs: RunStep[] } {
  const src = new SourceText(file, text)
  const runs = parseDockerfile(src).runs.map(run => {
    // ONBUILD RUN: show (and locate) the whole instruction, ONBUILD included, when it is on the RUN's line.
    const first = run.lines[0][0]
    const start = run.onbuild && src.position(first).line === run.instructionSpan.start.line ? first : run.instructionSpan.startOffset
    return { run, line: src.position(start).line, instruction: instructionText(text, run.lines, start) }
  })
  return { src, runs }
}

/** The instruction's lines from `start` on, each trimmed, joined with one space: for messages and for matching an engine's step text. */
function instructionText(text: string, lines: ReadonlyArray<readonly [number, number]>, start: number): string {
  const parts: string[] = []
  for (const [from, to] of lines) {
    if (to <= start) continue
    const part = text.slice(Math.max(from, start), to).trim()
    if (part) parts.push(part)
  }
  return parts.join(' ')
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
    const errLine = /^.*building at STEP ".*$/m.exec(output)?.[0]
    // podman quotes the step without escaping its own quotes (`"RUN echo "a""`): the step it names is
    // the STEP line whose whole text it quotes, not the text up to the first inner quote.
    const named = errLine
      ? [...steps].reverse().find(s => errLine.includes(`"${s[2]}"`) || errLine.includes(`"${s[2]!.replace(/["\\]/g, '\\$&')}"`))
      : undefined
    const escaped = errLine ? /building at STEP "((?:[^"\\]|\\.)*)"/.exec(errLine)?.[1]?.replace(/\\(.)/g, '$1') : undefined
    const instruction = named?.[2] ?? escaped
    const last = steps.length > 0 ? steps[steps.length - 1] : undefined
    const match = named ?? (instruction ? [...steps].reverse().find(s => s[2] === instruction) : last)
    return { ...(match ? { step: match[1] } : {}), ...((instruction ?? last?.[2]) ? { instruction: instruction ?? last?.[2] } : {}) }
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

/**
 * The line of the instruction an engine names (podman prints `STEP 3/3: RUN …` without a line):
 * a RUN as parseDockerfile finds it, else any other instruction written on one line.
 */
export function instructionLine(text: string, file: string, instruction: string): number | undefined {
  const want = normalise(instruction)
  const { src, runs } = readRuns(text, file)
  const run = runs.find(r => !r.run.onbuild && normalise(r.instruction) === want)
  if (run) return run.line
  for (let l = 1; l <= src.lineStarts.length; l++) if (normalise(src.lineText(l)) === want) return l
  return undefined
}

// ---------------------------------------------------------------------------------------------

/** Builds the Dockerfile under the smoke-check policy and removes the image again. */
export async function runBuildCheck(opts: BuildCheckOptions): Promise<BuildCheckResult> {
  const started = Date.now()
  const runner = opts.runner ?? spawnRunner
  if (opts.engine !== 'podman' && opts.engine !== 'docker')
    throw new SmokeError('usage', `unknown build engine ${JSON.stringify(opts.engine)} (podman or docker)`)
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
  const hostNetworkSteps = findHostNetworkSteps(text, dockerfile)
  if (hostNetworkSteps.length > 0) {
    const first = hostNetworkSteps[0]
    const list = hostNetworkSteps.map(s => `line ${s.line}: ${s.instruction}`).join('; ')
    const spaced = hostNetworkSteps.filter(s => s.spaced)
    const spacedNote = spaced.length
      ? `BuildKit also rejects ${spaced.map(s => `line ${s.line}`).join(', ')} as written: "${WRITTEN_FLAG} ${spaced[0].value}" with a space fails with "missing a value on flag: ${NETWORK_FLAG}". `
      : ''
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
        spacedNote +
        `Remove ${WRITTEN_FLAG}=host (use ${WRITTEN_FLAG}=none or the default network).`,
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
    const v = await runner(opts.engine === 'podman' ? podmanVersionArgv() : dockerVersionArgv(), {
      env,
      timeoutMs: Math.min(30_000, budget.remaining()),
      signal: budget.controller.signal,
    })
    budget.check()
    if (v.code !== 0) {
      throw new SmokeError(
        'engine',
        `${opts.engine} is not available: ${tail(v.stderr + v.stdout, 5, 800) || `exit ${v.code}`}${opts.engine === 'podman' ? `; ${SETUP_HINT}` : ''}`,
      )
    }
    const args = { dockerfile, context, tag: image, network: opts.network ?? 'isolated', pull: opts.pull ?? 'missing' } as const
    const argv = opts.engine === 'podman' ? podmanBuildArgv(args) : dockerBuildArgv(args)
    attempted = await runner(argv, { env, timeoutMs: Math.max(1, budget.remaining()), signal: budget.controller.signal })
    budget.check()
    built = attempted
  } catch (err) {
    const error = budget.reason
      ? new SmokeError(budget.reason, budget.reason === 'timeout' ? `build check timed out after ${opts.timeoutMs ?? 300_000} ms` : 'build check interrupted', {
          cause: err,
        })
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
  const all = `${built.stdout}\n${built.stderr}`
  const failed = parseFailedStep(opts.engine, all)
  let line = failed.line
  if (line === undefined && failed.instruction) line = instructionLine(text, dockerfile, failed.instruction)
  const where = [failed.step ? `step ${failed.step}` : undefined, line ? `${path.basename(dockerfile)}:${line}` : undefined].filter(Boolean).join(', ')
  const network = needsNetwork(all, failed.instruction)
  return {
    ok: false,
    engine: opts.engine,
    image,
    ...(failed.instruction ? { failedStep: failed.instruction } : {}),
    ...(line ? { failedLine: line } : {}),
    reason: network ? 'failed' : 'error',
    message: network
      ? `build failed${where ? ` at ${where}` : ''}${failed.instruction ? `: ${failed.instruction}` : ''} (exit ${built.code}), and the failure points at the network: ${network}. ` +
        `RUN steps run in an isolated network namespace (${opts.network === 'none' ? 'loopback only' : "no access to the node's interfaces or loopback services"}); ` +
        `a step that only works with the host's network fails here.`
      : `build failed for another reason than host networking${where ? ` at ${where}` : ''}${failed.instruction ? `: ${failed.instruction}` : ''} (exit ${built.code}); ${opts.engine} said: ${toolMessage(all)}`,
    hostNetworkSteps,
    output,
    cleanedUp,
    durationMs: Date.now() - started,
  }
}

/**
 * What in a failed build points at the network it lacked: an error the tools print when a host,
 * port or name cannot be reached, or a failing step that talks to the node's own addresses.
 * Undefined when nothing does (an unpullable base image, a typo, a failing test): that is a build
 * error, not a finding about host networking.
 */
export function needsNetwork(output: string, failedStep: string | undefined): string | undefined {
  if (NOT_THE_NETWORK.test(output)) return undefined
  const error = NETWORK_ERROR.exec(output)
  if (error) return `"${error[0]}"`
  const local = failedStep ? LOOPBACK.exec(failedStep) : null
  return local ? `the step reaches ${local[0]}, which is the build's own loopback without the host's network` : undefined
}

/** Messages of unreachable hosts, ports and names (curl, wget, nc, getaddrinfo, Go's net, apt). */
const NETWORK_ERROR =
  /Connection refused|Could not resolve host[^\n]*|Could not connect to[^\n]*|Failed to connect to[^\n]*|Network is unreachable|No route to host|Temporary failure (?:in name resolution|resolving[^\n]*)|Name or service not known|getaddrinfo[^\n]*|dial tcp[^\n]*|can't connect to remote host[^\n]*|bad address '[^'\n]*'|Connection timed out/i
/** Failures that are not the RUN network at all: the base image cannot be pulled, or the Dockerfile does not parse. */
const NOT_THE_NETWORK =
  /pull access denied|manifest unknown|manifest for [^\n]* not found|repository does not exist|requested access to the resource is denied|failed to resolve source metadata|initializing source [^\n]*(?:not found|unauthorized|denied)|unknown instruction|dockerfile parse error|Error: parsing/i
const LOOPBACK = /\b(?:127\.\d+\.\d+\.\d+|localhost|0\.0\.0\.0|host\.docker\.internal|host\.containers\.internal)\b|\[::1\]/i

/** The tool's own words about the failure: its error lines, whole, else the end of its output. */
function toolMessage(output: string): string {
  const errors = output
    .split('\n')
    .filter(l => /\berror\b/i.test(l))
    .map(l => l.trim())
  return errors.length ? tail(errors.join('\n'), 8, 2000) : tail(output, 8, 2000) || '(no output)'
}

/** Output that means the engine, not the Dockerfile, failed (no daemon, no buildx plugin, killed runner). */
const ENGINE_FAILURE =
  /Cannot connect to the Docker daemon|'buildx' is not a docker command|unknown command "buildx"|ERROR: BuildKit is enabled but the buildx component is missing/

/** Removes the tag (ignoring "no such image") and reports whether it is gone. */
async function removeImage(engine: BuildEngine, image: string, runner: Runner, env: Record<string, string>): Promise<boolean> {
  const rm = engine === 'podman' ? podmanRmiArgv(image) : dockerRmiArgv(image)
  await runner(rm, { env, timeoutMs: 60_000 })
  const exists = await runner(engine === 'podman' ? podmanImageExistsArgv(image) : dockerImageExistsArgv(image), { env, timeoutMs: 30_000 })
  // podman: exit 1 = no such image; docker inspect: exit 1 and "No such image".
  return exists.code === 1 && !exists.spawnError
}
