import type { Rule } from './types.js'

/**
 * Findings of this rule come from rendering (src/render), not from a unit check: a chart or an
 * overlay that did not render, and a run whose charts or overlays could not be rendered at all.
 */
export const renderError: Rule = {
  meta: {
    id: 'render-error',
    title: 'Chart or overlay could not be rendered',
    severity: 'error',
    description:
      'A Helm chart or Kustomize overlay did not render, so the workloads it produces were not checked. A chart that cannot be rendered is not a chart that passed.',
    remediation:
      'Fix the template or kustomization the message points to, vendor missing dependencies and remote bases, or install the tool the message names.',
    docs: 'docs/rules/render-error.md',
  },
}
