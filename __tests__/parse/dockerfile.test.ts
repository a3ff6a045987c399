import { describe, it, expect } from '@jest/globals'
import type { Span } from '../../src/model.js'
import { parseDockerfile, type DockerfileRun } from '../../src/parse/dockerfile/dockerfile.js'
import { SourceText } from '../../src/parse/source.js'

/** [line, column, endLine, endColumn], 1-based, end exclusive. */
type At = [number, number, number, number]
const at = (s: Span): At => [s.start.line, s.start.column, s.end.line, s.end.column]

interface FlagCase {
  name: string
  value: string | undefined
  span: At
  valueSpan?: At
}
interface RunCase {
  stage: string
  keyword: At
  flags: FlagCase[]
  onbuild?: true
}
interface Case {
  name: string
  code: string
  runs: RunCase[]
  problems?: Array<{ match: RegExp; span: At }>
}

const simplify = (r: DockerfileRun): RunCase => {
  const out: RunCase = {
    stage: r.stage,
    keyword: at(r.instructionSpan),
    flags: r.flags.map(f => {
      const c: FlagCase = { name: f.name, value: f.value, span: at(f.span) }
      if (f.valueSpan) c.valueSpan = at(f.valueSpan)
      return c
    }),
  }
  if (r.onbuild) out.onbuild = true
  return out
}

const cases: Case[] = [
  {
    name: 'single flag',
    code: 'FROM alpine\nRUN --network=host apk add curl\n',
    runs: [{ stage: '0', keyword: [2, 1, 2, 4], flags: [{ name: 'network', value: 'host', span: [2, 5, 2, 19], valueSpan: [2, 15, 2, 19] }] }],
  },
  {
    name: 'flag order: mount before network',
    code: 'FROM a\nRUN --mount=type=cache,target=/x --network=host make\n',
    runs: [
      {
        stage: '0',
        keyword: [2, 1, 2, 4],
        flags: [
          { name: 'mount', value: 'type=cache,target=/x', span: [2, 5, 2, 33], valueSpan: [2, 13, 2, 33] },
          { name: 'network', value: 'host', span: [2, 34, 2, 48], valueSpan: [2, 44, 2, 48] },
        ],
      },
    ],
  },
  {
    name: 'instruction and flag names are case-insensitive, the value keeps its case',
    code: 'from a\nrun --NETWORK=HOST x\n',
    runs: [{ stage: '0', keyword: [2, 1, 2, 4], flags: [{ name: 'network', value: 'HOST', span: [2, 5, 2, 19], valueSpan: [2, 15, 2, 19] }] }],
  },
  {
    name: 'flags spread over continuation lines, named stage',
    code: 'FROM golang AS Build\nRUN --mount=type=cache,target=/x \\\n    --network=host \\\n    make\n',
    runs: [
      {
        stage: 'build',
        keyword: [2, 1, 2, 4],
        flags: [
          { name: 'mount', value: 'type=cache,target=/x', span: [2, 5, 2, 33], valueSpan: [2, 13, 2, 33] },
          { name: 'network', value: 'host', span: [3, 5, 3, 19], valueSpan: [3, 15, 3, 19] },
        ],
      },
    ],
  },
  {
    name: 'blanks after the continuation backslash still continue',
    code: 'RUN --mount=x \\  \t\n  --network=host cmd\n',
    runs: [
      {
        stage: '',
        keyword: [1, 1, 1, 4],
        flags: [
          { name: 'mount', value: 'x', span: [1, 5, 1, 14], valueSpan: [1, 13, 1, 14] },
          { name: 'network', value: 'host', span: [2, 3, 2, 17], valueSpan: [2, 13, 2, 17] },
        ],
      },
    ],
  },
  {
    name: 'an escaped escape char at the end does not continue',
    code: 'RUN echo c:\\\\\nRUN --network=host x\n',
    runs: [
      { stage: '', keyword: [1, 1, 1, 4], flags: [] },
      { stage: '', keyword: [2, 1, 2, 4], flags: [{ name: 'network', value: 'host', span: [2, 5, 2, 19], valueSpan: [2, 15, 2, 19] }] },
    ],
  },
  {
    name: 'a lone escape char continues',
    code: 'RUN --mount=x \\\n\\\n --network=host y\n',
    runs: [
      {
        stage: '',
        keyword: [1, 1, 1, 4],
        flags: [
          { name: 'mount', value: 'x', span: [1, 5, 1, 14], valueSpan: [1, 13, 1, 14] },
          { name: 'network', value: 'host', span: [3, 2, 3, 16], valueSpan: [3, 12, 3, 16] },
        ],
      },
    ],
  },
  {
    name: 'comment lines and blank lines inside a continuation are skipped',
    code: 'FROM a\nRUN --mount=x \\\n# --pid=host is a comment\n\n   # indented comment\n    --network=host cmd\n',
    runs: [
      {
        stage: '0',
        keyword: [2, 1, 2, 4],
        flags: [
          { name: 'mount', value: 'x', span: [2, 5, 2, 14], valueSpan: [2, 13, 2, 14] },
          { name: 'network', value: 'host', span: [6, 5, 6, 19], valueSpan: [6, 15, 6, 19] },
        ],
      },
    ],
  },
  {
    name: 'escape directive: backtick continues, backslash does not',
    code: '# escape=`\nFROM windows\nRUN --network=host `\n    --security=insecure `\n    dir c:\\\nRUN --pid=host x\n',
    runs: [
      {
        stage: '0',
        keyword: [3, 1, 3, 4],
        flags: [
          { name: 'network', value: 'host', span: [3, 5, 3, 19], valueSpan: [3, 15, 3, 19] },
          { name: 'security', value: 'insecure', span: [4, 5, 4, 24], valueSpan: [4, 16, 4, 24] },
        ],
      },
      { stage: '0', keyword: [6, 1, 6, 4], flags: [{ name: 'pid', value: 'host', span: [6, 5, 6, 15], valueSpan: [6, 11, 6, 15] }] },
    ],
  },
  {
    name: 'syntax then escape directive, spaces around =',
    code: '# syntax=docker/dockerfile:1\n#  Escape = `\nRUN --network=host `\n  --pid=host x\n',
    runs: [
      {
        stage: '',
        keyword: [3, 1, 3, 4],
        flags: [
          { name: 'network', value: 'host', span: [3, 5, 3, 19], valueSpan: [3, 15, 3, 19] },
          { name: 'pid', value: 'host', span: [4, 3, 4, 13], valueSpan: [4, 9, 4, 13] },
        ],
      },
    ],
  },
  {
    name: 'a directive after an instruction is a comment',
    code: 'FROM a\n# escape=`\nRUN --network=host `\n--pid=host x\n',
    runs: [{ stage: '0', keyword: [3, 1, 3, 4], flags: [{ name: 'network', value: 'host', span: [3, 5, 3, 19], valueSpan: [3, 15, 3, 19] }] }],
  },
  {
    name: 'a directive after an ordinary comment is a comment',
    code: '# hello\n# escape=`\nRUN --network=host `\n--pid=host x\n',
    runs: [{ stage: '', keyword: [3, 1, 3, 4], flags: [{ name: 'network', value: 'host', span: [3, 5, 3, 19], valueSpan: [3, 15, 3, 19] }] }],
  },
  {
    name: 'a directive after an empty line is a comment',
    code: '\n# escape=`\nRUN --network=host `\n--pid=host x\n',
    runs: [{ stage: '', keyword: [3, 1, 3, 4], flags: [{ name: 'network', value: 'host', span: [3, 5, 3, 19], valueSpan: [3, 15, 3, 19] }] }],
  },
  {
    name: 'heredoc body is not read as instructions',
    code: 'FROM a\nRUN <<EOF\nRUN --network=host echo hi\nEOF\nRUN --pid=host x\n',
    runs: [
      { stage: '0', keyword: [2, 1, 2, 4], flags: [] },
      { stage: '0', keyword: [5, 1, 5, 4], flags: [{ name: 'pid', value: 'host', span: [5, 5, 5, 15], valueSpan: [5, 11, 5, 15] }] },
    ],
  },
  {
    name: 'heredoc after flags, quoted terminator, line continuation inside the body',
    code: 'RUN --network=none <<"END" \nset -e \\\nRUN --network=host x\nEND\n',
    runs: [{ stage: '', keyword: [1, 1, 1, 4], flags: [{ name: 'network', value: 'none', span: [1, 5, 1, 19], valueSpan: [1, 15, 1, 19] }] }],
  },
  {
    name: '<<- strips leading tabs from the terminator only',
    code: 'RUN <<-EOF\n\tRUN --network=host\n\tEOF\nRUN --ipc=host x\n',
    runs: [
      { stage: '', keyword: [1, 1, 1, 4], flags: [] },
      { stage: '', keyword: [4, 1, 4, 4], flags: [{ name: 'ipc', value: 'host', span: [4, 5, 4, 15], valueSpan: [4, 11, 4, 15] }] },
    ],
  },
  {
    name: 'without <<- an indented terminator does not close the heredoc',
    code: "RUN <<'EOF'\n\tEOF\nRUN --network=host x\nEOF\n",
    runs: [{ stage: '', keyword: [1, 1, 1, 4], flags: [] }],
  },
  {
    name: 'two heredocs on one line are read in order',
    code: 'RUN <<A cat /dev/stdin - <<B\nRUN --network=host\nA\nRUN --pid=host\nB\nRUN --ipc=host x\n',
    runs: [
      { stage: '', keyword: [1, 1, 1, 4], flags: [] },
      { stage: '', keyword: [6, 1, 6, 4], flags: [{ name: 'ipc', value: 'host', span: [6, 5, 6, 15], valueSpan: [6, 11, 6, 15] }] },
    ],
  },
  {
    name: 'COPY and ONBUILD COPY heredocs are skipped too',
    code: 'COPY <<EOF /etc/x\nRUN --network=host\nEOF\nONBUILD COPY <<EOF /y\nRUN --pid=host\nEOF\nRUN --ipc=host x\n',
    runs: [{ stage: '', keyword: [7, 1, 7, 4], flags: [{ name: 'ipc', value: 'host', span: [7, 5, 7, 15], valueSpan: [7, 11, 7, 15] }] }],
  },
  {
    name: 'JSON form and glued or quoted << open no heredoc (BuildKit word rules)',
    code: 'RUN ["sh", "-c", "cat <<EOF"]\nRUN cat<<EOF "<<EOF"\nRUN --network=host x\n',
    runs: [
      { stage: '', keyword: [1, 1, 1, 4], flags: [] },
      { stage: '', keyword: [2, 1, 2, 4], flags: [] },
      { stage: '', keyword: [3, 1, 3, 4], flags: [{ name: 'network', value: 'host', span: [3, 5, 3, 19], valueSpan: [3, 15, 3, 19] }] },
    ],
  },
  {
    name: 'text in the command is not a flag',
    code: 'RUN echo --network=host\nRUN -- --network=host\n',
    runs: [
      { stage: '', keyword: [1, 1, 1, 4], flags: [] },
      { stage: '', keyword: [2, 1, 2, 4], flags: [] },
    ],
  },
  {
    name: 'exec form after flags',
    code: 'RUN --network=host ["echo", "x"]\n',
    runs: [{ stage: '', keyword: [1, 1, 1, 4], flags: [{ name: 'network', value: 'host', span: [1, 5, 1, 19], valueSpan: [1, 15, 1, 19] }] }],
  },
  {
    name: 'quoted and empty values',
    code: 'RUN --network="host" --pid= x\n',
    runs: [
      {
        stage: '',
        keyword: [1, 1, 1, 4],
        flags: [
          { name: 'network', value: 'host', span: [1, 5, 1, 21], valueSpan: [1, 16, 1, 20] },
          { name: 'pid', value: '', span: [1, 22, 1, 28], valueSpan: [1, 28, 1, 28] },
        ],
      },
    ],
  },
  {
    name: 'space-separated value is a BuildKit error',
    code: 'RUN --network host apt-get update\n',
    runs: [{ stage: '', keyword: [1, 1, 1, 4], flags: [{ name: 'network', value: undefined, span: [1, 5, 1, 14] }] }],
    problems: [{ match: /"--network" has no value.*missing a value on flag: network/, span: [1, 5, 1, 14] }],
  },
  {
    name: 'stages: AS name (any case, lower-cased), index, none before FROM',
    code: 'RUN --pid=host a\nFROM a AS Builder\nRUN --network=host b\nFROM --platform=$X b\nRUN --network=host c\nFROM c as final\nRUN --network=host d\n',
    runs: [
      { stage: '', keyword: [1, 1, 1, 4], flags: [{ name: 'pid', value: 'host', span: [1, 5, 1, 15], valueSpan: [1, 11, 1, 15] }] },
      { stage: 'builder', keyword: [3, 1, 3, 4], flags: [{ name: 'network', value: 'host', span: [3, 5, 3, 19], valueSpan: [3, 15, 3, 19] }] },
      { stage: '1', keyword: [5, 1, 5, 4], flags: [{ name: 'network', value: 'host', span: [5, 5, 5, 19], valueSpan: [5, 15, 5, 19] }] },
      { stage: 'final', keyword: [7, 1, 7, 4], flags: [{ name: 'network', value: 'host', span: [7, 5, 7, 19], valueSpan: [7, 15, 7, 19] }] },
    ],
  },
  {
    name: 'CRLF line endings and continuation',
    code: 'FROM a\r\nRUN --network=host \\\r\n  --pid=host cmd\r\n',
    runs: [
      {
        stage: '0',
        keyword: [2, 1, 2, 4],
        flags: [
          { name: 'network', value: 'host', span: [2, 5, 2, 19], valueSpan: [2, 15, 2, 19] },
          { name: 'pid', value: 'host', span: [3, 3, 3, 13], valueSpan: [3, 9, 3, 13] },
        ],
      },
    ],
  },
  {
    name: 'BOM and indented instruction',
    code: '\uFEFF  RUN --network=host x',
    runs: [{ stage: '', keyword: [1, 3, 1, 6], flags: [{ name: 'network', value: 'host', span: [1, 7, 1, 21], valueSpan: [1, 17, 1, 21] }] }],
  },
  {
    name: 'ONBUILD RUN flags are kept and marked',
    code: 'FROM a\nONBUILD RUN --network=host x\n',
    runs: [{ stage: '0', keyword: [2, 9, 2, 12], flags: [{ name: 'network', value: 'host', span: [2, 13, 2, 27], valueSpan: [2, 23, 2, 27] }], onbuild: true }],
  },
  {
    name: 'unterminated heredoc',
    code: 'RUN <<EOF\necho\n',
    runs: [{ stage: '', keyword: [1, 1, 1, 4], flags: [] }],
    problems: [{ match: /unterminated heredoc.*EOF/, span: [2, 1, 3, 1] }],
  },
  {
    name: 'invalid escape directive keeps the backslash',
    code: '# escape=x\nRUN --network=host \\\n --pid=host y\n',
    runs: [
      {
        stage: '',
        keyword: [2, 1, 2, 4],
        flags: [
          { name: 'network', value: 'host', span: [2, 5, 2, 19], valueSpan: [2, 15, 2, 19] },
          { name: 'pid', value: 'host', span: [3, 2, 3, 12], valueSpan: [3, 8, 3, 12] },
        ],
      },
    ],
    problems: [{ match: /invalid escape token "x"/, span: [1, 1, 1, 11] }],
  },
  {
    name: 'empty and odd input',
    code: '\\\n\n\\',
    runs: [],
  },
]

describe('parseDockerfile', () => {
  it.each(cases)('$name', ({ code, runs, problems }) => {
    const parsed = parseDockerfile(new SourceText('Dockerfile', code))
    expect(parsed.runs.map(simplify)).toEqual(runs)
    expect(parsed.problems.map(p => ({ message: p.message, span: at(p.span) }))).toEqual(
      (problems ?? []).map(p => ({ message: expect.stringMatching(p.match), span: p.span })),
    )
  })
})

/** Applies one flag's removal, for the delete-fix. */
const removeFlag = (code: string, run: number, flag: number): string => {
  const f = parseDockerfile(new SourceText('Dockerfile', code)).runs[run].flags[flag]
  return code.slice(0, f.removal.startOffset) + code.slice(f.removal.endOffset)
}

describe('flag removal', () => {
  it.each([
    { name: 'inline flag and its blank', code: 'RUN --mount=x --network=host make\n', flag: 1, output: 'RUN --mount=x make\n' },
    {
      name: 'flag alone on a continued line: the whole line',
      code: 'RUN --mount=x \\\n    --network=host \\\n    make\n',
      flag: 1,
      output: 'RUN --mount=x \\\n    make\n',
    },
    {
      name: 'custom escape, CRLF',
      code: '# escape=`\r\nRUN --mount=x `\r\n  --network=host `\r\n  dir\r\n',
      flag: 1,
      output: '# escape=`\r\nRUN --mount=x `\r\n  dir\r\n',
    },
    { name: 'flag before the continuation on the RUN line', code: 'RUN --network=host \\\n  make\n', flag: 0, output: 'RUN \\\n  make\n' },
    { name: 'last word: blanks before it go', code: 'RUN --mount=x --network=host', flag: 1, output: 'RUN --mount=x' },
  ])('$name', ({ code, flag, output }) => {
    expect(removeFlag(code, 0, flag)).toBe(output)
    // The result still parses, with the flag gone.
    expect(parseDockerfile(new SourceText('Dockerfile', output)).runs[0].flags.map(f => f.name)).not.toContain('network')
  })
})

describe('bounded work', () => {
  it('reads long lines and many lines without quadratic blow-up', () => {
    const manyFlags = 'RUN ' + '--a=b '.repeat(40000) + 'x\n'
    const manyBlanks = '# escape=' + ' '.repeat(200000) + '`\n'
    const manyLines = 'FROM a\n' + 'RUN --network=host x \\\n'.repeat(20000) + 'y\n'
    const manyHeredocs = 'RUN ' + '<<A '.repeat(20000) + '\n' + 'A\n'.repeat(20000)
    expect(parseDockerfile(new SourceText('Dockerfile', manyFlags)).runs[0].flags).toHaveLength(40000)
    expect(parseDockerfile(new SourceText('Dockerfile', manyBlanks)).runs).toHaveLength(0)
    expect(parseDockerfile(new SourceText('Dockerfile', manyLines)).runs[0].flags).toHaveLength(1)
    expect(parseDockerfile(new SourceText('Dockerfile', manyHeredocs)).problems).toHaveLength(0)
  })
})
