import type { FileType } from '../model.js'
import { isJenkinsfile, isMakefile } from '../parse/shell/file-names.js'

/**
 * What a path is, from its name alone. YAML and JSON are `kubernetes` candidates that the
 * scanner may still read as compose by shape.
 */
export function classify(path: string): FileType | undefined {
  const normalized = path.replace(/\\/g, '/')
  const base = normalized.slice(normalized.lastIndexOf('/') + 1)
  const lower = base.toLowerCase()
  if (/^(dockerfile|containerfile)([.-].*)?$/.test(lower) || /\.(dockerfile|containerfile)$/.test(lower)) return 'dockerfile'
  if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i.test(normalized) || /^action\.ya?ml$/.test(lower) || /^\.gitlab-ci\.ya?ml$/.test(lower)) return 'workflow'
  if (/^(docker-)?compose([.-][^/]*)?\.ya?ml$/.test(lower)) return 'compose'
  if (/\.(ya?ml|json)$/.test(lower)) return 'kubernetes'
  if (/\.(sh|bash|zsh|ksh)$/.test(lower) || isMakefile(lower) || lower === 'justfile' || isJenkinsfile(lower)) return 'shell'
  return undefined
}

/** Extension-less scripts are recognised by their shebang. */
export function looksLikeShellScript(head: string): boolean {
  return /^#!\s*\S*\b(sh|bash|zsh|ksh|dash|ash|env\s+(ba|z|k|da)?sh)\b/.test(head)
}

/** Names that are YAML or JSON but never manifests: skipping them saves time and noise. */
const NEVER_MANIFESTS =
  /^(package(-lock)?\.json|tsconfig[^/]*\.json|composer\.(json|lock)|\.?eslintrc[^/]*|renovate\.json|\.pre-commit-config\.ya?ml|pnpm-lock\.yaml|codecov\.ya?ml|mkdocs\.ya?ml|dependabot\.ya?ml)$/i
export function isNeverManifest(path: string): boolean {
  return NEVER_MANIFESTS.test(path.slice(path.lastIndexOf('/') + 1))
}

/**
 * Worth reading at all: a known type, or an extension-less file that may turn out to be a script
 * (decided by its shebang), unless its name says it is never a manifest.
 */
export function mayBeScanned(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1)
  if (isNeverManifest(path)) return false
  return classify(path) !== undefined || !base.includes('.')
}
