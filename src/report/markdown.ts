import { replaceControlCharacters } from './control-characters.js'

/**
 * Everything user-controlled (file names, resource names, values, owners) passes through here
 * before it reaches Markdown: a name must not become a link, a mention, an image or HTML.
 */
export function escapeMarkdown(text: string): string {
  // Line breaks stay until the end, where they become blanks; TAB renders as a blank.
  return (
    replaceControlCharacters(text, '', { keepTabAndLineBreaks: true })
      .replace(/[\\`*_[\]()#!|<>~@&]/g, c => MD_ENTITIES[c] ?? `\\${c}`)
      // GH-123 links an issue like #123 does.
      .replace(/\b(GH)-(?=\d)/gi, '$1&#8203;-')
      // Bare URLs and www. names are autolinked by GitHub; a finding must not carry a live link.
      .replace(/:\/\//g, '&#58;//')
      .replace(/\bwww\./gi, m => `${m.slice(0, 3)}&#46;`)
      // CommonMark ends a line at LF, CR or CRLF, so a lone CR would end a table row or start a
      // heading just like LF; U+2028/U+2029/U+0085 are line breaks to other renderers and editors.
      .replace(/\r\n|[\r\n\u2028\u2029\u0085]/g, ' ')
  )
}

/**
 * HTML entities where a backslash escape is not enough (GitHub renders HTML and autolinks).
 * Mentions and issue references are found after rendering, in the text, so neither `\#` nor
 * `&#64;` stops them: a zero-width space after `@` and `#` does (and `#` then starts no heading).
 */
const MD_ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '@': '@&#8203;', '#': '#&#8203;' }

/** Inline code that cannot be broken out of: fence with more backticks than the text holds. */
export function inlineCode(text: string): string {
  const clean = text.replace(/[\r\n\u2028\u2029\u0085]+/g, ' ')
  const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map(m => m[0].length))
  const fence = '`'.repeat(longest + 1)
  const pad = clean.startsWith('`') || clean.endsWith('`') || clean === '' ? ' ' : ''
  return `${fence}${pad}${clean}${pad}${fence}`
}

/** A fenced block whose fence is longer than any backtick run inside (for suggestions). */
export function fence(text: string, info = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map(m => m[0].length))
  const f = '`'.repeat(longest + 1)
  return `${f}${info}\n${text}${text.endsWith('\n') || text === '' ? '' : '\n'}${f}`
}

/** Table cells additionally must not contain a raw pipe or newline. */
export const cell = (text: string) => escapeMarkdown(text)

/** Text cut to at most `max` characters, ending in `…` when cut: user text must not crowd a report. */
export const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

/** A GitHub organization login: letters, digits, single hyphens inside, at most 39 characters. */
const ORG_LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/
/** A team slug as GitHub makes them: letters, digits, `-`, `_` and `.`, not starting with a sign. */
const TEAM_SLUG = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/

/**
 * `@org/team` as a live mention: the one mention this tool writes, of the approving team the
 * configuration names. Anything that is not a plain login and slug is escaped like user text, so a
 * configured value cannot smuggle Markdown or a second mention.
 */
export function teamMention(org: string, slug: string): string {
  return ORG_LOGIN.test(org) && TEAM_SLUG.test(slug) ? `@${org}/${slug}` : escapeMarkdown(`@${org}/${slug}`)
}
