import type { Rule } from './types.js'

/**
 * Findings of this rule are the engine's notices, not a unit check: the parsers' problems and whole
 * files that cannot be read as text, all through noticeFinding in engine/scan-file.ts.
 */
export const parseError: Rule = {
  meta: {
    id: 'parse-error',
    title: 'File could not be checked',
    severity: 'error',
    description:
      'The file could not be read as the format its name or content suggests, so host namespace settings in it were not checked. A file that cannot be checked is not a file that passed.',
    remediation: 'Fix the syntax the message points to, or render templates (helm template, kustomize build) and scan the output.',
    docs: 'docs/rules/parse-error.md',
  },
}
