import type { Rule } from './types.js'

/**
 * Reported once, at the file named by `admission.file`, when it is not the policy that
 * `host-namespace-guard admission` generates from the config and the exception records today:
 * src/admission/drift.ts regenerates it and compares.
 */
export const admissionPolicyStale: Rule = {
  meta: {
    id: 'admission-policy-stale',
    title: 'The committed admission policy is stale',
    severity: 'error',
    description:
      'The ValidatingAdmissionPolicy kept in the repository (config admission.file) is not what the configuration and the exception records generate today: an exception was added, changed or removed, one expired, or the config changed. The cluster then enforces another rule than the pull request check.',
    remediation:
      'Regenerate the policy with host-namespace-guard admission --output <admission.file> (or apply the suggested fix), commit it, and let the deployment apply it.',
    docs: 'docs/rules/admission-policy-stale.md',
  },
  staleAdmission: ({ file, missing, span, entries, fix, limit }, ctx) => {
    const grants = `${entries} exception entr${entries === 1 ? 'y' : 'ies'}`
    ctx.report({
      file,
      span,
      resource: { display: file },
      fieldPath: 'admission.file',
      message: limit
        ? `${file} (admission.file) cannot be kept current: ${limit}`
        : missing
          ? `${file} (admission.file) does not exist: generate it with host-namespace-guard admission --output ${file} (${grants}).`
          : `${file} is not the admission policy the config and exception records generate today (${grants}; the first difference is on line ${span.start.line}): the cluster would enforce another rule than this check. Regenerate it with host-namespace-guard admission --output ${file}.`,
      fix,
    })
  },
}
