import { describe, expect, it } from '@jest/globals'
import { findingsFor, runRuleTests } from '../support/rule-tester.js'

/**
 * Flags kept in variables, within one file (issue 16): each case puts `--net=host` (or
 * `--network host`) in a variable and uses it in a container command. The finding sits on the
 * flag, names the use's line, and offers no fix (the variable may have other users).
 */

const gh = (body: string) => `on: push\n${body}`

runRuleTests('host-network', {
  valid: [
    { name: 'a variable holding host that no container command uses', file: 'run.sh', code: 'NET=--net=host\necho "$NET"\ndocker run --rm img\n' },
    { name: 'a commented-out use', file: 'run.sh', code: 'OPTS="--network host"\n# docker run $OPTS img\n' },
    { name: 'a commented-out Make use', file: 'Makefile', code: 'FLAGS := --net=host\nrun:\n#\tdocker run $(FLAGS) img\n\tdocker run img\n' },
    {
      name: '--net=host in echo and help text',
      file: 'run.sh',
      code: 'OPTS=--net=host\necho "usage: docker run $OPTS img"\ncat <<EOF\ndocker run $OPTS img\nEOF\n',
    },
    { name: 'a value that is not host (hostnet)', file: 'run.sh', code: 'OPTS=--network=hostnet\ndocker run $OPTS img\n' },
    { name: 'a variable the file never assigns', file: 'run.sh', code: 'docker run $DOCKER_OPTS img\n' },
    { name: "a value from a command's output", file: 'run.sh', code: 'OPTS=$(./flags)\ndocker run $OPTS img\n' },
    { name: "Make's != (a shell command's output)", file: 'Makefile', code: 'FLAGS != ./flags\nrun:\n\tdocker run $(FLAGS) img\n' },
    { name: 'a shell $(X) is command substitution, not a variable', file: 'run.sh', code: 'OPTS=--net=host\ndocker run $(OPTS) img\n' },
    { name: 'a Make variable is not the recipe shell variable', file: 'Makefile', code: 'OPTS=--net=host\nrun:\n\tdocker run $$OPTS img\n' },
    {
      name: 'a quoted expansion of several words is one argument the engine refuses',
      file: 'run.sh',
      code: 'OPTS="--rm --net=host"\ndocker run "$OPTS" img\n',
    },
    { name: 'a quoted command string as the command word names one program', file: 'run.sh', code: 'CMD="docker run --net=host img"\n"$CMD"\n' },
    { name: 'a value whose only unknown part is another variable', file: 'run.sh', code: 'OPTS="$EXTRA --rm"\ndocker run $OPTS img\n' },
    {
      name: "another job's env",
      file: '.github/workflows/ci.yml',
      code: gh(
        'jobs:\n  a:\n    runs-on: x\n    env:\n      NET: --net=host\n    steps:\n      - run: echo\n  b:\n    runs-on: x\n    steps:\n      - run: docker run $NET img\n',
      ),
    },
    {
      name: "another step's env",
      file: '.github/workflows/ci.yml',
      code: gh('jobs:\n  a:\n    runs-on: x\n    steps:\n      - env:\n          NET: --net=host\n        run: echo\n      - run: docker run $NET img\n'),
    },
    {
      name: "a script's assignment in another job",
      file: '.github/workflows/ci.yml',
      code: gh('jobs:\n  a:\n    runs-on: x\n    steps:\n      - run: OPTS=--net=host\n  b:\n    runs-on: x\n    steps:\n      - run: docker run $OPTS img\n'),
    },
  ],
  invalid: [
    {
      name: 'Make :=',
      file: 'Makefile',
      code: 'DOCKER_RUN_FLAGS := --rm --net=host\nrun:\n\tdocker run $(DOCKER_RUN_FLAGS) img\n',
      errors: [{ line: 1, column: 26, endColumn: 36, message: /^docker run on line 3 uses \$\(DOCKER_RUN_FLAGS\), which holds --net=host \(line 1\)/ }],
      output: null,
    },
    { name: 'Make =', file: 'lib.Makefile', code: 'FLAGS = --net=host\nrun:\n\tdocker run $(FLAGS) img\n', errors: [{ line: 1, column: 9 }], output: null },
    {
      name: 'Make ::=',
      file: 'common.make',
      type: 'shell',
      code: 'FLAGS ::= --net=host\nrun:\n\tdocker run ${FLAGS} img\n',
      errors: [{ line: 1, column: 11 }],
      output: null,
    },
    {
      name: 'Make ?=',
      file: 'Makefile.common',
      code: 'FLAGS ?= --network host\nrun:\n\tdocker run $(FLAGS) img\n',
      errors: [{ line: 1, column: 10, message: /holds --network host/ }],
      output: null,
    },
    {
      name: 'Make += after a first value',
      file: 'rules.mk',
      code: 'FLAGS := --rm\nFLAGS += --net=host # shares\nrun:\n\tdocker run $(FLAGS) img\n',
      errors: [{ line: 2, column: 10 }],
      output: null,
    },
    {
      name: 'Make target-specific',
      file: 'Makefile',
      code: 'run: FLAGS := --net=host\nrun:\n\tdocker run $(FLAGS) img\n',
      errors: [{ line: 1, column: 15, message: /on line 3/ }],
      output: null,
    },
    {
      name: 'Make define used as flags',
      file: 'Makefile',
      code: 'define FLAGS\n--rm --net=host\nendef\nrun:\n\tdocker run $(FLAGS) img\n',
      errors: [{ line: 2, column: 6 }],
      output: null,
    },
    {
      name: 'Make variable naming another',
      file: 'Makefile',
      code: 'NET := --net=host\nFLAGS := --rm $(NET)\nrun:\n\tdocker run $(FLAGS) img\n',
      errors: [{ line: 1, column: 8, message: /uses \$\(FLAGS\)/ }],
      output: null,
    },
    {
      name: 'Make recipe shell variable ($$)',
      file: 'Makefile',
      code: 'run:\n\tOPTS="--net=host"; docker run $$OPTS img\n',
      errors: [{ line: 2, column: 8 }],
      output: null,
    },
    {
      name: "Make's exported variable read by the recipe shell",
      file: 'Makefile',
      code: 'export OPTS = --net=host\nrun:\n\tdocker run $$OPTS img\n',
      errors: [{ line: 1, column: 15 }],
      output: null,
    },
    {
      name: 'shell string',
      file: 'run.sh',
      code: 'OPTS="--network host"\ndocker run $OPTS img\n',
      errors: [{ line: 1, column: 7, endColumn: 21, message: /on line 2 uses \$OPTS/ }],
      output: null,
    },
    { name: 'shell braces', file: 'run.sh', code: "NET='--net=host'\ndocker run -d ${NET} img\n", errors: [{ line: 1, column: 6 }], output: null },
    { name: 'shell export', file: 'run.sh', code: 'export NET=--net=host\ndocker run "$NET" img\n', errors: [{ line: 1, column: 12 }], output: null },
    { name: 'shell array', file: 'run.sh', code: 'OPTS=(--rm --network host)\ndocker run "${OPTS[@]}" img\n', errors: [{ line: 1, column: 12 }], output: null },
    {
      name: 'shell local in a function',
      file: 'run.sh',
      code: 'start() {\n  local opts="--net=host"\n  docker run $opts img\n}\n',
      errors: [{ line: 2, column: 15 }],
      output: null,
    },
    {
      name: 'eval of a command string',
      file: 'run.sh',
      code: 'CMD="docker run --net=host img"\neval "$CMD"\n',
      errors: [{ line: 1, column: 17, message: /^docker run, kept in "\$CMD" and run on line 2, uses --net=host \(line 1\)/ }],
      output: null,
    },
    {
      name: 'sh -c of a command string',
      file: 'run.sh',
      code: 'CMD=\'docker run --net=host img\'\nsh -c "$CMD"\n',
      errors: [{ line: 1, column: 17 }],
      output: null,
    },
    {
      name: 'bash -c of a command string',
      file: 'run.sh',
      code: 'CMD="docker run --net=host img"\nbash -ec "$CMD"\n',
      errors: [{ line: 1, column: 17 }],
      output: null,
    },
    {
      name: 'a command run through its variable',
      file: 'run.sh',
      code: 'CMD="docker run --net=host img"\n$CMD\n',
      errors: [{ line: 1, column: 17 }],
      output: null,
    },
    { name: 'a command array', file: 'run.sh', code: 'CMD=(docker run --net=host img)\n"${CMD[@]}"\n', errors: [{ line: 1, column: 17 }], output: null },
    {
      name: 'a Make variable holding a command',
      file: 'Makefile',
      code: 'RUN = docker run --net=host img\nrun:\n\t$(RUN)\n',
      errors: [{ line: 1, column: 18 }],
      output: null,
    },
    {
      name: 'a command substitution using a variable',
      file: 'run.sh',
      code: 'OPTS=--net=host\nID=$(docker run -d $OPTS img)\n',
      errors: [{ line: 1, column: 6, message: /on line 2/ }],
      output: null,
    },
    {
      name: 'workflow env',
      file: '.github/workflows/ci.yml',
      code: gh('env:\n  NET: --network=host\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: docker run $NET img\n'),
      errors: [{ line: 3, column: 8, message: /^docker run on line 8 uses \$NET, which holds --network=host \(line 3\)/ }],
      output: null,
    },
    {
      name: 'job env through an expression',
      file: '.github/workflows/ci.yml',
      code: gh('jobs:\n  a:\n    runs-on: x\n    env:\n      NET: "--net=host"\n    steps:\n      - run: docker run ${{ env.NET }} img\n'),
      errors: [{ line: 6, column: 13 }],
      output: null,
    },
    {
      name: 'step env',
      file: '.github/workflows/ci.yml',
      code: gh('jobs:\n  a:\n    runs-on: x\n    steps:\n      - env:\n          NET: --net=host\n        run: |\n          docker run $NET img\n'),
      errors: [{ line: 7, column: 16, message: /on line 9/ }],
      output: null,
    },
    {
      name: 'GitLab global variables',
      file: '.gitlab-ci.yml',
      type: 'workflow',
      code: 'variables:\n  DOCKER_OPTS: "--net=host"\nbuild:\n  script:\n    - docker run $DOCKER_OPTS img\n',
      errors: [{ line: 2, column: 17 }],
      output: null,
    },
    {
      name: 'GitLab job variables in the value form',
      file: '.gitlab-ci.yml',
      type: 'workflow',
      code: 'build:\n  variables:\n    NET: {value: --net=host, description: x}\n  script:\n    - docker run ${NET} img\n',
      errors: [{ line: 3, column: 18 }],
      output: null,
    },
  ],
})

describe('a flag kept in a variable', () => {
  it('is related to the command that uses it (usedAt), so a pull request adding the use adds the finding', () => {
    const [f] = findingsFor('host-network', { file: 'Makefile', code: 'FLAGS := --net=host\n\nrun:\n\tdocker run $(FLAGS) img\n' })
    expect([f.span.start.line, f.usedAt?.start.line, f.usedAt?.start.column, f.usedAt?.end.column]).toEqual([1, 4, 13, 21])
  })

  it('is one finding per use, each with its own fingerprint input', () => {
    const found = findingsFor('host-network', { file: 'run.sh', code: 'OPTS=--net=host\ndocker run $OPTS a\ndocker run $OPTS b\n' })
    expect(found.map(f => [f.span.start.line, f.usedAt?.start.line, f.fieldPath])).toEqual([
      [1, 2, 'docker run $OPTS a [--net] via $OPTS'],
      [1, 3, 'docker run $OPTS b [--net] via $OPTS'],
    ])
  })

  it('reads a cycle once, and a flag value kept in another variable points at the flag', () => {
    const found = findingsFor('host-network', { file: 'Makefile', code: 'A = $(A) --network $(NET)\nNET = host\nrun:\n\tdocker run $(A) img\n' })
    expect(found.map(f => [f.span.start.line, f.span.start.column, f.span.end.line, f.message])).toEqual([
      [1, 10, 1, 'docker run on line 4 uses $(A), which holds --network (line 1): shares the host network namespace.'],
    ])
  })

  it('expands a value once per file, however often variables name each other', () => {
    const refs = (name: string) => Array.from({ length: 300 }, () => `$(${name})`).join(' ')
    const code = (command: string) =>
      `A := ${refs('B')}\nB := ${refs('C')}\nC := ${refs('D')}\nD := --rm\nE := --net=host\n${Array.from({ length: 300 }, (_, i) => `t${i}:\n\t${command}\n`).join('')}`
    expect(findingsFor('host-network', { file: 'Makefile', code: code('docker run $(E) $(A) img') })).toHaveLength(300)
    // Past the word limit the rest is not read, and that is said, never passed silently.
    const first = 'docker run $(A) $(E) img'
    expect(findingsFor('host-network', { file: 'Makefile', code: code(first) })).toHaveLength(0)
    const bounds = findingsFor('incomplete-scan', { file: 'Makefile', code: code(first) })
    expect(bounds).toHaveLength(300)
    expect(bounds[0].message).toBe('Makefile: line 7: $(A) and the variables after it expand to more than 512 words: the rest was not read.')
  })
})
