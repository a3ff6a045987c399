import { describe, it, expect } from '@jest/globals'
import { classify, mayBeScanned } from '../../src/discovery/classify.js'

describe('classify', () => {
  it.each([
    ['Dockerfile', 'dockerfile'],
    ['build/Containerfile.dev', 'dockerfile'],
    ['api.dockerfile', 'dockerfile'],
    ['.github/workflows/ci.yml', 'workflow'],
    ['action.yaml', 'workflow'],
    ['.gitlab-ci.yml', 'workflow'],
    ['docker-compose.prod.yml', 'compose'],
    ['compose.override.yaml', 'compose'],
    ['k8s/web.yaml', 'kubernetes'],
    ['kustomization.yaml', 'kubernetes'],
    ['list.json', 'kubernetes'],
    ['scripts/run.sh', 'shell'],
    ['Makefile', 'shell'],
    ['rules.mk', 'shell'],
    ['Jenkinsfile', 'shell'],
    ['ci/Jenkinsfile.release', 'shell'],
    ['ci/deploy.jenkinsfile', 'shell'],
    ['Jenkinsfile.yaml', 'kubernetes'],
    ['README.md', undefined],
    ['bin/deploy', undefined],
  ])('%s is %s', (file, type) => {
    expect(classify(file)).toBe(type)
  })

  it('reads an extension-less file only to look for a shebang, and never lock files', () => {
    expect(mayBeScanned('bin/deploy')).toBe(true)
    expect(mayBeScanned('package-lock.json')).toBe(false)
    expect(mayBeScanned('notes.txt')).toBe(false)
  })
})
