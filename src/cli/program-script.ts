/**
 * The CLI's bundle (dist/cli/program.js, an ES module as ncc writes it) as a script that
 * evaluates to `async function (importMetaUrl, createRequire)`: Node 20 compiles a script with
 * V8's cached code (vm.Script's cachedData), never an ES module. ncc's module form is narrow:
 * one import (`createRequire`), `import.meta.url`, a top-level `await`, no export. Each becomes
 * a parameter or stays legal in an async function; the body runs in strict mode, as a module
 * does. Anything else (a second import, an export) is left in and fails to compile as a script,
 * and the launcher then imports the module as it is.
 */
export const CREATE_REQUIRE_IMPORT = 'import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";'
const META_URL = 'import.meta.url'
const META_PARAMETER = '__importMetaUrl'

/** The script's text, or undefined when the bundle is not in ncc's form. */
export function programScript(esm: string): string | undefined {
  const at = esm.indexOf(CREATE_REQUIRE_IMPORT)
  if (at === -1 || esm.indexOf(CREATE_REQUIRE_IMPORT, at + 1) !== -1 || esm.includes(META_PARAMETER)) return undefined
  const body = esm.slice(0, at) + esm.slice(at + CREATE_REQUIRE_IMPORT.length)
  // A shebang is legal only at the very start of a file; the line is kept, empty.
  const unbanged = body.startsWith('#!') ? body.slice(body.includes('\n') ? body.indexOf('\n') : body.length) : body
  // The closing brace goes on a line of its own: the text may end in a line comment.
  return `(async function (${META_PARAMETER}, __WEBPACK_EXTERNAL_createRequire) {"use strict";${unbanged.replaceAll(META_URL, META_PARAMETER)}\n})`
}
