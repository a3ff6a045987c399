import type { Config } from './config/config.js'
import { severityOf } from './config/severity.js'
import type { Prepared } from './discovery/read.js'
import type { FactNeeds, Facts } from './engine/facts.js'
import { ownStrings } from './engine/own-strings.js'
import { fileNotice, scanFileText, type CheckOptions } from './engine/scan-file.js'
import type { Finding } from './model.js'
import { readsAsMakefile } from './parse/shell/file-names.js'
import { hasLoneCr } from './parse/source.js'
import type { Rule } from './rules/types.js'

/**
 * One file's share of a scan, the same whether the main thread or a worker computes it: the
 * pipeline merges these in discovery order, so a report does not depend on who scanned what.
 */
export interface FileOutcome {
  /** The file, repo-relative. */
  relative: string
  findings: Finding[]
  facts?: Facts
  /** The file is a Dockerfile (the smoke build check lists them). */
  dockerfile?: string
  /** The file has a lone CR (see hasLoneCr). */
  loneCr?: string
  /** A Makefile's text, for the files it includes to be followed (Makefiles are few and small). */
  makefile?: string
  /** The file mentions a NetworkPolicy left unread (FactNeeds.networkPoliciesLater). */
  networkPolicyFile?: string
}

/** The rule engine's options for a config: the rules it enables, each at its configured severity. */
export function engineFor(all: ReadonlyMap<string, Rule>, config: Config, facts?: FactNeeds): CheckOptions {
  const rules = new Map([...all].filter(([id]) => config.rules[id] !== 'off'))
  return {
    rules,
    severityOf: id => {
      const rule = rules.get(id)
      return (rule && severityOf(config, rule)) ?? 'error'
    },
    ...(facts ? { facts } : {}),
  }
}

/** Scans a read file (or turns its notice into a finding); undefined for a file not scanned at all. */
export function outcomeOf(prepared: Prepared | undefined, engine: CheckOptions, parses?: boolean): FileOutcome | undefined {
  if (!prepared) return undefined
  if ('notice' in prepared)
    return { relative: prepared.relative, findings: fileNotice(prepared.notice.ruleId, prepared.relative, prepared.notice.message, engine) }
  const outcome: FileOutcome = { relative: prepared.relative, findings: [] }
  if (prepared.type === 'shell' && readsAsMakefile(prepared.relative, prepared.text)) outcome.makefile = prepared.text
  if (prepared.type === 'dockerfile') outcome.dockerfile = prepared.relative
  if (hasLoneCr(prepared.text)) outcome.loneCr = prepared.relative
  try {
    const scanned = scanFileText({ path: prepared.relative, text: prepared.text, type: prepared.type, byName: prepared.type === 'compose', parses }, engine)
    // What outlives the file must not keep its text alive (own-strings.ts).
    outcome.findings = ownStrings(scanned.findings)
    outcome.facts = ownStrings(scanned.facts)
    if (scanned.mentionsNetworkPolicy) outcome.networkPolicyFile = prepared.relative
  } catch (err) {
    // A parser bug must not hide the rest of the scan, nor pass this file silently.
    outcome.findings = fileNotice(
      'incomplete-scan',
      prepared.relative,
      `${prepared.relative} could not be checked: internal error: ${(err as Error).message}`,
      engine,
    )
  }
  return outcome
}
