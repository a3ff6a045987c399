import { describe, it, expect } from '@jest/globals'
import { chmodSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gitChanges } from '../../src/git/changes.js'
import { TestRepo } from '../support/action-runner.js'

const POD = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostNetwork: true\n  containers: [{name: c, image: i}]\n'

/** Names an attacker can choose: each must reach the scanner exactly as the file system has it. */
const HOSTILE_NAMES = [
  'deploy/my pod.yaml',
  'deploy/tab\there.yaml',
  'deploy/new\nline.yaml',
  'deploy/"quoted".yaml',
  'deploy/back\\slash.yaml',
  'deploy/ünïcödé.yaml',
  'deploy/-leading-dash.yaml',
  'deploy/--output=x.yaml',
  'deploy/<img src=x onerror=alert(1)>.yaml',
  'deploy/[link](x) *b* `c` @team #1.yaml',
  'deploy/trailing space .yaml',
  'deploy/ b/a.yaml',
]

describe('gitChanges (real git)', () => {
  it.each(HOSTILE_NAMES)('attack: a file named %j is listed with its exact name and its added lines', name => {
    const repo = new TestRepo()
    const base = repo.commit({ 'README.md': 'x\n' }, 'base')
    const head = repo.commit({ [name]: POD }, 'add')
    return gitChanges(repo.dir, base, head).then(({ files }) => {
      expect(files.map(f => [f.path, f.status])).toEqual([[name, 'added']])
      const lines = files[0].lines
      expect(lines !== undefined && lines !== 'too-large' && [...lines.added]).toEqual([1, 2, 3, 4, 5, 6])
    })
  })

  it('attack: a diff larger than any buffer (a 68 MB file) is read as a stream, and the other files keep their lines', async () => {
    const repo = new TestRepo()
    const base = repo.commit({ 'README.md': 'x\n' }, 'base')
    repo.write({ 'k8s/pod.yaml': POD })
    writeFileSync(path.join(repo.dir, 'huge.txt'), ('x'.repeat(99) + '\n').repeat(680_000))
    const head = repo.commit({}, 'add a huge file and a pod')
    const { files } = await gitChanges(repo.dir, base, head)
    const byName = new Map(files.map(f => [f.path, f.lines]))
    expect(byName.get('huge.txt')).toBe('too-large')
    const pod = byName.get('k8s/pod.yaml')
    expect(pod !== undefined && pod !== 'too-large' && [...pod.added]).toEqual([1, 2, 3, 4, 5, 6])
  }, 120_000)

  it('reads renames, type changes, deletions and mode changes', async () => {
    const repo = new TestRepo()
    const base = repo.commit({ 'a.yaml': POD, 'gone.yaml': POD, 'link.yaml': 'x\n', 'mode.sh': 'echo\n' }, 'base')
    repo.git('mv', 'a.yaml', 'b c.yaml')
    repo.git('rm', '-q', 'gone.yaml', 'link.yaml')
    chmodSync(path.join(repo.dir, 'mode.sh'), 0o755)
    symlinkSync('b c.yaml', path.join(repo.dir, 'link.yaml'))
    const head = repo.commit({}, 'change')
    const { files } = await gitChanges(repo.dir, base, head)
    expect(files.map(f => [f.path, f.status, f.previousPath, f.lines === undefined ? 'no hunks' : 'hunks'])).toEqual([
      ['b c.yaml', 'renamed', 'a.yaml', 'no hunks'],
      ['gone.yaml', 'removed', undefined, 'hunks'],
      ['link.yaml', 'typechange', undefined, 'hunks'],
      ['mode.sh', 'modified', undefined, 'no hunks'],
    ])
  })
})
