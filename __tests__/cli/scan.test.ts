import { describe, it, expect } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runCli, type CliEnv } from '../../src/cli/main.js'
import { golden } from '../support/golden.js'

function cli(argv: string[], cwd = process.cwd()) {
  let stdout = ''
  let stderr = ''
  const env: CliEnv = { cwd, stdout: s => void (stdout += s), stderr: s => void (stderr += s), isTTY: false, today: new Date('2026-01-15T00:00:00Z') }
  return runCli(argv, env).then(code => ({ code, stdout, stderr }))
}

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'hng-cli-'))

describe('host-namespace-guard scan', () => {
  it('exits 1 on the examples and groups text output by file', async () => {
    const r = await cli(['scan', 'examples'])
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/^examples\/k8s\/debug-pod\.yaml\n {2}8:16 +error {3}Pod\/shop\/debug sets hostNetwork: true/m)
    expect(r.stdout).toMatch(/✖ 13 findings \(12 failing, 1 covered by exceptions\) in \d+ files scanned/)
    expect(r.stdout).toMatch(/^ {2}26:16 +covered +DaemonSet\/host-agents\/log-agent sets hostPID: true/m)
    expect(r.stdout).not.toContain('\u001b[')
    // Each rule found, once: why it matters and where to read more.
    expect(r.stdout).toMatch(/^host-pid: .+\.\n {2}https:\/\/github\.com\/host-namespace-guard\/host-namespace-guard\/blob\/main\/docs\/rules\/host-pid\.md$/m)
    expect(r.stdout.match(/^host-network: /gm)).toHaveLength(1)
  })

  it('writes the JSON report of the examples exactly as the golden file', async () => {
    const r = await cli(['scan', 'examples', '--format', 'json'])
    golden('examples.json', r.stdout)
    const report = JSON.parse(r.stdout)
    expect(report.findings[0]).toEqual(
      expect.objectContaining({
        ruleId: expect.any(String),
        severity: 'error',
        file: expect.any(String),
        line: expect.any(Number),
        column: expect.any(Number),
        endLine: expect.any(Number),
        endColumn: expect.any(Number),
        resource: expect.any(String),
        message: expect.any(String),
      }),
    )
  })

  it('writes SARIF that GitHub code scanning accepts (official validator, GitHub rules)', async () => {
    const dir = tmp()
    const out = path.join(dir, 'out.sarif')
    const r = await cli(['scan', 'examples', '--format', 'sarif', '--output', out])
    expect(r.code).toBe(1)
    golden('examples.sarif', readFileSync(out, 'utf8'))
    const validator = path.resolve('node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool')
    const result = spawnSync(validator, ['validate', '--rule-kind', 'Gh;Sarif', '--output', path.join(dir, 'log.sarif'), out], {
      encoding: 'utf8',
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
    })
    const log = JSON.parse(readFileSync(path.join(dir, 'log.sarif'), 'utf8'))
    const problems = log.runs[0].results
      .filter((x: { level?: string }) => x.level === 'error' || x.level === 'warning')
      .map((x: { ruleId: string; message: { text?: string; id?: string } }) => `${x.ruleId}: ${x.message.text ?? x.message.id}`)
    expect(problems).toEqual([])
    expect(result.status).toBe(0)
  })

  it('keeps partialFingerprints when lines move', async () => {
    const dir = tmp()
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostPID: true\n  containers: []\n'
    writeFileSync(path.join(dir, 'pod.yaml'), pod)
    const before = JSON.parse((await cli(['scan', '--format', 'sarif'], dir)).stdout)
    writeFileSync(path.join(dir, 'pod.yaml'), '# a new comment\n\n' + pod)
    const after = JSON.parse((await cli(['scan', '--format', 'sarif'], dir)).stdout)
    const fp = (s: {
      runs: Array<{ results: Array<{ partialFingerprints: object; locations: Array<{ physicalLocation: { region: { startLine: number } } }> }> }>
    }) => s.runs[0].results[0]
    expect(fp(after).locations[0].physicalLocation.region.startLine).toBe(fp(before).locations[0].physicalLocation.region.startLine + 2)
    expect(fp(after).partialFingerprints).toEqual(fp(before).partialFingerprints)
  })

  it('applies fixes with --fix, leaving what it cannot fix and what an exception covers', async () => {
    const dir = tmp()
    const pod = 'apiVersion: v1\r\nkind: Pod\r\nmetadata: {name: p}\r\nspec:\r\n  hostNetwork: yes\r\n  hostPID: true # debug\r\n  containers: []\r\n'
    writeFileSync(path.join(dir, 'pod.yaml'), '\uFEFF' + pod)
    writeFileSync(path.join(dir, 'compose.yaml'), 'services:\n  a: {image: x, pid: host}\n')
    const r = await cli(['scan', '--fix', '--all', '--format', 'json'], dir)
    expect(r.stderr).toBe('Fixed 2 findings in 1 file: pod.yaml.\n')
    expect(readFileSync(path.join(dir, 'pod.yaml'), 'utf8')).toBe(
      '\uFEFF' + pod.replace('hostNetwork: yes', 'hostNetwork: false').replace('hostPID: true', 'hostPID: false'),
    )
    expect(JSON.parse(r.stdout).findings.map((f: { file: string }) => f.file)).toEqual(['compose.yaml'])
    expect(r.code).toBe(1)
  })

  it('applies --fix to flags whose removals overlap on one command line', async () => {
    const dir = tmp()
    writeFileSync(path.join(dir, 'run.sh'), '#!/bin/sh\npodman pod create --name p --network host --ipc host --pid host\n')
    const r = await cli(['scan', '--fix', '--format', 'json', 'run.sh'], dir)
    expect(r.stderr).toBe('Fixed 3 findings in 1 file: run.sh.\n')
    expect(readFileSync(path.join(dir, 'run.sh'), 'utf8')).toMatch(/^#!\/bin\/sh\npodman pod create --name p *\n$/)
    expect(JSON.parse(r.stdout).findings).toEqual([])
    expect(r.code).toBe(0)
  })

  it('refuses --fix without paths or --all, and keeps --dry-run and --all with --fix', async () => {
    const dir = tmp()
    writeFileSync(path.join(dir, 'run.sh'), '#!/bin/sh\ndocker run --net=host img\n')
    for (const argv of [
      ['scan', '--fix'],
      ['scan', '--dry-run', 'run.sh'],
      ['scan', '--all'],
    ]) {
      const r = await cli(argv, dir)
      expect(r.code).toBe(2)
      expect(r.stderr).toMatch(
        /^host-namespace-guard: (--fix rewrites files: name the paths to fix, or add --all|--dry-run goes with --fix|--all goes with --fix)/,
      )
    }
    expect(readFileSync(path.join(dir, 'run.sh'), 'utf8')).toContain('--net=host')
  })

  it('--fix --dry-run prints a unified diff that patch applies, and writes nothing', async () => {
    const dir = tmp()
    const script = `#!/bin/sh\nset -e\n# start the app\ndocker run --net=host --rm img\necho done\n${'\n'.repeat(8)}export X=1\npodman run --pid host img\n`
    writeFileSync(path.join(dir, 'run.sh'), script)
    const r = await cli(['scan', '--fix', '--dry-run', 'run.sh'], dir)
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(
      [
        '--- a/run.sh',
        '+++ b/run.sh',
        '@@ -1,7 +1,7 @@',
        ' #!/bin/sh',
        ' set -e',
        ' # start the app',
        '-docker run --net=host --rm img',
        '+docker run --rm img',
        ' echo done',
        ' ',
        ' ',
        '@@ -12,4 +12,4 @@',
        ' ',
        ' ',
        ' export X=1',
        '-podman run --pid host img',
        '+podman run img',
        '',
      ].join('\n'),
    )
    expect(r.stderr).toBe('Would fix 2 findings in 1 file; nothing was written.\n')
    expect(readFileSync(path.join(dir, 'run.sh'), 'utf8')).toBe(script)
    // The real patch tool agrees: applying the diff gives what --fix writes.
    execFileSync('patch', ['-p1', '-s', '-i', '-'], { cwd: dir, input: r.stdout })
    const patched = readFileSync(path.join(dir, 'run.sh'), 'utf8')
    writeFileSync(path.join(dir, 'run.sh'), script)
    await cli(['scan', '--fix', 'run.sh'], dir)
    expect(patched).toBe(readFileSync(path.join(dir, 'run.sh'), 'utf8'))
  })

  it('prints fix messages before the final line, and warns when the command also reaches localhost', async () => {
    const dir = tmp()
    writeFileSync(
      path.join(dir, 'run.sh'),
      '#!/bin/sh\nDATABASE_URL=postgres://localhost:5432/app\ndocker run --net=host -e DATABASE_URL app\ndocker run --net=host \\\n  -e API=http://127.0.0.1:8080 api\ndocker run --net=host web\n',
    )
    const r = await cli(['scan', '--fix', 'run.sh'], dir)
    const lines = r.stdout.trimEnd().split('\n')
    expect(lines[0]).toBe('Fixed 3 findings in 1 file: run.sh.')
    expect(lines.slice(1, 3)).toEqual([
      expect.stringMatching(/^warning: run\.sh:3: the command also passes DATABASE_URL, set to localhost on line 2; without the host's network/),
      expect.stringMatching(/^warning: run\.sh:4: the command also reaches 127\.0\.0\.1; /),
    ])
    expect(lines.at(-1)).toMatch(/^✔ 0 findings/)
    expect(r.stdout).not.toMatch(/run\.sh:6/)
  })

  it('names files relative to the scanned folder when it lies outside the working directory', async () => {
    const dir = tmp()
    writeFileSync(path.join(dir, 'pod.yaml'), 'kind: Pod\nspec: {hostIPC: true, containers: []}\n')
    const r = await cli(['scan', dir, '--format', 'json'])
    expect(JSON.parse(r.stdout).findings.map((f: { file: string }) => f.file)).toEqual(['pod.yaml'])
  })

  it('exits 0 when nothing fails, and honours --fail-on', async () => {
    const dir = tmp()
    writeFileSync(path.join(dir, 'ok.yaml'), 'kind: Pod\nspec: {hostNetwork: false, containers: []}\n')
    expect((await cli(['scan'], dir)).code).toBe(0)
    writeFileSync(path.join(dir, 'broken.yaml'), 'kind: Pod\nspec: {hostNetwork: [true}\n')
    // A file that cannot be read cannot be shown safe: parse-error fails by default.
    expect((await cli(['scan'], dir)).code).toBe(1)
    mkdirSync(path.join(dir, '.github'))
    writeFileSync(path.join(dir, '.github/host-namespace-guard.yml'), 'rules:\n  parse-error: warning\n')
    expect((await cli(['scan'], dir)).code).toBe(0)
    expect((await cli(['scan', '--fail-on', 'warning'], dir)).code).toBe(1)
  })

  it('respects .gitignore and config excludes, but scans a named ignored file', async () => {
    const dir = tmp()
    const bad = 'kind: Pod\nspec: {hostNetwork: true, containers: []}\n'
    for (const f of ['ignored/a.yaml', 'vendor/b.yaml', 'kept/c.yaml']) {
      mkdirSync(path.dirname(path.join(dir, f)), { recursive: true })
      writeFileSync(path.join(dir, f), bad)
    }
    writeFileSync(path.join(dir, '.gitignore'), 'ignored/\n')
    mkdirSync(path.join(dir, '.github'))
    writeFileSync(path.join(dir, '.github/host-namespace-guard.yml'), 'paths:\n  exclude: ["vendor/**"]\n')
    const files = (out: string) => JSON.parse(out).findings.map((f: { file: string }) => f.file)
    expect(files((await cli(['scan', '--format', 'json'], dir)).stdout)).toEqual(['kept/c.yaml'])
    expect(files((await cli(['scan', 'ignored/a.yaml', '--format', 'json'], dir)).stdout)).toEqual(['ignored/a.yaml'])
  })

  it('reports an oversized file and a binary file instead of passing them silently', async () => {
    const dir = tmp()
    writeFileSync(path.join(dir, '.gitignore'), '')
    mkdirSync(path.join(dir, '.github'))
    writeFileSync(path.join(dir, '.github/host-namespace-guard.yml'), 'maxFileSize: 1KiB\n')
    writeFileSync(path.join(dir, 'big.yaml'), 'kind: Pod\n' + '# padding\n'.repeat(200))
    writeFileSync(path.join(dir, 'bin.yaml'), Buffer.from([0x6b, 0x00, 0x01]))
    const report = JSON.parse((await cli(['scan', '--format', 'json'], dir)).stdout)
    expect(report.findings.map((f: { file: string; ruleId: string; message: string }) => [f.file, f.ruleId, f.message])).toEqual([
      ['big.yaml', 'incomplete-scan', 'big.yaml is 2 KiB, over the 1 KiB limit (maxFileSize): not checked.'],
      ['bin.yaml', 'parse-error', 'bin.yaml is binary or not UTF-8 text (it has NUL bytes): not checked.'],
    ])
  })

  it('reads a file larger than one read buffer whole, and draws the size limit at the exact byte', async () => {
    const dir = tmp()
    mkdirSync(path.join(dir, '.github'))
    writeFileSync(path.join(dir, '.github/host-namespace-guard.yml'), 'maxFileSize: 1MiB\n')
    const padding = '# padding\n'.repeat(30_000)
    writeFileSync(path.join(dir, 'a-long.yaml'), `kind: Pod\n${padding}spec: {hostNetwork: true, containers: []}\n`)
    const pod = 'kind: Pod\nspec: {hostIPC: true, containers: []}\n'
    const exactly = (size: number) => pod + '#'.repeat(size - pod.length - 1) + '\n'
    writeFileSync(path.join(dir, 'b-at-limit.yaml'), exactly(1024 * 1024))
    writeFileSync(path.join(dir, 'c-over-limit.yaml'), exactly(1024 * 1024 + 1))
    // Read after the large ones: nothing of theirs may show through in a short file.
    writeFileSync(path.join(dir, 'd-short.yaml'), 'kind: Pod\nspec: {hostPID: true}\n')
    const report = JSON.parse((await cli(['scan', '--format', 'json'], dir)).stdout)
    expect(report.findings.map((f: { file: string; ruleId: string; line: number; message: string }) => [f.file, f.ruleId, f.line])).toEqual([
      ['a-long.yaml', 'host-network', 30_002],
      ['b-at-limit.yaml', 'host-ipc', 2],
      ['c-over-limit.yaml', 'incomplete-scan', 1],
      ['d-short.yaml', 'host-pid', 2],
    ])
    expect(report.findings[2].message).toBe('c-over-limit.yaml is 1048577 bytes, over the 1 MiB (1048576 bytes) limit (maxFileSize): not checked.')
  })

  it('bounds an alias bomb without blowing up', async () => {
    const dir = tmp()
    const levels = Array.from({ length: 12 }, (_, i) => `l${i + 1}: &l${i + 1} [${Array(10).fill(`*l${i}`).join(', ')}]`).join('\n')
    writeFileSync(
      path.join(dir, 'bomb.yaml'),
      `l0: &l0 [hostNetwork]\n${levels}\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostNetwork: true\n  containers: *l12\n`,
    )
    const r = await cli(['scan', '--format', 'json'], dir)
    expect(JSON.parse(r.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['host-network'])
  })

  it('reads an unquoted `off` in the config as turning the rule off (YAML 1.1 makes it false)', async () => {
    const dir = tmp()
    mkdirSync(path.join(dir, '.github'))
    writeFileSync(path.join(dir, '.github/host-namespace-guard.yml'), 'rules:\n  host-network: off\n')
    writeFileSync(path.join(dir, 'p.yaml'), 'kind: Pod\nspec: {hostNetwork: true, containers: []}\n')
    expect(await cli(['scan'], dir)).toMatchObject({ code: 0 })
  })

  it('exits 2 with the key and line for an invalid config, and for usage errors', async () => {
    const dir = tmp()
    mkdirSync(path.join(dir, '.github'))
    writeFileSync(path.join(dir, '.github/host-namespace-guard.yml'), 'rules:\n  host-network: fatal\n')
    const r = await cli(['scan'], dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toBe('host-namespace-guard: .github/host-namespace-guard.yml:2: rules.host-network: "fatal" is not one of error, warning, note, off\n')
    writeFileSync(path.join(dir, '.github/host-namespace-guard.yml'), 'rulez: {}\n')
    expect((await cli(['scan'], dir)).stderr).toContain(':1: rulez: unknown key; expected one of paths, rules, fileTypes, maxFileSize, maxFindings, exceptions')
    expect((await cli(['scan', '--format', 'xml'])).code).toBe(2)
    expect((await cli(['scan', 'no/such/path'])).stderr).toContain('path not found')
    expect((await cli(['frobnicate'])).code).toBe(2)
  })

  it('says plainly which option or command is unknown, and what was meant', async () => {
    const messages = async (argv: string[]) => {
      const r = await cli(argv)
      expect(r.code).toBe(2)
      return r.stderr.split('\n')[0]
    }
    expect(await messages(['scan', '--fomat', 'json'])).toBe('host-namespace-guard: scan: unknown option --fomat (did you mean --format?)')
    expect(await messages(['scan', '--format'])).toBe('host-namespace-guard: scan: --format needs a value')
    expect(await messages(['scan', '--fix=yes'])).toBe('host-namespace-guard: scan: --fix takes no value')
    expect(await messages(['scna'])).toBe('host-namespace-guard: unknown command scna (did you mean scan?)')
    expect(await messages(['exceptions', '--roots', '.'])).toBe('host-namespace-guard: exceptions: unknown option --roots (did you mean --root?)')
    expect(await messages(['scan', '--zzz'])).toBe('host-namespace-guard: scan: unknown option --zzz')
  })

  it('takes -f and -o, a path as the first word, and names a missing config file as given', async () => {
    const dir = tmp()
    writeFileSync(path.join(dir, 'pod.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {hostPID: true, containers: []}\n')
    const json = await cli(['pod.yaml', '-f', 'json', '-o', 'out.json'], dir)
    expect(json.code).toBe(1)
    expect(JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8')).findings[0].ruleId).toBe('host-pid')
    const missing = await cli(['scan', '--config', 'nope.yml'], dir)
    expect(missing.code).toBe(2)
    expect(missing.stderr).toBe('host-namespace-guard: nope.yml: config file not found\n')
  })

  it('runs from dist/ with no node_modules (the bundle is self-contained)', () => {
    const dir = tmp()
    cpSync('dist', path.join(dir, 'dist'), { recursive: true })
    cpSync('examples', path.join(dir, 'examples'), { recursive: true })
    cpSync('.github/host-namespace-guard.yml', path.join(dir, '.github/host-namespace-guard.yml'))
    const r = spawnSync(process.execPath, ['dist/cli/index.js', 'scan', 'examples', '--format', 'json'], { cwd: dir, encoding: 'utf8' })
    expect(r.status).toBe(1)
    expect(JSON.parse(r.stdout).summary).toMatchObject({ total: 13, failing: 12, suppressed: 1 })
    expect(execFileSync(process.execPath, ['dist/cli/index.js', '--version'], { cwd: dir, encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+$/)
  })
})

describe('hostile input stays cheap', () => {
  it('resolves a merge-key bomb once per map', async () => {
    const dir = tmp()
    const levels = Array.from({ length: 8 }, (_, i) => `a${i + 1}: &a${i + 1} {<<: [${Array(10).fill(`*a${i}`).join(', ')}]}`).join('\n')
    writeFileSync(
      path.join(dir, 'bomb.yaml'),
      `# hostNetwork\na0: &a0 {k: 1}\n${levels}\nkind: Pod\nmetadata: {name: p}\nspec: {<<: *a8, hostNetwork: true, containers: []}\n`,
    )
    const report = JSON.parse((await cli(['scan', '--format', 'json'], dir)).stdout)
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['host-network'])
  })

  it('reads long runs of braces and of shell option letters in linear time', async () => {
    const dir = tmp()
    writeFileSync(path.join(dir, 'a.yaml'), `# hostNetwork\nx: "${'{'.repeat(200_000)}"\n`)
    writeFileSync(path.join(dir, 'b.sh'), `sh -${'c'.repeat(200_000)}! x\ndocker run --pid=host img\n`)
    const report = JSON.parse((await cli(['scan', '--format', 'json'], dir)).stdout)
    expect(report.findings.map((f: { file: string; ruleId: string }) => `${f.file} ${f.ruleId}`)).toEqual(['b.sh host-pid'])
  }, 20_000)

  it('says so when a custom resource is too large to search for a pod template', async () => {
    const dir = tmp()
    const many = Array.from({ length: 21_000 }, () => '{}').join(', ')
    writeFileSync(
      path.join(dir, 'cr.yaml'),
      `apiVersion: example.com/v1\nkind: Thing\nmetadata: {name: t}\nspec:\n  noise: [${many}]\n  template:\n    spec: {hostNetwork: true, containers: []}\n`,
    )
    const report = JSON.parse((await cli(['scan', '--format', 'json', '--fail-on', 'never'], dir)).stdout)
    expect(report.findings.map((f: { ruleId: string; message: string }) => f.ruleId)).toContain('incomplete-scan')
    expect(report.findings.find((f: { ruleId: string }) => f.ruleId === 'incomplete-scan').message).toContain(
      'too large or too deeply nested to search for an embedded pod template',
    )
  })
})
