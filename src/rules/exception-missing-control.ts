import type { MissingControl, Rule } from './types.js'

/**
 * Reported per workload with a valid exception, once per missing control: src/policy finds which
 * controls are missing (container security contexts, NetworkPolicies of the repository).
 */
export const exceptionMissingControl: Rule = {
  meta: {
    id: 'exception-missing-control',
    title: 'Host namespace exception lacks a compensating control',
    severity: 'error',
    description:
      'A workload allowed into a host namespace must limit what a compromise of it can do: every container and init container runs as non-root, drops all capabilities and disallows privilege escalation, and a NetworkPolicy in the repository selects its pods. Each missing control is reported on its own.',
    remediation:
      "Add the control the message names: securityContext.runAsNonRoot: true (or a non-zero runAsUser), capabilities.drop: [ALL], allowPrivilegeEscalation: false, or a NetworkPolicy in the workload's namespace whose podSelector matches the pod template labels.",
    docs: 'docs/rules/exception-missing-control.md',
  },
  assessment: ({ assessment: a, resource }, ctx) => {
    const { workload } = a
    if (a.status === 'invalid' || !workload) return
    for (const m of a.missingControls)
      ctx.report({ file: workload.file, span: m.span, resource, fieldPath: m.fieldPath, message: messageOf(m, resource.display, a.namespace) })
  },
}

function messageOf(m: MissingControl, display: string, namespace: string): string {
  if (m.control === 'containers') {
    const why = m.partial ? 'a custom resource defines them apart from these pod-level settings' : `${m.podPath} lists none`
    return `${display}: its containers are not in this manifest (${why}), so runAsNonRoot, capabilities.drop: [ALL] and allowPrivilegeEscalation: false cannot be verified. Keep the exception for a workload whose pod spec, containers included, is in the repository.`
  }
  if (m.control === 'NetworkPolicy') {
    const labels = Object.entries(m.podLabels)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ')
    const others = m.otherNamespaces.map(p => `${p.name ?? '(unnamed)'} in namespace "${p.namespace}" (${p.file})`)
    const elsewhere = others.length ? ` A NetworkPolicy selects only pods of its own namespace, so ${others.join(', ')} does not count.` : ''
    return `${display}: no NetworkPolicy in the repository selects its pods in namespace "${namespace}"${labels ? ` (pod labels ${labels})` : ' (the pod template has no labels)'}. Add a NetworkPolicy in "${namespace}" whose podSelector matches the pod template labels.${elsewhere}`
  }
  const which = `${m.initContainer ? 'init container' : 'container'} "${m.container}" of ${display}`
  if (m.control === 'runAsNonRoot') {
    if (m.runAsUser === 0) return `${which} runs as root (runAsUser: 0): set runAsUser to a non-zero UID and runAsNonRoot: true.`
    const why = m.runAsNonRoot === false ? 'sets runAsNonRoot: false' : 'may run as root'
    return `${which} ${why}: set securityContext.runAsNonRoot: true or a non-zero runAsUser (pod or container level).`
  }
  if (m.control === 'capabilities.drop') return `${which} does not drop all capabilities: set securityContext.capabilities.drop: [ALL].`
  const why = m.allowPrivilegeEscalation === true ? 'allows privilege escalation' : 'does not disallow privilege escalation'
  return `${which} ${why}: set securityContext.allowPrivilegeEscalation: false.`
}
