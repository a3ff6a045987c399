import type { FileType } from '../model.js'
import { isJenkinsfile, isMakefile, lowerBaseName } from '../parse/shell/file-names.js'

/**
 * What a path is, from its name alone. YAML and JSON are `kubernetes` candidates that the
 * scanner may still read as compose by shape.
 */
export function classify(path: string): FileType | undefined {
  const lower = lowerBaseName(path)
  if (DOCKERFILE_NAME.test(lower)) return 'dockerfile'
  if (WORKFLOW_PATH.test(toSlashes(path)) || CI_FILE_NAME.test(lower)) return 'workflow'
  if (COMPOSE_NAME.test(lower)) return 'compose'
  if (YAML_OR_JSON_NAME.test(lower)) return 'kubernetes'
  if (SCRIPT_NAME.test(lower) || isMakefile(lower) || lower === 'justfile' || isJenkinsfile(lower)) return 'shell'
  return undefined
}

// Module constants, not literals in the function: each evaluation of a literal is a new RegExp
// object, and a walk classifies every file it meets.
const DOCKERFILE_NAME = /^(dockerfile|containerfile)([.-].*)?$|\.(dockerfile|containerfile)$/
const WORKFLOW_PATH = /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i
const CI_FILE_NAME = /^(action|\.gitlab-ci)\.ya?ml$/
const COMPOSE_NAME = /^(docker-)?compose([.-][^/]*)?\.ya?ml$/
const YAML_OR_JSON_NAME = /\.(ya?ml|json)$/
const SCRIPT_NAME = /\.(sh|bash|zsh|ksh)$/

/** Windows separators as forward slashes; the same string when there are none. */
const toSlashes = (path: string): string => (path.includes('\\') ? path.replace(/\\/g, '/') : path)

/** Extension-less scripts are recognised by their shebang. */
export function looksLikeShellScript(head: string): boolean {
  return SHEBANG.test(head)
}
const SHEBANG = /^#!\s*\S*\b(sh|bash|zsh|ksh|dash|ash|env\s+(ba|z|k|da)?sh)\b/

/** Names that are YAML or JSON but never manifests: skipping them saves time and noise. */
const NEVER_MANIFESTS =
  /^(package(-lock)?\.json|tsconfig[^/]*\.json|composer\.(json|lock)|\.?eslintrc[^/]*|renovate\.json|\.pre-commit-config\.ya?ml|pnpm-lock\.yaml|codecov\.ya?ml|mkdocs\.ya?ml|dependabot\.ya?ml)$/i
export function isNeverManifest(path: string): boolean {
  return NEVER_MANIFESTS.test(path.slice(path.lastIndexOf('/') + 1))
}

/** Scanned as this type; 'script?' is an extension-less file whose shebang decides. */
export type ScanAs = FileType | 'script?'

/**
 * What a name says a file is scanned as: a known type, or an extension-less file that may turn
 * out to be a script (decided by its shebang); undefined when its name says it is never a
 * manifest, or is of no type scanned.
 */
export function scannedAs(path: string): ScanAs | undefined {
  if (isNeverManifest(path)) return undefined
  const type = classify(path)
  if (type) return type
  return path.slice(path.lastIndexOf('/') + 1).includes('.') ? undefined : 'script?'
}

/** Worth reading at all (see scannedAs). */
export const mayBeScanned = (path: string): boolean => scannedAs(path) !== undefined
