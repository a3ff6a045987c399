/**
 * The file names that decide how a script is read (a Makefile's recipes, a Jenkinsfile's Groovy):
 * the readers need them, and discovery classifies files with the same tests.
 */

/**
 * `Makefile`, `GNUmakefile`, `lib.Makefile`, `Makefile.common`, `build/Makefile.docker`,
 * `common.make`, `rules.mk` (a lower-case base name): repositories split their Makefiles and name
 * the parts freely, so any name holding "makefile" counts, unless its extension says it is
 * another language's file (`makefile.py`, `makefile.md`).
 */
export function isMakefile(baseName: string): boolean {
  if (MAKE_EXTENSION.test(baseName)) return true
  return baseName.includes('makefile') && !NOT_MAKE_EXTENSION.test(baseName)
}

const MAKE_EXTENSION = /\.(mk|make)$/
const NOT_MAKE_EXTENSION =
  /\.(py|js|mjs|cjs|ts|go|rb|rs|java|kt|pl|php|md|rst|txt|html?|json|ya?ml|toml|lock|cmake|sh|bash|ps1|bat|cmd|orig|bak|swp|patch|diff)$/

/** Bytes of a file's start that content tests look at: enough for a header and a first rule. */
export const HEAD_CHARS = 8000

/**
 * A file with no telling name that is a Makefile by content, as a script is by its shebang: a
 * recipe line (a tab first) under a `target:` line, blank and comment lines between them allowed,
 * or a Make-only assignment (`X := v`, `X ?= v`). A shebang says it is a script instead.
 */
export function looksLikeMakefile(head: string): boolean {
  const text = head.length > HEAD_CHARS ? head.slice(0, HEAD_CHARS) : head
  if (text.startsWith('#!')) return false
  return RECIPE_UNDER_TARGET.test(text) || MAKE_ONLY_ASSIGNMENT.test(text)
}

const RECIPE_UNDER_TARGET = /^[A-Za-z0-9_.%$/(){}-][^:=\n#]*:(?![:=])[^=\n]*\r?\n(?:[ \t]*(?:#[^\n]*)?\r?\n)*\t[ \t]*\S/m
const MAKE_ONLY_ASSIGNMENT = /^(?:(?:export|override)[ \t]+)?[A-Za-z_][\w.-]*[ \t]*(?:::?|:::|\?)=/m

/** A path's last part, after `/` or a Windows `\`, lower-cased: what the name tests here take. */
export const lowerBaseName = (path: string): string => path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1).toLowerCase()

/** `Jenkinsfile`, `Jenkinsfile.release`, `deploy.jenkinsfile`: Groovy pipelines, whose sh steps are scripts. */
export function isJenkinsfile(baseName: string): boolean {
  return JENKINSFILE_NAME.test(baseName)
}
const JENKINSFILE_NAME = /^jenkinsfile([.-][^/]*)?$|\.jenkinsfile$/i

/**
 * A Makefile by name, or, for a name that says nothing (a file another Makefile includes, an
 * extension-less file discovery took for one), by content; never a file whose name says it is
 * a script of another kind.
 */
export function readsAsMakefile(path: string, text: string): boolean {
  const name = lowerBaseName(path)
  if (isMakefile(name)) return true
  if (OTHER_SCRIPT_NAME.test(name) || isJenkinsfile(name) || name === 'justfile') return false
  return looksLikeMakefile(text)
}
const OTHER_SCRIPT_NAME = /\.(sh|bash|zsh|ksh|ya?ml|json)$/
