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
  subcommand: string
  span: At
  flags: FlagCase[]
}

const flagOf = (f: CommandFlag): FlagCase => ({ name: f.name, written: f.written, value: f.value, span: at(f.span), valueSpan: at(f.valueSpan) })
const commandOf = (c: ContainerCommand): CommandCase => ({ tool: c.tool, subcommand: c.subcommand, span: at(c.span), flags: c.flags.map(flagOf) })
const find = (code: string): CommandCase[] => findContainerCommands(new SourceText('x.sh', code)).map(commandOf)

/** Shorthand for a flag on line 1. */
const net = (col: number, end: number, vcol: number, vend: number, value = 'host', written = '--network'): FlagCase =>
  ({ name: 'network', written, value, span: [1, col, 1, end], valueSpan: [1, vcol, 1, vend] })

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
    name: 'Makefile recipe: @ prefix kept out of the span, $(DOCKER) skipped',
    code: 'run:\n\t@docker run --network=host img\n\t$(DOCKER) run --net=host x\n',
    commands: [{ tool: 'docker', subcommand: 'run', span: [2, 3, 2, 32], flags: [{ name: 'network', written: '--network', value: 'host', span: [2, 14, 2, 28], valueSpan: [2, 24, 2, 28] }] }],
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
    ]
    const counts = inputs.map((code) => findContainerCommands(new SourceText('x.sh', code)).length)
    expect(counts[0]).toBe(1)
    expect(counts[6]).toBe(20000)
    expect(parseEngineOptions(new SourceText('w', '--cpus 1 '.repeat(50000)), 0, 450000)).toEqual([])
  })
})
