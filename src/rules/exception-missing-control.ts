import type { Rule } from './types.js'

/** Findings come from src/policy (evaluate.ts), not from a unit check. */
export const exceptionMissingControl: Rule = {
  meta: {
    id: 'exception-missing-control',
    title: 'Host namespace exception lacks a compensating control',
    severity: 'error',
    description:
      'A workload allowed into a host namespace must limit what a compromise of it can do: every container and init container runs as non-root, drops all capabilities and disallows privilege escalation, and a NetworkPolicy in the repository selects its pods. Each missing control is reported on its own.',
    remediation:
      'Add the control the message names: securityContext.runAsNonRoot: true (or a non-zero runAsUser), capabilities.drop: [ALL], allowPrivilegeEscalation: false, or a NetworkPolicy in the workload\'s namespace whose podSelector matches the pod template labels.',
    docs: 'docs/rules/exception-missing-control.md',
  },
}
