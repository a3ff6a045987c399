#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 298:
/***/ ((module) => {

// A simple implementation of make-array
function makeArray (subject) {
  return Array.isArray(subject)
    ? subject
    : [subject]
}

const UNDEFINED = undefined
const EMPTY = ''
const SPACE = ' '
const ESCAPE = '\\'

// The characters that carry a meaning of their own inside a regular
//   expression, so a literal one has to be escaped before it is emitted.
const REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/
const BOM = '\uFEFF'
// A run of two or more asterisks is a globstar (#175)
const REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/
const REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/
const REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/
const REGEX_SPLITALL_CRLF = /\r?\n/g

// Invalid:
// - /foo,
// - ./foo,
// - ../foo,
// - .
// - ..
// Valid:
// - .foo
const DOUBLE_SLASH = '//'
const SLASH_CODE = 47
const DOT_CODE = 46


const SLASH = '/'

// Do not use ternary expression here, since "istanbul ignore next" is buggy
let TMP_KEY_IGNORE = 'node-ignore'
/* istanbul ignore else */
if (typeof Symbol !== 'undefined') {
  TMP_KEY_IGNORE = Symbol.for('node-ignore')
}
const KEY_IGNORE = TMP_KEY_IGNORE

const define = (object, key, value) => {
  Object.defineProperty(object, key, {value})
  return value
}

const RETURN_FALSE = () => false

// > The range notation, e.g. [a-zA-Z],
// > can be used to match one of the characters in a range.
//
// gitignore(5) defers to fnmatch(3) for this, and git implements it in
//   `wildmatch.c`.  A bracket expression has a sub-grammar of its own, which
//   is neither the surrounding pattern grammar nor the JavaScript one:
//
//   - a `]` right after `[` or `[!` is a literal member, not the terminator
//   - `[:alpha:]` names one of twelve POSIX classes
//   - `\` escapes the next member, `]` included
//   - `*`, `?` and `.` are plain literal members
//   - an unterminated expression makes the whole pattern match nothing
//
// which means the expression can not be located -- let alone translated -- by
//   a regular expression.  It is scanned out of the pattern before the
//   replacers below run, and put back once they are done, so that neither the
//   metacharacter escaper nor the `?` / `*` replacers ever see its body.

// git classifies with its own ASCII-only ctype macros (`wildmatch.c`), never
//   with the C library ones, so these must not be mapped onto `\d` / `\w` /
//   `\s`, which are wider.  `/` is left out of every expansion, because a
//   bracket expression never matches a path separator.
const POSIX_CLASSES = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  blank: ' \\t',
  cntrl: '\\x00-\\x1f\\x7f',
  digit: '0-9',
  graph: '!-.0-~',
  lower: 'a-z',
  print: ' -.0-~',
  punct: '!-.:-@\\[-`{-~',
  // git's `sane-ctype.h` classifies \v and \f as control, not space,
  //   unlike C's `isspace`
  space: ' \\t\\n\\r',
  upper: 'A-Z',
  xdigit: '0-9A-Fa-f'
}

const CLASS_MEMBERS_TO_ESCAPE = '\\]^-['

const escapeMember = char => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0
  ? char
  : ESCAPE + char

// > if (matched == negated || ((flags & WM_PATHNAME) && text_ch == '/'))
// >   return WM_ABORT_TO_STARSTAR;                     (git, `wildmatch.c`)
// A bracket expression never matches a path separator, whatever its members
//   say, so a negated class gets `/` as one more excluded character, while a
//   plain one -- where a literal member or a range could still let `/` in --
//   is guarded with a lookahead, `/` being impossible to subtract from a
//   JavaScript character class.
const NON_SLASH = '(?!\\/)'

const classSource = (negated, body) => {
  if (negated) {
    return `[^\\/${body}]`
  }

  const source = `[${body}]`

  return new RegExp(source).test('/')
    ? NON_SLASH + source
    : source
}

// Scan the bracket expression that starts at `pattern[start] === '['`,
//   mirroring the member loop of git's `wildmatch.c`.
// @returns {{end: number, source: string} | null} `null` if the expression is
//   never terminated, which makes the whole pattern match nothing.
const scanBracket = (pattern, start) => {
  const {length} = pattern
  let index = start + 1
  let negated = EMPTY

  const lead = pattern[index]
  if (lead === '!' || lead === '^') {
    negated = '^'
    index ++
  }

  let body = EMPTY

  // The member a `-` could start a range from, or EMPTY when the previous
  //   member can not open one (start of the body, or a range / POSIX class
  //   that has just closed)
  let prev = EMPTY

  // git scans the members with a do-while, so the first one is consumed
  //   unconditionally.  That is the whole reason a leading `]` is a member
  //   and not the terminator.
  for (;;) {
    const char = pattern[index]

    if (char === UNDEFINED) {
      return null
    }

    if (char === ESCAPE) {
      // A pattern can not end on a lone backslash -- `createRule` has
      //   already thrown it away -- so there is a character to read.
      const escaped = pattern[++ index]
      body += escapeMember(escaped)
      prev = escaped
    } else if (
      char === '-'
      && prev
      && index + 1 < length
      && pattern[index + 1] !== ']'
    ) {
      index ++
      let to = pattern[index]
      if (to === ESCAPE) {
        to = pattern[index += 1]
      }
      // An out-of-order range matches nothing in git but is a syntax error in
      //   JavaScript, so it is dropped.  Its lower bound stays: git tests it
      //   as a plain member before it ever looks at the `-`, so `[c-a]` does
      //   match `c`.
      if (prev <= to) {
        body += `-${escapeMember(to)}`
      }
      prev = EMPTY
    } else if (char === '[' && pattern[index + 1] === ':') {
      const nameStart = index + 2
      let end = nameStart
      while (end < length && pattern[end] !== ']') {
        end ++
      }

      if (end === length) {
        return null
      }

      if (end > nameStart && pattern[end - 1] === ':') {
        const name = pattern.slice(nameStart, end - 1)

        // An unknown class name makes the whole pattern match nothing
        if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
          return null
        }

        body += POSIX_CLASSES[name]
        prev = EMPTY
        index = end
      } else {
        // No `:]` to close it, so the `[` is a plain member and scanning
        //   resumes right after it.
        body += escapeMember('[')
        prev = '['
        index = nameStart - 2
      }
    } else {
      body += escapeMember(char)
      prev = char
    }

    index ++

    if (pattern[index] === ']') {
      return {
        end: index,
        source: classSource(negated, body)
      }
    }
  }
}

// An empty JavaScript class can never match, which is how a pattern that git
//   gives up on (`WM_ABORT_ALL`) is expressed here.
const NEVER_MATCH = '[]'

// A NUL can appear in neither a `.gitignore` line nor a path, which makes it
//   the one safe placeholder character.  A literal one in the pattern is
//   held aside all the same, so a collision is impossible by construction.
const PLACEHOLDER = '\u0000'
const REGEX_RESTORE_PLACEHOLDER = new RegExp(
  `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`, 'g'
)

// The one wildcard the chain does not expand for itself is a trailing `*`. How
//   it expands depends on the mode (`regex` vs `checkRegex`), so `_make` is
//   left to do it, and until then the pending wildcard travels as this marker.
//   That is what keeps it apart from a user-escaped literal `\*`: the unescape
//   steps collapse the escaped one to the exact `\*` a wildcard would leave
//   behind, so by the time `_make` runs the two are otherwise the same string
//   and a literal star gets wrongly rewritten into a wildcard. The marker is a
//   private-use character, and `extractBrackets` keeps one that came out of the
//   pattern apart from it, so the only marker `_make` ever turns back into a
//   real wildcard is the one this chain put there itself.
const TRAILING_WILDCARD = '\uE000'

// A trailing "/**" is deferred the same way, because `checkRegex` has to tell
//   it apart from a trailing "/*" (see `checkSourceOf`). For `.ignores()` it
//   still never matches the folder itself (#21).
const TRAILING_DOUBLESTAR = '\uE001'

// The three characters above mean something to the chain that builds the
//   source rather than to the path, so one that came out of the pattern is
//   held aside like a bracket expression instead of going straight out. Being
//   held is what makes it safe: the restore runs after the step that anchors
//   the source, so the character comes back in the middle of the source and
//   not at its end, which is the one place `_make` and `checkSourceOf` look
//   for a marker. Without it a pattern's own character lands where a pending
//   marker sits, and `_make` turns it into a real trailing wildcard.
//
// It is held as a one-member class rather than bare, in both of the branches
//   a reserved character can reach, so that the property can be
//   read off this function alone -- a reserved character never goes out on
//   its own -- rather than depending on where in the chain the restore
//   happens to run. In the expression built here `[x]` matches exactly what
//   `x` matches, none of the three being special to a regular expression or
//   inside a class, so no test can tell the two apart: the class is insurance,
//   and the paragraph above is the reason it is not needed.
const isReserved = char =>
  char === PLACEHOLDER
  || char === TRAILING_WILDCARD
  || char === TRAILING_DOUBLESTAR

// Replace every bracket expression with a placeholder the replacers below
//   leave alone, and translate it separately.
const extractBrackets = pattern => {
  const sources = []
  const hold = source =>
    `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`

  const {length} = pattern
  let out = EMPTY
  let index = 0

  while (index < length) {
    const char = pattern[index]

    if (char === ESCAPE) {
      // > Put a backslash ("\") in front of ... a character to make it literal.
      //                                            (gitignore(5) -> fnmatch(3))
      // A backslash quotes the next character, whatever it is, so `\d` is a
      //   literal `d`, not the regex digit class, and `\?` is a literal `?`,
      //   not a wildcard. Held aside as its literal here, the escape never
      //   reaches the replacers below, which would otherwise let `\d`, `\b`,
      //   `\1`, `\/` keep their regular-expression meaning, and would turn a
      //   `\?` into `[^\/]`.
      //
      // Three escapes are still left for the chain: `\*` (a literal star,
      //   told apart from a wildcard by `TRAILING_WILDCARD` and the wildcard
      //   replacers), `\[` (a literal bracket, the one `[` the bracket
      //   replacer still expects), and `\ ` (a quoted space, which one pass
      //   below rewrites in bulk -- holding each one aside instead costs more
      //   on a pattern built out of them).
      //
      // A quoted backslash is not among them. The chain doubles every
      //   backslash, then takes the doubling back out again, and a quoted one
      //   standing next to a character the chain also escapes left the two
      //   counts sharing a run, so one of the escapes was lost. Held here as
      //   the literal it means, it never joins that run.
      const escaped = pattern[index + 1]

      if (escaped === SLASH && index + 2 === length) {
        // Git removes a final directory slash before matching. An escape
        //   without a character after that removal makes the pattern invalid.
        out += hold(NEVER_MATCH)
      } else if (
        escaped === '*'
        || escaped === '['
        || escaped === SPACE
      ) {
        out += pattern.slice(index, index + 2)
      } else {
        out += hold(
          REGEX_LITERAL_SPECIAL.test(escaped)
            ? ESCAPE + escaped
            : isReserved(escaped)
              ? `[${escaped}]`
              : escaped
        )
      }

      index += 2
    } else if (isReserved(char)) {
      out += hold(`[${char}]`)
      index ++
    } else if (char === '[') {
      const scanned = scanBracket(pattern, index)

      if (scanned === null) {
        // git gives up on the whole pattern (`WM_ABORT_ALL`), so whatever
        //   follows can not make it match either.
        out += hold(NEVER_MATCH)
        index = length
      } else {
        out += hold(scanned.source)
        index = scanned.end + 1
      }
    } else {
      out += char
      index ++
    }
  }

  return {
    source: out,
    sources
  }
}

// A step of the chain below is normally a `[matcher, replacer]` pair handed
//   to `String.replace`. `DIRECT` marks the ones that are plain string work
//   instead, and take `(source, pattern)`.
//
// Anchoring the two ends is exactly that -- a test of one character and a
//   concatenation -- and putting it through the regular expression engine
//   cost a third of this chain for nothing: 167ns where 10ns does the same
//   job. The two are still steps in the same list, in the same places,
//   because their position in the order is part of what they mean.
const DIRECT = null

// A separator at the beginning or in the middle of a pattern, as opposed to
//   one at the very end.
const REGEX_INNER_SLASH = /\/(?!$)/
const WILDCARD = '[^\\/]*'

// > If the pattern ends with a slash,
// > it is removed for the purpose of the following description,
// > but it would only find a match with a directory.
// > In other words, foo/ will match a directory foo and paths underneath it,
// > but will not match a regular file or a symbolic link foo
// >  (this is consistent with the way how pathspec works in general in Git).
// '`foo/`' will not match regular file '`foo`' or symbolic link '`foo`'
// -> ignore-rules will not deal with it, because it costs extra `fs.stat` call
//      you could use option `mark: true` with `glob`

// '`foo/`' should not continue with the '`..`'
// The chain that turns one gitignore pattern into a regular expression
//   source, in order. A step is either
//
//   [matcher, replacer]            handed to `String.replace`
//   [matcher, replacer, required]  the same, but skipped outright unless
//                                    `required` appears in the string, which
//                                    the matcher cannot match without
//   [DIRECT, transform]            plain string work, taking (source, pattern)
//
// The `required` character is only ever a shortcut: finding it does not mean
//   the matcher will match, and not finding it means it cannot. It is there
//   because scanning for one character costs a fraction of running a matcher
//   that then finds nothing -- for the wildcard step, whose `[^\\]+`
//   backtracks its way through the whole string before giving up, 11ns
//   against 400ns.
const REPLACERS = [

  // Replace (\ ) with ' '
  // Only a space: an escaped tab or other whitespace is already a literal by
  //   the time it reaches here, and a bare tab must be left as one, not turned
  //   into a space.
  // (\ ) -> ' '
  // (\\ ) -> '\\ '
  // (\\\ ) -> '\\ '
  [
    // A run of backslashes is taken whole, from its first one, so no match
    //   ever starts again inside it -- `(\\+?) ` did, which made a long run
    //   quadratic.
    /(\\+)( ?)/g,
    (_, run, space) => space
      ? run.slice(0, run.length - run.length % 2) + SPACE
      : run,
    ESCAPE + SPACE
  ],

  // git's wildmatch() reads a run of two or more asterisks as one globstar
  //   whenever the run fills a path segment: it starts the pattern or follows
  //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
  //   already `**`; a longer one is folded into `**` here, so the steps
  //   below only ever have to know `**`.
  // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
  // git also takes a run beside a literal prefix (`a***/b`) or beside an
  //   escaped slash (`***\/b`) as a globstar, and this does not; the README
  //   lists both, under "A run of asterisks".
  [
    /(^|\/)\*{3,}(?=\/|$)/g,
    (_, start) => `${start}**`,
    '*'
  ],

  // Escape metacharacters
  // which is written down by users but means special for regular expressions.

  // > There are 12 characters with special meanings:
  // > - the backslash \,
  // > - the caret ^,
  // > - the dollar sign $,
  // > - the period or dot .,
  // > - the vertical bar or pipe symbol |,
  // > - the question mark ?,
  // > - the asterisk or star *,
  // > - the plus sign +,
  // > - the opening parenthesis (,
  // > - the closing parenthesis ),
  // > - and the opening square bracket [,
  // > - the opening curly brace {,
  // > These special characters are often called "metacharacters".
  [
    /[\\$.|*+(){^]/g,
    match => `\\${match}`
  ],

  [
    // > a question mark (?) matches a single character
    /(?!\\)\?/g,
    () => '[^/]',
    '?'
  ],

  // leading slash
  [

    // > A leading slash matches the beginning of the pathname.
    // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
    // A leading slash matches the beginning of the pathname
    /^\//,
    () => '^',
    SLASH
  ],

  // replace special metacharacter slash after the leading slash
  [
    /\//g,
    () => '\\/',
    SLASH
  ],

  [
    // > A leading "**" followed by a slash means match in all directories.
    // > For example, "**/foo" matches file or directory "foo" anywhere,
    // > the same as pattern "foo".
    // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
    // >   under directory "foo".
    // Notice that the '*'s have been replaced as '\\*'
    /^\^*(?:\\\*\\\*\\\/)+/,

    // '**/foo' <-> 'foo'
    () => '(?:^|\\/)',
    '*'
  ],

  // starting
  [
    // there will be no leading '/'
    //   (which has been replaced by section "leading slash")
    // If starts with '**', adding a '^' to the regular expression also works
    DIRECT,
    (source, pattern) => {
      // Nothing to anchor to, or already anchored (`^` or `(?:^|\/)`)
      if (!source || source[0] === '^' || source[0] === '(') {
        return source
      }

      // If has a slash `/` at the beginning or middle
      const anchor = !REGEX_INNER_SLASH.test(pattern)
        // > Prior to 2.22.1
        // > If the pattern does not contain a slash /,
        // >   Git treats it as a shell glob pattern
        // Actually, if there is only a trailing slash,
        //   git also treats it as a shell glob pattern

        // After 2.22.1 (compatible but clearer)
        // > If there is a separator at the beginning or middle (or both)
        // > of the pattern, then the pattern is relative to the directory
        // > level of the particular .gitignore file itself.
        // > Otherwise the pattern may also match at any level below
        // > the .gitignore level.
        ? '(?:^|\\/)'

        // > Otherwise, Git treats the pattern as a shell glob suitable for
        // >   consumption by fnmatch(3)
        : '^'

      return anchor + source
    }
  ],

  // two globstars
  [
    // Use lookahead assertions so that we could match more than one `'/**'`
    /\\\/\\\*\\\*(?=\\\/|$)/g,

    // Zero, one or several directories
    // should not use '*', or it will be replaced by the next replacer

    // Check if it is not the last `'/**'`
    (_, index, str) => index + 6 < str.length

      // case: /**/ at the end of the pattern, i.e. a trailing `'/**/'`
      // > A trailing `"/**/"` (a trailing `"/**"` restricted to directories)
      // >   matches everything inside, but it should not match the current
      // >   folder itself, so it requires at least one directory segment.
      // 'a/**/' matches 'a/b/', 'a/x/y/' but not 'a/'
      ? str.slice(index + 6) === '\\/'
        ? '(?:\\/[^\\/]+)+'

        // case: /**/
        // > A slash followed by two consecutive asterisks then a slash matches
        // >   zero or more directories.
        // > For example, "a/**/b" matches "a/b", "a/x/b", "a/x/y/b" and so on.
        // '/**/'
        : '(?:\\/[^\\/]+)*'

      // case: /**
      // > A trailing `"/**"` matches everything inside.

      // #21: everything inside but it should not include the current folder,
      //   resolved by `_make`
      : `\\/${TRAILING_DOUBLESTAR}`,
    '*'
  ],

  // normal intermediate wildcards
  [
    // Never replace escaped '*'
    // ignore rule '\*' will match the path '*'

    // 'abc.*/' -> go
    // 'abc.*'  -> skip this rule,
    //    coz trailing single wildcard will be handed by [trailing wildcard]
    /(^|[^\\])(?:\\\*)+(?!$)/g,

    // '*.js' matches '.js'
    // '*.js' doesn't match 'abc'
    // 1. An asterisk "*" matches anything except a slash.
    // 2. Other consecutive asterisks are considered regular asterisks
    //    and collapse into one non-slash wildcard run.
    (_, p1) => p1 + WILDCARD,
    '*'
  ],

  // trailing wildcard, held apart from a literal star
  [
    // The step above leaves a trailing `*` alone, so a single `\*` is all that
    //   can be left at the end here, and what stands in front of it says which
    //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
    //   nothing before it; a literal arrives as the user's own escape, which
    //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
    //   There is no third case: every backslash still reaching the chain is
    //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
    //   own character, so a longer run can never form. This runs while the
    //   two are still distinct, before the unescape steps below collapse the
    //   literal onto the very `\*` a wildcard leaves behind.
    /(^|[^\\])((?:\\\\)*)\\\*$/,

    (match, p1, p2) =>
      p2 === EMPTY
        // A real wildcard: carry it to `_make` as the marker, so the unescape
        //   steps and the trailing-wildcard rewrite can never mistake it for a
        //   literal `\*` (nor the reverse).
        ? p1 + TRAILING_WILDCARD
        // A literal star: leave it exactly as it stands for the unescape steps.
        : match,
    '*'
  ],

  [
    // unescape, revert step 3 except for back slash
    // For example, if a user escape a '\\*',
    // after step 3, the result will be '\\\\\\*'
    /\\\\\\(?=[$.|*+(){^])/g,
    () => ESCAPE,
    ESCAPE + ESCAPE
  ],

  [
    // '\\\\' -> '\\'
    /\\\\/g,
    () => ESCAPE,
    ESCAPE + ESCAPE
  ],

  [
    // Every real bracket expression -- POSIX classes included -- has already
    //   been held aside by `extractBrackets`, so the only `[` left in the
    //   pattern is an escaped, literal one.

    // A backslash could only stand at the end of the range if it quoted the
    //   `]`, and `\]` is held aside long before this.
    /\\\[([^\]/]*?)($|\])/g,

    // '\\[bar]' -> '\\\\[bar]'
    (match, range, close) => `\\[${range}${close}`,
    '['
  ],

  // ending
  [
    // 'js' will not match 'js.'
    // 'ab' will not match 'abc'
    DIRECT,

    // WTF!
    // https://git-scm.com/docs/gitignore
    // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
    // which re-fixes #24, #38

    // > If there is a separator at the end of the pattern then the pattern
    // > will only match directories, otherwise the pattern can match both
    // > files and directories.

    // 'js*' will not match 'a.js'
    // 'js/' will not match 'a.js'
    // 'js' will match 'a.js' and 'a.js/'
    source => {
      const last = source[source.length - 1]

      // The pattern is empty, or ends in a pending marker `_make` owns --
      //   the trailing wildcard, or a trailing "/**". A trailing `*` that is
      //   not the marker is a literal star, which anchors like any other
      //   final character.
      if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
        return source
      }

      return last === SLASH
        // foo/ will not match 'foo'
        ? `${source}$`
        // foo matches 'foo' and 'foo/'
        : `${source}(?=$|\\/$)`
    }
  ]
]

const REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/
const MODE_IGNORE = 'regex'
const MODE_CHECK_IGNORE = 'checkRegex'
const UNDERSCORE = '_'

const replaceTrailingWildcard = (_, p1) => {
  const prefix = p1
    // '\^':
    // '/*' does not match EMPTY
    // '/*' does not match everything

    // '\\\/':
    // 'abc/*' does not match 'abc/'
    ? `${p1}[^/]+`

    // 'a*' matches 'a'
    // 'a*' matches 'aa'
    : '[^/]*'

  return `${prefix}(?=$|\\/$)`
}

const REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/

// 'abc/**' matches everything under 'abc', but not 'abc/' itself (#21):
//   requiring one arbitrary character (line terminators included, #176)
//   after 'abc/' is necessary and sufficient for `.test(path)`.
const replaceTrailingDoublestar = () => '[\\s\\S]'

// The fixed piece between the wildcard at `at` and the next wildcard of the
//   run: the tokens that separate them, joined as they appear in the source.
//   A run never holds two wildcards in a row, so there is always at least one
//   token.
const separatorAfter = (run, at) => {
  let separator = EMPTY

  for (let index = at + 1; index < run.length && !run[index].wildcard; index ++) {
    separator += run[index].single
  }

  return separator
}

// Where a run of non-slash wildcards is split by fixed pieces --
//   `[^/]*ab[^/]*cd...` -- the engine has many equivalent ways to lay the
//   input across the wildcards, and on input that does not match it works
//   through all of them, so the time grows with the number of wildcards
//   rather than the length of the path. Every wildcard but the last in such a
//   run can be pinned to stop where the piece after it begins, which leaves
//   one way to lay out the input and no rewinding, without changing which
//   paths match: the fixed pieces still bound the count, and the last
//   wildcard still absorbs the rest.
//
// A wildcard is pinned to the whole piece, never to the piece's first
//   character. The pin leaves no way back, so a wildcard that stopped at that
//   first character would hand over wherever the character happens to turn
//   up, including the places the rest of the piece cannot follow -- which is
//   how `f*o/*/*` came to miss `foo/b/c`, the first `o` of `foo` not being
//   the one the `o/` after it needs. Every token of a piece matches exactly
//   one character, so the first place the whole piece fits is the leftmost
//   place it can sit, and whatever is left over goes to the wildcards that
//   follow.
//
// The source is read one token at a time -- a wildcard, a single-character
//   piece (a literal, an escape, a class), or a parenthesised group or anchor
//   that ends the run -- so only a genuine wildcard is touched.
const pinWildcards = source => {
  if (source.indexOf(WILDCARD) < 0) {
    return source
  }

  const tokens = []
  const {length} = source
  let index = 0

  while (index < length) {
    const char = source[index]

    if (source.startsWith(WILDCARD, index)) {
      tokens.push({wildcard: true})
      index += WILDCARD.length
    } else if (char === '[') {
      let end = index + 1

      if (source[end] === '^') {
        end ++
      }

      if (source[end] === ']') {
        end ++
      }

      while (end < length && source[end] !== ']') {
        end += source[end] === ESCAPE
          ? 2
          : 1
      }

      end ++
      tokens.push({single: source.slice(index, end)})
      index = end
    } else if (char === ESCAPE) {
      tokens.push({single: source.slice(index, index + 2)})
      index += 2
    } else if (char === '(') {
      let depth = 0
      let end = index

      do {
        if (source[end] === ESCAPE) {
          end ++
        } else if (source[end] === '(') {
          depth ++
        } else if (source[end] === ')') {
          depth --
        }

        end ++
      } while (end < length && depth > 0)

      if ('*+?'.indexOf(source[end]) >= 0) {
        end ++
      }

      tokens.push({boundary: source.slice(index, end)})
      index = end
    } else if (char === '^' || char === '$') {
      tokens.push({boundary: char})
      index ++
    } else {
      tokens.push({single: char})
      index ++
    }
  }

  let out = EMPTY
  let run = []

  const flush = () => {
    let lastWildcard

    run.forEach((token, at) => {
      if (token.wildcard) {
        lastWildcard = at
      }
    })

    run.forEach((token, at) => {
      if (!token.wildcard) {
        out += token.single
        return
      }

      // Every wildcard but the last is pinned to the whole piece that
      //   follows it, for the reason set out above this function. The last
      //   one stays as it is and takes up the rest.
      out += at === lastWildcard
        ? WILDCARD
        : `(?:(?!${separatorAfter(run, at)})[^\\/])*`
    })

    run = []
  }

  tokens.forEach(token => {
    if (token.boundary === undefined) {
      run.push(token)
      return
    }

    flush()
    out += token.boundary
  })

  flush()

  return out
}

// @param {pattern}
const makeRegexPrefix = pattern => {
  // `/**` matches every path, as `**` does. The translation below only finds
  //   a globstar beside a slash it keeps, and the leading one is turned into
  //   an anchor, so `/**` would come out as `/*` and match one level only.
  //   Here rather than in `createRule`, so that `checkSourceOf`, which
  //   compiles `/**/` again without its trailing slash, gets it too.
  if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
    pattern = '**'
  }

  const {source, sources} = extractBrackets(pattern)

  const replaced = REPLACERS.reduce(
    // A pass whose matcher finds nothing hands back the very string it was
    //   given, so asking first costs a search and saves a rewrite. Ten of the
    //   fifteen passes never fire for a typical .gitignore line, and between
    //   them they were 45% of this chain.
    (prev, [matcher, replacer, required]) => {
      if (matcher === DIRECT) {
        return replacer(prev, pattern)
      }

      if (required !== UNDEFINED && prev.indexOf(required) < 0) {
        return prev
      }

      // A pass whose matcher finds nothing hands back the very string it was
      //   given, so asking first costs a search and saves a rewrite.
      return matcher.test(prev)
        ? prev.replace(matcher, replacer.bind(pattern))
        : prev
    },
    source
  )

  // Most patterns hold no bracket expression at all, and then there is
  //   nothing to put back.
  return sources.length
    ? replaced.replace(
      REGEX_RESTORE_PLACEHOLDER,
      (match, index) => sources[index]
    )
    : replaced
}

// `checkRegex` tests a path with a trailing slash, 'abc/', the way
//   `git check-ignore` matches that literal string once the directory itself
//   is known not to be excluded (see `checkIgnore`): a trailing '/' of the
//   pattern is dropped, a basename pattern sees an empty basename, and only a
//   pattern whose last segment is a pending wildcard can match what is left
//   after the final slash -- 'abc/*' and 'abc/**' match 'abc/', and 'abc/**'
//   also matches 'abc/d/' (#77, #169).
const checkSourceOf = (body, prefix) => {
  if (body[body.length - 1] === SLASH) {
    prefix = makeRegexPrefix(body.slice(0, - 1))
  }

  const head = prefix.slice(0, - 1)
  const last = prefix[prefix.length - 1]

  return last === TRAILING_WILDCARD
    ? `${head}$`
    : last === TRAILING_DOUBLESTAR
      ? head
      : NEVER_MATCH
}

// A trailing slash does not stop a pattern being basename-only: it restricts
//   the match to a directory, it does not let the pattern reach across one.
//   Everything else a pattern can hold -- a wildcard, a character class, an
//   escape -- stays inside a single path segment too, so a pattern with no
//   separator in it can only ever describe the last one.
const matchesBasename = body => {
  const index = body.indexOf(SLASH)

  return index < 0 || index === body.length - 1
}

// The last segment of a path, keeping a trailing slash, because a pattern that
//   ends in one matches only a directory.
// 'a/b/c.js' -> 'c.js';  'a/b/' -> 'b/';  'c.js' -> 'c.js' (no copy made)
const basenameOf = path => {
  const end = path.length - 1

  const index = path.lastIndexOf(
    SLASH,
    path[end] === SLASH
      ? end - 1
      : end
  )

  return index < 0
    ? path
    : path.slice(index + 1)
}

// The parent directory of a path, with its trailing separator, or EMPTY when
//   the path has none.
// 'a/b/c' -> 'a/b/';  'a/b/' -> 'a/';  'a' -> EMPTY;  'a/' -> EMPTY
//
// A path holding an empty segment has to be taken apart, because its
//   ancestors are not prefixes of it: the parent of 'a//b' is 'a/', not
//   'a//', and the parent of '/a/' is nothing at all. Both shapes reach here
//   -- 'a//b' is accepted outright, and `checkIgnore` does not put the path
//   it is given through the relative-path check.
//
// Every other path is a prefix of itself, and cutting one costs a fraction of
//   splitting it into an array and joining that back at every level: 73ns
//   against 207ns.
const parentOf = path => {
  if (
    path.charCodeAt(0) === SLASH_CODE
    || path.indexOf(DOUBLE_SLASH) >= 0
  ) {
    const slices = path.split(SLASH).filter(Boolean)

    slices.pop()

    return slices.length
      ? slices.join(SLASH) + SLASH
      : EMPTY
  }

  const end = path.length - 1

  // Look back from before a trailing separator, since that one belongs to the
  //   path itself.
  //
  // A negative place to start would be a trap here: `lastIndexOf` clamps one
  //   to 0 and searches there rather than reporting no match, so '/' would
  //   come back as its own parent and the walk would never end. It cannot
  //   happen -- that is the only path short enough to produce one, and the
  //   test above has already sent it the other way.
  const cut = path.lastIndexOf(
    SLASH,
    path.charCodeAt(end) === SLASH_CODE
      ? end - 1
      : end
  )

  return cut < 0
    ? EMPTY
    : path.slice(0, cut + 1)
}

const isString = subject => typeof subject === 'string'

// Blank lines, comments and trailing lone backslashes are told by
//   `createRule`, once the pattern is normalized.
const checkPattern = pattern => pattern
  && isString(pattern)

// Git drops one CR before each LF, and one at the end of a final line that
//   has no LF after it.
const splitPattern = pattern => (
  pattern[pattern.length - 1] === '\r'
    ? pattern.slice(0, - 1)
    : pattern
)
.split(REGEX_SPLITALL_CRLF)
.filter(Boolean)

class IgnoreRule {
  constructor (
    pattern,
    mark,
    body,
    ignoreCase,
    negative,
    prefix
  ) {
    this.pattern = pattern
    this.mark = mark
    this.negative = negative

    define(this, 'body', body)
    define(this, 'ignoreCase', ignoreCase)
    define(this, 'regexPrefix', prefix)
  }

  // Worked out on first use and kept behind an own property, the way `regex`
  //   caches itself in `_regex`. Deciding it in the constructor instead would
  //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
  //   every compile -- including the compiles of rules that are never matched
  //   against anything.
  get _basenameOnly () {
    return define(this, '_basenameOnly', matchesBasename(this.body))
  }

  get regex () {
    const key = UNDERSCORE + MODE_IGNORE

    if (this[key]) {
      return this[key]
    }

    return this._make(MODE_IGNORE, key)
  }

  get checkRegex () {
    const key = UNDERSCORE + MODE_CHECK_IGNORE

    if (this[key]) {
      return this[key]
    }

    return this._make(MODE_CHECK_IGNORE, key)
  }

  _make (mode, key) {
    const str = pinWildcards(
      mode === MODE_IGNORE
        ? this.regexPrefix
        .replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard)
        .replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar)
        : checkSourceOf(this.body, this.regexPrefix)
    )

    const regex = this.ignoreCase
      ? new RegExp(str, 'i')
      : new RegExp(str)

    return define(this, key, regex)
  }
}

const hasTrailingBackslash = str => {
  let count = 0

  while (str[str.length - count - 1] === ESCAPE) {
    count ++
  }

  return count % 2 === 1
}

// Read a line the way git does: when `stripLineEnd` is set (an unsplit array
//   or object pattern), drop any trailing blank lines along with the LF
//   before each and at most one CR at the end of the line; then trim trailing
//   spaces in the same backward pass. Git trims spaces only, and a space
//   escaped by an odd run of backslashes stays, unescaped, as the last one.
// Scanned from the end: a regular expression can only try each start in
//   turn, which is quadratic over a long run of spaces or backslashes.
// 'a  ' -> 'a';  'a\ ' -> 'a ';  'a\\ ' -> 'a\\';  'a\t' -> 'a\t'
// 'a\r\n' -> 'a';  'a\r\r' -> 'a\r';  'a\n\r' -> 'a'
const trimEnd = (body, stripLineEnd) => {
  let lineEnd = body.length
  let end

  for (;;) {
    if (stripLineEnd && body[lineEnd - 1] === '\r') {
      lineEnd --
    }

    end = lineEnd

    while (body[end - 1] === SPACE) {
      end --
    }

    if (!stripLineEnd || body[end - 1] !== '\n') {
      break
    }

    lineEnd = end - 1
  }

  if (end === lineEnd) {
    return body.slice(0, lineEnd)
  }

  let backslashes = 0

  while (body[end - backslashes - 1] === ESCAPE) {
    backslashes ++
  }

  return backslashes % 2
    ? body.slice(0, end - 1) + SPACE
    : body.slice(0, end)
}

const createRule = (
  pattern,
  mark,
  ignoreCase,
  stripLineEnd,
  stripBOM
) => {
  // Git drops a BOM before it reads the first line, so before anything else.
  let body = stripBOM && pattern[0] === BOM
    ? pattern.slice(1)
    : pattern

  // > A line starting with # serves as a comment.
  if (body[0] === '#') {
    return
  }

  let negative = false

  // > An optional prefix "!" which negates the pattern;
  if (body[0] === '!') {
    negative = true
    body = body.slice(1)
  }

  // Normalize the body before checking which slashes anchor the pattern.
  //   Otherwise `bar/ ` is mistaken for a pattern containing an inner slash.
  //   A line from `splitPattern` has already lost its line ending, so only a
  //   trailing space remains to trim there.
  const last = body[body.length - 1]

  if (
    last === SPACE
    || stripLineEnd && (last === '\r' || last === '\n')
  ) {
    body = trimEnd(body, stripLineEnd)
  }

  // > A blank line matches no files, so it can serve as a separator for
  // >   readability.
  // Nor does a lone "!", a pattern ending on an unpaired backslash, or
  //   anything else left empty here: an empty pattern would compile to a
  //   regex matching every path.
  if (!body || hasTrailingBackslash(body)) {
    return
  }

  body = body
  // > Put a backslash ("\") in front of the first "!" for patterns that
  // >   begin with a literal "!", for example, `"\!important!.txt"`.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, '!')
  // > Put a backslash ("\") in front of the first hash for patterns that
  // >   begin with a hash.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, '#')

  const regexPrefix = makeRegexPrefix(body)

  return new IgnoreRule(
    pattern,
    mark,
    body,
    ignoreCase,
    negative,
    regexPrefix
  )
}

class RuleManager {
  constructor (ignoreCase) {
    this._ignoreCase = ignoreCase
    this._rules = []

    // How many of the rules git would tag `EXC_FLAG_NODIR`.
    //
    // The scan uses it to decide, once for the whole set, whether handing
    //   those rules the basename is worth what it costs the others. The
    //   shortcut saves a full-path scan on every rule it applies to and costs
    //   a check on every rule it does not, so a set where almost nothing is
    //   basename-only comes out behind -- a 955 pattern set with 44 of them
    //   measured 19% slower with the shortcut always on.
    //
    // Deciding this by measurement rather than by meaning is safe: a
    //   basename-only pattern gives the very same answer against the whole
    //   path, it just takes longer to say so. The choice can only change how
    //   fast the scan runs, never what it returns.
    this._basenameCount = 0
  }

  _add (pattern, index) {
    // #32
    if (pattern && pattern[KEY_IGNORE]) {
      this._rules = this._rules.concat(pattern._rules._rules)
      this._basenameCount += pattern._rules._basenameCount
      this._added = true
      return
    }

    const isStr = isString(pattern)
    const raw = isStr
      ? pattern
      : pattern.pattern

    const rule = checkPattern(raw)
      && createRule(
        raw,
        isStr ? UNDEFINED : pattern.mark,
        this._ignoreCase,
        !this._split,
        this._stripBOM && !index
      )

    if (rule) {
      this._added = true
      this._rules.push(rule)

      // Deliberately not `rule._basenameOnly`: reading that would materialise
      //   the rule's own copy, and the whole point of leaving it lazy is that
      //   a rule which is compiled and never matched never pays for it.
      if (matchesBasename(rule.body)) {
        this._basenameCount ++
      }
    }
  }

  // @param {Array<string> | string | Ignore} pattern
  add (pattern) {
    this._added = false
    this._split = isString(pattern)
    this._stripBOM = !this._split || pattern[0] === BOM

    makeArray(
      this._split
        ? splitPattern(pattern)
        : pattern
    ).forEach(this._add, this)

    if (this._added) {
      this._literalRules = UNDEFINED
    }

    return this._added
  }

  // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
  //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
  //   are left out once, rather than tested or compiled for every path.
  testLiteral (path) {
    const rules = this._literalRules || (
      this._literalRules = this._rules.filter(
        ({body}) => body[body.length - (
          body[body.length - 1] === SLASH ? 2 : 1
        )] === '*'
      )
    )

    let ignored = false
    let unignored = false
    let matchedRule

    for (let index = rules.length - 1; index >= 0; index --) {
      const rule = rules[index]

      if (rule.checkRegex.test(path)) {
        ignored = !rule.negative
        unignored = rule.negative
        matchedRule = rule.negative
          ? UNDEFINED
          : rule
        break
      }
    }

    const ret = {
      ignored,
      unignored
    }

    if (matchedRule) {
      ret.rule = matchedRule
    }

    return ret
  }

  // Test one single path without recursively checking parent directories
  //
  // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`

  // @returns {TestResult}
  test (path, mode) {
    // Most of a .gitignore is patterns with no slash in them, and running
    //   those against the whole path makes the regular expression engine walk
    //   every directory name on the way to the only segment that could match.
    //   Handing them the basename instead is what git does, and it is where
    //   the time in a directory walk goes: the rule scan was two thirds of it.
    const rules = this._rules
    const {length} = rules

    const shortcut = this._basenameCount * 2 >= length

    const basename = shortcut
      ? basenameOf(path)
      : path

    // The last rule to match decides, as in git, and it is the rule
    //   `git check-ignore -v` reports, so the scan runs from the end and stops
    //   at the first match.
    // A plain loop rather than `forEach`, so that `path`, `basename` and
    //   `shortcut` are locals. As a callback they became closure variables,
    //   and reaching for one of those once per rule cost 10% of a scan over a
    //   large rule set -- more than the shortcut they were there to serve.
    for (let index = length - 1; index >= 0; index --) {
      const rule = rules[index]

      if (rule[mode].test(
        shortcut && rule._basenameOnly
          ? basename
          : path
      )) {
        const {negative} = rule

        const ret = {
          ignored: !negative,
          unignored: negative
        }

        if (!negative) {
          ret.rule = rule
        }

        return ret
      }
    }

    return {
      ignored: false,
      unignored: false
    }
  }
}

const throwError = (message, Ctor) => {
  throw new Ctor(message)
}

const checkPath = (path, originalPath, doThrow) => {
  if (!isString(path)) {
    return doThrow(
      `path must be a string, but got \`${originalPath}\``,
      TypeError
    )
  }

  // We don't know if we should ignore EMPTY, so throw
  if (!path) {
    return doThrow(`path must not be empty`, TypeError)
  }

  // Check if it is a relative path
  if (checkPath.isNotRelative(path)) {
    const r = '`path.relative()`d'
    return doThrow(
      `path should be a ${r} string, but got "${originalPath}"`,
      RangeError
    )
  }

  return true
}

// > pathname should be a `path.relative()`d one
//
// The same thing `REGEX_TEST_INVALID_PATH` says, spelled out: a path is not
//   relative if it begins with a separator, or with `./` or `../`, or is
//   nothing but `.` or `..`. Every match is decided by the first three
//   characters, and this runs on every path handed to the library -- where it
//   was 55% of a cached lookup, more than the cache lookup itself.
const isNotRelative = path => {
  const first = path.charCodeAt(0)

  if (first === SLASH_CODE) {
    return true
  }

  if (first !== DOT_CODE) {
    return false
  }

  // '.'
  if (path.length === 1) {
    return true
  }

  const second = path.charCodeAt(1)

  // './'
  if (second === SLASH_CODE) {
    return true
  }

  if (second !== DOT_CODE) {
    return false
  }

  // '..' or '../'
  return path.length === 2 || path.charCodeAt(2) === SLASH_CODE
}

checkPath.isNotRelative = isNotRelative

// On windows, the following function will be replaced
/* istanbul ignore next */
checkPath.convert = p => p


const convertPath = target =>
  isString(target) && checkPath.convert(target)


class Ignore {
  constructor ({
    ignorecase = true,
    ignoreCase = ignorecase,
    allowRelativePaths = false
  } = {}) {
    define(this, KEY_IGNORE, true)

    this._rules = new RuleManager(ignoreCase)
    this._strictPathCheck = !allowRelativePaths
    this._initCache()
  }

  _initCache () {
    // A cache for the result of `.ignores()`
    this._ignoreCache = Object.create(null)

    // A cache for the result of `.test()`
    this._testCache = Object.create(null)
  }

  add (pattern) {
    if (this._rules.add(pattern)) {
      // Some rules have just added to the ignore,
      //   making the behavior changed,
      //   so we need to re-initialize the result cache
      this._initCache()
    }

    return this
  }

  // legacy
  addPattern (pattern) {
    return this.add(pattern)
  }

  // @returns {TestResult}
  _test (originalPath, cache, path) {
    checkPath(
      path,
      originalPath,
      this._strictPathCheck
        ? throwError
        : RETURN_FALSE
    )

    return path
      ? this._t(path, cache)
      : {
        ignored: false,
        unignored: false
      }
  }

  checkIgnore (target) {
    // A Windows path is converted first, so that a directory given with a
    //   trailing separator, `\` or `/`, is told the same way
    const path = convertPath(target)

    // If the path does not end with a slash, `.ignores()` is much equivalent
    //   to `git check-ignore`
    if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
      return this._test(target, this._testCache, path)
    }

    // Like `git check-ignore`: a directory excluded by itself or by an
    //   ancestor settles it, and only then is the literal 'abc/' matched
    //   against the rules (see `checkSourceOf`).
    const dir = this._t(path, this._testCache)

    if (dir.ignored) {
      return dir
    }

    const literal = this._rules.testLiteral(path)

    return literal.ignored || literal.unignored
      ? literal
      : dir
  }

  _t (
    // The path to be tested
    path,

    // The cache for the result of a certain checking
    cache
  ) {
    if (path in cache) {
      return cache[path]
    }

    const parentPath = parentOf(path)

    // If the path contains a parent directory, check the parent first
    const parent = parentPath
      ? this._t(parentPath, cache)
      : UNDEFINED

    return cache[path] = parent && parent.ignored
      // > It is not possible to re-include a file if a parent directory of
      // >   that file is excluded.
      ? parent
      : this._rules.test(path, MODE_IGNORE)
  }

  ignores (path) {
    return this._test(path, this._ignoreCache, convertPath(path)).ignored
  }

  createFilter () {
    return path => !this.ignores(path)
  }

  filter (paths) {
    return makeArray(paths).filter(this.createFilter())
  }

  // @returns {TestResult}
  test (path) {
    return this._test(path, this._testCache, convertPath(path))
  }
}

const factory = options => new Ignore(options)

const isPathValid = path =>
  checkPath(convertPath(path), path, RETURN_FALSE)

/* istanbul ignore next */
const setupWindows = () => {
  /* eslint no-control-regex: "off" */
  const makePosix = str => /^\\\\\?\\/.test(str)
  || /["<>|\u0000-\u001F]+/u.test(str)
    ? str
    : str.replace(/\\/g, '/')

  checkPath.convert = makePosix

  // 'C:\\foo'     <- 'C:\\foo' has been converted to 'C:/'
  // 'd:\\foo'
  const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i
  checkPath.isNotRelative = path =>
    REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path)
    || isNotRelative(path)
}


// Windows
// --------------------------------------------------------------
/* istanbul ignore next */
if (
  // Detect `process` so that it can run in browsers.
  typeof process !== 'undefined'
  && process.platform === 'win32'
) {
  setupWindows()
}

// COMMONJS_EXPORTS ////////////////////////////////////////////////////////////

module.exports = factory

// Although it is an anti-pattern,
//   it is still widely misused by a lot of libraries in github
// Ref: https://github.com/search?q=ignore.default%28%29&type=code
factory.default = factory

module.exports.isPathValid = isPathValid

// For testing purposes
define(module.exports, Symbol.for('setupWindows'), setupWindows)


/***/ }),

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _lean_heap_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7562);
/* harmony import */ var _fast_env_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6923);
/* harmony import */ var _scan_workers_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4249);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1829);
/* istanbul ignore file -- the entry only wires the process to runCli. */




(0,_lean_heap_js__WEBPACK_IMPORTED_MODULE_0__/* .useLeanHeap */ .q)();
(0,_fast_env_js__WEBPACK_IMPORTED_MODULE_3__/* .useFastEnv */ .n)();
// This file also runs as each scan worker thread of a large scan.
if ((0,_scan_workers_js__WEBPACK_IMPORTED_MODULE_1__/* .isScanWorker */ .WJ)())
    (0,_scan_workers_js__WEBPACK_IMPORTED_MODULE_1__/* .runScanWorker */ .fR)();
else {
    (0,_scan_workers_js__WEBPACK_IMPORTED_MODULE_1__/* .enableScanWorkers */ .OV)(new URL(import.meta.url));
    process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_2__/* .runCli */ .ak)(process.argv.slice(2), {
        cwd: process.cwd(),
        stdout: s => process.stdout.write(s),
        stderr: s => process.stderr.write(s),
        isTTY: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1829:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ak: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: EXIT_FINDINGS, EXIT_OK, EXIT_USAGE

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
// EXTERNAL MODULE: ./src/namespaces.ts
var src_namespaces = __nccwpck_require__(6215);
;// CONCATENATED MODULE: ./src/model.ts
/**
 * The neutral data model every parser produces and every reporter consumes
 * (reviewdog's rdf idea): parsers know nothing of reporters and vice versa.
 */
const SEVERITIES = ['error', 'warning', 'note'];
/** The host namespaces this tool guards: their table is src/namespaces.ts. */

const FILE_TYPES = ['kubernetes', 'compose', 'dockerfile', 'shell', 'workflow'];
/** A finding about the run rather than a file: reporters show it without a location. */
const isRunLevel = (f) => f.file === '';
/** `file:line` for people to read, or `(whole run)` for a finding no file holds. */
const locationOf = (f) => (isRunLevel(f) ? '(whole run)' : `${f.file}:${f.span.start.line}`);
/** Severity order, most severe first; `meetsThreshold('warning','error')` is false. */
const RANK = { error: 3, warning: 2, note: 1 };
function meetsThreshold(severity, threshold) {
    return threshold !== 'never' && RANK[severity] >= RANK[threshold];
}
function compareSeverity(a, b) {
    return RANK[b] - RANK[a];
}

// EXTERNAL MODULE: ./src/parse/source.ts
var parse_source = __nccwpck_require__(3226);
// EXTERNAL MODULE: ./src/parse/yaml/yaml.ts + 2 modules
var yaml = __nccwpck_require__(7576);
;// CONCATENATED MODULE: ./src/config/config.ts




const DEFAULT_CONFIG_PATH = '.github/host-namespace-guard.yml';
const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;
/**
 * The largest maxFileSize honoured: a file is decoded into one string and parsed in memory, and V8
 * caps a string just under 512 MiB, so a larger limit would promise a check that cannot happen.
 */
const MAX_MAX_FILE_SIZE = 256 * 1024 * 1024;
const DEFAULT_MAX_FINDINGS = 10_000;
function defaultConfig() {
    return {
        include: [],
        exclude: [],
        rules: {},
        fileTypes: Object.fromEntries(FILE_TYPES.map(t => [t, true])),
        maxFileSize: DEFAULT_MAX_FILE_SIZE,
        maxFindings: DEFAULT_MAX_FINDINGS,
        exceptions: { namespaces: [], warnDays: 30, approval: { label: 'host-namespace-exception-approved' } },
    };
}
/** A configuration mistake, with the file, line and key path at fault. */
class ConfigError extends Error {
    file;
    line;
    keyPath;
    constructor(file, line, keyPath, problem) {
        super(`${file}${line ? `:${line}` : ''}: ${keyPath ? `${keyPath}: ` : ''}${problem}`);
        this.file = file;
        this.line = line;
        this.keyPath = keyPath;
        this.name = 'ConfigError';
    }
}
const TOP_KEYS = ['paths', 'rules', 'fileTypes', 'maxFileSize', 'maxFindings', 'exceptions'];
/** Parses and validates a config file. `knownRules` lets the error list the valid ids. */
function parseConfig(file, text, knownRules) {
    const source = new parse_source/* SourceText */.D(file, text);
    const parsed = (0,yaml/* parseYaml */.hN)(source);
    const problem = parsed.problems[0];
    if (problem)
        throw new ConfigError(file, problem.span.start.line, '', problem.message);
    const config = defaultConfig();
    const docs = parsed.documents.filter(d => d.doc.contents !== null);
    if (docs.length === 0)
        return config;
    if (docs.length > 1)
        throw new ConfigError(file, undefined, '', 'expected one YAML document');
    const { doc } = docs[0];
    const v = new Validator(file, source, doc);
    const root = v.map(doc.contents, '');
    for (const [key, value, line] of v.pairs(root, '', TOP_KEYS)) {
        switch (key) {
            case 'paths':
                for (const [k, list] of v.pairs(v.map(value, 'paths'), 'paths', ['include', 'exclude'])) {
                    config[k] = v.stringList(list, `paths.${k}`);
                }
                break;
            case 'rules':
                for (const [id, setting, l] of v.pairs(v.map(value, 'rules'), 'rules')) {
                    if (!knownRules.includes(id))
                        throw new ConfigError(file, l, `rules.${id}`, `unknown rule; known rules: ${knownRules.join(', ')}`);
                    const raw = (0,dist/* isMap */.jh)(setting) ? v.child(setting, 'severity', `rules.${id}`) : setting;
                    // YAML 1.1 reads an unquoted `off` as false: that is what the user meant.
                    config.rules[id] = (0,dist/* isScalar */.jn)(raw) && raw.value === false ? 'off' : v.oneOf(raw, `rules.${id}`, [...SEVERITIES, 'off']);
                }
                break;
            case 'fileTypes':
                for (const [t, on] of v.pairs(v.map(value, 'fileTypes'), 'fileTypes', FILE_TYPES))
                    config.fileTypes[t] = v.bool(on, `fileTypes.${t}`);
                break;
            case 'maxFileSize':
                config.maxFileSize = v.size(value, 'maxFileSize');
                break;
            case 'maxFindings':
                config.maxFindings = v.positiveInt(value, 'maxFindings', line);
                break;
            case 'exceptions':
                config.exceptions = exceptionsConfig(v, value);
                break;
        }
    }
    return config;
}
function exceptionsConfig(v, value) {
    const out = defaultConfig().exceptions;
    for (const [key, val, line] of v.pairs(v.map(value, 'exceptions'), 'exceptions', ['namespaces', 'warnDays', 'file', 'approval'])) {
        if (key === 'namespaces')
            out.namespaces = v.stringList(val, 'exceptions.namespaces');
        else if (key === 'warnDays')
            out.warnDays = v.positiveInt(val, 'exceptions.warnDays', line);
        else if (key === 'file')
            out.file = v.string(val, 'exceptions.file');
        else {
            for (const [k, s] of v.pairs(v.map(val, 'exceptions.approval'), 'exceptions.approval', ['label', 'team'])) {
                out.approval[k] = v.string(s, `exceptions.approval.${k}`);
            }
        }
    }
    return out;
}
/** Size units and their bytes: SI (KB, MB) and binary (KiB, MiB), as the README documents. */
const SIZE_UNITS = { B: 1, KB: 1000, KiB: 1024, MB: 1_000_000, MiB: 1024 * 1024 };
/** Reads typed values out of the AST, throwing ConfigError with the line of the bad node. */
class Validator {
    file;
    source;
    doc;
    constructor(file, source, doc) {
        this.file = file;
        this.source = source;
        this.doc = doc;
    }
    fail(node, keyPath, problem) {
        const range = node?.range;
        throw new ConfigError(this.file, range ? this.source.position(range[0]).line : undefined, keyPath, problem);
    }
    describe(node) {
        // JSON writes .inf and .nan as null: name them as they are.
        if ((0,dist/* isScalar */.jn)(node))
            return typeof node.value === 'number' && !Number.isFinite(node.value) ? String(node.value) : JSON.stringify(node.value);
        return (0,dist/* isMap */.jh)(node) ? 'a mapping' : (0,dist/* isSeq */.oP)(node) ? 'a list' : 'nothing';
    }
    map(node, keyPath) {
        const n = (0,yaml/* resolveAlias */.Zg)(this.doc, node);
        if (!(0,dist/* isMap */.jh)(n))
            this.fail(node, keyPath, `expected a mapping, got ${this.describe(n)}`);
        return n;
    }
    *pairs(map, keyPath, allowed) {
        for (const pair of map.items) {
            const key = (0,yaml/* keyName */.xT)(pair);
            const line = this.source.position(pair.key?.range?.[0] ?? 0).line;
            const where = keyPath ? `${keyPath}.${String(key)}` : String(key);
            if (typeof key !== 'string')
                throw new ConfigError(this.file, line, keyPath, 'keys must be plain strings');
            if (allowed && !allowed.includes(key))
                throw new ConfigError(this.file, line, where, `unknown key; expected one of ${allowed.join(', ')}`);
            yield [key, (0,yaml/* resolveAlias */.Zg)(this.doc, pair.value), line];
        }
    }
    child(map, key, keyPath) {
        for (const [k, v] of this.pairs(map, keyPath, [key]))
            if (k === key)
                return v;
        return this.fail(map, keyPath, `missing ${key}`);
    }
    string(node, keyPath) {
        if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string' || node.value === '')
            this.fail(node, keyPath, `expected a non-empty string, got ${this.describe(node)}`);
        return node.value;
    }
    stringList(node, keyPath) {
        if (!(0,dist/* isSeq */.oP)(node))
            this.fail(node, keyPath, `expected a list of strings, got ${this.describe(node)}`);
        return node.items.map((item, i) => this.string((0,yaml/* resolveAlias */.Zg)(this.doc, item), `${keyPath}[${i}]`));
    }
    bool(node, keyPath) {
        if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'boolean')
            this.fail(node, keyPath, `expected true or false, got ${this.describe(node)}`);
        return node.value;
    }
    oneOf(node, keyPath, allowed) {
        const value = (0,dist/* isScalar */.jn)(node) ? node.value : undefined;
        if (typeof value !== 'string' || !allowed.includes(value))
            this.fail(node, keyPath, `${this.describe(node)} is not one of ${allowed.join(', ')}`);
        return value;
    }
    /** A YAML number (not a string of digits: `"10"` is a mistake to point out, not to guess at). */
    positiveInt(node, keyPath, _line) {
        const value = (0,dist/* isScalar */.jn)(node) ? node.value : undefined;
        if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0)
            this.fail(node, keyPath, `expected a positive whole number (1 or more), got ${this.describe(node)}`);
        return value;
    }
    /**
     * `5242880`, `512KiB`, `5MiB`, `5MB` (units in any case), from 1 byte to MAX_MAX_FILE_SIZE. A
     * limit of 0 would turn every file into an incomplete-scan finding, and one past the maximum
     * could not be kept: both are mistakes to name, not values to run with.
     */
    size(node, keyPath) {
        const value = (0,dist/* isScalar */.jn)(node) ? node.value : undefined;
        const shown = this.describe(node);
        const expected = `a whole number of bytes, or one with a unit (${Object.keys(SIZE_UNITS).join(', ')}) such as 5MiB`;
        let bytes;
        if (typeof value === 'number') {
            if (!Number.isInteger(value))
                this.fail(node, keyPath, `expected ${expected}, got ${shown}`);
            bytes = value;
        }
        else if (typeof value === 'string') {
            const m = /^(\d+)\s*([A-Za-z]*)$/.exec(value.trim());
            if (!m)
                this.fail(node, keyPath, `expected ${expected}, got ${shown}`);
            const unit = Object.keys(SIZE_UNITS).find(u => u.toLowerCase() === (m[2] || 'B').toLowerCase());
            if (!unit)
                this.fail(node, keyPath, `unknown unit "${m[2]}" in ${shown}; expected one of ${Object.keys(SIZE_UNITS).join(', ')}`);
            bytes = Number(m[1]) * SIZE_UNITS[unit];
        }
        else
            this.fail(node, keyPath, `expected ${expected}, got ${shown}`);
        if (bytes < 1 || bytes > MAX_MAX_FILE_SIZE)
            this.fail(node, keyPath, `${shown} is out of range: expected at least 1 byte and at most ${MAX_MAX_FILE_SIZE / 1024 / 1024}MiB`);
        return bytes;
    }
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/io/paths.ts

/** Whether `file` lies strictly below `dir` (both absolute), by their names: links are not resolved. */
function isInside(dir, file) {
    const relative = external_node_path_default().relative(dir, file);
    return relative !== '' && relative !== '..' && !relative.startsWith(`..${(external_node_path_default()).sep}`) && !external_node_path_default().isAbsolute(relative);
}

;// CONCATENATED MODULE: ./src/io/safe-write.ts




/**
 * A file that was not written, and why, in one line: `cannot write report.json: it is a symbolic
 * link (to /tmp/x); links are never written through`.
 */
class WriteError extends Error {
    file;
    reason;
    constructor(file, reason) {
        super(`cannot write ${file}: ${reason}`);
        this.file = file;
        this.reason = reason;
        this.name = 'WriteError';
    }
}
/**
 * Writes a report or a fixed file without letting what is already on disk redirect the write.
 * A checked-out repository is untrusted: it can commit `report.json -> /home/runner/.bashrc`, and
 * a plain writeFile follows the link. So the target must not be a link (lstat), nor a directory,
 * device or FIFO, nor read-only; its directory, links resolved, must lie inside a root when roots
 * are given. The text goes to a new temporary file in that directory (created exclusively, so a
 * planted link there is not followed either), which is then renamed over the target: the rename
 * replaces a name, never writes through one, and a reader never sees half a file. An existing
 * file keeps its mode (a fixed script stays executable).
 */
async function safeWrite(target, data, options = {}) {
    const absolute = external_node_path_default().resolve(target);
    const shown = options.display ?? target;
    const fail = (reason) => {
        throw new WriteError(shown, reason);
    };
    const roots = options.roots?.map(r => external_node_path_default().resolve(r));
    const root = roots ? roots.find(r => isInside(r, absolute)) : undefined;
    if (roots && !root)
        fail(`it is outside ${roots.join(' and ')}: only paths inside ${roots.length > 1 ? 'them' : 'it'} are written`);
    const existing = await lstatOrUndefined(absolute, fail);
    if (existing?.isSymbolicLink())
        fail(`it is a symbolic link (to ${await external_node_fs_.promises.readlink(absolute).catch(() => 'somewhere unreadable')}); links are never written through`);
    if (existing?.isDirectory())
        fail('it is a directory');
    if (existing && !existing.isFile())
        fail('it is not a regular file (a device, FIFO or socket)');
    // Renaming over a read-only file would succeed where opening it would not: honour the mode.
    if (existing && (existing.mode & 0o222) === 0)
        fail(`the file is read-only (mode ${(existing.mode & 0o7777).toString(8).padStart(4, '0')})`);
    const dir = external_node_path_default().dirname(absolute);
    if (options.createParents)
        await createParents(dir, root, fail);
    const realDir = await external_node_fs_.promises.realpath(dir).catch((err) => fail(`its directory ${dir} cannot be used: ${describeError(err)}`));
    if (root) {
        const realRoot = await external_node_fs_.promises.realpath(root).catch(() => root);
        if (!isInside(realRoot, realDir) && realDir !== realRoot)
            fail(`its directory leads outside ${root} through a symbolic link (to ${realDir})`);
    }
    const final = external_node_path_default().join(realDir, external_node_path_default().basename(absolute));
    const temporary = external_node_path_default().join(realDir, `.${external_node_path_default().basename(absolute)}.${(0,external_node_crypto_namespaceObject.randomBytes)(6).toString('hex')}.tmp`);
    let handle;
    try {
        handle = await external_node_fs_.promises.open(temporary, 'wx', 0o666);
        await handle.writeFile(data);
        if (existing)
            await handle.chmod(existing.mode & 0o7777);
        await handle.close();
        handle = undefined;
        await external_node_fs_.promises.rename(temporary, final);
    }
    catch (err) {
        await handle?.close().catch(() => { });
        await external_node_fs_.promises.unlink(temporary).catch(() => { });
        fail(describeError(err));
    }
}
async function lstatOrUndefined(file, fail) {
    try {
        return await external_node_fs_.promises.lstat(file);
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return undefined;
        return fail(describeError(err));
    }
}
/**
 * mkdir -p, after checking that the deepest directory that exists already stays inside the root:
 * otherwise the new directories would be made wherever a committed link points.
 */
async function createParents(dir, root, fail) {
    let existing = dir;
    while (!(await external_node_fs_.promises.lstat(existing).then(() => true, () => false)))
        existing = external_node_path_default().dirname(existing);
    if (root && existing !== dir) {
        const [realExisting, realRoot] = await Promise.all([external_node_fs_.promises.realpath(existing).catch(() => existing), external_node_fs_.promises.realpath(root).catch(() => root)]);
        if (realExisting !== realRoot && !isInside(realRoot, realExisting))
            fail(`its directory leads outside ${root} through a symbolic link (to ${realExisting})`);
    }
    await external_node_fs_.promises.mkdir(dir, { recursive: true }).catch((err) => fail(`its directory ${dir} cannot be created: ${describeError(err)}`));
}
const READABLE = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on device',
    EDQUOT: 'disk quota exceeded',
    ENOTDIR: 'a part of the path is not a directory',
    EISDIR: 'it is a directory',
    ENOENT: 'no such file or directory',
    EEXIST: 'a file is in the way',
    ELOOP: 'too many symbolic links',
    ENAMETOOLONG: 'the name is too long',
};
/** An OS error as words and its code (`permission denied (EACCES)`), without Node's call details. */
function describeError(err) {
    const code = err.code;
    return code && READABLE[code]
        ? `${READABLE[code]} (${code})`
        : code
            ? `${err.message.replace(/^\w+: /, '').replace(/, \w+ '.*'$/, '')} (${code})`
            : err.message;
}

;// CONCATENATED MODULE: ./src/version.ts
/** Kept equal to package.json's version by a test; bundled code cannot read package.json. */
const TOOL_NAME = 'host-namespace-guard';
const TOOL_VERSION = '0.1.0';
const PROJECT_URL = 'https://github.com/host-namespace-guard/host-namespace-guard';
/**
 * Where rule pages are read: in the Action, the repository and ref it runs from (a fork or a
 * pinned tag gets its own docs); elsewhere (the CLI, a run step, `uses: ./`) the
 * project's main branch. Values that do not look like a repository or a ref are ignored, so
 * nothing odd reaches a Markdown link.
 */
function docsBase(env = process.env) {
    const server = /^https:\/\/[\w.-]+(:\d+)?$/.test(env.GITHUB_SERVER_URL ?? '') ? env.GITHUB_SERVER_URL : 'https://github.com';
    const repository = /^[\w.-]+\/[\w.-]+$/;
    const ref = /^[\w.][\w./-]*$/;
    if (repository.test(env.GITHUB_ACTION_REPOSITORY ?? '') && ref.test(env.GITHUB_ACTION_REF ?? ''))
        return `${server}/${env.GITHUB_ACTION_REPOSITORY}/blob/${env.GITHUB_ACTION_REF}`;
    return `${PROJECT_URL}/blob/main`;
}
const docsUrl = (ruleId, env) => `${docsBase(env)}/docs/rules/${ruleId}.md`;
/** How a workflow refers to the published Action (the README's snippets and `init` use it). */
const ACTION_REF = 'host-namespace-guard/host-namespace-guard@v0';

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/inputs/one-of.ts
/**
 * One check for every closed set of choices a user types (CLI options, action inputs): `value`
 * when it is one of `allowed`, else an error of the caller's class (UsageError exits 2 with a
 * pointer to --help, InputError fails the action) whose message names the setting, the value
 * and what is allowed.
 */
function oneOf(label, value, allowed, ErrorClass) {
    if (!allowed.includes(value))
        throw new ErrorClass(`${label}: "${value}" is not one of ${allowed.join(', ')}`);
    return value;
}

;// CONCATENATED MODULE: ./src/cli/suggest.ts
/**
 * "Did you mean": the candidate closest to what was typed, when it is close enough to be a typo
 * (edit distance at most a third of the word, at least 1) or what was typed is its prefix.
 */
function closest(typed, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        if (typed.length >= 2 && candidate.startsWith(typed))
            return candidate;
        const d = distance(typed, candidate);
        if (d < bestDistance)
            [best, bestDistance] = [candidate, d];
    }
    return bestDistance <= Math.max(1, Math.floor(typed.length / 3)) ? best : undefined;
}
/** Edit distance with transpositions (optimal string alignment), small inputs only. */
function distance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.length][b.length];
}
/** ` (did you mean X?)`, or nothing. */
const didYouMean = (typed, candidates) => {
    const match = closest(typed, candidates);
    return match ? ` (did you mean ${match}?)` : '';
};

;// CONCATENATED MODULE: ./src/cli/args.ts





const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_USAGE = 2;
/** A mistake in how the command was called: exit 2 with a pointer to --help. */
class UsageError extends Error {
}
/** A path the command was given cannot be used (missing, not a directory): exit 2, one line naming it. */
class PathError extends Error {
}
/** An option's value from a closed set, or a UsageError naming the option (`--format`). */
function args_oneOf(name, value, allowed) {
    return oneOf(name, value, allowed, UsageError);
}
/**
 * Parses a command's argv (every command takes -h/--help); a parse problem is a usage error
 * prefixed with the command, quoting the option as written and suggesting the one meant.
 * Returns 'help' when help was asked for.
 */
function parseCommand(command, argv, options) {
    const withHelp = { ...options, help: { type: 'boolean', short: 'h' } };
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({ args: argv, allowPositionals: true, options: withHelp });
    }
    catch (err) {
        throw new UsageError(`${command}: ${parseProblem(err, withHelp)}`);
    }
    return parsed.values.help ? 'help' : parsed;
}
/** Node's parseArgs messages, said plainly: which option, what is wrong, what was probably meant. */
function parseProblem(err, options) {
    const spellings = Object.entries(options).flatMap(([name, o]) => [`--${name}`, ...(o.short ? [`-${o.short}`] : [])]);
    const quoted = /'([^']+)'/.exec(err.message)?.[1];
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && quoted) {
        const typed = quoted.split('=')[0];
        return `unknown option ${typed}${didYouMean(typed, spellings)}`;
    }
    if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && quoted) {
        // "Option '-f, --format <value>' argument missing" or "Option '--fix' does not take an argument".
        const name = /--[\w-]+/.exec(quoted)?.[0] ?? quoted;
        return err.message.includes('does not take an argument') ? `${name} takes no value` : `${name} needs a value`;
    }
    return err.message;
}
/**
 * The paths a scan walks and the root findings are named against. Every path must exist and the
 * root must be a directory: scanning nothing would pass, so a mistyped name is an error.
 */
async function scanTarget(cwd, positionals, rootOption) {
    const given = positionals.length ? positionals : ['.'];
    const paths = given.map(p => external_node_path_default().resolve(cwd, p));
    for (const [i, p] of paths.entries()) {
        try {
            await external_node_fs_.promises.lstat(p);
        }
        catch (err) {
            throw new PathError(`path not found: ${given[i]}${err.code === 'ENOENT' ? '' : ` (${err.code})`}`);
        }
    }
    if (rootOption !== undefined) {
        const root = external_node_path_default().resolve(cwd, rootOption);
        const stat = await external_node_fs_.promises.stat(root).catch(() => undefined);
        if (!stat)
            throw new PathError(`--root: directory not found: ${rootOption}`);
        if (!stat.isDirectory())
            throw new PathError(`--root: not a directory: ${rootOption}`);
        return { paths, root };
    }
    return { paths, root: defaultRoot(cwd, paths) };
}
/**
 * Findings name files relative to the root. By default that is the working directory; paths
 * outside it get the first path (or its folder) as their root instead of `../..` names.
 */
function defaultRoot(cwd, paths) {
    const base = external_node_path_default().resolve(cwd);
    if (paths.every(p => p === base || p.startsWith(base + (external_node_path_default()).sep)))
        return base;
    const first = paths[0];
    return (0,external_node_fs_.existsSync)(first) && (0,external_node_fs_.statSync)(first).isDirectory() ? first : external_node_path_default().dirname(first);
}
/**
 * The --config file as findings and errors name it: relative to the root when inside it (the
 * repository's own path), else as resolved from the working directory.
 */
function configPath(cwd, root, given) {
    if (given === undefined)
        return undefined;
    const absolute = external_node_path_default().resolve(cwd, given);
    const relative = external_node_path_default().relative(root, absolute);
    return relative && !relative.startsWith('..') && !external_node_path_default().isAbsolute(relative) ? relative : absolute;
}

// EXTERNAL MODULE: ./src/io/safe-read.ts
var safe_read = __nccwpck_require__(204);
// EXTERNAL MODULE: ./src/rules/index.ts + 15 modules
var rules = __nccwpck_require__(2005);
;// CONCATENATED MODULE: ./src/config/load.ts




/** Bounds the config file like any other input. */
const MAX_CONFIG_BYTES = 1024 * 1024;
/**
 * Reads from the working tree, bounded like any other input, and never through a link or from a
 * special file: a pull request could commit the config as a link to /proc/self/environ (whose
 * text an error would echo) or to /dev/zero. A path outside the root (the CLI's --config) is
 * read from its own directory under the same rules.
 */
function fsTextReader(root) {
    return async (file) => {
        const absolute = external_node_path_default().resolve(root, file);
        const inside = absolute.startsWith(external_node_path_default().resolve(root) + (external_node_path_default()).sep);
        try {
            return await (0,safe_read/* readRepositoryFile */.tz)(inside ? root : external_node_path_default().dirname(absolute), inside ? file : external_node_path_default().basename(absolute), MAX_CONFIG_BYTES);
        }
        catch (err) {
            if (err instanceof safe_read/* RefusedRead */.pX)
                throw new ConfigError(file, undefined, '', `config file ${err.reason}`);
            throw err;
        }
    };
}
/**
 * Loads the config: an explicit path must exist; the default path is optional.
 * Returns the config, the path it came from and its text (to tell whether a PR changed it).
 */
async function loadConfigWith(read, explicit) {
    const file = explicit ?? DEFAULT_CONFIG_PATH;
    let text;
    try {
        text = await read(file);
    }
    catch (err) {
        if (err instanceof ConfigError)
            throw err;
        const code = err.code;
        throw new ConfigError(file, undefined, '', code === 'ENOENT' ? 'config file not found' : `cannot read config file: ${code ?? err.message}`);
    }
    if (text === undefined) {
        if (explicit)
            throw new ConfigError(file, undefined, '', 'config file not found');
        return { config: defaultConfig() };
    }
    return { config: parseConfig(file, text, [...rules/* registry */.u5.keys()]), file, text };
}
function loadConfig(root, explicit) {
    return loadConfigWith(fsTextReader(root), explicit);
}

;// CONCATENATED MODULE: ./src/config/exceptions-file.ts



/** Reads exceptions.file from the repository; a file the config names but that is missing is a config error. */
async function readCentralFile(root, config, configFile = 'config') {
    const relative = config.exceptions.file;
    if (!relative)
        return undefined;
    try {
        // A pull request controls the working tree: a link could point anywhere (/dev/zero, a
        // secret), so the file must be a regular file inside the repository, read without following.
        const text = await (0,safe_read/* readRepositoryFile */.tz)(root, relative, config.maxFileSize);
        if (text === undefined)
            throw new ConfigError(configFile, undefined, 'exceptions.file', `file not found: ${relative}`);
        return { path: external_node_path_default().relative(root, external_node_path_default().resolve(root, relative)).split((external_node_path_default()).sep).join('/'), text };
    }
    catch (err) {
        if (err instanceof ConfigError)
            throw err;
        if (err instanceof safe_read/* RefusedRead */.pX)
            throw new ConfigError(configFile, undefined, 'exceptions.file', `"${relative}" ${err.reason}`);
        throw new ConfigError(configFile, undefined, 'exceptions.file', `cannot read "${relative}": ${err.code ?? err.message}`);
    }
}

// EXTERNAL MODULE: ./src/discovery/read.ts
var read = __nccwpck_require__(8568);
// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __nccwpck_require__(298);
var ignore_default = /*#__PURE__*/__nccwpck_require__.n(ignore);
// EXTERNAL MODULE: ./src/discovery/classify.ts
var classify = __nccwpck_require__(5602);
// EXTERNAL MODULE: ./src/discovery/select.ts
var discovery_select = __nccwpck_require__(9280);
;// CONCATENATED MODULE: ./src/discovery/walk.ts






/** Never worth descending into, ignored or not. */
const ALWAYS_SKIP = new Set(['.git', 'node_modules', '.hg', '.svn']);
/**
 * Streams the files to scan under `start` (a directory or a file), respecting nested .gitignore
 * files and include/exclude globs. Files named explicitly are yielded even when ignored, as
 * linters do. Symlinks met in the walk are not followed: they could loop or leave the tree. A
 * start that is a link is followed when it leads to a file or directory inside the root, which
 * is what naming it asks for; it is then walked under its real name, the file that holds the
 * text (and that --fix would write). A start that leads outside the root or to no regular file
 * (a FIFO, /dev/zero) is never opened: it comes back with `notRead`.
 */
function* walk(start, options) {
    const root = external_node_path_default().resolve(options.root);
    const select = (0,discovery_select/* fileSelector */.q)(options);
    const excludedDir = (0,discovery_select/* directoryExcluder */.K)(options);
    const wanted = (type) => type === undefined || options.fileTypes[type];
    const abs = external_node_path_default().resolve(start);
    const stat = (0,external_node_fs_.lstatSync)(abs);
    const notRead = (why) => ({
        absolute: abs,
        relative: toRelative(root, abs),
        type: (0,classify/* classify */.L8)(abs),
        refused: `${toRelative(root, abs)} ${why}`,
    });
    if (stat.isSymbolicLink()) {
        const target = linkTarget(abs, root);
        if (typeof target === 'string')
            yield notRead(target);
        else
            yield* walk(target.real, { ...options, root: target.realRoot });
        return;
    }
    if (!stat.isFile() && !stat.isDirectory()) {
        yield notRead('is not a regular file (a device, FIFO or socket): not read');
        return;
    }
    if (stat.isFile()) {
        const relative = toRelative(root, abs);
        const type = (0,classify/* classify */.L8)(relative);
        if (wanted(type))
            yield { absolute: abs, relative, type, size: stat.size };
        return;
    }
    const layers = ancestorsIgnore(root, abs);
    const startRelative = external_node_path_default().relative(root, abs).split((external_node_path_default()).sep).join('/');
    yield* walkDir(abs, startRelative.startsWith('..') ? toRelative(root, abs) : startRelative, layers);
    // Synchronous on purpose: thousands of small directory reads are several times faster than
    // through the promise API's thread-pool round trips (npm run bench).
    function* walkDir(dir, relativeDir, parentLayers) {
        let names;
        try {
            names = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        }
        catch (err) {
            // Fail closed: a directory that cannot be listed may hold anything.
            const code = err.code ?? 'error';
            yield {
                absolute: dir,
                relative: relativeDir || '.',
                type: 'kubernetes',
                refused: `directory ${relativeDir || '.'} could not be read (${code}): nothing in it was checked`,
            };
            return;
        }
        const layers = [...parentLayers];
        // Only read .gitignore where the listing has one: a failed open per directory is costly.
        const own = names.some(n => n.name === '.gitignore') ? readIgnore(dir) : undefined;
        if (own)
            layers.push(own);
        names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of names) {
            if (ALWAYS_SKIP.has(entry.name))
                continue;
            const full = `${dir}${(external_node_path_default()).sep}${entry.name}`;
            const relative = relativeDir ? `${relativeDir}/${entry.name}` : entry.name;
            const isDir = entry.isDirectory();
            const isLink = entry.isSymbolicLink();
            if (!isDir && !isLink && !entry.isFile())
                continue;
            if (isIgnored(layers, full, isDir))
                continue;
            if (isDir) {
                if (excludedDir(relative))
                    continue;
                yield* walkDir(full, relative, layers);
                continue;
            }
            const scanAs = select(relative);
            if (scanAs === undefined)
                continue;
            const type = scanAs === 'script?' ? undefined : scanAs;
            yield isLink ? { absolute: full, relative, type, link: true } : { absolute: full, relative, type };
        }
    }
}
/**
 * Where a named link leads, when that is a file or directory inside the root, with the root's
 * real path to name it against; otherwise why it is not followed.
 */
function linkTarget(link, root) {
    let real;
    let realRoot;
    try {
        real = (0,external_node_fs_.realpathSync)(link);
        realRoot = (0,external_node_fs_.realpathSync)(root);
    }
    catch (err) {
        return `is a symbolic link that leads nowhere readable (${err.code ?? 'error'}): not followed`;
    }
    // The root itself may be named through a link (`scan ~/deploy` where deploy is one).
    if (real !== realRoot && !isInside(realRoot, real))
        return `is a symbolic link leading outside the root (to ${real}): not followed`;
    const stat = (0,external_node_fs_.statSync)(real);
    if (!stat.isFile() && !stat.isDirectory())
        return `is a symbolic link to something that is not a regular file (${real}): not read`;
    return { real, realRoot };
}
function toRelative(root, file) {
    const rel = external_node_path_default().relative(root, file);
    return (rel === '' ? external_node_path_default().basename(file) : rel).split((external_node_path_default()).sep).join('/');
}
function isIgnored(layers, full, isDir) {
    let ignored = false;
    for (const layer of layers) {
        const rel = external_node_path_default().relative(layer.dir, full).split((external_node_path_default()).sep).join('/');
        if (!rel || rel.startsWith('..'))
            continue;
        const result = layer.rules.test(isDir ? `${rel}/` : rel);
        if (result.ignored)
            ignored = true;
        else if (result.unignored)
            ignored = false;
    }
    return ignored;
}
function readIgnore(dir) {
    try {
        const text = (0,external_node_fs_.readFileSync)(external_node_path_default().join(dir, '.gitignore'), 'utf8');
        return { dir, rules: ignore_default()().add(text) };
    }
    catch {
        return undefined;
    }
}
/** .gitignore files between the repo root and the start directory apply too. */
function ancestorsIgnore(root, start) {
    const rel = external_node_path_default().relative(root, start);
    if (rel.startsWith('..') || external_node_path_default().isAbsolute(rel))
        return [];
    const layers = [];
    let dir = root;
    for (const part of rel ? rel.split((external_node_path_default()).sep) : []) {
        const layer = readIgnore(dir);
        if (layer)
            layers.push(layer);
        dir = external_node_path_default().join(dir, part);
    }
    return layers;
}

// EXTERNAL MODULE: ./src/engine/facts.ts
var facts = __nccwpck_require__(5605);
;// CONCATENATED MODULE: ./src/findings/fingerprint.ts


/**
 * Fingerprints come from what a finding is about (rule, file, resource, field path), never from
 * its line, so a finding that moves is recognised and not reported again. Identical keys in one
 * file (two `docker run --net=host` lines) are told apart by their order.
 */
function fingerprint(findings) {
    const seen = new Map();
    for (const f of sortFindings(findings)) {
        const key = [f.ruleId, f.file, f.resource.display, positionFree(f.fieldPath)].join('\u0000');
        const n = seen.get(key) ?? 0;
        seen.set(key, n + 1);
        f.fingerprint = (0,external_node_crypto_namespaceObject.createHash)('sha256').update(`${key}\u0000${n}`).digest('hex').slice(0, 32);
    }
    return findings;
}
/**
 * A List item's index and a RUN's ordinal in its stage change when something is inserted before
 * them, which is not a change to the finding: the item is named by the resource, and equal RUNs
 * are told apart by their order among the findings.
 */
function positionFree(fieldPath) {
    return fieldPath.replace(/(^|\.)items\[\d+\]\./g, '$1items[].').replace(/\/RUN\[\d+\]\//g, '/RUN[]/');
}
function sortFindings(findings) {
    return findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
        a.span.start.line - b.span.start.line ||
        a.span.start.column - b.span.start.column ||
        compareSeverity(a.severity, b.severity) ||
        (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}

// EXTERNAL MODULE: ./src/config/severity.ts
var config_severity = __nccwpck_require__(6591);
;// CONCATENATED MODULE: ./src/findings/run-level.ts


/**
 * An `incomplete-scan` finding about the run as a whole (no file holds it): what was not judged
 * and which bound stopped it. Undefined when the config turns the rule off.
 */
function incompleteRun(config, message, bound) {
    const rule = rules/* registry */.u5.get('incomplete-scan');
    const severity = (0,config_severity/* severityOf */.x)(config, rule);
    if (!severity)
        return undefined;
    const at = { line: 1, column: 1 };
    return {
        ruleId: rule.meta.id,
        severity,
        file: '',
        span: { start: at, end: at, startOffset: 0, endOffset: 0 },
        resource: { display: 'scan' },
        message,
        remediation: rule.meta.remediation,
        fieldPath: `run:${bound}`,
    };
}

;// CONCATENATED MODULE: ./src/policy/records.ts




/**
 * Exception records, in the two forms the issue allows: label + annotations on the workload, or an
 * entry of the central file named by `exceptions.file`. Both produce the same ExceptionRecord, so
 * every later check is blind to where a record came from.
 */
const EXCEPTION_LABEL = `${facts/* EXCEPTION_PREFIX */.J3}exception`;
const ANNOTATIONS = {
    allow: `${facts/* EXCEPTION_PREFIX */.J3}allow`,
    owner: `${facts/* EXCEPTION_PREFIX */.J3}owner`,
    riskAcceptance: `${facts/* EXCEPTION_PREFIX */.J3}risk-acceptance`,
    expires: `${facts/* EXCEPTION_PREFIX */.J3}expires`,
};
/** The central file's keys, in the order the docs list them. */
const CENTRAL_KEYS = ['kind', 'namespace', 'name', 'allow', 'owner', 'riskAcceptance', 'expires'];
const isValidRecord = (r) => r.problems.length === 0;
const records_workloadKeyText = (k) => k.namespace !== undefined ? `${k.kind ?? '?'}/${k.namespace}/${k.name ?? '?'}` : `${k.kind ?? '?'}/${k.name ?? '?'}`;
/** A calendar date written `YYYY-MM-DD`, as a UTC midnight timestamp; undefined when it is not one. */
function records_parseIsoDate(text) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
    if (!m)
        return undefined;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const t = Date.UTC(y, mo - 1, d);
    const back = new Date(t);
    // Date.UTC rolls 2025-02-30 over to March: a date that does not round-trip does not exist.
    if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
        return undefined;
    return t;
}
/** Splits `hostNetwork, hostPID` into flags; unknown entries are returned separately. */
function parseAllow(items) {
    const allow = [];
    const unknown = [];
    for (const raw of items.flatMap(i => i.split(','))) {
        const item = raw.trim();
        if (item === '')
            continue;
        if (facts/* HOST_FIELDS */.Rc.includes(item)) {
            if (!allow.includes(item))
                allow.push(item);
        }
        else
            unknown.push(item);
    }
    return { allow, unknown };
}
// ------------------------------------------------------------------------------------------------
// Annotation form
/**
 * The record written on a workload, or undefined when the workload does not opt in. A workload
 * opts in with the label set to the string "true"; annotations of ours without the label, the label
 * with another value, or the label on the pod template are problems, never a silent pass.
 */
function annotationRecord(w) {
    const label = w.labels[EXCEPTION_LABEL];
    const ours = Object.keys(w.annotations).filter(k => k.startsWith(facts/* EXCEPTION_PREFIX */.J3));
    const misplaced = w.pods.find(p => p.misplacedException)?.misplacedException;
    if (!label && ours.length === 0 && !misplaced)
        return undefined;
    if (label && label.isString && label.value === 'false')
        return undefined;
    const labelPath = `metadata.labels.${EXCEPTION_LABEL}`;
    const record = {
        origin: 'annotation',
        file: w.file,
        span: label?.valueSpan ?? (ours.length ? w.annotations[ours[0]].keySpan : (misplaced ?? w.anchor)),
        spans: {},
        fieldPath: labelPath,
        fieldPaths: { label: labelPath },
        target: { kind: w.kind, namespace: w.namespace, name: w.name ?? '' },
        allow: [],
        workloadId: w.id,
        problems: [],
    };
    const problem = (field, span, message, fieldPath) => record.problems.push({ file: w.file, span, field, fieldPath: fieldPath ?? record.fieldPaths[field] ?? labelPath, message });
    const display = w.resource.display;
    if (misplaced && !label) {
        problem('label', misplaced, `${display}: the exception label and annotations are on the pod template; put them on the ${w.kind}'s own metadata, where they are read.`);
        return record;
    }
    if (!label) {
        problem('label', record.span, `${display} has ${ours.map(a => `"${a}"`).join(', ')} but not the label ${EXCEPTION_LABEL}: "true", so no exception is in force. Add the label, or remove the annotations.`);
        return record;
    }
    record.spans.label = label.valueSpan;
    if (!label.isString || label.value !== 'true') {
        const hint = label.isString ? '' : ' (quoted: Kubernetes rejects a label value that is not a string)';
        problem('label', label.valueSpan, `${display}: label ${EXCEPTION_LABEL} must be "true"${hint}, got ${JSON.stringify(label.value)}.`);
    }
    if (w.pods.length === 0)
        problem('label', label.valueSpan, `${display}: a ${w.kind} runs no pods, so an exception on it covers nothing; put the label and annotations on the workload.`);
    if (!w.name)
        problem('name', label.valueSpan, `${display}: the workload has no metadata.name, so its exception cannot be audited.`);
    const annotation = (field) => {
        const key = ANNOTATIONS[field];
        record.fieldPaths[field] = `metadata.annotations.${key}`;
        const entry = w.annotations[key];
        if (!entry || entry.value.trim() === '') {
            problem(field, entry?.valueSpan ?? label.valueSpan, `${display}: annotation ${key} is ${entry ? 'empty' : 'missing'}; ${FIELD_HELP[field]}.`);
            return undefined;
        }
        record.spans[field] = entry.valueSpan;
        return entry;
    };
    const allow = annotation('allow');
    if (allow) {
        const { allow: flags, unknown } = parseAllow([allow.value]);
        record.allow = flags;
        if (unknown.length)
            problem('allow', allow.valueSpan, `${display}: annotation ${ANNOTATIONS.allow} lists ${unknown.map(u => JSON.stringify(u)).join(', ')}, not one of ${facts/* HOST_FIELDS */.Rc.join(', ')}.`);
        else if (flags.length === 0)
            problem('allow', allow.valueSpan, `${display}: annotation ${ANNOTATIONS.allow} names no host namespace; ${FIELD_HELP.allow}.`);
    }
    record.owner = annotation('owner')?.value.trim();
    record.riskAcceptance = annotation('riskAcceptance')?.value.trim();
    const expires = annotation('expires');
    if (expires) {
        if (records_parseIsoDate(expires.value) === undefined)
            problem('expires', expires.valueSpan, `${display}: annotation ${ANNOTATIONS.expires} is ${JSON.stringify(expires.value)}, not a date; ${FIELD_HELP.expires}.`);
        else
            record.expires = expires.value.trim();
    }
    for (const key of ours) {
        if (!Object.values(ANNOTATIONS).includes(key)) {
            problem('label', w.annotations[key].keySpan, `${display}: unknown annotation ${key}; expected ${Object.values(ANNOTATIONS).join(', ')}.`, `metadata.annotations.${key}`);
        }
    }
    return record;
}
const FIELD_HELP = {
    allow: `list the accepted host namespaces, comma-separated, from ${facts/* HOST_FIELDS */.Rc.join(', ')}`,
    owner: 'name the team or person who owns the risk',
    riskAcceptance: 'give the risk acceptance reference and the reason (e.g. "SEC-123: node exporter reads host network statistics")',
    expires: 'write the expiry as an ISO date, YYYY-MM-DD',
    kind: 'write the workload kind (e.g. DaemonSet)',
    namespace: 'write the workload namespace',
    name: 'write the workload name',
};
/**
 * The central file (`exceptions.file`):
 * ```yaml
 * exceptions:
 *   - kind: DaemonSet
 *     namespace: monitoring
 *     name: node-exporter
 *     allow: [hostNetwork, hostPID]     # or "hostNetwork,hostPID"
 *     owner: team-observability
 *     riskAcceptance: "SEC-123: reads host network statistics"
 *     expires: 2025-12-31
 * ```
 */
function parseCentralFile(file, text) {
    const source = new parse_source/* SourceText */.D(file, text);
    const parsed = (0,yaml/* parseYaml */.hN)(source);
    const out = { records: [], problems: [] };
    const fileProblem = (span, message, fieldPath = 'exceptions') => out.problems.push({ file, span, field: 'file', fieldPath, message: `${file}:${span.start.line}: ${message}` });
    for (const p of parsed.problems)
        fileProblem(p.span, p.message);
    if (parsed.problems.some(p => p.fatal))
        return out;
    const docs = parsed.documents.filter(d => d.doc.contents !== null);
    if (docs.length !== 1) {
        if (docs.length > 1)
            fileProblem(source.span(0, 0), 'expected one YAML document');
        return out;
    }
    const { doc } = docs[0];
    const root = (0,yaml/* resolveAlias */.Zg)(doc, doc.contents);
    const spanOf = (node) => {
        const r = node?.range;
        return r ? source.span(r[0], r[1]) : source.span(0, 0);
    };
    if (!(0,dist/* isMap */.jh)(root)) {
        fileProblem(spanOf(root), 'expected a mapping with an "exceptions" list');
        return out;
    }
    let list;
    for (const pair of root.items) {
        const k = (0,yaml/* keyName */.xT)(pair);
        if (k === 'exceptions')
            list = (0,yaml/* resolveAlias */.Zg)(doc, pair.value);
        else
            fileProblem(spanOf(pair.key), `unknown key ${JSON.stringify(String(k))}; expected exceptions`, String(k));
    }
    if (list === undefined || ((0,dist/* isScalar */.jn)(list) && list.value === null))
        return out;
    if (!(0,dist/* isSeq */.oP)(list)) {
        fileProblem(spanOf(list), 'exceptions: expected a list of exception entries');
        return out;
    }
    list.items.forEach((item, index) => {
        const entry = (0,yaml/* resolveAlias */.Zg)(doc, item);
        if (!(0,dist/* isMap */.jh)(entry)) {
            fileProblem(spanOf(entry ?? item), `exceptions[${index}]: expected a mapping with ${CENTRAL_KEYS.join(', ')}`, `exceptions[${index}]`);
            return;
        }
        out.records.push(centralRecord(file, doc, entry, index, spanOf));
    });
    return out;
}
function centralRecord(file, doc, entry, index, spanOf) {
    const path = `exceptions[${index}]`;
    const values = new Map();
    const record = {
        origin: 'file',
        file,
        span: spanOf(entry),
        spans: {},
        fieldPath: path,
        fieldPaths: {},
        target: { kind: '', name: '' },
        allow: [],
        problems: [],
    };
    const where = (span) => `${file}:${span.start.line}`;
    const problem = (field, span, message) => record.problems.push({ file, span, field, fieldPath: record.fieldPaths[field] ?? path, message: `${where(span)}: ${path}.${message}` });
    for (const pair of entry.items) {
        const k = (0,yaml/* keyName */.xT)(pair);
        if (typeof k !== 'string' || !CENTRAL_KEYS.includes(k)) {
            record.problems.push({
                file,
                span: spanOf(pair.key),
                field: 'file',
                fieldPath: path,
                message: `${where(spanOf(pair.key))}: ${path}: unknown key ${JSON.stringify(String(k))}; expected ${CENTRAL_KEYS.join(', ')}`,
            });
            continue;
        }
        values.set(k, (0,yaml/* resolveAlias */.Zg)(doc, pair.value));
        record.spans[k] = spanOf(pair.value ?? pair.key);
        record.fieldPaths[k] = `${path}.${k}`;
    }
    const text = (k) => {
        record.fieldPaths[k] ??= `${path}.${k}`;
        const node = values.get(k);
        const value = (0,dist/* isScalar */.jn)(node) ? (0,yaml/* scalarText */.ws)(node)?.trim() : undefined;
        if (!values.has(k))
            problem(k, record.span, `${k} is missing; ${FIELD_HELP[k]}.`);
        else if (value === undefined || value === '')
            problem(k, record.spans[k] ?? record.span, `${k} must be a non-empty text; ${FIELD_HELP[k]}.`);
        return value || undefined;
    };
    record.target = { kind: text('kind') ?? '', namespace: text('namespace'), name: text('name') ?? '' };
    record.fieldPaths.allow ??= `${path}.allow`;
    const allowNode = values.get('allow');
    if (!values.has('allow'))
        problem('allow', record.span, `allow is missing; ${FIELD_HELP.allow}.`);
    else {
        const items = (0,dist/* isSeq */.oP)(allowNode) ? allowNode.items.map(i => (0,yaml/* resolveAlias */.Zg)(doc, i)) : [allowNode];
        const texts = items.map(i => ((0,dist/* isScalar */.jn)(i) ? (0,yaml/* scalarText */.ws)(i) : undefined));
        if (texts.some(t => t === undefined))
            problem('allow', record.spans.allow, `allow must be a list of ${facts/* HOST_FIELDS */.Rc.join(', ')}.`);
        else {
            const { allow, unknown } = parseAllow(texts);
            record.allow = allow;
            if (unknown.length)
                problem('allow', record.spans.allow, `allow lists ${unknown.map(u => JSON.stringify(u)).join(', ')}, not one of ${facts/* HOST_FIELDS */.Rc.join(', ')}.`);
            else if (allow.length === 0)
                problem('allow', record.spans.allow, `allow names no host namespace; ${FIELD_HELP.allow}.`);
        }
    }
    record.owner = text('owner');
    record.riskAcceptance = text('riskAcceptance');
    const expires = text('expires');
    if (expires !== undefined) {
        if (records_parseIsoDate(expires) === undefined)
            problem('expires', record.spans.expires, `expires is ${JSON.stringify(expires)}, not a date; ${FIELD_HELP.expires}.`);
        else
            record.expires = expires;
    }
    return record;
}

;// CONCATENATED MODULE: ./src/policy/rule-findings.ts


/**
 * Calls `hook` of every built-in rule that has it and that the config leaves on, in registry
 * order, with a context whose reports become findings in `into` (in `file` unless a report
 * names another). The policy's counterpart of the engine's `each`.
 */
function rule_findings_eachPolicyRule(hook, config, file, into, call) {
    for (const rule of rules/* registry */.u5.values()) {
        if (!rule[hook])
            continue;
        const severity = (0,config_severity/* severityOf */.x)(config, rule);
        if (severity)
            call(rule, { report: r => into.push(toFinding(rule, severity, file, r)) });
    }
}
/** The one place a policy rule's report becomes a finding: the rule's id and remediation, the configured severity. */
function toFinding(rule, severity, file, r) {
    return {
        ruleId: rule.meta.id,
        severity,
        file: r.file ?? file,
        span: r.span,
        resource: r.resource,
        message: r.message,
        remediation: rule.meta.remediation,
        fieldPath: r.fieldPath,
    };
}

;// CONCATENATED MODULE: ./src/policy/evaluate.ts




/**
 * The exception checks, as a pure function: findings, facts and records in, findings out. Records
 * are matched to workloads here (assess); each exception rule's `assessment` hook decides what
 * to report (src/rules/exception-*.ts). Host namespace findings covered by an honoured exception
 * get `suppression` (they are kept, so JSON and SARIF show them as accepted).
 */
const DAY_MS = 24 * 60 * 60 * 1000;
/** What kubectl uses when neither the manifest nor the command line names a namespace. */
const evaluate_DEFAULT_NAMESPACE = 'default';
/** The host namespace rule that reports each pod field. */
const RULE_OF_FIELD = Object.fromEntries(src_namespaces/* HOST_NAMESPACES */.Uv.map(n => [n.podField, n.ruleId]));
/** Today's UTC date as a timestamp at midnight: expiry is counted in whole days. */
function utcDay(today) {
    return Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
}
function daysUntil(expires, today) {
    const t = records_parseIsoDate(expires);
    return t === undefined ? undefined : Math.round((t - utcDay(today)) / DAY_MS);
}
/** Matches records to workloads and runs every check that needs no findings. */
function assess(facts, records, config, today) {
    const byId = new Map(facts.workloads.map(w => [w.id, w]));
    const firstRecord = new Map();
    const out = [];
    // Annotation records first: when both forms exist, the one on the workload is the one in force.
    const ordered = [...records].sort((a, b) => (a.origin === b.origin ? 0 : a.origin === 'annotation' ? -1 : 1));
    for (const record of ordered) {
        const targets = record.origin === 'annotation' ? [byId.get(record.workloadId ?? '')] : facts.workloads.filter(w => matchesCentral(record, w));
        for (const workload of targets.length ? targets : [undefined]) {
            let duplicateOf;
            if (workload) {
                duplicateOf = firstRecord.get(workload.id);
                if (!duplicateOf)
                    firstRecord.set(workload.id, record);
            }
            out.push(assessOne(record, workload, duplicateOf, facts, config, today));
        }
    }
    return out;
}
function matchesCentral(record, w) {
    const t = record.target;
    return t.kind === w.kind && t.name === w.name && t.namespace === (w.namespace ?? evaluate_DEFAULT_NAMESPACE);
}
function assessOne(record, workload, duplicateOf, facts, config, today) {
    const written = workload ? workload.namespace : record.target.namespace;
    const namespace = written ?? evaluate_DEFAULT_NAMESPACE;
    const namespaceAllowed = config.exceptions.namespaces.includes(namespace);
    const daysLeft = record.expires ? daysUntil(record.expires, today) : undefined;
    const valid = isValidRecord(record) && !duplicateOf;
    const status = !valid || daysLeft === undefined ? 'invalid' : daysLeft < 0 ? 'expired' : daysLeft <= config.exceptions.warnDays ? 'expiring' : 'active';
    const used = new Set(workload?.pods.flatMap(p => Object.keys(p.host)) ?? []);
    return {
        record,
        workload,
        namespace,
        namespaceAssumed: written === undefined,
        namespaceAllowed,
        daysLeft,
        status,
        duplicateOf,
        missingControls: workload ? missingControls(workload, namespace, facts.networkPolicies) : [],
        unused: workload ? record.allow.filter(f => !used.has(f)) : [],
        honoured: valid && status !== 'expired' && namespaceAllowed,
    };
}
// ------------------------------------------------------------------------------------------------
// Compensating controls
/** What is missing and why: the exception-missing-control rule words it. */
function missingControls(w, namespace, policies) {
    const out = [];
    for (const pod of w.pods) {
        for (const c of pod.containers)
            out.push(...containerControls(c));
        // No containers is not every container compliant: an Argo Workflow's pod-level settings, or a
        // template whose containers are filled in elsewhere, would otherwise pass every control.
        if (pod.containers.length === 0) {
            out.push({ control: 'containers', podPath: pod.path, partial: pod.partial, span: pod.labelsAnchor, fieldPath: `${pod.path}#containers` });
        }
        const np = networkPolicyFor(pod, namespace, policies);
        if (!np.found) {
            const otherNamespaces = np.otherNamespaces.map(p => ({ name: p.name, namespace: p.namespace ?? evaluate_DEFAULT_NAMESPACE, file: p.file }));
            out.push({ control: 'NetworkPolicy', podLabels: pod.templateLabels, otherNamespaces, span: pod.labelsAnchor, fieldPath: `${pod.path}#NetworkPolicy` });
        }
    }
    return out;
}
function containerControls(c) {
    const out = [];
    const add = (control) => out.push({
        control,
        container: c.name,
        initContainer: c.list === 'initContainers',
        runAsNonRoot: c.runAsNonRoot,
        runAsUser: c.runAsUser,
        allowPrivilegeEscalation: c.allowPrivilegeEscalation,
        span: c.anchor,
        fieldPath: `${c.fieldPath}.securityContext.${control}`,
    });
    if (c.runAsUser === 0 || (c.runAsNonRoot !== true && c.runAsUser === undefined))
        add('runAsNonRoot');
    if (!c.dropsAll)
        add('capabilities.drop');
    if (c.allowPrivilegeEscalation !== false)
        add('allowPrivilegeEscalation');
    return out;
}
function networkPolicyFor(pod, namespace, policies) {
    const matching = policies.filter(p => (0,facts/* selects */.ko)(p.podSelector, pod.templateLabels));
    const found = matching.some(p => (p.namespace ?? evaluate_DEFAULT_NAMESPACE) === namespace);
    // Catch-all policies of other namespaces select everything: naming them would not help.
    const specific = matching.filter(p => Object.keys(p.podSelector.matchLabels).length || p.podSelector.matchExpressions.length);
    return { found, otherNamespaces: found ? [] : specific.slice(0, 3) };
}
/**
 * Applies the exceptions: each exception rule's hook reports on the central file's problems and
 * on every assessment (in registry order), and findings covered by an honoured exception get
 * `suppression`, which is no finding and stays here.
 */
function evaluate(input) {
    const { config, today } = input;
    const assessments = assess(input.facts, input.records, config, today);
    const out = input.findings.map(f => ({ ...f }));
    for (const p of input.problems ?? [])
        rule_findings_eachPolicyRule('recordProblem', config, p.file, out, (rule, ctx) => rule.recordProblem(p, ctx));
    const reported = new Set();
    for (const a of assessments) {
        const firstOfRecord = !reported.has(a.record);
        reported.add(a.record);
        const unit = {
            assessment: a,
            resource: a.workload?.resource ?? targetResource(a.record),
            firstOfRecord,
            allowedNamespaces: config.exceptions.namespaces,
        };
        rule_findings_eachPolicyRule('assessment', config, a.record.file, out, (rule, ctx) => rule.assessment(unit, ctx));
        // A central entry that matched no workload covers nothing.
        if (a.honoured && a.workload)
            suppressCovered(out, a, a.workload);
    }
    return { findings: out, assessments };
}
function suppressCovered(findings, a, w) {
    const suppression = {
        kind: 'exception',
        justification: a.record.riskAcceptance ?? '',
        owner: a.record.owner,
        expires: a.record.expires,
        source: `${a.record.file}:${a.record.span.start.line}`,
    };
    for (const f of findings) {
        if (f.file !== w.file || f.resource.document !== w.documentIndex || f.suppression)
            continue;
        for (const field of a.record.allow) {
            if (f.ruleId !== RULE_OF_FIELD[field])
                continue;
            // Only a real `true` is covered: a quoted "true" is a broken manifest, not an accepted risk.
            if (w.pods.some(p => p.host[field] && f.fieldPath === `${p.path}.${field}`))
                f.suppression = { ...suppression };
        }
    }
}
function targetResource(record) {
    const t = record.target;
    return { display: records_workloadKeyText(t), kind: t.kind || undefined, namespace: t.namespace, name: t.name || undefined };
}

;// CONCATENATED MODULE: ./src/policy/approval.ts



const keyOf = (r) => workloadKeyText({ kind: r.target.kind, namespace: r.target.namespace ?? DEFAULT_NAMESPACE, name: r.target.name });
function byWorkload(records) {
    const out = new Map();
    for (const r of records) {
        if (!r.target.kind || !r.target.name)
            continue;
        const key = keyOf(r);
        const m = out.get(key) ?? { allow: new Set(), record: r };
        for (const f of r.allow)
            m.allow.add(f);
        if (r.expires && (!m.expires || r.expires > m.expires))
            m.expires = r.expires;
        out.set(key, m);
    }
    return out;
}
/**
 * What a pull request adds or widens, comparing the records at base and head (both forms, matched
 * by kind, namespace and name, so moving a record between forms changes nothing). Widening is a new
 * allowed host namespace or a later expiry; narrowing and text edits need no approval.
 */
function exceptionChanges(base, head) {
    const before = byWorkload(base);
    const changes = [];
    for (const [workload, now] of byWorkload(head)) {
        const was = before.get(workload);
        const allow = [...now.allow];
        if (!was) {
            changes.push({
                workload,
                change: 'added',
                details: [`new exception allowing ${allow.join(', ') || 'nothing valid'}${now.expires ? ` until ${now.expires}` : ''}`],
                record: now.record,
            });
            continue;
        }
        const details = [];
        const more = allow.filter(f => !was.allow.has(f));
        if (more.length)
            details.push(`now also allows ${more.join(', ')}`);
        if (now.expires && (!was.expires || now.expires > was.expires) && parseIsoDate(now.expires) !== undefined) {
            details.push(was.expires ? `expiry moved from ${was.expires} to ${now.expires}` : `expiry set to ${now.expires}`);
        }
        if (details.length)
            changes.push({ workload, change: 'widened', details, record: now.record });
    }
    return changes.sort((a, b) => a.workload.localeCompare(b.workload));
}
/** `org/team`, `@org/team` or `team` (in the repository owner's organization). */
function parseTeam(team, owner) {
    const t = team.trim().replace(/^@/, '');
    const slash = t.indexOf('/');
    return slash > 0 ? { org: t.slice(0, slash), slug: t.slice(slash + 1) } : { org: owner, slug: t };
}
async function checkExceptionApproval(port, pr, baseRecords, headRecords, config) {
    const changes = exceptionChanges(baseRecords, headRecords);
    if (!changes.length)
        return { status: 'not-needed', changes, message: 'This pull request adds or widens no host namespace exception.', findings: [] };
    const { label, team } = config.exceptions.approval;
    const listed = changes.map(c => `- ${c.workload}: ${c.details.join('; ')}`).join('\n');
    const intro = `This pull request adds or widens host namespace exceptions:\n${listed}\n`;
    // Without a token nothing proves an approval: deny, as for an unreadable team membership.
    if (!port) {
        const why = 'Approvals cannot be read without a github-token: give the action one (pull-requests: read; members: read for the team check).';
        return unapproved(changes, `${intro}They need approval. ${why}`, config, team ? 'unchecked' : 'no-team', why);
    }
    if (!team) {
        const message = `${intro}They need approval, but no approving team is configured. Set exceptions.approval.team (org/team-slug) in the configuration file in a separate pull request reviewed by the policy owners, then have a member of that team apply the label "${label}" or approve this pull request, and re-run this check.`;
        return unapproved(changes, message, config, 'no-team');
    }
    const { org, slug } = parseTeam(team, pr.owner);
    const teamName = `@${org}/${slug}`;
    const members = new Map();
    const isMember = (user) => {
        const key = user.toLowerCase();
        if (!members.has(key))
            members.set(key, port.isTeamMember(org, slug, user).then(m => (m === 'permission-denied' ? 'unknown' : m)));
        return members.get(key);
    };
    const isAuthor = (user) => pr.author !== undefined && user.toLowerCase() === pr.author.toLowerCase();
    const notes = [];
    const unverified = [];
    const labels = await port.pullRequestLabels(pr.number);
    const present = labels.find(l => l.toLowerCase() === label.toLowerCase());
    if (present !== undefined) {
        const by = await port.labelAppliedBy(pr.number, present);
        const member = by && !isAuthor(by) ? await isMember(by) : false;
        if (!by)
            notes.push(`The label "${label}" is present, but who applied it cannot be read: remove it and have a member of ${teamName} apply it again.`);
        else if (isAuthor(by))
            notes.push(`The label "${label}" was applied by ${by}, the author of this pull request, who cannot approve their own exception: remove it and have another member of ${teamName} apply it.`);
        else if (member === true)
            return approved(changes, by, 'label', `Exception changes approved: label "${label}" applied by ${by}, a member of ${teamName}.`);
        else if (member === 'unknown')
            unverified.push(by);
        else
            notes.push(`The label "${label}" was applied by ${by}, who is not a member of ${teamName}: remove it and have a member of ${teamName} apply it.`);
    }
    const approvers = await port.approvedBy(pr.number, pr.headSha);
    const outsiders = [];
    for (const user of approvers) {
        if (isAuthor(user))
            continue;
        const member = await isMember(user);
        if (member === true)
            return approved(changes, user, 'review', `Exception changes approved: approving review by ${user}, a member of ${teamName}.`);
        if (member === 'unknown')
            unverified.push(user);
        else
            outsiders.push(user);
    }
    if (outsiders.length)
        notes.push(`The approving review${outsiders.length === 1 ? '' : 's'} by ${outsiders.join(', ')} ${outsiders.length === 1 ? 'does' : 'do'} not count: only members of ${teamName} approve exceptions.`);
    const cannotVerify = unverified.length ? membershipNote(teamName) : undefined;
    const unknown = [...new Set(unverified)];
    if (cannotVerify)
        notes.push(`Cannot verify whether ${unknown.join(', ')} ${unknown.length === 1 ? 'is a member' : 'are members'} of ${teamName}: ${cannotVerify}`);
    const message = `${intro}They need approval from a member of ${teamName}. Either:\n` +
        `1. a member of ${teamName} applies the label "${label}" to this pull request, or\n` +
        `2. a member of ${teamName} approves this pull request in a review of its latest commit (an approval of an earlier commit does not count).\n` +
        `Then re-run this check.${notes.length ? `\n${notes.join('\n')}` : ''}`;
    return unapproved(changes, message, config, { team: teamName, label }, cannotVerify);
}
const membershipNote = (teamName) => `GitHub refused to show who is a member of ${teamName}. Reading team membership needs a token with the organization permission "Members: read", such as a GitHub App installation token or a personal access token passed as the github-token input; the default GITHUB_TOKEN cannot read it. Until membership can be verified the exception stays unapproved.`;
function approved(changes, by, via, message) {
    return { status: 'approved', changes, approvedBy: by, via, message, findings: [] };
}
/** Each change becomes an exception-unapproved finding: the rule words it (src/rules/exception-unapproved.ts). */
function unapproved(changes, message, config, approver, cannotVerify) {
    const findings = [];
    for (const change of changes) {
        const unit = { change, approver, ...(cannotVerify ? { cannotVerify } : {}) };
        eachPolicyRule('unapprovedChange', config, change.record.file, findings, (rule, ctx) => rule.unapprovedChange(unit, ctx));
    }
    return { status: 'unapproved', changes, message, findings };
}

;// CONCATENATED MODULE: ./src/policy/review-rows.ts

const STATUS_RANK = { expired: 0, invalid: 1, expiring: 2, active: 3 };
function reviewRows(assessments) {
    const rows = assessments.map(toRow);
    return rows.sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
        (a.daysLeft ?? 0) - (b.daysLeft ?? 0) ||
        a.workload.localeCompare(b.workload) ||
        a.file.localeCompare(b.file) ||
        a.line - b.line);
}
function toRow(a) {
    const { record, workload } = a;
    const kind = workload?.kind ?? record.target.kind;
    const name = workload?.name ?? record.target.name;
    const problems = record.problems.map(p => p.message);
    if (a.duplicateOf)
        problems.push(`duplicate: the record at ${a.duplicateOf.file}:${a.duplicateOf.span.start.line} applies`);
    if (!workload)
        problems.push('no workload with this kind, namespace and name was found in the scanned files');
    if (!a.namespaceAllowed)
        problems.push(`namespace "${a.namespace}"${a.namespaceAssumed ? ' (not set; kubectl would use "default")' : ''} is not listed in exceptions.namespaces`);
    return {
        workload: records_workloadKeyText({ kind, namespace: a.namespace, name }),
        kind,
        namespace: a.namespace,
        namespaceAssumed: a.namespaceAssumed,
        namespaceAllowed: a.namespaceAllowed,
        name,
        file: record.file,
        line: record.span.start.line,
        origin: record.origin,
        allow: [...record.allow],
        owner: record.owner ?? '',
        riskAcceptance: record.riskAcceptance ?? '',
        expires: record.expires ?? '',
        daysLeft: a.daysLeft ?? null,
        status: a.status,
        controls: !workload ? 'unknown' : a.missingControls.length ? 'missing' : 'ok',
        missingControls: a.missingControls.map(m => (m.container ? `${m.container}: ${m.control}` : m.control)),
        problems,
    };
}
/** An exception that fails the monthly review (CLI exit 1). */
const isFailingRow = (r) => r.status === 'expired' || r.status === 'invalid';
function summarize(rows) {
    const out = { total: rows.length, expired: 0, invalid: 0, expiring: 0, active: 0 };
    for (const r of rows)
        out[r.status]++;
    return out;
}

;// CONCATENATED MODULE: ./src/policy/index.ts


function applyPolicy(input) {
    const { records, problems } = input.exceptions;
    const { findings, assessments } = evaluate({ findings: input.findings, facts: input.facts, records, problems, config: input.config, today: input.today });
    return { findings, assessments, records };
}
/** The exception records of the facts (annotations on workloads) and of the central file. */
function policy_exceptionRecords(facts, centralFile) {
    const central = centralFile ? parseCentralFile(centralFile.path, centralFile.text) : { records: [], problems: [] };
    const annotated = facts.workloads.map(annotationRecord).filter((r) => r !== undefined);
    return { records: [...annotated, ...central.records], problems: central.problems };
}



// EXTERNAL MODULE: ./src/scan-one.ts + 18 modules
var scan_one = __nccwpck_require__(1887);
// EXTERNAL MODULE: ./src/scan-workers.ts + 1 modules
var scan_workers = __nccwpck_require__(4249);
;// CONCATENATED MODULE: ./src/pipeline.ts










/** How many files are read at once: enough to hide I/O latency, few enough to bound memory. */
const CONCURRENCY = 16;
/** One pass over files: discovery, reading, the engine. No policy, no fingerprints. */
async function scan(request) {
    const { config } = request;
    const all = request.rules ?? rules/* registry */.u5;
    const engine = (0,scan_one/* engineFor */.E)(all, config, request.facts);
    const result = { findings: [], facts: (0,facts/* noFacts */.f5)(), dockerfiles: [], filesScanned: 0, truncated: false, loneCrFiles: [] };
    // Outcomes arrive in discovery order, from this thread or from workers alike.
    const handle = (outcome) => {
        if (!outcome)
            return;
        result.filesScanned++;
        if (outcome.dockerfile)
            result.dockerfiles.push(outcome.dockerfile);
        if (outcome.loneCr)
            result.loneCrFiles.push(outcome.loneCr);
        for (const f of outcome.findings) {
            if (result.findings.length >= config.maxFindings) {
                result.truncated = true;
                break;
            }
            result.findings.push(f);
        }
        if (outcome.facts) {
            result.facts.workloads.push(...outcome.facts.workloads);
            result.facts.networkPolicies.push(...outcome.facts.networkPolicies);
        }
    };
    if (request.files) {
        // Listed files may come from git blobs (async): a few at a time hide the process latency.
        // Each keeps its place in the list, so the outcome does not depend on which read came first.
        const queue = (0,read/* listed */.KE)(request.root, request.files, config, request.reader);
        const outcomes = [];
        const workers = Array.from({ length: CONCURRENCY }, async () => {
            for (let next = await queue.next(); !next.done; next = await queue.next()) {
                const file = next.value;
                const slot = outcomes.push((0,read/* prepareAsync */.ay)(file, request.root, config.maxFileSize).then(p => (0,scan_one/* outcomeOf */.s)(p, engine))) - 1;
                await outcomes[slot];
            }
        });
        await Promise.all(workers);
        for (const outcome of await Promise.all(outcomes))
            handle(outcome);
    }
    else {
        // A walk is local files only: synchronous reads, one file in memory at a time; a link or a
        // refusal takes the promise path (rare: the await costs nothing where there is none). Past
        // POOL_AFTER files, worker threads take the rest, when the entry allows them.
        let pool;
        let seen = 0;
        for (const file of walkAll(request, config)) {
            if (++seen === scan_workers/* POOL_AFTER */.GF + 1)
                pool = (0,scan_workers/* startPool */.hu)({ config, facts: request.facts, ruleIds: [...all.keys()] }, handle);
            if (pool) {
                if ((0,read/* needsAsync */.KP)(file))
                    await pool.local((0,scan_one/* outcomeOf */.s)(await (0,read/* prepareAsync */.ay)(file, request.root, config.maxFileSize), engine));
                else
                    await pool.add(file);
            }
            else
                handle((0,scan_one/* outcomeOf */.s)((0,read/* needsAsync */.KP)(file) ? await (0,read/* prepareAsync */.ay)(file, request.root, config.maxFileSize) : (0,read/* prepareSync */.Z$)(file, config.maxFileSize), engine));
        }
        if (pool) {
            await pool.finish();
            if (process.env.HNG_SCAN_TRACE)
                process.stderr.write(`scan: ${seen} files, ${pool.scanned} on ${pool.size} worker threads\n`);
        }
    }
    // Fail closed: findings past the limit were not collected, and one of them could fail the run.
    const limit = result.truncated
        ? incompleteRun(config, `The findings limit (maxFindings: ${config.maxFindings}) was reached: later findings were not collected, so the scan did not judge everything.`, 'maxFindings')
        : undefined;
    if (limit)
        result.findings.push(limit);
    result.loneCrFiles.sort();
    return result;
}
function* walkAll(request, config) {
    const starts = request.paths?.length ? request.paths : [request.root];
    for (const start of starts) {
        yield* walk(external_node_path_default().resolve(request.root, start), { root: request.root, include: config.include, exclude: config.exclude, fileTypes: config.fileTypes });
    }
}
/** A whole repository, or paths in it: the CLI's scan and exceptions, the Action's full scan. */
async function scanRepository(request) {
    const { root, config } = request;
    const result = await scan({ root, paths: request.paths, config, rules: request.rules, facts: { exceptions: true, workloads: request.workloads } });
    const partial = (request.paths ?? []).some(p => external_node_path_default().resolve(root, p) !== external_node_path_default().resolve(root));
    return judge(result, request, partial ? { root, config } : undefined);
}
/** A pull request's changed files, judged with their context, and the records they change. */
async function reviewChanges(request) {
    const { root, config } = request;
    const result = await scan({ root, files: request.files, reader: request.reader, config, facts: { exceptions: true, workloads: request.workloads } });
    const judged = await judge(result, request, { root, config });
    if (!judged.records.length || !request.base)
        return judged;
    // Only a change that holds exceptions needs the base's records (to find what it adds or widens).
    const base = await scan({ root, files: request.files, reader: request.base.reader, config, rules: new Map(), facts: { exceptions: true } });
    return { ...judged, baseRecords: exceptionRecords(base.facts, request.base.centralFile).records };
}
/**
 * Policy and fingerprints. A scan of part of the repository reads the rest for NetworkPolicies,
 * which protect workloads wherever they are written, but only when the part holds an exception:
 * a repository without exceptions pays nothing for it.
 */
async function judge(result, request, context) {
    const facts = result.facts;
    // Records come from workloads and the central file, which the context pass does not add to.
    const exceptions = policy_exceptionRecords(facts, request.centralFile);
    if (context && exceptions.records.length) {
        const rest = await scan({ root: context.root, config: context.config, rules: new Map(), facts: { networkPolicies: true } });
        const known = new Set(facts.networkPolicies.map(np => np.id));
        facts.networkPolicies.push(...rest.facts.networkPolicies.filter(np => !known.has(np.id)));
    }
    const policy = applyPolicy({ findings: result.findings, facts, exceptions, config: request.config, today: request.today });
    return { ...result, findings: fingerprint(sortFindings(policy.findings)), assessments: policy.assessments, records: policy.records };
}

;// CONCATENATED MODULE: ./src/report/control-characters.ts
/**
 * Control characters in user-controlled text (file names, resource names, messages, owners) must
 * not reach a reader: a terminal acts on them (ESC and CSI start escape sequences, CR rewrites the
 * line) and a Markdown renderer drops or mangles them. Each reporter removes them here, choosing
 * which ones and what takes their place, because each has its own reader.
 */
/** `text` with each run of C0 controls, DEL and the characters `which` adds, replaced by `replacement`. */
function replaceControlCharacters(text, replacement, which = {}) {
    return text.replace(controlRun(which), replacement);
}
/** Built once per choice: the Markdown escaper runs on every cell of every report. */
const RUNS = new Map();
function controlRun({ c1 = false, lineSeparators = false, keepTabAndLineBreaks = false }) {
    const key = `${c1}/${lineSeparators}/${keepTabAndLineBreaks}`;
    let re = RUNS.get(key);
    if (!re) {
        const c0 = keepTabAndLineBreaks ? '\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f' : '\\u0000-\\u001f';
        const del = c1 ? '\\u007f-\\u009f' : '\\u007f';
        re = new RegExp(`[${c0}${del}${lineSeparators ? '\\u2028\\u2029' : ''}]+`, 'g');
        RUNS.set(key, re);
    }
    return re;
}

;// CONCATENATED MODULE: ./src/report/markdown.ts

/**
 * Everything user-controlled (file names, resource names, values, owners) passes through here
 * before it reaches Markdown: a name must not become a link, a mention, an image or HTML.
 */
function escapeMarkdown(text) {
    // Line breaks stay until the end, where they become blanks; TAB renders as a blank.
    return (replaceControlCharacters(text, '', { keepTabAndLineBreaks: true })
        .replace(/[\\`*_[\]()#!|<>~@&]/g, c => MD_ENTITIES[c] ?? `\\${c}`)
        // GH-123 links an issue like #123 does.
        .replace(/\b(GH)-(?=\d)/gi, '$1&#8203;-')
        // Bare URLs and www. names are autolinked by GitHub; a finding must not carry a live link.
        .replace(/:\/\//g, '&#58;//')
        .replace(/\bwww\./gi, m => `${m.slice(0, 3)}&#46;`)
        // CommonMark ends a line at LF, CR or CRLF, so a lone CR would end a table row or start a
        // heading just like LF; U+2028/U+2029/U+0085 are line breaks to other renderers and editors.
        .replace(/\r\n|[\r\n\u2028\u2029\u0085]/g, ' '));
}
/**
 * HTML entities where a backslash escape is not enough (GitHub renders HTML and autolinks).
 * Mentions and issue references are found after rendering, in the text, so neither `\#` nor
 * `&#64;` stops them: a zero-width space after `@` and `#` does (and `#` then starts no heading).
 */
const MD_ENTITIES = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '@': '@&#8203;', '#': '#&#8203;' };
/** Inline code that cannot be broken out of: fence with more backticks than the text holds. */
function inlineCode(text) {
    const clean = text.replace(/[\r\n\u2028\u2029\u0085]+/g, ' ');
    const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map(m => m[0].length));
    const fence = '`'.repeat(longest + 1);
    const pad = clean.startsWith('`') || clean.endsWith('`') || clean === '' ? ' ' : '';
    return `${fence}${pad}${clean}${pad}${fence}`;
}
/** A fenced block whose fence is longer than any backtick run inside (for suggestions). */
function fence(text, info = '') {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map(m => m[0].length));
    const f = '`'.repeat(longest + 1);
    return `${f}${info}\n${text}${text.endsWith('\n') || text === '' ? '' : '\n'}${f}`;
}
/** Table cells additionally must not contain a raw pipe or newline. */
const cell = (text) => escapeMarkdown(text);
/** Text cut to at most `max` characters, ending in `…` when cut: user text must not crowd a report. */
const clip = (text, max) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

;// CONCATENATED MODULE: ./src/report/exceptions-review.ts



/** A cell of user text longer than this is cut: one record must not crowd out the others. */
const MAX_CELL = 300;
const days = (r) => (r.daysLeft === null ? '-' : String(r.daysLeft));
const controlsText = (r) => (r.controls === 'missing' ? `missing: ${r.missingControls.join('; ')}` : r.controls);
// ------------------------------------------------------------------------------------------------
// Text
/** Terminal control characters in user-controlled text must not reach the terminal. */
const plain = (s) => replaceControlCharacters(s, ' ', { c1: true });
/** The terminal width the text table keeps to. */
const TEXT_WIDTH = 100;
/** Words wrapped to the table's width, indented under their row. */
function wrap(text) {
    const lines = [];
    let current = ' ';
    for (const word of text.split(' ')) {
        if (current.length + 1 + word.length > TEXT_WIDTH && current.trim()) {
            lines.push(current);
            current = '   ';
        }
        current += ` ${word}`;
    }
    lines.push(current);
    return lines.map(l => (l.length > TEXT_WIDTH ? `${l.slice(0, TEXT_WIDTH - 1)}…` : l));
}
/** One exception per row of five short columns, its owner, controls, risk acceptance and record on an indented line below. */
function rowsToText(rows, options = {}) {
    const s = summarize(rows);
    const head = `${s.total} exception record${s.total === 1 ? '' : 's'}${options.asOf ? ` as of ${options.asOf}` : ''}: ${s.expired} expired, ${s.invalid} invalid, ${s.expiring} expiring, ${s.active} active`;
    if (!rows.length)
        return `${head}\n`;
    const columns = ['STATUS', 'DAYS', 'EXPIRES', 'WORKLOAD', 'ALLOW'];
    const table = rows.map(r => [r.status, days(r), r.expires || '-', r.workload, r.allow.join(',') || '-'].map(plain));
    const widths = columns.map((c, i) => Math.max(c.length, ...table.map(t => t[i].length)));
    // The workload column gives way so that a row fits the terminal; the other columns are short.
    const others = widths.reduce((sum, w, i) => (i === 3 ? sum : sum + w + 2), 0);
    widths[3] = Math.max(columns[3].length, Math.min(widths[3], TEXT_WIDTH - others));
    const fit = (text, width) => (text.length > width ? `${text.slice(0, width - 1)}…` : text);
    const line = (cells) => fit(cells
        .map((c, i) => (i === cells.length - 1 ? c : fit(c, widths[i]).padEnd(widths[i])))
        .join('  ')
        .trimEnd(), TEXT_WIDTH);
    const out = [line(columns)];
    for (const [i, r] of rows.entries()) {
        out.push(line(table[i]));
        out.push(fit(`  ${plain(`${r.file}:${r.line} · owner ${r.owner || '-'} · controls ${r.controls === 'missing' ? 'missing' : r.controls} · risk ${r.riskAcceptance || '-'}`)}`, TEXT_WIDTH));
        // What must change is never cut: long lines wrap.
        if (r.controls === 'missing')
            out.push(...wrap(`missing controls: ${plain(r.missingControls.join('; '))}`));
        for (const p of r.problems)
            out.push(...wrap(`problem: ${plain(p)}`));
    }
    return `${out.join('\n')}\n\n${head}\n`;
}
// ------------------------------------------------------------------------------------------------
// JSON
function rowsToJson(rows, options = {}) {
    return { schemaVersion: 1, asOf: options.asOf ?? null, summary: summarize(rows), exceptions: rows };
}
// ------------------------------------------------------------------------------------------------
// Markdown
const STATUS_MARK = { expired: '🔴 expired', invalid: '🔴 invalid', expiring: '🟡 expiring', active: '🟢 active' };
/** A Markdown table; everything taken from the repository is escaped. */
function rowsToMarkdown(rows, options = {}) {
    const s = summarize(rows);
    const out = [
        `**${s.total}** exception record${s.total === 1 ? '' : 's'}${options.asOf ? ` as of ${cell(options.asOf)}` : ''}: ${s.expired} expired, ${s.invalid} invalid, ${s.expiring} expiring within the warning window, ${s.active} active.`,
        '',
    ];
    if (!rows.length)
        return out.join('\n');
    out.push('| Status | Workload | Host namespaces | Owner | Risk acceptance | Expires | Days left | Controls | Record |');
    out.push('| --- | --- | --- | --- | --- | --- | ---: | --- | --- |');
    const c = (text) => cell(clip(text, MAX_CELL));
    // The rows come most urgent first: what does not fit is the least urgent.
    const budget = (options.maxChars ?? Infinity) - 400;
    let size = out.reduce((n, line) => n + line.length + 1, 0) + 250;
    let listed = 0;
    for (const r of rows) {
        const row = `| ${STATUS_MARK[r.status]} | ${c(r.workload)} | ${c(r.allow.join(', ') || '-')} | ${c(r.owner || '-')} | ${c(r.riskAcceptance || '-')} | ${c(r.expires || '-')} | ${days(r)} | ${c(controlsText(r))} | ${c(`${r.file}:${r.line}`)} |`;
        if (size + row.length + 1 > budget)
            break;
        out.push(row);
        size += row.length + 1;
        listed++;
    }
    const problems = rows.slice(0, listed).flatMap(r => r.problems.map(p => `- ${c(r.workload)}: ${c(p)}`));
    if (problems.length)
        out.push('', '**Problems**', '');
    for (const line of problems) {
        if (size + line.length + 1 > budget)
            break;
        out.push(line);
        size += line.length + 1;
    }
    if (listed < rows.length)
        out.push('', `…and ${rows.length - listed} more exception${rows.length - listed === 1 ? '' : 's'} not listed here, to stay within GitHub's size limit: \`host-namespace-guard exceptions\` lists them all.`);
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/cli/usage.ts


const NAMESPACE_NAMES = (0,src_namespaces/* namesOr */.gc)(n => n.display);
const BUILD_FLAG = `--${src_namespaces/* HOST_NAMESPACE */.$8.network.dockerfileFlag}`;
const USAGE = `Usage: ${TOOL_NAME} scan [PATH...] [options]
       ${TOOL_NAME} exceptions [PATH...] [--format text|json|markdown] [--config FILE] [--root DIR]
       ${TOOL_NAME} init [--root DIR] [--fork-safe] [--force]
       ${TOOL_NAME} build-check DOCKERFILE [--context DIR] [--engine podman|docker]
                   [--format text|json] [--timeout SECONDS]
       ${TOOL_NAME} runtime-check MANIFEST [--engine podman|kind] [--image IMAGE]
                   [--probe-image IMAGE] [--format text|json] [--timeout SECONDS]

Finds Kubernetes workloads, compose services, Dockerfiles and scripts that share the
host's ${NAMESPACE_NAMES} namespace.

Options:
  -f, --format text|json|sarif
                             output format (default: text)
  -o, --output FILE          write the report to FILE instead of standard output
  --config FILE              config file (default: .github/host-namespace-guard.yml if present)
  --fail-on error|warning|note|never
                             lowest severity that fails the run (default: error)
  --root DIR                 repository root that paths are reported against (default: .)
  --fix PATH...|--all        apply the fixes the findings offer to the files named (or to every
                             file under the root with --all), then report what remains
  --fix --dry-run            print the fixes as a unified diff; write nothing
  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 nothing fails, 1 a finding fails, 2 usage, configuration, path or write error.

The init command writes .github/workflows/host-namespace-guard.yml (pull-request review and
required check, full scan on demand, monthly exceptions review; --fork-safe writes the two-stage
pair instead) and .github/host-namespace-guard.yml from what the repository holds, then prints
the first scan's result and the next steps. It never replaces a file without --force.

The exceptions command lists every host namespace exception (workload, host namespaces, owner,
risk acceptance, expiry, days left, controls), expired first; it exits 1 when one is expired or
invalid.

Smoke checks (need a container engine; see docs/smoke.md):
  build-check     builds DOCKERFILE without host networking (refuses RUN ${BUILD_FLAG}=host up front)
                  and removes the image; --context defaults to the Dockerfile's directory,
                  --engine to podman, --timeout to 300
  runtime-check   starts each workload of MANIFEST as one pod and observes from inside whether it
                  shares the node's ${NAMESPACE_NAMES} namespace, then removes it; --image
                  replaces every container image; --probe-image is the image (with sh and
                  readlink) of the sidecar that probes images without a shell (default
                  localhost/hng-busybox:latest, from .ci/setup-podman.sh); --engine defaults to
                  podman, --timeout to 120
  Exit codes: 0 ok, 1 host networking needed or a namespace shared, 2 usage, engine error or
  timeout, 130 interrupted.
`;

;// CONCATENATED MODULE: ./src/cli/exceptions-command.ts







const REVIEW_FORMATS = ['text', 'json', 'markdown'];
async function exceptionsCommand(argv, env) {
    const parsed = parseCommand('exceptions', argv, {
        format: { type: 'string', short: 'f', default: 'text' },
        config: { type: 'string' },
        root: { type: 'string' },
    });
    if (parsed === 'help') {
        env.stdout(USAGE);
        return EXIT_OK;
    }
    const { values, positionals } = parsed;
    const format = args_oneOf('--format', values.format, REVIEW_FORMATS);
    const target = await scanTarget(env.cwd, positionals, values.root);
    const { root, paths } = target;
    const { config, file: configFile } = await loadConfig(root, configPath(env.cwd, root, values.config));
    const today = env.today ?? new Date();
    const centralFile = await readCentralFile(root, config, configFile);
    const { assessments } = await scanRepository({ root, paths, config, today, centralFile, rules: new Map() });
    const rows = reviewRows(assessments);
    const asOf = today.toISOString().slice(0, 10);
    env.stdout(format === 'json'
        ? JSON.stringify(rowsToJson(rows, { asOf }), null, 2) + '\n'
        : format === 'markdown'
            ? rowsToMarkdown(rows, { asOf })
            : rowsToText(rows, { asOf }));
    return rows.some(isFailingRow) ? EXIT_FINDINGS : EXIT_OK;
}

;// CONCATENATED MODULE: ./src/cli/init-files.ts


const PR_TRIGGERS = `  pull_request:
    # the default three, plus the label events: adding or removing the approval label re-runs the check
    types: [opened, synchronize, reopened, labeled, unlabeled]
  pull_request_review:
    types: [submitted, dismissed]   # an approving review, given or dismissed, re-runs the check too`;
const CHECKOUT = `      - uses: actions/checkout@v4
        with:
          fetch-depth: 0   # lets the check diff with git`;
/**
 * One workflow: review and required check on pull requests, a full scan on demand, the monthly
 * review. Without pull requests (the fork-safe setup reviews them in two stages), the last two.
 */
function reviewWorkflow({ pullRequests }) {
    const head = pullRequests
        ? `# Written by host-namespace-guard init. Make the check run "Host Namespace Guard" a required
# status check in the branch protection rule (or ruleset) of the default branch.
name: Host Namespace Guard
on:
${PR_TRIGGERS}`
        : `# Written by host-namespace-guard init --fork-safe: the full scan on demand and the monthly
# exceptions review (pull requests are reviewed by the two host-namespace-guard-scan/-publish workflows).
name: Host Namespace Guard
on:`;
    return {
        path: '.github/workflows/host-namespace-guard.yml',
        text: `${head}
  workflow_dispatch:   # a full scan of the repository
  schedule:
    - cron: "0 8 1 * *"   # monthly: the exceptions review
permissions:
  contents: read
jobs:
  guard:
    if: github.event_name != 'schedule'
    runs-on: ubuntu-latest
    permissions:
      contents: read
      pull-requests: write    # the review and its inline comments
      checks: write           # the check run to require
      security-events: write  # the SARIF upload to code scanning
    steps:
${CHECKOUT}
      - uses: ${ACTION_REF}
        with:
          check-name: Host Namespace Guard
          sarif-file: host-namespace-guard.sarif
      - uses: github/codeql-action/upload-sarif@v3
        if: always() && hashFiles('host-namespace-guard.sarif') != ''
        with:
          sarif_file: host-namespace-guard.sarif
  exceptions-review:
    if: github.event_name == 'schedule' || github.event_name == 'workflow_dispatch'
    runs-on: ubuntu-latest
    permissions:
      contents: read
      issues: write   # one tracking issue, updated each month
    steps:
      - uses: actions/checkout@v4
      - uses: ${ACTION_REF}
        with:
          mode: exceptions-report
`,
    };
}
/**
 * The fork-safe pair: stage 1 scans the pull request's code with a read-only token and leaves its
 * report; stage 2 publishes it with a write token and never checks out pull-request code.
 */
function forkSafeWorkflows() {
    return [
        {
            path: '.github/workflows/host-namespace-guard-scan.yml',
            text: `# Written by host-namespace-guard init --fork-safe. Stage 1: runs on the pull request's code with a
# read-only token. Make its job "scan" the required status check: the published check is built
# from this run's report.
name: host-namespace-guard-scan   # stage 2 follows this workflow by name
on:
${PR_TRIGGERS}
permissions:
  contents: read
jobs:
  scan:
    runs-on: ubuntu-latest
    steps:
${CHECKOUT}
      - uses: ${ACTION_REF}
        with:
          comment: "false"
          check-run: "false"
          json-report: guard-report.json
      - uses: actions/upload-artifact@v4
        if: always()
        with:
          name: guard-report
          path: guard-report.json
`,
        },
        {
            path: '.github/workflows/host-namespace-guard-publish.yml',
            text: `# Written by host-namespace-guard init --fork-safe. Stage 2: trusted, with a write token; it only
# reads the report stage 1 left and never checks out or runs pull-request code.
name: host-namespace-guard-publish
on:
  workflow_run:
    workflows: [host-namespace-guard-scan]
    types: [completed]
permissions:
  contents: read
jobs:
  publish:
    runs-on: ubuntu-latest
    if: github.event.workflow_run.event == 'pull_request' || github.event.workflow_run.event == 'pull_request_review'
    permissions:
      actions: read          # the artifact of the stage 1 run
      pull-requests: write   # the review
      checks: write          # the check run
    steps:
      - uses: actions/download-artifact@v4
        with:
          name: guard-report
          run-id: \${{ github.event.workflow_run.id }}
          github-token: \${{ github.token }}
      - uses: ${ACTION_REF}
        with:
          mode: publish
          report-file: guard-report.json
`,
        },
        reviewWorkflow({ pullRequests: false }),
    ];
}
const yamlString = (s) => JSON.stringify(s);
/** The first config: what the repository holds, proposed in comments where it is a decision to make. */
function initialConfig(shape) {
    const lines = [
        '# Written by host-namespace-guard init. Reference: the README\'s "Configuration" section.',
        '# Deny by default: a workload that shares a host namespace fails the check unless it has an',
        '# approved exception, and an exception is honoured only in a namespace listed below.',
        'paths:',
    ];
    if (shape.excluded.length) {
        lines.push("  exclude:   # not the repository's own deployments");
        for (const folder of shape.excluded)
            lines.push(`    - ${yamlString(`${folder}/**`)}`);
    }
    else
        lines.push('  exclude: []');
    lines.push('exceptions:');
    if (shape.hostNamespaces.length) {
        lines.push('  # These namespaces hold workloads that share a host namespace today. List here only the ones', '  # dedicated to node agents (CNI, log shippers, node exporters); the others should not need it.', '  namespaces: []', ...shape.hostNamespaces.map(ns => `  #  - ${yamlString(ns)}`));
    }
    else
        lines.push('  namespaces: []   # namespaces dedicated to node agents that may hold exceptions');
    lines.push('  warnDays: 30', '  approval:', '    label: host-namespace-exception-approved', '    # team: platform-security   # who approves; reading membership needs a token with Members: read');
    if (shape.charts.length || shape.overlays.length) {
        lines.push('# Helm charts and Kustomize overlays found (rendered by the scan when helm and kubectl are on PATH):');
        for (const chart of shape.charts)
            lines.push(`#   chart: ${chart}`);
        for (const overlay of shape.overlays)
            lines.push(`#   overlay: ${overlay}`);
    }
    return { path: DEFAULT_CONFIG_PATH, text: lines.join('\n') + '\n' };
}

;// CONCATENATED MODULE: ./src/cli/init-command.ts










/** Folder names that hold someone else's files or test data, not the repository's deployments. */
const NOT_OURS = new Set(['vendor', 'third_party', 'third-party', 'testdata', '__fixtures__', 'fixtures']);
const KUSTOMIZATION = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);
const HOST_RULES = new Set(['host-network', 'host-pid', 'host-ipc']);
/**
 * `init`: writes the workflows and a first config from what the repository holds, then prints
 * the first scan's result and the next steps. Never overwrites a file without --force.
 */
async function initCommand(argv, env) {
    const parsed = parseCommand('init', argv, { root: { type: 'string' }, 'fork-safe': { type: 'boolean' }, force: { type: 'boolean' } });
    if (parsed === 'help') {
        env.stdout(USAGE);
        return EXIT_OK;
    }
    const { values } = parsed;
    const { root } = await scanTarget(env.cwd, [], values.root ?? '.');
    const shape = shapeOf(root);
    // The first scan reads the repository as the written config will.
    const config = { ...defaultConfig(), exclude: shape.excluded.map(folder => `${folder}/**`) };
    const scan = await scanRepository({ root, config, today: env.today ?? new Date() });
    for (const f of scan.findings) {
        // Kubernetes kinds are capitalised; compose services, commands and jobs are not.
        if (HOST_RULES.has(f.ruleId) && /^[A-Z]/.test(f.resource.kind ?? ''))
            shape.hostNamespaces.push(f.resource.namespace ?? 'default');
    }
    shape.hostNamespaces = [...new Set(shape.hostNamespaces)].sort();
    const files = [...(values['fork-safe'] ? forkSafeWorkflows() : [reviewWorkflow({ pullRequests: true })]), initialConfig(shape)];
    const existing = files.filter(f => (0,external_node_fs_.existsSync)(external_node_path_default().join(root, f.path)));
    if (existing.length && !values.force) {
        env.stderr(`${TOOL_NAME}: init: ${existing.map(f => f.path).join(', ')} already exist${existing.length === 1 ? 's' : ''}; nothing was written (add --force to replace)\n`);
        return EXIT_USAGE;
    }
    for (const f of files) {
        await safeWrite(external_node_path_default().join(root, f.path), f.text, { roots: [root], display: f.path, createParents: true });
        env.stdout(`wrote ${f.path}\n`);
    }
    const failing = scan.findings.filter(f => f.severity === 'error' && !f.suppression);
    const byRule = new Map();
    for (const f of failing)
        byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
    env.stdout(`\nFirst scan: ${scan.filesScanned} file${scan.filesScanned === 1 ? '' : 's'} scanned, ${failing.length} finding${failing.length === 1 ? '' : 's'} that would fail the check` +
        (byRule.size ? ` (${[...byRule].map(([rule, n]) => `${rule} ${n}`).join(', ')})` : '') +
        '.\n');
    env.stdout([
        '',
        'Next steps:',
        `  1. Review ${files.at(-1).path}: list in exceptions.namespaces only namespaces dedicated to node agents.`,
        `  2. Run '${TOOL_NAME} scan' to see each finding; '${TOOL_NAME} scan --fix PATH --dry-run' shows the fixes.`,
        '  3. Commit the files and open a pull request: the check reviews what the pull request changes.',
        '  4. Make the check a required status check in the branch protection rule of the default branch.',
        '',
    ].join('\n'));
    return EXIT_OK;
}
/** Charts, overlays and folders that are not the repository's own, from one walk. */
function shapeOf(root) {
    const config = defaultConfig();
    const charts = new Set();
    const overlays = new Set();
    const excluded = new Set();
    for (const file of walk(root, { root, include: [], exclude: [], fileTypes: config.fileTypes })) {
        const parts = file.relative.split('/');
        const name = parts.at(-1);
        const folder = parts.slice(0, -1).join('/') || '.';
        const notOurs = parts.findIndex(p => NOT_OURS.has(p));
        // The folder itself is excluded, not what lies beneath it one by one.
        if (notOurs !== -1 && notOurs < parts.length - 1) {
            excluded.add(parts.slice(0, notOurs + 1).join('/'));
            continue;
        }
        if (name === 'Chart.yaml')
            charts.add(folder);
        if (KUSTOMIZATION.has(name))
            overlays.add(folder);
    }
    return { hostNamespaces: [], charts: [...charts].sort(), overlays: [...overlays].sort(), excluded: [...excluded].sort() };
}

;// CONCATENATED MODULE: ./src/findings/apply-fix.ts
/**
 * Applies edits to the text they were computed on. Overlapping edits are refused rather than
 * guessed at: a fix must never garble what the user wrote.
 */
function applyEdits(text, edits) {
    const sorted = [...edits].sort((a, b) => b.span.startOffset - a.span.startOffset);
    let out = text;
    let limit = Infinity;
    for (const e of sorted) {
        if (e.span.endOffset > limit)
            throw new Error('overlapping edits');
        out = out.slice(0, e.span.startOffset) + e.text + out.slice(e.span.endOffset);
        limit = e.span.startOffset;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/findings/fix-diff.ts

/** Lines of context around each change, as `diff -u` prints them. */
const CONTEXT = 3;
/**
 * The unified diff that applying `edits` (in offset order, not overlapping) to `before` makes,
 * for `--fix --dry-run`. Hunks are cut around the edits themselves, so the cost follows the
 * edits, not the file; within a hunk the lines are aligned by their longest common subsequence.
 */
function unifiedDiff(file, before, edits) {
    if (!edits.length)
        return '';
    const starts = [0];
    for (let i = before.indexOf('\n'); i !== -1; i = before.indexOf('\n', i + 1))
        starts.push(i + 1);
    if (starts.at(-1) === before.length && before.length)
        starts.pop();
    const lineOf = (offset) => {
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    };
    // Edits whose context overlaps share a hunk.
    const groups = [];
    for (const e of edits) {
        const first = lineOf(e.span.startOffset);
        const last = lineOf(Math.max(e.span.startOffset, e.span.endOffset - 1));
        const group = groups.at(-1);
        if (group && first - CONTEXT <= group.last + CONTEXT + 1) {
            group.last = Math.max(group.last, last);
            group.edits.push(e);
        }
        else
            groups.push({ first, last, edits: [e] });
    }
    const out = [`--- a/${file}`, `+++ b/${file}`];
    let shift = 0;
    for (const g of groups) {
        const from = Math.max(0, g.first - CONTEXT);
        const to = Math.min(starts.length - 1, g.last + CONTEXT);
        const sliceStart = starts[from];
        const sliceEnd = to + 1 < starts.length ? starts[to + 1] : before.length;
        const oldText = before.slice(sliceStart, sliceEnd);
        const moved = g.edits.map(e => ({ ...e, span: { ...e.span, startOffset: e.span.startOffset - sliceStart, endOffset: e.span.endOffset - sliceStart } }));
        const newText = applyEdits(oldText, moved);
        const oldLines = splitLines(oldText);
        const newLines = splitLines(newText);
        out.push(`@@ -${from + 1},${oldLines.length} +${from + 1 + shift},${newLines.length} @@`);
        out.push(...align(oldLines, newLines));
        shift += newLines.length - oldLines.length;
    }
    return out.join('\n') + '\n';
}
function splitLines(text) {
    const lines = text.split('\n');
    if (lines.at(-1) === '')
        lines.pop();
    return lines;
}
/** ` `/`-`/`+` lines of two small line lists, aligned by their longest common subsequence. */
function align(a, b) {
    const lcs = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
    for (let i = a.length - 1; i >= 0; i--)
        for (let j = b.length - 1; j >= 0; j--)
            lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    const out = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        if (i < a.length && j < b.length && a[i] === b[j]) {
            out.push(` ${a[i++]}`);
            j++;
        }
        else if (i < a.length && (j === b.length || lcs[i + 1][j] >= lcs[i][j + 1]))
            out.push(`-${a[i++]}`);
        else
            out.push(`+${b[j++]}`);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/findings/fix-warnings.ts
/** An address that, inside a container, is the container itself and no longer the host. */
const LOOPBACK = /\b(localhost|127\.0\.0\.1|0\.0\.0\.0)\b|\[::1\]/i;
/** Variables a command names: `$NAME`, `${NAME}`, `$(NAME)`, `-e NAME`, `--env NAME[=…]`. */
const NAMED_VARIABLES = /\$\{?\(?([A-Za-z_][A-Za-z0-9_]*)|(?:^|\s)(?:-e|--env)[ =]([A-Za-z_][A-Za-z0-9_]*)/g;
/**
 * Why a fix that takes host networking away may break what the command does: it, or a variable
 * it passes, reaches localhost, which inside the container is no longer the host. One line per
 * finding that the user should look at before trusting the fix; never a reason not to offer it.
 */
function loopbackWarnings(text, findings) {
    const lines = text.split('\n');
    const warnings = [];
    for (const f of findings) {
        if (f.ruleId !== 'host-network' || !f.fix || f.suppression)
            continue;
        const command = logicalLine(lines, f.span.start.line - 1);
        const direct = LOOPBACK.exec(command)?.[0];
        const viaVariable = direct ? undefined : variableReachingLoopback(lines, command);
        const what = direct
            ? `reaches ${direct}`
            : viaVariable
                ? `passes ${viaVariable.name}, set to ${viaVariable.address} on line ${viaVariable.line}`
                : undefined;
        if (what)
            warnings.push(`${f.file}:${f.span.start.line}: the command also ${what}; without the host's network, that address is the container itself: publish the port or use a service name, and check before relying on this fix.`);
    }
    return warnings;
}
/** The line with its shell continuations (`\` at the end) before and after. */
function logicalLine(lines, index) {
    let first = index;
    while (first > 0 && /\\\r?$/.test(lines[first - 1]))
        first--;
    let last = index;
    while (last < lines.length - 1 && /\\\r?$/.test(lines[last]))
        last++;
    return lines.slice(first, last + 1).join('\n');
}
function variableReachingLoopback(lines, command) {
    for (const m of command.matchAll(NAMED_VARIABLES)) {
        const name = m[1] ?? m[2];
        const assignment = new RegExp(`^\\s*(?:export\\s+)?${name}\\s*[:?+]?=(.*)$`);
        for (const [i, line] of lines.entries()) {
            const value = assignment.exec(line)?.[1];
            const address = value === undefined ? undefined : LOOPBACK.exec(value)?.[0];
            if (address)
                return { name, address, line: i + 1 };
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/findings/fix-files.ts






/**
 * Applies the fixes of the given findings to the files on disk (the CLI's --fix: only when asked).
 * Findings covered by an exception are left alone. Identical edits (an aliased pod spec
 * reported for two objects) are applied once, and deletions that overlap or touch (two flags
 * removed from one command line, each taking a shared space) are merged into one. A file whose
 * edits still conflict is left untouched and listed in `skipped`: never silently, and never
 * half-fixed. Files are written with safeWrite inside the root (a link is never written through);
 * one that cannot be read or written is left as it was and listed in `failed`, and the others are
 * still fixed.
 */
async function fixFiles(root, findings, options = {}) {
    const byFile = new Map();
    for (const f of findings) {
        if (!f.fix || f.suppression)
            continue;
        const entry = byFile.get(f.file) ?? { edits: new Map(), count: 0, findings: [] };
        for (const e of f.fix.edits)
            entry.edits.set(`${e.span.startOffset}:${e.span.endOffset}:${e.text}`, e);
        entry.count++;
        entry.findings.push(f);
        byFile.set(f.file, entry);
    }
    const result = { files: [], fixed: 0, skipped: [], failed: [], diff: '', warnings: [] };
    for (const [file, { edits, count, findings: fixable }] of byFile) {
        const merged = mergeDeletions([...edits.values()]);
        const conflict = firstConflict(merged);
        if (conflict) {
            result.skipped.push({ file, reason: conflict });
            continue;
        }
        const absolute = external_node_path_default().resolve(root, file);
        let text;
        try {
            text = await external_node_fs_.promises.readFile(absolute, 'utf8');
        }
        catch (err) {
            result.failed.push(new WriteError(file, `it cannot be read: ${describeError(err)}`));
            continue;
        }
        const fixed = applyEdits(text, merged);
        if (fixed === text)
            continue;
        result.diff += unifiedDiff(file, text, merged);
        result.warnings.push(...loopbackWarnings(text, fixable));
        if (options.dryRun) {
            result.files.push(file);
            result.fixed += count;
            continue;
        }
        try {
            await safeWrite(absolute, fixed, { roots: [root], display: file });
        }
        catch (err) {
            if (!(err instanceof WriteError))
                throw err;
            result.failed.push(err);
            continue;
        }
        result.files.push(file);
        result.fixed += count;
    }
    return result;
}
/** In offset order; deletions (text '') that overlap or touch become one deletion of their union. */
function mergeDeletions(edits) {
    const sorted = [...edits].sort((a, b) => a.span.startOffset - b.span.startOffset || a.span.endOffset - b.span.endOffset);
    const out = [];
    for (const e of sorted) {
        const last = out.at(-1);
        if (last && last.text === '' && e.text === '' && e.span.startOffset <= last.span.endOffset) {
            if (e.span.endOffset > last.span.endOffset) {
                out[out.length - 1] = { text: '', span: { ...last.span, end: e.span.end, endOffset: e.span.endOffset } };
            }
        }
        else
            out.push(e);
    }
    return out;
}
/**
 * Why edits in offset order cannot all be applied, or undefined. Two insertions at one offset
 * conflict too: their order would be a guess.
 */
function firstConflict(sorted) {
    for (let i = 1; i < sorted.length; i++) {
        const a = sorted[i - 1];
        const b = sorted[i];
        const overlap = b.span.startOffset < a.span.endOffset || b.span.startOffset === a.span.startOffset;
        if (overlap) {
            const at = (e) => `${e.span.start.line}:${e.span.start.column}`;
            return `the fixes at ${at(a)} and ${at(b)} overlap`;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/report/json.ts

/**
 * The JSON report (schema in docs/json-report.md). Additive changes keep schemaVersion 1;
 * anything that renames or removes a field bumps it.
 */
function toJsonReport(findings, run) {
    const byRule = {};
    const bySeverity = { error: 0, warning: 0, note: 0 };
    for (const f of findings) {
        byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
        bySeverity[f.severity]++;
    }
    return {
        schemaVersion: 1,
        tool: { name: TOOL_NAME, version: TOOL_VERSION },
        run: { filesScanned: run.filesScanned, truncated: run.truncated, failOn: run.failOn },
        summary: {
            total: findings.length,
            failing: findings.filter(f => f.failing).length,
            suppressed: findings.filter(f => f.suppression).length,
            bySeverity,
            byRule,
        },
        findings: findings.map(f => ({
            ruleId: f.ruleId,
            severity: f.severity,
            file: f.file,
            line: f.span.start.line,
            column: f.span.start.column,
            endLine: f.span.end.line,
            endColumn: f.span.end.column,
            resource: f.resource.display,
            object: { kind: f.resource.kind ?? null, namespace: f.resource.namespace ?? null, name: f.resource.name ?? null, document: f.resource.document ?? null },
            message: f.message,
            remediation: f.remediation,
            fieldPath: f.fieldPath,
            fingerprint: f.fingerprint ?? null,
            failing: f.failing,
            fix: f.fix ? { description: f.fix.description, replacements: f.fix.edits.map(e => ({ ...range(e.span), text: e.text })) } : null,
            suppression: f.suppression ?? null,
        })),
    };
}
const range = (s) => ({
    line: s.start.line,
    column: s.start.column,
    endLine: s.end.line,
    endColumn: s.end.column,
    startOffset: s.startOffset,
    endOffset: s.endOffset,
});

;// CONCATENATED MODULE: ./src/findings/place.ts

const FILTER_MODES = (/* unused pure expression or super */ null && (['added', 'diff_context', 'file', 'nofilter']));
/**
 * Annotates, never drops (reviewdog's FilterCheck): reporters decide from `placement`.
 * `changes` undefined means a full scan: every finding is new and has no inline place.
 */
function place(findings, changes, mode) {
    return findings.map(f => {
        // The run as a whole (a capped file list): new by definition, and no line to comment on.
        if (!changes || isRunLevel(f))
            return { ...f, isNew: true, placement: 'summary' };
        const lines = changes.get(f.file);
        if (lines === undefined)
            return { ...f, isNew: false, placement: 'summary' };
        const line = f.span.start.line;
        // A file without a usable patch (too large for the API, binary-looking): all of it is new.
        if (lines === 'whole-file')
            return { ...f, isNew: true, placement: 'file' };
        const isNew = lines.added.has(line);
        if (isNew)
            return { ...f, isNew, placement: 'inline' };
        // Written on an old line but brought in by a new `<<` merge: the change adds it, and the
        // comment belongs where the merge was added.
        if (f.usedAt && lines.added.has(f.usedAt.start.line))
            return { ...f, span: f.usedAt, usedAt: f.span, fix: undefined, isNew: true, placement: 'inline' };
        const inHunk = lines.context.has(line);
        if (inHunk && mode !== 'added')
            return { ...f, isNew, placement: 'inline' };
        if (mode === 'file' || mode === 'nofilter')
            return { ...f, isNew, placement: 'file' };
        return { ...f, isNew, placement: 'summary' };
    });
}

;// CONCATENATED MODULE: ./src/findings/verdict.ts

/**
 * The one place that decides "failing": at or above the threshold, not covered by an exception,
 * and new (or old ones count). The summary, annotations, review, check-run conclusion, step
 * result, JSON, SARIF, CLI exit code and smoke matrix all read `failing` from here.
 */
function judgeFindings(findings, verdict) {
    return findings.map(f => ({ ...f, failing: !f.suppression && meetsThreshold(f.severity, verdict.failOn) && (f.isNew || verdict.failOnPreexisting) }));
}

;// CONCATENATED MODULE: ./src/report/sarif.ts


/** GitHub code scanning shows a security severity only when rules carry this score. */
const SECURITY_SEVERITY = { error: '8.0', warning: '5.0', note: '2.0' };
/**
 * SARIF 2.1.0 as GitHub code scanning ingests it: rules with help text, results with regions in
 * UTF-16 columns, partialFingerprints that do not depend on lines, fixes and suppressions.
 */
function toSarif(findings, rules, run) {
    const index = new Map(rules.map((r, i) => [r.meta.id, i]));
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: TOOL_NAME,
                        version: TOOL_VERSION,
                        semanticVersion: TOOL_VERSION,
                        informationUri: PROJECT_URL,
                        rules: rules.map(r => ({
                            id: r.meta.id,
                            name: pascal(r.meta.id),
                            shortDescription: { text: r.meta.title },
                            fullDescription: { text: r.meta.description },
                            help: {
                                text: `${r.meta.description}\n\nRemediation: ${r.meta.remediation}`,
                                markdown: `${r.meta.description}\n\n**Remediation:** ${r.meta.remediation}\n\n[Rule documentation](${docsUrl(r.meta.id)})`,
                            },
                            helpUri: docsUrl(r.meta.id),
                            defaultConfiguration: { level: r.meta.severity },
                            properties: r.meta.namespace
                                ? {
                                    tags: ['security', 'kubernetes', 'containers', `namespace-${r.meta.namespace}`],
                                    precision: 'very-high',
                                    'security-severity': SECURITY_SEVERITY[r.meta.severity],
                                }
                                : { tags: ['maintainability'], precision: 'very-high' },
                        })),
                    },
                },
                columnKind: 'utf16CodeUnits',
                originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
                // What the run could not judge is about the run, not a place in a file: SARIF says so in
                // the invocation, which then did not complete successfully.
                invocations: [
                    {
                        executionSuccessful: !findings.some(isRunLevel),
                        toolExecutionNotifications: findings
                            .filter(isRunLevel)
                            .map(f => ({ level: f.severity, message: { text: f.message }, descriptor: { id: f.ruleId, index: index.get(f.ruleId) ?? -1 } })),
                    },
                ],
                results: findings
                    .filter(f => !isRunLevel(f))
                    .map(f => {
                    const artifactLocation = { uri: encodeUri(f.file), uriBaseId: '%SRCROOT%' };
                    const result = {
                        ruleId: f.ruleId,
                        ruleIndex: index.get(f.ruleId) ?? -1,
                        level: f.severity,
                        message: { text: f.message },
                        locations: [{ physicalLocation: { artifactLocation, region: region(f) } }],
                        partialFingerprints: { 'hostNamespaceGuard/v1': f.fingerprint ?? '' },
                        properties: { resource: f.resource.display, fieldPath: f.fieldPath },
                    };
                    if (f.fix) {
                        result.fixes = [
                            {
                                description: { text: f.fix.description },
                                artifactChanges: [
                                    {
                                        artifactLocation,
                                        replacements: f.fix.edits.map(e => ({
                                            deletedRegion: {
                                                startLine: e.span.start.line,
                                                startColumn: e.span.start.column,
                                                endLine: e.span.end.line,
                                                endColumn: e.span.end.column,
                                            },
                                            insertedContent: { text: e.text },
                                        })),
                                    },
                                ],
                            },
                        ];
                    }
                    if (f.suppression) {
                        result.suppressions = [
                            {
                                kind: 'external',
                                status: 'accepted',
                                justification: [
                                    f.suppression.justification,
                                    f.suppression.owner ? `owner: ${f.suppression.owner}` : '',
                                    f.suppression.expires ? `expires: ${f.suppression.expires}` : '',
                                ]
                                    .filter(Boolean)
                                    .join('; '),
                            },
                        ];
                    }
                    return result;
                }),
                properties: { filesScanned: run.filesScanned, truncated: run.truncated },
            },
        ],
    };
}
function region(f) {
    const { start, end } = f.span;
    if (start.line === end.line && start.column === end.column)
        return { startLine: start.line };
    return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
}
const pascal = (id) => id
    .split('-')
    .map(w => w[0].toUpperCase() + w.slice(1))
    .join('');
/** Relative URI references: each path segment percent-encoded, slashes kept. */
const encodeUri = (file) => file.split('/').map(encodeURIComponent).join('/');

;// CONCATENATED MODULE: ./src/report/text.ts



/** Findings grouped by file, like compilers and linters print them; colour only on a TTY. */
function toText(findings, run, options) {
    const paint = (code) => (s) => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
    const red = paint(31);
    const yellow = paint(33);
    const blue = paint(34);
    const dim = paint(2);
    const bold = paint(1);
    const out = [];
    let file;
    for (const f of findings) {
        if (f.file !== file) {
            if (file !== undefined)
                out.push('');
            file = f.file;
            out.push(bold(isRunLevel(f) ? '(whole run)' : oneLine(f.file)));
        }
        // A finding an exception covers does not fail: it says so instead of its severity.
        const level = f.suppression ? dim('covered') : f.severity === 'error' ? red('error  ') : f.severity === 'warning' ? yellow('warning') : blue('note   ');
        const where = dim(`${f.span.start.line}:${f.span.start.column}`.padEnd(8));
        const tag = f.suppression ? dim(` [exception: ${oneLine(f.suppression.justification)}]`) : '';
        out.push(`  ${where} ${level} ${oneLine(f.message)}${tag}  ${dim(oneLine(f.ruleId))}`);
        if (!f.suppression && f.fix)
            out.push(`  ${' '.repeat(8)} ${dim(`fix: ${oneLine(f.fix.description)}`)}`);
    }
    const failing = findings.filter(f => f.failing).length;
    const suppressed = findings.filter(f => f.suppression).length;
    if (out.length)
        out.push('');
    // Why each rule matters, once per rule, with where to read more (exceptions, fixes).
    const found = [...new Set(findings.map(f => f.ruleId))].sort();
    for (const id of found) {
        const rule = options.rules?.find(r => r.meta.id === id);
        if (!rule)
            continue;
        out.push(`${bold(id)}: ${firstSentence(rule.meta.description)}`);
        out.push(`  ${dim(docsUrl(id))}`);
    }
    if (found.some(id => options.rules?.some(r => r.meta.id === id)))
        out.push('');
    const summary = `${findings.length} finding${findings.length === 1 ? '' : 's'} (${failing} failing${suppressed ? `, ${suppressed} covered by exceptions` : ''}) in ${run.filesScanned} file${run.filesScanned === 1 ? '' : 's'} scanned`;
    out.push(failing ? red(bold(`✖ ${summary}`)) : `✔ ${summary}`);
    if (run.truncated)
        out.push(yellow('The findings limit (maxFindings) was reached: later findings were not collected.'));
    return out.join('\n') + '\n';
}
const firstSentence = (text) => /^.*?[.!?](?=\s|$)/s.exec(text)?.[0] ?? text;
/**
 * Terminal control characters (C0, DEL, C1: ESC and CSI start escape sequences, CR rewrites the
 * line) and Unicode line separators in user-controlled text must not reach the terminal. Every
 * file name, message, justification and fix description printed above passes through here.
 */
const oneLine = (s) => replaceControlCharacters(s, ' ', { c1: true, lineSeparators: true });

;// CONCATENATED MODULE: ./src/cli/scan-command.ts

















const FORMATS = ['text', 'json', 'sarif'];
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
async function scanCommand(argv, env) {
    const parsed = parseCommand('scan', argv, {
        format: { type: 'string', short: 'f', default: 'text' },
        output: { type: 'string', short: 'o' },
        config: { type: 'string' },
        'fail-on': { type: 'string', default: 'error' },
        fix: { type: 'boolean' },
        all: { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        root: { type: 'string' },
        version: { type: 'boolean', short: 'v' },
    });
    if (parsed === 'help') {
        env.stdout(USAGE);
        return EXIT_OK;
    }
    const { values, positionals } = parsed;
    if (values.version) {
        env.stdout(`${TOOL_VERSION}\n`);
        return EXIT_OK;
    }
    // Rewriting every file under the working directory is never a default: say which, or --all.
    if (values.fix && !positionals.length && !values.all)
        throw new UsageError('--fix rewrites files: name the paths to fix, or add --all to fix everything under the root');
    if (values['dry-run'] && !values.fix)
        throw new UsageError('--dry-run goes with --fix');
    if (values.all && !values.fix)
        throw new UsageError('--all goes with --fix');
    const format = args_oneOf('--format', values.format, FORMATS);
    const failOn = args_oneOf('--fail-on', values['fail-on'], [...SEVERITIES, 'never']);
    const target = await scanTarget(env.cwd, positionals, values.root);
    const { root, paths } = target;
    const { config, file: configFile } = await loadConfig(root, configPath(env.cwd, root, values.config));
    const today = env.today ?? new Date();
    const centralFile = await readCentralFile(root, config, configFile);
    let result = await scanRepository({ root, paths, config, today, centralFile });
    let fixFailed = false;
    // Fix messages come before the report: on stdout ahead of a text report, else on stderr.
    const say = (line) => (format === 'text' && !values.output ? env.stdout(line) : env.stderr(line));
    if (values.fix) {
        const dryRun = Boolean(values['dry-run']);
        const fixed = await fixFiles(root, result.findings, { dryRun });
        if (dryRun) {
            // The diff is the output: nothing is written and no report follows.
            env.stdout(fixed.diff);
            for (const w of fixed.warnings)
                env.stderr(`warning: ${w}\n`);
            env.stderr(`Would fix ${plural(fixed.fixed, 'finding')} in ${plural(fixed.files.length, 'file')}; nothing was written.\n`);
            for (const s of fixed.skipped)
                env.stderr(`Would not fix: ${s.file}: ${s.reason}.\n`);
            return EXIT_OK;
        }
        say(`Fixed ${plural(fixed.fixed, 'finding')} in ${plural(fixed.files.length, 'file')}${fixed.files.length ? `: ${fixed.files.join(', ')}` : ''}.\n`);
        for (const w of fixed.warnings)
            say(`warning: ${w}\n`);
        for (const s of fixed.skipped)
            say(`Not fixed: ${s.file}: ${s.reason}; left as it was.\n`);
        for (const err of fixed.failed)
            env.stderr(`${TOOL_NAME}: ${err.message}\n`);
        fixFailed = fixed.failed.length > 0;
        if (format === 'text' && !values.output)
            env.stdout('\n');
        result = await scanRepository({ root, paths, config, today, centralFile: await readCentralFile(root, config, configFile) });
    }
    const run = { filesScanned: result.filesScanned, truncated: result.truncated, failOn };
    // A whole-tree scan: every finding is new; the verdict is the Action's, decided in one place.
    const findings = judgeFindings(place(result.findings, undefined, 'added'), { failOn, failOnPreexisting: false });
    const report = format === 'json'
        ? JSON.stringify(toJsonReport(findings, run), null, 2) + '\n'
        : format === 'sarif'
            ? JSON.stringify(toSarif(findings, rules/* BUILTIN_RULES */.Yb, run), null, 2) + '\n'
            : toText(findings, run, { color: env.isTTY && !values.output, rules: rules/* BUILTIN_RULES */.Yb });
    if (values.output) {
        const output = external_node_path_default().resolve(env.cwd, values.output);
        // Inside the scanned tree, the repository's own links decide where a path leads: it must stay
        // inside. A path outside it is the user's own choice. Either way the file is never a link.
        await safeWrite(output, report, { display: values.output, createParents: true, ...(isInside(root, output) ? { roots: [root] } : {}) });
    }
    else
        env.stdout(report);
    // A file --fix could not write is an error even when every finding is fixed elsewhere.
    if (fixFailed)
        return EXIT_USAGE;
    return findings.some(f => f.failing) ? EXIT_FINDINGS : EXIT_OK;
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
// EXTERNAL MODULE: ./src/parse/dockerfile/dockerfile.ts
var dockerfile = __nccwpck_require__(9654);
;// CONCATENATED MODULE: ./src/smoke/smoke-error.ts
class SmokeError extends Error {
    kind;
    /** Whether teardown removed everything the check created (set when thrown after teardown). */
    cleanedUp;
    constructor(kind, message, options) {
        super(message, options?.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'SmokeError';
        this.kind = kind;
        if (options?.cleanedUp !== undefined)
            this.cleanedUp = options.cleanedUp;
    }
}

;// CONCATENATED MODULE: ./src/smoke/budget.ts
/** The time budget and cancellation shared by the smoke checks. */

/** Controls abort on timeout, external signal, SIGINT and SIGTERM. */
class Budget {
    controller = new AbortController();
    reason;
    deadline;
    timer;
    cleanups = [];
    what;
    constructor(timeoutMs, handleSignals, external, what = 'smoke check') {
        this.what = what;
        this.deadline = Date.now() + timeoutMs;
        this.timer = setTimeout(() => this.abort('timeout'), timeoutMs);
        if (handleSignals) {
            const onSignal = () => this.abort('interrupted');
            process.on('SIGINT', onSignal);
            process.on('SIGTERM', onSignal);
            this.cleanups.push(() => {
                process.off('SIGINT', onSignal);
                process.off('SIGTERM', onSignal);
            });
        }
        if (external) {
            const onAbort = () => this.abort('interrupted');
            if (external.aborted)
                onAbort();
            else
                external.addEventListener('abort', onAbort, { once: true });
            this.cleanups.push(() => external.removeEventListener('abort', onAbort));
        }
    }
    abort(reason) {
        if (this.controller.signal.aborted)
            return;
        this.reason = reason;
        this.controller.abort();
    }
    remaining() {
        return Math.max(0, this.deadline - Date.now());
    }
    /** Throws when aborted. */
    check() {
        if (this.controller.signal.aborted)
            throw new SmokeError(this.reason ?? 'interrupted', this.reason === 'timeout' ? `${this.what} timed out` : `${this.what} interrupted`);
    }
    dispose() {
        clearTimeout(this.timer);
        for (const c of this.cleanups)
            c();
    }
}
function sleep(ms, signal) {
    return new Promise(resolve => {
        const t = setTimeout(done, ms);
        function done() {
            clearTimeout(t);
            signal.removeEventListener('abort', done);
            resolve();
        }
        signal.addEventListener('abort', done, { once: true });
    });
}

;// CONCATENATED MODULE: ./src/smoke/safe-arg.ts

/**
 * Names that we put into argv ourselves are either generated (`hng-…`, generated-names.ts) or
 * checked here: no leading `-`, so a value can never be read as an option, and no control
 * characters.
 */
/** Rejects values that a CLI could parse as an option, or that carry control characters. */
function assertSafeArg(value, what) {
    if (value.length === 0)
        throw new SmokeError('usage', `${what} is empty`);
    if (value.startsWith('-'))
        throw new SmokeError('usage', `${what} must not start with "-": ${JSON.stringify(value)}`);
    if (/[\u0000-\u001f\u007f]/.test(value))
        throw new SmokeError('usage', `${what} contains control characters: ${JSON.stringify(value)}`);
    return value;
}

;// CONCATENATED MODULE: ./src/smoke/docker-argv.ts

function dockerVersionArgv() {
    return ['docker', 'version', '--format', '{{.Server.Version}}'];
}
/**
 * `docker buildx build` for a check. BuildKit only runs `RUN --network=host` with the
 * `network.host` entitlement, which needs both `--allow network.host` on the build and
 * `--allow-insecure-entitlement network.host` on the builder; we never pass `--allow`, so such a
 * step fails ("granting entitlement network.host is not allowed"). We also never pass
 * `--network=host`; `none` maps to `--network=none`, `isolated` keeps the default.
 */
function dockerBuildArgv(a) {
    const argv = [
        'docker',
        'buildx',
        'build',
        '--load',
        '--progress=plain',
        '--no-cache',
        '--file',
        assertSafeArg(a.dockerfile, 'dockerfile'),
        '--tag',
        assertSafeArg(a.tag, 'tag'),
    ];
    if (a.network === 'none')
        argv.push('--network=none');
    argv.push(assertSafeArg(a.context, 'context'));
    return argv;
}
function dockerRmiArgv(tag) {
    return ['docker', 'image', 'rm', '--force', assertSafeArg(tag, 'tag')];
}
function dockerImageExistsArgv(image) {
    return ['docker', 'image', 'inspect', '--format', '{{.Id}}', assertSafeArg(image, 'image')];
}

;// CONCATENATED MODULE: ./src/smoke/generated-names.ts
/** Names the smoke checks make up for what they create (pods, images, containers), unique per run. */
/** A lower-case DNS-1123 label fragment (`[a-z0-9-]`, no leading/trailing `-`), at most `max` long. */
function dnsLabel(value, max = 63) {
    const s = value
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/-+/g, '-')
        .slice(0, max)
        .replace(/^-+|-+$/g, '');
    return s;
}
/** Random lower-case hex suffix for unique names and tags. */
function randomSuffix(length = 8) {
    let s = '';
    while (s.length < length)
        s += Math.floor(Math.random() * 0x100000000)
            .toString(16)
            .padStart(8, '0');
    return s.slice(0, length);
}

;// CONCATENATED MODULE: ./src/smoke/podman-argv.ts

function podmanVersionArgv() {
    return ['podman', 'version', '--format', '{{.Client.Version}}'];
}
/**
 * `podman build` for a check: never `--network=host`.
 * - `--network=private|none` pins the RUN network even if containers.conf says `netns="host"`.
 * - `--no-cache`: a cached layer would hide a step that once built with host networking.
 * - `--layers=false --force-rm`: no intermediate images or build containers survive, even when
 *   the build fails, so removing the one tag is a complete cleanup.
 * Podman has no entitlement gate for `RUN --network=host` (4.3 rejects the flag as unknown;
 * newer buildah honours it silently), which is why build-check refuses that flag up front.
 */
function podmanBuildArgv(a) {
    return [
        'podman',
        'build',
        '--file',
        assertSafeArg(a.dockerfile, 'dockerfile'),
        '--tag',
        assertSafeArg(a.tag, 'tag'),
        '--no-cache',
        '--layers=false',
        '--force-rm',
        `--pull=${a.pull ?? 'missing'}`,
        `--network=${a.network === 'none' ? 'none' : 'private'}`,
        assertSafeArg(a.context, 'context'),
    ];
}
function podmanRmiArgv(tag) {
    return ['podman', 'rmi', '--force', assertSafeArg(tag, 'tag')];
}
function podmanImageExistsArgv(image) {
    return ['podman', 'image', 'exists', assertSafeArg(image, 'image')];
}
/** `podman kube play` of one generated Pod file; images are pulled only per imagePullPolicy. */
function podmanKubePlayArgv(file) {
    return ['podman', 'kube', 'play', '--quiet', '--start=true', assertSafeArg(file, 'file')];
}
function podmanKubeDownArgv(file) {
    return ['podman', 'kube', 'down', assertSafeArg(file, 'file')];
}
/**
 * Teardown step 1: kill every container of the pod at once (`--time 0`: the check's containers
 * hold no state, and a `sleep` running as PID 1 ignores SIGTERM, so the default 10 s stop timeout
 * would only slow every check down). Stopping before removing matters with cgroupfs on cgroup v1:
 * a direct `pod rm --force` holds the pod lock while conmon's `podman container cleanup` children,
 * still in the pod cgroup, wait for that lock, and the cgroup removal retries for ~3.5 s; after a
 * stop, the removal takes ~0.05 s.
 */
function podmanPodStopArgv(pod) {
    return ['podman', 'pod', 'stop', '--ignore', '--time', '0', assertSafeArg(pod, 'pod')];
}
/** Teardown step 2: removes the pod and every container in it (including a probe sidecar). */
function podmanPodRmArgv(pod) {
    return ['podman', 'pod', 'rm', '--force', '--ignore', '--time', '0', assertSafeArg(pod, 'pod')];
}
function podmanPodExistsArgv(pod) {
    return ['podman', 'pod', 'exists', assertSafeArg(pod, 'pod')];
}
function podmanContainerStateArgv(container) {
    return ['podman', 'container', 'inspect', '--format', '{{.State.Status}}|{{.State.ExitCode}}', assertSafeArg(container, 'container')];
}
function podmanLogsArgv(container, lines = 20) {
    return ['podman', 'logs', '--tail', String(lines), assertSafeArg(container, 'container')];
}
/** Runs the probe script with `sh -c` inside a running container. */
function podmanExecArgv(container, script) {
    return ['podman', 'exec', assertSafeArg(container, 'container'), 'sh', '-c', script];
}
/**
 * An ephemeral probe container in the pod: it joins the pod's shared namespaces (net, ipc, uts,
 * as the infra container holds them) and, with `--pid container:`, the target container's PID
 * namespace (podman pods do not share PID unless shareProcessNamespace is set).
 */
function podmanSidecarArgv(a) {
    return [
        'podman',
        'run',
        '--rm',
        '--pull=missing',
        '--name',
        assertSafeArg(a.name, 'sidecar name'),
        '--pod',
        assertSafeArg(a.pod, 'pod'),
        '--pid',
        `container:${assertSafeArg(a.target, 'container')}`,
        assertSafeArg(a.image, 'probe image'),
        'sh',
        '-c',
        a.script,
    ];
}

;// CONCATENATED MODULE: ./src/smoke/podman-setup.ts
/**
 * What .ci/setup-podman.sh leaves behind for the smoke checks: a containers.conf and a probe image.
 * Podman reads its configuration from the environment, so the checks find that file here and
 * hand it to every podman command.
 */


/** Where .ci/setup-podman.sh writes containers.conf unless HNG_PODMAN_DIR says otherwise. */
const DEFAULT_PODMAN_DIR = '/etc/host-namespace-guard';
/** The probe image .ci/setup-podman.sh imports (busybox-static with its applets, PATH=/bin). */
const DEFAULT_PROBE_IMAGE = 'localhost/hng-busybox:latest';
const SETUP_HINT = 'run .ci/setup-podman.sh as root (installs podman, runc, busybox-static and writes containers.conf)';
/**
 * The containers.conf podman should use: `CONTAINERS_CONF` when already set, else the one
 * .ci/setup-podman.sh writes (`$HNG_PODMAN_DIR/containers.conf`) when it exists, else none
 * (podman's own configuration).
 */
function resolveContainersConf(env = process.env, exists = external_node_fs_.existsSync) {
    if (env.CONTAINERS_CONF)
        return env.CONTAINERS_CONF;
    const candidate = external_node_path_default().join(env.HNG_PODMAN_DIR || DEFAULT_PODMAN_DIR, 'containers.conf');
    return exists(candidate) ? candidate : undefined;
}
/** Environment additions for podman commands. */
function podmanEnv(containersConf) {
    return containersConf ? { CONTAINERS_CONF: containersConf } : {};
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/smoke/process-runner.ts
/**
 * The one way the smoke checks start a program: `spawn` without a shell, with a time limit, an
 * abort signal and bounded output, so a hung or chatty container tool can neither stall a check
 * nor fill memory. Every command is an argv array, so names from an untrusted manifest or
 * Dockerfile path never reach a shell parser (see safe-arg.ts for what goes into argv).
 */

/** Keeps at most this many characters of each stream (the tail: errors are at the end). */
const MAX_CAPTURE_CHARS = 256 * 1024;
function appendBounded(buf, chunk) {
    const next = buf + chunk;
    return next.length > MAX_CAPTURE_CHARS ? next.slice(next.length - MAX_CAPTURE_CHARS) : next;
}
/** The real runner: `child_process.spawn` with `shell: false`. */
const spawnRunner = (argv, opts = {}) => new Promise(resolve => {
    if (argv.length === 0) {
        resolve({ code: 127, stdout: '', stderr: 'empty argv', spawnError: 'EINVAL' });
        return;
    }
    if (opts.signal?.aborted) {
        resolve({ code: 130, stdout: '', stderr: 'aborted before start', aborted: true });
        return;
    }
    const env = { ...process.env };
    for (const [k, v] of Object.entries(opts.env ?? {})) {
        if (v === undefined)
            delete env[k];
        else
            env[k] = v;
    }
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let aborted = false;
    let settled = false;
    let killTimer;
    const child = (0,external_node_child_process_namespaceObject.spawn)(argv[0], argv.slice(1), {
        shell: false,
        env,
        cwd: opts.cwd,
        stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        windowsHide: true,
    });
    const kill = () => {
        if (child.exitCode !== null || child.signalCode !== null)
            return;
        child.kill('SIGTERM');
        killTimer = setTimeout(() => child.kill('SIGKILL'), 2000);
        killTimer.unref();
    };
    const timer = opts.timeoutMs !== undefined && opts.timeoutMs > 0
        ? setTimeout(() => {
            timedOut = true;
            kill();
        }, opts.timeoutMs)
        : undefined;
    const onAbort = () => {
        aborted = true;
        kill();
    };
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    const finish = (r) => {
        if (settled)
            return;
        settled = true;
        if (timer)
            clearTimeout(timer);
        if (killTimer)
            clearTimeout(killTimer);
        opts.signal?.removeEventListener('abort', onAbort);
        resolve(r);
    };
    child.stdout?.setEncoding('utf8').on('data', (c) => (stdout = appendBounded(stdout, c)));
    child.stderr?.setEncoding('utf8').on('data', (c) => (stderr = appendBounded(stderr, c)));
    child.on('error', (err) => {
        finish({ code: 127, stdout, stderr: stderr + String(err.message), spawnError: err.code ?? 'ERROR' });
    });
    child.on('close', (code, sig) => {
        let exit = code ?? (sig ? 128 + (SIGNALS[sig] ?? 0) : 1);
        if (timedOut)
            exit = 124;
        else if (aborted)
            exit = 130;
        finish({ code: exit, stdout, stderr, ...(timedOut ? { timedOut } : {}), ...(aborted ? { aborted } : {}) });
    });
    if (opts.input !== undefined && child.stdin) {
        child.stdin.on('error', () => undefined);
        child.stdin.end(opts.input);
    }
});
const SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };
/** Last `maxLines` lines (and at most `maxChars` characters) of a text, for reports. */
function tail(text, maxLines = 60, maxChars = 6000) {
    let t = text.replace(/\s+$/, '');
    const lines = t.split('\n');
    if (lines.length > maxLines)
        t = lines.slice(lines.length - maxLines).join('\n');
    if (t.length > maxChars)
        t = '…' + t.slice(t.length - maxChars + 1);
    return t;
}

;// CONCATENATED MODULE: ./src/smoke/build-check.ts
/**
 * build-check: does the Dockerfile build without the node's network?
 *
 * 1. Refuse up front any `RUN --network=host` (also under ONBUILD, also a `$VAR` value that could
 *    expand to host, also `--network host` written with a space, which BuildKit rejects as a flag
 *    without a value). The Dockerfile is read with the scanner's parser (src/parse/dockerfile/dockerfile.ts),
 *    so the check and the `host-network` rule agree on what a RUN flag is. Engines disagree about that flag: BuildKit needs the `network.host`
 *    entitlement (which we never grant), podman 4.3 fails with "RUN only supports the --mount
 *    flag", newer podman/buildah just runs the step on the host network. Refusing it ourselves
 *    makes the verdict the same everywhere, offline or not, with a message that names the line.
 * 2. Build with an isolated RUN network (never `--network=host`), no cache, no intermediate
 *    layers, under a unique tag; a step that only worked because it could reach the node's
 *    loopback services or interfaces fails, and the failing step is reported.
 * 3. Remove the tag afterwards, on success and on failure (also on timeout and SIGINT).
 */












// ---------------------------------------------------------------------------------------------
// Host-network RUN steps, read with the scanner's own Dockerfile parser (src/parse/dockerfile/dockerfile.ts)
/** The builder flag that asks for the host network (`network`), and how the messages write it. */
const NETWORK_FLAG = src_namespaces/* HOST_NAMESPACE */.$8.network.dockerfileFlag;
const WRITTEN_FLAG = `--${NETWORK_FLAG}`;
/**
 * Every RUN (or ONBUILD RUN) that asks for the host network: `--network=host` in any case, a
 * `$VAR` value that could expand to host, and `--network host` written with a space, which
 * BuildKit rejects ("missing a value on flag: network") but which says what the author wants.
 * Only builder flags count (`RUN echo --network=host` has none); heredoc bodies, comments and
 * continuations are handled by parseDockerfile.
 */
function findHostNetworkSteps(text, file = 'Dockerfile') {
    const found = [];
    for (const r of readRuns(text, file).runs) {
        for (const f of r.run.flags) {
            if (f.name !== NETWORK_FLAG)
                continue;
            if (f.value !== undefined) {
                if (isHostValue(f.value))
                    found.push({ line: r.line, instruction: r.instruction, value: f.value });
            }
            else if (f.nextWord !== undefined && isHostValue(f.nextWord))
                found.push({ line: r.line, instruction: r.instruction, value: f.nextWord, spaced: true });
        }
    }
    return found;
}
/**
 * Deliberately wider than the static `host-network` rule (`isHost` in src/rules/host-namespace.ts),
 * which reports only a literal `host`: a review comment on `--network=$NET` would be a guess. The
 * build check is the gate that runs the build, and it cannot know the value the variable will have
 * (an `ARG` default, a `--build-arg` from whoever builds it, an `ENV` set in a base image), so any
 * `$` value is refused conservatively rather than risk a RUN step on the host network.
 */
function isHostValue(value) {
    return value.toLowerCase() === 'host' || value.includes('$');
}
function readRuns(text, file) {
    const src = new parse_source/* SourceText */.D(file, text);
    const runs = (0,dockerfile/* parseDockerfile */.A)(src).runs.map(run => {
        // ONBUILD RUN: show (and locate) the whole instruction, ONBUILD included, when it is on the RUN's line.
        const first = run.lines[0][0];
        const start = run.onbuild && src.position(first).line === run.instructionSpan.start.line ? first : run.instructionSpan.startOffset;
        return { run, line: src.position(start).line, instruction: instructionText(text, run.lines, start) };
    });
    return { src, runs };
}
/** The instruction's lines from `start` on, each trimmed, joined with one space: for messages and for matching an engine's step text. */
function instructionText(text, lines, start) {
    const parts = [];
    for (const [from, to] of lines) {
        if (to <= start)
            continue;
        const part = text.slice(Math.max(from, start), to).trim();
        if (part)
            parts.push(part);
    }
    return parts.join(' ');
}
/** The failing step from podman (`Error: building at STEP "…"`) or BuildKit (`#N ERROR`) output. */
function parseFailedStep(engine, output) {
    if (engine === 'podman') {
        const steps = [...output.matchAll(/^STEP (\d+\/\d+): (.*)$/gm)];
        const err = /building at STEP "((?:[^"\\]|\\.)*)"/.exec(output);
        const instruction = err ? err[1].replace(/\\(.)/g, '$1') : undefined;
        const last = steps.length > 0 ? steps[steps.length - 1] : undefined;
        const match = instruction ? [...steps].reverse().find(s => s[2] === instruction) : last;
        return { ...(match ? { step: match[1] } : {}), ...((instruction ?? last?.[2]) ? { instruction: instruction ?? last?.[2] } : {}) };
    }
    const err = /^#(\d+) ERROR:/m.exec(output);
    let step;
    let instruction;
    if (err) {
        const head = new RegExp(`^#${err[1]} \\[[^\\]]*?(\\d+/\\d+)\\] (.*)$`, 'm').exec(output);
        if (head) {
            step = head[1];
            instruction = head[2];
        }
    }
    const line = /^Dockerfile:(\d+)$/m.exec(output);
    return { ...(step ? { step } : {}), ...(instruction ? { instruction } : {}), ...(line ? { line: Number(line[1]) } : {}) };
}
function normalise(s) {
    return s.replace(/\s+/g, ' ').trim();
}
/**
 * The line of the instruction an engine names (podman prints `STEP 3/3: RUN …` without a line):
 * a RUN as parseDockerfile finds it, else any other instruction written on one line.
 */
function instructionLine(text, file, instruction) {
    const want = normalise(instruction);
    const { src, runs } = readRuns(text, file);
    const run = runs.find(r => !r.run.onbuild && normalise(r.instruction) === want);
    if (run)
        return run.line;
    for (let l = 1; l <= src.lineStarts.length; l++)
        if (normalise(src.lineText(l)) === want)
            return l;
    return undefined;
}
// ---------------------------------------------------------------------------------------------
/** Builds the Dockerfile under the smoke-check policy and removes the image again. */
async function runBuildCheck(opts) {
    const started = Date.now();
    const runner = opts.runner ?? spawnRunner;
    if (opts.engine !== 'podman' && opts.engine !== 'docker')
        throw new SmokeError('usage', `unknown build engine ${JSON.stringify(opts.engine)} (podman or docker)`);
    const dockerfile = external_node_path_default().resolve(opts.dockerfile);
    const context = external_node_path_default().resolve(opts.context ?? external_node_path_default().dirname(dockerfile));
    let text;
    try {
        text = await (0,promises_namespaceObject.readFile)(dockerfile, 'utf8');
    }
    catch (err) {
        throw new SmokeError('usage', `cannot read Dockerfile ${opts.dockerfile}: ${err.message}`);
    }
    const ctxStat = await (0,promises_namespaceObject.stat)(context).catch(() => undefined);
    if (!ctxStat?.isDirectory())
        throw new SmokeError('usage', `build context ${opts.context ?? context} is not a directory`);
    const image = opts.engine === 'podman' ? `localhost/hng-build-check:${randomSuffix(12)}` : `hng-build-check:${randomSuffix(12)}`;
    const hostNetworkSteps = findHostNetworkSteps(text, dockerfile);
    if (hostNetworkSteps.length > 0) {
        const first = hostNetworkSteps[0];
        const list = hostNetworkSteps.map(s => `line ${s.line}: ${s.instruction}`).join('; ');
        const spaced = hostNetworkSteps.filter(s => s.spaced);
        const spacedNote = spaced.length
            ? `BuildKit also rejects ${spaced.map(s => `line ${s.line}`).join(', ')} as written: "${WRITTEN_FLAG} ${spaced[0].value}" with a space fails with "missing a value on flag: ${NETWORK_FLAG}". `
            : '';
        return {
            ok: false,
            engine: opts.engine,
            image,
            failedStep: first.instruction,
            failedLine: first.line,
            reason: 'refused',
            message: `refused: ${external_node_path_default().basename(dockerfile)} asks for the host network in a build step (${list}). ` +
                `Builds run in an isolated network namespace; a step that needs the node's network is not reproducible and exposes the build to the node's loopback services. ` +
                spacedNote +
                `Remove ${WRITTEN_FLAG}=host (use ${WRITTEN_FLAG}=none or the default network).`,
            hostNetworkSteps,
            output: '',
            cleanedUp: true,
            durationMs: Date.now() - started,
        };
    }
    const env = opts.engine === 'podman' ? podmanEnv(opts.containersConf ?? resolveContainersConf()) : {};
    const budget = new Budget(opts.timeoutMs ?? 300_000, opts.handleSignals ?? true, opts.signal, 'build check');
    let attempted;
    let built;
    try {
        const v = await runner(opts.engine === 'podman' ? podmanVersionArgv() : dockerVersionArgv(), {
            env,
            timeoutMs: Math.min(30_000, budget.remaining()),
            signal: budget.controller.signal,
        });
        budget.check();
        if (v.code !== 0) {
            throw new SmokeError('engine', `${opts.engine} is not available: ${tail(v.stderr + v.stdout, 5, 800) || `exit ${v.code}`}${opts.engine === 'podman' ? `; ${SETUP_HINT}` : ''}`);
        }
        const args = { dockerfile, context, tag: image, network: opts.network ?? 'isolated', pull: opts.pull ?? 'missing' };
        const argv = opts.engine === 'podman' ? podmanBuildArgv(args) : dockerBuildArgv(args);
        attempted = await runner(argv, { env, timeoutMs: Math.max(1, budget.remaining()), signal: budget.controller.signal });
        budget.check();
        built = attempted;
    }
    catch (err) {
        const error = budget.reason
            ? new SmokeError(budget.reason, budget.reason === 'timeout' ? `build check timed out after ${opts.timeoutMs ?? 300_000} ms` : 'build check interrupted', {
                cause: err,
            })
            : err instanceof SmokeError
                ? err
                : new SmokeError('engine', String(err?.message ?? err), { cause: err });
        budget.dispose();
        // Nothing to remove when the engine never ran a build.
        error.cleanedUp = attempted === undefined && error.kind === 'engine' ? true : await removeImage(opts.engine, image, runner, env);
        throw error;
    }
    budget.dispose();
    const cleanedUp = await removeImage(opts.engine, image, runner, env);
    const output = tail(`${built.stdout}\n${built.stderr}`);
    if (built.code !== 0 && ENGINE_FAILURE.test(`${built.stdout}\n${built.stderr}`)) {
        const error = new SmokeError('engine', `${opts.engine} could not run the build: ${tail(built.stderr + built.stdout, 5, 800)}`);
        error.cleanedUp = cleanedUp;
        throw error;
    }
    if (built.code === 0) {
        return {
            ok: true,
            engine: opts.engine,
            image,
            message: `built without host networking (RUN network: ${opts.network ?? 'isolated'}) and removed ${image}`,
            hostNetworkSteps,
            output,
            cleanedUp,
            durationMs: Date.now() - started,
        };
    }
    const failed = parseFailedStep(opts.engine, `${built.stdout}\n${built.stderr}`);
    let line = failed.line;
    if (line === undefined && failed.instruction)
        line = instructionLine(text, dockerfile, failed.instruction);
    const where = [failed.step ? `step ${failed.step}` : undefined, line ? `${external_node_path_default().basename(dockerfile)}:${line}` : undefined].filter(Boolean).join(', ');
    return {
        ok: false,
        engine: opts.engine,
        image,
        ...(failed.instruction ? { failedStep: failed.instruction } : {}),
        ...(line ? { failedLine: line } : {}),
        reason: 'failed',
        message: `build failed${where ? ` at ${where}` : ''}${failed.instruction ? `: ${failed.instruction}` : ''} (exit ${built.code}). ` +
            `RUN steps run in an isolated network namespace (${opts.network === 'none' ? 'loopback only' : "no access to the node's interfaces or loopback services"}); ` +
            `a step that only works with the host's network fails here.`,
        hostNetworkSteps,
        output,
        cleanedUp,
        durationMs: Date.now() - started,
    };
}
/** Output that means the engine, not the Dockerfile, failed (no daemon, no buildx plugin, killed runner). */
const ENGINE_FAILURE = /Cannot connect to the Docker daemon|'buildx' is not a docker command|unknown command "buildx"|ERROR: BuildKit is enabled but the buildx component is missing/;
/** Removes the tag (ignoring "no such image") and reports whether it is gone. */
async function removeImage(engine, image, runner, env) {
    const rm = engine === 'podman' ? podmanRmiArgv(image) : dockerRmiArgv(image);
    await runner(rm, { env, timeoutMs: 60_000 });
    const exists = await runner(engine === 'podman' ? podmanImageExistsArgv(image) : dockerImageExistsArgv(image), { env, timeoutMs: 30_000 });
    // podman: exit 1 = no such image; docker inspect: exit 1 and "No such image".
    return exists.code === 1 && !exists.spawnError;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/smoke/kind-argv.ts
/**
 * kind and kubectl commands of the runtime check, as argv (pure): a kind cluster, the Pod applied
 * to it, its probe and its teardown. kubectl always names the kind cluster's context, never the
 * user's current one.
 */

function kindVersionArgv() {
    return ['kind', 'version'];
}
function kubectl(t, ...rest) {
    return ['kubectl', '--context', `kind-${assertSafeArg(t.cluster, 'cluster')}`, '--namespace', assertSafeArg(t.namespace, 'namespace'), ...rest];
}
function kindGetClustersArgv() {
    return ['kind', 'get', 'clusters'];
}
function kindCreateClusterArgv(cluster, wait = '120s') {
    return ['kind', 'create', 'cluster', '--name', assertSafeArg(cluster, 'cluster'), '--wait', wait];
}
function kindDeleteClusterArgv(cluster) {
    return ['kind', 'delete', 'cluster', '--name', assertSafeArg(cluster, 'cluster')];
}
/** Copies a locally built image into the kind node(s) (kind nodes cannot see the host's images). */
function kindLoadImageArgv(cluster, image) {
    return ['kind', 'load', 'docker-image', assertSafeArg(image, 'image'), '--name', assertSafeArg(cluster, 'cluster')];
}
/** The kind node is a docker container; the "host" namespaces a pod can share are the node's. */
function kindNodeExecArgv(cluster, script, node = `${cluster}-control-plane`) {
    return ['docker', 'exec', assertSafeArg(node, 'node'), 'sh', '-c', script];
}
function kubectlApplyArgv(t, file) {
    return kubectl(t, 'apply', '-f', assertSafeArg(file, 'file'));
}
function kubectlWaitReadyArgv(t, pod, timeoutSeconds) {
    return kubectl(t, 'wait', '--for=condition=Ready', `pod/${assertSafeArg(pod, 'pod')}`, `--timeout=${Math.max(1, Math.ceil(timeoutSeconds))}s`);
}
function kubectlExecArgv(t, pod, container, script) {
    return kubectl(t, 'exec', assertSafeArg(pod, 'pod'), '-c', assertSafeArg(container, 'container'), '--', 'sh', '-c', script);
}
/**
 * An ephemeral debug container (`kubectl debug --target`): it shares the pod's network and IPC
 * namespaces and the target container's PID namespace, the kind analogue of the podman sidecar.
 */
function kubectlDebugArgv(t, pod, target, name, image, script) {
    return kubectl(t, 'debug', `pod/${assertSafeArg(pod, 'pod')}`, '--quiet', '--attach=true', '--stdin=false', '--tty=false', '--image', assertSafeArg(image, 'probe image'), '--image-pull-policy=IfNotPresent', '--target', assertSafeArg(target, 'container'), '--container', assertSafeArg(name, 'debug container'), '--', 'sh', '-c', script);
}
function kubectlDeleteArgv(t, file) {
    return kubectl(t, 'delete', '-f', assertSafeArg(file, 'file'), '--ignore-not-found=true', '--grace-period=0', '--force', '--wait=true');
}
function kubectlGetPodArgv(t, pod) {
    return kubectl(t, 'get', 'pod', assertSafeArg(pod, 'pod'), '--ignore-not-found=true', '-o', 'name');
}

// EXTERNAL MODULE: ./src/parse/k8s/k8s.ts
var k8s = __nccwpck_require__(1292);
;// CONCATENATED MODULE: ./src/smoke/pod.ts
/**
 * Manifest → one runnable Pod per workload (pure).
 *
 * Every workload kind is reduced to the Pod its controller would create: the pod template's
 * labels and spec under a generated name. What decides namespace sharing is kept verbatim
 * (hostNetwork, hostPID, hostIPC, shareProcessNamespace); what would make a local play fail,
 * reach outside the pod, or leave state behind is dropped (volumes, ports, probes, init
 * containers, service accounts, node placement, env from secrets/config maps).
 */





function isObj(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/**
 * Where a built-in kind keeps its pod template (the map holding `metadata` and `spec`), or
 * undefined for any other object. The static scan's own table (src/parse/k8s/k8s.ts), so both read
 * the same kinds at the same places: each path ends at the pod spec, and the template is the map
 * that holds it (`[]` is the object itself, a Pod). A custom resource may reuse a name like
 * `CronJob` in its own API group, with its own layout: only the built-in groups count.
 */
function templatePathOf(kind, apiVersion) {
    if (!Object.hasOwn(k8s/* POD_SPEC_PATHS */.pU, kind) || !(0,k8s/* isCoreApi */.Gn)(typeof apiVersion === 'string' ? apiVersion : undefined))
        return undefined;
    return k8s/* POD_SPEC_PATHS */.pU[kind].slice(0, -1);
}
/**
 * The pod template (metadata + spec) of a workload object, or undefined when it has none.
 * Built-in kinds are read at their fixed place; any other object (a custom resource, or a
 * built-in name in another API group) counts only when `spec.template.spec` has a `containers`
 * list, the layout of Deployment-like custom resources (DeploymentConfig, Argo Rollout, Knative).
 * The static scan also searches deeper by shape (KEDA's ScaledJob, Argo Workflows); those pod
 * specs are reported but not smoke-run.
 */
function podTemplateOf(obj) {
    const kind = typeof obj.kind === 'string' ? obj.kind : '';
    const known = templatePathOf(kind, obj.apiVersion);
    const tmpl = at(obj, known ?? ['spec', 'template']);
    if (!tmpl || !isObj(tmpl.spec))
        return undefined;
    if (!known && !Array.isArray(tmpl.spec.containers))
        return undefined;
    return { metadata: isObj(tmpl.metadata) ? tmpl.metadata : {}, spec: tmpl.spec };
}
/** The map at a path of map keys, or undefined when any step is missing or not a map. */
function at(obj, path) {
    let node = obj;
    for (const key of path) {
        const next = node[key];
        if (!isObj(next))
            return undefined;
        node = next;
    }
    return node;
}
function stringMap(v) {
    const out = {};
    if (isObj(v))
        for (const [k, val] of Object.entries(v))
            if (val !== null && val !== undefined)
                out[k] = String(val);
    return out;
}
function collect(obj, document, out, depth = 0) {
    if (!isObj(obj))
        return;
    const kind = typeof obj.kind === 'string' ? obj.kind : '';
    if (kind.endsWith('List') && Array.isArray(obj.items)) {
        // The static scan's own bound (it reports what lies past it), so both read the same objects.
        if (depth >= k8s/* MAX_LIST_DEPTH */.Yd)
            return;
        for (const item of obj.items)
            collect(item, document, out, depth + 1);
        return;
    }
    const tmpl = podTemplateOf(obj);
    if (!tmpl || !Array.isArray(tmpl.spec.containers) || tmpl.spec.containers.length === 0)
        return;
    const meta = isObj(obj.metadata) ? obj.metadata : {};
    const name = typeof meta.name === 'string' && meta.name ? meta.name : `unnamed-${document}`;
    const namespace = typeof meta.namespace === 'string' && meta.namespace ? meta.namespace : undefined;
    out.push({
        resource: namespace ? `${kind}/${namespace}/${name}` : `${kind}/${name}`,
        kind,
        name,
        ...(namespace ? { namespace } : {}),
        document,
        labels: stringMap(tmpl.metadata.labels),
        spec: tmpl.spec,
        requested: (0,src_namespaces/* perNamespace */.d9)(n => tmpl.spec[n.podField] === true),
    });
}
/**
 * Every workload in a (multi-document) manifest, read the way Kubernetes reads YAML (1.1:
 * `yes`/`on` are booleans, merge keys). Throws SmokeError('usage') on YAML errors.
 */
function workloadsFromManifest(text, file = 'manifest') {
    const docs = (0,dist/* parseAllDocuments */.hR)(text, { version: '1.1' });
    if ('empty' in docs)
        return [];
    const out = [];
    docs.forEach((doc, i) => {
        if (doc.errors.length > 0) {
            const e = doc.errors[0];
            const where = e.linePos ? `${file}:${e.linePos[0].line}:${e.linePos[0].col}` : file;
            throw new SmokeError('usage', `${where}: invalid YAML: ${e.message.split('\n')[0]}`);
        }
        collect(doc.toJS({ maxAliasCount: 100 }), i, out);
    });
    return out;
}
const SMOKE_LABEL = 'host-namespace-guard/smoke';
const DEFAULT_KEEP_ALIVE = ['sleep', '86400'];
/** Fields of a container that are kept; everything else is dropped. */
const CONTAINER_KEEP = ['image', 'command', 'args', 'workingDir', 'tty', 'stdin'];
/** `hng-<kind>-<name>-<suffix>`, a DNS label short enough for `<pod>-<container>` names. */
function podNameFor(w, suffix) {
    const base = dnsLabel(`${w.kind}-${w.name}`, 40) || 'workload';
    return `hng-${base}-${dnsLabel(suffix, 12)}`;
}
function containerName(raw, index, used) {
    let name = typeof raw === 'string' && /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(raw) ? raw : `container-${index}`;
    if (used.has(name))
        name = `${name.slice(0, 50)}-${index}`;
    used.add(name);
    return name;
}
/** The single Pod that stands in for a workload. */
function reduceToPod(w, opts = {}) {
    const name = podNameFor(w, opts.suffix ?? randomSuffix(6));
    const used = new Set();
    const containers = [];
    const src = Array.isArray(w.spec.containers) ? w.spec.containers : [];
    src.forEach((raw, i) => {
        const c = isObj(raw) ? raw : {};
        const out = { name: containerName(c.name, i, used) };
        for (const key of CONTAINER_KEEP)
            if (c[key] !== undefined)
                out[key] = c[key];
        // Plain env values only: valueFrom points at secrets, config maps or the downward API.
        if (Array.isArray(c.env)) {
            const env = c.env.filter((e) => isObj(e) && typeof e.name === 'string' && e.valueFrom === undefined);
            if (env.length > 0)
                out.env = env.map(e => ({ name: e.name, value: e.value === undefined || e.value === null ? '' : String(e.value) }));
        }
        if (opts.image !== undefined) {
            out.image = opts.image;
            out.command = [...(opts.keepAlive ?? DEFAULT_KEEP_ALIVE)];
            delete out.args;
        }
        if (typeof out.image !== 'string' || out.image === '')
            throw new SmokeError('usage', `${w.resource}: container ${String(out.name)} has no image (pass an image override)`);
        out.imagePullPolicy = 'IfNotPresent';
        containers.push(out);
    });
    const spec = { restartPolicy: 'Never', terminationGracePeriodSeconds: 1, containers };
    for (const key of [...src_namespaces/* HOST_FIELDS */.Rc, 'shareProcessNamespace']) {
        if (w.spec[key] !== undefined)
            spec[key] = w.spec[key];
    }
    const labels = {};
    for (const [k, v] of Object.entries(w.labels))
        if (/^[A-Za-z0-9./_-]{1,316}$/.test(k) && /^[A-Za-z0-9._-]{0,63}$/.test(v))
            labels[k] = v;
    if (opts.runLabel !== undefined)
        labels[SMOKE_LABEL] = opts.runLabel;
    const metadata = { name, labels };
    if (opts.namespace)
        metadata.namespace = opts.namespace;
    return {
        name,
        containers: containers.map(c => String(c.name)),
        manifest: { apiVersion: 'v1', kind: 'Pod', metadata, spec },
    };
}

;// CONCATENATED MODULE: ./src/smoke/probe.ts
/**
 * The namespace probe: one POSIX sh script, its output format, the node's own view, and the
 * comparison that turns both into a verdict per namespace.
 *
 * A namespace is shared with the node exactly when the probe process's `/proc/self/ns/<ns>` link
 * names the same namespace (type and inode) as the node's. The link target (`net:[4026531833]`) is
 * the ground truth; interface names, PID 1's command and the process count are supporting evidence
 * a person can read.
 */


const PROBE_BEGIN = 'hng-probe/1';
const PROBE_END = 'hng-probe/end';
/** The `/proc/<pid>/ns/<file>` links the probe reads: `net pid ipc`. */
const NS_FILES = src_namespaces/* HOST_NAMESPACES */.Uv.map(n => n.procFile).join(' ');
/**
 * The probe. Uses only sh builtins plus `readlink`, `cat`, `ls`, `wc`, `tr` (busybox or
 * coreutils); a missing helper leaves its field empty. `readlink /proc/self/ns/x` reads the
 * readlink process's own link, which is in the same namespaces as the container.
 * `pid1.ns.*` (PID 1's links) matter for the sidecar: there PID 1 is the target container's main
 * process when the target's PID namespace is private.
 */
function probeScript() {
    return [
        `echo '${PROBE_BEGIN}'`,
        `for n in ${NS_FILES}; do echo "ns.$n=$(readlink /proc/self/ns/$n 2>/dev/null)"; done`,
        `for n in ${NS_FILES}; do echo "pid1.ns.$n=$(readlink /proc/1/ns/$n 2>/dev/null)"; done`,
        'echo "pid1=$(cat /proc/1/comm 2>/dev/null)"',
        'echo "procs=$(ls -d /proc/[0-9]* 2>/dev/null | wc -l)"',
        `echo "ifaces=$(ls /sys/class/net 2>/dev/null | tr '\\n' ' ')"`,
        'echo "hostname=$(cat /proc/sys/kernel/hostname 2>/dev/null)"',
        `echo '${PROBE_END}'`,
    ].join('\n');
}
/** A link target as the kernel writes it, `net:[4026531833]`: the file's name, then the inode. */
const NS_PATTERN = new RegExp(`^(${src_namespaces/* HOST_NAMESPACES */.Uv.map(n => n.procFile).join('|')}):\\[\\d+\\]$`);
/** Parses probe output; undefined when the probe did not run (no begin/end markers). */
function parseProbeOutput(stdout) {
    const lines = stdout.split(/\r?\n/);
    const begin = lines.indexOf(PROBE_BEGIN);
    const end = lines.indexOf(PROBE_END, begin + 1);
    if (begin === -1 || end === -1)
        return undefined;
    const kv = new Map();
    for (const line of lines.slice(begin + 1, end)) {
        const eq = line.indexOf('=');
        if (eq > 0)
            kv.set(line.slice(0, eq), line.slice(eq + 1).trim());
    }
    // `ns.net=net:[4026531833]`: the key and the target both name the namespace's /proc file.
    const link = (prefix, file) => {
        const v = kv.get(`${prefix}.${file}`) ?? '';
        return NS_PATTERN.test(v) && v.startsWith(file + ':') ? v : '';
    };
    const procs = Number.parseInt(kv.get('procs') ?? '', 10);
    return {
        ns: (0,src_namespaces/* perNamespace */.d9)(n => link('ns', n.procFile)),
        pid1Ns: (0,src_namespaces/* perNamespace */.d9)(n => link('pid1.ns', n.procFile)),
        pid1: kv.get('pid1') ?? '',
        processes: Number.isFinite(procs) ? procs : undefined,
        interfaces: (kv.get('ifaces') ?? '').split(/\s+/).filter(Boolean).sort(),
        hostname: kv.get('hostname') ?? '',
    };
}
/** Whether an observation has every namespace link (else the probe could not see them). */
function isComplete(o) {
    return o !== undefined && src_namespaces/* NAMESPACES */.dK.every(n => o.ns[n] !== '');
}
function safe(fn, fallback) {
    try {
        return fn();
    }
    catch {
        return fallback;
    }
}
/**
 * The node's own view, read by this process (the checker runs on the node, next to the engine):
 * its own `/proc/self/ns/*`, which are the node's namespaces unless the checker itself runs in a
 * container. `/proc/1/ns/*` is not used: it may be unreadable even for root (here PID 1 is not
 * ptrace-readable), and our own links are what a rootful engine starts from.
 */
function observeLocalHost(procRoot = '/proc', sysRoot = '/sys') {
    const ns = {};
    const pid1Ns = {};
    for (const n of src_namespaces/* HOST_NAMESPACES */.Uv) {
        ns[n.id] = safe(() => (0,external_node_fs_.readlinkSync)(`${procRoot}/self/ns/${n.procFile}`), '');
        pid1Ns[n.id] = safe(() => (0,external_node_fs_.readlinkSync)(`${procRoot}/1/ns/${n.procFile}`), '');
    }
    return {
        ns,
        pid1Ns,
        pid1: safe(() => (0,external_node_fs_.readFileSync)(`${procRoot}/1/comm`, 'utf8').trim(), ''),
        processes: safe(() => (0,external_node_fs_.readdirSync)(procRoot).filter(e => /^\d+$/.test(e)).length, undefined),
        interfaces: safe(() => (0,external_node_fs_.readdirSync)(`${sysRoot}/class/net`).sort(), []),
        hostname: safe(() => (0,external_node_fs_.readFileSync)(`${procRoot}/sys/kernel/hostname`, 'utf8').trim(), ''),
    };
}
function supporting(ns, c, h) {
    switch (ns) {
        case 'network': {
            const ci = c.interfaces.join(',') || '?';
            const hi = h.interfaces.join(',') || '?';
            return `interfaces ${ci}${ci === hi ? ' (same as node)' : ` (node: ${hi})`}`;
        }
        case 'pid': {
            const procs = c.processes === undefined ? '' : `, ${c.processes} processes visible${h.processes === undefined ? '' : ` (node: ${h.processes})`}`;
            return `PID 1 is ${c.pid1 ? JSON.stringify(c.pid1) : '?'}${h.pid1 ? ` (node PID 1: ${JSON.stringify(h.pid1)})` : ''}${procs}`;
        }
        case 'ipc':
            return 'SysV IPC and POSIX message queues follow this namespace';
    }
}
/** Verdict for each namespace from the probe's and the node's observations. */
function compareNamespaces(c, h, requested, ctx) {
    const out = {};
    for (const ns of src_namespaces/* NAMESPACES */.dK) {
        const { podField: flag, procFile } = src_namespaces/* HOST_NAMESPACE */.$8[ns];
        const cl = c.ns[ns];
        const hl = h.ns[ns];
        const req = requested[ns];
        const observed = cl === '' || hl === '' ? null : cl === hl;
        const extra = supporting(ns, c, h);
        let evidence;
        if (observed === null) {
            evidence = `could not read the ${procFile} namespace link (probe: ${cl || 'unreadable'}, node: ${hl || 'unreadable'})${req ? `; spec sets ${flag}: true` : ''}`;
        }
        else if (observed) {
            evidence = `same namespace as the node: ${cl} = node ${hl}; ${extra}; ${req ? `spec sets ${flag}: true` : `spec does not set ${flag}, yet the engine shares it`}`;
        }
        else if (req) {
            evidence =
                `spec sets ${flag}: true but ${ctx.engineLabel} did not apply it (probe ${cl} ≠ node ${hl}); ` +
                    `a Kubernetes node shares this namespace, so it is reported as shared; ${extra}`;
        }
        else {
            evidence = `own namespace: ${cl} ≠ node ${hl}; ${extra}`;
        }
        if (ctx.probe === 'sidecar') {
            evidence +=
                ns === 'pid'
                    ? ` [seen from a probe sidecar that joined ${ctx.container}'s PID namespace${c.pid1Ns.pid ? `; PID 1 there is in ${c.pid1Ns.pid}` : ''}]`
                    : ` [seen from a probe sidecar in the pod's shared ${procFile} namespace${c.pid1Ns[ns] ? `; ${ctx.container}'s main process is in ${c.pid1Ns[ns]}` : ''}]`;
        }
        out[ns] = { shared: observed === true || req, evidence, observed, requested: req, container: cl, host: hl };
    }
    return out;
}

;// CONCATENATED MODULE: ./src/smoke/runtime-check.ts
/**
 * runtime-check: run each workload of a manifest as one Pod and observe, from inside, whether it
 * shares the node's network, PID and IPC namespaces.
 *
 * podman: `podman kube play` of a generated Pod file, wait until its first container runs, run the
 * probe with `podman exec … sh -c`, or — when the image has no shell — from a sidecar
 * (`podman run --rm --pod <pod> --pid container:<target>`), compare with the node, then
 * `podman kube down` + `podman pod rm -f`.
 * kind: the same with `kubectl apply` / `wait` / `exec` / `debug --target` / `delete`, the node's
 * namespaces read through `docker exec` in the kind node container.
 *
 * Teardown always runs (finally), also on timeout and on SIGINT/SIGTERM, which abort the running
 * command; the whole check, teardown excluded, is bounded by `timeoutMs`.
 *
 * Engine fidelity: podman 4.3 `kube play` applies hostNetwork but ignores hostPID and hostIPC
 * (its ToPodOpt only wires hostNetwork); newer podman applies all three. A flag the spec requests
 * but the engine did not apply is still reported as shared (a node would share it), and the
 * evidence says which engine dropped it; see probe.ts#compareNamespaces.
 */














const DEFAULT_TIMEOUT_MS = 120_000;
/** Per teardown command; teardown is not bounded by the check's own budget. */
const TEARDOWN_TIMEOUT_MS = 60_000;
const POLL_MS = 200;
function describe(r) {
    return tail(`${r.stderr}\n${r.stdout}`, 15, 2000) || `exit code ${r.code}`;
}
/**
 * Runs the runtime smoke check. Resolves with per-workload verdicts; throws SmokeError for usage
 * and engine errors, timeouts and interruptions (after teardown; `error.cleanedUp` tells whether
 * teardown completed).
 */
async function runRuntimeCheck(opts) {
    const runner = opts.runner ?? spawnRunner;
    let text;
    try {
        text = await (0,promises_namespaceObject.readFile)(opts.manifest, 'utf8');
    }
    catch (err) {
        throw new SmokeError('usage', `cannot read manifest ${opts.manifest}: ${err.message}`);
    }
    const workloads = workloadsFromManifest(text, opts.manifest);
    if (workloads.length === 0)
        throw new SmokeError('usage', `${opts.manifest}: no workload with a pod spec (Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, PodTemplate, List)`);
    if (opts.image !== undefined)
        assertSafeArg(opts.image, 'image');
    const probeImage = assertSafeArg(opts.probeImage ?? DEFAULT_PROBE_IMAGE, 'probe image');
    const budget = new Budget(opts.timeoutMs ?? DEFAULT_TIMEOUT_MS, opts.handleSignals ?? true, opts.signal, 'runtime check');
    const tmp = await (0,promises_namespaceObject.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'hng-runtime-'));
    const runId = randomSuffix(8);
    const live = [];
    let cleanedUp = true;
    let driver;
    let result;
    let thrown;
    try {
        /** A command bounded by the budget and aborted with it. */
        const run = (argv, extra = {}) => {
            budget.check();
            return runner(argv, { ...extra, timeoutMs: Math.max(1, budget.remaining()), signal: budget.controller.signal });
        };
        /** A teardown command: not aborted, bounded on its own. */
        const teardownRun = (argv, extra = {}) => runner(argv, { ...extra, timeoutMs: TEARDOWN_TIMEOUT_MS });
        driver =
            opts.engine === 'podman'
                ? await podmanDriver(opts, run, teardownRun, budget, probeImage)
                : opts.engine === 'kind'
                    ? await kindDriver(opts, run, teardownRun, budget, probeImage)
                    : undefined;
        if (!driver)
            throw new SmokeError('usage', `unknown runtime engine ${JSON.stringify(opts.engine)} (podman or kind)`);
        const host = opts.observeHost ? await opts.observeHost() : await driver.observeHost();
        const hostLinks = src_namespaces/* HOST_NAMESPACES */.Uv.map(n => `${n.procFile}: ${host.ns[n.id] || '?'}`).join(', ');
        if (!isComplete(host))
            throw new SmokeError('engine', `cannot read the node's namespace links (${hostLinks})`);
        const results = [];
        for (const w of workloads) {
            budget.check();
            const pod = reduceToPod(w, {
                ...(opts.image !== undefined ? { image: opts.image } : {}),
                ...(opts.keepAlive ? { keepAlive: opts.keepAlive } : {}),
                runLabel: runId,
                ...(opts.engine === 'kind' ? { namespace: opts.kubeNamespace ?? 'default' } : {}),
            });
            // JSON, not YAML: podman and kubectl read YAML 1.1, where an unquoted `on`/`yes` that a
            // YAML 1.2 writer leaves bare would turn a string (an env value) into a boolean.
            const file = external_node_path_default().join(tmp, `${pod.name}.json`);
            await (0,promises_namespaceObject.writeFile)(file, JSON.stringify(pod.manifest, null, 2) + '\n', 'utf8');
            const entry = { pod, file };
            live.push(entry); // before play: a partial play is torn down too
            results.push(await checkOne(driver, w, pod, file, opts, budget));
            const gone = await driver.remove(pod, file);
            if (gone)
                live.splice(live.indexOf(entry), 1);
            else
                cleanedUp = false;
            opts.onProgress?.({ step: 'removed', resource: w.resource, pod: pod.name, ok: gone });
        }
        result = {
            ok: results.every(r => r.ok),
            engine: opts.engine,
            engineVersion: driver.version,
            manifest: opts.manifest,
            workloads: results,
            cleanedUp,
        };
        return result;
    }
    catch (err) {
        // Report an abort as such even when it surfaced as a failed command.
        const error = budget.reason !== undefined
            ? new SmokeError(budget.reason, budget.reason === 'timeout' ? `runtime check timed out after ${opts.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms` : 'runtime check interrupted', { cause: err })
            : err instanceof SmokeError
                ? err
                : new SmokeError('engine', err?.message ?? String(err), { cause: err });
        thrown = error;
        throw error;
    }
    finally {
        for (const { pod, file } of [...live]) {
            const gone = driver ? await driver.remove(pod, file).catch(() => false) : true;
            if (!gone)
                cleanedUp = false;
        }
        if (driver && !(await driver.finish().catch(() => false)))
            cleanedUp = false;
        budget.dispose();
        await (0,promises_namespaceObject.rm)(tmp, { recursive: true, force: true });
        // The returned result and a thrown error carry the teardown outcome (same objects, set late).
        if (result)
            result.cleanedUp = cleanedUp;
        if (thrown)
            thrown.cleanedUp = cleanedUp;
    }
}
async function checkOne(driver, w, pod, file, opts, budget) {
    const notes = [];
    await driver.play(pod, file);
    opts.onProgress?.({ step: 'played', resource: w.resource, pod: pod.name });
    await driver.waitRunning(pod);
    opts.onProgress?.({ step: 'running', resource: w.resource, pod: pod.name });
    budget.check();
    let probe = 'in-container';
    let { observation, detail } = await driver.exec(pod);
    if (!isComplete(observation)) {
        budget.check();
        notes.push(observation
            ? `the image's sh ran the probe but could not read the namespace links (no readlink?); probed from a sidecar`
            : `no usable shell in ${driver.containerName(pod)} (${detail.split('\n').pop() ?? ''}); probed from a sidecar`);
        probe = 'sidecar';
        ({ observation, detail } = await driver.sidecar(pod));
        if (!isComplete(observation))
            throw new SmokeError('engine', `${w.resource}: the sidecar probe failed: ${detail}`);
        notes.push(`sidecar view: ${src_namespaces/* HOST_NAMESPACE */.$8.network.procFile} and ${src_namespaces/* HOST_NAMESPACE */.$8.ipc.procFile} are the pod's shared namespaces and ${src_namespaces/* HOST_NAMESPACE */.$8.pid.procFile} is joined from the target container, so the links are the ones the target uses; ` +
            "the target's own filesystem, /proc/self and mount namespace are not observed");
    }
    opts.onProgress?.({ step: 'probed', resource: w.resource, pod: pod.name, probe });
    const host = opts.observeHost ? await opts.observeHost() : await driver.observeHost();
    const namespaces = compareNamespaces(observation, host, w.requested, { probe, engineLabel: driver.label, container: driver.containerName(pod) });
    const ok = Object.values(namespaces).every(v => !v.shared && v.observed === false);
    return { resource: w.resource, pod: pod.name, container: driver.containerName(pod), probe, namespaces, ok, notes };
}
// ---------------------------------------------------------------------------------------------
// podman
async function podmanDriver(opts, run, teardownRun, budget, probeImage) {
    const env = podmanEnv(opts.containersConf ?? resolveContainersConf());
    const v = await run(podmanVersionArgv(), { env });
    if (v.code !== 0)
        throw new SmokeError('engine', `podman is not available: ${describe(v)}; ${SETUP_HINT}`);
    const version = v.stdout.trim();
    const first = (pod) => `${pod.name}-${pod.containers[0]}`;
    const script = probeScript();
    return {
        label: `podman ${version} kube play`,
        version: `podman ${version}`,
        observeHost: async () => observeLocalHost(),
        containerName: first,
        async play(pod, file) {
            const r = await run(podmanKubePlayArgv(file), { env });
            if (r.code !== 0)
                throw new SmokeError('engine', `podman kube play of ${pod.name} failed: ${describe(r)}`);
        },
        async waitRunning(pod) {
            const ctr = first(pod);
            for (;;) {
                const r = await run(podmanContainerStateArgv(ctr), { env });
                const [state, exitCode] = r.stdout.trim().split('|');
                if (r.code === 0 && state === 'running')
                    return;
                if (r.code === 0 && (state === 'exited' || state === 'stopped' || state === 'dead')) {
                    const logs = await run(podmanLogsArgv(ctr), { env });
                    throw new SmokeError('engine', `${ctr} ${state} (exit code ${exitCode}) before it could be probed; logs: ${tail(logs.stdout + logs.stderr, 10, 1000) || '(none)'}`);
                }
                await sleep(POLL_MS, budget.controller.signal);
                budget.check();
            }
        },
        async exec(pod) {
            const r = await run(podmanExecArgv(first(pod), script), { env });
            return { observation: parseProbeOutput(r.stdout), detail: describe(r) };
        },
        async sidecar(pod) {
            const r = await run(podmanSidecarArgv({ pod: pod.name, target: first(pod), name: `${pod.name}-hng-probe`, image: probeImage, script }), { env });
            return { observation: parseProbeOutput(r.stdout), detail: describe(r) };
        },
        async remove(pod, file) {
            // stop + pod rm first (fast), then kube down for anything else the file created; kube down
            // then reports "no such pod", which is expected.
            await teardownRun(podmanPodStopArgv(pod.name), { env });
            await teardownRun(podmanPodRmArgv(pod.name), { env });
            await teardownRun(podmanKubeDownArgv(file), { env });
            const exists = await teardownRun(podmanPodExistsArgv(pod.name), { env });
            // `pod exists` exits 1 when the pod is gone; anything else (still there, podman broken) is not clean.
            return exists.code === 1;
        },
        finish: async () => true,
    };
}
// ---------------------------------------------------------------------------------------------
// kind
async function kindDriver(opts, run, teardownRun, budget, probeImage) {
    const cluster = assertSafeArg(opts.kindCluster ?? 'hng-smoke', 'kind cluster');
    const target = { cluster, namespace: opts.kubeNamespace ?? 'default' };
    const v = await run(kindVersionArgv());
    if (v.code !== 0)
        throw new SmokeError('engine', `kind is not available: ${describe(v)}`);
    const clusters = await run(kindGetClustersArgv());
    if (clusters.code !== 0)
        throw new SmokeError('engine', `kind get clusters failed: ${describe(clusters)}`);
    let created = false;
    if (!clusters.stdout.split(/\s+/).includes(cluster)) {
        created = true;
        const c = await run(kindCreateClusterArgv(cluster));
        if (c.code !== 0) {
            await teardownRun(kindDeleteClusterArgv(cluster));
            throw new SmokeError('engine', `kind create cluster ${cluster} failed: ${describe(c)}`);
        }
    }
    if (opts.image !== undefined) {
        const l = await run(kindLoadImageArgv(cluster, opts.image));
        if (l.code !== 0) {
            if (created)
                await teardownRun(kindDeleteClusterArgv(cluster));
            throw new SmokeError('engine', `kind load docker-image ${opts.image} failed: ${describe(l)}`);
        }
    }
    const script = probeScript();
    let hostObs;
    return {
        label: `kind (${v.stdout.trim()})`,
        version: v.stdout.trim(),
        async observeHost() {
            if (hostObs)
                return hostObs;
            // `docker exec` runs in the node container's namespaces: the node's, as the kubelet sees them.
            const r = await run(kindNodeExecArgv(cluster, script));
            const o = parseProbeOutput(r.stdout);
            if (!o)
                throw new SmokeError('engine', `cannot probe the kind node ${cluster}-control-plane: ${describe(r)}`);
            hostObs = o;
            return o;
        },
        containerName: pod => `${pod.name}/${pod.containers[0]}`,
        async play(pod, file) {
            const r = await run(kubectlApplyArgv(target, file));
            if (r.code !== 0)
                throw new SmokeError('engine', `kubectl apply of ${pod.name} failed: ${describe(r)}`);
        },
        async waitRunning(pod) {
            const r = await run(kubectlWaitReadyArgv(target, pod.name, budget.remaining() / 1000));
            if (r.code !== 0)
                throw new SmokeError('engine', `pod ${pod.name} did not become Ready: ${describe(r)}`);
        },
        async exec(pod) {
            const r = await run(kubectlExecArgv(target, pod.name, pod.containers[0], script));
            return { observation: parseProbeOutput(r.stdout), detail: describe(r) };
        },
        async sidecar(pod) {
            const r = await run(kubectlDebugArgv(target, pod.name, pod.containers[0], 'hng-probe', probeImage, script));
            return { observation: parseProbeOutput(r.stdout), detail: describe(r) };
        },
        async remove(pod, file) {
            await teardownRun(kubectlDeleteArgv(target, file));
            const r = await teardownRun(kubectlGetPodArgv(target, pod.name));
            return r.code === 0 && r.stdout.trim() === '';
        },
        async finish() {
            if (!created)
                return true;
            const r = await teardownRun(kindDeleteClusterArgv(cluster));
            return r.code === 0;
        },
    };
}

;// CONCATENATED MODULE: ./src/smoke/report.ts
/** Text and JSON reports for the smoke checks, and the exit codes the CLI returns. */


/** 0: ok; 1: a namespace is shared or the build needs host networking; 2: usage/engine error or timeout; 130: interrupted. */
const report_EXIT_OK = 0;
const report_EXIT_FINDINGS = 1;
const EXIT_ERROR = 2;
const EXIT_INTERRUPTED = 130;
/**
 * Exit code for what a check returned or threw: a result → 0 when ok, else 1; a SmokeError → 2
 * (130 when interrupted); anything else thrown → 2.
 */
function smokeExitCode(outcome) {
    if (outcome instanceof SmokeError)
        return outcome.kind === 'interrupted' ? EXIT_INTERRUPTED : EXIT_ERROR;
    if (outcome instanceof Error)
        return EXIT_ERROR;
    if (typeof outcome === 'object' && outcome !== null && 'ok' in outcome && typeof outcome.ok === 'boolean') {
        return outcome.ok ? report_EXIT_OK : report_EXIT_FINDINGS;
    }
    return EXIT_ERROR;
}
function indent(text, prefix = '    ') {
    return text
        .split('\n')
        .map(l => prefix + l)
        .join('\n');
}
function formatRuntimeText(r) {
    const out = [];
    out.push(`runtime-check ${r.ok ? 'PASS' : 'FAIL'}: ${r.manifest} on ${r.engineVersion} (${r.workloads.length} workload${r.workloads.length === 1 ? '' : 's'})`);
    for (const w of r.workloads) {
        out.push('');
        out.push(`${w.ok ? 'PASS' : 'FAIL'} ${w.resource} → pod ${w.pod} (probe: ${w.probe}, container ${w.container})`);
        for (const ns of src_namespaces/* NAMESPACES */.dK) {
            const v = w.namespaces[ns];
            const verdict = v.shared ? 'FAIL' : v.observed === null ? 'UNKNOWN' : 'PASS';
            out.push(`  ${ns.padEnd(7)} ${verdict.padEnd(7)} ${v.shared ? 'shared with the node' : v.observed === null ? 'not observed' : 'isolated'}: ${v.evidence}`);
        }
        for (const n of w.notes)
            out.push(`  note: ${n}`);
    }
    out.push('');
    out.push(r.cleanedUp ? 'cleanup: every pod the check created is gone' : 'cleanup: INCOMPLETE, some pods may be left (podman pod ps)');
    return out.join('\n');
}
function formatBuildText(r) {
    const out = [];
    out.push(`build-check ${r.ok ? 'PASS' : 'FAIL'} (${r.engine}): ${r.message}`);
    if (!r.ok && r.failedStep)
        out.push(`  failed step${r.failedLine ? ` (line ${r.failedLine})` : ''}: ${r.failedStep}`);
    if (!r.ok && r.output) {
        out.push('  output (tail):');
        out.push(indent(r.output));
    }
    out.push(r.cleanedUp ? `cleanup: ${r.image} removed` : `cleanup: INCOMPLETE, ${r.image} may still exist`);
    return out.join('\n');
}
/** Stable JSON (2-space indent, trailing newline) for either result. */
function formatJson(r) {
    return JSON.stringify(r, null, 2) + '\n';
}
/** JSON for a thrown error, so `--format json` always prints JSON. */
function formatErrorJson(err) {
    const e = err instanceof SmokeError
        ? { kind: err.kind, message: err.message, ...(err.cleanedUp !== undefined ? { cleanedUp: err.cleanedUp } : {}) }
        : { kind: 'engine', message: String(err?.message ?? err) };
    return JSON.stringify({ ok: false, error: e }, null, 2) + '\n';
}
function formatErrorText(err) {
    if (err instanceof SmokeError) {
        const cleanup = err.cleanedUp === undefined ? '' : err.cleanedUp ? ' (cleaned up)' : ' (cleanup INCOMPLETE)';
        return `smoke check ${err.kind === 'usage' ? 'usage error' : err.kind}: ${err.message}${cleanup}`;
    }
    return `smoke check error: ${String(err?.message ?? err)}`;
}

;// CONCATENATED MODULE: ./src/smoke/index.ts
/** Build and runtime smoke checks (the CLI's `build-check` and `runtime-check`). */








;// CONCATENATED MODULE: ./src/cli/smoke-commands.ts






const SMOKE_FORMATS = ['text', 'json'];
const BUILD_ENGINES = ['podman', 'docker'];
const RUNTIME_ENGINES = ['podman', 'kind'];
/**
 * Parses a smoke command's argv: exactly one positional file, string options, --help, and the
 * options both commands read alike: --format, --engine (one of `tools`, podman by default) and
 * --timeout, checked in that order.
 */
function smokeArgs(command, argv, options, tools) {
    const parsed = parseCommand(command, argv, Object.fromEntries(options.map(o => [o, o === 'format' ? { type: 'string', short: 'f' } : { type: 'string' }])));
    if (parsed === 'help')
        return 'help';
    const what = command === 'build-check' ? 'DOCKERFILE' : 'MANIFEST';
    if (parsed.positionals.length !== 1)
        throw new UsageError(`${command} takes one ${what}, got ${parsed.positionals.length ? parsed.positionals.map(p => JSON.stringify(p)).join(' ') : 'none'}`);
    const values = parsed.values;
    const format = args_oneOf('--format', values.format ?? 'text', SMOKE_FORMATS);
    const tool = args_oneOf('--engine', values.engine ?? 'podman', tools);
    return { file: parsed.positionals[0], values, format, tool, timeoutMs: timeoutMs(values.timeout) };
}
/** `--timeout SECONDS` → milliseconds (undefined: the check's default). */
function timeoutMs(value) {
    if (value === undefined)
        return undefined;
    const seconds = Number(value);
    if (!/^\d+(\.\d+)?$/.test(value.trim()) || !(seconds > 0))
        throw new UsageError(`--timeout: "${value}" is not a positive number of seconds`);
    return Math.round(seconds * 1000);
}
/** A file the check needs; a missing one is a usage error that names it as given and as resolved. */
async function requireFile(cwd, given, what) {
    const full = external_node_path_default().resolve(cwd, given);
    const st = await external_node_fs_.promises.stat(full).catch(() => undefined);
    const shown = full === given ? given : `${given} (${full})`;
    if (!st)
        throw new SmokeError('usage', `${what} not found: ${shown}`);
    if (!st.isFile())
        throw new SmokeError('usage', `${what} is not a file: ${shown}`);
    return full;
}
/**
 * Runs one smoke check and prints its verdict: text (stdout for a result, stderr for an error) or
 * JSON (always on stdout, also for errors). Exit codes come from smokeExitCode.
 */
async function runSmoke(format, env, check, text) {
    try {
        const result = await check();
        env.stdout(format === 'json' ? formatJson(result) : text(result) + '\n');
        return smokeExitCode(result);
    }
    catch (err) {
        if (format === 'json')
            env.stdout(formatErrorJson(err));
        else
            env.stderr(`${TOOL_NAME}: ${formatErrorText(err)}\n`);
        return smokeExitCode(err);
    }
}
async function buildCheckCommand(argv, env) {
    const args = smokeArgs('build-check', argv, ['context', 'engine', 'format', 'timeout'], BUILD_ENGINES);
    if (args === 'help') {
        env.stdout(USAGE);
        return EXIT_OK;
    }
    const { file, values, format, tool: engine, timeoutMs: timeout } = args;
    return runSmoke(format, env, async () => {
        const dockerfile = await requireFile(env.cwd, file, 'Dockerfile');
        const context = values.context === undefined ? undefined : external_node_path_default().resolve(env.cwd, values.context);
        if (context !== undefined && !(await external_node_fs_.promises.stat(context).catch(() => undefined))?.isDirectory()) {
            throw new SmokeError('usage', `build context is not a directory: ${values.context}${context === values.context ? '' : ` (${context})`}`);
        }
        return runBuildCheck({ dockerfile, engine, handleSignals: true, ...(context ? { context } : {}), ...(timeout ? { timeoutMs: timeout } : {}) });
    }, formatBuildText);
}
async function runtimeCheckCommand(argv, env) {
    const args = smokeArgs('runtime-check', argv, ['engine', 'image', 'probe-image', 'format', 'timeout'], RUNTIME_ENGINES);
    if (args === 'help') {
        env.stdout(USAGE);
        return EXIT_OK;
    }
    const { file, values, format, tool: engine, timeoutMs: timeout } = args;
    return runSmoke(format, env, async () => {
        const manifest = await requireFile(env.cwd, file, 'manifest');
        return runRuntimeCheck({
            manifest,
            engine,
            handleSignals: true,
            ...(values.image !== undefined ? { image: values.image } : {}),
            ...(values['probe-image'] !== undefined ? { probeImage: values['probe-image'] } : {}),
            ...(timeout ? { timeoutMs: timeout } : {}),
        });
    }, formatRuntimeText);
}

;// CONCATENATED MODULE: ./src/cli/main.ts













const COMMANDS = {
    scan: scanCommand,
    exceptions: exceptionsCommand,
    init: initCommand,
    'build-check': buildCheckCommand,
    'runtime-check': runtimeCheckCommand,
};
/** The CLI: argv in, exit code out (0 ok, 1 findings, 2 usage, configuration, path or write error). */
async function runCli(argv, env) {
    try {
        // `scan` is the default command: `host-namespace-guard deploy/` scans deploy/.
        const named = argv[0] !== undefined &&
            !argv[0].startsWith('-') &&
            (argv[0] === 'help' || Object.hasOwn(COMMANDS, argv[0]) || !(0,external_node_fs_.existsSync)(external_node_path_default().resolve(env.cwd, argv[0])));
        const [command, ...rest] = named ? argv : ['scan', ...argv];
        if (command === 'help') {
            env.stdout(USAGE);
            return EXIT_OK;
        }
        const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
        if (!run)
            throw new UsageError(`unknown command ${command}${didYouMean(command, Object.keys(COMMANDS))}`);
        return await run(rest, env);
    }
    catch (err) {
        // Mistakes in the call, the config or the paths given: one line saying which and why.
        if (err instanceof UsageError || err instanceof ConfigError || err instanceof PathError || err instanceof WriteError) {
            env.stderr(`${TOOL_NAME}: ${err.message}\n`);
            if (err instanceof UsageError)
                env.stderr(`Run '${TOOL_NAME} --help' for usage.\n`);
            return EXIT_USAGE;
        }
        // Anything else is a bug: the stack is what a report of it needs.
        env.stderr(`${TOOL_NAME}: ${err.stack ?? String(err)}\n`);
        env.stderr(`This is a bug: please report it with the lines above (NODE_OPTIONS=--enable-source-maps shows source lines).\n`);
        return EXIT_USAGE;
    }
}


/***/ }),

/***/ 6591:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ severityOf)
/* harmony export */ });
/** A rule's severity after configuration (config's `rules:`); undefined when the config turns it off. */
function severityOf(config, rule) {
    const setting = config.rules[rule.meta.id];
    if (setting === 'off')
        return undefined;
    return setting ?? rule.meta.severity;
}


/***/ }),

/***/ 5602:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L8: () => (/* binding */ classify),
/* harmony export */   br: () => (/* binding */ looksLikeShellScript),
/* harmony export */   x4: () => (/* binding */ mayBeScanned)
/* harmony export */ });
/* unused harmony export isNeverManifest */
/* harmony import */ var _parse_shell_file_names_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1463);

/**
 * What a path is, from its name alone. YAML and JSON are `kubernetes` candidates that the
 * scanner may still read as compose by shape.
 */
function classify(path) {
    const normalized = path.replace(/\\/g, '/');
    const base = normalized.slice(normalized.lastIndexOf('/') + 1);
    const lower = base.toLowerCase();
    if (/^(dockerfile|containerfile)([.-].*)?$/.test(lower) || /\.(dockerfile|containerfile)$/.test(lower))
        return 'dockerfile';
    if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i.test(normalized) || /^action\.ya?ml$/.test(lower) || /^\.gitlab-ci\.ya?ml$/.test(lower))
        return 'workflow';
    if (/^(docker-)?compose([.-][^/]*)?\.ya?ml$/.test(lower))
        return 'compose';
    if (/\.(ya?ml|json)$/.test(lower))
        return 'kubernetes';
    if (/\.(sh|bash|zsh|ksh)$/.test(lower) || (0,_parse_shell_file_names_js__WEBPACK_IMPORTED_MODULE_0__/* .isMakefile */ .R)(lower) || lower === 'justfile' || (0,_parse_shell_file_names_js__WEBPACK_IMPORTED_MODULE_0__/* .isJenkinsfile */ .Z)(lower))
        return 'shell';
    return undefined;
}
/** Extension-less scripts are recognised by their shebang. */
function looksLikeShellScript(head) {
    return /^#!\s*\S*\b(sh|bash|zsh|ksh|dash|ash|env\s+(ba|z|k|da)?sh)\b/.test(head);
}
/** Names that are YAML or JSON but never manifests: skipping them saves time and noise. */
const NEVER_MANIFESTS = /^(package(-lock)?\.json|tsconfig[^/]*\.json|composer\.(json|lock)|\.?eslintrc[^/]*|renovate\.json|\.pre-commit-config\.ya?ml|pnpm-lock\.yaml|codecov\.ya?ml|mkdocs\.ya?ml|dependabot\.ya?ml)$/i;
function isNeverManifest(path) {
    return NEVER_MANIFESTS.test(path.slice(path.lastIndexOf('/') + 1));
}
/**
 * Worth reading at all: a known type, or an extension-less file that may turn out to be a script
 * (decided by its shebang), unless its name says it is never a manifest.
 */
function mayBeScanned(path) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    if (isNeverManifest(path))
        return false;
    return classify(path) !== undefined || !base.includes('.');
}


/***/ }),

/***/ 8568:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KE: () => (/* binding */ listed),
/* harmony export */   KP: () => (/* binding */ needsAsync),
/* harmony export */   Z$: () => (/* binding */ prepareSync),
/* harmony export */   ay: () => (/* binding */ prepareAsync)
/* harmony export */ });
/* unused harmony export formatSize */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _io_safe_read_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(204);
/* harmony import */ var _classify_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5602);
/* harmony import */ var _select_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9280);





/** Bytes read to find a NUL (binary) or a shebang. */
const HEAD_BYTES = 8000;
/**
 * Reads and decides one discovered file. Synchronous for a plain file of a walk (thousands of
 * small reads, one buffer); a promise for a blob, a link or a refusal.
 */
function prepareSync(file, maxFileSize) {
    return prepare(file, loadSync(file, maxFileSize), maxFileSize);
}
const needsAsync = (file) => file.refused !== undefined || file.link === true || file.read !== undefined;
async function prepareAsync(file, root, maxFileSize) {
    const resolved = file.link && !file.refused ? { ...file, ...(await linkedFile(root, file.relative, maxFileSize)) } : file;
    if (resolved.refused !== undefined)
        return prepare(resolved, { size: 0, refused: resolved.refused }, maxFileSize);
    if (resolved.link && !resolved.read)
        return undefined; // a dangling link: nothing there to deploy
    if (!resolved.read)
        return prepareSync(resolved, maxFileSize);
    const size = resolved.size ?? 0;
    try {
        return prepare(resolved, { size, buffer: size > maxFileSize ? undefined : await resolved.read() }, maxFileSize);
    }
    catch (err) {
        return prepare(resolved, { size, error: err.message }, maxFileSize);
    }
}
/**
 * Fail closed: a file that could hold a finding and was not read is a notice itself. An
 * extension-less file is only a candidate (a script by its shebang): over the limit its head
 * still tells; unreadable, it cannot be told apart, so it is reported too.
 */
function prepare(file, loaded, maxFileSize) {
    const { relative } = file;
    const notice = (message, ruleId = 'incomplete-scan') => ({ relative, notice: { ruleId, message } });
    // A refusal the walk made for a path it was named or a directory it could not list is said
    // whatever the name; one met on the way only for names that would be scanned.
    if (loaded.refused !== undefined)
        return file.type === undefined && file.link ? undefined : notice(`${loaded.refused}.`);
    if (loaded.error !== undefined)
        return notice(`${relative} could not be read: ${loaded.error}`);
    if (!loaded.buffer) {
        if (file.type === undefined && !(loaded.head && (0,_classify_js__WEBPACK_IMPORTED_MODULE_3__/* .looksLikeShellScript */ .br)(loaded.head.toString('utf8'))))
            return undefined;
        return notice(`${relative} is ${overLimit(loaded.size, maxFileSize)} (maxFileSize): not checked.`);
    }
    const head = loaded.buffer.subarray(0, HEAD_BYTES);
    let type = file.type;
    if (type === undefined) {
        if (!(0,_classify_js__WEBPACK_IMPORTED_MODULE_3__/* .looksLikeShellScript */ .br)(head.toString('utf8')))
            return undefined;
        type = 'shell';
    }
    if (head.includes(0))
        return notice(`${relative} is binary or not UTF-8 text (it has NUL bytes): not checked.`, 'parse-error');
    return { relative, type, text: loaded.buffer.toString('utf8') };
}
function loadSync(file, maxFileSize) {
    try {
        return readBounded(file.absolute, maxFileSize);
    }
    catch (err) {
        return { size: 0, error: err.message };
    }
}
/**
 * The files of a list (a pull request's changed files) to scan, filtered as a walk filters.
 * Listed paths come from a diff or an API: none may point outside the repository.
 */
async function* listed(root, files, selection, reader) {
    const select = (0,_select_js__WEBPACK_IMPORTED_MODULE_4__/* .fileSelector */ .q)(selection);
    for (const relative of files) {
        const scanAs = select(relative);
        if (scanAs === undefined)
            continue;
        const type = scanAs === 'script?' ? undefined : scanAs;
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, relative);
        if (node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative) || !absolute.startsWith(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root) + (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)))
            continue;
        if (reader) {
            const blob = await reader(relative);
            if (blob?.refused)
                yield { absolute, relative, type, refused: blob.refused };
            else if (blob)
                yield { absolute, relative, type, size: blob.size, read: blob.read };
            continue;
        }
        let stat;
        try {
            stat = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(absolute);
        }
        catch (err) {
            // Deleted files are not listed: one listed as changed but missing from the checkout was not
            // judged (a checkout of another commit, a name misread on the way), never a pass.
            const code = err.code;
            yield {
                absolute,
                relative,
                type,
                refused: `${relative} is listed as changed but ${code === 'ENOENT' ? 'is not in the checkout' : `could not be opened (${code ?? 'error'})`}: not checked`,
            };
            continue;
        }
        if (stat.isFile())
            yield { absolute, relative, type };
        else if (stat.isSymbolicLink())
            yield { absolute, relative, type, link: true };
    }
}
/**
 * A link is read only when it leads to a regular file inside the repository (what `kubectl apply
 * -f dir/` would deploy through it); one leading out of it, or to a device or FIFO, is refused
 * and reported when its name says it would be scanned. A dangling link holds nothing.
 */
async function linkedFile(root, relative, maxBytes) {
    let real;
    try {
        real = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.realpath(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, relative));
    }
    catch {
        return undefined;
    }
    const target = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.realpath(root), real);
    try {
        if (target.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(target))
            throw new _io_safe_read_js__WEBPACK_IMPORTED_MODULE_2__/* .RefusedRead */ .pX(relative, 'is a symbolic link that leads outside the repository: not followed');
        const buffer = await (0,_io_safe_read_js__WEBPACK_IMPORTED_MODULE_2__/* .readRepositoryBytes */ .kJ)(root, target, maxBytes);
        return buffer ? { size: buffer.length, read: async () => buffer } : undefined;
    }
    catch (err) {
        if (err instanceof _io_safe_read_js__WEBPACK_IMPORTED_MODULE_2__/* .RefusedRead */ .pX)
            return { refused: `${relative} ${err.relative === relative ? err.reason : `leads to ${err.relative}, which ${err.reason}`}` };
        return { refused: `${relative} could not be read: ${err.code ?? err.message}` };
    }
}
/**
 * Reused by every synchronous read: a scan reads thousands of small files one at a time, and one
 * buffer spares the allocator and the garbage collector. What readBounded returns is a view of it,
 * valid until the next read: prepare decodes it at once.
 */
let scratch = Buffer.allocUnsafe(64 * 1024);
/**
 * Open, read to end of file, close: no fstat, whose Stats object costs more than the read for a
 * small file. The size bound holds without it: at most max + 1 bytes are ever read, and only a
 * file over the limit is measured, for its message.
 */
function readBounded(file, max) {
    const limit = max + 1;
    // O_NOFOLLOW: the walk saw a regular file; a link swapped in since is refused, not followed.
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0));
    try {
        let got = 0;
        for (;;) {
            if (got === limit)
                return { size: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).size, head: Buffer.from(scratch.subarray(0, HEAD_BYTES)) };
            if (got === scratch.length) {
                const bigger = Buffer.allocUnsafe(Math.min(scratch.length * 2, limit));
                scratch.copy(bigger, 0, 0, got);
                scratch = bigger;
            }
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, scratch, got, Math.min(scratch.length, limit) - got, null);
            if (n === 0)
                break;
            got += n;
        }
        return { size: got, buffer: scratch.subarray(0, got) };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Rounded sizes can read the same (1 MiB over a 1 MiB limit): then the bytes tell them apart. */
function overLimit(size, max) {
    const [a, b] = [formatSize(size), formatSize(max)];
    return a === b ? `${size} bytes, over the ${b} (${max} bytes) limit` : `${a}, over the ${b} limit`;
}
function formatSize(bytes) {
    if (bytes >= 1024 * 1024)
        return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MiB`;
    if (bytes >= 1024)
        return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KiB`;
    return `${bytes} B`;
}


/***/ }),

/***/ 9280:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ directoryExcluder),
/* harmony export */   q: () => (/* binding */ fileSelector)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _classify_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5602);


/**
 * The one filter for walks and lists: include/exclude globs, names that are never manifests,
 * the type a name says, and the file types the config turns off. Undefined: not scanned.
 */
function fileSelector(selection) {
    const included = selection.include.length ? picomatch__WEBPACK_IMPORTED_MODULE_0___default()(selection.include, { dot: true }) : () => true;
    const excluded = selection.exclude.length ? picomatch__WEBPACK_IMPORTED_MODULE_0___default()(selection.exclude, { dot: true }) : () => false;
    return relative => {
        if (excluded(relative) || !included(relative) || !(0,_classify_js__WEBPACK_IMPORTED_MODULE_1__/* .mayBeScanned */ .x4)(relative))
            return undefined;
        const type = (0,_classify_js__WEBPACK_IMPORTED_MODULE_1__/* .classify */ .L8)(relative);
        if (type)
            return selection.fileTypes[type] ? type : undefined;
        return selection.fileTypes.shell ? 'script?' : undefined;
    };
}
/** A directory the globs exclude is not entered at all. */
function directoryExcluder(selection) {
    const excluded = selection.exclude.length ? picomatch__WEBPACK_IMPORTED_MODULE_0___default()(selection.exclude, { dot: true }) : () => false;
    return relative => excluded(relative) || excluded(`${relative}/`);
}


/***/ }),

/***/ 5605:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $b: () => (/* binding */ factFilter),
/* harmony export */   J3: () => (/* binding */ EXCEPTION_PREFIX),
/* harmony export */   Rc: () => (/* reexport safe */ _parse_k8s_k8s_js__WEBPACK_IMPORTED_MODULE_1__.Rc),
/* harmony export */   f5: () => (/* binding */ noFacts),
/* harmony export */   ko: () => (/* binding */ selects),
/* harmony export */   xS: () => (/* binding */ factsOf)
/* harmony export */ });
/* unused harmony export dict */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8815);
/* harmony import */ var _parse_k8s_k8s_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1292);
/* harmony import */ var _parse_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7576);



/**
 * Plain facts about workloads and NetworkPolicies, taken from the AST while the engine holds it
 * and returned beside the findings. Nothing here keeps a YAML node: exception checks run after
 * the scan, over every file, and the ASTs are long gone by then.
 */

/** The exception label and annotation prefix, also used to spot misplaced records. */
const EXCEPTION_PREFIX = 'host-namespace-guard.io/';
const noFacts = () => ({ workloads: [], networkPolicies: [] });
/** The text a document must hold for the facts a scan needs: others are not parsed for them. */
function factFilter(needs) {
    if (!needs)
        return undefined;
    if (needs.workloads)
        return /kind/;
    if (needs.exceptions)
        return /NetworkPolicy|host-namespace-guard\.io\//;
    if (needs.networkPolicies)
        return /NetworkPolicy/;
    return undefined;
}
/** The facts one object gives, for what the scan needs. */
function factsOf(object, pods, source, needs, into) {
    if (object.kind === 'NetworkPolicy' && isNetworkingApi(object.apiVersion)) {
        const np = networkPolicyFacts(object, source);
        if (np)
            into.networkPolicies.push(np);
    }
    const wanted = (needs.exceptions && (pods.length > 0 || hasExceptionMetadata(object, source))) || (needs.workloads && pods.length > 0);
    if (wanted)
        into.workloads.push(workloadFacts(object, pods, source));
}
const objectId = (file, object) => `${file}#${object.documentIndex}#${object.pathPrefix}`;
function isNetworkingApi(apiVersion) {
    return apiVersion === undefined || apiVersion.startsWith('networking.k8s.io/') || apiVersion.startsWith('extensions/');
}
function hasExceptionMetadata(object, source) {
    const metadata = (0,_parse_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .mapField */ .Rz)(object.doc, object.map, 'metadata');
    if (!metadata)
        return false;
    const keys = [...Object.keys(metaEntries(object.doc, metadata, 'labels', source)), ...Object.keys(metaEntries(object.doc, metadata, 'annotations', source))];
    return keys.some(k => k.startsWith(EXCEPTION_PREFIX));
}
/** Keys are user-controlled: a `__proto__` label must stay a label. */
function dict() {
    return Object.create(null);
}
function spanOfNode(source, node) {
    const range = node?.range;
    return range ? source.span(range[0], range[1]) : undefined;
}
function metaEntries(doc, metadata, key, source) {
    const out = dict();
    const map = metadata ? (0,_parse_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .mapField */ .Rz)(doc, metadata, key) : undefined;
    if (!map)
        return out;
    const keySpans = new Map();
    for (const pair of map.items) {
        const k = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? (0,_parse_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)(pair.key) : undefined;
        const s = spanOfNode(source, pair.key);
        if (k !== undefined && s && !keySpans.has(k))
            keySpans.set(k, s);
    }
    for (const [k, v] of (0,_parse_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .entries */ .jO)(doc, map)) {
        const text = (0,_parse_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)(v);
        if (text === undefined)
            continue;
        const valueSpan = spanOfNode(source, v) ?? spanOfNode(source, map) ?? source.span(0, 0);
        const str = (0,_parse_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .stringValue */ .r$)(v);
        out[k] = { value: str ?? text, isString: str !== undefined, keySpan: keySpans.get(k) ?? valueSpan, valueSpan };
    }
    return out;
}
function workloadFacts(object, pods, source) {
    const { doc, map } = object;
    const metadata = (0,_parse_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .mapField */ .Rz)(doc, map, 'metadata');
    const nameNode = metadata ? (0,_parse_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(doc, metadata, 'name')?.value : undefined;
    const namespaceNode = metadata ? (0,_parse_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(doc, metadata, 'namespace')?.value : undefined;
    const objectStart = map.range ? source.span(map.range[0], source.lineEnd(source.position(map.range[0]).line)) : source.span(0, 0);
    return {
        id: objectId(source.path, object),
        file: source.path,
        documentIndex: object.documentIndex,
        inList: object.pathPrefix !== '',
        resource: object.resource,
        kind: object.kind,
        name: object.name,
        namespace: object.namespace,
        namespaceSpan: spanOfNode(source, namespaceNode),
        anchor: spanOfNode(source, nameNode) ?? objectStart,
        labels: metaEntries(doc, metadata, 'labels', source),
        annotations: metaEntries(doc, metadata, 'annotations', source),
        pods: pods.map(pod => podFacts(pod, metadata, source)),
    };
}
function podFacts(unit, workloadMetadata, source) {
    const doc = unit.object.doc;
    const templateLabelsMap = unit.templateMetadata ? (0,_parse_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .mapField */ .Rz)(doc, unit.templateMetadata, 'labels') : undefined;
    const templateLabels = dict();
    for (const [k, entry] of Object.entries(metaEntries(doc, unit.templateMetadata, 'labels', source)))
        templateLabels[k] = entry.value;
    const host = {};
    for (const name of _parse_k8s_k8s_js__WEBPACK_IMPORTED_MODULE_1__/* .HOST_FIELDS */ .Rc) {
        const hit = (0,_parse_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(doc, unit.spec, name);
        if (hit && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(hit.value) && hit.value.value === true) {
            const s = spanOfNode(source, hit.written);
            if (s)
                host[name] = s;
        }
    }
    let misplacedException;
    if (unit.templateMetadata && unit.templateMetadata !== workloadMetadata) {
        for (const which of ['labels', 'annotations']) {
            const onTemplate = metaEntries(doc, unit.templateMetadata, which, source);
            const key = Object.keys(onTemplate).find(k => k.startsWith(EXCEPTION_PREFIX));
            if (key && !misplacedException)
                misplacedException = onTemplate[key].keySpan;
        }
    }
    const podContext = (0,_parse_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .mapField */ .Rz)(doc, unit.spec, 'securityContext');
    const podRunAsNonRoot = podContext ? bool((0,_parse_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(doc, podContext, 'runAsNonRoot')?.value) : undefined;
    const podRunAsUser = podContext ? int((0,_parse_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(doc, podContext, 'runAsUser')?.value) : undefined;
    const containers = [];
    for (const list of ['initContainers', 'containers']) {
        const seq = (0,_parse_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(doc, unit.spec, list)?.value;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(seq))
            continue;
        seq.items.forEach((item, index) => {
            const c = (0,_parse_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveAlias */ .Zg)(doc, item);
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(c))
                return;
            const nameNode = (0,_parse_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(doc, c, 'name')?.value;
            const ctx = (0,_parse_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .mapField */ .Rz)(doc, c, 'securityContext');
            const capabilities = ctx ? (0,_parse_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .mapAt */ .SC)(doc, ctx, ['capabilities']) : undefined;
            const dropList = capabilities ? (0,_parse_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(doc, capabilities, 'drop')?.value : undefined;
            const dropsAll = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(dropList) && dropList.items.some(i => (0,_parse_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .stringValue */ .r$)((0,_parse_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveAlias */ .Zg)(doc, i)) === 'ALL');
            const containerRunAsNonRoot = ctx ? bool((0,_parse_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(doc, ctx, 'runAsNonRoot')?.value) : undefined;
            const containerRunAsUser = ctx ? int((0,_parse_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(doc, ctx, 'runAsUser')?.value) : undefined;
            containers.push({
                name: (0,_parse_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)(nameNode) ?? `#${index}`,
                list,
                fieldPath: `${unit.path}.${list}[${index}]`,
                anchor: spanOfNode(source, nameNode) ?? spanOfNode(source, c) ?? source.span(0, 0),
                runAsNonRoot: containerRunAsNonRoot ?? podRunAsNonRoot,
                runAsUser: containerRunAsUser ?? podRunAsUser,
                dropsAll,
                allowPrivilegeEscalation: ctx ? bool((0,_parse_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(doc, ctx, 'allowPrivilegeEscalation')?.value) : undefined,
            });
        });
    }
    return {
        path: unit.path,
        templateLabels,
        labelsAnchor: spanOfNode(source, templateLabelsMap) ?? spanOfNode(source, unit.templateMetadata) ?? spanOfNode(source, unit.spec) ?? source.span(0, 0),
        host,
        misplacedException,
        containers,
        partial: unit.partial === true,
    };
}
function networkPolicyFacts(object, source) {
    const { doc, map } = object;
    const spec = (0,_parse_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .mapField */ .Rz)(doc, map, 'spec');
    // A NetworkPolicy without spec is rejected by the API server: it selects nothing.
    if (!spec)
        return undefined;
    const selector = (0,_parse_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(doc, spec, 'podSelector')?.value;
    // An omitted or null podSelector decodes to the empty selector, which selects every pod of the namespace.
    const empty = selector === undefined || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(selector) && selector.value === null);
    const podSelector = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(selector) ? labelSelector(doc, selector) : empty ? { matchLabels: dict(), matchExpressions: [] } : undefined;
    if (!podSelector)
        return undefined;
    return { id: objectId(source.path, object), file: source.path, name: object.name, namespace: object.namespace, podSelector };
}
function labelSelector(doc, map) {
    const matchLabels = dict();
    const labels = (0,_parse_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .mapField */ .Rz)(doc, map, 'matchLabels');
    if (labels)
        for (const [k, v] of (0,_parse_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .entries */ .jO)(doc, labels))
            matchLabels[k] = (0,_parse_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)(v) ?? '';
    const matchExpressions = [];
    const exprs = (0,_parse_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(doc, map, 'matchExpressions')?.value;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(exprs)) {
        for (const item of exprs.items) {
            const e = (0,_parse_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveAlias */ .Zg)(doc, item);
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(e))
                continue;
            const values = (0,_parse_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(doc, e, 'values')?.value;
            matchExpressions.push({
                key: (0,_parse_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_parse_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(doc, e, 'key')?.value) ?? '',
                operator: (0,_parse_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_parse_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(doc, e, 'operator')?.value) ?? '',
                values: (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(values) ? values.items.map(v => (0,_parse_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_parse_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveAlias */ .Zg)(doc, v)) ?? '') : [],
            });
        }
    }
    return { matchLabels, matchExpressions };
}
/** Whether a label selector selects a pod with these labels (Kubernetes semantics; empty selects all). */
function selects(selector, labels) {
    for (const [k, v] of Object.entries(selector.matchLabels))
        if (labels[k] !== v)
            return false;
    for (const e of selector.matchExpressions) {
        const has = Object.prototype.hasOwnProperty.call(labels, e.key);
        switch (e.operator) {
            case 'In':
                if (!has || !e.values.includes(labels[e.key]))
                    return false;
                break;
            case 'NotIn':
                if (has && e.values.includes(labels[e.key]))
                    return false;
                break;
            case 'Exists':
                if (!has)
                    return false;
                break;
            case 'DoesNotExist':
                if (has)
                    return false;
                break;
            default:
                // The API server rejects an unknown operator: such a policy selects nothing.
                return false;
        }
    }
    return true;
}
const bool = (node) => ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && typeof node.value === 'boolean' ? node.value : undefined);
const int = (node) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && typeof node.value === 'number' && Number.isInteger(node.value) ? node.value : undefined;


/***/ }),

/***/ 6923:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ useFastEnv)
/* harmony export */ });
/**
 * eemeli/yaml reads `process.env.LOG_TOKENS` for every token it parses, and each read of the
 * native process.env is a getenv() round trip: parsing runs about 3x faster when process.env is
 * a plain object (measured with npm run bench). Child processes still receive this environment.
 */
function useFastEnv() {
    process.env = { ...process.env };
}


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   kJ: () => (/* binding */ readRepositoryBytes),
/* harmony export */   pX: () => (/* binding */ RefusedRead),
/* harmony export */   tz: () => (/* binding */ readRepositoryFile)
/* harmony export */ });
/* unused harmony export readLocalFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Reading a file the repository (and so a pull request) controls. A link could point anywhere
 * (/proc/self/environ, /dev/zero, a FIFO that never answers, a secret outside the checkout), so a
 * file is read only when it is a regular file inside the root and not a link: the directories
 * on the way must resolve inside the root, the file itself is opened with O_NOFOLLOW, the open
 * descriptor is checked with fstat, and at most `maxBytes` are read.
 */
class RefusedRead extends Error {
    relative;
    reason;
    constructor(relative, reason) {
        super(`${relative} ${reason}`);
        this.relative = relative;
        this.reason = reason;
        this.name = 'RefusedRead';
    }
}
/** O_NONBLOCK: opening a FIFO must not wait for a writer; fstat then tells it is no file. */
const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
/**
 * The text of `relative` under `root`, or undefined when it does not exist. Throws RefusedRead
 * (a link, a special file, outside the root, over the size bound) or the I/O error.
 */
async function readRepositoryFile(root, relative, maxBytes) {
    const buffer = await readRepositoryBytes(root, relative, maxBytes);
    return buffer?.toString('utf8');
}
/** A file named by a trusted path (an input), read under the same rules as in its own directory. */
function readLocalFile(file, maxBytes) {
    return readRepositoryFile(path.dirname(path.resolve(file)), path.basename(file), maxBytes);
}
async function readRepositoryBytes(root, relative, maxBytes) {
    const base = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root);
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(base, relative);
    if (absolute !== base && !absolute.startsWith(base + (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)))
        throw new RefusedRead(relative, 'is outside the repository');
    let realDir;
    try {
        realDir = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.realpath(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(absolute));
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return undefined;
        throw err;
    }
    const realBase = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.realpath(base);
    if (realDir !== realBase && !realDir.startsWith(realBase + (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)))
        throw new RefusedRead(relative, 'leads outside the repository through a symbolic link');
    let handle;
    try {
        handle = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.open(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(realDir, node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(absolute)), OPEN_FLAGS);
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT')
            return undefined;
        if (code !== 'ELOOP' && code !== 'EMLINK')
            throw err;
        // Say where the link leads when that is the worse news; refuse it either way.
        const target = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.realpath(absolute).catch(() => undefined);
        const outside = target !== undefined && target !== realBase && !target.startsWith(realBase + (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep));
        throw new RefusedRead(relative, outside ? 'leads outside the repository through a symbolic link' : 'is a symbolic link: not followed');
    }
    try {
        const stat = await handle.stat();
        if (!stat.isFile())
            throw new RefusedRead(relative, 'is not a regular file');
        if (stat.size > maxBytes)
            throw new RefusedRead(relative, `is larger than ${maxBytes} bytes`);
        const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
        let got = 0;
        for (;;) {
            const { bytesRead } = await handle.read(buffer, got, buffer.length - got, got);
            if (bytesRead === 0)
                break;
            got += bytesRead;
            // The file grew between fstat and read: still bounded.
            if (got > maxBytes)
                throw new RefusedRead(relative, `is larger than ${maxBytes} bytes`);
        }
        return buffer.subarray(0, got);
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 7562:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  q: () => (/* binding */ useLeanHeap)
});

;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: ./src/lean-heap.ts

/**
 * A scan allocates a syntax tree per file and drops it with the file, so what it keeps stays
 * flat (about 8 MB after a collection at 1,000 and at 50,000 files); but V8's default heap
 * growth raises the heap limit with the allocation rate, and resident memory followed the size of
 * the tree (65 MB at 1,000 files, 130 MB at 50,000). Growing the heap for size instead keeps it
 * near what is live (under 90 MB at 50,000 files) for about 5% more CPU, measured with
 * npm run bench. Set first thing, before the heap has grown.
 */
function useLeanHeap() {
    (0,external_node_v8_namespaceObject.setFlagsFromString)('--optimize-for-size');
}


/***/ }),

/***/ 6215:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $8: () => (/* binding */ HOST_NAMESPACE),
/* harmony export */   Rc: () => (/* binding */ HOST_FIELDS),
/* harmony export */   Uv: () => (/* binding */ HOST_NAMESPACES),
/* harmony export */   d9: () => (/* binding */ perNamespace),
/* harmony export */   dK: () => (/* binding */ NAMESPACES),
/* harmony export */   gc: () => (/* binding */ namesOr)
/* harmony export */ });
/**
 * The host namespaces this tool guards, one record each: every name a namespace goes by in the
 * formats the scanner reads, the rule that reports it and the file the smoke probe compares.
 * Parsers, rules, policy and smoke checks compute their tables from this one, so a spelling is
 * written here and nowhere else (__tests__/namespaces.test.ts greps src/ to keep it that way).
 * Imports nothing: every layer may read it.
 */
const TABLE = [
    {
        id: 'network',
        display: 'network',
        ruleId: 'host-network',
        podField: 'hostNetwork',
        composeKey: 'network_mode',
        composeSafeValue: 'bridge',
        composeBuildKey: 'network',
        dockerfileFlag: 'network',
        cliFlags: ['--network', '--net'],
        procFile: 'net',
    },
    { id: 'pid', display: 'PID', ruleId: 'host-pid', podField: 'hostPID', composeKey: 'pid', cliFlags: ['--pid'], procFile: 'pid' },
    { id: 'ipc', display: 'IPC', ruleId: 'host-ipc', podField: 'hostIPC', composeKey: 'ipc', composeSafeValue: 'private', cliFlags: ['--ipc'], procFile: 'ipc' },
];
/** In the order findings, policy messages and smoke reports list them. */
const HOST_NAMESPACES = TABLE;
const NAMESPACES = TABLE.map(n => n.id);
/** One value per namespace, computed from its record: `perNamespace((n) => n.procFile)`. */
function perNamespace(value) {
    return Object.fromEntries(HOST_NAMESPACES.map(n => [n.id, value(n)]));
}
const HOST_NAMESPACE = perNamespace(n => n);
const HOST_FIELDS = TABLE.map(n => n.podField);
/** The namespaces as a sentence lists them: `namesOr((n) => n.display)` is `network, PID or IPC`. */
function namesOr(name) {
    const names = HOST_NAMESPACES.map(name);
    return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}


/***/ }),

/***/ 9654:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ parseDockerfile)
/* harmony export */ });
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3226);

/** BuildKit's parser directives; any other `# name=value` line ends the directive block. */
const DIRECTIVES = new Set(['syntax', 'escape', 'check']);
/** Instructions whose arguments may open heredocs (BuildKit's heredocDirectives). */
const HEREDOC_INSTRUCTIONS = new Set(['run', 'copy', 'add']);
function parseDockerfile(src) {
    return new Reader(src).read();
}
class Reader {
    src;
    text;
    pos = 0;
    escape = '\\';
    directivesDone = false;
    seenDirectives = new Set();
    stageCount = 0;
    stage = '';
    runs = [];
    problems = [];
    constructor(src) {
        this.src = src;
        this.text = src.text;
    }
    read() {
        const text = this.text;
        while (this.pos < text.length) {
            const line = this.nextLine();
            const first = skipSpace(text, line.start, line.end);
            // Directives are only read until the first line that is not one: an instruction, an empty
            // line or an ordinary comment all end the block.
            if (!this.directivesDone)
                this.directive(first, line.end);
            if (text[first] === '#')
                continue;
            let cont = this.continuation(first, line.end);
            if (!cont.continued && cont.end === first)
                continue;
            const pieces = [[first, cont.end]];
            while (cont.continued && this.pos < text.length) {
                const next = this.nextLine();
                const content = skipSpace(text, next.start, next.end);
                // BuildKit drops comment lines and blank lines inside a continued instruction.
                if (content === next.end || text[content] === '#')
                    continue;
                // A continuation line keeps its indentation: `RUN a \` + `  b` is `RUN a   b`.
                cont = this.continuation(next.start, next.end);
                pieces.push([next.start, cont.end]);
            }
            this.instruction(joinPieces(text, pieces));
        }
        return { runs: this.runs, problems: this.problems };
    }
    nextLine() {
        const text = this.text;
        let start = this.pos;
        if (start === 0 && text.charCodeAt(0) === 0xfeff)
            start = 1;
        const nl = text.indexOf('\n', this.pos);
        let end = nl === -1 ? text.length : nl;
        this.pos = nl === -1 ? text.length : nl + 1;
        if (end > start && text[end - 1] === '\r')
            end -= 1;
        return { start, end, next: this.pos };
    }
    /**
     * BuildKit's `([^E])E[ \t]*$|^E[ \t]*$` for escape char E: a line continues when it ends with
     * the escape char (blanks after it allowed) that is not itself escaped: `c:\\` does not continue.
     */
    continuation(start, end) {
        const text = this.text;
        let p = end;
        while (p > start && (text[p - 1] === ' ' || text[p - 1] === '\t'))
            p--;
        if (p > start && text[p - 1] === this.escape && (p - 1 === start || text[p - 2] !== this.escape))
            return { end: p - 1, continued: true };
        return { end, continued: false };
    }
    directive(start, end) {
        const d = matchDirective(this.text, start, end);
        if (!d || !DIRECTIVES.has(d.name)) {
            this.directivesDone = true;
            return;
        }
        const span = this.src.span(start, end);
        if (this.seenDirectives.has(d.name)) {
            this.problems.push({ message: `only one "${d.name}" parser directive can be used; BuildKit rejects this Dockerfile`, span });
            return;
        }
        this.seenDirectives.add(d.name);
        if (d.name !== 'escape')
            return;
        if (d.value === '\\' || d.value === '`')
            this.escape = d.value;
        else
            this.problems.push({ message: `invalid escape token "${d.value}": it must be \` or \\`, span });
    }
    instruction(line) {
        const words = splitInstruction(line.text, 0);
        if (!words)
            return;
        const name = words.name.toLowerCase();
        if (name === 'from')
            this.from(line, words.rest);
        else if (name === 'run')
            this.run(line, words, false);
        else if (name === 'onbuild') {
            // ONBUILD's argument is itself an instruction, parsed the same way when a child builds.
            const inner = splitInstruction(line.text, words.rest);
            if (!inner)
                return;
            const innerName = inner.name.toLowerCase();
            if (innerName === 'run')
                this.run(line, inner, true);
            else if (HEREDOC_INSTRUCTIONS.has(innerName))
                this.heredocs(line, inner.rest);
        }
        else if (HEREDOC_INSTRUCTIONS.has(name))
            this.heredocs(line, words.rest);
    }
    from(line, rest) {
        const { argsStart } = extractFlags(line.text, rest);
        const args = line.text
            .slice(argsStart)
            .trim()
            .split(/[ \t\v\f\r\n]+/)
            .filter(Boolean);
        this.stageCount += 1;
        // BuildKit matches `AS` case-insensitively and lower-cases the stage name.
        this.stage = args.length === 3 && args[1].toLowerCase() === 'as' ? args[2].toLowerCase() : String(this.stageCount - 1);
    }
    run(line, words, onbuild) {
        const { offs } = line;
        const { flags: raw } = extractFlags(line.text, words.rest);
        const flags = [];
        for (const f of raw) {
            const body = f.text.slice(2);
            const eq = body.indexOf('=');
            const name = (eq === -1 ? body : body.slice(0, eq)).toLowerCase();
            const start = offs[f.start];
            const end = offs[f.end - 1] + 1;
            const span = this.src.span(start, end);
            const [rs, re] = (0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .flagRemovalRange */ .kW)(this.text, start, end, this.escape, true);
            const flag = { name, value: undefined, span, removal: this.src.span(rs, re) };
            if (eq === -1) {
                // Every RUN flag is a string flag: `--network host` fails with "missing a value on flag".
                this.problems.push({
                    message: `RUN flag "--${name}" has no value: BuildKit fails with "missing a value on flag: ${name}"; write --${name}=<value>`,
                    span,
                });
                const next = wordAfter(line.text, f.end);
                if (next !== undefined)
                    flag.nextWord = next;
            }
            else {
                const v = 2 + eq + 1;
                flag.value = f.text.slice(v);
                // f.offs index the logical line; offs maps those to the file.
                const vs = v < f.text.length ? offs[f.offs[v]] : offs[f.offs[v - 1]] + 1;
                const ve = v < f.text.length ? offs[f.offs[f.text.length - 1]] + 1 : vs;
                flag.valueSpan = this.src.span(vs, ve);
            }
            flags.push(flag);
        }
        const run = {
            stage: this.stage,
            instructionSpan: this.src.span(offs[words.nameStart], offs[words.nameEnd - 1] + 1),
            lines: line.pieces,
            flags,
        };
        if (onbuild)
            run.onbuild = true;
        this.runs.push(run);
        this.heredocs(line, words.rest);
    }
    /** Consumes the bodies of the heredocs the line opens, so that they are never read as instructions. */
    heredocs(line, rest) {
        if (!line.text.includes('<<'))
            return;
        // BuildKit does not look for heredocs in the JSON (exec) form.
        const { argsStart } = extractFlags(line.text, rest);
        if (isJsonArray(line.text.slice(argsStart).trim()))
            return;
        for (const doc of heredocNames(line.text)) {
            const opened = this.pos;
            let terminated = false;
            while (this.pos < this.text.length) {
                const l = this.nextLine();
                let s = l.start;
                if (doc.chomp)
                    while (s < l.end && this.text[s] === '\t')
                        s++;
                if (l.end - s === doc.name.length && this.text.startsWith(doc.name, s)) {
                    terminated = true;
                    break;
                }
            }
            if (!terminated) {
                this.problems.push({ message: `unterminated heredoc: no line "${doc.name}" closes it`, span: this.src.span(opened, this.text.length) });
                return;
            }
        }
    }
}
function isSpace(c) {
    return c === ' ' || c === '\t' || c === '\n' || c === '\v' || c === '\f' || c === '\r';
}
function skipSpace(text, start, end) {
    let p = start;
    while (p < end && isSpace(text[p]))
        p++;
    return p;
}
function joinPieces(text, pieces) {
    const offs = [];
    let joined = '';
    for (const [s, e] of pieces) {
        joined += text.slice(s, e);
        for (let k = s; k < e; k++)
            offs.push(k);
    }
    return { text: joined, offs, pieces };
}
/** The blank-separated word at or after `from`, with the quotes around it removed. */
function wordAfter(text, from) {
    let p = from;
    while (text[p] === ' ' || text[p] === '\t')
        p++;
    if (p >= text.length)
        return undefined;
    let e = p;
    while (e < text.length && text[e] !== ' ' && text[e] !== '\t')
        e++;
    return text.slice(p, e).replace(/^(["'])(.*)\1$/, '$2');
}
/**
 * BuildKit's `^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$`, written out by hand: the lazy group
 * followed by `\s*$` backtracks quadratically on a long run of blanks.
 */
function matchDirective(text, start, end) {
    if (text[start] !== '#')
        return undefined;
    let p = skipSpace(text, start + 1, end);
    const nameStart = p;
    if (!/[A-Za-z]/.test(text[p] ?? ''))
        return undefined;
    while (p < end && /[A-Za-z0-9]/.test(text[p]))
        p++;
    const name = text.slice(nameStart, p).toLowerCase();
    p = skipSpace(text, p, end);
    if (text[p] !== '=')
        return undefined;
    p = skipSpace(text, p + 1, end);
    let e = end;
    while (e > p && isSpace(text[e - 1]))
        e--;
    return e > p ? { name, value: text.slice(p, e) } : undefined;
}
/** BuildKit splits `strings.TrimSpace(line)` once on `[\t\v\f\r ]+`: the instruction, then its arguments. */
function splitInstruction(text, from) {
    const nameStart = skipSpace(text, from, text.length);
    if (nameStart === text.length)
        return undefined;
    let nameEnd = nameStart;
    while (nameEnd < text.length && !isSpace(text[nameEnd]))
        nameEnd++;
    return { name: text.slice(nameStart, nameEnd), nameStart, nameEnd, rest: skipSpace(text, nameEnd, text.length) };
}
/**
 * BuildKit's extractBuilderFlags: while the next word starts with `--`, it is a flag (quotes and
 * backslashes are removed inside it); a bare `--` ends the flags; anything else is the command.
 * So `RUN echo --network=host` has no flags.
 */
function extractFlags(line, from) {
    const flags = [];
    let p = from;
    for (;;) {
        p = skipSpace(line, p, line.length);
        if (p >= line.length)
            return { flags, argsStart: line.length };
        if (line[p] !== '-' || line[p + 1] !== '-')
            return { flags, argsStart: p };
        const start = p;
        let text = '';
        const offs = [];
        let quote = '';
        for (; p < line.length; p++) {
            const c = line[p];
            if (!quote && isSpace(c))
                break;
            if (!quote && (c === '"' || c === "'"))
                quote = c;
            else if (quote && c === quote)
                quote = '';
            else if (c === '\\') {
                if (p + 1 < line.length) {
                    p++;
                    text += line[p];
                    offs.push(p);
                }
            }
            else {
                text += c;
                offs.push(p);
            }
        }
        if (text === '--')
            return { flags, argsStart: skipSpace(line, p, line.length) };
        flags.push({ text, offs, start, end: p });
    }
}
function isJsonArray(args) {
    if (!args.startsWith('['))
        return false;
    try {
        const v = JSON.parse(args);
        return Array.isArray(v) && v.every(x => typeof x === 'string');
    }
    catch {
        return false;
    }
}
/**
 * BuildKit splits the whole instruction line into shell words (quotes kept) and takes every word
 * matching `^(\d*)<<(-?)([^<]*)$` with a non-empty rest as a heredoc: `<<EOF`, `<<-EOF`,
 * `<<"EOF"`, `2<<EOF`. `cat<<EOF` and `"<<EOF"` are not heredocs; `<< EOF` is not one either.
 */
function heredocNames(line) {
    const docs = [];
    for (const word of rawWords(line)) {
        const m = /^\d*<<(-?)([^<]*)$/.exec(word);
        if (!m || m[2] === '')
            continue;
        const name = unquote(m[2]);
        if (name !== '')
            docs.push({ name, chomp: m[1] === '-' });
    }
    return docs;
}
/** Shell-style words with their quotes and backslashes kept. */
function rawWords(line) {
    const words = [];
    let start = -1;
    let quote = '';
    for (let p = 0; p <= line.length; p++) {
        const c = line[p];
        if (p === line.length || (!quote && isSpace(c))) {
            if (start !== -1)
                words.push(line.slice(start, p));
            start = -1;
            continue;
        }
        if (start === -1)
            start = p;
        if (c === '\\' && quote !== "'")
            p++;
        else if (!quote && (c === '"' || c === "'"))
            quote = c;
        else if (c === quote)
            quote = '';
    }
    return words;
}
function unquote(word) {
    let out = '';
    let quote = '';
    for (let p = 0; p < word.length; p++) {
        const c = word[p];
        if (quote !== "'" && c === '\\' && p + 1 < word.length)
            out += word[++p];
        else if (!quote && (c === '"' || c === "'"))
            quote = c;
        else if (c === quote)
            quote = '';
        else
            out += c;
    }
    return out;
}


/***/ }),

/***/ 1439:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ patchedPodField),
/* harmony export */   x: () => (/* binding */ jsonPatchOps)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8815);
/* harmony import */ var _k8s_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1292);
/* harmony import */ var _yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7576);



/** A document whose root is a list of `{op, path}` maps is a JSON patch; anything else is not. */
function jsonPatchOps(doc, root) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(root) || root.items.length === 0)
        return undefined;
    const ops = [];
    for (const [index, item] of root.items.entries()) {
        const map = (0,_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveAlias */ .Zg)(doc, item);
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(map))
            return undefined;
        const op = (0,_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .stringValue */ .r$)((0,_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(doc, map, 'op')?.value);
        const path = (0,_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .stringValue */ .r$)((0,_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(doc, map, 'path')?.value);
        if (op === undefined || path === undefined)
            return undefined;
        ops.push({ op, path, value: (0,_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(doc, map, 'value'), index });
    }
    return ops;
}
/** Operations that write their value (`remove`, `move`, `copy` and `test` carry none of their own). */
const WRITES = new Set(['add', 'replace']);
/**
 * Where a pod spec sits inside a value written at a pointer ending in this segment: `/spec` may be
 * a pod spec (a Pod's, or a template's `/spec/template/spec`), a workload's spec, or a CronJob's.
 */
const POD_SPECS_BELOW = new Map([
    ['spec', [[], ['template', 'spec'], ['jobTemplate', 'spec', 'template', 'spec']]],
    ['template', [['spec']]],
    ['jobTemplate', [['spec', 'template', 'spec']]],
]);
/**
 * Segments under which a field of the same name is not the pod's: object metadata and status, a
 * ConfigMap's data, a Gatekeeper constraint's parameters and a Kyverno rule's patterns (which
 * allow or match the field rather than set it), and a container (the field is the pod's only).
 */
const NOT_POD_SETTINGS = new Set([..._k8s_js__WEBPACK_IMPORTED_MODULE_1__/* .SKIP_IN_SHAPE_SEARCH */ .rA, 'parameters', 'pattern', 'anyPattern', 'containers', 'initContainers', 'ephemeralContainers']);
/**
 * The places where an op sets the pod spec field `name`: its value itself
 * (`/spec/template/spec/hostNetwork`), or that key of a pod spec inside a map value (`/spec` ←
 * `{hostNetwork: true}`).
 */
function patchedPodField(unit, name) {
    const { op, doc } = unit;
    if (!WRITES.has(op.op) || !op.value || !op.path.startsWith('/'))
        return [];
    const segments = op.path.split('/').slice(1);
    if (segments.some(s => NOT_POD_SETTINGS.has(s)))
        return [];
    const last = segments[segments.length - 1];
    if (last === name)
        return [{ pointer: op.path, hit: op.value }];
    const value = op.value.value;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(value))
        return [];
    const out = [];
    for (const below of POD_SPECS_BELOW.get(last) ?? []) {
        const spec = below.length ? (0,_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .mapAt */ .SC)(doc, value, below) : value;
        const hit = spec ? (0,_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(doc, spec, name) : undefined;
        if (hit)
            out.push({ pointer: [op.path, ...below, name].join('/'), hit });
    }
    return out;
}


/***/ }),

/***/ 1292:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gn: () => (/* binding */ isCoreApi),
/* harmony export */   ND: () => (/* binding */ findPodSpecs),
/* harmony export */   Rc: () => (/* reexport safe */ _namespaces_js__WEBPACK_IMPORTED_MODULE_1__.Rc),
/* harmony export */   T$: () => (/* binding */ k8sObjects),
/* harmony export */   Yd: () => (/* binding */ MAX_LIST_DEPTH),
/* harmony export */   pU: () => (/* binding */ POD_SPEC_PATHS),
/* harmony export */   rA: () => (/* binding */ SKIP_IN_SHAPE_SEARCH),
/* harmony export */   uU: () => (/* binding */ runsNoPods)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8815);
/* harmony import */ var _namespaces_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6215);
/* harmony import */ var _yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7576);
/* harmony import */ var _yaml_yaml_bounds_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(736);




/**
 * Where the built-in kinds keep their pod spec (the same places the API server and PSA read).
 * The smoke checks start pods from the same places (src/smoke/pod.ts).
 */
const POD_SPEC_PATHS = {
    Pod: ['spec'],
    PodTemplate: ['template', 'spec'],
    CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
    Deployment: ['spec', 'template', 'spec'],
    StatefulSet: ['spec', 'template', 'spec'],
    DaemonSet: ['spec', 'template', 'spec'],
    ReplicaSet: ['spec', 'template', 'spec'],
    ReplicationController: ['spec', 'template', 'spec'],
    Job: ['spec', 'template', 'spec'],
};
/**
 * Kinds that may hold pod-spec-looking data without being workloads: a CRD's schema, an
 * AdmissionReview (the request is judged at admission, not here), policy objects, raw data.
 */
const NOT_WORKLOADS = new Set([
    'ConfigMap',
    'Secret',
    'CustomResourceDefinition',
    'AdmissionReview',
    'ValidatingAdmissionPolicy',
    'MutatingAdmissionPolicy',
    'ValidatingWebhookConfiguration',
    'MutatingWebhookConfiguration',
    'Event',
]);
/**
 * kubectl flattens Lists inside Lists at any depth; we follow them this deep, and past it the
 * items are reported as not judged (incomplete-scan), never skipped silently.
 */
const MAX_LIST_DEPTH = 32;
/** Nodes visited by the shape search in one object: bounds cost on huge or hostile CRs. */
const SHAPE_SEARCH_BUDGET = 20_000;
/** Deep enough for Crossplane's pipeline Compositions, whose templates sit about 14 levels down. */
const SHAPE_SEARCH_DEPTH = 32;
/** Sub-trees of an object that never hold the pod spec it runs. */
const SKIP_IN_SHAPE_SEARCH = new Set(['metadata', 'status', 'data', 'stringData', 'binaryData']);
function* k8sObjects(parsed) {
    for (const d of parsed.documents) {
        if (d.fatal)
            continue;
        const root = d.doc.contents;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(root))
            yield* objectsIn(d.doc, root, d.index, '', 0, new Set());
    }
}
/**
 * `seen`: List items already read in this document. Aliases can name one object as many List
 * items as a file has room for; it is judged once, at its first place, so they cannot multiply
 * the cost of reading (its findings would be the same, at the same node).
 */
function* objectsIn(doc, map, documentIndex, pathPrefix, depth, seen) {
    const kind = (0,_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .stringValue */ .r$)((0,_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(doc, map, 'kind')?.value);
    if (!kind)
        return;
    const items = (0,_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(doc, map, 'items')?.value;
    if (kind.endsWith('List') && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(items)) {
        if (depth >= MAX_LIST_DEPTH) {
            (0,_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .noteBound */ .C$)(doc, `a List nested more than ${MAX_LIST_DEPTH} deep: its items were not checked`, map);
            return;
        }
        for (let i = 0; i < items.items.length; i++) {
            const item = (0,_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveAlias */ .Zg)(doc, items.items[i]);
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(item) || seen.has(item))
                continue;
            seen.add(item);
            yield* objectsIn(doc, item, documentIndex, `${pathPrefix}items[${i}].`, depth + 1, seen);
        }
        return;
    }
    const metadata = (0,_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .mapField */ .Rz)(doc, map, 'metadata');
    const name = metadata ? (0,_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(doc, metadata, 'name')?.value) : undefined;
    const namespace = metadata ? (0,_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(doc, metadata, 'namespace')?.value) : undefined;
    const apiVersion = (0,_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .stringValue */ .r$)((0,_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(doc, map, 'apiVersion')?.value);
    // Argo Workflows and Jobs created by tools often have only a generateName prefix.
    const shown = name ?? (metadata ? (0,_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(doc, metadata, 'generateName')?.value) : undefined) ?? '';
    const display = namespace ? `${kind}/${namespace}/${shown}` : `${kind}/${shown}`;
    yield {
        doc,
        map,
        kind,
        apiVersion,
        name,
        namespace,
        documentIndex,
        pathPrefix,
        resource: { display, kind, namespace, name, document: documentIndex },
    };
}
/** The pod specs an object runs: fixed places for built-in kinds, by shape for custom resources. */
function findPodSpecs(obj) {
    if (NOT_WORKLOADS.has(obj.kind) || isPolicyEngine(obj.apiVersion))
        return { units: [], incomplete: false };
    const known = POD_SPEC_PATHS[obj.kind];
    if (known && isCoreApi(obj.apiVersion)) {
        const spec = (0,_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .mapAt */ .SC)(obj.doc, obj.map, known);
        if (!spec)
            return { units: [], incomplete: false };
        const templateMetadata = known.length > 1 ? (0,_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .mapAt */ .SC)(obj.doc, obj.map, [...known.slice(0, -1), 'metadata']) : (0,_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .mapField */ .Rz)(obj.doc, obj.map, 'metadata');
        return { units: [{ object: obj, spec, path: obj.pathPrefix + known.join('.'), templateMetadata }], incomplete: false };
    }
    return findBySpecShape(obj);
}
/** Built-in kinds come from core groups; a CRD may reuse a name like `Deployment` in its own group. */
function isCoreApi(apiVersion) {
    const group = groupOf(apiVersion);
    return group === undefined || group === '' || group === 'apps' || group === 'batch' || group === 'extensions';
}
/** `apps/v1` → `apps`, `v1` → '' (the core group), no apiVersion → undefined. */
function groupOf(apiVersion) {
    if (!apiVersion)
        return undefined;
    return apiVersion.includes('/') ? apiVersion.split('/')[0] : '';
}
/**
 * A custom resource's configuration for its own program (an OpenTelemetry Collector's `config`,
 * `data` to be written out): a host namespace key there is the program's setting, not the pod's.
 * Full pod templates inside are still found.
 */
const CONFIG_BLOBS = new Set(['config', 'configuration', 'data', 'stringData', 'binaryData']);
/** The pod spec fields this tool is about: a custom resource that has one passes it to its pods. */

const IS_HOST_FIELD = new Set(_namespaces_js__WEBPACK_IMPORTED_MODULE_1__/* .HOST_FIELDS */ .Rc);
/**
 * API groups of policy engines, whose objects name host namespace fields as parameters or
 * patterns (Gatekeeper's `parameters.hostNetwork: true` allows it, Kyverno matches on it): rules
 * about pods, not pods.
 */
const POLICY_GROUP = /(?:^|\.)(?:gatekeeper\.sh|kyverno\.io|kubewarden\.io|jspolicy\.com|policy|admissionregistration\.k8s\.io)$/;
function isPolicyEngine(apiVersion) {
    return POLICY_GROUP.test(groupOf(apiVersion) ?? '');
}
/**
 * A kind (and API group, when known) whose objects never run pods: what a patch aimed at it sets
 * is data or policy (a PodSecurityPolicy's `spec.hostNetwork` allows, it does not share).
 */
function runsNoPods(kind, group) {
    return (kind !== undefined && (NOT_WORKLOADS.has(kind) || kind === 'PodSecurityPolicy')) || (group !== undefined && POLICY_GROUP.test(group));
}
/** Pod-level settings outside a pod spec are a custom resource's: core kinds keep them in one place. */
function mayCarryPodSettings(apiVersion) {
    return !isCoreApi(apiVersion);
}
/**
 * Custom resources (Argo Rollout, OpenShift DeploymentConfig, KEDA ScaledJob, Knative…) embed a
 * pod template somewhere under spec. A pod spec is a map with a `containers` sequence; its
 * sibling-level `metadata` (in a template) gives the labels. Others carry only pod-level
 * settings (Argo Workflow `spec.hostNetwork`, Tekton `podTemplate`, Spark `driver`): a map with a
 * host namespace field set to a scalar is one of those, and may still hold a full template deeper.
 */
function findBySpecShape(obj) {
    const found = [];
    const settingsAllowed = mayCarryPodSettings(obj.apiVersion);
    let budget = SHAPE_SEARCH_BUDGET;
    let incomplete = false;
    // Only collections spend the budget: a long list of scalars cannot hide a pod template.
    const visit = (node, path, parent, depth, inBlob = false) => {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) && !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
            return;
        if (depth > SHAPE_SEARCH_DEPTH) {
            incomplete = true;
            return;
        }
        // The file's budget too: thousands of objects can share one aliased tree, each searching it.
        if (--budget <= 0 || !(0,_yaml_yaml_bounds_js__WEBPACK_IMPORTED_MODULE_3__/* .spendWork */ .qF)(obj.doc, 1, node)) {
            incomplete = true;
            return;
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const kids = (0,_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .entries */ .jO)(obj.doc, node);
            // A PodTemplateSpec's spec is a pod spec even before it has containers (kube-linter's
            // fixtures leave them out); elsewhere a `containers` list is the telltale.
            const isTemplateSpec = path.length >= 2 && path[path.length - 1] === 'spec' && path[path.length - 2] === 'template';
            if (depth > 0 && (isTemplateSpec || kids.some(([k, v]) => k === 'containers' && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(v)))) {
                const templateMetadata = parent ? (0,_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .mapField */ .Rz)(obj.doc, parent, 'metadata') : undefined;
                found.push({ object: obj, spec: node, path: obj.pathPrefix + path.join('.'), templateMetadata });
                return;
            }
            // A map-valued `hostNetwork: {enabled: true}` is some operator's own setting, not the pod field.
            if (settingsAllowed && !inBlob && depth > 0 && kids.some(([k, v]) => IS_HOST_FIELD.has(k) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(v)))
                found.push({ object: obj, spec: node, path: obj.pathPrefix + path.join('.'), partial: true });
            for (const [k, v] of kids) {
                if (depth === 0 && SKIP_IN_SHAPE_SEARCH.has(k))
                    continue;
                visit(v, [...path, k], node, depth + 1, inBlob || CONFIG_BLOBS.has(k));
            }
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            node.items.forEach((item, i) => {
                const v = (0,_yaml_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveAlias */ .Zg)(obj.doc, item);
                if (v)
                    visit(v, [...path.slice(0, -1), `${path[path.length - 1] ?? ''}[${i}]`], undefined, depth + 1, inBlob);
            });
        }
    };
    visit(obj.map, [], undefined, 0);
    return { units: found, incomplete };
}


/***/ }),

/***/ 8700:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ templateAction),
/* harmony export */   j: () => (/* binding */ looksTemplated)
/* harmony export */ });
/**
 * A Go template action (`{{ .Values.hostNetwork }}`) where YAML expects a value: Helm replaces it
 * when it renders the chart, while YAML reads a nested flow map. What the value will be is not in
 * the file, so it is neither a finding nor a pass. Returns the action as written (its first line,
 * shortened), or undefined when the value is not one.
 */
function templateAction(text, node) {
    const range = node?.range;
    if (!range || !text.startsWith('{{', range[0]))
        return undefined;
    const written = text.slice(range[0], range[1]).split(/\r?\n/)[0].trim();
    return written.length > 80 ? `${written.slice(0, 77)}...` : written;
}
/** Text that holds Go template actions: a parse failure there is the template's, not the YAML's. */
const looksTemplated = (text) => text.includes('{{') && text.includes('}}');


/***/ }),

/***/ 1463:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ isMakefile),
/* harmony export */   Z: () => (/* binding */ isJenkinsfile)
/* harmony export */ });
/**
 * The file names that decide how a script is read (a Makefile's recipes, a Jenkinsfile's Groovy):
 * the readers need them, and discovery classifies files with the same tests.
 */
/** `Makefile`, `GNUmakefile`, `rules.mk` (a lower-case base name). */
function isMakefile(baseName) {
    return /^(gnu)?makefile$/.test(baseName) || baseName.endsWith('.mk');
}
/** `Jenkinsfile`, `Jenkinsfile.release`, `deploy.jenkinsfile`: Groovy pipelines, whose sh steps are scripts. */
function isJenkinsfile(baseName) {
    return /^jenkinsfile([.-][^/]*)?$|\.jenkinsfile$/i.test(baseName);
}


/***/ }),

/***/ 3226:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ SourceText),
/* harmony export */   ij: () => (/* binding */ hasLoneCr),
/* harmony export */   kW: () => (/* binding */ flagRemovalRange)
/* harmony export */ });
/**
 * A file's text with offset → line/column conversion. The text is kept exactly as read
 * (BOM, CRLF): offsets must index what is on disk so fixes apply byte-true.
 *
 * Lines end at `\n`, `\r\n` (one break) or a lone `\r`: go-yaml, and so Kubernetes and compose,
 * break lines there, and so do SARIF viewers and editors; counting only `\n` put every finding of
 * a CR-only file on line 1. Git does not break at a lone CR: see hasLoneCr.
 */
const LINE_BREAK = /\r\n|\r|\n/g;
class SourceText {
    path;
    text;
    starts;
    bom;
    constructor(path, text) {
        this.path = path;
        this.text = text;
        this.bom = text.charCodeAt(0) === 0xfeff;
    }
    /** Offsets where lines start; computed on first use, as most files scanned never need it. */
    get lineStarts() {
        if (!this.starts) {
            const starts = [0];
            const text = this.text;
            if (!text.includes('\r')) {
                // The common case, kept to indexOf, which is several times faster than a regex.
                for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
                    starts.push(i + 1);
            }
            else {
                for (const m of text.matchAll(LINE_BREAK))
                    starts.push(m.index + m[0].length);
            }
            this.starts = starts;
        }
        return this.starts;
    }
    /** 1-based position; a BOM is not a column an editor shows, so line 1 does not count it. */
    position(offset) {
        const o = Math.max(0, Math.min(offset, this.text.length));
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.lineStarts[mid] <= o)
                lo = mid;
            else
                hi = mid - 1;
        }
        let column = o - this.lineStarts[lo] + 1;
        if (lo === 0 && this.bom && o > 0)
            column -= 1;
        return { line: lo + 1, column };
    }
    span(startOffset, endOffset) {
        return { start: this.position(startOffset), end: this.position(endOffset), startOffset, endOffset };
    }
    /** Offset of the first character of a 1-based line (the BOM is skipped on line 1). */
    lineStart(line) {
        const start = this.lineStarts[line - 1] ?? this.text.length;
        return line === 1 && this.bom ? 1 : start;
    }
    /** Offset just past the line's content, before `\r\n`, `\n` or a lone `\r`. */
    lineEnd(line) {
        const next = this.lineStarts[line];
        if (next === undefined)
            return this.text.length;
        return this.text[next - 1] === '\n' && this.text[next - 2] === '\r' ? next - 2 : next - 1;
    }
    lineText(line) {
        return this.text.slice(this.lineStart(line), this.lineEnd(line));
    }
}
/**
 * Whether the text breaks a line at a CR alone. Git and GitHub's diffs do not, so such a file's
 * line numbers (ours, as editors and SARIF count) cannot be matched with its diff's.
 */
function hasLoneCr(text) {
    return /\r(?!\n)/.test(text);
}
/**
 * The range to delete to remove a flag at [start, end): the flag plus the blanks after it, so the
 * words around it stay apart. When the flag sits alone on a continued line (`  --network=host \`),
 * the whole line goes, which keeps the continuation chain intact; with nothing after it, the
 * blanks before it go instead. `blanksAfterEscape`: a Dockerfile continues a line even with
 * blanks after the escape character; a shell does not (`\ ` escapes the blank). Linear: it never
 * searches back to the line start.
 */
function flagRemovalRange(text, start, end, escape, blanksAfterEscape) {
    let after = end;
    while (text[after] === ' ' || text[after] === '\t')
        after++;
    let before = start;
    while (before > 0 && (text[before - 1] === ' ' || text[before - 1] === '\t'))
        before--;
    const firstOnLine = before === 0 || text[before - 1] === '\n';
    if (firstOnLine && text[after] === escape) {
        let q = after + 1;
        if (blanksAfterEscape)
            while (text[q] === ' ' || text[q] === '\t')
                q++;
        if (text[q] === '\n')
            return [before, q + 1];
        if (text[q] === '\r' && text[q + 1] === '\n')
            return [before, q + 2];
    }
    if (after > end)
        return [start, after];
    return [before, end];
}


/***/ }),

/***/ 736:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Oq: () => (/* binding */ shareWorkBudget),
/* harmony export */   jO: () => (/* binding */ noteBound),
/* harmony export */   nx: () => (/* binding */ boundsHit),
/* harmony export */   qF: () => (/* binding */ spendWork)
/* harmony export */ });
/* unused harmony export WORK_BUDGET */
const boundHits = new WeakMap();
/** Records that a bound was hit while reading `doc` (once per message and place). */
function noteBound(doc, message, node) {
    const offset = node?.range?.[0] ?? doc.contents?.range?.[0] ?? 0;
    let list = boundHits.get(doc);
    if (!list)
        boundHits.set(doc, (list = []));
    if (!list.some(h => h.message === message && h.offset === offset))
        list.push({ message, offset });
}
/** The bounds hit so far while reading `doc`. */
function boundsHit(doc) {
    return boundHits.get(doc) ?? [];
}
/**
 * Work allowed per file: nodes visited (indexing, searching custom resources for pod templates),
 * aliases resolved, and keys copied through `<<` merges. Reading never expands an alias, so a
 * billion-laughs document costs one visit per node written; what this bounds is readers that
 * follow aliases or merges many times (thousands of objects sharing one aliased tree, a merge
 * chain adding a key at every link). Past it we stop and report, never pass.
 */
const WORK_BUDGET = 2_000_000;
const budgets = new WeakMap();
/** The documents of one file draw on one budget. */
function shareWorkBudget(docs) {
    const budget = { left: WORK_BUDGET, spent: false };
    for (const doc of docs)
        budgets.set(doc, budget);
}
/**
 * Spends `units` of the file's budget; false (and the bound noted at `node`) once it is spent,
 * after which the caller stops reading.
 */
function spendWork(doc, units, node) {
    let budget = budgets.get(doc);
    if (!budget)
        budgets.set(doc, (budget = { left: WORK_BUDGET, spent: false }));
    if (budget.spent)
        return false;
    budget.left -= units;
    if (budget.left >= 0)
        return true;
    budget.spent = true;
    noteBound(doc, `more than ${WORK_BUDGET.toLocaleString('en-US')} steps to read its YAML through aliases and merges (work budget): the rest was not read`, node);
    return false;
}


/***/ }),

/***/ 7576:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  nx: () => (/* reexport */ yaml_bounds/* boundsHit */.nx),
  jO: () => (/* binding */ entries),
  ZZ: () => (/* binding */ field),
  xT: () => (/* binding */ keyName),
  SC: () => (/* binding */ mapAt),
  Rz: () => (/* binding */ mapField),
  C$: () => (/* reexport */ yaml_bounds/* noteBound */.jO),
  hN: () => (/* binding */ parseYaml),
  y0: () => (/* binding */ readMergesAsCompose),
  Zg: () => (/* binding */ resolveAlias),
  ws: () => (/* binding */ scalarText),
  r$: () => (/* binding */ stringValue)
});

// UNUSED EXPORTS: blankUnwantedDocuments

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
// EXTERNAL MODULE: ./src/parse/yaml/yaml-bounds.ts
var yaml_bounds = __nccwpck_require__(736);
;// CONCATENATED MODULE: ./src/parse/yaml/yaml-index.ts


const indexes = new WeakMap();
/** Most documents have no anchors: they share this index, so files of thousands of documents hold no map for each. */
const NO_ANCHORS = new Map();
/** Indexes `doc` and returns its repeated keys. Each node visited is spent from the file's work budget. */
function indexDocument(doc) {
    let anchors = NO_ANCHORS;
    indexes.set(doc, anchors);
    const duplicates = [];
    const stack = [doc.contents];
    while (stack.length > 0) {
        const node = stack.pop();
        if (!node || typeof node !== 'object')
            continue;
        if (!(0,yaml_bounds/* spendWork */.qF)(doc, 1, node))
            break;
        if ((0,dist/* isAlias */.Vj)(node)) {
            // go-yaml refuses the document ("anchor value contains itself"); we read the alias as nothing.
            if (lookUp(anchors, node) === 'cycle')
                (0,yaml_bounds/* noteBound */.jO)(doc, `alias *${node.source} is used inside the node it names, a cycle Kubernetes and compose reject: not read`, node);
            continue;
        }
        if (((0,dist/* isScalar */.jn)(node) || (0,dist/* isCollection */.P3)(node)) && node.anchor) {
            if (anchors === NO_ANCHORS)
                indexes.set(doc, (anchors = new Map()));
            const defined = anchors.get(node.anchor);
            if (defined)
                defined.push(node);
            else
                anchors.set(node.anchor, [node]);
        }
        if ((0,dist/* isMap */.jh)(node)) {
            addRepeatedKeys(node.items, duplicates);
            for (let i = node.items.length - 1; i >= 0; i--)
                stack.push(node.items[i].value, node.items[i].key);
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            for (let i = node.items.length - 1; i >= 0; i--)
                stack.push(node.items[i]);
        }
    }
    return duplicates;
}
/**
 * Keys equal as eemeli/yaml's `uniqueKeys` check compares them (the same scalar value; other
 * keys only when they are the same node), found with a Set instead of pairwise.
 */
function addRepeatedKeys(pairs, out) {
    const seen = new Set();
    for (const { key } of pairs) {
        if (!(0,dist/* isScalar */.jn)(key))
            continue;
        const value = key.value;
        if (typeof value === 'number' && Number.isNaN(value))
            continue;
        if (seen.has(value))
            out.push({ offset: key.range?.[0] ?? 0 });
        else
            seen.add(value);
    }
}
/**
 * The node an alias names: the last node anchored with its name before it. One that contains the
 * alias is a cycle.
 */
function lookUp(anchors, alias) {
    const defined = anchors.get(alias.source);
    const at = alias.range?.[0];
    if (!defined || at === undefined)
        return undefined;
    // Anchored nodes are listed in document order, so by start offset: find the last one before.
    let low = 0;
    let high = defined.length;
    while (low < high) {
        const mid = (low + high) >>> 1;
        if ((defined[mid].range?.[0] ?? 0) < at)
            low = mid + 1;
        else
            high = mid;
    }
    const found = defined[low - 1];
    if (!found)
        return undefined;
    return at < (found.range?.[1] ?? 0) ? 'cycle' : found;
}
/** The node an alias names in `doc`, or undefined (no such anchor before it, or a cycle). */
function aliasTarget(doc, alias) {
    let anchors = indexes.get(doc);
    if (!anchors) {
        indexDocument(doc);
        anchors = indexes.get(doc);
    }
    const found = lookUp(anchors, alias);
    return found === 'cycle' ? undefined : found;
}

;// CONCATENATED MODULE: ./src/parse/yaml/yaml-stream.ts

/**
 * How deep collections may nest. Manifests stay far shallower (CRD schemas, the deepest, under
 * 64); eemeli/yaml's parser and composer recurse once per level and overflow the JS stack near
 * 1,000 levels, which it would report as invalid YAML, or throw.
 */
const MAX_NESTING = 256;
/**
 * What reading a file may hold in memory, estimated as it is read. eemeli/yaml keeps the syntax
 * tree of the document being read until it is composed, and every composed document until the
 * file is read; the readers then keep facts per object. Costs measured on Node 20 with the
 * densest inputs (flow sequences of one-letter scalars, lists of aliases, thousands of one-line
 * documents), so that a file within the budget stays under about 300 MB of resident memory.
 */
const MEMORY_BUDGET_MB = 200;
const BYTES_PER_TOKEN_BEING_READ = 320;
const BYTES_PER_TOKEN_READ = 115;
const BYTES_PER_DOCUMENT = 4_300;
/**
 * What `parseAllDocuments` does (lexer → parser → composer), watching the parser as it goes: it
 * stops before a document grows too large to hold or too deep to compose, so the cost stays
 * bounded and the documents before the bound are still read.
 */
function readDocuments(text, options) {
    const parser = new dist/* Parser */.iX();
    const composer = new dist/* Composer */.Dk(options);
    const docs = [];
    const compose = (token) => {
        for (const doc of composer.next(token))
            docs.push(doc);
    };
    let read = 0;
    let inDocument = 0;
    let stopped;
    for (const lexeme of new dist/* Lexer */.JG().lex(text)) {
        for (const token of parser.next(lexeme)) {
            if (token.type === 'document') {
                read += inDocument * BYTES_PER_TOKEN_READ + BYTES_PER_DOCUMENT;
                inDocument = 0;
            }
            compose(token);
        }
        inDocument++;
        if (read + inDocument * BYTES_PER_TOKEN_BEING_READ > MEMORY_BUDGET_MB * 2 ** 20) {
            stopped = {
                message: `more YAML than ${MEMORY_BUDGET_MB} MB of memory holds once parsed: this document and the rest of the file were not read`,
                offset: documentStart(parser),
            };
            break;
        }
        const deep = parser.stack.length > MAX_NESTING + 1 ? tooDeep(parser.stack) : undefined;
        if (deep) {
            stopped = {
                message: `YAML nested more than ${MAX_NESTING} levels deep (nesting over ${MAX_NESTING}): this document and the rest of the file were not read`,
                offset: deep.offset,
            };
            break;
        }
    }
    // Ending the parser would close every open level at once, which is what recurses: a stopped
    // document is dropped unfinished.
    if (!stopped)
        for (const token of parser.end())
            compose(token);
    for (const doc of composer.end())
        docs.push(doc);
    return { docs, stopped };
}
function documentStart(parser) {
    return parser.stack[0]?.offset ?? parser.offset;
}
const COLLECTIONS = new Set(['block-map', 'block-seq', 'flow-collection']);
/** The collection more than MAX_NESTING levels deep on the parser's stack, if there is one. */
function tooDeep(stack) {
    let depth = 0;
    for (const token of stack) {
        if (COLLECTIONS.has(token.type) && ++depth > MAX_NESTING)
            return token;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/parse/yaml/yaml.ts





function parseYaml(source, wanted) {
    const text = asGoYamlLineBreaks(wanted ? blankUnwantedDocuments(source.text, wanted) : source.text);
    // uniqueKeys is off because eemeli/yaml's check is quadratic in a map's size: indexDocument does it.
    const { docs, stopped } = readDocuments(text, { version: '1.1', merge: true, keepSourceTokens: false, prettyErrors: false, uniqueKeys: false });
    (0,yaml_bounds/* shareWorkBudget */.Oq)(docs);
    const problems = [];
    const documents = docs.map((doc, index) => {
        const found = doc.errors.map(e => ({ start: e.pos[0], end: Math.max(e.pos[1], e.pos[0]), message: describeYamlError(e.message), fatal: true }));
        // Kubernetes' non-strict decoder takes the last duplicate key: the document stays usable.
        for (const d of indexDocument(doc))
            found.push({ start: d.offset, end: d.offset + 1, message: 'duplicate key: Map keys must be unique', fatal: false });
        found.sort((a, b) => a.start - b.start);
        for (const p of found)
            problems.push({ message: p.message, span: source.span(p.start, p.end), fatal: p.fatal });
        return { index, doc, fatal: found.some(p => p.fatal) };
    });
    return { source, documents, problems, bounds: stopped ? [stopped] : [] };
}
/**
 * libyaml and go-yaml (Kubernetes' decoder) also break lines at a lone CR, NEL, U+2028 and
 * U+2029; eemeli/yaml does not, so `# note\u2028hostNetwork: true` would be a comment to us and a
 * field to Kubernetes. Each becomes `\n`, one code unit for one: offsets stay exact.
 */
function asGoYamlLineBreaks(text) {
    return /\r(?!\n)|[\u0085\u2028\u2029]/.test(text) ? text.replace(/\r(?!\n)|[\u0085\u2028\u2029]/g, '\n') : text;
}
/**
 * A line starting with `---` or `...` always ends a document (YAML forbids it inside scalars and
 * flow collections), so documents can be told apart without parsing. Documents nobody wants are
 * replaced by blanks of the same length: offsets, lines and document indexes stay exact, and the
 * parser skips whitespace far faster than it builds nodes. Anchors never cross documents.
 */
const DOCUMENT_MARKER = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/gm;
function blankUnwantedDocuments(text, wanted) {
    const cuts = [0];
    for (const m of text.matchAll(DOCUMENT_MARKER))
        cuts.push(m.index, m.index + m[0].length);
    cuts.push(text.length);
    if (cuts.length === 2)
        return text;
    let out = '';
    let changed = false;
    for (let i = 0; i < cuts.length; i += 2) {
        const body = text.slice(cuts[i], cuts[i + 1]);
        // Directives (%YAML, %TAG) change how later documents read: kept.
        const keep = wanted(body) || /^%/m.test(body);
        if (!keep)
            changed = true;
        out += keep ? body : i === 0 ? blankedFirst(body) : blanked(body);
        if (i + 2 < cuts.length)
            out += text.slice(cuts[i + 1], cuts[i + 2]);
    }
    return changed ? out : text;
}
/**
 * The part before the first marker is a document only if it has content: blanking it whole would
 * shift every document index. An empty map of the same length keeps it a document.
 */
function blankedFirst(body) {
    return /^(?![ \t]*(?:#|\r?$))/m.test(body) && body.length >= 2 ? `{}${blanked(body.slice(2))}` : blanked(body);
}
/**
 * `text` as spaces of the same length, but for the line break it ends with (the next document's
 * marker must start a line). Offsets are all that positions need, so the lines inside need not
 * stay: one line of blanks is read at once, where thousands of blank lines (a CRD bundle) cost the
 * parser a token each. Written byte by byte: a regular expression replacing one character at a
 * time holds about 40 bytes of garbage per character, 200 MB for a 5 MiB file.
 */
function blanked(text) {
    let end = text.length;
    if (end && LINE_BREAK.test(text[end - 1]))
        end -= text[end - 1] === '\n' && text[end - 2] === '\r' ? 2 : 1;
    return ' '.repeat(end) + text.slice(end);
}
const LINE_BREAK = /[\n\r\u2028\u2029\u0085]/;
function describeYamlError(message) {
    // eemeli/yaml appends a source excerpt after a blank line; the finding already points there.
    const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    return `invalid YAML: ${first}`;
}
/**
 * The node an alias names (an alias never names another alias: they take no anchor). Each
 * resolution is spent from the work budget; past it, aliases name nothing.
 */
function resolveAlias(doc, node) {
    if (!(0,dist/* isAlias */.Vj)(node))
        return (node ?? undefined);
    return (0,yaml_bounds/* spendWork */.qF)(doc, 1, node) ? aliasTarget(doc, node) : undefined;
}
function keyName(pair) {
    const k = pair.key;
    if ((0,dist/* isScalar */.jn)(k))
        return typeof k.value === 'symbol' ? k.value : String(k.value);
    return undefined;
}
/** go-yaml (which Kubernetes uses) merges only on a plain `<<` key; a quoted "<<" is a key. */
const isMergeKey = (pair) => (0,dist/* isScalar */.jn)(pair.key) && (typeof pair.key.value === 'symbol' || (pair.key.source === '<<' && (pair.key.type === undefined || pair.key.type === 'PLAIN')));
const resolvedCache = { 'go-yaml-v2': new WeakMap(), 'go-yaml-v3': new WeakMap() };
const documentOrder = new WeakMap();
const NOTHING = new Map();
/** From now on `field` and `entries` read this document's merges as docker compose does. */
function readMergesAsCompose(doc) {
    documentOrder.set(doc, 'go-yaml-v3');
}
/**
 * A map's keys after `<<` merges, in the document's MergeOrder. Merge chains are followed as far
 * as go-yaml follows them: the maps a map merges are resolved first, depth first with a stack of
 * our own (a chain thousands deep needs no JS stack), and each map once; copying keys along a
 * chain is what the work budget bounds. A map that merges itself resolves to nothing; aliases
 * cannot build one (indexDocument reports the cycle).
 */
function resolved(doc, map) {
    const order = documentOrder.get(doc) ?? 'go-yaml-v2';
    const cache = resolvedCache[order];
    const pending = [map];
    const open = new Set();
    while (pending.length > 0) {
        const top = pending[pending.length - 1];
        if (cache.has(top)) {
            pending.pop();
        }
        else if (!open.has(top)) {
            open.add(top);
            for (const source of mergedMaps(doc, top))
                if (!cache.has(source) && !open.has(source))
                    pending.push(source);
        }
        else {
            pending.pop();
            open.delete(top);
            cache.set(top, combine(doc, top, order, cache));
        }
    }
    return cache.get(map);
}
/** A map's own keys and, after them or in between (see MergeOrder), those its merge keys bring. */
function combine(doc, map, order, cache) {
    const out = new Map();
    const merged = (source) => cache.get(source) ?? NOTHING;
    let lastMerge;
    for (const pair of map.items) {
        if (isMergeKey(pair)) {
            if (order === 'go-yaml-v3')
                lastMerge = pair;
            else
                mergeInto(doc, out, mergeSources(doc, pair.value).map(merged), pair, true);
            continue;
        }
        const k = keyName(pair);
        if (typeof k !== 'string')
            continue;
        const written = (pair.value ?? undefined);
        const value = written ? resolveAlias(doc, written) : undefined;
        if (!written || !value)
            out.delete(k);
        else
            out.set(k, { key: pair.key, written, value, merged: false });
    }
    // go-yaml v3 applies the (last) merge after the explicit keys and never over them.
    if (lastMerge)
        mergeInto(doc, out, mergeSources(doc, lastMerge.value).map(merged), lastMerge, false);
    return out;
}
/**
 * Adds a merge key's resolved maps to `out`; `overwrite` as go-yaml v2 does, else only missing
 * keys. Copies are spent from the work budget: a chain adding a key at every link copies its
 * length squared.
 */
function mergeInto(doc, out, sources, pair, overwrite) {
    if (!(0,yaml_bounds/* spendWork */.qF)(doc, sources.reduce((n, source) => n + source.size, 0), pair.key))
        return;
    const via = pair.key;
    const mergedHit = (hit) => ({ key: hit.key, written: hit.written, value: hit.value, merged: true, via });
    if (overwrite) {
        for (let i = sources.length - 1; i >= 0; i--) {
            for (const [k, hit] of sources[i])
                out.set(k, mergedHit(hit));
        }
        return;
    }
    for (const source of sources) {
        for (const [k, hit] of source)
            if (!out.has(k))
                out.set(k, mergedHit(hit));
    }
}
/** The maps a map's merge keys name. */
function mergedMaps(doc, map) {
    return map.items.filter(isMergeKey).flatMap(pair => mergeSources(doc, pair.value));
}
/** A key's value after merges, as the document's reader sees it (see `resolved`). */
function field(doc, map, name) {
    return resolved(doc, map).get(name);
}
function mergeSources(doc, value) {
    const r = resolveAlias(doc, value);
    if ((0,dist/* isMap */.jh)(r))
        return [r];
    if ((0,dist/* isSeq */.oP)(r))
        return r.items.map(i => resolveAlias(doc, i)).filter(dist/* isMap */.jh);
    return [];
}
/** All keys of a map after merges, with their resolved values. */
function entries(doc, map) {
    return [...resolved(doc, map)].map(([k, hit]) => [k, hit.value]);
}
function mapField(doc, map, name) {
    const hit = field(doc, map, name);
    return hit && (0,dist/* isMap */.jh)(hit.value) ? hit.value : undefined;
}
function mapAt(doc, map, path) {
    let current = map;
    for (const key of path) {
        if (!current)
            return undefined;
        current = mapField(doc, current, key);
    }
    return current;
}
/** A scalar's string value, or undefined when the node is not a string scalar. */
function stringValue(node) {
    return (0,dist/* isScalar */.jn)(node) && typeof node.value === 'string' ? node.value : undefined;
}
/** Scalar value as text for names: Kubernetes names can be written as numbers (`name: 1`). */
function scalarText(node) {
    if (!(0,dist/* isScalar */.jn)(node) || node.value === null || node.value === undefined)
        return undefined;
    return typeof node.value === 'symbol' ? undefined : String(node.source ?? node.value);
}


/***/ }),

/***/ 2005:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Yb: () => (/* binding */ BUILTIN_RULES),
  u5: () => (/* binding */ registry)
});

// UNUSED EXPORTS: POLICY_RULE_IDS, buildRegistry

;// CONCATENATED MODULE: ./src/rules/exception-record.ts
/** Where a record's field is written; the record itself (its label or entry) when the field is missing. */
const recordField = (record, field) => ({
    span: record.spans[field] ?? record.span,
    fieldPath: record.fieldPaths[field] ?? record.fieldPath,
});

;// CONCATENATED MODULE: ./src/rules/exception-expired.ts

/** Reported once per record, at its expires field, after src/policy matched records to workloads. */
const exceptionExpired = {
    meta: {
        id: 'exception-expired',
        title: 'Host namespace exception has expired',
        severity: 'error',
        description: "The exception's expiry date has passed, so the risk acceptance behind it is no longer current. The host namespace findings it covered fail again until the exception is reviewed and renewed, or the workload stops sharing the host namespace.",
        remediation: 'Review the risk with the owner and set a new expires date with an updated risk acceptance, or remove the host namespace setting and the exception.',
        docs: 'docs/rules/exception-expired.md',
    },
    assessment: ({ assessment: a, resource, firstOfRecord }, ctx) => {
        if (!firstOfRecord || a.status !== 'expired')
            return;
        const { record } = a;
        const ago = -a.daysLeft;
        ctx.report({
            ...recordField(record, 'expires'),
            resource,
            message: `The exception for ${resource.display} expired on ${record.expires} (${ago} day${ago === 1 ? '' : 's'} ago): its findings are no longer covered. Renew it after a risk review (owner: ${record.owner}) or remove ${record.allow.join(', ')}.`,
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/exception-expiring.ts

/** Reported once per record, at its expires field, after src/policy matched records to workloads. */
const exceptionExpiring = {
    meta: {
        id: 'exception-expiring',
        title: 'Host namespace exception expires soon',
        severity: 'warning',
        description: 'The exception expires within the warning window (exceptions.warnDays, 30 days by default). It still covers its findings, but the run will fail once the date passes.',
        remediation: 'Review the exception with its owner before it expires: renew it with a new expires date and risk acceptance, or plan the removal of the host namespace setting.',
        docs: 'docs/rules/exception-expiring.md',
    },
    assessment: ({ assessment: a, resource, firstOfRecord }, ctx) => {
        if (!firstOfRecord || a.status !== 'expiring')
            return;
        const { record } = a;
        const when = a.daysLeft === 0 ? 'today (the last day it applies)' : `in ${a.daysLeft} day${a.daysLeft === 1 ? '' : 's'}`;
        ctx.report({
            ...recordField(record, 'expires'),
            resource,
            message: `The exception for ${resource.display} expires ${when}, on ${record.expires}: review it with its owner (${record.owner}) and renew it or plan the removal of ${record.allow.join(', ')}.`,
        });
    },
};

// EXTERNAL MODULE: ./src/namespaces.ts
var namespaces = __nccwpck_require__(6215);
;// CONCATENATED MODULE: ./src/rules/exception-invalid.ts

/**
 * The record problems themselves (missing fields, bad dates, unknown flags) are found when
 * src/policy/records.ts reads the record, which names each in its message; this rule reports them,
 * and a second record for one workload.
 */
const exceptionInvalid = {
    meta: {
        id: 'exception-invalid',
        title: 'Host namespace exception record is invalid',
        severity: 'error',
        description: 'An exception record (the host-namespace-guard.io labels and annotations on a workload, or an entry of the central exceptions file) has a missing or malformed field, an unknown host namespace flag, or a date that does not parse. An invalid record grants nothing, so the host namespace findings it meant to cover still fail.',
        remediation: `Fix the field the message names: allow lists ${(0,namespaces/* namesOr */.gc)(n => n.podField)}; owner and risk-acceptance are non-empty; expires is a date written YYYY-MM-DD; the label is the string "true" on the workload's own metadata.`,
        docs: 'docs/rules/exception-invalid.md',
    },
    assessment: ({ assessment: a, resource, firstOfRecord }, ctx) => {
        const { record } = a;
        // A record is reported once even when it matches several workloads (overlays of one app).
        if (firstOfRecord)
            for (const p of record.problems)
                ctx.report({ file: p.file, span: p.span, resource, fieldPath: p.fieldPath, message: p.message });
        if (a.duplicateOf) {
            const first = a.duplicateOf;
            ctx.report({
                span: record.span,
                resource,
                fieldPath: record.fieldPath,
                message: `${resource.display} already has an exception record at ${first.file}:${first.span.start.line}; keep one record per workload (the annotation and the central file are two forms of the same record).`,
            });
        }
    },
    /** A problem of the central file that belongs to no entry (bad YAML, no `exceptions` list). */
    recordProblem: (p, ctx) => ctx.report({ file: p.file, span: p.span, resource: { display: p.file }, fieldPath: p.fieldPath, message: p.message }),
};

;// CONCATENATED MODULE: ./src/rules/exception-missing-control.ts
/**
 * Reported per workload with a valid exception, once per missing control: src/policy finds which
 * controls are missing (container security contexts, NetworkPolicies of the repository).
 */
const exceptionMissingControl = {
    meta: {
        id: 'exception-missing-control',
        title: 'Host namespace exception lacks a compensating control',
        severity: 'error',
        description: 'A workload allowed into a host namespace must limit what a compromise of it can do: every container and init container runs as non-root, drops all capabilities and disallows privilege escalation, and a NetworkPolicy in the repository selects its pods. Each missing control is reported on its own.',
        remediation: "Add the control the message names: securityContext.runAsNonRoot: true (or a non-zero runAsUser), capabilities.drop: [ALL], allowPrivilegeEscalation: false, or a NetworkPolicy in the workload's namespace whose podSelector matches the pod template labels.",
        docs: 'docs/rules/exception-missing-control.md',
    },
    assessment: ({ assessment: a, resource }, ctx) => {
        const { workload } = a;
        if (a.status === 'invalid' || !workload)
            return;
        for (const m of a.missingControls)
            ctx.report({ file: workload.file, span: m.span, resource, fieldPath: m.fieldPath, message: messageOf(m, resource.display, a.namespace) });
    },
};
function messageOf(m, display, namespace) {
    if (m.control === 'containers') {
        const why = m.partial ? 'a custom resource defines them apart from these pod-level settings' : `${m.podPath} lists none`;
        return `${display}: its containers are not in this manifest (${why}), so runAsNonRoot, capabilities.drop: [ALL] and allowPrivilegeEscalation: false cannot be verified. Keep the exception for a workload whose pod spec, containers included, is in the repository.`;
    }
    if (m.control === 'NetworkPolicy') {
        const labels = Object.entries(m.podLabels)
            .map(([k, v]) => `${k}=${v}`)
            .join(', ');
        const others = m.otherNamespaces.map(p => `${p.name ?? '(unnamed)'} in namespace "${p.namespace}" (${p.file})`);
        const elsewhere = others.length ? ` A NetworkPolicy selects only pods of its own namespace, so ${others.join(', ')} does not count.` : '';
        return `${display}: no NetworkPolicy in the repository selects its pods in namespace "${namespace}"${labels ? ` (pod labels ${labels})` : ' (the pod template has no labels)'}. Add a NetworkPolicy in "${namespace}" whose podSelector matches the pod template labels.${elsewhere}`;
    }
    const which = `${m.initContainer ? 'init container' : 'container'} "${m.container}" of ${display}`;
    if (m.control === 'runAsNonRoot') {
        if (m.runAsUser === 0)
            return `${which} runs as root (runAsUser: 0): set runAsUser to a non-zero UID and runAsNonRoot: true.`;
        const why = m.runAsNonRoot === false ? 'sets runAsNonRoot: false' : 'may run as root';
        return `${which} ${why}: set securityContext.runAsNonRoot: true or a non-zero runAsUser (pod or container level).`;
    }
    if (m.control === 'capabilities.drop')
        return `${which} does not drop all capabilities: set securityContext.capabilities.drop: [ALL].`;
    const why = m.allowPrivilegeEscalation === true ? 'allows privilege escalation' : 'does not disallow privilege escalation';
    return `${which} ${why}: set securityContext.allowPrivilegeEscalation: false.`;
}

;// CONCATENATED MODULE: ./src/rules/exception-outside-allowed-namespace.ts

/** Reported once per valid record whose workload's namespace is not in exceptions.namespaces. */
const exceptionOutsideAllowedNamespace = {
    meta: {
        id: 'exception-outside-allowed-namespace',
        title: 'Host namespace exception outside a dedicated namespace',
        severity: 'error',
        description: 'Exceptions are honoured only in the Kubernetes namespaces listed in exceptions.namespaces, which are meant to hold privileged node agents and little else. An exception on a workload in any other namespace, or one that does not name its namespace, grants nothing.',
        remediation: 'Move the workload to a namespace listed in exceptions.namespaces (set metadata.namespace), or have the policy owners add a dedicated namespace to that list.',
        docs: 'docs/rules/exception-outside-allowed-namespace.md',
    },
    assessment: ({ assessment: a, resource, firstOfRecord, allowedNamespaces }, ctx) => {
        // An invalid record grants nothing: where it would apply does not matter.
        if (!firstOfRecord || a.status === 'invalid' || a.namespaceAllowed)
            return;
        const { record, workload } = a;
        const allowed = allowedNamespaces.length
            ? `exceptions.namespaces lists ${allowedNamespaces.map(n => `"${n}"`).join(', ')}`
            : 'exceptions.namespaces lists none';
        const message = a.namespaceAssumed
            ? `${resource.display} does not set metadata.namespace, so it lands in the namespace of whoever applies it ("default" for kubectl without -n), and exceptions are honoured only in dedicated namespaces: ${allowed}. Set metadata.namespace to one of them.`
            : `${resource.display} is in namespace "${a.namespace}", where exceptions are not honoured: ${allowed}.`;
        // An annotation record is about its workload's namespace; a central entry names its own.
        const at = record.origin === 'annotation' ? { span: workload?.namespaceSpan ?? record.span, fieldPath: 'metadata.namespace' } : recordField(record, 'namespace');
        ctx.report({ ...at, resource, message });
    },
};

;// CONCATENATED MODULE: ./src/rules/exception-unapproved.ts
/**
 * In pull requests only: src/policy/approval.ts compares the records at base and head and asks
 * GitHub for labels, reviews and team membership; each change it finds unapproved is a unit here.
 */
const exceptionUnapproved = {
    meta: {
        id: 'exception-unapproved',
        title: 'Host namespace exception added or widened without approval',
        severity: 'error',
        description: 'A pull request that adds an exception, allows more host namespaces, or moves an expiry later needs the approval of the team named in exceptions.approval.team. Without it anyone who can edit a manifest could grant themselves the node.',
        remediation: 'Ask a member of the approving team to apply the approval label (exceptions.approval.label) to the pull request, or to approve it in a review, then re-run the check.',
        docs: 'docs/rules/exception-unapproved.md',
    },
    unapprovedChange: ({ change, approver, cannotVerify }, ctx) => {
        const how = approver === 'unchecked'
            ? 'the approval could not be checked'
            : approver === 'no-team'
                ? 'exceptions.approval.team is not configured'
                : `a member of ${approver.team} must apply the label "${approver.label}" or approve the pull request`;
        const { record } = change;
        ctx.report({
            span: record.span,
            resource: { display: change.workload, kind: record.target.kind, namespace: record.target.namespace, name: record.target.name },
            fieldPath: record.fieldPath,
            message: `${change.workload}: ${change.details.join('; ')}, without approval: ${how}, then re-run the check.${cannotVerify ? ` ${cannotVerify}` : ''}`,
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/exception-unnecessary.ts


/** Reported per workload, at the record's allow list, for each valid record that allows more than the pods use. */
const exceptionUnnecessary = {
    meta: {
        id: 'exception-unnecessary',
        title: 'Host namespace exception covers more than the workload uses',
        severity: 'warning',
        description: "The exception allows a host namespace that none of the workload's pods share. An unused allowance is a standing grant nobody needs: a later change could start using it without review.",
        remediation: 'Remove the unused flags from the allow list, or remove the exception when the workload shares no host namespace.',
        docs: 'docs/rules/exception-unnecessary.md',
    },
    assessment: ({ assessment: a, resource }, ctx) => {
        const { workload, unused } = a;
        if (a.status === 'invalid' || !workload || !unused.length)
            return;
        const uses = namespaces/* HOST_FIELDS */.Rc.filter(f => workload.pods.some(p => p.host[f]));
        const message = uses.length
            ? `The exception for ${resource.display} allows ${unused.join(', ')}, which its pods do not set: remove ${unused.length === 1 ? 'it' : 'them'} from the allow list.`
            : `The exception for ${resource.display} allows ${unused.join(', ')}, but its pods share no host namespace: remove the exception.`;
        ctx.report({ ...recordField(a.record, 'allow'), resource, message });
    },
};

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/parse/compose/compose-interpolation.ts
/**
 * Compose substitutes variables in values before it reads them (compose-go's `template` package):
 * `$VAR` and `${VAR}` give the variable's value, `${VAR:-d}` gives d when VAR is unset or empty,
 * `${VAR-d}` when it is unset, `${VAR:?e}` / `${VAR?e}` refuse to start without it, `${VAR:+r}` /
 * `${VAR+r}` give r only when VAR is set (and, with `:`, not empty), and `$$` is a literal `$`.
 * A default may itself hold substitutions.
 */
const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
/** The value with every variable unset, or undefined when compose refuses it (`:?`, bad syntax). */
function valueWhenUnset(text) {
    const variables = [];
    const value = readTemplate(text, variables);
    return value === undefined ? undefined : { value, variables: [...new Set(variables)] };
}
const WHEN_SET = /^\$\{([A-Za-z_][A-Za-z0-9_]*)(:?)\+([^${}]*)\}$/;
function valueWhenSet(text) {
    const m = WHEN_SET.exec(text);
    return m ? { variable: m[1], word: m[3], nonEmpty: m[2] === ':' } : undefined;
}
/** A whole value `${VAR:-word}` / `${VAR-word}` with a literal default: where the default starts in the value. */
const PLAIN_DEFAULT = /^\$\{[A-Za-z_][A-Za-z0-9_]*:?-([^${}]*)\}$/;
function literalDefaultAt(text) {
    const m = PLAIN_DEFAULT.exec(text);
    return m ? text.length - 1 - m[1].length : undefined;
}
/**
 * Reads the value with every variable unset. Nested arguments are kept on a stack of our own,
 * not the JS stack: compose-go follows defaults nested to any depth, and so do we.
 */
function readTemplate(text, variables) {
    const open = [];
    let out = '';
    let evaluate = true;
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (open.length > 0 && c === '}') {
            const argument = open.pop();
            // An argument's text belongs to the substitution it closes: only a `-` default is used.
            out = argument.out + (argument.op === '-' ? out : '');
            evaluate = argument.evaluate;
            i++;
            continue;
        }
        if (c !== '$') {
            out += c;
            i++;
            continue;
        }
        if (text[i + 1] === '$') {
            out += '$';
            i += 2;
            continue;
        }
        const braced = text[i + 1] === '{';
        NAME.lastIndex = i + (braced ? 2 : 1);
        const name = NAME.exec(text)?.[0];
        // compose-go rejects a `$` that starts no substitution.
        if (!name)
            return undefined;
        variables.push(name);
        i = NAME.lastIndex;
        if (!braced)
            continue;
        if (text[i] === '}') {
            i++;
            continue;
        }
        const colon = text[i] === ':';
        const op = text[i + (colon ? 1 : 0)];
        if (op !== '-' && op !== '?' && op !== '+')
            return undefined;
        if (op === '?' && evaluate)
            return undefined;
        open.push({ op, out, evaluate });
        out = '';
        evaluate &&= op === '-';
        i += colon ? 2 : 1;
    }
    return open.length > 0 ? undefined : out;
}

// EXTERNAL MODULE: ./src/parse/k8s/json-patch.ts
var json_patch = __nccwpck_require__(1439);
// EXTERNAL MODULE: ./src/parse/k8s/template.ts
var template = __nccwpck_require__(8700);
// EXTERNAL MODULE: ./src/parse/yaml/yaml.ts + 2 modules
var yaml = __nccwpck_require__(7576);
;// CONCATENATED MODULE: ./src/rules/host-namespace.ts





function hostNamespaceRule({ namespace: ns, meta }) {
    const { podField } = ns;
    const title = `Shares the host ${ns.display} namespace`;
    const reportFlag = (flag, resource, fieldPath, ctx, what) => {
        if (flag.name !== ns.id)
            return;
        const how = isHost(flag.value) ? '' : shellDefaultsToHost(flag.value);
        if (how === undefined)
            return;
        // Quoted as written (`--ipc host`, `--net=host`), on one line.
        const asWritten = ctx.source.text.slice(flag.span.startOffset, flag.span.endOffset).replace(/(?:\\?\s)+/g, ' ');
        ctx.report({
            span: flag.span,
            message: `${what} uses ${how ? `${flag.written}=${flag.value}${how}` : asWritten}: ${lowerFirst(title)}.`,
            resource,
            fieldPath,
            fix: { description: `Remove ${asWritten}`, edits: [{ span: flag.removal, text: '' }] },
        });
    };
    /**
     * A service that `extends` a base sharing the namespace shares it too, unless it sets the key
     * itself: a new service extending an old host-network one is a new finding at its `extends`.
     * The fix belongs to the base, which is reported there.
     */
    const reportInherited = (service, composeKey, ctx) => {
        for (const base of service.bases ?? []) {
            const inherited = (0,yaml/* field */.ZZ)(service.doc, base.map, composeKey);
            if (!inherited)
                continue;
            const value = (0,dist/* isScalar */.jn)(inherited.value) && typeof inherited.value.value === 'string' ? inherited.value.value : undefined;
            const reading = value === undefined ? undefined : composeHost(value);
            const range = base.at.range;
            if (reading && range) {
                ctx.report({
                    span: ctx.source.span(range[0], range[1]),
                    message: `compose service "${service.name}" extends "${base.name}", which sets ${composeKey}: ${value}${reading.how}: ${lowerFirst(title)}.`,
                    resource: service.resource,
                    fieldPath: `${service.path}.extends.${composeKey}`,
                });
            }
            return;
        }
    };
    return {
        meta: { id: ns.ruleId, title, ...meta, docs: `docs/rules/${ns.ruleId}.md`, namespace: ns.id },
        pod(unit, ctx) {
            const hit = (0,yaml/* field */.ZZ)(unit.object.doc, unit.spec, podField);
            if (!hit)
                return;
            const fieldPath = `${unit.path}.${podField}`;
            const resource = unit.object.resource;
            const written = hit.written;
            const range = written.range;
            if (!range)
                return;
            const span = ctx.source.span(range[0], range[1]);
            const fix = replaceableScalar(written) ? { description: `Set ${podField} to false`, edits: [{ span, text: 'false' }] } : undefined;
            const usedAt = usedAtOf(hit, ctx);
            const via = hit.merged ? ' (inherited through a YAML merge key)' : '';
            const value = hit.value;
            if ((0,dist/* isScalar */.jn)(value) && (value.value === false || value.value === null))
                return;
            if ((0,dist/* isScalar */.jn)(value) && value.value === true) {
                ctx.report({ span, message: `${resource.display} sets ${podField}: true${via}: ${lowerFirst(title)}.`, resource, fieldPath, fix, usedAt });
                return;
            }
            // A custom resource's schema is its own: only a boolean true there is known to mean the pod field.
            if (unit.partial)
                return;
            // `{{ .Values.hostNetwork }}` is unknown until rendered: the engine reports it as a parse-error.
            if (!(0,dist/* isScalar */.jn)(value) && (0,template/* templateAction */.N)(ctx.source.text, written))
                return;
            // Kubernetes decodes into a bool and rejects anything else; a quoted "true" is a broken
            // manifest that someone meant to share the namespace with, so it is never a silent pass.
            const shown = (0,dist/* isScalar */.jn)(value) ? JSON.stringify((0,yaml/* scalarText */.ws)(value) ?? String(value.value)) : 'a non-scalar value';
            ctx.report({
                span,
                message: `${resource.display} sets ${podField} to ${shown}${via}, which is not a boolean: Kubernetes rejects this manifest. Write false.`,
                resource,
                fieldPath,
                fix,
                usedAt,
            });
        },
        composeService(service, ctx) {
            const composeKey = service.part === 'build' ? ns.composeBuildKey : ns.composeKey;
            if (!composeKey)
                return;
            const hit = (0,yaml/* field */.ZZ)(service.doc, service.map, composeKey);
            if (!hit && service.part === 'service')
                return reportInherited(service, composeKey, ctx);
            if (!hit || !(0,dist/* isScalar */.jn)(hit.value) || typeof hit.value.value !== 'string')
                return;
            const range = hit.written.range;
            if (!range)
                return;
            const written = hit.value.value;
            const reading = composeHost(written);
            if (!reading)
                return;
            const span = ctx.source.span(range[0], range[1]);
            const safe = ns.composeSafeValue && service.part === 'service' ? ns.composeSafeValue : undefined;
            const fix = !replaceableScalar(hit.written)
                ? undefined
                : written !== 'host'
                    ? defaultFix(ctx, hit.written, written, composeKey, safe)
                    : safe
                        ? { description: `Set ${composeKey} to ${safe}`, edits: [{ span, text: safe }] }
                        : deleteLineFix(ctx, hit.key?.range?.[0], range[1], `Remove ${composeKey}: host`);
            // The value is the user's and may be long: the message quotes its start.
            const shown = written.length > 120 ? `${written.slice(0, 119)}…` : written;
            const setting = `${service.part === 'build' ? 'build.' : ''}${composeKey}: ${shown}`;
            ctx.report({
                span,
                message: `compose service "${service.name}" sets ${setting}${reading.how}: ${lowerFirst(title)}.`,
                resource: service.resource,
                fieldPath: `${service.path}.${composeKey}`,
                fix,
                usedAt: usedAtOf(hit, ctx),
            });
        },
        jsonPatchOp(unit, ctx) {
            for (const { pointer, hit } of (0,json_patch/* patchedPodField */.v)(unit, podField)) {
                const range = hit.written.range;
                if (!(0,dist/* isScalar */.jn)(hit.value) || hit.value.value !== true || !range)
                    continue;
                const span = ctx.source.span(range[0], range[1]);
                const via = hit.merged ? ' (inherited through a YAML merge key)' : '';
                ctx.report({
                    span,
                    message: `${unit.label}: "${unit.op.op} ${unit.op.path}" sets ${podField}: true${via}: once kustomize applies it, the workload ${lowerFirst(title)}.`,
                    resource: unit.resource,
                    fieldPath: `${unit.fieldPath}:${pointer}`,
                    fix: replaceableScalar(hit.written) ? { description: `Set ${podField} to false in the patch`, edits: [{ span, text: 'false' }] } : undefined,
                    usedAt: usedAtOf(hit, ctx),
                });
            }
        },
        dockerfileRun: ns.dockerfileFlag
            ? ({ run, ordinal }, ctx) => {
                const name = ns.dockerfileFlag;
                for (const flag of run.flags) {
                    if (flag.name !== name || flag.value === undefined || flag.value.toLowerCase() !== 'host')
                        continue;
                    ctx.report({
                        span: flag.span,
                        message: `RUN --${name}=host in stage ${run.stage || '(before FROM)'} gives the build step the host's ${ns.display} namespace.`,
                        resource: { display: `stage/${run.stage}`, name: run.stage },
                        fieldPath: `stage/${run.stage}/RUN[${ordinal}]/--${name}`,
                        fix: { description: `Remove --${name}=host`, edits: [{ span: flag.removal, text: '' }] },
                    });
                }
            }
            : undefined,
        containerCommand(command, ctx) {
            // `$(DOCKER) run` is what the reader will search the file for, not the tool it resolved to.
            const what = `${command.written?.replace(/^["']|["']$/g, '') ?? command.tool} ${command.subcommand}`;
            // The command's own words tell two commands apart in a fingerprint better than their order.
            const words = ctx.source.text
                .slice(command.span.startOffset, command.span.endOffset)
                .replace(/\\\r?\n/g, ' ')
                .replace(/\s+/g, ' ');
            for (const flag of command.flags)
                reportFlag(flag, { display: what, kind: 'command', name: what }, `${words} [${flag.written}]`, ctx, what);
        },
        containerOptions(unit, ctx) {
            for (const flag of unit.flags)
                reportFlag(flag, unit.resource, unit.fieldPath, ctx, `${unit.resource.display} options`);
        },
    };
}
const lowerFirst = (s) => s[0].toLowerCase() + s.slice(1);
const listed = (names) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`);
/**
 * Compose substitutes variables before it reads the value. `${NETWORK_MODE:-host}` is host
 * whenever the variable is not set, which is how the file is run unless someone sets it: a
 * finding. `${USE_HOST:+host}` is host only when the variable is set, but the file is what opts
 * into host and the environment only flips the switch: a finding too, saying so. `${X}` and
 * `${X:?err}` take the value from the environment alone: nothing in the file says host. `$$` is
 * a literal `$`, never a variable.
 */
function composeHost(written) {
    if (written === 'host')
        return { how: '' };
    const unset = hostWhenUnset(written);
    if (unset)
        return { how: unset.length ? `, which defaults to host when ${notSet(unset)}` : ', which is host' };
    const whenSet = valueWhenSet(written);
    if (whenSet?.word === 'host')
        return { how: `, which is host whenever ${whenSet.variable} is set${whenSet.nonEmpty ? ' and not empty' : ''}` };
    return undefined;
}
/**
 * `${NETWORK_MODE:-host}` → `${NETWORK_MODE:-bridge}`: the safe value becomes the default and the
 * variable still chooses, so a deployment that sets it on purpose keeps working. Only a literal
 * default written as is (no escapes) is rewritten; pid has no safe value to default to.
 */
function defaultFix(ctx, node, written, composeKey, safe) {
    const at = literalDefaultAt(written);
    const range = node.range;
    if (!safe || at === undefined || !(0,dist/* isScalar */.jn)(node) || !range)
        return undefined;
    const start = range[0] + (node.type === 'PLAIN' ? 0 : 1);
    if (ctx.source.text.slice(start, start + written.length) !== written)
        return undefined;
    return { description: `Default ${composeKey} to ${safe}`, edits: [{ span: ctx.source.span(start + at, start + written.length - 1), text: safe }] };
}
const isHost = (value) => value.replace(/^['"]|['"]$/g, '').toLowerCase() === 'host';
/**
 * `--net=${NET:-host}`: the shell gives `host` unless NET is set, as compose does (same syntax for
 * `:-` and `-`). What the message adds, or undefined when the value is not host by default.
 */
function shellDefaultsToHost(value) {
    if (value.length > 256)
        return undefined;
    const unset = hostWhenUnset(value);
    return unset?.length ? `, which is host when ${notSet(unset)}` : undefined;
}
/** The variables a value names when, with all of them unset, it reads `host` (shell and compose alike). */
function hostWhenUnset(value) {
    if (!value.includes('$'))
        return undefined;
    const unset = valueWhenUnset(value);
    return unset?.value === 'host' ? unset.variables : undefined;
}
const notSet = (names) => `${listed(names)} ${names.length > 1 ? 'are' : 'is'} not set`;
/**
 * Only a bare scalar written in place can be rewritten safely: a tag (`!!str true`) or a block
 * scalar (`>-`) would keep its meaning or break, and an anchored value (`&on true`) is shared with
 * its aliases elsewhere. Those get no automatic fix.
 */
function replaceableScalar(node) {
    if (!(0,dist/* isScalar */.jn)(node))
        return (0,dist/* isAlias */.Vj)(node);
    return !node.tag && !node.anchor && (node.type === 'PLAIN' || node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE');
}
function usedAtOf(hit, ctx) {
    const range = hit.merged ? hit.via?.range : undefined;
    return range ? ctx.source.span(range[0], range[1]) : undefined;
}
function deleteLineFix(ctx, keyStart, valueEnd, description) {
    if (keyStart === undefined)
        return undefined;
    const { line } = ctx.source.position(keyStart);
    const endLine = ctx.source.position(valueEnd).line;
    const before = ctx.source.text.slice(ctx.source.lineStart(line), keyStart);
    const after = ctx.source.text.slice(valueEnd, ctx.source.lineEnd(endLine));
    // Only a block-style `key: value` alone on its line can be deleted without breaking the YAML.
    if (before.trim() !== '' || after.replace(/#.*/, '').trim() !== '')
        return undefined;
    const start = ctx.source.lineStart(line);
    const end = ctx.source.lineStarts[endLine] ?? ctx.source.text.length;
    return { description, edits: [{ span: ctx.source.span(start, end), text: '' }] };
}

;// CONCATENATED MODULE: ./src/rules/host-ipc.ts


const ns = namespaces/* HOST_NAMESPACE */.$8.ipc;
const hostIpc = hostNamespaceRule({
    namespace: ns,
    meta: {
        severity: 'error',
        description: 'A workload in the host IPC namespace can read and write the shared memory segments, semaphores and message queues of every process on the node. Data other workloads keep in shared memory is exposed to it.',
        remediation: `Set ${ns.podField} to false (or remove it); for compose, use ${ns.composeKey}: ${ns.composeSafeValue} or shareable; share memory between containers of one pod with an emptyDir volume of medium Memory.`,
    },
});

;// CONCATENATED MODULE: ./src/rules/host-network.ts


const host_network_ns = namespaces/* HOST_NAMESPACE */.$8.network;
const hostNetwork = hostNamespaceRule({
    namespace: host_network_ns,
    meta: {
        severity: 'error',
        description: 'A workload in the host network namespace sees every interface of the node, can bind its ports and reach services listening on localhost, and bypasses NetworkPolicy. A compromise of it is a foothold on the node network.',
        remediation: `Set ${host_network_ns.podField} to false (or remove it) and expose ports through a Service or containerPort; for compose, drop ${host_network_ns.composeKey}: host and publish ports; for builds, remove --${host_network_ns.dockerfileFlag}=host.`,
    },
});

;// CONCATENATED MODULE: ./src/rules/host-pid.ts


const host_pid_ns = namespaces/* HOST_NAMESPACE */.$8.pid;
const hostPid = hostNamespaceRule({
    namespace: host_pid_ns,
    meta: {
        severity: 'error',
        description: "A workload in the host PID namespace sees every process on the node, with their command lines and environment, and can signal or ptrace them when it runs as root. It is one step from reading other workloads' secrets or escaping to the node.",
        remediation: `Set ${host_pid_ns.podField} to false (or remove it); for compose, remove ${host_pid_ns.composeKey}: host; use shareProcessNamespace for process sharing between containers of one pod.`,
    },
});

;// CONCATENATED MODULE: ./src/rules/incomplete-scan.ts
/**
 * Fail closed: whatever the scanner could not read or judge is a finding, never a silent pass.
 * Findings of this rule come from the places that hit a bound (the pipeline, the parsers, the
 * Action's diff and API readers), each naming the file and the bound.
 */
const incompleteScan = {
    meta: {
        id: 'incomplete-scan',
        title: 'Part of the input was not judged',
        severity: 'error',
        description: 'The scanner reached one of its bounds (file size, nesting, alias or merge depth, work budget, the API file cap, the findings limit) or could not open a file, so host namespace settings there were not judged. A pull request must not be able to pass by hiding a setting behind a bound.',
        remediation: 'Make the input smaller or simpler (split the file, flatten the nesting), raise the bound the message names in the config, or exclude the path with paths.exclude if it is not deployed.',
        docs: 'docs/rules/incomplete-scan.md',
    },
};

;// CONCATENATED MODULE: ./src/rules/parse-error.ts
/**
 * Findings of this rule are the engine's notices, not a unit check: the parsers' problems and whole
 * files that cannot be read as text, all through noticeFinding in engine/scan-file.ts.
 */
const parseError = {
    meta: {
        id: 'parse-error',
        title: 'File could not be checked',
        severity: 'error',
        description: 'The file could not be read as the format its name or content suggests, so host namespace settings in it were not checked. A file that cannot be checked is not a file that passed.',
        remediation: 'Fix the syntax the message points to, or render templates (helm template, kustomize build) and scan the output.',
        docs: 'docs/rules/parse-error.md',
    },
};

;// CONCATENATED MODULE: ./src/rules/index.ts












/** Rejects bad metadata when the registry is built, so a broken rule fails at startup and in CI. */
function buildRegistry(rules) {
    const byId = new Map();
    for (const rule of rules) {
        const { id, remediation, description } = rule.meta;
        if (!/^[a-z]+(-[a-z]+)*$/.test(id))
            throw new Error(`rule id "${id}" must be kebab-case`);
        if (byId.has(id))
            throw new Error(`duplicate rule id "${id}"`);
        if (!remediation.endsWith('.'))
            throw new Error(`${id}: remediation must be a sentence ending with a period`);
        if (!description.endsWith('.'))
            throw new Error(`${id}: description must end with a period`);
        byId.set(id, rule);
    }
    return byId;
}
/** Rules whose units exist only after the scan: src/policy calls their hooks (assessment, recordProblem, unapprovedChange). */
const POLICY_RULES = [
    exceptionInvalid,
    exceptionExpired,
    exceptionExpiring,
    exceptionOutsideAllowedNamespace,
    exceptionMissingControl,
    exceptionUnnecessary,
    exceptionUnapproved,
];
const POLICY_RULE_IDS = POLICY_RULES.map(r => r.meta.id);
const BUILTIN_RULES = [hostNetwork, hostPid, hostIpc, parseError, incompleteScan, ...POLICY_RULES];
const registry = buildRegistry(BUILTIN_RULES);


/***/ }),

/***/ 1887:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  E: () => (/* binding */ engineFor),
  s: () => (/* binding */ outcomeOf)
});

// EXTERNAL MODULE: ./src/config/severity.ts
var severity = __nccwpck_require__(6591);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
// EXTERNAL MODULE: ./src/namespaces.ts
var namespaces = __nccwpck_require__(6215);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/parse/yaml/yaml.ts + 2 modules
var yaml = __nccwpck_require__(7576);
;// CONCATENATED MODULE: ./src/parse/compose/compose.ts




/**
 * compose follows `extends` to the end of the chain; this deep is far past any real file, and a
 * longer chain is reported as not judged (incomplete-scan), never cut short in silence.
 */
const MAX_EXTENDS = 64;
/** The settings a service can inherit through `extends` that the rules judge: its own keys, then its `build:` section's. */
const JUDGED_KEYS = [
    ...namespaces/* HOST_NAMESPACES */.Uv.map(n => n.composeKey),
    ...namespaces/* HOST_NAMESPACES */.Uv.flatMap(n => (n.composeBuildKey ? [`build.${n.composeBuildKey}`] : [])),
];
/** Keys a compose service uses and a Kubernetes object or workflow never has at the top level. */
const SERVICE_KEYS = new Set([
    'image',
    'build',
    'command',
    'entrypoint',
    'ports',
    'expose',
    'volumes',
    'environment',
    'env_file',
    'depends_on',
    ...namespaces/* HOST_NAMESPACES */.Uv.map(n => n.composeKey),
    'networks',
    'restart',
    'healthcheck',
    'deploy',
    'labels',
    'extends',
    'container_name',
    'cap_add',
    'cap_drop',
    'privileged',
    'user',
    'working_dir',
    'profiles',
    'secrets',
    'configs',
    'uts',
    'userns_mode',
]);
/**
 * A YAML document is compose-shaped when its top level has a `services` map of service maps and
 * it is not a Kubernetes object (`kind`) or a workflow (`jobs`).
 */
function isComposeDocument(doc, root) {
    if (!(0,dist/* isMap */.jh)(root))
        return false;
    if ((0,yaml/* field */.ZZ)(doc, root, 'kind') || (0,yaml/* field */.ZZ)(doc, root, 'jobs'))
        return false;
    const services = (0,yaml/* field */.ZZ)(doc, root, 'services')?.value;
    if (!(0,dist/* isMap */.jh)(services))
        return false;
    const svcs = (0,yaml/* entries */.jO)(doc, services);
    return svcs.length === 0 || svcs.some(([, v]) => (0,dist/* isMap */.jh)(v) && (0,yaml/* entries */.jO)(doc, v).some(([k]) => SERVICE_KEYS.has(k)));
}
function composeServices(parsed, byName, unjudged) {
    const out = [];
    for (const d of parsed.documents) {
        const root = d.doc.contents;
        if (d.fatal)
            continue;
        if (!byName && !isComposeDocument(d.doc, root))
            continue;
        if (!(0,dist/* isMap */.jh)(root))
            continue;
        const services = (0,yaml/* field */.ZZ)(d.doc, root, 'services')?.value;
        if (!(0,dist/* isMap */.jh)(services) || (0,yaml/* field */.ZZ)(d.doc, root, 'kind'))
            continue;
        // compose-go decodes with go-yaml v3: a key written in a service beats one merged into it.
        (0,yaml/* readMergesAsCompose */.y0)(d.doc);
        const thisFile = (file) => namesFile(parsed.source, file);
        for (const [name, value] of (0,yaml/* entries */.jO)(d.doc, services)) {
            if (!(0,dist/* isMap */.jh)(value))
                continue;
            const resource = { display: `service/${name}`, kind: 'service', name, document: d.index };
            out.push({ doc: d.doc, name, map: value, part: 'service', path: `services.${name}`, resource, bases: basesOf(d.doc, services, value, thisFile) });
            if (unjudged)
                checkOtherFileBase(d.doc, parsed.source, name, value, resource, thisFile, unjudged);
            const build = (0,yaml/* field */.ZZ)(d.doc, value, 'build')?.value;
            // `build.network: host` gives the image build the host network, like RUN --network=host.
            if ((0,dist/* isMap */.jh)(build)) {
                out.push({
                    doc: d.doc,
                    name,
                    map: build,
                    part: 'build',
                    path: `services.${name}.build`,
                    resource: { display: `service/${name}`, kind: 'service', name, document: d.index },
                });
            }
        }
    }
    return out;
}
/**
 * `extends: base` or `extends: {service: base}` names a service of the same file (with `file:`,
 * another file, which is not followed, unless it names this file). compose-go copies the base's
 * keys the service lacks.
 */
function basesOf(doc, services, service, thisFile) {
    const out = [];
    const at = (0,yaml/* field */.ZZ)(doc, service, 'extends')?.written;
    let current = service;
    while (at && out.length < MAX_EXTENDS) {
        const ref = (0,yaml/* field */.ZZ)(doc, current, 'extends')?.value;
        const file = (0,dist/* isMap */.jh)(ref) ? (0,yaml/* field */.ZZ)(doc, ref, 'file')?.value : undefined;
        const sameFile = file === undefined || thisFile((0,yaml/* stringValue */.r$)(file) ?? '');
        const name = (0,dist/* isScalar */.jn)(ref) ? (0,yaml/* stringValue */.r$)(ref) : (0,dist/* isMap */.jh)(ref) && sameFile ? (0,yaml/* stringValue */.r$)((0,yaml/* field */.ZZ)(doc, ref, 'service')?.value) : undefined;
        const base = name === undefined ? undefined : (0,yaml/* field */.ZZ)(doc, services, name)?.value;
        if (!(0,dist/* isMap */.jh)(base) || base === service || out.some(b => b.map === base))
            break;
        out.push({ name: name, map: base, at });
        current = base;
    }
    if (out.length === MAX_EXTENDS && (0,dist/* isMap */.jh)(current) && (0,yaml/* field */.ZZ)(doc, current, 'extends'))
        (0,yaml/* noteBound */.C$)(doc, `a compose service's extends chain is longer than ${MAX_EXTENDS}: the services past it were not read`, at);
    return out.length ? out : undefined;
}
/**
 * A service that extends a service of another file inherits that file's settings, which this
 * scan does not read: `extends.file` may name any file (`common.conf`), and even a compose file
 * in the same repository is not in every run (a pull request scans only what it changed). So it
 * is reported as not judged, at its `extends`, for each judged setting it does not write itself:
 * compose-go lets a value written in the extending service win over the base's, so an explicit
 * `network_mode: bridge` (or `build.network`) is judged here and needs nothing from the other
 * file. Reporting only where `extends.file` is written is enough: a service extending this one
 * inherits no more than this one does.
 */
function checkOtherFileBase(doc, source, name, service, resource, thisFile, unjudged) {
    const ext = (0,yaml/* field */.ZZ)(doc, service, 'extends');
    const fileNode = (0,dist/* isMap */.jh)(ext?.value) ? (0,yaml/* field */.ZZ)(doc, ext.value, 'file')?.value : undefined;
    if (!ext || !fileNode)
        return;
    const file = (0,yaml/* stringValue */.r$)(fileNode);
    if (file !== undefined && thisFile(file))
        return;
    const missing = JUDGED_KEYS.filter(key => !setsItself(doc, service, key));
    const range = ext.written.range;
    if (!missing.length || !range)
        return;
    const named = file ?? (0,yaml/* scalarText */.ws)(fileNode) ?? 'a file given by a non-string value';
    const list = missing.length < 2 ? missing.join('') : `${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]}`;
    unjudged(`${source.path}: compose service "${name}" extends a service of another file, ${named}, which is not read here: its ${list} ${missing.length < 2 ? 'is' : 'are'} not judged. Set ${missing.length < 2 ? 'it' : 'them'} in "${name}" itself (a value written there wins over the base's).`, source.span(range[0], range[1]), `services.${name}.extends.file`, resource);
}
/** The service writes the setting itself (`build.network` inside its own `build` map); null is not a value. */
function setsItself(doc, service, key) {
    const [first, second] = key.split('.');
    let hit = (0,yaml/* field */.ZZ)(doc, service, first);
    if (second !== undefined)
        hit = (0,dist/* isMap */.jh)(hit?.value) ? (0,yaml/* field */.ZZ)(doc, hit.value, second) : undefined;
    return hit !== undefined && !((0,dist/* isScalar */.jn)(hit.value) && (hit.value.value === null || hit.value.value === undefined));
}
/** compose resolves `extends.file` from the directory of the file that writes it. */
function namesFile(source, file) {
    if (file === '' || external_node_path_default().posix.isAbsolute(file) || file.includes('$'))
        return false;
    const here = source.path.replace(/\\/g, '/');
    return external_node_path_default().posix.normalize(external_node_path_default().posix.join(external_node_path_default().posix.dirname(here), file)) === external_node_path_default().posix.normalize(here);
}

// EXTERNAL MODULE: ./src/parse/dockerfile/dockerfile.ts
var dockerfile = __nccwpck_require__(9654);
// EXTERNAL MODULE: ./src/parse/k8s/k8s.ts
var k8s = __nccwpck_require__(1292);
;// CONCATENATED MODULE: ./src/parse/k8s/no-pod-document.ts
/**
 * Kinds whose objects can never run a pod nor be one of the facts later stages need: their text
 * may still mention host fields (a CRD's OpenAPI schema describes `hostNetwork`, a ConfigMap holds
 * a manifest as a string), so the cheap text test would otherwise send them to the parser.
 */
const NO_POD_KINDS = new Set(['CustomResourceDefinition', 'ConfigMap', 'Secret']);
/** A top-level `kind:` in a block mapping: at column 0, plain or quoted value, an optional comment. */
const TOP_LEVEL_KIND = /^kind[ \t]*:[ \t]*(["']?)([A-Za-z][A-Za-z0-9]*)\1[ \t]*(?:#.*)?\r?$/gm;
/** The first line with content: a directive, a comment or a blank line is not one. */
const FIRST_CONTENT = /^(?![ \t]*(?:#|%|\r?$))(.*)$/m;
/**
 * Whether one YAML document, read as text, is an object of a kind that holds no pod. Decided only
 * when the text leaves no doubt: the document is a block mapping (its first content starts a key
 * at column 0), and exactly one top-level `kind:` names such a kind. Anything else (a flow
 * mapping, a quoted or escaped key, two `kind:` keys, a merge key without its own `kind:`) is
 * parsed as before, so no finding can be lost to this shortcut.
 */
function holdsNoPod(document) {
    const first = FIRST_CONTENT.exec(document)?.[1];
    if (first === undefined || !/^[A-Za-z]/.test(first))
        return false;
    let kind;
    for (const m of document.matchAll(TOP_LEVEL_KIND)) {
        if (kind !== undefined)
            return false;
        kind = m[2];
    }
    return kind !== undefined && NO_POD_KINDS.has(kind);
}

// EXTERNAL MODULE: ./src/parse/shell/file-names.ts
var file_names = __nccwpck_require__(1463);
;// CONCATENATED MODULE: ./src/parse/shell/expansion.ts
/**
 * Words that are nothing but expansions: what they become is known only when the script runs.
 * Docker reads its options after the shell expanded them, so `docker run $DOCKER_OPTS
 * --net=host img` gives the engine `--net=host` whatever `$DOCKER_OPTS` holds, while in
 * `docker run $IMAGE --net=host` the expansion is most likely the image.
 */
/** A word longer than this is read as a plain word: no one writes such an expansion. */
const MAX_WORD = 1024;
/**
 * `$X`, `${X}`, `"$X"`, `"${a[@]}"`, `$@`, `$1`, Make's `$(X)` and `$$X`, a command substitution
 * `$(cmd)` or `` `cmd` ``, a GitHub expression `${{ matrix.opts }}`, or several side by side.
 * The word as written (quotes included): single quotes make `$` literal, so `'$X'` is none, and
 * any literal character (`${REGISTRY}/app`) makes the word plain. Linear.
 */
function isExpansionOnly(raw) {
    if (raw.length > MAX_WORD)
        return false;
    let k = 0;
    let expansions = 0;
    while (k < raw.length) {
        const c = raw[k];
        if (c === '"') {
            k++;
            continue;
        }
        if (c === '`') {
            const close = raw.indexOf('`', k + 1);
            if (close === -1)
                return false;
            k = close + 1;
        }
        else if (c === '$') {
            let j = k + 1;
            while (raw[j] === '$')
                j++;
            const n = raw[j] ?? '';
            if (n === '{' || n === '(') {
                const close = closingBracket(raw, j);
                if (close === -1)
                    return false;
                k = close + 1;
            }
            else if (/[A-Za-z_]/.test(n)) {
                j++;
                while (j < raw.length && /\w/.test(raw[j]))
                    j++;
                k = j;
            }
            else if (n !== '' && '@*#?!-0123456789'.includes(n))
                k = j + 1;
            else
                return false;
        }
        else
            return false;
        expansions++;
    }
    return expansions > 0;
}
function closingBracket(raw, open) {
    const o = raw[open];
    const c = o === '{' ? '}' : ')';
    let depth = 0;
    for (let k = open; k < raw.length; k++) {
        if (raw[k] === o)
            depth++;
        else if (raw[k] === c && --depth === 0)
            return k;
    }
    return -1;
}
/**
 * The last name in an expansion (`IMAGE` in `"${IMAGE:-x}"`, `image` in `${{ matrix.image }}`)
 * names an image: such a word is the image, not options. Names that merely start with it
 * (`IMAGE_OPTS`) do not count.
 */
const IMAGE_NAME = /(?:^|[^A-Za-z0-9])(?:image|img)(?:[_-]?(?:name|ref|tag|uri|url|id))?$/i;
function namesImage(raw) {
    if (raw.length > MAX_WORD)
        return false;
    const github = /^"?\$\{\{\s*([\w.-]+)\s*\}\}"?$/.exec(raw);
    if (github)
        return IMAGE_NAME.test(github[1]);
    const variable = /^"?\$+[{(]?([A-Za-z_]\w*)/.exec(raw);
    return variable !== null && IMAGE_NAME.test(variable[1]);
}

;// CONCATENATED MODULE: ./src/parse/shell/heredoc.ts
/**
 * Heredoc bodies (`cat <<EOF` ... `EOF`) in the shell tokenizer. A body is data, not commands, so
 * the tokenizer steps over it; shell.ts reads it as a script only when a shell receives it. This
 * module finds where bodies begin and end, in one pass over their lines.
 */
/**
 * A delimiter as scripts write them (`EOF`, `END_SCRIPT`, `_EOF_`, `EOF-1`). Anything else after
 * `<<` is more likely not a heredoc: the YAML merge key `<<: *base` in a workflow read as text,
 * a shift in prose. Reading one of those as a heredoc would hide the rest of the file.
 */
function isDelimiter(word) {
    return /^[A-Za-z0-9_][\w.-]*$/.test(word);
}
/**
 * Reads the bodies of the heredocs opened on one line, in order, starting at `from` (just past
 * that line's newline). Each body ends before its terminator line; an unterminated one runs to
 * `end`. Returns where the commands resume: past the last terminator line.
 */
function readBodies(text, from, end, docs) {
    let p = from;
    for (const doc of docs) {
        doc.start = p;
        doc.end = end;
        let resume = end;
        while (p < end) {
            const nl = lineEndAfter(text, p, end);
            if (isTerminator(text, p, nl, doc)) {
                doc.end = p;
                resume = Math.min(nl + 1, end);
                break;
            }
            p = nl + 1;
        }
        p = resume;
    }
    return p;
}
/**
 * The line `[start, lineEnd)` ends the body when it is the delimiter. `<<-` strips leading tabs
 * first. Blanks up to the operator line's own indentation are stripped too: a script inside a
 * YAML `run: |` block or a Makefile recipe is indented in the file, and the shell sees it only
 * after YAML or Make removed that indentation. A CR before the newline is part of the line ending.
 */
function isTerminator(text, start, lineEnd, doc) {
    let k = start;
    const limit = start + doc.indent;
    while (k < lineEnd && k < limit && (text[k] === ' ' || text[k] === '\t'))
        k++;
    if (doc.dash)
        while (k < lineEnd && text[k] === '\t')
            k++;
    let e = lineEnd;
    if (e > k && text[e - 1] === '\r')
        e--;
    return e - k === doc.delimiter.length && text.startsWith(doc.delimiter, k);
}
/** Where the line holding `at` ends (its newline), or `end` when that comes first. */
function lineEndAfter(text, at, end) {
    const nl = text.indexOf('\n', at);
    return nl === -1 || nl > end ? end : nl;
}

;// CONCATENATED MODULE: ./src/parse/shell/shell-tokenizer.ts

/**
 * Splits shell text into simple commands of words, with the raw offset of every character, for
 * shell.ts. Just enough shell to get words right: quotes, escapes, continuations, comments,
 * `$(...)`, backticks, operators, redirections, heredocs, GitHub `${{ }}` expressions. It never
 * throws and stays linear: every look-ahead is bounded or remembered.
 *
 * The text may be a view of a script embedded in another format (shell-view.ts): what the shell
 * reads, at the raw file's offsets. A VOID there is a character the host format consumed (the
 * first backslash of a Groovy `\\`): the shell never sees it, so it is skipped.
 */
/** A character the shell does not see; a shell cannot see NUL in a script either. */
const VOID = '\0';
/** `$(...)`/backtick nesting kept apart; deeper ones are read as plain text. */
const MAX_FRAMES = 8;
const BLANKS = ' \t\r\v\f';
function newFrame(kind, openedAt) {
    return { kind, depth: 0, arithAt: -1, cmd: { words: [] }, cur: undefined, quote: '', openedAt };
}
function finish(b) {
    const w = { start: b.start, end: b.end, text: b.chars.join(''), offs: b.offs, redir: false };
    if (b.quotes === 1 && !b.substituted && b.firstQuoteAt !== -1 && b.lastCloseAt === b.end - 1)
        w.inner = [b.firstQuoteAt + 1, b.end - 1];
    return w;
}
/** Nothing but VOIDs: no word at all. */
function isVoidOnly(b) {
    return b.chars.length === 0 && b.quotes === 0 && !b.substituted;
}
/**
 * Splits `text[start, end)` into simple commands (lists of words). Commands inside `$(...)` and
 * backticks come out as commands of their own, while the outer word keeps the substitution's text.
 * With `heredocs`, a heredoc body is stepped over at the newline that ends its operator's line
 * and returned apart; without, `<<` is a redirection like any other.
 */
function tokenize(text, start, end, newlineIsBlank, heredocs) {
    const out = [];
    const docs = [];
    /** Heredocs opened on the current line, whose bodies start after it. */
    const pending = [];
    const stack = [newFrame('top', start)];
    let f = stack[0];
    // Where a look-ahead for a closing quote or `}}` already failed: up to that line end it fails again.
    const noClose = { "'": -1, '"': -1, '}}': -1 };
    let noGroupUntil = -1;
    let groupClose = 0;
    let lineStart = start;
    let indentLine = -1;
    let indent = 0;
    const builder = (at) => {
        if (!f.cur)
            f.cur = { start: at, end: at, chars: [], offs: [], quotes: 0, firstQuoteAt: -1, lastCloseAt: -1, substituted: false };
        return f.cur;
    };
    const add = (c, at, wordStart, wordEnd) => {
        const b = builder(wordStart);
        b.chars.push(c);
        b.offs.push(at);
        b.end = wordEnd;
    };
    /** Blanks before the current line's first word, computed once per line. */
    const lineIndent = () => {
        if (indentLine !== lineStart) {
            let k = lineStart;
            while (k < end && (text[k] === ' ' || text[k] === '\t'))
                k++;
            indentLine = lineStart;
            indent = k - lineStart;
        }
        return indent;
    };
    const endWord = () => {
        if (!f.cur)
            return;
        if (isVoidOnly(f.cur)) {
            f.cur = undefined;
            return;
        }
        const w = finish(f.cur);
        f.cmd.words.push(w);
        f.cur = undefined;
        const op = f.heredocOp;
        if (!op)
            return;
        f.heredocOp = undefined;
        if (!isDelimiter(w.text))
            return;
        const doc = { delimiter: w.text, dash: op.dash, indent: lineIndent(), command: f.cmd, stdin: op.stdin, start: -1, end: -1 };
        if (op.stdin) {
            if (f.stdinDoc)
                f.stdinDoc.stdin = false;
            f.stdinDoc = doc;
        }
        pending.push(doc);
    };
    const endCommand = () => {
        endWord();
        f.heredocOp = undefined;
        const cmd = f.cmd;
        if (cmd.words.length === 0)
            return undefined;
        out.push(cmd);
        if (f.pipeFrom)
            f.pipeFrom.pipesInto = cmd;
        f.pipeFrom = undefined;
        f.stdinDoc = undefined;
        f.cmd = { words: [] };
        return cmd;
    };
    const push = (kind, at) => {
        builder(at).substituted = true;
        f = newFrame(kind, at);
        if (kind === 'paren' && text[at + 2] === '(')
            f.arithAt = 0;
        stack.push(f);
    };
    const pop = (closeEnd, closed = true) => {
        endCommand();
        const opened = f.openedAt;
        stack.pop();
        f = stack[stack.length - 1];
        // The outer word reads the substitution as written, e.g. a value `$(cat net)`. An unclosed
        // one (a syntax error, or `$(` in prose) is not copied: that would cost a pass per frame.
        const b = builder(opened);
        b.end = closeEnd;
        if (!closed)
            return;
        for (let k = opened; k < closeEnd; k++) {
            b.chars.push(text[k]);
            b.offs.push(k);
        }
    };
    /** A quote in mid-word (`app's`) with no partner on its line is a literal, as in YAML prose. */
    const closesOnLine = (at, q) => {
        if (noClose[q] >= at)
            return false;
        let j = at + 1;
        while (j < end && text[j] !== '\n') {
            if (q === '"' && text[j] === '\\')
                j += 2;
            else if (text.startsWith(q, j))
                return true;
            else
                j++;
        }
        noClose[q] = j;
        return false;
    };
    /** The first character at or after `k` that is not VOID: what follows a backslash. */
    const visible = (k) => {
        while (k < end && text[k] === VOID)
            k++;
        return k;
    };
    let i = start;
    while (i < end) {
        if (text[i - 1] === '\n')
            lineStart = i;
        const c = text[i];
        if (c === VOID) {
            // Starts a word, so that a word's span keeps a host escape before its first character.
            if (!f.quote)
                builder(i);
            i++;
            continue;
        }
        if (f.quote === "'") {
            if (c === "'") {
                f.quote = '';
                builder(i).lastCloseAt = i;
                builder(i).end = i + 1;
            }
            else
                add(c, i, i, i + 1);
            i++;
            continue;
        }
        if (f.quote === '"') {
            // The character a backslash escapes, past any VOIDs; `end` when `c` is no backslash.
            const k = c === '\\' ? visible(i + 1) : end;
            if (k < end) {
                const n = text[k];
                if (n === '\n')
                    i = k + 1;
                else if (n === '\r' && text[k + 1] === '\n')
                    i = k + 2;
                else if (n === '"' || n === '\\' || n === '$' || n === '`') {
                    add(n, k, i, k + 1);
                    i = k + 1;
                }
                else {
                    add(c, i, i, i + 1);
                    i++;
                }
            }
            else if (c === '"') {
                f.quote = '';
                builder(i).lastCloseAt = i;
                builder(i).end = i + 1;
                i++;
            }
            else if (c === '$' && text[i + 1] === '(' && stack.length < MAX_FRAMES) {
                push('paren', i);
                i += 2;
            }
            else if (c === '`' && stack.length < MAX_FRAMES) {
                push('tick', i);
                i++;
            }
            else {
                add(c, i, i, i + 1);
                i++;
            }
            continue;
        }
        if (BLANKS.includes(c)) {
            endWord();
            i++;
        }
        else if (c === '\n') {
            if (newlineIsBlank)
                endWord();
            else
                endCommand();
            i++;
            if (pending.length > 0) {
                i = readBodies(text, i, end, pending);
                for (const doc of pending)
                    docs.push(doc);
                pending.length = 0;
            }
        }
        else if (c === '\\') {
            const k = visible(i + 1);
            if (text[k] === '\n' && k < end)
                i = k + 1;
            else if (text[k] === '\r' && text[k + 1] === '\n' && k + 1 < end)
                i = k + 2;
            else if (k < end) {
                add(text[k], k, i, k + 1);
                i = k + 1;
            }
            else {
                add(c, i, i, i + 1);
                i++;
            }
        }
        else if (c === '#' && !f.cur) {
            i = lineEndAfter(text, i, end);
        }
        else if (c === "'" || c === '"') {
            if (f.cur && /[A-Za-z0-9]/.test(text[i - 1]) && !closesOnLine(i, c))
                add(c, i, i, i + 1);
            else {
                const b = builder(i);
                if (b.chars.length === 0 && b.quotes === 0 && !b.substituted)
                    b.firstQuoteAt = i;
                b.quotes += 1;
                b.end = i + 1;
                f.quote = c;
            }
            i++;
        }
        else if (c === '$' && text[i + 1] === '(' && stack.length < MAX_FRAMES) {
            push('paren', i);
            i += 2;
        }
        else if (c === '$' && text[i + 1] === '{' && text[i + 2] === '{') {
            // A GitHub expression `${{ matrix.net }}` is one word even with blanks inside.
            let close = -1;
            if (noClose['}}'] < i) {
                let k = i + 3;
                while (k + 1 < end && text[k] !== '\n' && !(text[k] === '}' && text[k + 1] === '}'))
                    k++;
                if (k + 1 < end && text[k] === '}' && text[k + 1] === '}')
                    close = k;
                else
                    noClose['}}'] = k;
            }
            if (close !== -1) {
                for (let k = i; k < close + 2; k++)
                    add(text[k], k, i, k + 1);
                i = close + 2;
            }
            else {
                add(c, i, i, i + 1);
                i++;
            }
        }
        else if (c === '`' && f.kind === 'tick') {
            pop(i + 1);
            i++;
        }
        else if (c === '`' && stack.length < MAX_FRAMES) {
            push('tick', i);
            i++;
        }
        else if (c === '(' && f.cur && text[i + 1] !== ')' && i > noGroupUntil && (groupClose = groupEnd(text, i, end)) !== -1) {
            // `log("docker run …")`, `Write-Output("…")`, `arr=(a b)`: a call or an array in a script
            // of another language, or data; never a subshell, which only opens where a command starts.
            for (let k = i; k < groupClose; k++)
                add(text[k], k, f.cur.start, k + 1);
            i = groupClose;
        }
        else if (c === '(') {
            // Where a group does not close on its line, no later one on that line is looked for: linear.
            if (f.cur && groupClose === -1)
                noGroupUntil = lineEndAfter(text, i, end);
            groupClose = 0;
            endCommand();
            if (text[i + 1] === '(' && f.arithAt < 0)
                f.arithAt = f.depth;
            f.depth += 1;
            i++;
        }
        else if (c === ')') {
            if (f.kind === 'paren' && f.depth === 0)
                pop(i + 1);
            else {
                endCommand();
                if (f.depth > 0)
                    f.depth -= 1;
                if (f.depth <= f.arithAt)
                    f.arithAt = -1;
            }
            i++;
        }
        else if (c === '<' || c === '>' || (c === '&' && text[i + 1] === '>')) {
            // `2>&1`: a number right before the operator is its file descriptor, not a word.
            let opStart = i;
            let fd = '';
            if (f.cur && f.cur.quotes === 0 && /^[0-9]+$/.test(f.cur.chars.join(''))) {
                opStart = f.cur.start;
                fd = f.cur.chars.join('');
                f.cur = undefined;
            }
            else
                endWord();
            let j = i;
            while (j < end && '<>&|'.includes(text[j]))
                j++;
            const op = text.slice(i, j);
            if (op === '<<' && text[j] === '-')
                j++;
            f.cmd.words.push({ start: opStart, end: j, text: text.slice(opStart, j), offs: [], redir: true });
            // `<<<` is a here-string, and `$((1 << n))` a shift.
            f.heredocOp = heredocs && op === '<<' && f.arithAt < 0 ? { dash: j > i + 2, stdin: fd === '' || fd === '0' } : undefined;
            i = j;
        }
        else if (c === ';' || c === '&' || c === '|') {
            const ended = endCommand();
            const doubled = text[i + 1] === c; // `&&`, `||`, `;;`
            const pipe = c === '|' && !doubled; // `|` and `|&`
            f.pipeFrom = pipe ? ended : undefined;
            i += doubled || (pipe && text[i + 1] === '&') ? 2 : 1;
        }
        else {
            add(c, i, i, i + 1);
            i++;
        }
    }
    while (stack.length > 1)
        pop(end, false);
    endCommand();
    return { commands: out, heredocs: docs };
}
/**
 * Just past the `)` that closes the `(` at `open` on the same line, skipping quoted text; -1 when
 * the line ends first (an unclosed `(` in prose must not swallow the rest of a file). A backslash
 * escapes the next character outside single quotes. Linear in the line.
 */
function groupEnd(text, open, end) {
    let depth = 0;
    let quote = '';
    for (let k = open; k < end; k++) {
        const c = text[k];
        if (c === '\n')
            return -1;
        if (quote) {
            if (c === '\\' && quote === '"')
                k++;
            else if (c === quote)
                quote = '';
        }
        else if (c === '\\')
            k++;
        else if (c === '"' || c === "'")
            quote = c;
        else if (c === '(')
            depth++;
        else if (c === ')' && --depth === 0)
            return k + 1;
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/parse/shell/jenkinsfile.ts

function readJenkinsfile(text) {
    const lexer = new GroovyLexer(text);
    lexer.code(0, 0);
    const { scripts, containerOptions } = findSteps(lexer.tokens);
    return { view: lexer.view(), scripts, containerOptions, ...(lexer.problem ? { problem: lexer.problem } : {}) };
}
/** `${ "${ ... }" }` nesting followed; deeper interpolations are read as string text. */
const MAX_INTERPOLATION_DEPTH = 8;
/** Single-letter escapes and what they stand for. */
const ESCAPES = { b: '\b', f: '\f', n: '\n', r: '\r', s: ' ', t: '\t', '\\': '\\', "'": "'", '"': '"', $: '$' };
/** An interpolation a shell reads as it is: a name or a property path (`${IMAGE}`, `${env.OPTS}`). */
const PLAIN_INTERPOLATION = /^[\w.]*$/;
class GroovyLexer {
    text;
    tokens = [];
    problem;
    /** View edits in text order: a replacement character at an offset. */
    at = [];
    chars = [];
    constructor(text) {
        this.text = text;
    }
    /**
     * Code from `i`. At depth 0 it records tokens and reads to the end; inside an interpolation it
     * records nothing and returns the offset of the interpolation's closing brace.
     */
    code(i, depth) {
        const t = this.text;
        let braces = 0;
        while (i < t.length) {
            const c = t[i];
            if (c === '\n') {
                if (depth === 0)
                    this.tokens.push({ kind: 'newline' });
                i++;
            }
            else if (c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\uFEFF')
                i++;
            else if (c === '/' && t[i + 1] === '/') {
                const nl = t.indexOf('\n', i);
                i = nl === -1 ? t.length : nl;
            }
            else if (c === '/' && t[i + 1] === '*') {
                const close = t.indexOf('*/', i + 2);
                if (close === -1)
                    this.unclosed(i, 2, 'the /* comment');
                i = close === -1 ? t.length : close + 2;
            }
            else if (c === "'" || c === '"')
                i = this.string(i, depth);
            else if (c === '$' && t[i + 1] === '/') {
                // A dollar-slashy string: no escapes the shell cares about, and no sh step takes one.
                const close = t.indexOf('/$', i + 2);
                if (close === -1)
                    this.unclosed(i, 2, 'the $/ string');
                i = close === -1 ? t.length : close + 2;
            }
            else if (isIdentStart(c)) {
                let j = i + 1;
                while (j < t.length && isIdentPart(t[j]))
                    j++;
                if (depth === 0)
                    this.tokens.push({ kind: 'ident', text: t.slice(i, j) });
                i = j;
            }
            else {
                if (depth > 0) {
                    if (c === '{')
                        braces++;
                    else if (c === '}') {
                        if (braces === 0)
                            return i;
                        braces--;
                    }
                }
                else
                    this.tokens.push({ kind: 'punct', text: c });
                i++;
            }
        }
        return i;
    }
    /** A string literal from its opening quote; returns the offset after it. */
    string(i, depth) {
        const t = this.text;
        const quote = t[i];
        const triple = t[i + 1] === quote && t[i + 2] === quote;
        const contentStart = i + (triple ? 3 : 1);
        const interpolates = quote === '"';
        let k = contentStart;
        let contentEnd = -1;
        let end = t.length;
        while (k < t.length) {
            const c = t[k];
            if (c === '\\')
                k = this.escape(k);
            else if (triple ? c === quote && t[k + 1] === quote && t[k + 2] === quote : c === quote) {
                contentEnd = k;
                end = k + (triple ? 3 : 1);
                break;
            }
            else if (c === '\n' && !triple) {
                // Unterminated on its line: Groovy refuses it; the lexer goes on with the next line.
                this.unclosed(i, 1, `the ${quote} string`, true);
                contentEnd = k;
                end = k;
                break;
            }
            else if (interpolates && c === '$' && t[k + 1] === '{' && depth < MAX_INTERPOLATION_DEPTH)
                k = this.interpolation(k, depth);
            else
                k++;
        }
        if (contentEnd === -1) {
            // At the end of the file: whatever kind of string, it took the rest of the file with it.
            this.unclosed(i, triple ? 3 : 1, `the ${triple ? quote.repeat(3) : quote} string`);
            contentEnd = t.length;
        }
        if (depth === 0)
            this.tokens.push({ kind: 'string', literal: { start: i, end, contentStart, contentEnd } });
        return end;
    }
    /** Notes the first string or comment opened at `start` (its opening `length` long) and never closed. */
    unclosed(start, length, what, onItsLine = false) {
        if (this.problem)
            return;
        const message = onItsLine
            ? `${what} is not closed on its line: Groovy refuses the file`
            : `${what} is never closed: Groovy refuses the file, and everything after it was read as part of it`;
        this.problem = { start, end: start + length, message };
    }
    /** A backslash escape at `k`: the shell sees what it stands for. Returns the offset after it. */
    escape(k) {
        const t = this.text;
        const n = t[k + 1];
        if (n === '\n' || (n === '\r' && t[k + 2] === '\n')) {
            // A line continuation: Groovy joins the lines.
            const nl = n === '\n' ? k + 1 : k + 2;
            for (let p = k; p <= nl; p++)
                this.set(p, VOID);
            return nl + 1;
        }
        if (n === 'u' && /^[0-9A-Fa-f]{4}$/.test(t.slice(k + 2, k + 6))) {
            for (let p = k; p < k + 5; p++)
                this.set(p, VOID);
            this.set(k + 5, String.fromCharCode(parseInt(t.slice(k + 2, k + 6), 16)));
            return k + 6;
        }
        const meaning = n === undefined ? undefined : ESCAPES[n];
        if (meaning === undefined)
            return k + 1;
        this.set(k, VOID);
        if (meaning !== n)
            this.set(k + 1, meaning);
        return k + 2;
    }
    /** `${...}` at `k` in a GString; returns the offset after its closing brace. */
    interpolation(k, depth) {
        const close = this.code(k + 2, depth + 1);
        if (close >= this.text.length)
            return close;
        if (!PLAIN_INTERPOLATION.test(this.text.slice(k + 2, close))) {
            // Edits made inside (escapes of nested strings) are replaced by the placeholder.
            while (this.at.length > 0 && this.at[this.at.length - 1] >= k + 2) {
                this.at.pop();
                this.chars.pop();
            }
            for (let p = k + 2; p < close; p++)
                this.set(p, '_');
        }
        return close + 1;
    }
    set(offset, char) {
        this.at.push(offset);
        this.chars.push(char);
    }
    view() {
        if (this.at.length === 0)
            return this.text;
        const parts = [];
        let from = 0;
        for (let e = 0; e < this.at.length; e++) {
            parts.push(this.text.slice(from, this.at[e]), this.chars[e]);
            from = this.at[e] + 1;
        }
        parts.push(this.text.slice(from));
        return parts.join('');
    }
}
function isIdentStart(c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || c === '$';
}
function isIdentPart(c) {
    return isIdentStart(c) || (c >= '0' && c <= '9');
}
// ---------------------------------------------------------------------------------------------
// Steps
/** How far the arguments of one call are searched for a named one; real steps have a handful. */
const MAX_ARGUMENT_TOKENS = 64;
/** Receivers through which a shared-library style call reaches the step: `steps.sh`, `this.sh`. */
const STEP_RECEIVERS = new Set(['steps', 'this']);
function findSteps(tokens) {
    const scripts = [];
    const containerOptions = [];
    /** The name before each open `{`: `agent`, `docker`, or '' for any other block or closure. */
    const blocks = [];
    const inAgent = (...kinds) => blocks[blocks.length - 2] === 'agent' && kinds.includes(blocks[blocks.length - 1]);
    const runOptions = (args) => {
        if (args)
            containerOptions.push({ ...args, subcommand: 'run' });
    };
    for (let i = 0; i < tokens.length; i++) {
        const tok = tokens[i];
        if (tok.kind === 'punct') {
            if (tok.text === '{')
                blocks.push(identAt(tokens, i - 1) ?? '');
            else if (tok.text === '}')
                blocks.pop();
            continue;
        }
        if (tok.kind !== 'ident')
            continue;
        const afterDot = isPunct(tokens[i - 1], '.');
        if (tok.text === 'sh' && (!afterDot || STEP_RECEIVERS.has(identAt(tokens, i - 2) ?? ''))) {
            const script = callArgument(tokens, i + 1, 'script', true);
            if (script)
                scripts.push(script);
        }
        else if (afterDot && (tok.text === 'inside' || tok.text === 'withRun')) {
            runOptions(isPunct(tokens[i + 1], '(') ? stringAt(tokens, i + 2) : undefined);
        }
        else if (afterDot)
            continue;
        else if (tok.text === 'withDockerContainer')
            runOptions(callArgument(tokens, i + 1, 'args', false));
        else if (tok.text === 'args' && inAgent('docker', 'dockerfile'))
            runOptions(stringAt(tokens, isPunct(tokens[i + 1], '(') ? i + 2 : i + 1));
        else if (tok.text === 'additionalBuildArgs' && inAgent('dockerfile')) {
            const args = stringAt(tokens, isPunct(tokens[i + 1], '(') ? i + 2 : i + 1);
            if (args)
                containerOptions.push({ ...args, subcommand: 'build' });
        }
    }
    return { scripts, containerOptions };
}
function isPunct(tok, text) {
    return tok?.kind === 'punct' && tok.text === text;
}
function identAt(tokens, k) {
    const tok = tokens[k];
    return tok?.kind === 'ident' ? tok.text : undefined;
}
function stringAt(tokens, k) {
    const tok = tokens[k];
    return tok?.kind === 'string' ? tok.literal : undefined;
}
/**
 * A literal string argument of the call whose arguments start at `from`: the first one when
 * `positional` (`sh 'x'`, `sh('x')`), else the one named `name` (`sh(script: 'x', returnStdout:
 * true)`, `sh label: 'l', script: 'x'`, `withDockerContainer(image: 'i', args: 'a')`). In
 * `sh 'a' + b` it is `'a'`: only a literal is read. Without parentheses the call ends with its
 * line, unless a comma carries it on.
 */
function callArgument(tokens, from, name, positional) {
    let k = from;
    const parenthesized = isPunct(tokens[k], '(');
    if (parenthesized)
        k++;
    if (positional && tokens[k]?.kind === 'string')
        return stringAt(tokens, k);
    let depth = 0;
    let previous;
    for (let n = 0; n < MAX_ARGUMENT_TOKENS && k < tokens.length; n++, k++) {
        const tok = tokens[k];
        if (tok.kind === 'newline') {
            if (!parenthesized && !isPunct(previous, ','))
                return undefined;
            continue;
        }
        if (tok.kind === 'punct') {
            if ('([{'.includes(tok.text))
                depth++;
            else if (')]}'.includes(tok.text)) {
                if (depth === 0)
                    return undefined;
                depth--;
            }
            else if (tok.text === ';' && !parenthesized)
                return undefined;
        }
        if (depth === 0 && tok.kind === 'ident' && tok.text === name && isPunct(tokens[k + 1], ':')) {
            const value = stringAt(tokens, k + 2);
            if (value)
                return value;
        }
        previous = tok;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/parse/yaml/yaml-escapes.ts
/**
 * YAML's double-quoted escapes, for the readers that undo them by hand to keep each character's
 * offset in the file: embedded.ts (YAML held in a YAML string) and yaml-folding.ts (a quoted
 * command value as the shell receives it). The yaml package undoes them too, but keeps no offsets.
 */
/** Escapes of one character (YAML 1.2, 5.7; 1.1 agrees) and what each gives. */
const ONE_CHARACTER_ESCAPES = {
    '0': '\0',
    a: '\x07',
    b: '\b',
    t: '\t',
    '\t': '\t',
    n: '\n',
    v: '\v',
    f: '\f',
    r: '\r',
    e: '\x1b',
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    N: '\x85',
    _: '\xa0',
    L: '\u2028',
    P: '\u2029',
};
/** Hex escapes: how many digits follow `\x`, `\u`, `\U`. */
const HEX_DIGITS = { x: 2, u: 4, U: 8 };
/**
 * The escape whose backslash is at `i` (not one before a line break, which folds): what it gives
 * and how many characters of the text it takes; undefined for an escape YAML refuses.
 */
function readDoubleQuotedEscape(text, i) {
    const c = text[i + 1];
    const one = ONE_CHARACTER_ESCAPES[c];
    if (one !== undefined)
        return [one, 2];
    const digits = HEX_DIGITS[c];
    if (digits === undefined)
        return undefined;
    const hex = text.slice(i + 2, i + 2 + digits);
    if (hex.length !== digits || !/^[0-9A-Fa-f]+$/.test(hex))
        return undefined;
    const code = parseInt(hex, 16);
    return code <= 0x10ffff ? [String.fromCodePoint(code), 2 + digits] : undefined;
}

;// CONCATENATED MODULE: ./src/parse/yaml/yaml-folding.ts


/**
 * The line breaks YAML turns into blanks inside the command values of a workflow file: a folded
 * block (`run: >`), a plain or quoted value over several lines (`- run: docker run --rm` with
 * `--pid=host img` below it), a GitLab `script:` item. shell.ts reads workflow files as raw text,
 * where a line break ends a command, but the runner's shell receives the value after YAML joined
 * those lines into one. Literal blocks (`run: |`) keep their breaks and need nothing here.
 * Likewise the escapes of a quoted command value (`'a ''b'''`, `"a\tb"`, a `\` at a line end):
 * the shell receives them undone, so they are undone in place, VOIDs standing for what YAML consumed.
 *
 * Read from the raw lines, without parsing the YAML: the commands are found in the raw text too,
 * and a file that does not parse still has commands. Every construct consumes its own lines, so
 * each line is looked at a bounded number of times.
 */
/** YAML keys whose value is a command line: GitHub `run:`, GitLab `script:`, compose `command:`. */
const YAML_COMMAND_KEYS = new Set(['run', 'script', 'before_script', 'after_script', 'command', 'cmd', 'entrypoint']);
/** `>`, `|-`, `>2`, `>+1`, `|2-`, optionally followed by a comment. */
const BLOCK_HEADER = /^[|>](?:[1-9][+-]?|[+-][1-9]?)?(?:[ \t]+#.*)?[ \t\r]*$/;
/** Offsets of the `\n` characters YAML folds into a blank, in text order. */
function foldedLineBreaks(text) {
    return yamlCommandEdits(text)
        .filter(([at, c]) => c === ' ' && text[at] === '\n')
        .map(([at]) => at);
}
/**
 * What YAML changes in the command values of `text` before a shell reads them, in text order.
 * Folded breaks become blanks. In a quoted value with escapes, the quotes become blanks (the
 * inside is the script, read like a plain value) and each escape becomes what it stands for,
 * VOIDs taking the place of what YAML consumed: `''` is a VOID and the `'` the shell sees, so a
 * word read from it keeps both raw quotes in its span. A value with an escape YAML refuses keeps
 * its escapes as written (only its folds count); one that does not close changes nothing.
 */
function yamlCommandEdits(text) {
    const reader = new FoldReader(text);
    let i = 0;
    while (i < reader.count)
        i = reader.statement(i);
    return reader.edits;
}
class FoldReader {
    text;
    /** Folds and undone escapes, in text order. */
    edits = [];
    starts = [0];
    /** Offset of each line's `\n`, or the text's end. */
    ends = [];
    constructor(text) {
        this.text = text;
        for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) {
            this.ends.push(nl);
            this.starts.push(nl + 1);
        }
        this.ends.push(text.length);
    }
    get count() {
        return this.starts.length;
    }
    /** One line at the top level of the reading: a key, an entry, or anything else (skipped). */
    statement(i) {
        if (this.isBlankOrComment(i))
            return i + 1;
        const head = this.head(i);
        if (head.key !== undefined) {
            const command = YAML_COMMAND_KEYS.has(head.key.toLowerCase());
            if (head.value !== -1)
                return this.scalar(i, head.value, head.keyColumn, command);
            return command ? this.valueBelow(i + 1, head.keyColumn) : i + 1;
        }
        // A non-command entry is read only to step over a block scalar, whose lines are not YAML.
        if (head.dash !== -1 && head.value !== -1)
            return this.scalar(i, head.value, head.dash, false);
        return i + 1;
    }
    /** A command key with nothing after it: its value is a list of commands or a scalar on the lines below. */
    valueBelow(j, keyColumn) {
        let m = j;
        while (m < this.count && this.isBlankOrComment(m))
            m++;
        if (m >= this.count)
            return m;
        const head = this.head(m);
        // `script:` may have its list at its own indentation; anything else there is a sibling key.
        if (head.dash === head.indent && head.indent >= keyColumn)
            return this.commandList(m, head.indent);
        if (head.indent <= keyColumn || head.key !== undefined || head.dash !== -1)
            return m;
        return this.scalar(m, this.starts[m] + head.indent, keyColumn, true);
    }
    /** GitLab `script:` entries at `dash`: each is a command, which may span lines. */
    commandList(from, dash) {
        let i = from;
        while (i < this.count) {
            if (this.isBlankOrComment(i)) {
                i++;
                continue;
            }
            const head = this.head(i);
            // A nested list, a mapping entry or an empty entry is no command string: left to statement().
            if (head.indent !== dash || head.dash !== dash || head.dashes !== 1 || head.key !== undefined || head.value === -1)
                return i;
            i = this.scalar(i, head.value, dash, true);
        }
        return i;
    }
    /**
     * A value starting at `value` on line `i`, under a node indented `parent` columns: a block
     * scalar, a quoted or a plain scalar. Returns the first line after it. Only `command` values
     * get folds; other block scalars are stepped over so that their text is not read as keys.
     */
    scalar(i, value, parent, command) {
        const c = this.text[value];
        if (c === '|' || c === '>') {
            if (!BLOCK_HEADER.test(this.text.slice(value, this.ends[i])))
                return i + 1;
            const digit = /[1-9]/.exec(this.text.slice(value + 1, value + 3));
            return this.block(i + 1, parent, digit ? Number(digit[0]) : 0, c === '>' && command);
        }
        if (!command)
            return i + 1;
        if (c === '"' || c === "'")
            return this.quoted(i, value, c, parent);
        if ('[{&*!#%@`'.includes(c))
            return i + 1;
        return this.plain(i, value, parent);
    }
    /**
     * Block scalar content: lines indented at least `n` (from the indentation indicator, or the
     * first non-empty line) and empty lines. In a folded one, the break between two adjacent text
     * lines folds; blank lines and more-indented lines keep their breaks (YAML 1.2, 8.1.3).
     */
    block(from, parent, indicator, fold) {
        let n = parent + indicator;
        if (indicator === 0) {
            let k = from;
            while (k < this.count && this.isBlank(k))
                k++;
            if (k >= this.count)
                return k;
            n = this.indentOf(k);
            if (n <= parent)
                return k;
        }
        let i = from;
        let previousIsText = false;
        for (; i < this.count; i++) {
            if (this.isBlank(i)) {
                previousIsText = false;
                continue;
            }
            const indent = this.indentOf(i);
            if (indent < n)
                break;
            const isText = indent === n && this.text[this.starts[i] + n] !== '\t';
            if (fold && isText && previousIsText)
                this.edits.push([this.ends[i - 1], ' ']);
            previousIsText = isText;
        }
        return i;
    }
    /**
     * A plain scalar: its first line, then lines indented deeper than its parent, up to a comment.
     * Adjacent non-empty lines fold; an empty line between them is a newline in the value.
     */
    plain(i, value, parent) {
        if (this.hasComment(value, this.ends[i]))
            return i + 1;
        let last = i;
        for (let j = i + 1; j < this.count; j++) {
            if (this.isBlank(j))
                continue;
            const indent = this.indentOf(j);
            const first = this.firstNonBlank(j);
            if (indent <= parent || this.text[first] === '#')
                break;
            if (j === last + 1)
                this.edits.push([this.ends[last], ' ']);
            last = j;
            if (this.hasComment(first, this.ends[j]))
                break;
        }
        return last + 1;
    }
    /**
     * A single- or double-quoted scalar from its opening quote. A break between two non-empty
     * lines folds; an escaped break (`\` at a line end in double quotes) joins the lines: it, the
     * break and the next line's leading blanks are VOIDs. Other escapes are undone in place (see
     * yamlCommandEdits). Edits count only once the quote closes within lines indented deeper than
     * the parent; otherwise the YAML is broken and nothing is changed.
     */
    quoted(i, value, quote, parent) {
        const text = this.text;
        const edits = [[value, ' ']];
        let escapes = 0;
        let understood = true;
        let line = i;
        let lineHasText = true;
        let pendingBreak = -1;
        let k = value + 1;
        while (k < text.length) {
            const c = text[k];
            if (c === '\n') {
                pendingBreak = lineHasText ? k : -1;
                lineHasText = false;
                line++;
                if (!this.isBlank(line) && this.indentOf(line) <= parent)
                    return line;
                k++;
                continue;
            }
            if (c === ' ' || c === '\t' || c === '\r') {
                k++;
                continue;
            }
            if (!lineHasText) {
                lineHasText = true;
                if (pendingBreak !== -1)
                    edits.push([pendingBreak, ' ']);
                pendingBreak = -1;
            }
            if (quote === '"' && c === '\\') {
                escapes++;
                const next = text[k + 1] === '\r' && text[k + 2] === '\n' ? k + 2 : k + 1;
                if (text[next] === '\n') {
                    // An escaped line break joins the lines without a blank: not a fold.
                    for (let p = k; p <= next; p++)
                        edits.push([p, VOID]);
                    lineHasText = false;
                    line++;
                    if (!this.isBlank(line) && this.indentOf(line) <= parent)
                        return line;
                    k = next + 1;
                    while (text[k] === ' ' || text[k] === '\t')
                        edits.push([k++, VOID]);
                }
                else {
                    const after = this.escape(k, edits);
                    understood &&= after !== -1;
                    k = after === -1 ? k + 2 : after;
                }
            }
            else if (c === quote && quote === "'" && text[k + 1] === "'") {
                escapes++;
                edits.push([k, VOID]);
                k += 2;
            }
            else if (c === quote) {
                edits.push([k, ' ']);
                // Without escapes (or with one YAML refuses) the quotes stay: the shell reader takes the
                // string in command position as one quoted word and reads its inside, which is exact there.
                const kept = escapes > 0 && understood ? edits : edits.filter(([at, e]) => e === ' ' && text[at] === '\n');
                for (const e of kept)
                    this.edits.push(e);
                return line + 1;
            }
            else
                k++;
        }
        return this.count;
    }
    /**
     * The double-quoted escape at `k` (no line break), undone into `edits`: the characters it
     * gives end where it ends, VOIDs before them. Returns the offset after it, or -1 for an
     * escape YAML refuses.
     */
    escape(k, edits) {
        const read = readDoubleQuotedEscape(this.text, k);
        if (!read)
            return -1;
        const [chars, width] = read;
        const end = k + width;
        if (width === 2) {
            // One character after the backslash: `\0` gives a NUL, which is VOID, and `\"` gives the
            // character already there, which needs no edit.
            edits.push([k, VOID]);
            if (chars !== this.text[k + 1])
                edits.push([k + 1, chars]);
            return end;
        }
        for (let p = k; p < end - chars.length; p++)
            edits.push([p, VOID]);
        for (let u = 0; u < chars.length; u++)
            edits.push([end - chars.length + u, chars[u]]);
        return end;
    }
    head(i) {
        const text = this.text;
        const start = this.starts[i];
        const end = this.ends[i];
        const indent = this.indentOf(i);
        let p = start + indent;
        let dash = -1;
        let dashes = 0;
        while (text[p] === '-' && (p + 1 >= end || text[p + 1] === ' ' || text[p + 1] === '\t' || text[p + 1] === '\r')) {
            dash = p - start;
            dashes++;
            p++;
            while (text[p] === ' ' || text[p] === '\t')
                p++;
        }
        const head = { indent, dash, dashes, keyColumn: -1, value: -1 };
        const key = this.keyAt(p, end);
        if (key) {
            head.key = key.name;
            head.keyColumn = p - start;
            p = key.valueFrom;
        }
        while (p < end && (text[p] === ' ' || text[p] === '\t'))
            p++;
        if (p < end && text[p] !== '#' && text[p] !== '\r')
            head.value = p;
        return head;
    }
    /** A `key:` (plain or quoted) at `p`: its name and where its value may start. */
    keyAt(p, end) {
        const text = this.text;
        const c = text[p];
        let nameEnd;
        let q;
        let name;
        if (c === '"' || c === "'") {
            q = p + 1;
            while (q < end && text[q] !== c)
                q += c === '"' && text[q] === '\\' ? 2 : 1;
            if (q >= end)
                return undefined;
            name = text.slice(p + 1, q);
            q++;
            while (q < end && (text[q] === ' ' || text[q] === '\t'))
                q++;
            if (text[q] !== ':')
                return undefined;
        }
        else {
            if (p >= end || '#[]{},&*!|>%@`\'"'.includes(c))
                return undefined;
            q = p;
            while (q < end && !(text[q] === ':' && (q + 1 >= end || /[ \t\r]/.test(text[q + 1])))) {
                if (text[q] === '#' && (text[q - 1] === ' ' || text[q - 1] === '\t'))
                    return undefined;
                q++;
            }
            if (q >= end)
                return undefined;
            nameEnd = q;
            while (nameEnd > p && (text[nameEnd - 1] === ' ' || text[nameEnd - 1] === '\t'))
                nameEnd--;
            name = text.slice(p, nameEnd);
        }
        return { name, valueFrom: q + 1 };
    }
    /** ` #` or a tab and `#` in [from, end): a comment ends a plain scalar. */
    hasComment(from, end) {
        for (let k = from + 1; k < end; k++)
            if (this.text[k] === '#' && (this.text[k - 1] === ' ' || this.text[k - 1] === '\t'))
                return true;
        return false;
    }
    indentOf(i) {
        let k = this.starts[i];
        while (k < this.ends[i] && this.text[k] === ' ')
            k++;
        return k - this.starts[i];
    }
    firstNonBlank(i) {
        let k = this.starts[i];
        while (k < this.ends[i] && (this.text[k] === ' ' || this.text[k] === '\t'))
            k++;
        return k;
    }
    isBlank(i) {
        if (i >= this.count)
            return false;
        for (let k = this.starts[i]; k < this.ends[i]; k++)
            if (this.text[k] !== ' ' && this.text[k] !== '\t' && this.text[k] !== '\r')
                return false;
        return true;
    }
    isBlankOrComment(i) {
        const k = this.firstNonBlank(i);
        return k >= this.ends[i] || this.text[k] === '#' || this.text[k] === '\r';
    }
}

;// CONCATENATED MODULE: ./src/parse/shell/shell-view.ts




/** A word as the shell reads it before expanding it: quotes kept, host escapes (VOIDs) gone. */
function asWritten(t, w) {
    const raw = t.view.slice(w.start, w.end);
    return raw.includes(VOID) ? raw.split(VOID).join('') : raw;
}
function shellViewOf(src) {
    const path = src.path.replace(/\\/g, '/');
    const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
    // Told apart by name as discovery/classify.ts does; the only YAML files read for commands are workflows.
    if ((0,file_names/* isJenkinsfile */.Z)(name)) {
        const jenkinsfile = readJenkinsfile(src.text);
        return {
            text: jenkinsfile.view,
            scripts: jenkinsfile.scripts.map(s => [s.contentStart, s.contentEnd]),
            containerOptions: jenkinsfile.containerOptions,
            problem: jenkinsfile.problem,
        };
    }
    if (/\.ya?ml$/.test(name))
        return { text: withEdits(src.text, yamlCommandEdits(src.text)), containerOptions: [] };
    return { text: src.text, containerOptions: [] };
}
/** `text` with one character replaced at each edit's offset; the edits are in text order. */
function withEdits(text, edits) {
    if (edits.length === 0)
        return text;
    const parts = [];
    let from = 0;
    for (const [at, char] of edits) {
        parts.push(text.slice(from, at), char);
        from = at + 1;
    }
    parts.push(text.slice(from));
    return parts.join('');
}
/**
 * Removal of a flag that opens a line its host joins to the one before or after: a shell
 * continuation (`\`, or a Groovy `\\` that gives one), a Groovy line continuation, a YAML fold.
 * Alone on such a line, the whole line goes, line break included: removing only the flag would
 * leave an empty line, which in a folded YAML value splits the command in two. Followed by more
 * text on a line joined to the one before (`  --net=host img"` in a quoted YAML value), only the
 * flag and the blanks after it go, so the line keeps the indentation YAML needs. Undefined
 * otherwise, for flagRemovalRange to decide. Linear: it never searches back past blanks.
 */
function joinedLineRemoval(text, view, start, end) {
    let before = start;
    while (before > 0 && (text[before - 1] === ' ' || text[before - 1] === '\t'))
        before--;
    if (before > 0 && text[before - 1] !== '\n')
        return undefined;
    const joinedBefore = before > 0 && view[before - 1] !== '\n';
    let after = end;
    while (after < text.length && (text[after] === ' ' || text[after] === '\t'))
        after++;
    let q = after;
    const skipVoids = () => {
        while (q < text.length && view[q] === VOID && text[q] !== '\n' && text[q] !== '\r')
            q++;
    };
    skipVoids();
    const continued = view[q] === '\\';
    if (continued)
        q++;
    skipVoids();
    if (text[q] === '\r' && text[q + 1] === '\n')
        q++;
    if (q >= text.length)
        return joinedBefore ? [before, q] : undefined;
    if (text[q] !== '\n')
        return joinedBefore ? [start, after] : undefined;
    return continued || joinedBefore || view[q] !== '\n' ? [before, q + 1] : undefined;
}

// EXTERNAL MODULE: ./src/parse/source.ts
var parse_source = __nccwpck_require__(3226);
;// CONCATENATED MODULE: ./src/parse/shell/container-cli-flags.ts





/**
 * Engine flags in a bare option list such as a workflow's `container.options: --network host
 * --pid=host --cpus 1`. Every word is read as a `docker create` option; newlines are blanks. When
 * the range is one quoted string (the YAML quotes included), its inside is read instead.
 */
function parseContainerOptions(src, startOffset, endOffset) {
    const text = src.text;
    const start = Math.max(0, Math.min(startOffset, text.length));
    const end = Math.max(start, Math.min(endOffset, text.length));
    const t = { src, view: text };
    let words = optionWords(t, start, end);
    if (words.length === 1 && words[0].inner && /\s/.test(words[0].text))
        words = optionWords(t, words[0].inner[0], words[0].inner[1]);
    return readOptions(t, words, 0, RUN_ARITY, true);
}
/** The flags of a `docker run` or `docker build` option list in [start, end) that is no command of its own (a Jenkins Docker agent's `args`). */
function readOptionList(t, start, end, subcommand) {
    return readOptions(t, optionWords(t, start, end), 0, subcommand === 'build' ? BUILD_ARITY : RUN_ARITY, true);
}
/** Every word in the range, newlines included: an option list is no script. */
function optionWords(t, start, end) {
    return tokenize(t.view, start, end, true, false)
        .commands.flatMap(c => c.words)
        .filter(w => !w.redir);
}
/** Boolean options of docker, podman and nerdctl `run`/`create`: together, since a script may call any of them. */
const RUN_ARITY = {
    long: new Set([
        '--detach',
        '--interactive',
        '--tty',
        '--rm',
        '--privileged',
        '--init',
        '--publish-all',
        '--read-only',
        '--sig-proxy',
        '--no-healthcheck',
        '--oom-kill-disable',
        '--quiet',
        '--help',
        '--replace',
        '--rmi',
        '--tls-verify',
        '--disable-content-trust',
        '--use-api-socket',
        '--env-host',
        '--http-proxy',
        '--no-hosts',
        '--no-hostname',
        '--passwd',
        '--read-only-tmpfs',
        '--rootfs',
        '--unsetenv-all',
    ]),
    short: 'ditPq',
};
const BUILD_ARITY = {
    long: new Set([
        '--no-cache',
        '--pull',
        '--quiet',
        '--rm',
        '--force-rm',
        '--squash',
        '--compress',
        '--disable-content-trust',
        '--push',
        '--load',
        '--help',
        '--check',
        '--debug',
        '--layers',
        '--tls-verify',
        '--disable-compression',
        '--all-platforms',
        '--omit-history',
        '--identity-label',
        '--squash-all',
        '--no-hosts',
        '--no-hostname',
        '--stdin',
        '--compat-volumes',
        '--skip-unused-stages',
        '--log-rusage',
        '--inherit-labels',
        '--inherit-annotations',
        '--rewrite-timestamp',
    ]),
    short: 'qD',
};
const POD_ARITY = {
    long: new Set(['--infra', '--replace', '--share-parent', '--no-hosts', '--help']),
    short: '',
};
/** Options before the subcommand: `docker --context x run`, `podman --remote run`, `nerdctl -n k8s.io run`. */
const GLOBAL_ARITY = {
    long: new Set([
        '--debug',
        '--debug-full',
        '--tls',
        '--tlsverify',
        '--tls-verify',
        '--remote',
        '--syslog',
        '--transient-store',
        '--noout',
        '--trace',
        '--insecure-registry',
        '--experimental',
        '--kube-hide-dupe',
        '--version',
        '--help',
    ]),
    short: 'Drv',
};
const BUILDX_ARITY = { long: new Set(['--debug', '--help']), short: 'D' };
/** `docker exec` booleans; podman's `-l` (the latest container) stands in for the container name. */
const EXEC_ARITY = { long: new Set(['--interactive', '--tty', '--detach', '--privileged', '--latest', '--help']), short: 'itdl' };
/** The options that name a host namespace, lower-cased (the container tools fold the case). */
const NAMESPACE_FLAGS = new Map(namespaces/* HOST_NAMESPACES */.Uv.flatMap(n => n.cliFlags.map(flag => [flag, n.id])));
// ---------------------------------------------------------------------------------------------
// Reading a command's words
function isOption(word) {
    return word.length > 1 && word.startsWith('-');
}
/** Whether a short cluster (`-it`) holds `flag` among its leading booleans. */
function clusterHas(t, flag, booleans) {
    if (t.length < 2 || t[0] !== '-' || t[1] === '-')
        return false;
    for (let p = 1; p < t.length; p++) {
        if (t[p] === flag)
            return true;
        if (!booleans.includes(t[p]))
            return false;
    }
    return false;
}
/**
 * The normalised subcommand of a container command and its namespace flags. `words[0]` is the tool
 * word and redirections are already gone. Returns undefined for subcommands that start no
 * container (`docker ps`).
 */
function subcommandAndFlags(t, words) {
    let j = skipOptions(words, 1, GLOBAL_ARITY);
    const word = (k) => words[k]?.text.toLowerCase() ?? '';
    let subcommand;
    let arity;
    const first = word(j++);
    if (first === 'run' || first === 'create') {
        subcommand = first;
        arity = RUN_ARITY;
    }
    else if (first === 'container' && (word(j) === 'run' || word(j) === 'create')) {
        subcommand = word(j++);
        arity = RUN_ARITY;
    }
    else if (first === 'build' || ((first === 'image' || first === 'builder') && word(j++) === 'build')) {
        subcommand = 'build';
        arity = BUILD_ARITY;
    }
    else if (first === 'buildx') {
        j = skipOptions(words, j, BUILDX_ARITY);
        const sub = word(j++);
        if (sub !== 'build' && sub !== 'b')
            return undefined;
        subcommand = 'build';
        arity = BUILD_ARITY;
    }
    else if (first === 'pod' && word(j++) === 'create') {
        subcommand = 'pod create';
        arity = POD_ARITY;
    }
    else
        return undefined;
    // `run`/`create` stop at the image: later words go to the container. `build` takes flags after
    // its context too, and `pod create` has no image.
    return { subcommand, flags: readOptions(t, words, j, arity, subcommand === 'build' || subcommand === 'pod create') };
}
/**
 * `docker [opts] exec [opts] container command...` (the words after the tool word): the command it
 * runs and whether `-i` gives it stdin; undefined when it is no exec. With podman's `--latest`
 * there is no container word.
 */
function readExec(args) {
    let j = skipOptions(args, 0, GLOBAL_ARITY);
    if (args[j]?.text === 'container')
        j++;
    if (args[j]?.text !== 'exec')
        return undefined;
    j++;
    let interactive = false;
    let latest = false;
    while (j < args.length && isOption(args[j].text)) {
        const t = args[j].text;
        interactive ||= t === '--interactive' || t === '--interactive=true' || clusterHas(t, 'i', EXEC_ARITY.short);
        latest ||= t === '--latest' || clusterHas(t, 'l', EXEC_ARITY.short);
        j = skipOption(args, j, EXEC_ARITY);
    }
    return { interactive, command: args.slice(latest ? j : j + 1) };
}
/** Skips leading options (with their values) and returns the index of the first other word. */
function skipOptions(words, from, arity) {
    let j = from;
    while (j < words.length && isOption(words[j].text) && words[j].text !== '--')
        j = skipOption(words, j, arity);
    return j;
}
/** A separate value is never a `--long` option word: better to see `--network` than to swallow it. */
function takesNext(words, j) {
    return j + 1 < words.length && !words[j + 1].text.startsWith('--');
}
function skipOption(words, j, arity) {
    const t = words[j].text;
    if (t.startsWith('--')) {
        if (t.includes('=') || arity.long.has(t.toLowerCase()))
            return j + 1;
        return takesNext(words, j) ? j + 2 : j + 1;
    }
    // A short cluster (`-it`, `-dp 80:80`, `-p8080:80`): booleans, then at most one option with a value.
    for (let p = 1; p < t.length; p++) {
        if (arity.short.includes(t[p]))
            continue;
        return p === t.length - 1 && takesNext(words, j) ? j + 2 : j + 1;
    }
    return j + 1;
}
/**
 * Reads options from `words[from]`; with `anywhere` false it stops at the image, the first
 * positional. A word that is only an expansion (`$DOCKER_OPTS`, `"${args[@]}"`) may hold options,
 * since the container tool parses what the shell expanded; or it may be the image. The options
 * after it count only if an image follows them (`docker run $OPTS --net=host img`); with none
 * (`docker run $X --net=host`) they are the container's arguments. An image is a plain word or an
 * expansion whose name says it is one (`$IMAGE`): such a word is never taken for options.
 */
function readOptions(t, words, from, arity, anywhere) {
    const flags = [];
    /** Flags read after an expansion that may have been the image. */
    let pending;
    const imageAt = (k) => k < words.length && !isOption(words[k].text) && !mayHoldOptions(t, words[k]);
    const settled = (imageFollows) => (pending && imageFollows ? flags.concat(pending) : flags);
    let j = from;
    while (j < words.length) {
        const text = words[j].text;
        if (text === '--')
            return settled(imageAt(j + 1));
        if (!isOption(text)) {
            if (anywhere)
                j++;
            else if (mayHoldOptions(t, words[j])) {
                pending ??= [];
                j++;
            }
            else
                return settled(true);
            continue;
        }
        const eq = text.indexOf('=');
        const written = eq === -1 ? text : text.slice(0, eq);
        const name = NAMESPACE_FLAGS.get(written.toLowerCase());
        if (!name) {
            j = skipOption(words, j, arity);
            continue;
        }
        const w = words[j];
        const found = pending ?? flags;
        if (eq !== -1) {
            found.push(makeFlag(t, name, written, w, w, eq + 1));
            j += 1;
        }
        else if (takesNext(words, j)) {
            found.push(makeFlag(t, name, written, w, words[j + 1], 0));
            j += 2;
        }
        else
            j += 1; // No value: the container tool refuses the command, so it shares nothing.
    }
    return settled(false);
}
/** An expansion in the image's place that may hold options: not one whose name says it is the image. */
function mayHoldOptions(t, w) {
    if (!w.text.includes('$') && !w.text.includes('`'))
        return false;
    const written = asWritten(t, w);
    return isExpansionOnly(written) && !namesImage(written);
}
function makeFlag(t, name, written, first, valueWord, valueFrom) {
    const src = t.src;
    const value = valueWord.text.slice(valueFrom);
    let valueStart;
    let valueEnd;
    if (value.length > 0) {
        valueStart = valueWord.offs[valueFrom];
        valueEnd = valueWord.offs[valueWord.text.length - 1] + 1;
    }
    else {
        valueStart = valueFrom > 0 ? valueWord.offs[valueFrom - 1] + 1 : (valueWord.inner?.[0] ?? valueWord.start);
        valueEnd = valueStart;
    }
    const [rs, re] = joinedLineRemoval(src.text, t.view, first.start, valueWord.end) ?? (0,parse_source/* flagRemovalRange */.kW)(src.text, first.start, valueWord.end, '\\', false);
    return { name, written, value, span: src.span(first.start, valueWord.end), valueSpan: src.span(valueStart, valueEnd), removal: src.span(rs, re) };
}

;// CONCATENATED MODULE: ./src/parse/shell/container-tool.ts
/**
 * Which container engine a command word names. A script names it directly (`docker`,
 * `/usr/local/bin/podman`) or, as Makefiles and CI scripts often do, through a variable:
 * kubebuilder scaffolds `CONTAINER_TOOL ?= docker` and then runs `$(CONTAINER_TOOL) build`.
 * A variable counts only when it is the whole word and something says it holds an engine: its
 * default, an assignment in the same file, or its name. Anything else (`$(MAKE)`, `$RUNNER`,
 * `${X:-echo}`) is not read as an engine: a wrong guess would be a false finding.
 */
const TOOLS = new Set(['docker', 'podman', 'nerdctl']);
/** `docker`, `/usr/bin/podman`: the tool a literal command word names. */
function toolNamed(word) {
    const base = word.slice(word.lastIndexOf('/') + 1);
    return TOOLS.has(base) ? base : undefined;
}
/**
 * One variable expansion and nothing else, optionally double-quoted: `$X`, `${X}`, `"$X"`, Make's
 * `$(X)`, and with a default `${X:-podman}`, `${X-podman}` or the assigning `${X:=podman}`.
 * Single quotes keep `$` literal, so `'$X'` is not one. Groups: quote, name (three places), default.
 */
const EXPANSION = /^("?)\$(?:([A-Za-z_]\w*)|\{([A-Za-z_]\w*)(?::?[-=]([^}]*))?\}|\(([A-Za-z_]\w*)\))\1$/;
/** Names that say "the container engine": `DOCKER`, `podman_bin`, `CONTAINER_TOOL`, `OCI_BIN`, `ENGINE`. */
const ENGINE_NAME = /docker|podman|nerdctl|(?:^|_)(?:container_(?:tool|runtime|cli)|oci_bin|engine)$/i;
/** docker-compose and podman-compose have a `run` of their own, for services, with other flags. */
const COMPOSE_NAME = /compose/i;
/**
 * `NAME=value`, `export NAME=value`, Make's `NAME ?= value`, `NAME := value`, `NAME ::= value`, at
 * a line start (after YAML indentation or a `- ` list marker). `+=` and Make's `!=` (a shell
 * command's output) say nothing about what the name holds. Groups: name, blanks, operator, rest.
 */
const ASSIGNMENT = /^[ \t]*(?:-[ \t]+)?(?:(?:export|readonly|local|typeset|declare|override)(?:[ \t]+-[A-Za-z]+)*[ \t]+)?([A-Za-z_]\w*)([ \t]*)(\?|:::|::?|)=(.*)$/gm;
/** A word longer than this is no variable name; the bound keeps the regular expressions cheap. */
const container_tool_MAX_WORD = 256;
class ToolVariables {
    text;
    assigned;
    constructor(text) {
        this.text = text;
    }
    /** The engine a command word (as written, quotes included) names through a variable, if any. */
    toolOf(raw) {
        if (raw.length > container_tool_MAX_WORD || raw.indexOf('$') > 1)
            return undefined;
        const m = EXPANSION.exec(raw);
        if (!m)
            return undefined;
        const name = m[2] ?? m[3] ?? m[5];
        if (m[4]) {
            // The default is what runs when nothing is set: `${X:-echo}` is a dry run, not an engine.
            const held = valueHeld(m[4]);
            if (held === 'other')
                return undefined;
            if (held !== 'unknown')
                return held;
        }
        const values = this.assignments().get(name) ?? [];
        const tool = values.find((v) => v !== 'other' && v !== 'unknown');
        if (tool)
            return tool;
        // `DOCKER=echo` (and nothing else) is a dry run whatever the name says.
        if (values.length > 0 && values.every(v => v === 'other'))
            return undefined;
        if (!ENGINE_NAME.test(name) || COMPOSE_NAME.test(name))
            return undefined;
        return /podman/i.test(name) ? 'podman' : /nerdctl/i.test(name) ? 'nerdctl' : 'docker';
    }
    /** Every assignment in the file, read once and only when a variable command word is met. */
    assignments() {
        if (!this.assigned) {
            const assigned = new Map();
            for (const [, name, blanks, op, rest] of this.text.matchAll(ASSIGNMENT)) {
                const held = valueHeld(assignedValue(blanks, op, rest));
                const list = assigned.get(name);
                if (list)
                    list.push(held);
                else
                    assigned.set(name, [held]);
            }
            this.assigned = assigned;
        }
        return this.assigned;
    }
}
/**
 * Make (`X ?= sudo docker`, `X = docker`) assigns the rest of the line, less a comment; a shell
 * (`X=docker cmd`, `X="a b"; y`) assigns one word.
 */
function assignedValue(blanks, op, rest) {
    if (blanks !== '' || op !== '' || rest[0] === ' ' || rest[0] === '\t') {
        const comment = rest.search(/[ \t]#/);
        return comment === -1 ? rest : rest.slice(0, comment);
    }
    const q = rest[0];
    if (q === '"' || q === "'") {
        const close = rest.indexOf(q, 1);
        return close === -1 ? rest : rest.slice(0, close + 1);
    }
    const stop = rest.search(/[ \t;&|)]/);
    return stop === -1 ? rest : rest.slice(0, stop);
}
/**
 * `docker`, `"podman"`, `sudo nerdctl`, `/usr/bin/docker`, `${X:-docker}` hold an engine.
 * `echo`, `docker-compose`, and `docker compose` (a command prefix, after which `run` is compose's)
 * hold something else. An expansion such as `$(shell which podman)` is unknown.
 */
function valueHeld(value) {
    let v = value.trim();
    const quoted = /^(["'])(.*)\1$/s.exec(v);
    if (quoted)
        v = quoted[2].trim();
    const expansion = EXPANSION.exec(v);
    if (expansion)
        return expansion[4] ? valueHeld(expansion[4]) : 'unknown';
    const words = v.split(/[ \t]+/).filter(w => w !== '');
    let k = 0;
    if (words[0] === 'sudo' || words[0] === 'doas') {
        k = 1;
        while (words[k]?.startsWith('-'))
            k++;
    }
    const first = words[k];
    if (first === undefined || /[$`(]/.test(first))
        return 'unknown';
    const tool = toolNamed(first);
    return tool && k === words.length - 1 ? tool : 'other';
}

;// CONCATENATED MODULE: ./src/parse/shell/shell.ts







/**
 * Container commands in `src.text[startOffset, endOffset)`, in text order. A command inside a
 * quoted string is found only where a shell will run the string: `sh -c '...'` (any shell, any
 * `-c` option cluster like `-ec`), `eval "..."`, `ssh host "..."`, or a quoted string in command
 * position such as a YAML `run: "docker run ..."`. So `echo "docker run --net=host"` is not one.
 * Likewise a heredoc body is read only when a shell receives it (`bash <<EOF`, `cat <<EOF | sh`).
 * `ssh host docker run ...` runs its words remotely, so they are a command too. In a Jenkinsfile
 * only `sh` step strings are read, and a Docker agent's `args` come out as a `docker run` of their
 * own whose span is the string. `onProblem` hears where the host format is broken (a Jenkinsfile
 * string never closed): the commands found are then what could still be read, not all of them.
 */
function findContainerCommands(src, startOffset, endOffset, onProblem) {
    const text = src.text;
    let start = Math.max(0, Math.min(startOffset ?? 0, text.length));
    const end = Math.max(start, Math.min(endOffset ?? text.length, text.length));
    if (start === 0 && text.charCodeAt(0) === 0xfeff)
        start = 1;
    const out = [];
    const view = shellViewOf(src);
    if (view.problem && onProblem)
        onProblem(view.problem.message, src.span(view.problem.start, view.problem.end));
    const s = { src, view: view.text, out, variables: new ToolVariables(text), heredocs: honoursHeredocs(src) };
    if (!view.scripts)
        scan(s, start, end, 0);
    for (const [a, b] of view.scripts ?? [])
        if (a < end && b > start)
            scan(s, Math.max(a, start), Math.min(b, end), 0);
    for (const options of view.containerOptions)
        if (options.start >= start && options.end <= end)
            out.push(containerOptionsCommand(s, options));
    // Nested strings are scanned after their outer command; a stable sort restores text order.
    out.sort((a, b) => a.span.startOffset - b.span.startOffset);
    return out.filter((c, k) => k === 0 || out[k - 1].span.startOffset !== c.span.startOffset);
}
/**
 * A Jenkins Docker agent's `args` (or `.inside(...)`) are `docker run` options, and a dockerfile
 * agent's `additionalBuildArgs` are `docker build` ones: a command of their own, spanning the string.
 */
function containerOptionsCommand(s, options) {
    const flags = readOptionList(s, options.contentStart, options.contentEnd, options.subcommand);
    return { tool: 'docker', subcommand: options.subcommand, span: s.src.span(options.start, options.end), flags };
}
/** Words after which the next word is still in command position. */
const KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', '{', '-']);
/** Commands that run their arguments as a command: their options taking a value, and positionals to skip (`timeout 5m`). */
const WRAPPERS = new Map([
    [
        'sudo',
        {
            values: new Set([
                '-u',
                '-g',
                '-h',
                '-p',
                '-C',
                '-D',
                '-r',
                '-t',
                '-U',
                '-T',
                '--user',
                '--group',
                '--host',
                '--prompt',
                '--close-from',
                '--chdir',
                '--role',
                '--type',
                '--other-user',
                '--command-timeout',
            ]),
            positionals: 0,
        },
    ],
    ['doas', { values: new Set(['-u', '-C']), positionals: 0 }],
    ['env', { values: new Set(['-u', '--unset', '-C', '--chdir']), positionals: 0 }],
    ['exec', { values: new Set(['-a']), positionals: 0 }],
    ['time', { values: new Set(['-f', '-o', '--format', '--output']), positionals: 0 }],
    ['nohup', { values: new Set(), positionals: 0 }],
    ['command', { values: new Set(), positionals: 0 }],
    ['nice', { values: new Set(['-n', '--adjustment']), positionals: 0 }],
    ['stdbuf', { values: new Set(['-i', '-o', '-e', '--input', '--output', '--error']), positionals: 0 }],
    ['timeout', { values: new Set(['-s', '--signal', '-k', '--kill-after']), positionals: 1 }],
    // GNU and BSD. `-i`, `-l`, `-e` and their long forms `--replace`, `--max-lines`, `--eof` take
    // only an attached value (`-i{}`), so the next word is already the command.
    [
        'xargs',
        {
            values: new Set([
                '-a',
                '--arg-file',
                '-d',
                '--delimiter',
                '-E',
                '-I',
                '-J',
                '-L',
                '-n',
                '--max-args',
                '-P',
                '--max-procs',
                '-R',
                '-s',
                '--max-chars',
                '-S',
                '--process-slot-var',
            ]),
            positionals: 0,
        },
    ],
]);
/** Shells whose `-c` string is a script, and `eval`, whose quoted arguments are (ssh: see sshRemoteCommand). */
const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ash', 'ksh', 'mksh', 'su']);
/** Shell options that take the next word (`bash -o pipefail`). */
const SHELL_VALUE_OPTIONS = new Set(['-o', '+o', '-O', '+O', '--rcfile', '--init-file']);
/** ssh options that take a value (`ssh -p 22 -i key host`); the others are booleans. */
const SSH_VALUE_OPTIONS = 'BbcDEeFIiJLlmOoPpQRSWw';
/**
 * ssh options after which no remote command runs: `-N` (forwarding only), `-s` (a subsystem),
 * `-W` (stdio forwarding), `-O` (a control command), `-G` and `-V` (print and exit).
 */
const SSH_NO_COMMAND_OPTIONS = 'NsWOGV';
/** How deep quoted strings and heredoc bodies are re-read as scripts (`bash -c "ssh h 'docker run ...'"` is two). */
const MAX_NESTED = 3;
/**
 * Make runs each recipe line in a shell of its own unless `.ONESHELL:` is set, so in a Makefile
 * the lines after `cat <<EOF` are commands that do run, not a heredoc body.
 */
function honoursHeredocs(src) {
    const name = basename(src.path).toLowerCase();
    return !(0,file_names/* isMakefile */.R)(name) || /^\.ONESHELL[ \t]*:/m.test(src.text);
}
function scan(s, start, end, depth) {
    const { commands, heredocs } = tokenize(s.view, start, end, false, s.heredocs);
    for (const c of commands)
        scanCommand(s, c.words, depth);
    if (depth >= MAX_NESTED)
        return;
    // A body is data unless a shell reads it; then it is a script at its own raw offsets.
    for (const doc of heredocs)
        if (doc.stdin && feedsShell(s, doc.command))
            scan(s, doc.start, doc.end, depth + 1);
}
function basename(word) {
    return word.slice(word.lastIndexOf('/') + 1);
}
/** Make recipe prefixes: `@docker run` (silent), `-docker` (ignore errors), `+docker`. */
function makePrefix(word) {
    let k = 0;
    while (word[k] === '@' || word[k] === '+' || word[k] === '-')
        k++;
    return k;
}
function commandName(w) {
    return basename(w.text.slice(makePrefix(w.text)));
}
function isAssignment(word) {
    return /^[A-Za-z_][A-Za-z0-9_]*\+?=/.test(word);
}
function isYamlCommandKey(word) {
    return word.endsWith(':') && YAML_COMMAND_KEYS.has(word.slice(0, -1).toLowerCase());
}
function withoutRedirections(all) {
    const words = [];
    for (let i = 0; i < all.length; i++) {
        if (all[i].redir)
            i++;
        else
            words.push(all[i]);
    }
    return words;
}
/** The index of the command word, past prefixes: keywords, `FOO=1`, `run:`, `-`, and wrappers with their options (`sudo -E`). */
function commandWordIndex(words) {
    let i = 0;
    while (i < words.length) {
        const t = words[i].text;
        if (words[i].redir)
            i += 2;
        else if (KEYWORDS.has(t) || isAssignment(t) || isYamlCommandKey(t))
            i++;
        else {
            const wrapper = WRAPPERS.get(commandName(words[i]));
            if (!wrapper)
                return i;
            i = skipWrapperOptions(words, i + 1, wrapper.values, wrapper.positionals);
        }
    }
    return i;
}
function toolWordOf(s, w) {
    const prefix = makePrefix(w.text);
    if (prefix === w.text.length)
        return undefined;
    const tool = toolNamed(w.text.slice(prefix));
    if (tool)
        return { tool, start: prefix === 0 ? w.start : w.offs[prefix] };
    if (!w.text.includes('$'))
        return undefined;
    // A variable is judged as written: `'$DOCKER'` is a literal, `"$DOCKER"` an expansion.
    const raw = asWritten(s, w);
    const rawPrefix = makePrefix(raw);
    const written = raw.slice(rawPrefix);
    const variable = s.variables.toolOf(written);
    return variable && { tool: variable, start: w.start + rawPrefix, written };
}
/**
 * The container command that starts at the tool word `all[0]`, or undefined for subcommands that
 * start no container (`docker ps`). Redirections may sit anywhere (`docker run 2>/dev/null --rm
 * img`); they are not the container tool's words.
 */
function containerCommand(t, all, tool) {
    const words = withoutRedirections(all);
    const read = subcommandAndFlags(t, words);
    if (!read)
        return undefined;
    const command = {
        tool: tool.tool,
        subcommand: read.subcommand,
        span: t.src.span(tool.start, words[words.length - 1].end),
        flags: read.flags,
    };
    if (tool.written !== undefined)
        command.written = tool.written;
    return command;
}
/** Walks one simple command: prefixes (`sudo -E`, `FOO=1`, `run:`, `-`), then the command word. */
function scanCommand(s, words, depth) {
    const nested = (w) => {
        if (w.inner && depth < MAX_NESTED && /\s/.test(w.text))
            scan(s, w.inner[0], w.inner[1], depth + 1);
    };
    const first = commandWordIndex(words);
    if (first >= words.length)
        return;
    const tool = toolWordOf(s, words[first]);
    if (tool) {
        const command = containerCommand(s, words.slice(first), tool);
        if (command)
            s.out.push(command);
        return;
    }
    nested(words[first]);
    const name = commandName(words[first]);
    if (name === 'ssh') {
        const remote = sshRemoteCommand(withoutRedirections(words.slice(first + 1)));
        // One string is a script (`ssh h "a && b"`); several words are joined into one (`ssh h docker run ...`).
        if (remote?.length === 1)
            nested(remote[0]);
        else if (remote && depth < MAX_NESTED)
            scanCommand(s, remote, depth + 1);
        return;
    }
    let previous = words[first].text;
    for (let i = first + 1; i < words.length; i++) {
        const w = words[i];
        if (w.redir) {
            i++;
            continue;
        }
        if (name === 'eval' || (SHELLS.has(name) && isCommandStringOption(previous)))
            nested(w);
        previous = w.text;
    }
}
/**
 * `ssh [options] destination [options] [command [argument...]]`: the remote command's words,
 * empty when there are none (the login shell then reads stdin), undefined when no command runs
 * at all. ssh reads options again after the destination, up to the first other word; each
 * option cluster may end in one that takes a value (`-p22`, `-vp 22`).
 */
function sshRemoteCommand(args) {
    let i = 0;
    let destination = false;
    while (i < args.length) {
        const t = args[i].text;
        if (t === '--') {
            i++;
            if (destination)
                break;
            continue;
        }
        if (!isOption(t)) {
            if (destination)
                break;
            destination = true;
            i++;
            continue;
        }
        i++;
        for (let p = 1; p < t.length; p++) {
            if (SSH_NO_COMMAND_OPTIONS.includes(t[p]))
                return undefined;
            if (!SSH_VALUE_OPTIONS.includes(t[p]))
                continue;
            if (p === t.length - 1)
                i++;
            break;
        }
    }
    return destination ? args.slice(i) : undefined;
}
/** `-c`, `-ec`, `-xce`…: linear on purpose (a regex with two stars backtracks on `-ccc…c!`). */
function isCommandStringOption(word) {
    return word.length > 1 && word[0] === '-' && word.includes('c') && /^[A-Za-z]+$/.test(word.slice(1));
}
function skipWrapperOptions(words, from, values, positionals) {
    let i = from;
    while (i < words.length) {
        const t = words[i].text;
        if (words[i].redir)
            i += 2;
        else if (t === '--')
            return skipPositionals(words, i + 1, positionals);
        else if (isOption(t))
            i += wrapperOptionTakesNext(t, values) ? 2 : 1;
        else
            break;
    }
    return skipPositionals(words, i, positionals);
}
/**
 * As getopt reads a short cluster: the first option that takes a value takes the rest of the
 * word (`-n1`, `-I{}`, `-oL`), or the next word when it ends the cluster (`-Eu root`, `-0I {}`).
 */
function wrapperOptionTakesNext(t, values) {
    if (t.startsWith('--'))
        return values.has(t);
    for (let p = 1; p < t.length; p++)
        if (values.has('-' + t[p]))
            return p === t.length - 1;
    return false;
}
function skipPositionals(words, from, count) {
    let i = from;
    for (let left = count; left > 0 && i < words.length; i++)
        if (!words[i].redir)
            left--;
    return i;
}
// ---------------------------------------------------------------------------------------------
// Heredocs that feed a shell
/** Whether the command hands its stdin heredoc to a shell: `bash <<EOF`, `cat <<EOF | sudo sh`. */
function feedsShell(s, cmd) {
    if (readsScript(s, cmd.words, 0))
        return true;
    return cmd.pipesInto !== undefined && copiesStdin(cmd.words) && readsScript(s, cmd.pipesInto.words, 0);
}
/** `cat` or `cat -` with no file to read: its output is its stdin. */
function copiesStdin(all) {
    const words = withoutRedirections(all);
    const i = commandWordIndex(words);
    return i < words.length && commandName(words[i]) === 'cat' && words.slice(i + 1).every(w => w.text === '-' || isOption(w.text));
}
/**
 * Whether a command runs its stdin as a script: a shell given no script (`bash`, `sudo bash -s --
 * arg`, `sh -eu`), not `bash -c '...'` or `bash script.sh`; `su` without `-c`; `ssh host` with no
 * remote command or a remote shell (`ssh host 'bash -s'`); `docker exec -i c sh` and
 * `kubectl exec -i pod -- sh`, which pass stdin to the container's shell.
 */
function readsScript(s, all, hops) {
    const words = withoutRedirections(all);
    const i = commandWordIndex(words);
    if (i >= words.length || hops > MAX_NESTED)
        return false;
    const name = commandName(words[i]);
    const args = words.slice(i + 1);
    if (name === 'su')
        return !args.some(a => isCommandStringOption(a.text) || /^--(session-)?command(=|$)/.test(a.text));
    if (SHELLS.has(name))
        return shellReadsStdin(args);
    if (name === 'ssh')
        return sshReadsScript(s, args, hops);
    if (name === 'kubectl' || name === 'oc')
        return kubectlExecReadsScript(s, args, hops);
    return toolWordOf(s, words[i]) !== undefined && containerExecReadsScript(s, args, hops);
}
function shellReadsStdin(args) {
    for (let i = 0; i < args.length; i++) {
        const t = args[i].text;
        if (t === '-' || t === '--')
            return i + 1 === args.length;
        if (SHELL_VALUE_OPTIONS.has(t))
            i++;
        else if (t.startsWith('--'))
            continue;
        else if (!/^[-+][A-Za-z]+$/.test(t))
            return false; // the script file
        else if (t[0] === '-' && t.includes('c'))
            return false;
        else if (t[0] === '-' && t.includes('s'))
            return true; // the words after -s are arguments
        else if (t.endsWith('o') || t.endsWith('O'))
            i++; // `-euo pipefail`
    }
    return true;
}
function sshReadsScript(s, args, hops) {
    const remote = sshRemoteCommand(args);
    if (remote === undefined)
        return false;
    // With no remote command the login shell reads its commands from stdin.
    if (remote.length === 0)
        return true;
    const inner = remote[0].inner;
    if (remote.length === 1 && inner && /\s/.test(remote[0].text)) {
        const first = tokenize(s.view, inner[0], inner[1], false, false).commands[0];
        return first !== undefined && readsScript(s, first.words, hops + 1);
    }
    return readsScript(s, remote, hops + 1);
}
/** `docker [opts] exec -i [opts] container command...`; without `-i` the container gets no stdin. */
function containerExecReadsScript(s, args, hops) {
    const exec = readExec(args);
    return exec !== undefined && exec.interactive && exec.command.length > 0 && readsScript(s, exec.command, hops + 1);
}
/** `kubectl [opts] exec -i pod -- command...` (the form without `--` is deprecated). */
function kubectlExecReadsScript(s, args, hops) {
    const dashes = args.findIndex(a => a.text === '--');
    if (dashes === -1)
        return false;
    const before = args.slice(0, dashes);
    const exec = before.some(a => a.text === 'exec');
    const stdin = before.some(a => a.text === '--stdin' || a.text === '--stdin=true' || clusterHas(a.text, 'i', 'itq'));
    return exec && stdin && readsScript(s, args.slice(dashes + 1), hops + 1);
}

// EXTERNAL MODULE: ./src/parse/k8s/template.ts
var template = __nccwpck_require__(8700);
;// CONCATENATED MODULE: ./src/parse/yaml/embedded.ts

function embeddedText(fileText, scalar) {
    const range = scalar.range;
    if (typeof scalar.value !== 'string' || !range)
        return undefined;
    const text = scalar.value;
    const lineEnd = fileText.slice(range[0], range[1]).search(/\r?\n/);
    const at = [range[0], lineEnd === -1 ? range[1] : range[0] + lineEnd];
    const from = offsetsOf(fileText, scalar, range[0], range[1]);
    // Every map is checked against the parser's own reading: a form read differently maps nothing.
    const verified = from && from.text.startsWith(text) && /^\n*$/.test(from.text.slice(text.length)) ? from.from.slice(0, text.length) : undefined;
    return { text, at, from: verified };
}
/** Where [start, end) of the embedded text is in the file, or undefined when positions are not mapped. */
function fileRange(e, start, end) {
    const from = e.from;
    if (!from)
        return undefined;
    if (start >= end) {
        const at = start < from.length ? from[start][0] : from.length ? from[from.length - 1][1] : e.at[0];
        return { start: at, end: at, exact: true };
    }
    let exact = true;
    for (let i = start; i < end && exact; i++)
        exact = from[i][1] - from[i][0] === 1 && (i === start || from[i][0] === from[i - 1][1]);
    return { start: from[start][0], end: from[end - 1][1], exact };
}
function offsetsOf(fileText, scalar, start, end) {
    if (scalar.type === 'BLOCK_LITERAL')
        return literalBlock(fileText, start, end, scalar.value);
    // A flow scalar over several lines is folded (line breaks become spaces): not mapped.
    if (/[\r\n]/.test(fileText.slice(start, end)))
        return undefined;
    if (scalar.type === 'PLAIN')
        return flowScalar(start, end, i => [fileText[i], 1]);
    if (scalar.type === 'QUOTE_SINGLE')
        return flowScalar(start + 1, end - 1, i => (fileText.startsWith("''", i) ? ["'", 2] : [fileText[i], 1]));
    if (scalar.type === 'QUOTE_DOUBLE')
        return flowScalar(start + 1, end - 1, i => (fileText[i] === '\\' ? readDoubleQuotedEscape(fileText, i) : [fileText[i], 1]));
    return undefined;
}
/** Content lines of a `|` block are the file's lines with the block's indentation removed. */
function literalBlock(fileText, start, end, value) {
    const header = fileText.indexOf('\n', start);
    if (header === -1 || header >= end)
        return undefined;
    // [start, content end, start of the next line] of each line of the block.
    const lines = [];
    for (let s = header + 1; s < end;) {
        const nl = fileText.indexOf('\n', s);
        if (nl === -1 || nl >= end) {
            lines.push([s, end, end]);
            break;
        }
        lines.push([s, fileText[nl - 1] === '\r' ? nl - 1 : nl, nl + 1]);
        s = nl + 1;
    }
    const first = lines.find(([s, e]) => fileText.slice(s, e).trim() !== '');
    const firstValueLine = value.split('\n').find(l => l.trim() !== '');
    if (!first || firstValueLine === undefined)
        return undefined;
    // With an explicit indentation indicator (`|2`) the value keeps some of the leading spaces.
    const indent = leadingSpaces(fileText.slice(first[0], first[1])) - leadingSpaces(firstValueLine);
    if (indent < 0)
        return undefined;
    let text = '';
    const from = [];
    for (const [s, e, next] of lines) {
        for (let i = s + indent; i < e; i++) {
            text += fileText[i];
            from.push([i, i + 1]);
        }
        text += '\n';
        from.push([e, next]);
    }
    return { text, from };
}
const leadingSpaces = (line) => line.length - line.replace(/^ +/, '').length;
/** A flow scalar on one line: each unit of the value maps to the escape (or character) that wrote it. */
function flowScalar(start, end, step) {
    let text = '';
    const from = [];
    for (let i = start; i < end;) {
        const read = step(i);
        if (!read)
            return undefined;
        const [s, width] = read;
        for (let u = 0; u < s.length; u++) {
            text += s[u];
            from.push([i, i + width]);
        }
        i += width;
    }
    return { text, from };
}

;// CONCATENATED MODULE: ./src/engine/embedded-context.ts

/**
 * A span of the embedded text as a span of the file. Where positions cannot be mapped (a folded
 * scalar) the finding sits at the scalar's first line: reported inexactly rather than not at all.
 */
function fileSpan(e, span) {
    const r = fileRange(e.text, span.startOffset, span.endOffset);
    if (!r)
        return { span: e.file.span(e.text.at[0], e.text.at[1]), exact: false };
    return { span: e.file.span(r.start, r.end), exact: r.exact };
}
/**
 * Inside a quoted string an edit must not need escaping to mean the same thing: only words
 * (`false`) are carried over, and only onto text the file writes character for character.
 */
const SAFE_EDIT_TEXT = /^[\w.-]*$/;
/** Rules report against the embedded text; findings and fixes land in the file. */
function embeddedContext(ctx, e, adjust) {
    return {
        source: e.inner,
        report: r => {
            const at = fileSpan(e, r.span);
            const edits = r.fix?.edits.map(edit => ({ ...fileSpan(e, edit.span), text: edit.text }));
            const exact = at.exact && edits !== undefined && edits.every(x => x.exact && SAFE_EDIT_TEXT.test(x.text));
            const fix = r.fix && exact ? { description: r.fix.description, edits: edits.map(x => ({ span: x.span, text: x.text })) } : undefined;
            const usedAt = r.usedAt ? fileSpan(e, r.usedAt) : undefined;
            ctx.report(adjust({ ...r, span: at.span, fix, usedAt: usedAt?.exact ? usedAt.span : undefined }));
        },
    };
}

;// CONCATENATED MODULE: ./src/engine/check-units.ts





/** A finding about embedded text as a finding about the file. */
const aboutFile = (e) => (r) => ({
    ...r,
    message: `${e.where}: ${r.message}`,
    resource: { ...r.resource, document: e.document },
    fieldPath: `${e.where}:${r.fieldPath}`,
});
/**
 * Runs the pod rules on pod specs. A host field whose value is a template action
 * (`hostNetwork: {{ .Values.hostNetwork }}`) cannot be judged: it is a parse-error, and the
 * rules skip it.
 */
function checkPods(pods, source, each, problem, embedded) {
    for (const pod of pods) {
        for (const name of k8s/* HOST_FIELDS */.Rc) {
            const hit = (0,yaml/* field */.ZZ)(pod.object.doc, pod.spec, name);
            const action = hit && !(0,dist/* isScalar */.jn)(hit.value) ? (0,template/* templateAction */.N)(source.text, hit.written) : undefined;
            const range = hit?.written.range;
            if (!action || !range)
                continue;
            const span = source.span(range[0], range[1]);
            const r = {
                span,
                message: `${pod.object.resource.display}: \`${name}\` is a template expression (\`${action}\`): render the chart (helm template, kustomize build) and scan the output.`,
                resource: pod.object.resource,
                fieldPath: `${pod.path}.${name}:template`,
            };
            const at = embedded ? { ...aboutFile(embedded)(r), span: fileSpan(embedded.embedding, span).span } : r;
            problem(at.message, at.span, at.fieldPath, at.resource);
        }
        each('pod', (rule, ctx) => rule.pod(pod, embedded ? embeddedContext(ctx, embedded.embedding, aboutFile(embedded)) : ctx));
    }
}

// EXTERNAL MODULE: ./src/engine/facts.ts
var engine_facts = __nccwpck_require__(5605);
// EXTERNAL MODULE: ./src/parse/k8s/json-patch.ts
var json_patch = __nccwpck_require__(1439);
;// CONCATENATED MODULE: ./src/parse/k8s/kustomize.ts



/**
 * Kustomizations patch the resources they build: a patch that turns a host namespace field on
 * is a workload that shares it once `kustomize build` runs, even though no manifest says so.
 * Patches in files of their own are read where they are; this finds the ones written inline.
 */
/** The names kustomize looks for in a directory; there, `kind` and `apiVersion` are optional. */
const KUSTOMIZATION_FILES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);
const KINDS = new Set(['Kustomization', 'Component']);
function isKustomization(doc, root, path) {
    if (!(0,dist/* isMap */.jh)(root))
        return false;
    const kind = (0,yaml/* stringValue */.r$)((0,yaml/* field */.ZZ)(doc, root, 'kind')?.value);
    const apiVersion = (0,yaml/* stringValue */.r$)((0,yaml/* field */.ZZ)(doc, root, 'apiVersion')?.value);
    if (kind !== undefined && KINDS.has(kind) && apiVersion?.startsWith('kustomize.config.k8s.io/'))
        return true;
    const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    return KUSTOMIZATION_FILES.has(base) && ((0,yaml/* field */.ZZ)(doc, root, 'kind') === undefined || (kind !== undefined && KINDS.has(kind)));
}
/** Lists whose entries hold an inline patch under `patch` (else a `path` to a file) and a `target`. */
const TARGETED_PATCH_LISTS = ['patches', 'patchesJson6902'];
function inlinePatches(doc, kustomization) {
    const out = [];
    for (const key of TARGETED_PATCH_LISTS) {
        items(doc, kustomization, key).forEach((item, i) => {
            if (!(0,dist/* isMap */.jh)(item))
                return;
            const patch = (0,yaml/* field */.ZZ)(doc, item, 'patch')?.value;
            if (!(0,dist/* isScalar */.jn)(patch) || typeof patch.value !== 'string')
                return;
            const target = (0,yaml/* mapField */.Rz)(doc, item, 'target');
            const [kind, group] = ['kind', 'group'].map(k => (target ? (0,yaml/* stringValue */.r$)((0,yaml/* field */.ZZ)(doc, target, k)?.value) : undefined));
            out.push({ path: `${key}[${i}].patch`, scalar: patch, target: targetOf(doc, target), targetRunsNoPods: (0,k8s/* runsNoPods */.uU)(kind, group) });
        });
    }
    // Each entry is a file name or the patch itself; a file name reads as a plain string, not a patch.
    items(doc, kustomization, 'patchesStrategicMerge').forEach((item, i) => {
        if ((0,dist/* isScalar */.jn)(item) && typeof item.value === 'string')
            out.push({ path: `patchesStrategicMerge[${i}]`, scalar: item });
    });
    return out;
}
function items(doc, map, key) {
    const list = (0,yaml/* field */.ZZ)(doc, map, key)?.value;
    return (0,dist/* isSeq */.oP)(list) ? list.items.map(i => (0,yaml/* resolveAlias */.Zg)(doc, i)) : [];
}
function targetOf(doc, target) {
    if (!target)
        return undefined;
    const [kind, namespace, name] = ['kind', 'namespace', 'name'].map(k => (0,yaml/* scalarText */.ws)((0,yaml/* field */.ZZ)(doc, target, k)?.value));
    // A target chosen by label selector names no single object.
    const display = `${kind ?? '*'}/${namespace ? `${namespace}/` : ''}${name ?? '*'}`;
    return { display, kind, namespace, name };
}

;// CONCATENATED MODULE: ./src/engine/scan-patches.ts








/**
 * Kustomize patches: a JSON 6902 patch file (a list of `{op, path, value}`), and the patches a
 * kustomization holds inline as strings, each read as YAML of its own (a JSON patch, or a
 * strategic-merge partial object read like any manifest) with positions mapped back to the file.
 */
function scanPatches(parsed, source, each, report, mayShare) {
    const name = source.path.slice(source.path.lastIndexOf('/') + 1);
    for (const d of parsed.documents) {
        if (d.fatal)
            continue;
        const root = d.doc.contents;
        const ops = (0,json_patch/* jsonPatchOps */.x)(d.doc, root);
        if (ops) {
            const resource = { display: `patch/${name}`, kind: 'patch', name, document: d.index };
            for (const op of ops) {
                const unit = { doc: d.doc, op, resource, label: `JSON patch ${name}`, fieldPath: 'json-patch' };
                each('jsonPatchOp', (rule, ctx) => rule.jsonPatchOp(unit, ctx));
            }
        }
        if (isKustomization(d.doc, root, source.path)) {
            for (const patch of inlinePatches(d.doc, root))
                scanInlinePatch(patch, d.index, source, each, report, mayShare);
        }
    }
}
function scanInlinePatch(patch, document, source, each, report, mayShare) {
    const { problem, incomplete } = report;
    const text = embeddedText(source.text, patch.scalar);
    // The prefilter reads the file, whose text holds the patch's (escapes aside, which it also lets through).
    if (!text || !mayShare(text.text))
        return;
    const inner = new parse_source/* SourceText */.D(source.path, text.text);
    const embedding = { file: source, inner, text };
    const parsed = (0,yaml/* parseYaml */.hN)(inner);
    for (const p of parsed.problems) {
        problem(`${source.path}: kustomization ${patch.path}: ${p.message}.`, fileSpan(embedding, p.span).span, `${patch.path}:yaml:${p.span.start.line}`);
    }
    // Fail closed inside a patch too: a bound its reading hit is reported at the patch.
    for (const hit of [...parsed.bounds, ...parsed.documents.flatMap(d => (0,yaml/* boundsHit */.nx)(d.doc))]) {
        incomplete(`${source.path}: kustomization ${patch.path}: ${hit.message}`, fileSpan(embedding, inner.span(hit.offset, hit.offset)).span, `${patch.path}:bound:${hit.message}`);
    }
    // A JSON patch's messages name the patch already.
    const withDocument = (r) => ({ ...r, resource: { ...r.resource, document } });
    for (const d of parsed.documents) {
        const ops = d.fatal || patch.targetRunsNoPods ? undefined : (0,json_patch/* jsonPatchOps */.x)(d.doc, d.doc.contents);
        if (!ops)
            continue;
        const resource = patch.target ?? { display: `patch/${patch.path}`, kind: 'patch', name: patch.path };
        const label = `kustomization ${patch.path}${patch.target ? ` for ${patch.target.display}` : ''}`;
        for (const op of ops) {
            const unit = { doc: d.doc, op, resource, label, fieldPath: `${patch.path}:json-patch` };
            each('jsonPatchOp', (rule, ctx) => rule.jsonPatchOp(unit, embeddedContext(ctx, embedding, withDocument)));
        }
    }
    // A strategic-merge patch is a partial object: its pod spec is read like a manifest's.
    const embedded = { embedding, where: `kustomization ${patch.path}`, document };
    for (const object of (0,k8s/* k8sObjects */.T$)(parsed))
        checkPods((0,k8s/* findPodSpecs */.ND)(object).units, inner, each, problem, embedded);
}

;// CONCATENATED MODULE: ./src/engine/scan-file.ts













/**
 * A cheap pre-check for YAML, whose parsing dominates the cost of a scan: text that cannot hold
 * a finding is not parsed. A finding needs its key written in the file (merges and aliases only
 * reuse text that is there): as a plain key, an explicit `? key` (possibly followed by a comment),
 * or hidden behind escapes or an escaped line break in a double-quoted key. A compose `extends`
 * may bring the key from another file, which is reported as not judged, so it is wanted too.
 * Workflow job options are parsed whenever an `options` key is present. Dockerfiles and scripts
 * have no pre-check: continuations and quotes can split any word, and their readers are linear
 * and fast.
 */
/** The compose keys that share (a service's and its `build:` section's), and `extends`, which may bring one. */
const SHARING_KEYS = [...namespaces/* HOST_NAMESPACES */.Uv.flatMap(n => (n.composeBuildKey ? [n.composeKey, n.composeBuildKey] : [n.composeKey])), 'extends'].join('|');
const MAY_SHARE_YAML = new RegExp(`${namespaces/* HOST_FIELDS */.Rc.join('|')}|(?:${SHARING_KEYS})['"]?\\s*[:#]|\\?\\s*['"]?(?:${SHARING_KEYS})\\b|\\\\[xuUN\\r\\n]`);
const WORKFLOW_OPTIONS = /options/;
/** The findings of one file's text (tests and callers that need no facts). */
function scanText(input, options) {
    return scanFileText(input, options).findings;
}
/** Scans one file's text. Pure: no I/O, no globals; findings carry no fingerprint yet. */
function scanFileText(input, options) {
    const { path, text, type } = input;
    const source = new parse_source/* SourceText */.D(path, text);
    const findings = [];
    const facts = (0,engine_facts/* noFacts */.f5)();
    const factText = (0,engine_facts/* factFilter */.$b)(options.facts);
    const ctxFor = (rule) => ({
        source,
        report: (r) => findings.push(toFinding(rule, r, path, options)),
    });
    const each = (hook, call) => {
        for (const rule of options.rules.values())
            if (rule[hook])
                call(rule, ctxFor(rule));
    };
    const reporterOf = (ruleId) => (message, span, fieldPath, resource = { display: path }) => {
        const notice = noticeFinding(ruleId, path, { span, message, resource, fieldPath }, options);
        if (notice)
            findings.push(notice);
    };
    const parseProblem = reporterOf('parse-error');
    // Fail closed: a bound the readers hit is a finding that names it, never a silent pass.
    const incomplete = reporterOf('incomplete-scan');
    switch (type) {
        case 'dockerfile': {
            const parsed = (0,dockerfile/* parseDockerfile */.A)(source);
            for (const p of parsed.problems)
                parseProblem(`${path}: ${p.message}`, p.span, `dockerfile:${p.message}`);
            const ordinals = new Map();
            for (const run of parsed.runs) {
                const ordinal = ordinals.get(run.stage) ?? 0;
                ordinals.set(run.stage, ordinal + 1);
                each('dockerfileRun', (rule, ctx) => rule.dockerfileRun({ run, ordinal }, ctx));
            }
            break;
        }
        case 'shell': {
            const broken = (message, span) => parseProblem(`${path}: line ${span.start.line}: ${message}.`, span, `groovy:${message}`);
            for (const command of findContainerCommands(source, undefined, undefined, broken))
                each('containerCommand', (rule, ctx) => rule.containerCommand(command, ctx));
            break;
        }
        case 'workflow':
        case 'compose':
        case 'kubernetes': {
            // Commands in `run:` steps are lines of the file: found without parsing the YAML.
            if (type === 'workflow')
                for (const command of findContainerCommands(source))
                    each('containerCommand', (rule, ctx) => rule.containerCommand(command, ctx));
            // Per document: only one that mentions what a rule or a fact needs, and that can hold a pod.
            const wanted = (doc) => (MAY_SHARE_YAML.test(doc) || (type === 'workflow' && WORKFLOW_OPTIONS.test(doc)) || factText?.test(doc) === true) &&
                (type !== 'kubernetes' || !holdsNoPod(doc));
            if (!wanted(text))
                break;
            const parsed = (0,yaml/* parseYaml */.hN)(source, wanted);
            const templated = (0,template/* looksTemplated */.j)(text);
            for (const p of templated ? firstFatalPerDocument(parsed) : parsed.problems) {
                const hint = templated && p.fatal ? ' The file looks like a template (Helm or Go): render it (helm template, kustomize build) and scan the output.' : '';
                parseProblem(`${path}: ${p.message}.${hint}`, p.span, `yaml:${p.span.start.line}`);
            }
            if (type === 'workflow')
                scanWorkflowOptions(parsed, source, each);
            else
                scanManifests(parsed, source, type === 'compose' || input.byName === true, each, { problem: parseProblem, incomplete }, t => MAY_SHARE_YAML.test(t), options.facts && { needs: options.facts, into: facts });
            for (const hit of [...parsed.bounds, ...parsed.documents.flatMap(d => (0,yaml/* boundsHit */.nx)(d.doc))]) {
                incomplete(`${path}: ${hit.message}`, source.span(hit.offset, hit.offset), `bound:${hit.message}`);
            }
            break;
        }
    }
    return { findings, facts };
}
/**
 * One unrendered template action breaks the YAML around it in many places (eight problems for one
 * `{{- if }}` line): the first fatal one per document says what is needed, rendering. Documents
 * that parsed keep their problems (duplicate keys).
 */
function firstFatalPerDocument(parsed) {
    const starts = parsed.documents.map(d => d.doc.range?.[0] ?? 0);
    const documentOf = (p) => starts.reduce((found, start, i) => (start <= p.span.startOffset ? i : found), 0);
    const fatalIn = new Set(parsed.problems.filter(p => p.fatal).map(documentOf));
    const reported = new Set();
    return parsed.problems.filter(p => {
        const d = documentOf(p);
        if (!fatalIn.has(d))
            return true;
        if (!p.fatal || reported.has(d))
            return false;
        reported.add(d);
        return true;
    });
}
/** Compose services, Kubernetes objects and kustomize patches: a file named like compose may still hold manifests. */
function scanManifests(parsed, source, composeByName, each, report, mayShare, facts) {
    const { problem, incomplete } = report;
    for (const service of composeServices(parsed, composeByName, incomplete))
        each('composeService', (rule, ctx) => rule.composeService(service, ctx));
    for (const object of (0,k8s/* k8sObjects */.T$)(parsed)) {
        const { units: pods, incomplete: searchIncomplete } = (0,k8s/* findPodSpecs */.ND)(object);
        if (searchIncomplete) {
            const range = object.map.range ?? [0, 0];
            incomplete(`${source.path}: ${object.resource.display} is too large or too deeply nested to search for an embedded pod template completely: not fully checked.`, source.span(range[0], range[0]), `${object.resource.display}:shape`);
        }
        checkPods(pods, source, each, problem);
        if (facts)
            (0,engine_facts/* factsOf */.xS)(object, pods, source, facts.needs, facts.into);
    }
    scanPatches(parsed, source, each, report, mayShare);
}
/** Workflow job `container` and `services.*` options (`--network host` there shares too). */
function scanWorkflowOptions(parsed, source, each) {
    for (const d of parsed.documents) {
        const root = d.doc.contents;
        if (d.fatal || !(0,dist/* isMap */.jh)(root))
            continue;
        const jobs = (0,yaml/* field */.ZZ)(d.doc, root, 'jobs')?.value;
        if (!(0,dist/* isMap */.jh)(jobs))
            continue;
        for (const [jobName, job] of (0,yaml/* entries */.jO)(d.doc, jobs)) {
            if (!(0,dist/* isMap */.jh)(job))
                continue;
            const targets = [[`jobs.${jobName}.container`, (0,yaml/* field */.ZZ)(d.doc, job, 'container')?.value]];
            const services = (0,yaml/* field */.ZZ)(d.doc, job, 'services')?.value;
            if ((0,dist/* isMap */.jh)(services))
                for (const [name, svc] of (0,yaml/* entries */.jO)(d.doc, services))
                    targets.push([`jobs.${jobName}.services.${name}`, svc]);
            for (const [path, target] of targets) {
                if (!(0,dist/* isMap */.jh)(target))
                    continue;
                const hit = (0,yaml/* field */.ZZ)(d.doc, target, 'options');
                const options = hit?.value;
                if (!(0,dist/* isScalar */.jn)(options) || typeof options.value !== 'string' || !options.range)
                    continue;
                const flags = wholeLineWhenAlone(parseContainerOptions(source, options.range[0], options.range[1]), source.text.slice(options.range[0], options.range[1]), hit?.key?.range?.[0], source);
                const unit = { flags, resource: { display: path.replace(/^jobs\./, 'job/'), kind: 'job', name: jobName }, fieldPath: `${path}.options` };
                each('containerOptions', (rule, ctx) => rule.containerOptions(unit, ctx));
            }
        }
    }
}
/**
 * A flag that is the whole `options:` value would leave it empty (YAML null), which GitHub's
 * workflow schema refuses: removing it removes the whole `options:` line instead.
 */
function wholeLineWhenAlone(flags, written, keyStart, source) {
    const [only] = flags;
    if (flags.length !== 1 || keyStart === undefined || source.text.slice(only.span.startOffset, only.span.endOffset) !== written.trim())
        return flags;
    const first = source.position(keyStart).line;
    const last = only.span.end.line;
    // The line's own indentation and its line break go too: nothing is left where the key stood.
    const end = last < source.lineStarts.length ? source.lineStart(last + 1) : source.lineEnd(last);
    return [{ ...only, removal: source.span(source.lineStart(first), end) }];
}
/**
 * The one emitter of the engine's notices: what a parser or reader could not read or judge in a
 * file (scanFileText), and whole-file notices (fileNotice). Undefined when the rule is not enabled.
 */
function noticeFinding(ruleId, path, notice, options) {
    const rule = options.rules.get(ruleId);
    return rule && toFinding(rule, notice, path, options);
}
/** A notice about a whole file (unreadable, binary, an internal error), at its start. */
function fileNotice(ruleId, path, message, options) {
    const notice = noticeFinding(ruleId, path, { span: new parse_source/* SourceText */.D(path, '').span(0, 0), resource: { display: path }, message, fieldPath: 'file' }, options);
    return notice ? [notice] : [];
}
function toFinding(rule, r, path, options) {
    return {
        ruleId: rule.meta.id,
        severity: options.severityOf(rule.meta.id),
        file: path,
        span: r.span,
        resource: r.resource,
        message: r.message,
        remediation: rule.meta.remediation,
        fieldPath: r.fieldPath,
        fix: r.fix,
        ...(r.usedAt ? { usedAt: r.usedAt } : {}),
    };
}

;// CONCATENATED MODULE: ./src/scan-one.ts



/** The rule engine's options for a config: the rules it enables, each at its configured severity. */
function engineFor(all, config, facts) {
    const rules = new Map([...all].filter(([id]) => config.rules[id] !== 'off'));
    return {
        rules,
        severityOf: id => {
            const rule = rules.get(id);
            return (rule && (0,severity/* severityOf */.x)(config, rule)) ?? 'error';
        },
        ...(facts ? { facts } : {}),
    };
}
/** Scans a read file (or turns its notice into a finding); undefined for a file not scanned at all. */
function outcomeOf(prepared, engine) {
    if (!prepared)
        return undefined;
    if ('notice' in prepared)
        return { findings: fileNotice(prepared.notice.ruleId, prepared.relative, prepared.notice.message, engine) };
    const outcome = { findings: [] };
    if (prepared.type === 'dockerfile')
        outcome.dockerfile = prepared.relative;
    if ((0,parse_source/* hasLoneCr */.ij)(prepared.text))
        outcome.loneCr = prepared.relative;
    try {
        const scanned = scanFileText({ path: prepared.relative, text: prepared.text, type: prepared.type, byName: prepared.type === 'compose' }, engine);
        outcome.findings = scanned.findings;
        outcome.facts = scanned.facts;
    }
    catch (err) {
        // A parser bug must not hide the rest of the scan, nor pass this file silently.
        outcome.findings = fileNotice('incomplete-scan', prepared.relative, `${prepared.relative} could not be checked: internal error: ${err.message}`, engine);
    }
    return outcome;
}


/***/ }),

/***/ 4249:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  GF: () => (/* binding */ POOL_AFTER),
  OV: () => (/* binding */ enableScanWorkers),
  WJ: () => (/* binding */ isScanWorker),
  fR: () => (/* binding */ runScanWorker),
  hu: () => (/* binding */ startPool)
});

// UNUSED EXPORTS: ScanPool

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
// EXTERNAL MODULE: ./src/discovery/read.ts
var read = __nccwpck_require__(8568);
// EXTERNAL MODULE: ./src/rules/index.ts + 15 modules
var rules = __nccwpck_require__(2005);
// EXTERNAL MODULE: ./src/scan-one.ts + 18 modules
var scan_one = __nccwpck_require__(1887);
;// CONCATENATED MODULE: ./src/scan-workers.ts





/**
 * A walk's files scanned on worker threads, the outcomes handed back in discovery order, so the
 * report is the same byte for byte as a single-threaded scan. Small scans never start a pool:
 * the first POOL_AFTER files are scanned on the main thread, and a pool starts only past them.
 * HNG_SCAN_THREADS sets the number of workers (1: none); by default, the available parallelism.
 */
const POOL_AFTER = 2_000;
/** Files per message: a message per file would cost more than scanning most files. */
const BATCH = 64;
/** Batches in flight per worker: enough to keep each busy, few enough that memory stays flat. */
const IN_FLIGHT_PER_WORKER = 4;
const MAX_WORKERS = 8;
let entry;
/** The bundle's entry registers itself: a worker runs the same file. Tests and libraries never do. */
function enableScanWorkers(url) {
    entry = url;
}
const isScanWorker = () => !external_node_worker_threads_namespaceObject.isMainThread && external_node_worker_threads_namespaceObject.workerData?.hngScanWorker === true;
/** The worker side: batches of files in, their outcomes out, in the same order. */
function runScanWorker() {
    const setup = external_node_worker_threads_namespaceObject.workerData;
    const engine = (0,scan_one/* engineFor */.E)(new Map([...rules/* registry */.u5].filter(([id]) => setup.ruleIds.includes(id))), setup.config, setup.facts);
    external_node_worker_threads_namespaceObject.parentPort.on('message', (batch) => {
        const outcomes = batch.files.map(f => (0,scan_one/* outcomeOf */.s)((0,read/* prepareSync */.Z$)(f, setup.config.maxFileSize), engine) ?? null);
        external_node_worker_threads_namespaceObject.parentPort.postMessage({ seq: batch.seq, outcomes });
    });
}
/** The number of workers to start, or 0 when a pool cannot or should not run here. */
function poolSize(setup) {
    if (!entry || !setup.ruleIds.every(id => rules/* registry */.u5.has(id)))
        return 0;
    const asked = Number(process.env.HNG_SCAN_THREADS);
    const size = Math.min(MAX_WORKERS, Number.isInteger(asked) && asked > 0 ? asked : (0,external_node_os_.availableParallelism)());
    return size >= 2 ? size : 0;
}
/** Starts a pool that hands outcomes to `deliver` in the order files were added; undefined when none is worth it. */
function startPool(setup, deliver) {
    const size = poolSize(setup);
    return size ? new ScanPool(size, setup, deliver) : undefined;
}
class ScanPool {
    deliver;
    workers;
    results = new Map();
    batch = [];
    nextSeq = 0;
    nextToDeliver = 0;
    inFlight = 0;
    turn = 0;
    failure;
    closing = false;
    wake = [];
    /** Files scanned by workers (for HNG_SCAN_TRACE). */
    scanned = 0;
    get size() {
        return this.workers.length;
    }
    constructor(size, setup, deliver) {
        this.deliver = deliver;
        const data = { ...setup, hngScanWorker: true };
        this.workers = Array.from({ length: size }, () => {
            const worker = new external_node_worker_threads_namespaceObject.Worker(entry, { workerData: data });
            worker.on('message', (m) => this.received(m.seq, m.outcomes));
            // A worker that dies takes files with it: the scan fails rather than pass them unjudged.
            worker.on('error', err => this.fail(err));
            worker.on('exit', code => code !== 0 && !this.closing && this.fail(new Error(`a scan worker exited with code ${code}`)));
            return worker;
        });
    }
    /** Queues a file for the workers; waits while the pool is full. */
    async add(file) {
        this.batch.push({ absolute: file.absolute, relative: file.relative, type: file.type, size: file.size });
        if (this.batch.length >= BATCH)
            await this.send();
    }
    /** An outcome the main thread computed (a link, a refusal), kept in its place in the order. */
    async local(outcome) {
        await this.send();
        this.results.set(this.nextSeq++, [outcome ?? null]);
        this.flushInOrder();
    }
    /** Waits for every file added, delivers the rest in order, and stops the workers. */
    async finish() {
        try {
            await this.send();
            while (this.nextToDeliver < this.nextSeq && !this.failure)
                await new Promise(resolve => this.wake.push(resolve));
            if (this.failure)
                throw this.failure;
        }
        finally {
            this.closing = true;
            await Promise.all(this.workers.map(w => w.terminate()));
        }
    }
    async send() {
        if (!this.batch.length)
            return;
        while (this.inFlight >= this.workers.length * IN_FLIGHT_PER_WORKER && !this.failure)
            await new Promise(resolve => this.wake.push(resolve));
        if (this.failure)
            throw this.failure;
        const files = this.batch;
        this.batch = [];
        this.inFlight++;
        this.scanned += files.length;
        this.workers[this.turn++ % this.workers.length].postMessage({ seq: this.nextSeq++, files });
    }
    received(seq, outcomes) {
        this.inFlight--;
        this.results.set(seq, outcomes);
        this.flushInOrder();
    }
    flushInOrder() {
        for (let ready = this.results.get(this.nextToDeliver); ready; ready = this.results.get(this.nextToDeliver)) {
            this.results.delete(this.nextToDeliver++);
            for (const outcome of ready)
                this.deliver(outcome ?? undefined);
        }
        this.notify();
    }
    fail(err) {
        this.failure ??= err;
        this.notify();
    }
    notify() {
        const waiting = this.wake;
        this.wake = [];
        for (const resolve of waiting)
            resolve();
    }
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(7823);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(7823);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(7823);



exports.Dk = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
exports.P3 = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
exports.JG = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
exports.iX = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
exports.hR = publicApi.parseAllDocuments;
__webpack_unused_export__ = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(7823);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 7823:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map