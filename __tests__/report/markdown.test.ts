import { describe, it, expect } from '@jest/globals'
import { escapeMarkdown, fence, inlineCode, teamMention } from '../../src/report/markdown.js'

describe('escapeMarkdown', () => {
  it.each([
    ['a link', '[click](https://evil.example)', '\\[click\\]\\(https&#58;//evil.example\\)'],
    ['an autolink', 'see www.evil.example', 'see www&#46;evil.example'],
    ['plain text', 'Pod/apps/web sets hostNetwork: true.', 'Pod/apps/web sets hostNetwork: true.'],
    ['a mention', '@octocat', '@&#8203;octocat'],
    ['an issue reference', 'see #1 and org/repo#2 and GH-3', 'see #&#8203;1 and org/repo#&#8203;2 and GH&#8203;-3'],
    ['HTML', '<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert\\(1\\)&gt;'],
    ['emphasis and code', '*_`x`_*', '\\*\\_\\`x\\`\\_\\*'],
    ['a table pipe and newline', 'a|b\nc', 'a\\|b c'],
    ['a heading', '# title', '#&#8203; title'],
  ])('neutralises %s', (_, input, output) => {
    expect(escapeMarkdown(input)).toBe(output)
  })
})

describe('escapeMarkdown against what GitHub links after rendering', () => {
  // GitHub finds mentions and references in the rendered text: decode entities as a browser would.
  const rendered = (md: string) => md.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))).replace(/\\(.)/g, '$1')
  it.each(['@octo-org/security-team see #1', 'cc @admin, fixes GH-12', '#42: owner/repo#7'])('leaves no mention or reference in %s', text => {
    const out = rendered(escapeMarkdown(text))
    expect(out).not.toMatch(/(^|[^\w])@[A-Za-z0-9]/)
    expect(out).not.toMatch(/#\d|GH-\d/i)
    expect(out.replace(/\u200b/g, '')).toBe(text)
  })
})

describe('inlineCode and fence', () => {
  it('cannot be broken out of by backticks', () => {
    expect(inlineCode('a`b')).toBe('``a`b``')
    expect(inlineCode('`x')).toBe('`` `x ``')
    expect(fence('x ``` y', 'suggestion')).toBe('````suggestion\nx ``` y\n````')
    expect(fence('', 'suggestion')).toBe('```suggestion\n```')
  })
})

describe('escapeMarkdown line endings', () => {
  it.each([
    ['a lone CR', 'p\r\r## All clear'],
    ['CRLF', 'p\r\n## All clear'],
    ['LF', 'p\n## All clear'],
    ['a line separator', 'p\u2028## All clear'],
    ['a paragraph separator', 'p\u2029## All clear'],
    ['NEL', 'p\u0085## All clear'],
  ])('cannot end a table row with %s', (_, input) => {
    const out = escapeMarkdown(input)
    expect(out).not.toMatch(/[\r\n\u2028\u2029\u0085]/)
    expect(out).toMatch(/^p +#&#8203;#&#8203; All clear$/)
  })

  it('keeps inline code on one line', () => {
    expect(inlineCode('a\rb\u2028c')).toBe('`a b c`')
  })
})

describe('teamMention', () => {
  it('is a live mention only for a plain organization login and team slug', () => {
    expect(teamMention('octo-org', 'platform-security')).toBe('@octo-org/platform-security')
    expect(teamMention('octo-org', 'sec_team.v2')).toBe('@octo-org/sec_team.v2')
  })

  it('is escaped like user text for anything else: no second mention, link or HTML rides along', () => {
    for (const [org, slug] of [
      ['octo-org', 'team @octo-org/admins'],
      ['octo-org', '[x](https://evil.example)'],
      ['octo-org', '<img src=x>'],
      ['-octo', 'team'],
      ['octo-org', ''],
    ]) {
      const text = teamMention(org!, slug!)
      expect(text).not.toMatch(/@(?!&#8203;)/)
      expect(text).not.toContain('<img')
      expect(text).not.toContain('](')
    }
  })
})
