import { describe, expect, it } from '@jest/globals'
import { docsUrl } from '../../src/version.js'

describe('rule documentation links', () => {
  it('follow the repository and ref the Action runs from', () => {
    const env = {
      GITHUB_ACTIONS: 'true',
      GITHUB_SERVER_URL: 'https://ghe.example.com',
      GITHUB_ACTION_REPOSITORY: 'acme/host-namespace-guard',
      GITHUB_ACTION_REF: 'v0.3.1',
    }
    expect(docsUrl('host-pid', env)).toBe('https://ghe.example.com/acme/host-namespace-guard/blob/v0.3.1/docs/rules/host-pid.md')
  })

  it('fall back to the project in a run step, where only the workflow repository is known', () => {
    const env = { GITHUB_ACTIONS: 'true', GITHUB_ACTION_REPOSITORY: '', GITHUB_REPOSITORY: 'acme/app', GITHUB_SHA: 'a'.repeat(40) }
    expect(docsUrl('host-ipc', env)).toBe('https://github.com/host-namespace-guard/host-namespace-guard/blob/main/docs/rules/host-ipc.md')
  })

  it('fall back to the project when not in the Action, or when a value could break the link', () => {
    expect(docsUrl('host-network', {})).toBe('https://github.com/host-namespace-guard/host-namespace-guard/blob/main/docs/rules/host-network.md')
    const odd = { GITHUB_ACTIONS: 'true', GITHUB_ACTION_REPOSITORY: 'acme/x) [click](https://evil', GITHUB_ACTION_REF: 'v1' }
    expect(docsUrl('host-network', odd)).toBe('https://github.com/host-namespace-guard/host-namespace-guard/blob/main/docs/rules/host-network.md')
    expect(docsUrl('host-network', { GITHUB_SERVER_URL: 'javascript:alert(1)', GITHUB_ACTION_REPOSITORY: 'a/b', GITHUB_ACTION_REF: 'main' })).toBe(
      'https://github.com/a/b/blob/main/docs/rules/host-network.md',
    )
  })
})
