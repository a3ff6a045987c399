import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { classify } from '../../src/discovery/classify.js'
import { makeIncludes } from '../../src/discovery/make-includes.js'
import { defaultConfig } from '../../src/config/config.js'
import { looksLikeMakefile } from '../../src/parse/shell/file-names.js'
import { scan } from '../../src/pipeline.js'

describe('Makefiles by name', () => {
  it.each([
    ['lib.Makefile', 'shell'],
    ['Makefile.common', 'shell'],
    ['build/Makefile.docker', 'shell'],
    ['common.make', 'shell'],
    ['tools/RULES.MK', 'shell'],
    ['makefile', 'shell'],
    ['Makefile.in', 'shell'],
    ['docs/makefile.md', undefined],
    ['scripts/makefile.py', undefined],
    ['makefile.yaml', 'kubernetes'],
  ])('%s is %s', (file, type) => {
    expect(classify(file)).toBe(type)
  })
})

describe('Makefiles by content', () => {
  it.each([
    ['a recipe under a target', 'run:\n\tdocker run img\n', true],
    ['a recipe after a comment line', 'run: build # start it\n# the recipe\n\n\tdocker run img\n', true],
    ['a Make-only assignment', 'FLAGS ?= --rm\n', true],
    ['a script with a shebang', '#!/bin/sh\nrun:\n\tdocker run img\n', false],
    ['YAML', 'spec:\n  hostNetwork: true\n', false],
    ['a variable assignment of a script', 'FLAGS=--rm\ndocker run $FLAGS img\n', false],
    ['a target with no recipe', 'all: build test\n', false],
  ])('%s: %s', (_name, text, expected) => {
    expect(looksLikeMakefile(text)).toBe(expected)
  })
})

describe('files a Makefile includes', () => {
  it('follows literal names relative to the Makefile, and nothing Make decides at run time or outside the repository', () => {
    const text =
      'include build/docker.rules common.mk # shared\n-include local.env\nsinclude ../../etc/passwd\ninclude $(wildcard *.mk)\n\tinclude not-a-directive\n'
    expect(makeIncludes('sub/Makefile', text)).toEqual([
      ['sub/build/docker.rules', 'build/docker.rules'],
      ['sub/common.mk', 'common.mk'],
      ['sub/local.env', 'local.env'],
    ])
    expect(makeIncludes('a/b/Makefile', 'include make/x.rules\n')).toEqual([['a/b/make/x.rules', 'a/make/x.rules', 'make/x.rules']])
    expect(makeIncludes('Makefile', 'include ../x.mk\n')).toEqual([])
  })

  it('scans an included file whose name says nothing, and the files it includes in turn, once each', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'hng-make-includes-'))
    mkdirSync(path.join(root, 'build'))
    writeFileSync(path.join(root, 'Makefile'), 'include build/docker.rules\ninclude build/docker.rules\n')
    writeFileSync(path.join(root, 'build/docker.rules'), 'include build/more.inc\nrun:\n\tdocker run --net=host img\n')
    writeFileSync(path.join(root, 'build/more.inc'), 'include build/docker.rules\nps:\n\tdocker run --pid=host img\n')
    writeFileSync(path.join(root, 'build/unused.rules'), 'x:\n\tdocker run --ipc=host img\n')
    const outside = mkdtempSync(path.join(tmpdir(), 'hng-make-outside-'))
    writeFileSync(path.join(outside, 'evil.rules'), 'x:\n\tdocker run --ipc=host img\n')
    symlinkSync(outside, path.join(root, 'linked'))
    writeFileSync(path.join(root, 'other.mk'), 'include linked/evil.rules\n')
    const result = await scan({ root, config: defaultConfig() })
    expect(result.findings.map(f => `${f.file}:${f.span.start.line} ${f.ruleId}`).sort()).toEqual([
      'build/docker.rules:3 host-network',
      'build/more.inc:3 host-pid',
    ])
    expect(result.filesScanned).toBe(4)
  })

  it('reads a name from the repository root when it is not beside the Makefile (make -f sub/Makefile)', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'hng-make-root-'))
    mkdirSync(path.join(root, 'make'))
    writeFileSync(path.join(root, 'make/lib.Makefile'), 'include make/docker.rules\n')
    writeFileSync(path.join(root, 'make/docker.rules'), 'run:\n\tdocker run --net=host img\n')
    const result = await scan({ root, config: defaultConfig() })
    expect(result.findings.map(f => `${f.file}:${f.span.start.line}`)).toEqual(['make/docker.rules:2'])
  })

  it('leaves an included file out when the exclude globs name it', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'hng-make-excluded-'))
    writeFileSync(path.join(root, 'Makefile'), 'include vendor.rules\n')
    writeFileSync(path.join(root, 'vendor.rules'), 'run:\n\tdocker run --net=host img\n')
    const result = await scan({ root, config: { ...defaultConfig(), exclude: ['vendor.rules'] } })
    expect(result.findings).toEqual([])
  })
})
