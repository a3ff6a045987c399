import type { Fix, Namespace, ResourceRef, Severity, Span } from '../model.js'
import type { ComposeService } from '../parse/compose.js'
import type { DockerfileRun } from '../parse/dockerfile.js'
import type { JsonPatchUnit } from '../parse/json-patch.js'
import type { PodSpecUnit } from '../parse/k8s.js'
import type { CommandFlag, ContainerCommand } from '../parse/shell.js'
import type { SourceText } from '../parse/source.js'

export interface RuleMeta {
  /** kebab-case; equals the rule's file name and its docs page name. */
  id: string
  title: string
  severity: Severity
  /** Two sentences on the risk: shown in review comments and SARIF help. */
  description: string
  /** A sentence that ends with a period. */
  remediation: string
  /** Repo-relative docs page. */
  docs: string
  namespace?: Namespace
}

export interface Report {
  span: Span
  message: string
  resource: ResourceRef
  fieldPath: string
  fix?: Fix
  usedAt?: Span
}

export interface UnitContext {
  source: SourceText
  report(r: Report): void
}

/** `container.options` / `services.*.options` of a GitHub workflow job. */
export interface EngineOptionsUnit {
  flags: CommandFlag[]
  resource: ResourceRef
  fieldPath: string
}

/** A RUN with its ordinal within its stage: fingerprints use the ordinal, never the line. */
export interface DockerfileRunUnit {
  run: DockerfileRun
  ordinal: number
}

/** A rule is data (meta) plus one small function per kind of unit it understands. */
export interface Rule {
  meta: RuleMeta
  pod?(unit: PodSpecUnit, ctx: UnitContext): void
  composeService?(service: ComposeService, ctx: UnitContext): void
  dockerfileRun?(unit: DockerfileRunUnit, ctx: UnitContext): void
  containerCommand?(command: ContainerCommand, ctx: UnitContext): void
  engineOptions?(unit: EngineOptionsUnit, ctx: UnitContext): void
  /** One operation of a JSON 6902 patch (a kustomize patch file, or inline in a kustomization). */
  jsonPatchOp?(unit: JsonPatchUnit, ctx: UnitContext): void
}
