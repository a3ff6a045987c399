import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { findHostNetworkSteps, instructionLine, parseFailedStep, runBuildCheck } from '../../src/smoke/build-check.js'
import { smokeExitCode } from '../../src/smoke/report.js'
import { SmokeError } from '../../src/smoke/smoke-error.js'
import { scanText } from '../../src/engine/scan-file.js'
import { registry } from '../../src/rules/index.js'
import { fakeRunner } from '../../__fixtures__/smoke/fake-runner.js'

const dirs: string[] = []
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
})

function dockerfile(text: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hng-bc-'))
  dirs.push(dir)
  const file = path.join(dir, 'Dockerfile')
  writeFileSync(file, text)
  return file
}

describe('findHostNetworkSteps (on parseDockerfile)', () => {
  const steps = (text: string) => findHostNetworkSteps(text).map(s => [s.line, s.value, s.instruction, s.spaced ?? false])

  it('joins continuations, skips comments and heredoc bodies, keeps start lines', () => {
    const text = [
      'FROM a',
      '# RUN --network=host ignored comment',
      'RUN --mount=type=cache,target=/c \\',
      '  # comment inside',
      '    --network=host echo hi',
      'RUN <<EOF',
      'RUN --network=host not-an-instruction',
      'EOF',
      'run --network=host echo lower',
    ].join('\n')
    expect(steps(text)).toEqual([
      [3, 'host', 'RUN --mount=type=cache,target=/c --network=host echo hi', false],
      [9, 'host', 'run --network=host echo lower', false],
    ])
  })

  it('honours the escape parser directive', () => {
    const text = '# escape=`\nFROM a\nRUN --network=host `\n  dir C:\\'
    expect(findHostNetworkSteps(text)).toEqual([{ line: 3, instruction: 'RUN --network=host dir C:\\', value: 'host' }])
    // Not a directive after the first line: the backslash still continues.
    expect(steps('FROM a\n# escape=`\nRUN --network=host \\\n  x\n')).toEqual([[3, 'host', 'RUN --network=host x', false]])
  })

  it('reads leading RUN flags only, quotes removed', () => {
    expect(steps('FROM a\nRUN --mount=type=secret,id=x --network="host" echo --network=none\n')).toEqual([
      [2, 'host', 'RUN --mount=type=secret,id=x --network="host" echo --network=none', false],
    ])
    expect(steps('FROM a\nRUN echo --network=host is an argument here\nRUN -- --network=host\n')).toEqual([])
  })

  it('finds host networking in RUN and ONBUILD RUN, and variable values that may expand to host', () => {
    const text = [
      'FROM a',
      'RUN --network=none echo fine',
      'RUN --network=default echo fine',
      'RuN --NETWORK=HOST echo bad',
      'ONBUILD RUN --network=host echo later',
      'ARG NET=host',
      'RUN --network=$NET echo maybe',
      'RUN --network= echo empty',
    ].join('\n')
    expect(steps(text)).toEqual([
      [4, 'HOST', 'RuN --NETWORK=HOST echo bad', false],
      [5, 'host', 'ONBUILD RUN --network=host echo later', false],
      [7, '$NET', 'RUN --network=$NET echo maybe', false],
    ])
  })

  it('reports `--network host` written with a space (BuildKit rejects it), also across a continuation', () => {
    expect(steps('FROM a\nRUN --network host curl x\n')).toEqual([[2, 'host', 'RUN --network host curl x', true]])
    expect(steps('FROM a\r\nRUN --network \\\r\n  # why\r\n  "HOST" curl x\r\n')).toEqual([[2, 'HOST', 'RUN --network "HOST" curl x', true]])
    expect(steps('FROM a\nRUN --network ${NET} curl x\n')).toEqual([[2, '${NET}', 'RUN --network ${NET} curl x', true]])
    // A valueless --network that is not followed by host is BuildKit's problem, not host networking.
    expect(steps('FROM a\nRUN --network none curl x\nRUN --network\n')).toEqual([])
  })

  it('refuses a `$VAR` value the static host-network rule does not report (the build arg is unknown)', () => {
    const text = ['FROM a', 'ARG NET=none', 'RUN --network=$NET echo maybe', 'RUN --network=${NET:-host} echo maybe', 'RUN --network=host echo bad'].join('\n')
    const staticLines = scanText(
      { path: 'Dockerfile', text, type: 'dockerfile', byName: false },
      { rules: new Map([['host-network', registry.get('host-network')!]]), severityOf: () => 'error' },
    ).map(f => f.span.start.line)
    // Both report the literal host; only the smoke check refuses what a variable could expand to.
    expect(staticLines).toEqual([5])
    expect(steps(text).map(([line]) => line)).toEqual([3, 4, 5])
  })

  it('keeps positions right with a BOM and CRLF', () => {
    expect(steps('\ufeffFROM a\r\n\r\nRUN --network=host \\\r\n  true\r\n')).toEqual([[3, 'host', 'RUN --network=host true', false]])
  })
})

describe('instructionLine', () => {
  const text = ['FROM a', 'COPY x /x', 'RUN echo one \\', '    && nc -w 2 127.0.0.1 9', 'ONBUILD RUN true', 'RUN true'].join('\n')
  it('finds a RUN written over continuation lines, and one-line instructions', () => {
    expect(instructionLine(text, 'Dockerfile', 'RUN echo one && nc -w 2 127.0.0.1 9')).toBe(3)
    expect(instructionLine(text, 'Dockerfile', 'COPY x /x')).toBe(2)
    expect(instructionLine(text, 'Dockerfile', 'RUN true')).toBe(6)
    expect(instructionLine(text, 'Dockerfile', 'RUN false')).toBeUndefined()
  })
})

describe('parseFailedStep', () => {
  it('reads podman output', () => {
    const out = [
      'STEP 1/3: FROM localhost/hng-busybox',
      'STEP 2/3: RUN echo "a" > /a',
      'STEP 3/3: RUN nc -w 2 127.0.0.1 9 < /dev/null',
      'Error: building at STEP "RUN nc -w 2 127.0.0.1 9 < /dev/null": while running runtime: exit status 1',
    ].join('\n')
    expect(parseFailedStep('podman', out)).toEqual({ step: '3/3', instruction: 'RUN nc -w 2 127.0.0.1 9 < /dev/null' })
    expect(parseFailedStep('podman', 'STEP 1/2: FROM x\nError: building at STEP "RUN echo \\"q\\"": x')).toEqual({ instruction: 'RUN echo "q"' })
    // podman does not escape the step's own quotes: the step is the whole STEP line, not the text up to the first inner quote.
    const quoted =
      'STEP 1/2: FROM x\nSTEP 2/2: RUN echo "a" > /a && curl "http://127.0.0.1:9"\nError: building at STEP "RUN echo "a" > /a && curl "http://127.0.0.1:9"": while running runtime: exit status 7'
    expect(parseFailedStep('podman', quoted)).toEqual({ step: '2/2', instruction: 'RUN echo "a" > /a && curl "http://127.0.0.1:9"' })
  })

  it('reads BuildKit plain-progress output', () => {
    const out = [
      '#5 [2/3] RUN echo ok > /x',
      '#5 DONE 0.2s',
      '#6 [3/3] RUN --network=host nc 127.0.0.1 9',
      '#6 ERROR: granting entitlement network.host is not allowed by build daemon configuration',
      'Dockerfile:3',
      '--------------------',
      'ERROR: failed to solve: granting entitlement network.host is not allowed by build daemon configuration',
    ].join('\n')
    expect(parseFailedStep('docker', out)).toEqual({ step: '3/3', instruction: 'RUN --network=host nc 127.0.0.1 9', line: 3 })
  })
})

describe('runBuildCheck with a scripted engine', () => {
  it('refuses RUN --network=host before running anything', async () => {
    const fake = fakeRunner([])
    const r = await runBuildCheck({
      dockerfile: dockerfile('FROM a\nRUN --network=host \\\n  curl http://127.0.0.1:8080\n'),
      engine: 'docker',
      runner: fake.runner,
      handleSignals: false,
    })
    expect(fake.calls).toEqual([])
    expect(r).toMatchObject({ ok: false, reason: 'refused', failedStep: 'RUN --network=host curl http://127.0.0.1:8080', failedLine: 2, cleanedUp: true })
    expect(r.message).toMatch(/^refused: Dockerfile asks for the host network in a build step \(line 2: /)
  })

  it('refuses `--network host` written with a space, saying BuildKit rejects it', async () => {
    const fake = fakeRunner([])
    const r = await runBuildCheck({
      dockerfile: dockerfile('FROM a\nRUN --network host curl http://127.0.0.1:8080\n'),
      engine: 'podman',
      runner: fake.runner,
      handleSignals: false,
    })
    expect(fake.calls).toEqual([])
    expect(r).toMatchObject({ ok: false, reason: 'refused', failedLine: 2, hostNetworkSteps: [{ line: 2, value: 'host', spaced: true }] })
    expect(r.message).toContain('BuildKit also rejects line 2 as written: "--network host" with a space fails with "missing a value on flag: network".')
  })

  it('finds the line of a podman failing step written over continuation lines', async () => {
    const fake = fakeRunner([
      {
        prefix: ['podman', 'build'],
        result: {
          code: 1,
          stdout: 'STEP 1/2: FROM a\nSTEP 2/2: RUN echo a && nc 127.0.0.1 9\n',
          stderr: 'Error: building at STEP "RUN echo a && nc 127.0.0.1 9": while running runtime: exit status 1\n',
        },
      },
      { prefix: ['podman', 'image', 'exists'], result: { code: 1 } },
    ])
    const r = await runBuildCheck({
      dockerfile: dockerfile('FROM a\n# fetch\nRUN echo a \\\n  && nc 127.0.0.1 9\n'),
      engine: 'podman',
      runner: fake.runner,
      handleSignals: false,
    })
    expect(r).toMatchObject({ ok: false, reason: 'failed', failedStep: 'RUN echo a && nc 127.0.0.1 9', failedLine: 3 })
    expect(r.message).toMatch(/^build failed at step 2\/2, Dockerfile:3: RUN echo a/)
  })

  it('builds, removes the tag and reports success', async () => {
    const fake = fakeRunner([{ prefix: ['podman', 'image', 'exists'], result: { code: 1 } }])
    const file = dockerfile('FROM a\nRUN true\n')
    const r = await runBuildCheck({ dockerfile: file, engine: 'podman', runner: fake.runner, containersConf: '/c.conf', handleSignals: false })
    expect(r).toMatchObject({ ok: true, engine: 'podman', cleanedUp: true })
    expect(r.image).toMatch(/^localhost\/hng-build-check:[0-9a-f]{12}$/)
    expect(fake.lines()).toEqual([
      'podman version --format {{.Client.Version}}',
      `podman build --file ${file} --tag ${r.image} --no-cache --layers=false --force-rm --pull=missing --network=private ${path.dirname(file)}`,
      `podman rmi --force ${r.image}`,
      `podman image exists ${r.image}`,
    ])
    expect(fake.calls.every(c => c.opts.env?.CONTAINERS_CONF === '/c.conf')).toBe(true)
  })

  it('reports the failing step with its line and still removes the tag', async () => {
    const fake = fakeRunner([
      {
        prefix: ['docker', 'buildx'],
        result: {
          code: 1,
          stderr: '#6 [2/2] RUN nc 127.0.0.1 9\n#6 ERROR: process "/bin/sh -c nc 127.0.0.1 9" did not complete successfully: exit code: 1\nDockerfile:3\n',
        },
      },
      { prefix: ['docker', 'image', 'inspect'], result: { code: 1, stderr: 'Error: No such image' } },
    ])
    const r = await runBuildCheck({ dockerfile: dockerfile('FROM a\n\nRUN nc 127.0.0.1 9\n'), engine: 'docker', runner: fake.runner, handleSignals: false })
    expect(r).toMatchObject({ ok: false, reason: 'failed', failedStep: 'RUN nc 127.0.0.1 9', failedLine: 3, cleanedUp: true })
    expect(r.message).toMatch(
      /^build failed at step 2\/2, Dockerfile:3: RUN nc 127\.0\.0\.1 9 \(exit 1\), and the failure points at the network: the step reaches 127\.0\.0\.1/,
    )
    expect(fake.lines()).toContain(`docker image rm --force ${r.image}`)
  })

  /** A podman build that fails with this output, through the whole check. */
  const failingWith = (stdout: string, stderr: string, text: string) =>
    runBuildCheck({
      dockerfile: dockerfile(text),
      engine: 'podman',
      runner: fakeRunner([
        { prefix: ['podman', 'build'], result: { code: 1, stdout, stderr } },
        { prefix: ['podman', 'image', 'exists'], result: { code: 1 } },
      ]).runner,
      handleSignals: false,
    })

  it('tells a build that failed for another reason (an unpullable base image) from one that needs the host network: exit 2 with the tool’s message', async () => {
    const r = await failingWith(
      'STEP 1/2: FROM registry.example/nope:1\n',
      'Error: creating build container: initializing source docker://registry.example/nope:1: reading manifest 1 in registry.example/nope: manifest unknown\n',
      'FROM registry.example/nope:1\nRUN true\n',
    )
    expect(r).toMatchObject({ ok: false, reason: 'error', failedStep: 'FROM registry.example/nope:1' })
    expect(r.message).toContain('build failed for another reason than host networking')
    expect(r.message).toContain('manifest unknown')
    expect(smokeExitCode(r)).toBe(2)
  })

  it('a typo in a command is exit 2, a refused connection is exit 1', async () => {
    const typo = await failingWith(
      'STEP 1/2: FROM a\nSTEP 2/2: RUN ech hello\n/bin/sh: ech: not found\n',
      'Error: building at STEP "RUN ech hello": while running runtime: exit status 127\n',
      'FROM a\nRUN ech hello\n',
    )
    expect(typo).toMatchObject({ reason: 'error', failedStep: 'RUN ech hello', failedLine: 2 })
    expect(smokeExitCode(typo)).toBe(2)
    const refused = await failingWith(
      'STEP 1/2: FROM a\nSTEP 2/2: RUN curl -fsS http://metadata.internal:8080/token\ncurl: (7) Failed to connect to metadata.internal port 8080: Connection refused\n',
      'Error: building at STEP "RUN curl -fsS http://metadata.internal:8080/token": while running runtime: exit status 7\n',
      'FROM a\nRUN curl -fsS http://metadata.internal:8080/token\n',
    )
    expect(refused).toMatchObject({ reason: 'failed' })
    expect(refused.message).toContain('"Failed to connect to metadata.internal port 8080: Connection refused"')
    expect(smokeExitCode(refused)).toBe(1)
  })

  it('treats a missing buildx plugin as an engine error, not a failing Dockerfile', async () => {
    const fake = fakeRunner([
      { prefix: ['docker', 'buildx'], result: { code: 1, stderr: "docker: 'buildx' is not a docker command.\nSee 'docker --help'" } },
      { prefix: ['docker', 'image', 'inspect'], result: { code: 1 } },
    ])
    const err = await runBuildCheck({ dockerfile: dockerfile('FROM a\n'), engine: 'docker', runner: fake.runner, handleSignals: false }).catch(
      (e: unknown) => e,
    )
    expect(err).toMatchObject({
      kind: 'engine',
      cleanedUp: true,
      message: expect.stringMatching(/^docker could not run the build: docker: 'buildx' is not a docker command/),
    })
  })

  it('fails with an engine error naming the setup script when podman is missing', async () => {
    const fake = fakeRunner([{ prefix: ['podman'], result: { code: 127, spawnError: 'ENOENT', stderr: 'spawn podman ENOENT' } }])
    const err = await runBuildCheck({ dockerfile: dockerfile('FROM a\n'), engine: 'podman', runner: fake.runner, handleSignals: false }).catch(
      (e: unknown) => e,
    )
    expect(err).toBeInstanceOf(SmokeError)
    expect(err).toMatchObject({ kind: 'engine', cleanedUp: true })
    expect((err as Error).message).toMatch(/podman is not available: spawn podman ENOENT; run \.ci\/setup-podman\.sh/)
  })

  it('times out, then removes whatever was built', async () => {
    const fake = fakeRunner([
      {
        prefix: ['podman', 'build'],
        result: (_argv, opts) => new Promise(resolve => opts.signal?.addEventListener('abort', () => resolve({ code: 130, aborted: true }))),
      },
      { prefix: ['podman', 'image', 'exists'], result: { code: 1 } },
    ])
    const err = await runBuildCheck({ dockerfile: dockerfile('FROM a\n'), engine: 'podman', runner: fake.runner, timeoutMs: 50, handleSignals: false }).catch(
      (e: unknown) => e,
    )
    expect(err).toMatchObject({ kind: 'timeout', cleanedUp: true })
    expect(fake.lines().some(l => l.startsWith('podman rmi --force localhost/hng-build-check:'))).toBe(true)
  })

  it('rejects a missing Dockerfile or context as usage errors', async () => {
    await expect(runBuildCheck({ dockerfile: '/nonexistent/Dockerfile', engine: 'podman', runner: fakeRunner([]).runner })).rejects.toMatchObject({
      kind: 'usage',
    })
    await expect(
      runBuildCheck({ dockerfile: dockerfile('FROM a'), context: '/nonexistent', engine: 'podman', runner: fakeRunner([]).runner }),
    ).rejects.toMatchObject({ kind: 'usage' })
  })
})
