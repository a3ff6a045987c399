import { describe, it, expect } from '@jest/globals'
import type { Span } from '../../src/model.js'
import { findContainerCommands, parseEngineOptions, type CommandFlag, type ContainerCommand } from '../../src/parse/shell.js'
import { SourceText } from '../../src/parse/source.js'

/** [line, column, endLine, endColumn], 1-based, end exclusive. */
type At = [number, number, number, number]
const at = (s: Span): At => [s.start.line, s.start.column, s.end.line, s.end.column]

interface FlagCase {
  name: CommandFlag['name']
  written: string
  value: string
  span: At
  valueSpan: At
}
interface CommandCase {
  tool: ContainerCommand['tool']
  written?: string
  subcommand: string
  span: At
  flags: FlagCase[]
}

const flagOf = (f: CommandFlag): FlagCase => ({ name: f.name, written: f.written, value: f.value, span: at(f.span), valueSpan: at(f.valueSpan) })
const commandOf = (c: ContainerCommand): CommandCase => ({
  tool: c.tool,
  ...(c.written !== undefined ? { written: c.written } : {}),
  subcommand: c.subcommand,
  span: at(c.span),
  flags: c.flags.map(flagOf),
})
const find = (code: string, path = 'x.sh'): CommandCase[] => findContainerCommands(new SourceText(path, code)).map(commandOf)

/** Shorthand for a flag on line 1. */
const net = (col: number, end: number, vcol: number, vend: number, value = 'host', written = '--network'): FlagCase =>
  ({ name: 'network', written, value, span: [1, col, 1, end], valueSpan: [1, vcol, 1, vend] })
/** `--<written>=host` on one line: the flag from `col`, its value the last four characters. */
const hostFlag = (written: string, line: number, col: number): FlagCase => {
  const end = col + written.length + 5
  const name = written === '--net' ? 'network' : (written.slice(2) as CommandFlag['name'])
  return { name, written, value: 'host', span: [line, col, line, end], valueSpan: [line, end - 4, line, end] }
}
/** A command on one line of `length` characters from `col`, with `--<flag>=host` at `flagCol`. */
const cmd = (tool: CommandCase['tool'], line: number, col: number, end: number, flag: string, flagCol: number, extra: Partial<CommandCase> = {}): CommandCase =>
  ({ tool, ...extra, subcommand: extra.subcommand ?? 'run', span: [line, col, line, end], flags: [hostFlag(flag, line, flagCol)] })

const cases: Array<{ name: string; code: string; commands: CommandCase[] }> = [
  // Spellings
  { name: '--network=host', code: 'docker run --network=host alpine', commands: [{ tool: 'docker', subcommand: 'run', span: [1, 1, 1, 33], flags: [net(12, 26, 22, 26)] }] },
  { name: '--network host', code: 'docker run --network host alpine', commands: [{ tool: 'docker', subcommand: 'run', span: [1, 1, 1, 33], flags: [net(12, 26, 22, 26)] }] },
  { name: '--net=host', code: 'podman run --net=host img', commands: [{ tool: 'podman', subcommand: 'run', span: [1, 1, 1, 26], flags: [net(12, 22, 18, 22, 'host', '--net')] }] },
  {
    name: '--pid=host and --ipc host',
    code: 'nerdctl run --pid=host --ipc host img',
    commands: [{
      tool: 'nerdctl', subcommand: 'run', span: [1, 1, 1, 38],
      flags: [
        { name: 'pid', written: '--pid', value: 'host', span: [1, 13, 1, 23], valueSpan: [1, 19, 1, 23] },
        { name: 'ipc', written: '--ipc', value: 'host', span: [1, 24, 1, 34], valueSpan: [1, 30, 1, 34] },
      ],
    }],
  },
  { name: 'double-quoted separate value', code: 'docker run --network "host" img', commands: [{ tool: 'docker', subcommand: 'run', span: [1, 1, 1, 32], flags: [net(12, 28, 23, 27)] }] },
  { name: 'single-quoted whole flag', code: "docker run '--network=host' img", commands: [{ tool: 'docker', subcommand: 'run', span: [1, 1, 1, 32], flags: [net(12, 28, 23, 27)] }] },
  { name: 'quoted value after =', code: 'docker run --net="host" img', commands: [{ tool: 'docker', subcommand: 'run', span: [1, 1, 1, 28], flags: [net(12, 24, 19, 23, 'host', '--net')] }] },
  { name: 'flag name case kept in written, value as written', code: 'docker run --NETWORK=Host x', commands: [{ tool: 'docker', subcommand: 'run', span: [1, 1, 1, 28], flags: [net(12, 26, 22, 26, 'Host', '--NETWORK')] }] },
  { name: 'GitHub expression value is one word', code: 'docker run --network ${{ matrix.net }} img', commands: [{ tool: 'docker', subcommand: 'run', span: [1, 1, 1, 43], flags: [net(12, 39, 22, 39, '${{ matrix.net }}')] }] },
  { name: 'empty value', code: 'docker run --network= img', commands: [{ tool: 'docker', subcommand: 'run', span: [1, 1, 1, 26], flags: [net(12, 22, 22, 22, '')] }] },
  { name: 'missing value is no flag', code: 'docker run --network', commands: [{ tool: 'docker', subcommand: 'run', span: [1, 1, 1, 21], flags: [] }] },

  // Prefixes
  { name: 'sudo with options', code: 'sudo -E -u root docker run --net=host x', commands: [{ tool: 'docker', subcommand: 'run', span: [1, 17, 1, 40], flags: [net(28, 38, 34, 38, 'host', '--net')] }] },
  { name: 'env assignments and an absolute path', code: 'FOO=1 BAR="a b" /usr/bin/docker run --network=host x', commands: [{ tool: 'docker', subcommand: 'run', span: [1, 17, 1, 53], flags: [net(37, 51, 47, 51)] }] },
  { name: 'exec, time, timeout with its duration', code: 'exec time timeout 5m podman run --network=host x', commands: [{ tool: 'podman', subcommand: 'run', span: [1, 22, 1, 49], flags: [net(33, 47, 43, 47)] }] },
  { name: 'shell keywords', code: 'if ! docker run --network=host x; then :; fi', commands: [{ tool: 'docker', subcommand: 'run', span: [1, 6, 1, 33], flags: [net(17, 31, 27, 31)] }] },

  // Subcommands and global options
  { name: 'docker container run', code: 'docker container run --network=host x', commands: [{ tool: 'docker', subcommand: 'run', span: [1, 1, 1, 38], flags: [net(22, 36, 32, 36)] }] },
  { name: 'podman container create', code: 'podman container create --pid=host x', commands: [{ tool: 'podman', subcommand: 'create', span: [1, 1, 1, 37], flags: [{ name: 'pid', written: '--pid', value: 'host', span: [1, 25, 1, 35], valueSpan: [1, 31, 1, 35] }] }] },
  { name: 'podman pod create --network host', code: 'podman pod create --name p --network host', commands: [{ tool: 'podman', subcommand: 'pod create', span: [1, 1, 1, 42], flags: [net(28, 42, 38, 42)] }] },
  { name: 'docker buildx build', code: 'docker buildx build --network=host .', commands: [{ tool: 'docker', subcommand: 'build', span: [1, 1, 1, 37], flags: [net(21, 35, 31, 35)] }] },
  { name: 'buildx options before build', code: 'docker buildx --builder b build --network=host .', commands: [{ tool: 'docker', subcommand: 'build', span: [1, 1, 1, 49], flags: [net(33, 47, 43, 47)] }] },
  { name: 'docker image build', code: 'docker image build --network=host .', commands: [{ tool: 'docker', subcommand: 'build', span: [1, 1, 1, 36], flags: [net(20, 34, 30, 34)] }] },
  { name: 'build flags after the context count', code: 'docker build --no-cache . --network host -t x', commands: [{ tool: 'docker', subcommand: 'build', span: [1, 1, 1, 46], flags: [net(27, 41, 37, 41)] }] },
  { name: 'global options before the subcommand', code: 'docker --log-level debug -H tcp://x --tls run --network=host x', commands: [{ tool: 'docker', subcommand: 'run', span: [1, 1, 1, 63], flags: [net(47, 61, 57, 61)] }] },
  { name: 'podman --remote', code: 'podman --remote run --network=host x', commands: [{ tool: 'podman', subcommand: 'run', span: [1, 1, 1, 37], flags: [net(21, 35, 31, 35)] }] },
  { name: 'subcommands that start no container', code: 'docker ps --filter x\ndocker network create --driver host n\ndocker exec --env x c sh\ndocker', commands: [] },

  // Arity: flags after the image go to the container
  { name: 'flag after the image is the container\'s', code: 'docker run img --net=host', commands: [{ tool: 'docker', subcommand: 'run', span: [1, 1, 1, 26], flags: [] }] },
  { name: '-it, -e X=1, -v a:b before the flag', code: 'docker run -it --rm -e X=1 -v /a:/b --network=host img', commands: [{ tool: 'docker', subcommand: 'run', span: [1, 1, 1, 55], flags: [net(37, 51, 47, 51)] }] },
  { name: '-dit, -p 80:80, -p8080:80', code: 'docker run -dit -p 80:80 -p8080:80 --ipc=host img', commands: [{ tool: 'docker', subcommand: 'run', span: [1, 1, 1, 50], flags: [{ name: 'ipc', written: '--ipc', value: 'host', span: [1, 36, 1, 46], valueSpan: [1, 42, 1, 46] }] }] },
  { name: '-e takes the next word, which is the image otherwise', code: 'docker run -e X img --pid=host', commands: [{ tool: 'docker', subcommand: 'run', span: [1, 1, 1, 31], flags: [] }] },
  { name: '--name x then flag, -- ends options', code: 'docker run --name x --pid host -- img --ipc=host', commands: [{ tool: 'docker', subcommand: 'run', span: [1, 1, 1, 49], flags: [{ name: 'pid', written: '--pid', value: 'host', span: [1, 21, 1, 31], valueSpan: [1, 27, 1, 31] }] }] },
  { name: 'redirections are not words', code: 'docker run 2>/dev/null --network host img > out.txt', commands: [{ tool: 'docker', subcommand: 'run', span: [1, 1, 1, 42], flags: [net(24, 38, 34, 38)] }] },

  // Lines, comments, quotes
  {
    name: 'backslash continuations',
    code: 'docker run --rm \\\n  --network host \\\n  alpine',
    commands: [{ tool: 'docker', subcommand: 'run', span: [1, 1, 3, 9], flags: [{ name: 'network', written: '--network', value: 'host', span: [2, 3, 2, 17], valueSpan: [2, 13, 2, 17] }] }],
  },
  {
    name: 'CRLF continuations',
    code: 'docker run \\\r\n  --network=host img\r\necho\r\n',
    commands: [{ tool: 'docker', subcommand: 'run', span: [1, 1, 2, 21], flags: [{ name: 'network', written: '--network', value: 'host', span: [2, 3, 2, 17], valueSpan: [2, 13, 2, 17] }] }],
  },
  { name: 'comments', code: '# docker run --net=host x\ndocker run --rm alpine # --network=host\n  # podman run --pid=host x', commands: [{ tool: 'docker', subcommand: 'run', span: [2, 1, 2, 23], flags: [] }] },
  { name: 'a quoted string given to echo is not a command', code: 'echo "docker run --net=host img"\nprintf \'%s\' "podman run --pid=host x"', commands: [] },
  { name: 'sh -c string is a script', code: 'bash -c "docker run --net=host img"', commands: [{ tool: 'docker', subcommand: 'run', span: [1, 10, 1, 35], flags: [net(21, 31, 27, 31, 'host', '--net')] }] },
  { name: 'sh -ec and ssh strings', code: "sh -ec 'podman run --pid=host x'\nssh -p 22 h 'docker run --ipc=host y'", commands: [
    { tool: 'podman', subcommand: 'run', span: [1, 9, 1, 32], flags: [{ name: 'pid', written: '--pid', value: 'host', span: [1, 20, 1, 30], valueSpan: [1, 26, 1, 30] }] },
    { tool: 'docker', subcommand: 'run', span: [2, 14, 2, 37], flags: [{ name: 'ipc', written: '--ipc', value: 'host', span: [2, 25, 2, 35], valueSpan: [2, 31, 2, 35] }] },
  ] },
  {
    name: 'operators split commands',
    code: 'make && docker run --net=host x; podman run --pid=host y | tee log || true',
    commands: [
      { tool: 'docker', subcommand: 'run', span: [1, 9, 1, 32], flags: [net(20, 30, 26, 30, 'host', '--net')] },
      { tool: 'podman', subcommand: 'run', span: [1, 34, 1, 57], flags: [{ name: 'pid', written: '--pid', value: 'host', span: [1, 45, 1, 55], valueSpan: [1, 51, 1, 55] }] },
    ],
  },
  {
    name: 'command substitution and backticks',
    code: 'CID=$(docker run -d --network host img)\nX=`podman run --pid=host y`',
    commands: [
      { tool: 'docker', subcommand: 'run', span: [1, 7, 1, 39], flags: [net(21, 35, 31, 35)] },
      { tool: 'podman', subcommand: 'run', span: [2, 4, 2, 27], flags: [{ name: 'pid', written: '--pid', value: 'host', span: [2, 15, 2, 25], valueSpan: [2, 21, 2, 25] }] },
    ],
  },
  { name: 'substitution in a value stays in the word', code: 'docker run --network=$(cat net) img', commands: [{ tool: 'docker', subcommand: 'run', span: [1, 1, 1, 36], flags: [net(12, 32, 22, 32, '$(cat net)')] }] },
  {
    name: 'workflow YAML: list item, run: key, block scalar, quoted value, prose apostrophe',
    code: [
      'jobs:',
      '  a:',
      '    steps:',
      "      - name: Build the app's image",
      '        run: docker run --network host img',
      '      - run: |',
      '          docker run \\',
      '            --pid=host img',
      '      - run: "podman run --ipc=host img"',
      '      - name: docker run --network host is only a name',
    ].join('\n'),
    commands: [
      { tool: 'docker', subcommand: 'run', span: [5, 14, 5, 43], flags: [{ name: 'network', written: '--network', value: 'host', span: [5, 25, 5, 39], valueSpan: [5, 35, 5, 39] }] },
      { tool: 'docker', subcommand: 'run', span: [7, 11, 8, 27], flags: [{ name: 'pid', written: '--pid', value: 'host', span: [8, 13, 8, 23], valueSpan: [8, 19, 8, 23] }] },
      { tool: 'podman', subcommand: 'run', span: [9, 15, 9, 40], flags: [{ name: 'ipc', written: '--ipc', value: 'host', span: [9, 26, 9, 36], valueSpan: [9, 32, 9, 36] }] },
    ],
  },
  { name: 'GitLab script list item', code: 'script:\n  - docker run --net=host x', commands: [{ tool: 'docker', subcommand: 'run', span: [2, 5, 2, 28], flags: [{ name: 'network', written: '--net', value: 'host', span: [2, 16, 2, 26], valueSpan: [2, 22, 2, 26] }] }] },
  {
    name: 'Makefile recipe: @ prefix kept out of the span, $(DOCKER) names the engine',
    code: 'run:\n\t@docker run --network=host img\n\t$(DOCKER) run --net=host x\n',
    commands: [
      { tool: 'docker', subcommand: 'run', span: [2, 3, 2, 32], flags: [{ name: 'network', written: '--network', value: 'host', span: [2, 14, 2, 28], valueSpan: [2, 24, 2, 28] }] },
      cmd('docker', 3, 2, 28, '--net', 16, { written: '$(DOCKER)' }),
    ],
  },
  { name: 'BOM at the start', code: '\uFEFFdocker run --network=host x', commands: [{ tool: 'docker', subcommand: 'run', span: [1, 1, 1, 28], flags: [net(12, 26, 22, 26)] }] },
  // An unclosed `$(` ends the word's value, not its span.
  { name: 'odd input never throws', code: 'docker run "--network=host\n\'$(`)((\\', commands: [{ tool: 'docker', subcommand: 'run', span: [1, 1, 2, 9], flags: [{ name: 'network', written: '--network', value: "host\n'", span: [1, 12, 2, 9], valueSpan: [1, 23, 2, 2] }] }] },
  { name: 'empty', code: '', commands: [] },
]

describe('findContainerCommands', () => {
  it.each(cases)('$name', ({ code, commands }) => {
    expect(find(code)).toEqual(commands)
  })

  it('scans only the given range', () => {
    const code = 'docker run --net=host a\ndocker run --pid=host b\n'
    const src = new SourceText('x.sh', code)
    const found = findContainerCommands(src, code.indexOf('\n') + 1, code.length).map(commandOf)
    expect(found).toEqual([{ tool: 'docker', subcommand: 'run', span: [2, 1, 2, 24], flags: [{ name: 'pid', written: '--pid', value: 'host', span: [2, 12, 2, 22], valueSpan: [2, 18, 2, 22] }] }])
  })
})

interface TableCase {
  name: string
  code: string
  /** Default x.sh; a Makefile or workflow path where the file kind matters. */
  path?: string
  commands: CommandCase[]
}

const runTable = (cases: TableCase[]) =>
  it.each(cases)('$name', ({ code, path, commands }) => {
    expect(find(code, path)).toEqual(commands)
  })

describe('xargs runs its arguments as a command', () => {
  runTable([
    { name: 'after a pipe', code: 'find . | xargs docker run --network=host img', commands: [cmd('docker', 1, 16, 45, '--network', 27)] },
    { name: 'attached values -n1 -I{}', code: 'xargs -n1 -I{} podman run --pid=host {}', commands: [cmd('podman', 1, 16, 40, '--pid', 27)] },
    { name: 'separate values -P 4 -I {}', code: 'xargs -P 4 -I {} docker run --ipc=host {}', commands: [cmd('docker', 1, 18, 42, '--ipc', 29)] },
    { name: 'booleans -0 -r -t', code: 'xargs -0 -r -t docker run --net=host x', commands: [cmd('docker', 1, 16, 39, '--net', 27)] },
    { name: 'long options with separate values', code: 'xargs --max-args 1 --arg-file list --delimiter , docker run --net=host x', commands: [cmd('docker', 1, 50, 73, '--net', 61)] },
    { name: 'a cluster ending in an option with a value: -0I {}', code: 'xargs -0I {} docker run --net=host {}', commands: [cmd('docker', 1, 14, 38, '--net', 25)] },
    { name: '-i, --max-lines, -e take only an attached value', code: 'xargs -i --max-lines -e docker run --net=host {}', commands: [cmd('docker', 1, 25, 49, '--net', 36)] },
    { name: 'BSD -J, -R, -S', code: 'xargs -J % -R 2 -S 255 docker run --net=host %', commands: [cmd('docker', 1, 24, 47, '--net', 35)] },
    { name: 'xargs sh -c string', code: 'xargs -I{} sh -c "docker run --net=host {}"', commands: [cmd('docker', 1, 19, 43, '--net', 30)] },
    { name: 'xargs sudo', code: 'xargs -r sudo podman run --pid=host x', commands: [cmd('podman', 1, 15, 38, '--pid', 26)] },
    { name: 'not when xargs runs another command, or -a takes the next word, or xargs is an argument', code: 'xargs echo docker run --net=host a\nxargs -a docker run --net=host b\necho xargs docker run --net=host c', commands: [] },
  ])
})

describe('an engine named through a variable', () => {
  runTable([
    { name: '$DOCKER', code: '$DOCKER run --net=host img', commands: [cmd('docker', 1, 1, 27, '--net', 13, { written: '$DOCKER' })] },
    { name: '${DOCKER}', code: '${DOCKER} run --net=host img', commands: [cmd('docker', 1, 1, 29, '--net', 15, { written: '${DOCKER}' })] },
    { name: '"$DOCKER": the span starts at the quote', code: '"$DOCKER" run --net=host img', commands: [cmd('docker', 1, 1, 29, '--net', 15, { written: '"$DOCKER"' })] },
    { name: 'the tool named in the variable name', code: '"${PODMAN_BIN}" run --pid=host img', commands: [cmd('podman', 1, 1, 35, '--pid', 21, { written: '"${PODMAN_BIN}"' })] },
    { name: 'a default that is a tool: ${CONTAINER_ENGINE:-podman}', code: '${CONTAINER_ENGINE:-podman} run --net=host img', commands: [cmd('podman', 1, 1, 47, '--net', 33, { written: '${CONTAINER_ENGINE:-podman}' })] },
    { name: 'a default for an unset name only: ${X-nerdctl}', code: '${X-nerdctl} run --ipc=host img', commands: [cmd('nerdctl', 1, 1, 32, '--ipc', 18, { written: '${X-nerdctl}' })] },
    { name: 'an assigning default with a path: ${RUNNER:=/usr/bin/podman}', code: '${RUNNER:=/usr/bin/podman} run --net=host img', commands: [cmd('podman', 1, 1, 46, '--net', 32, { written: '${RUNNER:=/usr/bin/podman}' })] },
    {
      name: 'kubebuilder Makefile: CONTAINER_TOOL ?= podman, @$(CONTAINER_TOOL) build',
      path: 'Makefile',
      code: 'CONTAINER_TOOL ?= podman\n\ndocker-build:\n\t@$(CONTAINER_TOOL) build --network=host -t ${IMG} .\n',
      commands: [cmd('podman', 4, 3, 53, '--network', 27, { written: '$(CONTAINER_TOOL)', subcommand: 'build' })],
    },
    { name: 'Make := assignment gives any name its tool', path: 'Makefile', code: 'RUNNER := nerdctl\nrun:\n\t$(RUNNER) run --net=host img\n', commands: [cmd('nerdctl', 3, 2, 30, '--net', 16, { written: '$(RUNNER)' })] },
    { name: 'export NAME=tool', code: 'export RUNNER=podman\n"${RUNNER}" run --net=host img', commands: [cmd('podman', 2, 1, 31, '--net', 17, { written: '"${RUNNER}"' })] },
    { name: 'NAME=tool; on the same line', code: 'RUNNER=docker; $RUNNER run --ipc=host img', commands: [cmd('docker', 1, 16, 42, '--ipc', 28, { written: '$RUNNER' })] },
    { name: 'NAME="${NAME:-tool}"', code: 'DOCKER="${DOCKER:-podman}"\n$DOCKER run --net=host img', commands: [cmd('podman', 2, 1, 27, '--net', 13, { written: '$DOCKER' })] },
    { name: 'GitLab script list items', code: 'script:\n  - export RT=nerdctl\n  - $RT run --net=host img', commands: [cmd('nerdctl', 3, 5, 27, '--net', 13, { written: '$RT' })] },
    {
      name: 'engine-ish names: podman, OCI_BIN, *_CONTAINER_RUNTIME, NERDCTL',
      code: '$podman run --net=host a\n$OCI_BIN run --pid=host b\n$MY_CONTAINER_RUNTIME run --ipc=host c\n$NERDCTL run --net=host d',
      commands: [
        cmd('podman', 1, 1, 25, '--net', 13, { written: '$podman' }),
        cmd('docker', 2, 1, 26, '--pid', 14, { written: '$OCI_BIN' }),
        cmd('docker', 3, 1, 39, '--ipc', 27, { written: '$MY_CONTAINER_RUNTIME' }),
        cmd('nerdctl', 4, 1, 26, '--net', 14, { written: '$NERDCTL' }),
      ],
    },
    {
      name: 'an assignment from $(shell ...) says nothing: the name decides',
      path: 'Makefile',
      code: 'CONTAINER_TOOL ?= $(shell command -v podman)\nrun:\n\t$(CONTAINER_TOOL) run --net=host img\n',
      commands: [cmd('docker', 3, 2, 38, '--net', 24, { written: '$(CONTAINER_TOOL)' })],
    },
    { name: 'after a wrapper', code: 'sudo -E $DOCKER run --net=host x', commands: [cmd('docker', 1, 9, 33, '--net', 21, { written: '$DOCKER' })] },
    { name: 'not engines: $RUNNER, $(MAKE), $CMD, ${X:-echo}', code: '$RUNNER run --net=host a\n$(MAKE) run --net=host b\n$CMD run --net=host c\n${X:-echo} run --net=host d', commands: [] },
    { name: 'not expansions: single quotes, an escaped $', code: "'$DOCKER' run --net=host a\n\\$DOCKER run --net=host b", commands: [] },
    { name: 'an assignment that is not a tool overrides the name (dry run)', code: 'DOCKER=echo\n$DOCKER run --net=host a\n${ENGINE:-echo} run --net=host b', commands: [] },
    { name: 'a command prefix such as docker compose is not the engine', path: 'Makefile', code: 'DOCKER ?= docker compose\nx:\n\t$(DOCKER) run --net=host a\n', commands: [] },
    { name: 'compose names and names that only contain ENGINE', code: '$DOCKER_COMPOSE run --net=host a\n$SEARCHENGINE run --net=host b', commands: [] },
    {
      name: 'not one expansion alone, not in command position, not a container subcommand',
      code: '$DOCKER$TAG run --net=host a\n$DOCKER.sh run --net=host b\n${{ matrix.engine }} run --net=host c\necho $DOCKER run --net=host d\n$DOCKER ps --filter e',
      commands: [],
    },
  ])
})

describe('heredoc bodies are data', () => {
  runTable([
    { name: '<<EOT: only the command after the terminator', code: 'cat <<EOT\ndocker run --net=host x\nEOT\ndocker run --pid=host y', commands: [cmd('docker', 4, 1, 24, '--pid', 12)] },
    { name: '<<-EOT: tabs before the terminator', code: 'cat <<-EOT\n\tdocker run --net=host x\n\t\tEOT\ndocker run --pid=host y', commands: [cmd('docker', 4, 1, 24, '--pid', 12)] },
    {
      name: "quoted and escaped delimiters: <<'EOT', <<\"EOT\", << EOT, <<\\EOT",
      code: "cat <<'EOT' >f\ndocker run --net=host x\nEOT\ncat <<\"EOT\"\ndocker run --net=host x\nEOT\ncat << EOT\ndocker run --net=host x\nEOT\ncat <<\\EOT\ndocker run --net=host x\nEOT\ndocker run --pid=host y",
      commands: [cmd('docker', 13, 1, 24, '--pid', 12)],
    },
    { name: 'the operator line goes on after the operator', code: 'cat <<EOT | tee f && docker run --ipc=host z\ndocker run --net=host x\nEOT\n', commands: [cmd('docker', 1, 22, 45, '--ipc', 33)] },
    { name: 'two heredocs on one line, bodies in order', code: 'cat <<A <<B\ndocker run --net=host x\nA\ndocker run --ipc=host x\nB\ndocker run --pid=host y', commands: [cmd('docker', 6, 1, 24, '--pid', 12)] },
    { name: 'unterminated (a blank after the delimiter is not it): the body runs to the end', code: 'cat <<EOT\ndocker run --net=host x\nEOT \ndocker run --pid=host y', commands: [] },
    { name: '<<< is a here-string', code: 'cat <<<"docker run --net=host x"\ndocker run --pid=host y', commands: [cmd('docker', 2, 1, 24, '--pid', 12)] },
    { name: 'CRLF lines', code: 'cat <<EOF\r\ndocker run --net=host a\r\nEOF\r\ndocker run --pid=host b\r\n', commands: [cmd('docker', 4, 1, 24, '--pid', 12)] },
    { name: 'body at column 0 inside an indented function', code: 'f() {\n  cat <<EOF\ndocker run --net=host a\nEOF\n  docker run --pid=host b\n}\n', commands: [cmd('docker', 5, 3, 26, '--pid', 14)] },
    { name: 'inside $(...)', code: 'X=$(cat <<EOF\ndocker run --net=host a\nEOF\n)\ndocker run --pid=host b\n', commands: [cmd('docker', 5, 1, 24, '--pid', 12)] },
    {
      name: 'workflow run: | block: the terminator is as indented as the operator line',
      path: '.github/workflows/ci.yml',
      code: 'jobs:\n  a:\n    steps:\n      - run: |\n          cat <<EOF >> "$GITHUB_STEP_SUMMARY"\n          docker run --net=host a\n          EOF\n          docker run --pid=host b\n',
      commands: [cmd('docker', 8, 11, 34, '--pid', 22)],
    },
    { name: 'arithmetic shifts are not heredocs', code: 'echo $((1 << 2)); (( n <<= 1 )); x=$(( a << b ))\ndocker run --net=host a', commands: [cmd('docker', 2, 1, 24, '--net', 12)] },
    { name: 'a YAML merge key is not a heredoc', path: '.github/workflows/ci.yml', code: 'x: &b {a: 1}\ny:\n  <<: *b\n  run: docker run --net=host a\n', commands: [cmd('docker', 4, 8, 31, '--net', 19)] },
    { name: 'Makefile: each recipe line runs alone, so the "body" runs', path: 'Makefile', code: 'x:\n\tcat <<EOF > f\n\tdocker run --net=host a\n\tEOF\n', commands: [cmd('docker', 3, 2, 25, '--net', 13)] },
    { name: 'Makefile with .ONESHELL: a real heredoc', path: 'Makefile', code: '.ONESHELL:\nx:\n\tcat <<EOF > f\n\tdocker run --net=host a\n\tEOF\n\tdocker run --pid=host b\n', commands: [cmd('docker', 6, 2, 25, '--pid', 13)] },
    { name: 'odd heredoc input never throws', code: 'cat <<\n<<EOF <<<\n$((<<EOF\ncat <<"EOF\n<<$(x)\n`cat <<A`\nA\n', commands: [] },
  ])
})

describe('heredoc bodies that a shell reads are scripts', () => {
  runTable([
    { name: 'bash <<EOT', code: 'bash <<EOT\ndocker run --net=host x\nEOT\n', commands: [cmd('docker', 2, 1, 24, '--net', 12)] },
    { name: 'sudo bash -s -- args, indented body', code: 'sudo bash -s -- prod <<EOT\n  docker run --net=host x\nEOT\n', commands: [cmd('docker', 2, 3, 26, '--net', 14)] },
    { name: "sh -eu <<'EOT'", code: "sh -eu <<'EOT'\ndocker run --net=host x\nEOT\n", commands: [cmd('docker', 2, 1, 24, '--net', 12)] },
    { name: 'ssh host: the login shell reads it', code: 'ssh deploy@host <<EOT\ndocker run --net=host x\nEOT\n', commands: [cmd('docker', 2, 1, 24, '--net', 12)] },
    { name: 'ssh with options and a remote bash', code: 'ssh -p 22 -o BatchMode=yes h bash <<EOT\ndocker run --net=host x\nEOT\n', commands: [cmd('docker', 2, 1, 24, '--net', 12)] },
    { name: "ssh h 'sudo bash -s'", code: "ssh h 'sudo bash -s' <<EOT\ndocker run --net=host x\nEOT\n", commands: [cmd('docker', 2, 1, 24, '--net', 12)] },
    { name: 'cat <<EOT | sudo sh', code: 'cat <<EOT | sudo sh\ndocker run --net=host x\nEOT\n', commands: [cmd('docker', 2, 1, 24, '--net', 12)] },
    { name: 'docker exec -i c sh', code: 'docker exec -i c sh <<EOT\ndocker run --net=host x\nEOT\n', commands: [cmd('docker', 2, 1, 24, '--net', 12)] },
    { name: 'podman exec -it -u root c bash -s', code: 'podman exec -it -u root c bash -s <<EOT\npodman run --pid=host x\nEOT\n', commands: [cmd('podman', 2, 1, 24, '--pid', 12)] },
    { name: 'kubectl -n ns exec -i pod -- sh', code: 'kubectl -n ns exec -i pod -- sh <<EOT\ndocker run --net=host x\nEOT\n', commands: [cmd('docker', 2, 1, 24, '--net', 12)] },
    { name: 'a heredoc in a heredoc', code: 'bash <<A\nssh h <<B\ndocker run --net=host a\nB\nA\n', commands: [cmd('docker', 3, 1, 24, '--net', 12)] },
    { name: 'of two stdin heredocs the last is the input', code: 'bash <<A <<B\ndocker run --net=host a\nA\ndocker run --pid=host b\nB\n', commands: [cmd('docker', 4, 1, 24, '--pid', 12)] },
    { name: 'workflow run: | block', path: '.github/workflows/ci.yml', code: 'steps:\n  - run: |\n      ssh host bash <<EOF\n        docker run --net=host a\n      EOF\n', commands: [cmd('docker', 4, 9, 32, '--net', 20)] },
    {
      name: 'not a script: bash -c, bash script.sh, a remote cat, exec without -i, fd 3, a file written',
      code: [
        'bash -c "echo" <<EOT', 'docker run --net=host a', 'EOT',
        'bash script.sh <<EOT', 'docker run --net=host b', 'EOT',
        'ssh host cat > f <<EOT', 'docker run --net=host c', 'EOT',
        'docker exec c sh <<EOT', 'docker run --net=host d', 'EOT',
        'kubectl exec pod -- sh <<EOT', 'docker run --net=host e', 'EOT',
        'cat 3<<EOT | sh', 'docker run --net=host f', 'EOT',
        'cat <<EOT > run.sh', 'docker run --net=host g', 'EOT',
        'cat <<A', 'bash <<B', 'docker run --net=host h', 'B', 'A',
      ].join('\n'),
      commands: [],
    },
  ])
})

describe('parseEngineOptions', () => {
  it.each([
    {
      name: 'container.options value',
      code: '    options: --network host --pid=host --cpus 1',
      from: '--network',
      flags: [
        { name: 'network', written: '--network', value: 'host', span: [1, 14, 1, 28], valueSpan: [1, 24, 1, 28] },
        { name: 'pid', written: '--pid', value: 'host', span: [1, 29, 1, 39], valueSpan: [1, 35, 1, 39] },
      ],
    },
    { name: 'YAML-quoted value', code: 'options: "--ipc=host --rm"', from: '"', flags: [{ name: 'ipc', written: '--ipc', value: 'host', span: [1, 11, 1, 21], valueSpan: [1, 17, 1, 21] }] },
    { name: 'folded over lines', code: 'options: >-\n  --cpus 1\n  --net host', from: '>', flags: [{ name: 'network', written: '--net', value: 'host', span: [3, 3, 3, 13], valueSpan: [3, 9, 3, 13] }] },
    { name: 'block scalar header is not an option', code: 'options: >\n  --network host', from: '>', flags: [{ name: 'network', written: '--network', value: 'host', span: [2, 3, 2, 17], valueSpan: [2, 13, 2, 17] }] },
    { name: 'nothing to report', code: 'options: --cpus 1 --network-alias host -e N=--network', from: '--', flags: [] },
  ] as Array<{ name: string; code: string; from: string; flags: FlagCase[] }>)('$name', ({ code, from, flags }) => {
    const src = new SourceText('w.yml', code)
    expect(parseEngineOptions(src, code.indexOf(from), code.length).map(flagOf)).toEqual(flags)
  })
})

describe('flag removal', () => {
  const remove = (code: string): string => {
    const [f] = findContainerCommands(new SourceText('x.sh', code))[0].flags
    return code.slice(0, f.removal.startOffset) + code.slice(f.removal.endOffset)
  }
  it.each([
    { name: 'two-word flag and its blank', code: 'docker run --network host img', output: 'docker run img' },
    { name: 'alone on a continued line: the whole line', code: 'docker run --rm \\\n  --network host \\\n  img\n', output: 'docker run --rm \\\n  img\n' },
    { name: 'alone on a continued CRLF line', code: 'docker run \\\r\n  --pid=host \\\r\n  img\r\n', output: 'docker run \\\r\n  img\r\n' },
    { name: 'last word: the blanks before it', code: 'docker build . --network=host', output: 'docker build .' },
    { name: 'an engine named by a variable', code: '$(DOCKER) run --net=host img', output: '$(DOCKER) run img' },
    { name: 'in a heredoc body that bash reads', code: 'bash <<EOF\ndocker run --network host img\nEOF\n', output: 'bash <<EOF\ndocker run img\nEOF\n' },
  ])('$name', ({ code, output }) => {
    expect(remove(code)).toBe(output)
    expect(findContainerCommands(new SourceText('x.sh', output))[0].flags).toEqual([])
  })
})

describe('bounded work', () => {
  it('handles large and hostile inputs', () => {
    const inputs = [
      'docker run ' + '-e X=1 '.repeat(50000) + '--network=host img',
      "it's ".repeat(50000),
      '${{ '.repeat(50000),
      '$('.repeat(50000) + ')'.repeat(50000),
      '`'.repeat(50001),
      '"'.repeat(50001),
      ('docker run --net=host x && ').repeat(20000),
      'bash -c "' + 'sh -c \'ssh h \\"eval x\\"\' '.repeat(10000) + '"',
      // Heredocs: operators with no newline, unterminated bodies, bodies a shell reads in bodies.
      'cat <<EOF '.repeat(50000),
      'cat <<A\n'.repeat(50000),
      'bash <<A\n'.repeat(50000),
      'cat <<A | ssh h bash <<B\n'.repeat(20000),
      '<<A '.repeat(20000) + '\n' + 'A\n'.repeat(20000),
      '$((1<<2))'.repeat(20000),
      // Variables: the file's assignments are read once, whatever the number of commands.
      'X = ' + ' '.repeat(100000) + 'y\n' + 'DOCKER=docker\n'.repeat(10000) + '$DOCKER run --net=host x\n'.repeat(10000),
      '${X:-' + 'a'.repeat(100000) + ' run x',
    ]
    const counts = inputs.map((code) => findContainerCommands(new SourceText('x.sh', code)).length)
    expect(counts[0]).toBe(1)
    expect(counts[6]).toBe(20000)
    expect(counts[14]).toBe(10000)
    expect(parseEngineOptions(new SourceText('w', '--cpus 1 '.repeat(50000)), 0, 450000)).toEqual([])
  })
})
