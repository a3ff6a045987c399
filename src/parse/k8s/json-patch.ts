import { isMap, isSeq, type Document, type YAMLMap } from 'yaml'
import type { ResourceRef } from '../../model.js'
import { SKIP_IN_SHAPE_SEARCH } from './k8s.js'
import { field, mapAt, resolveAlias, stringValue, type FieldHit } from '../yaml/yaml.js'

/**
 * RFC 6902 JSON patches, as kustomize applies them (`patches:` / `patchesJson6902:` with a target,
 * written as YAML or JSON, in their own file or inline in a kustomization). kustomize reads them
 * with go-yaml, so YAML 1.1 booleans hold here too.
 */

export interface JsonPatchOp {
  op: string
  /** The JSON pointer, as written. */
  path: string
  value?: FieldHit
  index: number
}

/** A patch's operation, with what the patch is and what it applies to. */
export interface JsonPatchUnit {
  doc: Document.Parsed
  op: JsonPatchOp
  /** The target when the kustomization names it, else the patch itself (`patch/hostnet.yaml`). */
  resource: ResourceRef
  /** How messages name the patch: `JSON patch hostnet.yaml`, `kustomization patches[0] for Deployment/web`. */
  label: string
  /** Fingerprint path of the patch, to which the pointer of the field is appended. */
  fieldPath: string
}

/** A document whose root is a list of `{op, path}` maps is a JSON patch; anything else is not. */
export function jsonPatchOps(doc: Document.Parsed, root: unknown): JsonPatchOp[] | undefined {
  if (!isSeq(root) || root.items.length === 0) return undefined
  const ops: JsonPatchOp[] = []
  for (const [index, item] of root.items.entries()) {
    const map = resolveAlias(doc, item)
    if (!isMap(map)) return undefined
    const op = stringValue(field(doc, map, 'op')?.value)
    const path = stringValue(field(doc, map, 'path')?.value)
    if (op === undefined || path === undefined) return undefined
    ops.push({ op, path, value: field(doc, map, 'value'), index })
  }
  return ops
}

/** Operations that write their value (`remove`, `move`, `copy` and `test` carry none of their own). */
const WRITES = new Set(['add', 'replace'])

/**
 * Where a pod spec sits inside a value written at a pointer ending in this segment: `/spec` may be
 * a pod spec (a Pod's, or a template's `/spec/template/spec`), a workload's spec, or a CronJob's.
 */
const POD_SPECS_BELOW: ReadonlyMap<string, ReadonlyArray<readonly string[]>> = new Map([
  ['spec', [[], ['template', 'spec'], ['jobTemplate', 'spec', 'template', 'spec']]],
  ['template', [['spec']]],
  ['jobTemplate', [['spec', 'template', 'spec']]],
])

/**
 * Segments under which a field of the same name is not the pod's: object metadata and status, a
 * ConfigMap's data, a Gatekeeper constraint's parameters and a Kyverno rule's patterns (which
 * allow or match the field rather than set it), and a container (the field is the pod's only).
 */
const NOT_POD_SETTINGS = new Set([...SKIP_IN_SHAPE_SEARCH, 'parameters', 'pattern', 'anyPattern', 'containers', 'initContainers', 'ephemeralContainers'])

/** A pod spec field an op writes: the pointer it lands at and the value written for it. */
export interface PatchedField {
  pointer: string
  hit: FieldHit
}

/**
 * The places where an op sets the pod spec field `name`: its value itself
 * (`/spec/template/spec/hostNetwork`), or that key of a pod spec inside a map value (`/spec` ←
 * `{hostNetwork: true}`).
 */
export function patchedPodField(unit: JsonPatchUnit, name: string): PatchedField[] {
  const { op, doc } = unit
  if (!WRITES.has(op.op) || !op.value || !op.path.startsWith('/')) return []
  const segments = op.path.split('/').slice(1)
  if (segments.some(s => NOT_POD_SETTINGS.has(s))) return []
  const last = segments[segments.length - 1]
  if (last === name) return [{ pointer: op.path, hit: op.value }]
  const value = op.value.value
  if (!isMap(value)) return []
  const out: PatchedField[] = []
  for (const below of POD_SPECS_BELOW.get(last) ?? []) {
    const spec: YAMLMap | undefined = below.length ? mapAt(doc, value, below) : value
    const hit = spec ? field(doc, spec, name) : undefined
    if (hit) out.push({ pointer: [op.path, ...below, name].join('/'), hit })
  }
  return out
}
