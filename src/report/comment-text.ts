import type { Finding } from '../model.js'
import { HOST_NAMESPACES, type HostNamespace } from '../namespaces.js'
import type { Rule } from '../rules/types.js'

/** Where a finding was written, as far as what to say about it goes. */
export type CommentSource = 'kubernetes' | 'compose' | 'dockerfile' | 'script' | 'workflow'

/**
 * Told from what the engine names the resource: compose services, Dockerfile stages, container
 * commands (scripts, Makefiles, Jenkinsfiles, workflow `run:` steps) and workflow job options; the
 * rest are Kubernetes objects (and kustomize patches of them).
 */
export function sourceOf(f: Pick<Finding, 'resource' | 'fieldPath'>): CommentSource {
  if (f.resource.kind === 'service') return 'compose'
  if (f.resource.kind === 'command') return 'script'
  if (f.resource.kind === 'job') return 'workflow'
  if (f.fieldPath.startsWith('stage/')) return 'dockerfile'
  return 'kubernetes'
}

const namespaceOf = (ruleId: string): HostNamespace | undefined => HOST_NAMESPACES.find(n => n.ruleId === ruleId)

/** The host namespaces a group of findings shares, in the table's order. */
export function namespacesOf(findings: readonly Pick<Finding, 'ruleId'>[]): HostNamespace[] {
  const ids = new Set(findings.map(f => f.ruleId))
  return HOST_NAMESPACES.filter(n => ids.has(n.ruleId))
}

/** `network`, `network and PID`, `network, PID and IPC`. */
export const listed = (names: readonly string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`)

const sentence = (clauses: string[]) => {
  const text = clauses.join('; ')
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`
}

/**
 * Why it matters, for this file type: one line, our own words (no user text, no Markdown). For the host namespace
 * rules, the risk of each namespace shared where this file shares it; for the others, the rule's.
 */
export function whyText(findings: readonly Finding[], rule: Rule | undefined): string {
  const source = sourceOf(findings[0]!)
  const namespaces = namespacesOf(findings)
  if (!namespaces.length) return rule?.meta.description ?? ''
  return sentence(namespaces.map(n => (source === 'kubernetes' ? n.risk.pod : source === 'dockerfile' ? (n.risk.build ?? n.risk.container) : n.risk.container)))
}

/** The fix for this file type: one sentence per namespace shared; for other rules, the finding's remediation. */
export function fixText(findings: readonly Finding[]): string {
  const source = sourceOf(findings[0]!)
  const namespaces = namespacesOf(findings)
  if (!namespaces.length) return findings[0]!.remediation
  return namespaces
    .map(n => {
      if (source === 'kubernetes') return n.fix.pod
      if (source === 'compose') return n.fix.compose
      if (source === 'dockerfile') return n.fix.build ?? n.fix.command
      return n.fix.command
    })
    .join(' ')
}

/** `Shares the host network and PID namespaces`, or the rule's title for other rules. */
export function titleText(findings: readonly Finding[], rule: Rule | undefined): string {
  const namespaces = namespacesOf(findings)
  if (!namespaces.length) return rule?.meta.title ?? findings[0]!.ruleId
  return `Shares the host ${listed(namespaces.map(n => n.display))} namespace${namespaces.length === 1 ? '' : 's'}`
}

/** A rule id's namespace, for callers that have one finding. */
export const isHostNamespaceRule = (ruleId: string) => namespaceOf(ruleId) !== undefined
