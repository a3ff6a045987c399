import type { Fix, Namespace, ResourceRef, Severity, Span } from '../model.js'
import type { HostField } from '../namespaces.js'
import type { ComposeService } from '../parse/compose/compose.js'
import type { DockerfileRun } from '../parse/dockerfile/dockerfile.js'
import type { JsonPatchUnit } from '../parse/k8s/json-patch.js'
import type { PodSpecUnit } from '../parse/k8s/k8s.js'
import type { CommandFlag, ContainerCommand } from '../parse/shell/shell.js'
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
export interface ContainerOptionsUnit {
  flags: CommandFlag[]
  resource: ResourceRef
  fieldPath: string
}

/** A RUN with its ordinal within its stage: fingerprints use the ordinal, never the line. */
export interface DockerfileRunUnit {
  run: DockerfileRun
  ordinal: number
}

// ------------------------------------------------------------------------------------------------
// Units of the exception rules: src/policy builds them after the scan. These are the views the
// rules read (policy's Assessment and ExceptionRecord are instances), so rules import no policy.

/** The record fields an exception rule points at. */
export type RecordFieldName = 'allow' | 'expires' | 'namespace'

/** A missing or malformed part of an exception record, found when the record is read. */
export interface RecordProblemUnit {
  file: string
  span: Span
  fieldPath: string
  message: string
}

/** An exception record, in either form (annotations on the workload, or a central file entry). */
export interface ExceptionRecordView {
  origin: 'annotation' | 'file'
  file: string
  /** The opt-in label, or the central file's list entry. */
  span: Span
  /** Where each field is written; a missing field points at `span`. */
  spans: Partial<Record<RecordFieldName, Span>>
  fieldPath: string
  fieldPaths: Partial<Record<RecordFieldName, string>>
  target: { kind: string; namespace?: string; name: string }
  /** Only the valid flags. */
  allow: readonly HostField[]
  owner?: string
  /** `YYYY-MM-DD`, only when it is a real calendar date. */
  expires?: string
  /** Empty when the record is valid. */
  problems: readonly RecordProblemUnit[]
}

export interface WorkloadView {
  file: string
  /** The metadata.namespace value, when written. */
  namespaceSpan?: Span
  /** Host fields set to boolean true, per pod. */
  pods: ReadonlyArray<{ host: Partial<Record<HostField, Span>> }>
}

export type ExceptionStatus = 'invalid' | 'expired' | 'expiring' | 'active'
/** `containers`: the pod's containers are not in the manifest, so their controls cannot be checked. */
export type ControlName = 'runAsNonRoot' | 'capabilities.drop' | 'allowPrivilegeEscalation' | 'NetworkPolicy' | 'containers'

/** A compensating control a workload with an exception lacks, with what the message needs to say why. */
export type MissingControl = { span: Span; fieldPath: string } & (
  | {
      control: 'runAsNonRoot' | 'capabilities.drop' | 'allowPrivilegeEscalation'
      container: string
      initContainer: boolean
      /** The container's effective securityContext values (the container's win over the pod's). */
      runAsNonRoot?: boolean
      runAsUser?: number
      allowPrivilegeEscalation?: boolean
    }
  | {
      control: 'containers'
      container?: undefined
      /** The pod spec's path. */
      podPath: string
      /** Pod-level settings of a custom resource, which defines the containers elsewhere. */
      partial: boolean
    }
  | {
      /** Per pod: no NetworkPolicy of the workload's namespace selects it. */
      control: 'NetworkPolicy'
      container?: undefined
      podLabels: Readonly<Record<string, string>>
      /** At most three policies that select the pod from another namespace (namespace resolved). */
      otherNamespaces: ReadonlyArray<{ name?: string; namespace: string; file: string }>
    }
)

/** One exception record applied to one workload (or to none: a central entry nothing matched). */
export interface ExceptionAssessment {
  record: ExceptionRecordView
  workload?: WorkloadView
  /** The Kubernetes namespace the exception is for; 'default' when the workload names none. */
  namespace: string
  /** The workload does not set metadata.namespace: kubectl would use the context's, "default" by default. */
  namespaceAssumed: boolean
  namespaceAllowed: boolean
  /** Whole UTC days from today to the expiry date; 0 on the expiry day, negative once expired. */
  daysLeft?: number
  status: ExceptionStatus
  /** A second record for a workload that already has one: the first one. */
  duplicateOf?: ExceptionRecordView
  missingControls: readonly MissingControl[]
  /** Allowed host namespaces that no pod of the workload uses. */
  unused: readonly HostField[]
}

export interface AssessmentUnit {
  assessment: ExceptionAssessment
  /** The workload, or the record's target when no workload matched: what findings name. */
  resource: ResourceRef
  /**
   * The first assessment of its record: a record matching several workloads (overlays of one app)
   * gets its record-level findings once.
   */
  firstOfRecord: boolean
  /** The configuration's `exceptions.namespaces`. */
  allowedNamespaces: readonly string[]
}

/** A pull request change that adds or widens an exception; src/policy/approval decided it is unapproved. */
export interface UnapprovedChangeUnit {
  change: {
    /** `Kind/namespace/name`. */
    workload: string
    /** What grows: `new exception allowing …`, `now also allows hostPID`, `expiry moved from … to …`. */
    details: readonly string[]
    /** The record at head: where the finding points. */
    record: Pick<ExceptionRecordView, 'file' | 'span' | 'fieldPath' | 'target'>
  }
  /**
   * Who approves: a member of `team` applying `label` or approving the pull request. `unchecked`:
   * approvals could not be read (no github-token); `no-team`: no approving team is configured.
   */
  approver: { team: string; label: string } | 'unchecked' | 'no-team'
  /** Why team membership could not be verified, when GitHub refused to say. */
  cannotVerify?: string
}

/** A policy rule's report: in the unit's own file (the record's) unless it names another. */
export interface PolicyReport extends Omit<Report, 'fix' | 'usedAt'> {
  file?: string
}

export interface PolicyContext {
  report(r: PolicyReport): void
}

/**
 * The admission policy kept in the repository (config `admission.file`) against the one the
 * config and exception records generate today (src/admission/drift.ts).
 */
export interface StaleAdmissionUnit {
  file: string
  /** The file does not exist (or cannot be read as text within the size limit). */
  missing: boolean
  /** The first line that differs, as a span; the whole file when it is missing. */
  span: Span
  /** Entries granted and denied in the regenerated policy, for the message. */
  entries: number
  /** Replaces the whole file with the regenerated text; none when the file is missing. */
  fix?: Fix
  /** No policy can be generated: the Kubernetes limit it would break, with the numbers. */
  limit?: string
}

export interface AdmissionContext {
  report(r: Omit<Report, 'usedAt'> & { file: string }): void
}

/** A Namespace manifest as the scan saw it (engine/facts.ts NamespaceFacts). */
export interface NamespaceView {
  file: string
  name: string
  resource: ResourceRef
  /** `pod-security.kubernetes.io/enforce` as written. */
  enforce?: { value: string; valueSpan: Span }
  /** Where a missing label belongs. */
  anchor: Span
}

/** A Namespace manifest and the namespaces the config dedicates to exceptions (src/policy). */
export interface NamespaceUnit {
  namespace: NamespaceView
  /** The configuration's `exceptions.namespaces`. */
  exceptionNamespaces: readonly string[]
}

/** A rule is data (meta) plus one small function per kind of unit it understands. */
export interface Rule {
  meta: RuleMeta
  pod?(unit: PodSpecUnit, ctx: UnitContext): void
  composeService?(service: ComposeService, ctx: UnitContext): void
  dockerfileRun?(unit: DockerfileRunUnit, ctx: UnitContext): void
  containerCommand?(command: ContainerCommand, ctx: UnitContext): void
  containerOptions?(unit: ContainerOptionsUnit, ctx: UnitContext): void
  /** One operation of a JSON 6902 patch (a kustomize patch file, or inline in a kustomization). */
  jsonPatchOp?(unit: JsonPatchUnit, ctx: UnitContext): void
  /** An exception record applied to a workload, after the scan (src/policy/evaluate). */
  assessment?(unit: AssessmentUnit, ctx: PolicyContext): void
  /** A problem of the central exceptions file that belongs to no entry (src/policy/evaluate). */
  recordProblem?(problem: RecordProblemUnit, ctx: PolicyContext): void
  /** In a pull request: an exception added or widened without approval (src/policy/approval). */
  unapprovedChange?(unit: UnapprovedChangeUnit, ctx: PolicyContext): void
  /** A Namespace manifest, after the scan: what Pod Security Admission enforces in it (src/policy). */
  namespace?(unit: NamespaceUnit, ctx: PolicyContext): void
  /** The committed admission policy is not what the config and records generate (src/admission/drift). */
  staleAdmission?(unit: StaleAdmissionUnit, ctx: AdmissionContext): void
}
