/**
 * `host-namespace-guard build-check` and `runtime-check` through runCli: argument and file errors
 * (pure, no engine), then one real podman run per verdict. The podman part needs
 * .ci/setup-podman.sh to have run (CI runs it first); without podman it fails, it does not skip.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runCli, type CliEnv } from '../../src/cli/main.js'
import { DEFAULT_PROBE_IMAGE, SETUP_HINT, podmanEnv, resolveContainersConf } from '../../src/smoke/podman-setup.js'
import { spawnRunner } from '../../src/smoke/process-runner.js'

const FIXTURES = path.resolve('__fixtures__/smoke')

async function cli(argv: string[], cwd = FIXTURES) {
  let stdout = ''
  let stderr = ''
  const env: CliEnv = { cwd, stdout: s => void (stdout += s), stderr: s => void (stderr += s), isTTY: false }
  const code = await runCli(argv, env)
  return { code, stdout, stderr }
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'hng-cli-smoke-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('smoke commands: usage errors (no engine runs)', () => {
  it('names a missing Dockerfile, as given and as resolved, and exits 2', async () => {
    const r = await cli(['build-check', 'nope/Dockerfile'])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe(`host-namespace-guard: smoke check usage error: Dockerfile not found: nope/Dockerfile (${path.join(FIXTURES, 'nope/Dockerfile')})\n`)
  })

  it('names a missing manifest, in JSON when asked for JSON', async () => {
    const r = await cli(['runtime-check', 'missing.yaml', '--format', 'json'])
    expect(r.code).toBe(2)
    expect(JSON.parse(r.stdout)).toEqual({
      ok: false,
      error: { kind: 'usage', message: `manifest not found: missing.yaml (${path.join(FIXTURES, 'missing.yaml')})` },
    })
  })

  it('rejects a directory where a file is expected, and a context that is not a directory', async () => {
    const dir = await cli(['runtime-check', 'build-good'])
    expect(dir.code).toBe(2)
    expect(dir.stderr).toContain('manifest is not a file: build-good')
    const ctx = await cli(['build-check', 'build-good/Dockerfile', '--context', 'pod-isolated.yaml'])
    expect(ctx.code).toBe(2)
    expect(ctx.stderr).toContain('build context is not a directory: pod-isolated.yaml')
  })

  it.each([
    [['build-check', 'build-good/Dockerfile', '--engine', 'kind'], '--engine: "kind" is not one of podman, docker'],
    [['runtime-check', 'pod-isolated.yaml', '--engine', 'docker'], '--engine: "docker" is not one of podman, kind'],
    [['runtime-check', 'pod-isolated.yaml', '--format', 'sarif'], '--format: "sarif" is not one of text, json'],
    [['build-check', 'build-good/Dockerfile', '--timeout', '0'], '--timeout: "0" is not a positive number of seconds'],
    [['runtime-check', 'pod-isolated.yaml', '--timeout', '10s'], '--timeout: "10s" is not a positive number of seconds'],
    [['build-check'], 'build-check takes one DOCKERFILE, got none'],
    [['runtime-check', 'a.yaml', 'b.yaml'], 'runtime-check takes one MANIFEST, got "a.yaml" "b.yaml"'],
    [['build-check', 'build-good/Dockerfile', '--network=host'], 'build-check: unknown option --network\n'],
  ])('%j → exit 2: %s', async (argv, message) => {
    const r = await cli(argv)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(`host-namespace-guard: ${message}`)
    expect(r.stderr).toContain("Run 'host-namespace-guard --help' for usage.")
  })

  it('an unsafe --image or --probe-image is a usage error from the check', async () => {
    const r = await cli(['runtime-check', 'pod-isolated.yaml', '--image=--privileged'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('image must not start with "-"')
    const p = await cli(['runtime-check', 'pod-isolated.yaml', '--probe-image=-x', '--engine', 'kind'])
    expect(p.code).toBe(2)
    expect(p.stderr).toContain('probe image must not start with "-"')
  })

  it('prints usage with both commands for --help', async () => {
    for (const command of ['build-check', 'runtime-check']) {
      const r = await cli([command, '--help'])
      expect(r.code).toBe(0)
      expect(r.stdout).toContain('host-namespace-guard build-check DOCKERFILE [--context DIR] [--engine podman|docker]')
      expect(r.stdout).toContain('host-namespace-guard runtime-check MANIFEST [--engine podman|kind] [--image IMAGE]\n                   [--probe-image IMAGE]')
    }
  })

  it('refuses RUN --network=host before any engine runs, whatever the engine', async () => {
    // docker is not needed: the refusal happens before the engine is asked anything.
    const r = await cli(['build-check', 'build-host-network/Dockerfile', '--engine', 'docker', '--format', 'json'])
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: false, engine: 'docker', reason: 'refused', failedLine: 5, output: '' })
  })

  it('refuses `--network host` written with a space, saying BuildKit rejects it', async () => {
    const file = path.join(tmp, 'Dockerfile.spaced')
    writeFileSync(file, 'FROM localhost/hng-busybox:latest\nRUN --network host wget http://127.0.0.1:8080/\n')
    const r = await cli(['build-check', file])
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(
      /^build-check FAIL \(podman\): refused: Dockerfile\.spaced asks for the host network in a build step \(line 2: RUN --network host wget/,
    )
    expect(r.stdout).toContain('"--network host" with a space fails with "missing a value on flag: network"')
  })
})

describe('smoke commands with podman', () => {
  let env: Record<string, string> = {}
  const podman = (...args: string[]) => spawnRunner(['podman', ...args], { env, timeoutMs: 30_000 })

  beforeAll(async () => {
    const conf = resolveContainersConf()
    if (!conf) throw new Error(`no containers.conf for the smoke checks: ${SETUP_HINT}`)
    env = podmanEnv(conf)
    const r = await podman('image', 'exists', DEFAULT_PROBE_IMAGE)
    if (r.code !== 0) throw new Error(`image ${DEFAULT_PROBE_IMAGE} is missing (${r.stderr.trim() || r.code}): ${SETUP_HINT}`)
  }, 60_000)

  it('build-check: builds a good Dockerfile, removes the image, exits 0', async () => {
    const r = await cli(['build-check', 'build-good/Dockerfile', '--format', 'json', '--timeout', '90'])
    expect(r.stderr).toBe('')
    const result = JSON.parse(r.stdout)
    expect(result).toMatchObject({ ok: true, engine: 'podman', cleanedUp: true })
    expect(r.code).toBe(0)
    expect((await podman('image', 'exists', result.image)).code).toBe(1)
  }, 120_000)

  it('build-check: the host-network Dockerfile fails with exit 1 and names the line', async () => {
    const r = await cli(['build-check', path.join(FIXTURES, 'build-host-network/Dockerfile'), '--engine', 'podman'])
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(
      /^build-check FAIL \(podman\): refused: Dockerfile asks for the host network in a build step \(line 5: RUN --network=host nc -w 2 127\.0\.0\.1 18080/,
    )
    expect(r.stdout).toContain('  failed step (line 5): RUN --network=host nc -w 2 127.0.0.1 18080 </dev/null > /artifact && test -s /artifact')
  })

  it('runtime-check: an isolated pod passes with exit 0 and is gone afterwards', async () => {
    const before = (await podman('pod', 'ps', '--format', '{{.Name}}')).stdout
    const r = await cli(['runtime-check', 'pod-isolated.yaml', '--timeout', '60'])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^runtime-check PASS: .*pod-isolated\.yaml on podman [\d.]+ \(1 workload\)$/m)
    expect(r.stdout).toMatch(/^PASS Pod\/isolated → pod hng-pod-isolated-[0-9a-f]+ \(probe: in-container/m)
    for (const ns of ['network', 'pid', 'ipc']) expect(r.stdout).toMatch(new RegExp(`^ {2}${ns} +PASS +isolated: `, 'm'))
    expect(r.stdout).toContain('cleanup: every pod the check created is gone')
    expect((await podman('pod', 'ps', '--format', '{{.Name}}')).stdout).toBe(before)
  }, 120_000)

  it('runtime-check: a timeout is exit 2 and still tears down', async () => {
    const r = await cli(['runtime-check', 'pod-isolated.yaml', '--timeout', '0.001', '--format', 'json'])
    expect(r.code).toBe(2)
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: false, error: { kind: 'timeout', cleanedUp: true } })
  }, 60_000)
})
