import { describe, it, expect } from '@jest/globals'
import type { Span } from '../../src/model.js'
import { findContainerCommands, parseContainerOptions, type CommandFlag, type ContainerCommand } from '../../src/parse/shell/shell.js'
import { mayNameContainerTool } from '../../src/parse/shell/container-tool.js'
import { readJenkinsfile } from '../../src/parse/shell/jenkinsfile.js'
import { SourceText } from '../../src/parse/source.js'
import { foldedLineBreaks } from '../../src/parse/yaml/yaml-folding.js'

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
const net = (col: number, end: number, vcol: number, vend: number, value = 'host', written = '--network'): FlagCase => ({
  name: 'network',
  written,
  value,
  span: [1, col, 1, end],
  valueSpan: [1, vcol, 1, vend],
})
/** `--<written>=host` on one line: the flag from `col`, its value the last four characters. */
const hostFlag = (written: string, line: number, col: number): FlagCase => {
  const end = col + written.length + 5
  const name = written === '--net' ? 'network' : (written.slice(2) as CommandFlag['name'])
  return { name, written, value: 'host', span: [line, col, line, end], valueSpan: [line, end - 4, line, end] }
}
/** A command on one line of `length` characters from `col`, with `--<flag>=host` at `flagCol`. */
const cmd = (
  tool: CommandCase['tool'],
  line: number,
  col: number,
  end: number,
  flag: string,
  flagCol: number,
  extra: Partial<CommandCase> = {},
): CommandCase => ({ tool, ...extra, subcommand: extra.subcommand ?? 'run', span: [line, col, line, end], flags: [hostFlag(flag, line, flagCol)] })

const cases: Array<{ name: string; code: string; commands: CommandCase[] }> = [
  // Spellings
  {
    name: '--network=host',
    code: 'docker run --network=host alpine',
    commands: [{ tool: 'docker', subcommand: 'run', span: [1, 1, 1, 33], flags: [net(12, 26, 22, 26)] }],
  },
  {
    name: '--network host',
    code: 'docker run --network host alpine',
    commands: [{ tool: 'docker', subcommand: 'run', span: [1, 1, 1, 33], flags: [net(12, 26, 22, 26)] }],
  },
  {
    name: '--net=host',
    code: 'podman run --net=host img',
    commands: [{ tool: 'podman', subcommand: 'run', span: [1, 1, 1, 26], flags: [net(12, 22, 18, 22, 'host', '--net')] }],
  },
  {
    name: '--pid=host and --ipc host',
    code: 'nerdctl run --pid=host --ipc host img',
    commands: [
      {
        tool: 'nerdctl',
        subcommand: 'run',
        span: [1, 1, 1, 38],
        flags: [
          { name: 'pid', written: '--pid', value: 'host', span: [1, 13, 1, 23], valueSpan: [1, 19, 1, 23] },
          { name: 'ipc', written: '--ipc', value: 'host', span: [1, 24, 1, 34], valueSpan: [1, 30, 1, 34] },
        ],
      },
    ],
  },
  {
    name: 'double-quoted separate value',
    code: 'docker run --network "host" img',
    commands: [{ tool: 'docker', subcommand: 'run', span: [1, 1, 1, 32], flags: [net(12, 28, 23, 27)] }],
  },
  {
    name: 'single-quoted whole flag',
    code: "docker run '--network=host' img",
    commands: [{ tool: 'docker', subcommand: 'run', span: [1, 1, 1, 32], flags: [net(12, 28, 23, 27)] }],
  },
  {
    name: 'quoted value after =',
    code: 'docker run --net="host" img',
    commands: [{ tool: 'docker', subcommand: 'run', span: [1, 1, 1, 28], flags: [net(12, 24, 19, 23, 'host', '--net')] }],
  },
  {
    name: 'flag name case kept in written, value as written',
    code: 'docker run --NETWORK=Host x',
    commands: [{ tool: 'docker', subcommand: 'run', span: [1, 1, 1, 28], flags: [net(12, 26, 22, 26, 'Host', '--NETWORK')] }],
  },
  {
    name: 'GitHub expression value is one word',
    code: 'docker run --network ${{ matrix.net }} img',
    commands: [{ tool: 'docker', subcommand: 'run', span: [1, 1, 1, 43], flags: [net(12, 39, 22, 39, '${{ matrix.net }}')] }],
  },
  {
    name: 'empty value',
    code: 'docker run --network= img',
    commands: [{ tool: 'docker', subcommand: 'run', span: [1, 1, 1, 26], flags: [net(12, 22, 22, 22, '')] }],
  },
  { name: 'missing value is no flag', code: 'docker run --network', commands: [{ tool: 'docker', subcommand: 'run', span: [1, 1, 1, 21], flags: [] }] },

  // Prefixes
  {
    name: 'sudo with options',
    code: 'sudo -E -u root docker run --net=host x',
    commands: [{ tool: 'docker', subcommand: 'run', span: [1, 17, 1, 40], flags: [net(28, 38, 34, 38, 'host', '--net')] }],
  },
  {
    name: 'env assignments and an absolute path',
    code: 'FOO=1 BAR="a b" /usr/bin/docker run --network=host x',
    commands: [{ tool: 'docker', subcommand: 'run', span: [1, 17, 1, 53], flags: [net(37, 51, 47, 51)] }],
  },
  {
    name: 'exec, time, timeout with its duration',
    code: 'exec time timeout 5m podman run --network=host x',
    commands: [{ tool: 'podman', subcommand: 'run', span: [1, 22, 1, 49], flags: [net(33, 47, 43, 47)] }],
  },
  {
    name: 'shell keywords',
    code: 'if ! docker run --network=host x; then :; fi',
    commands: [{ tool: 'docker', subcommand: 'run', span: [1, 6, 1, 33], flags: [net(17, 31, 27, 31)] }],
  },

  // Subcommands and global options
  {
    name: 'docker container run',
    code: 'docker container run --network=host x',
    commands: [{ tool: 'docker', subcommand: 'run', span: [1, 1, 1, 38], flags: [net(22, 36, 32, 36)] }],
  },
  {
    name: 'podman container create',
    code: 'podman container create --pid=host x',
    commands: [
      {
        tool: 'podman',
        subcommand: 'create',
        span: [1, 1, 1, 37],
        flags: [{ name: 'pid', written: '--pid', value: 'host', span: [1, 25, 1, 35], valueSpan: [1, 31, 1, 35] }],
      },
    ],
  },
  {
    name: 'podman pod create --network host',
    code: 'podman pod create --name p --network host',
    commands: [{ tool: 'podman', subcommand: 'pod create', span: [1, 1, 1, 42], flags: [net(28, 42, 38, 42)] }],
  },
  {
    name: 'docker buildx build',
    code: 'docker buildx build --network=host .',
    commands: [{ tool: 'docker', subcommand: 'build', span: [1, 1, 1, 37], flags: [net(21, 35, 31, 35)] }],
  },
  {
    name: 'buildx options before build',
    code: 'docker buildx --builder b build --network=host .',
    commands: [{ tool: 'docker', subcommand: 'build', span: [1, 1, 1, 49], flags: [net(33, 47, 43, 47)] }],
  },
  {
    name: 'docker image build',
    code: 'docker image build --network=host .',
    commands: [{ tool: 'docker', subcommand: 'build', span: [1, 1, 1, 36], flags: [net(20, 34, 30, 34)] }],
  },
  {
    name: 'build flags after the context count',
    code: 'docker build --no-cache . --network host -t x',
    commands: [{ tool: 'docker', subcommand: 'build', span: [1, 1, 1, 46], flags: [net(27, 41, 37, 41)] }],
  },
  {
    name: 'global options before the subcommand',
    code: 'docker --log-level debug -H tcp://x --tls run --network=host x',
    commands: [{ tool: 'docker', subcommand: 'run', span: [1, 1, 1, 63], flags: [net(47, 61, 57, 61)] }],
  },
  {
    name: 'podman --remote',
    code: 'podman --remote run --network=host x',
    commands: [{ tool: 'podman', subcommand: 'run', span: [1, 1, 1, 37], flags: [net(21, 35, 31, 35)] }],
  },
  {
    name: 'subcommands that start no container',
    code: 'docker ps --filter x\ndocker network create --driver host n\ndocker exec --env x c sh\ndocker',
    commands: [],
  },

  // Arity: flags after the image go to the container
  {
    name: "flag after the image is the container's",
    code: 'docker run img --net=host',
    commands: [{ tool: 'docker', subcommand: 'run', span: [1, 1, 1, 26], flags: [] }],
  },
  {
    name: '-it, -e X=1, -v a:b before the flag',
    code: 'docker run -it --rm -e X=1 -v /a:/b --network=host img',
    commands: [{ tool: 'docker', subcommand: 'run', span: [1, 1, 1, 55], flags: [net(37, 51, 47, 51)] }],
  },
  {
    name: '-dit, -p 80:80, -p8080:80',
    code: 'docker run -dit -p 80:80 -p8080:80 --ipc=host img',
    commands: [
      {
        tool: 'docker',
        subcommand: 'run',
        span: [1, 1, 1, 50],
        flags: [{ name: 'ipc', written: '--ipc', value: 'host', span: [1, 36, 1, 46], valueSpan: [1, 42, 1, 46] }],
      },
    ],
  },
  {
    name: '-e takes the next word, which is the image otherwise',
    code: 'docker run -e X img --pid=host',
    commands: [{ tool: 'docker', subcommand: 'run', span: [1, 1, 1, 31], flags: [] }],
  },
  {
    name: '--name x then flag, -- ends options',
    code: 'docker run --name x --pid host -- img --ipc=host',
    commands: [
      {
        tool: 'docker',
        subcommand: 'run',
        span: [1, 1, 1, 49],
        flags: [{ name: 'pid', written: '--pid', value: 'host', span: [1, 21, 1, 31], valueSpan: [1, 27, 1, 31] }],
      },
    ],
  },
  {
    name: 'redirections are not words',
    code: 'docker run 2>/dev/null --network host img > out.txt',
    commands: [{ tool: 'docker', subcommand: 'run', span: [1, 1, 1, 42], flags: [net(24, 38, 34, 38)] }],
  },

  // Lines, comments, quotes
  {
    name: 'backslash continuations',
    code: 'docker run --rm \\\n  --network host \\\n  alpine',
    commands: [
      {
        tool: 'docker',
        subcommand: 'run',
        span: [1, 1, 3, 9],
        flags: [{ name: 'network', written: '--network', value: 'host', span: [2, 3, 2, 17], valueSpan: [2, 13, 2, 17] }],
      },
    ],
  },
  {
    name: 'CRLF continuations',
    code: 'docker run \\\r\n  --network=host img\r\necho\r\n',
    commands: [
      {
        tool: 'docker',
        subcommand: 'run',
        span: [1, 1, 2, 21],
        flags: [{ name: 'network', written: '--network', value: 'host', span: [2, 3, 2, 17], valueSpan: [2, 13, 2, 17] }],
      },
    ],
  },
  {
    name: 'comments',
    code: '# docker run --net=host x\ndocker run --rm alpine # --network=host\n  # podman run --pid=host x',
    commands: [{ tool: 'docker', subcommand: 'run', span: [2, 1, 2, 23], flags: [] }],
  },
  { name: 'a quoted string given to echo is not a command', code: 'echo "docker run --net=host img"\nprintf \'%s\' "podman run --pid=host x"', commands: [] },
  {
    name: 'sh -c string is a script',
    code: 'bash -c "docker run --net=host img"',
    commands: [{ tool: 'docker', subcommand: 'run', span: [1, 10, 1, 35], flags: [net(21, 31, 27, 31, 'host', '--net')] }],
  },
  {
    name: 'sh -ec and ssh strings',
    code: "sh -ec 'podman run --pid=host x'\nssh -p 22 h 'docker run --ipc=host y'",
    commands: [
      {
        tool: 'podman',
        subcommand: 'run',
        span: [1, 9, 1, 32],
        flags: [{ name: 'pid', written: '--pid', value: 'host', span: [1, 20, 1, 30], valueSpan: [1, 26, 1, 30] }],
      },
      {
        tool: 'docker',
        subcommand: 'run',
        span: [2, 14, 2, 37],
        flags: [{ name: 'ipc', written: '--ipc', value: 'host', span: [2, 25, 2, 35], valueSpan: [2, 31, 2, 35] }],
      },
    ],
  },
  {
    name: 'operators split commands',
    code: 'make && docker run --net=host x; podman run --pid=host y | tee log || true',
    commands: [
      { tool: 'docker', subcommand: 'run', span: [1, 9, 1, 32], flags: [net(20, 30, 26, 30, 'host', '--net')] },
      {
        tool: 'podman',
        subcommand: 'run',
        span: [1, 34, 1, 57],
        flags: [{ name: 'pid', written: '--pid', value: 'host', span: [1, 45, 1, 55], valueSpan: [1, 51, 1, 55] }],
      },
    ],
  },
  {
    name: 'command substitution and backticks',
    code: 'CID=$(docker run -d --network host img)\nX=`podman run --pid=host y`',
    commands: [
      { tool: 'docker', subcommand: 'run', span: [1, 7, 1, 39], flags: [net(21, 35, 31, 35)] },
      {
        tool: 'podman',
        subcommand: 'run',
        span: [2, 4, 2, 27],
        flags: [{ name: 'pid', written: '--pid', value: 'host', span: [2, 15, 2, 25], valueSpan: [2, 21, 2, 25] }],
      },
    ],
  },
  {
    name: 'substitution in a value stays in the word',
    code: 'docker run --network=$(cat net) img',
    commands: [{ tool: 'docker', subcommand: 'run', span: [1, 1, 1, 36], flags: [net(12, 32, 22, 32, '$(cat net)')] }],
  },
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
      {
        tool: 'docker',
        subcommand: 'run',
        span: [5, 14, 5, 43],
        flags: [{ name: 'network', written: '--network', value: 'host', span: [5, 25, 5, 39], valueSpan: [5, 35, 5, 39] }],
      },
      {
        tool: 'docker',
        subcommand: 'run',
        span: [7, 11, 8, 27],
        flags: [{ name: 'pid', written: '--pid', value: 'host', span: [8, 13, 8, 23], valueSpan: [8, 19, 8, 23] }],
      },
      {
        tool: 'podman',
        subcommand: 'run',
        span: [9, 15, 9, 40],
        flags: [{ name: 'ipc', written: '--ipc', value: 'host', span: [9, 26, 9, 36], valueSpan: [9, 32, 9, 36] }],
      },
    ],
  },
  {
    name: 'GitLab script list item',
    code: 'script:\n  - docker run --net=host x',
    commands: [
      {
        tool: 'docker',
        subcommand: 'run',
        span: [2, 5, 2, 28],
        flags: [{ name: 'network', written: '--net', value: 'host', span: [2, 16, 2, 26], valueSpan: [2, 22, 2, 26] }],
      },
    ],
  },
  {
    name: 'Makefile recipe: @ prefix kept out of the span, $(DOCKER) names the engine',
    code: 'run:\n\t@docker run --network=host img\n\t$(DOCKER) run --net=host x\n',
    commands: [
      {
        tool: 'docker',
        subcommand: 'run',
        span: [2, 3, 2, 32],
        flags: [{ name: 'network', written: '--network', value: 'host', span: [2, 14, 2, 28], valueSpan: [2, 24, 2, 28] }],
      },
      cmd('docker', 3, 2, 28, '--net', 16, { written: '$(DOCKER)' }),
    ],
  },
  {
    name: 'BOM at the start',
    code: '\uFEFFdocker run --network=host x',
    commands: [{ tool: 'docker', subcommand: 'run', span: [1, 1, 1, 28], flags: [net(12, 26, 22, 26)] }],
  },
  // An unclosed `$(` ends the word's value, not its span.
  {
    name: 'odd input never throws',
    code: 'docker run "--network=host\n\'$(`)((\\',
    commands: [
      {
        tool: 'docker',
        subcommand: 'run',
        span: [1, 1, 2, 9],
        flags: [{ name: 'network', written: '--network', value: "host\n'", span: [1, 12, 2, 9], valueSpan: [1, 23, 2, 2] }],
      },
    ],
  },
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
    expect(found).toEqual([
      {
        tool: 'docker',
        subcommand: 'run',
        span: [2, 1, 2, 24],
        flags: [{ name: 'pid', written: '--pid', value: 'host', span: [2, 12, 2, 22], valueSpan: [2, 18, 2, 22] }],
      },
    ])
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
    {
      name: 'long options with separate values',
      code: 'xargs --max-args 1 --arg-file list --delimiter , docker run --net=host x',
      commands: [cmd('docker', 1, 50, 73, '--net', 61)],
    },
    {
      name: 'a cluster ending in an option with a value: -0I {}',
      code: 'xargs -0I {} docker run --net=host {}',
      commands: [cmd('docker', 1, 14, 38, '--net', 25)],
    },
    {
      name: '-i, --max-lines, -e take only an attached value',
      code: 'xargs -i --max-lines -e docker run --net=host {}',
      commands: [cmd('docker', 1, 25, 49, '--net', 36)],
    },
    { name: 'BSD -J, -R, -S', code: 'xargs -J % -R 2 -S 255 docker run --net=host %', commands: [cmd('docker', 1, 24, 47, '--net', 35)] },
    { name: 'xargs sh -c string', code: 'xargs -I{} sh -c "docker run --net=host {}"', commands: [cmd('docker', 1, 19, 43, '--net', 30)] },
    { name: 'xargs sudo', code: 'xargs -r sudo podman run --pid=host x', commands: [cmd('podman', 1, 15, 38, '--pid', 26)] },
    {
      name: 'not when xargs runs another command, or -a takes the next word, or xargs is an argument',
      code: 'xargs echo docker run --net=host a\nxargs -a docker run --net=host b\necho xargs docker run --net=host c',
      commands: [],
    },
  ])
})

describe('an engine named through a variable', () => {
  runTable([
    { name: '$DOCKER', code: '$DOCKER run --net=host img', commands: [cmd('docker', 1, 1, 27, '--net', 13, { written: '$DOCKER' })] },
    { name: '${DOCKER}', code: '${DOCKER} run --net=host img', commands: [cmd('docker', 1, 1, 29, '--net', 15, { written: '${DOCKER}' })] },
    {
      name: '"$DOCKER": the span starts at the quote',
      code: '"$DOCKER" run --net=host img',
      commands: [cmd('docker', 1, 1, 29, '--net', 15, { written: '"$DOCKER"' })],
    },
    {
      name: 'the tool named in the variable name',
      code: '"${PODMAN_BIN}" run --pid=host img',
      commands: [cmd('podman', 1, 1, 35, '--pid', 21, { written: '"${PODMAN_BIN}"' })],
    },
    {
      name: 'a default that is a tool: ${CONTAINER_ENGINE:-podman}',
      code: '${CONTAINER_ENGINE:-podman} run --net=host img',
      commands: [cmd('podman', 1, 1, 47, '--net', 33, { written: '${CONTAINER_ENGINE:-podman}' })],
    },
    {
      name: 'a default for an unset name only: ${X-nerdctl}',
      code: '${X-nerdctl} run --ipc=host img',
      commands: [cmd('nerdctl', 1, 1, 32, '--ipc', 18, { written: '${X-nerdctl}' })],
    },
    {
      name: 'an assigning default with a path: ${RUNNER:=/usr/bin/podman}',
      code: '${RUNNER:=/usr/bin/podman} run --net=host img',
      commands: [cmd('podman', 1, 1, 46, '--net', 32, { written: '${RUNNER:=/usr/bin/podman}' })],
    },
    {
      name: 'kubebuilder Makefile: CONTAINER_TOOL ?= podman, @$(CONTAINER_TOOL) build',
      path: 'Makefile',
      code: 'CONTAINER_TOOL ?= podman\n\ndocker-build:\n\t@$(CONTAINER_TOOL) build --network=host -t ${IMG} .\n',
      commands: [cmd('podman', 4, 3, 53, '--network', 27, { written: '$(CONTAINER_TOOL)', subcommand: 'build' })],
    },
    {
      name: 'Make := assignment gives any name its tool',
      path: 'Makefile',
      code: 'RUNNER := nerdctl\nrun:\n\t$(RUNNER) run --net=host img\n',
      commands: [cmd('nerdctl', 3, 2, 30, '--net', 16, { written: '$(RUNNER)' })],
    },
    {
      name: 'export NAME=tool',
      code: 'export RUNNER=podman\n"${RUNNER}" run --net=host img',
      commands: [cmd('podman', 2, 1, 31, '--net', 17, { written: '"${RUNNER}"' })],
    },
    {
      name: 'NAME=tool; on the same line',
      code: 'RUNNER=docker; $RUNNER run --ipc=host img',
      commands: [cmd('docker', 1, 16, 42, '--ipc', 28, { written: '$RUNNER' })],
    },
    {
      name: 'NAME="${NAME:-tool}"',
      code: 'DOCKER="${DOCKER:-podman}"\n$DOCKER run --net=host img',
      commands: [cmd('podman', 2, 1, 27, '--net', 13, { written: '$DOCKER' })],
    },
    {
      name: 'GitLab script list items',
      code: 'script:\n  - export RT=nerdctl\n  - $RT run --net=host img',
      commands: [cmd('nerdctl', 3, 5, 27, '--net', 13, { written: '$RT' })],
    },
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
    {
      name: 'not engines: $RUNNER, $(MAKE), $CMD, ${X:-echo}',
      code: '$RUNNER run --net=host a\n$(MAKE) run --net=host b\n$CMD run --net=host c\n${X:-echo} run --net=host d',
      commands: [],
    },
    { name: 'not expansions: single quotes, an escaped $', code: "'$DOCKER' run --net=host a\n\\$DOCKER run --net=host b", commands: [] },
    {
      name: 'an assignment that is not a tool overrides the name (dry run)',
      code: 'DOCKER=echo\n$DOCKER run --net=host a\n${ENGINE:-echo} run --net=host b',
      commands: [],
    },
    {
      name: 'a command prefix such as docker compose is not the engine',
      path: 'Makefile',
      code: 'DOCKER ?= docker compose\nx:\n\t$(DOCKER) run --net=host a\n',
      commands: [],
    },
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
    {
      name: '<<EOT: only the command after the terminator',
      code: 'cat <<EOT\ndocker run --net=host x\nEOT\ndocker run --pid=host y',
      commands: [cmd('docker', 4, 1, 24, '--pid', 12)],
    },
    {
      name: '<<-EOT: tabs before the terminator',
      code: 'cat <<-EOT\n\tdocker run --net=host x\n\t\tEOT\ndocker run --pid=host y',
      commands: [cmd('docker', 4, 1, 24, '--pid', 12)],
    },
    {
      name: 'quoted and escaped delimiters: <<\'EOT\', <<"EOT", << EOT, <<\\EOT',
      code: 'cat <<\'EOT\' >f\ndocker run --net=host x\nEOT\ncat <<"EOT"\ndocker run --net=host x\nEOT\ncat << EOT\ndocker run --net=host x\nEOT\ncat <<\\EOT\ndocker run --net=host x\nEOT\ndocker run --pid=host y',
      commands: [cmd('docker', 13, 1, 24, '--pid', 12)],
    },
    {
      name: 'the operator line goes on after the operator',
      code: 'cat <<EOT | tee f && docker run --ipc=host z\ndocker run --net=host x\nEOT\n',
      commands: [cmd('docker', 1, 22, 45, '--ipc', 33)],
    },
    {
      name: 'two heredocs on one line, bodies in order',
      code: 'cat <<A <<B\ndocker run --net=host x\nA\ndocker run --ipc=host x\nB\ndocker run --pid=host y',
      commands: [cmd('docker', 6, 1, 24, '--pid', 12)],
    },
    {
      name: 'unterminated (a blank after the delimiter is not it): the body runs to the end',
      code: 'cat <<EOT\ndocker run --net=host x\nEOT \ndocker run --pid=host y',
      commands: [],
    },
    { name: '<<< is a here-string', code: 'cat <<<"docker run --net=host x"\ndocker run --pid=host y', commands: [cmd('docker', 2, 1, 24, '--pid', 12)] },
    {
      name: 'CRLF lines',
      code: 'cat <<EOF\r\ndocker run --net=host a\r\nEOF\r\ndocker run --pid=host b\r\n',
      commands: [cmd('docker', 4, 1, 24, '--pid', 12)],
    },
    {
      name: 'body at column 0 inside an indented function',
      code: 'f() {\n  cat <<EOF\ndocker run --net=host a\nEOF\n  docker run --pid=host b\n}\n',
      commands: [cmd('docker', 5, 3, 26, '--pid', 14)],
    },
    {
      name: 'inside $(...)',
      code: 'X=$(cat <<EOF\ndocker run --net=host a\nEOF\n)\ndocker run --pid=host b\n',
      commands: [cmd('docker', 5, 1, 24, '--pid', 12)],
    },
    {
      name: 'workflow run: | block: the terminator is as indented as the operator line',
      path: '.github/workflows/ci.yml',
      code: 'jobs:\n  a:\n    steps:\n      - run: |\n          cat <<EOF >> "$GITHUB_STEP_SUMMARY"\n          docker run --net=host a\n          EOF\n          docker run --pid=host b\n',
      commands: [cmd('docker', 8, 11, 34, '--pid', 22)],
    },
    {
      name: 'arithmetic shifts are not heredocs',
      code: 'echo $((1 << 2)); (( n <<= 1 )); x=$(( a << b ))\ndocker run --net=host a',
      commands: [cmd('docker', 2, 1, 24, '--net', 12)],
    },
    {
      name: 'a YAML merge key is not a heredoc',
      path: '.github/workflows/ci.yml',
      code: 'x: &b {a: 1}\ny:\n  <<: *b\n  run: docker run --net=host a\n',
      commands: [cmd('docker', 4, 8, 31, '--net', 19)],
    },
    {
      name: 'Makefile: each recipe line runs alone, so the "body" runs',
      path: 'Makefile',
      code: 'x:\n\tcat <<EOF > f\n\tdocker run --net=host a\n\tEOF\n',
      commands: [cmd('docker', 3, 2, 25, '--net', 13)],
    },
    {
      name: 'Makefile with .ONESHELL: a real heredoc',
      path: 'Makefile',
      code: '.ONESHELL:\nx:\n\tcat <<EOF > f\n\tdocker run --net=host a\n\tEOF\n\tdocker run --pid=host b\n',
      commands: [cmd('docker', 6, 2, 25, '--pid', 13)],
    },
    { name: 'odd heredoc input never throws', code: 'cat <<\n<<EOF <<<\n$((<<EOF\ncat <<"EOF\n<<$(x)\n`cat <<A`\nA\n', commands: [] },
  ])
})

describe('heredoc bodies that a shell reads are scripts', () => {
  runTable([
    { name: 'bash <<EOT', code: 'bash <<EOT\ndocker run --net=host x\nEOT\n', commands: [cmd('docker', 2, 1, 24, '--net', 12)] },
    {
      name: 'sudo bash -s -- args, indented body',
      code: 'sudo bash -s -- prod <<EOT\n  docker run --net=host x\nEOT\n',
      commands: [cmd('docker', 2, 3, 26, '--net', 14)],
    },
    { name: "sh -eu <<'EOT'", code: "sh -eu <<'EOT'\ndocker run --net=host x\nEOT\n", commands: [cmd('docker', 2, 1, 24, '--net', 12)] },
    {
      name: 'ssh host: the login shell reads it',
      code: 'ssh deploy@host <<EOT\ndocker run --net=host x\nEOT\n',
      commands: [cmd('docker', 2, 1, 24, '--net', 12)],
    },
    {
      name: 'ssh with options and a remote bash',
      code: 'ssh -p 22 -o BatchMode=yes h bash <<EOT\ndocker run --net=host x\nEOT\n',
      commands: [cmd('docker', 2, 1, 24, '--net', 12)],
    },
    { name: "ssh h 'sudo bash -s'", code: "ssh h 'sudo bash -s' <<EOT\ndocker run --net=host x\nEOT\n", commands: [cmd('docker', 2, 1, 24, '--net', 12)] },
    { name: 'cat <<EOT | sudo sh', code: 'cat <<EOT | sudo sh\ndocker run --net=host x\nEOT\n', commands: [cmd('docker', 2, 1, 24, '--net', 12)] },
    { name: 'docker exec -i c sh', code: 'docker exec -i c sh <<EOT\ndocker run --net=host x\nEOT\n', commands: [cmd('docker', 2, 1, 24, '--net', 12)] },
    {
      name: 'podman exec -it -u root c bash -s',
      code: 'podman exec -it -u root c bash -s <<EOT\npodman run --pid=host x\nEOT\n',
      commands: [cmd('podman', 2, 1, 24, '--pid', 12)],
    },
    {
      name: 'kubectl -n ns exec -i pod -- sh',
      code: 'kubectl -n ns exec -i pod -- sh <<EOT\ndocker run --net=host x\nEOT\n',
      commands: [cmd('docker', 2, 1, 24, '--net', 12)],
    },
    { name: 'a heredoc in a heredoc', code: 'bash <<A\nssh h <<B\ndocker run --net=host a\nB\nA\n', commands: [cmd('docker', 3, 1, 24, '--net', 12)] },
    {
      name: 'of two stdin heredocs the last is the input',
      code: 'bash <<A <<B\ndocker run --net=host a\nA\ndocker run --pid=host b\nB\n',
      commands: [cmd('docker', 4, 1, 24, '--pid', 12)],
    },
    {
      name: 'workflow run: | block',
      path: '.github/workflows/ci.yml',
      code: 'steps:\n  - run: |\n      ssh host bash <<EOF\n        docker run --net=host a\n      EOF\n',
      commands: [cmd('docker', 4, 9, 32, '--net', 20)],
    },
    {
      name: 'not a script: bash -c, bash script.sh, a remote cat, exec without -i, fd 3, a file written',
      code: [
        'bash -c "echo" <<EOT',
        'docker run --net=host a',
        'EOT',
        'bash script.sh <<EOT',
        'docker run --net=host b',
        'EOT',
        'ssh host cat > f <<EOT',
        'docker run --net=host c',
        'EOT',
        'docker exec c sh <<EOT',
        'docker run --net=host d',
        'EOT',
        'kubectl exec pod -- sh <<EOT',
        'docker run --net=host e',
        'EOT',
        'cat 3<<EOT | sh',
        'docker run --net=host f',
        'EOT',
        'cat <<EOT > run.sh',
        'docker run --net=host g',
        'EOT',
        'cat <<A',
        'bash <<B',
        'docker run --net=host h',
        'B',
        'A',
      ].join('\n'),
      commands: [],
    },
  ])
})

/** A flag on any line: `--<written>` with a separate or attached value, as [line, col, endLine, endCol]. */
const flagAt = (written: string, value: string, span: At, valueSpan: At): FlagCase => {
  const name = written === '--net' ? 'network' : (written.slice(2) as CommandFlag['name'])
  return { name, written, value, span, valueSpan }
}

describe('an expansion where the image would be may hold options', () => {
  runTable([
    { name: '$DOCKER_OPTS before the flag', code: 'docker run $DOCKER_OPTS --net=host img', commands: [cmd('docker', 1, 1, 39, '--net', 25)] },
    { name: '"${args[@]}" before the flag', code: 'docker run "${args[@]}" --pid=host img', commands: [cmd('docker', 1, 1, 39, '--pid', 25)] },
    { name: 'Make $(RUN_FLAGS)', path: 'Makefile', code: 'x:\n\tdocker run $(RUN_FLAGS) --ipc=host img\n', commands: [cmd('docker', 2, 2, 40, '--ipc', 26)] },
    {
      name: "Make $$OPTS (the shell's $OPTS)",
      path: 'Makefile',
      code: 'x:\n\tdocker run $$OPTS --net=host img\n',
      commands: [cmd('docker', 2, 2, 34, '--net', 20)],
    },
    {
      name: 'GitHub expression ${{ matrix.opts }}',
      path: '.github/workflows/ci.yml',
      code: 'steps:\n  - run: docker run ${{ matrix.opts }} --ipc=host img\n',
      commands: [cmd('docker', 2, 10, 54, '--ipc', 40)],
    },
    { name: 'command substitutions $(opts) and `more`', code: 'docker run $(opts) `more` --pid=host img', commands: [cmd('docker', 1, 1, 41, '--pid', 27)] },
    {
      name: 'several expansions, options between them and the flag',
      code: 'docker run $A "$B"$C -e X=1 --net=host -v /a:/b img',
      commands: [cmd('docker', 1, 1, 52, '--net', 29)],
    },
    {
      name: 'two-word flag, then -- and the image',
      code: 'docker run --rm $OPTS --network host -- img',
      commands: [{ tool: 'docker', subcommand: 'run', span: [1, 1, 1, 44], flags: [flagAt('--network', 'host', [1, 23, 1, 37], [1, 33, 1, 37])] }],
    },
    {
      name: 'an expansion named for the image confirms the flags before it',
      code: 'docker run "$OPTS" --ipc=host -- "$IMAGE"',
      commands: [cmd('docker', 1, 1, 42, '--ipc', 20)],
    },
    {
      name: 'build reads flags anywhere, as before',
      code: 'docker build $ARGS --network=host .',
      commands: [{ tool: 'docker', subcommand: 'build', span: [1, 1, 1, 36], flags: [net(20, 34, 30, 34)] }],
    },
    {
      name: "no image after the flags: the expansion was the image, the flags the container's",
      code: 'docker run $IMAGE --net=host\ndocker run $OPTS --pid=host\ndocker run $OPTS --ipc=host -- $ARGS',
      commands: [
        { tool: 'docker', subcommand: 'run', span: [1, 1, 1, 29], flags: [] },
        { tool: 'docker', subcommand: 'run', span: [2, 1, 2, 28], flags: [] },
        { tool: 'docker', subcommand: 'run', span: [3, 1, 3, 37], flags: [] },
      ],
    },
    {
      name: 'an expansion named for the image is the image: $IMAGE, ${DOCKER_IMAGE:-x}, ${{ matrix.image }}, $(IMG)',
      code: 'docker run $IMAGE --net=host sh\ndocker run "${DOCKER_IMAGE:-alpine}" --pid=host sh\ndocker run ${{ matrix.image }} --ipc=host bash\ndocker run $(IMG) --net=host x',
      commands: [
        { tool: 'docker', subcommand: 'run', span: [1, 1, 1, 32], flags: [] },
        { tool: 'docker', subcommand: 'run', span: [2, 1, 2, 51], flags: [] },
        { tool: 'docker', subcommand: 'run', span: [3, 1, 3, 47], flags: [] },
        { tool: 'docker', subcommand: 'run', span: [4, 1, 4, 31], flags: [] },
      ],
    },
    {
      name: "not expansion-only: single-quoted '$OPTS', ${REGISTRY}/app; a flag after the image",
      code: "docker run '$OPTS' --net=host img\ndocker run ${REGISTRY}/app --pid=host x\ndocker run img --ipc=host $X",
      commands: [
        { tool: 'docker', subcommand: 'run', span: [1, 1, 1, 34], flags: [] },
        { tool: 'docker', subcommand: 'run', span: [2, 1, 2, 40], flags: [] },
        { tool: 'docker', subcommand: 'run', span: [3, 1, 3, 29], flags: [] },
      ],
    },
  ])
})

describe('YAML joins the lines of a folded or multi-line command value', () => {
  const W = '.github/workflows/ci.yml'
  runTable([
    {
      name: 'run: > folded block',
      path: W,
      code: 'jobs:\n  a:\n    steps:\n      - run: >\n          docker run --rm\n          --network host img\n',
      commands: [{ tool: 'docker', subcommand: 'run', span: [5, 11, 6, 29], flags: [flagAt('--network', 'host', [6, 11, 6, 25], [6, 21, 6, 25])] }],
    },
    {
      name: '>- and >+2 (indentation indicator)',
      path: W,
      code: 'steps:\n  - run: >-\n      docker run --rm\n      --pid=host\n      img\n  - run: >+2\n      podman run\n      --ipc=host img\n',
      commands: [
        { tool: 'docker', subcommand: 'run', span: [3, 7, 5, 10], flags: [hostFlag('--pid', 4, 7)] },
        { tool: 'podman', subcommand: 'run', span: [7, 7, 8, 21], flags: [hostFlag('--ipc', 8, 7)] },
      ],
    },
    {
      name: 'a plain value over lines; a literal block keeps its lines apart',
      path: W,
      code: 'steps:\n  - run: docker run --rm\n      --pid=host img\n  - name: x\n    run: |\n      docker run --rm\n      --net=host img\n',
      commands: [
        { tool: 'docker', subcommand: 'run', span: [2, 10, 3, 21], flags: [hostFlag('--pid', 3, 7)] },
        { tool: 'docker', subcommand: 'run', span: [6, 7, 6, 22], flags: [] },
      ],
    },
    {
      name: 'double- and single-quoted values over lines',
      path: W,
      code: 'steps:\n  - run: "docker run --rm\n      --ipc=host img"\n  - run: \'podman run\n      --pid=host x\'\n',
      commands: [
        { tool: 'docker', subcommand: 'run', span: [2, 11, 3, 21], flags: [hostFlag('--ipc', 3, 7)] },
        { tool: 'podman', subcommand: 'run', span: [4, 11, 5, 19], flags: [hostFlag('--pid', 5, 7)] },
      ],
    },
    {
      name: 'a plain value on the lines below its key',
      path: W,
      code: 'run:\n  docker run --rm\n  --net=host img\n',
      commands: [{ tool: 'docker', subcommand: 'run', span: [2, 3, 3, 17], flags: [hostFlag('--net', 3, 3)] }],
    },
    {
      name: 'GitLab script items: folded, plain over lines, literal',
      path: '.gitlab-ci.yml',
      code: 'build:\n  script:\n    - >\n      docker run --rm\n      --net=host img\n    - docker run --rm\n      --pid=host img\n    - |\n      docker run --rm\n      --ipc=host img\n',
      commands: [
        { tool: 'docker', subcommand: 'run', span: [4, 7, 5, 21], flags: [hostFlag('--net', 5, 7)] },
        { tool: 'docker', subcommand: 'run', span: [6, 7, 7, 21], flags: [hostFlag('--pid', 7, 7)] },
        { tool: 'docker', subcommand: 'run', span: [9, 7, 9, 22], flags: [] },
      ],
    },
    {
      name: 'action.yml composite step',
      path: 'action.yml',
      code: 'runs:\n  using: composite\n  steps:\n    - shell: bash\n      run: >\n        docker run\n        --network=host img\n',
      commands: [{ tool: 'docker', subcommand: 'run', span: [6, 9, 7, 27], flags: [flagAt('--network', 'host', [7, 9, 7, 23], [7, 19, 7, 23])] }],
    },
    {
      name: "YAML escapes undone in quoted values: '', \\t, an escaped break and blank, \\n, \\\", \\x20, \\u0020",
      path: W,
      code: 'steps:\n  - run: \'docker run --net=host \'\'img3\'\'\'\n  - run: "docker run\\t--pid=host img5"\n  - run: "docker run --network\\\n      \\ host img2"\n  - run: "echo hi\\ndocker run \\"--ipc=host\\" x"\n  - run: "podman\\x20run --net\\\n      =host\\u0020y"\n',
      commands: [
        { tool: 'docker', subcommand: 'run', span: [2, 11, 2, 41], flags: [hostFlag('--net', 2, 22)] },
        { tool: 'docker', subcommand: 'run', span: [3, 11, 3, 38], flags: [hostFlag('--pid', 3, 23)] },
        { tool: 'docker', subcommand: 'run', span: [4, 11, 5, 18], flags: [flagAt('--network', 'host', [4, 22, 5, 13], [5, 9, 5, 13])] },
        { tool: 'docker', subcommand: 'run', span: [6, 20, 6, 47], flags: [flagAt('--ipc', 'host', [6, 31, 6, 45], [6, 39, 6, 43])] },
        { tool: 'podman', subcommand: 'run', span: [7, 11, 8, 19], flags: [flagAt('--net', 'host', [7, 25, 8, 12], [8, 8, 8, 12])] },
      ],
    },
    {
      name: "GitLab script items with YAML escapes: '' inside shell double quotes, \\t before a fold",
      path: '.gitlab-ci.yml',
      code: "b:\n  script:\n    - 'docker run --net=host -e \"A=''b''\" img'\n    - \"docker run\\t--rm\n      --pid=host img\"\n",
      commands: [
        { tool: 'docker', subcommand: 'run', span: [3, 8, 3, 46], flags: [hostFlag('--net', 3, 19)] },
        { tool: 'docker', subcommand: 'run', span: [4, 8, 5, 21], flags: [hostFlag('--pid', 5, 7)] },
      ],
    },
    {
      name: 'YAML escapes in values that are no commands, or that YAML refuses (\\q), change nothing',
      path: W,
      code: 'steps:\n  - name: \'docker run --net=host \'\'img\'\'\'\n    run: echo\n  - name: "docker run\\t--net=host img"\n    run: "echo \\"docker run --net=host img\\""\n  - run: "docker run\\q --net=host img"\n',
      commands: [],
    },
    {
      name: 'CRLF folded block',
      path: W,
      code: 'steps:\n  - run: >\r\n      docker run --rm\r\n      --network host img\r\n',
      commands: [{ tool: 'docker', subcommand: 'run', span: [3, 7, 4, 25], flags: [flagAt('--network', 'host', [4, 7, 4, 21], [4, 17, 4, 21])] }],
    },
    {
      name: 'kept breaks: a blank line, a more-indented line, an indicator that makes the lines more-indented, a blank line in quotes',
      path: W,
      code: 'steps:\n  - run: >\n      docker run --rm\n\n      --network host img\n  - run: >\n      docker run --rm\n        -e A=1\n      --pid=host img\n  - run: >1\n      docker run --rm\n      --ipc=host img\n  - run: "docker run --rm\n\n      --net=host img"\n',
      commands: [
        { tool: 'docker', subcommand: 'run', span: [3, 7, 3, 22], flags: [] },
        { tool: 'docker', subcommand: 'run', span: [7, 7, 7, 22], flags: [] },
        { tool: 'docker', subcommand: 'run', span: [11, 7, 11, 22], flags: [] },
        { tool: 'docker', subcommand: 'run', span: [13, 11, 13, 26], flags: [] },
      ],
    },
    {
      name: 'comments: a shell comment runs to the end of the folded line; a YAML comment line ends a plain value',
      path: W,
      code: 'steps:\n  - run: >\n      docker run --rm # tidy up\n      --network host img\n  - run: docker run --rm\n      # --ipc=host img\n',
      commands: [
        { tool: 'docker', subcommand: 'run', span: [3, 7, 3, 22], flags: [] },
        { tool: 'docker', subcommand: 'run', span: [5, 10, 5, 25], flags: [] },
      ],
    },
    {
      name: 'not command values: a multi-line name, a block whose text looks like a run: key',
      path: W,
      code: 'steps:\n  - name: docker run --rm\n      --network host img\n  - with:\n      description: |\n        run: >\n          docker run --rm\n          --pid=host img\n',
      commands: [{ tool: 'docker', subcommand: 'run', span: [7, 11, 7, 26], flags: [] }],
    },
  ])
})

describe("Jenkinsfile: sh steps are scripts, a Docker agent's args are engine options", () => {
  const J = 'Jenkinsfile'
  runTable([
    {
      name: 'sh \'...\' and sh "..." steps; echo is Groovy',
      path: J,
      code: "pipeline {\n  agent any\n  stages {\n    stage('run') {\n      steps {\n        sh 'docker run --net=host img'\n        sh \"docker run --pid=host ${X}\"\n        echo 'docker run --net=host img'\n      }\n    }\n  }\n}\n",
      commands: [cmd('docker', 6, 13, 38, '--net', 24), cmd('docker', 7, 13, 39, '--pid', 24)],
    },
    {
      name: "triple-quoted: Groovy \\\\ before a line end is the shell's continuation, \\ alone Groovy's",
      path: J,
      code: 'node {\n  sh """\n    docker run --rm \\\\\n      --network host \\\\\n      img\n  """\n  sh \'\'\'\n    podman run --rm \\\n      --pid=host img\n  \'\'\'\n}\n',
      commands: [
        { tool: 'docker', subcommand: 'run', span: [3, 5, 5, 10], flags: [flagAt('--network', 'host', [4, 7, 4, 21], [4, 17, 4, 21])] },
        { tool: 'podman', subcommand: 'run', span: [8, 5, 9, 21], flags: [hostFlag('--pid', 9, 7)] },
      ],
    },
    {
      name: 'sh(script: ...), sh label:, script:, named arguments over lines',
      path: J,
      code: "node {\n  def id = sh(script: 'docker run -d --ipc=host img', returnStdout: true).trim()\n  sh label: 'up', script: 'docker run --net=host img'\n  sh returnStatus: true,\n     script: \"podman run --pid=host img\"\n}\n",
      commands: [cmd('docker', 2, 24, 52, '--ipc', 38), cmd('docker', 3, 28, 53, '--net', 39), cmd('podman', 5, 15, 40, '--pid', 26)],
    },
    {
      name: 'Groovy escapes: \\\' in single quotes, \\" and \\$ in double quotes',
      path: J,
      code: 'node {\n  sh \'docker run -e \\\'A=1\\\' --net=host img\'\n  sh "docker run \\"--pid=host\\" img"\n  sh "docker run -e HOME=\\$HOME --ipc=host img"\n}\n',
      commands: [
        cmd('docker', 2, 7, 43, '--net', 29),
        { tool: 'docker', subcommand: 'run', span: [3, 7, 3, 36], flags: [flagAt('--pid', 'host', [3, 18, 3, 32], [3, 26, 3, 30])] },
        cmd('docker', 4, 7, 47, '--ipc', 33),
      ],
    },
    {
      name: 'interpolations: any ${...} is a value from outside; a variable named for the engine names it',
      path: J,
      code: 'node {\n  sh "docker run ${opts.join(\' \')} --net=host img"\n  sh "docker run ${env.DOCKER_OPTS} --pid=host img"\n  sh "${DOCKER} run --ipc=host img"\n}\n',
      commands: [cmd('docker', 2, 7, 50, '--net', 36), cmd('docker', 3, 7, 51, '--pid', 37), cmd('docker', 4, 7, 35, '--ipc', 21, { written: '${DOCKER}' })],
    },
    {
      name: 'steps.sh, ssh in an sh step, a heredoc piped to a remote shell',
      path: J,
      code: 'node {\n  steps.sh \'docker run --net=host a\'\n  sh \'ssh h docker run --pid=host b\'\n  sh """\n    cat <<EOF | ssh h sh\n    docker run --ipc=host c\n    EOF\n  """\n}\n',
      commands: [cmd('docker', 2, 13, 36, '--net', 24), cmd('docker', 3, 13, 36, '--pid', 24), cmd('docker', 6, 5, 28, '--ipc', 16)],
    },
    {
      name: 'agent { docker { args } }: docker run options, spanning the string',
      path: J,
      code: "pipeline {\n  agent {\n    docker {\n      image 'maven:3'\n      args '--network host -v /a:/b'\n    }\n  }\n}\n",
      commands: [{ tool: 'docker', subcommand: 'run', span: [5, 12, 5, 37], flags: [flagAt('--network', 'host', [5, 13, 5, 27], [5, 23, 5, 27])] }],
    },
    {
      name: 'agent { dockerfile { additionalBuildArgs; args } }',
      path: J,
      code: 'pipeline {\n  agent { dockerfile { additionalBuildArgs \'--network=host\'; args "--pid=host" } }\n}\n',
      commands: [
        { tool: 'docker', subcommand: 'build', span: [2, 44, 2, 60], flags: [flagAt('--network', 'host', [2, 45, 2, 59], [2, 55, 2, 59])] },
        { tool: 'docker', subcommand: 'run', span: [2, 67, 2, 79], flags: [hostFlag('--pid', 2, 68)] },
      ],
    },
    {
      name: 'scripted pipeline: .inside(args), withDockerContainer(args:), sh(...)',
      path: J,
      code: "node {\n  docker.image('x').inside('-u root --ipc=host') {\n    sh 'make'\n  }\n  withDockerContainer(image: 'x', args: '--pid=host') { sh 'true' }\n  sh('docker run --net=host a')\n}\n",
      commands: [
        { tool: 'docker', subcommand: 'run', span: [2, 28, 2, 48], flags: [hostFlag('--ipc', 2, 37)] },
        { tool: 'docker', subcommand: 'run', span: [5, 41, 5, 53], flags: [hostFlag('--pid', 5, 42)] },
        cmd('docker', 6, 7, 30, '--net', 18),
      ],
    },
    {
      name: 'not scripts: echo, comments, a variable or map key named sh, writeFile, a string echoed, x.sh, sh alone on its line, args outside a docker agent',
      path: J,
      code: "node {\n  echo 'docker run --net=host img'\n  // sh 'docker run --net=host img'\n  /* sh 'docker run --pid=host img' */\n  def sh = 'docker run --net=host img'\n  def m = [sh: 'docker run --net=host img']\n  writeFile file: 'r.sh', text: 'docker run --ipc=host img'\n  sh \"echo 'docker run --net=host img'\"\n  x.sh 'docker run --net=host img'\n  sh\n  'docker run --net=host img'\n  args '--network host'\n  agent { kubernetes { args '--network host' } }\n}\n",
      commands: [],
    },
  ])
})

describe('ssh runs the words after its destination as a remote command', () => {
  runTable([
    { name: 'ssh -i key user@host docker run', code: 'ssh -i key user@host docker run --pid=host img', commands: [cmd('docker', 1, 22, 47, '--pid', 33)] },
    {
      name: 'value options, booleans, a remote sudo; options after the destination; a cluster ending in a value; --',
      code: 'ssh -p 22 -o BatchMode=yes -A h sudo docker run --net=host img\nssh h -t podman run --ipc=host img\nssh -vp2222 -- h nerdctl run --pid=host x',
      commands: [cmd('docker', 1, 38, 63, '--net', 49), cmd('podman', 2, 10, 35, '--ipc', 21), cmd('nerdctl', 3, 18, 42, '--pid', 30)],
    },
    {
      name: 'one quoted remote command is a script',
      code: 'ssh h "cd /srv && docker run --net=host img" 2>&1',
      commands: [cmd('docker', 1, 19, 44, '--net', 30)],
    },
    {
      name: 'no remote command runs (-N, -W), ssh is an argument, the remote command is echo, -l takes the next word',
      code: 'ssh -N -L 8080:x:80 h docker run --net=host a\nssh -W h:22 j docker run --net=host b\necho ssh h docker run --net=host c\nssh h echo docker run --net=host d\nssh -l docker h run --net=host f',
      commands: [],
    },
  ])
})

describe('parseContainerOptions', () => {
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
    {
      name: 'YAML-quoted value',
      code: 'options: "--ipc=host --rm"',
      from: '"',
      flags: [{ name: 'ipc', written: '--ipc', value: 'host', span: [1, 11, 1, 21], valueSpan: [1, 17, 1, 21] }],
    },
    {
      name: 'folded over lines',
      code: 'options: >-\n  --cpus 1\n  --net host',
      from: '>',
      flags: [{ name: 'network', written: '--net', value: 'host', span: [3, 3, 3, 13], valueSpan: [3, 9, 3, 13] }],
    },
    {
      name: 'block scalar header is not an option',
      code: 'options: >\n  --network host',
      from: '>',
      flags: [{ name: 'network', written: '--network', value: 'host', span: [2, 3, 2, 17], valueSpan: [2, 13, 2, 17] }],
    },
    { name: 'nothing to report', code: 'options: --cpus 1 --network-alias host -e N=--network', from: '--', flags: [] },
  ] as Array<{ name: string; code: string; from: string; flags: FlagCase[] }>)('$name', ({ code, from, flags }) => {
    const src = new SourceText('w.yml', code)
    expect(parseContainerOptions(src, code.indexOf(from), code.length).map(flagOf)).toEqual(flags)
  })
})

describe('flag removal', () => {
  const remove = (code: string, path = 'x.sh'): string => {
    const [f] = findContainerCommands(new SourceText(path, code)).flatMap(c => c.flags)
    return code.slice(0, f.removal.startOffset) + code.slice(f.removal.endOffset)
  }
  it.each([
    { name: 'two-word flag and its blank', code: 'docker run --network host img', output: 'docker run img' },
    { name: 'alone on a continued line: the whole line', code: 'docker run --rm \\\n  --network host \\\n  img\n', output: 'docker run --rm \\\n  img\n' },
    { name: 'alone on a continued CRLF line', code: 'docker run \\\r\n  --pid=host \\\r\n  img\r\n', output: 'docker run \\\r\n  img\r\n' },
    { name: 'last word: the blanks before it', code: 'docker build . --network=host', output: 'docker build .' },
    { name: 'an engine named by a variable', code: '$(DOCKER) run --net=host img', output: '$(DOCKER) run img' },
    { name: 'in a heredoc body that bash reads', code: 'bash <<EOF\ndocker run --network host img\nEOF\n', output: 'bash <<EOF\ndocker run img\nEOF\n' },
    { name: 'after an expansion that holds options', code: 'docker run $OPTS --network host img', output: 'docker run $OPTS img' },
    {
      name: 'YAML folded block, alone on its line: the whole line',
      path: 'ci.yml',
      code: 'run: >\n  docker run --rm\n  --network host\n  img\n',
      output: 'run: >\n  docker run --rm\n  img\n',
    },
    {
      name: 'YAML plain value, alone on its last line',
      path: 'ci.yml',
      code: 'run: docker run --rm\n  --network host\nname: x\n',
      output: 'run: docker run --rm\nname: x\n',
    },
    {
      name: 'YAML plain value, alone at the end of the file',
      path: 'ci.yml',
      code: 'run: docker run --rm\n  --network host',
      output: 'run: docker run --rm\n',
    },
    {
      name: 'YAML folded CRLF line',
      path: 'ci.yml',
      code: 'run: >\r\n  docker run --rm\r\n  --pid=host\r\n  img\r\n',
      output: 'run: >\r\n  docker run --rm\r\n  img\r\n',
    },
    {
      name: 'YAML quoted value: a closing quote after it keeps the indentation',
      path: 'ci.yml',
      code: 'run: "docker run --rm\n  --network host"\n',
      output: 'run: "docker run --rm\n  "\n',
    },
    {
      name: 'YAML folded line, words after it: the flag and its blank',
      path: 'ci.yml',
      code: 'run: >\n  docker run --rm\n  --network host img\n',
      output: 'run: >\n  docker run --rm\n  img\n',
    },
    { name: "YAML '' escapes: the raw flag only", path: 'ci.yml', code: "run: 'docker run --net=host ''img'''\n", output: "run: 'docker run ''img'''\n" },
    {
      name: 'YAML \\" escapes around the flag go with it',
      path: 'ci.yml',
      code: 'run: "docker run \\"--pid=host\\" img"\n',
      output: 'run: "docker run img"\n',
    },
    {
      name: 'YAML escaped line break inside the flag',
      path: 'ci.yml',
      code: 'run: "docker run --network\\\n  \\ host img"\n',
      output: 'run: "docker run img"\n',
    },
    {
      name: 'Groovy \\\\ continuation: the whole line',
      path: 'Jenkinsfile',
      code: 'sh """\n  docker run --rm \\\\\n    --network host \\\\\n    img\n"""\n',
      output: 'sh """\n  docker run --rm \\\\\n    img\n"""\n',
    },
    {
      name: 'Groovy \\ line continuation: the whole line',
      path: 'Jenkinsfile',
      code: "sh '''\n  docker run --rm \\\n    --pid=host \\\n    img\n'''\n",
      output: "sh '''\n  docker run --rm \\\n    img\n'''\n",
    },
    {
      name: 'Groovy escaped quotes are part of the flag',
      path: 'Jenkinsfile',
      code: 'sh "docker run \\"--pid=host\\" img"\n',
      output: 'sh "docker run img"\n',
    },
    {
      name: 'Jenkins docker agent args',
      path: 'Jenkinsfile',
      code: "agent { docker { image 'x'; args '-v /a:/b --network host' } }\n",
      output: "agent { docker { image 'x'; args '-v /a:/b' } }\n",
    },
  ] as Array<{ name: string; code: string; output: string; path?: string }>)('$name', ({ code, output, path = 'x.sh' }) => {
    expect(remove(code, path)).toBe(output)
    expect(findContainerCommands(new SourceText(path, output)).flatMap(c => c.flags)).toEqual([])
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
      'docker run --net=host x && '.repeat(20000),
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
    const counts = inputs.map(code => findContainerCommands(new SourceText('x.sh', code)).length)
    expect(counts[0]).toBe(1)
    expect(counts[6]).toBe(20000)
    expect(counts[14]).toBe(10000)
    expect(parseContainerOptions(new SourceText('w', '--cpus 1 '.repeat(50000)), 0, 450000)).toEqual([])
  })

  it('handles large and hostile inputs to the expansion, ssh, YAML and Groovy readers', () => {
    const staircase = (line: (k: number) => string) => Array.from({ length: 1000 }, (_, k) => ' '.repeat(k) + line(k)).join('\n')
    const inputs: Array<[string, string]> = [
      ['x.sh', 'docker run ' + '$A '.repeat(50000) + '--net=host img'],
      ['x.sh', 'docker run ' + '"${a[@]}" --rm '.repeat(10000)],
      ['x.sh', 'docker run $' + '{'.repeat(100000)],
      ['x.sh', 'ssh h '.repeat(20000) + 'docker run --net=host x'],
      // YAML: unclosed quotes, deepening and shallowing lines, long lines, many short values.
      ['ci.yml', 'run: "\n'.repeat(20000)],
      ['ci.yml', staircase(k => (k % 2 ? 'run: "x' : "run: 'x"))],
      ['ci.yml', staircase(() => 'run: >')],
      ['ci.yml', staircase(k => ' '.repeat(1000 - 2 * Math.min(k, 500)) + 'script:')],
      ['ci.yml', 'run: >\n' + '  docker run --net=host x\n'.repeat(20000)],
      ['ci.yml', 'script:\n' + '- docker run\n  --net=host x\n'.repeat(10000)],
      ['ci.yml', 'run: a' + ' '.repeat(200000) + ':b\n'],
      ['ci.yml', '- '.repeat(100000)],
      ['ci.yml', 'run: docker run\n' + '  # x\n'.repeat(50000)],
      // Groovy: unclosed strings and interpolations, nested calls, comments, escapes, blocks.
      ['Jenkinsfile', "sh '".repeat(20000)],
      ['Jenkinsfile', 'sh "${'.repeat(20000)],
      ['Jenkinsfile', 'sh(script: '.repeat(30000)],
      ['Jenkinsfile', '/*'.repeat(50000)],
      ['Jenkinsfile', "sh '" + '\\\\'.repeat(100000) + "'"],
      ['Jenkinsfile', 'agent { docker { '.repeat(20000)],
      ['Jenkinsfile', 'sh """' + '${'.repeat(50000)],
      ['Jenkinsfile', "sh 'docker run --net=host x'\n".repeat(10000)],
      ['Jenkinsfile', 'sh """\n' + 'docker run \\\\\n'.repeat(20000) + '"""'],
      ['Jenkinsfile', 'sh label: x,\n'.repeat(30000)],
      // Calls and arrays: an unclosed group on a long line, nested ones, quotes inside.
      ['x.sh', 'a('.repeat(50000) + '\ndocker run --net=host x'],
      ['x.sh', 'f("'.repeat(30000)],
      ['x.sh', 'a(b) '.repeat(40000)],
      // YAML escapes: many of them in one quoted command value, unclosed, refused.
      ['ci.yml', "run: '" + "''".repeat(100000) + "'"],
      ['ci.yml', 'run: "' + '\\x41\\u0042\\\n'.repeat(30000)],
      ['ci.yml', 'run: "' + '\\q'.repeat(100000) + '"'],
    ]
    const counts = inputs.map(([path, code]) => findContainerCommands(new SourceText(path, code)).length)
    expect(counts[0]).toBe(1)
    expect(counts[9]).toBe(10000)
    expect(counts[20]).toBe(10000)
    // An unclosed call on one line hides nothing on the next.
    expect(counts[21]).toBe(1)
  })
})

describe('the readers behind the view', () => {
  it('foldedLineBreaks gives the offsets of the breaks YAML folds in command values only', () => {
    const code = 'a:\n  run: >\n    x\n    y\n  name: >\n    p\n    q\n  script:\n  - u\n    v\n'
    expect(foldedLineBreaks(code)).toEqual([code.indexOf('x\n') + 1, code.indexOf('u\n') + 1])
  })

  it('readJenkinsfile finds sh scripts and agent options, and undoes Groovy escapes at the same offsets', () => {
    const code = "sh 'a\\\\b \\'c\\' \\n'\nagent { docker { args \"-v ${x ? 'a' : 'b'}\" } }\n"
    const jenkinsfile = readJenkinsfile(code)
    expect(jenkinsfile.scripts.map(s => code.slice(s.contentStart, s.contentEnd))).toEqual(["a\\\\b \\'c\\' \\n"])
    expect(jenkinsfile.containerOptions.map(o => [code.slice(o.start, o.end), o.subcommand])).toEqual([[`"-v \${x ? 'a' : 'b'}"`, 'run']])
    expect(jenkinsfile.view).toHaveLength(code.length)
    const script = jenkinsfile.scripts[0]
    expect(jenkinsfile.view.slice(script.contentStart, script.contentEnd)).toBe("a\0\\b \0'c\0' \0\n")
    expect(jenkinsfile.view).toContain('-v ${' + '_'.repeat("x ? 'a' : 'b'".length) + '}')
  })
})

describe('scripts that cannot name a container engine are not read word by word', () => {
  // Each still finds its command: the engine's name is split by what the shell, Make or a host
  // format removes, or the engine is named through a variable. Without the split characters in
  // mayNameContainerTool's pattern, these scripts would be skipped and find nothing.
  it.each([
    ['empty quotes inside the word', "d''ocker run --net=host app\n", 'x.sh'],
    ['quoted parts', '"pod"man run --pid=host app\n', 'x.sh'],
    ['a line continuation', 'doc\\\nker run --ipc=host app\n', 'x.sh'],
    ['a backslash', 'ne\\rdctl run --net=host app\n', 'x.sh'],
    ['a variable named for the engine', '$ENGINE run --net=host app\n', 'x.sh'],
    ["Make's variable", 'run:\n\t$(CONTAINER_TOOL) run --net=host app\n', 'Makefile'],
    ['a default', '"${OCI_BIN:-podman}" run --net=host app\n', 'x.sh'],
    ['a Groovy escape', 'sh "d\\u006fcker run --net=host app"\n', 'Jenkinsfile'],
    ['a YAML escape in a workflow', 'jobs:\n  a:\n    steps:\n      - run: "p\\x6fdman run --net=host app"\n', '.github/workflows/ci.yml'],
  ])('%s', (_name, code, path) => {
    expect(find(code, path).map(c => c.flags.length)).toEqual([1])
  })

  it('tells a script that names no engine, or names one only in other words', () => {
    expect(mayNameContainerTool('#!/bin/sh\nset -eu\nmake build\n./run-tests --network=host\n')).toBe(false)
    expect(mayNameContainerTool('#!/bin/sh\nDOCKER_HOST=x ./deploy\n')).toBe(true)
    expect(find('#!/bin/sh\n./run --net=host app\n')).toEqual([])
  })
})
