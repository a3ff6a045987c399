import type { Rule } from './types.js'

/**
 * Fail closed: whatever the scanner could not read or judge is a finding, never a silent pass.
 * Findings of this rule come from the places that hit a bound (the pipeline, the parsers, the
 * Action's diff and API readers), each naming the file and the bound.
 */
export const incompleteScan: Rule = {
  meta: {
    id: 'incomplete-scan',
    title: 'Part of the input was not judged',
    severity: 'error',
    description:
      'The scanner reached one of its bounds (file size, nesting, alias or merge depth, work budget, the API file cap, the findings limit) or could not open a file, so host namespace settings there were not judged. A pull request must not be able to pass by hiding a setting behind a bound.',
    remediation:
      'Make the input smaller or simpler (split the file, flatten the nesting), raise the bound the message names in the config, or exclude the path with paths.exclude if it is not deployed.',
    docs: 'docs/rules/incomplete-scan.md',
  },
}
