import { isAlias, isScalar, type Node } from 'yaml'
import type { Namespace } from '../model.js'
import { field, scalarText, type FieldHit } from '../parse/yaml.js'
import type { CommandFlag } from '../parse/shell.js'
import type { Rule, RuleMeta, UnitContext } from './types.js'
import type { ResourceRef, Span } from '../model.js'

/** What differs between the three namespace rules: the names each file format uses. */
export interface HostNamespaceSpec {
  meta: Omit<RuleMeta, 'namespace'>
  namespace: Namespace
  /** PodSpec field. */
  podField: 'hostNetwork' | 'hostPID' | 'hostIPC'
  /** docker-compose service key whose value `host` shares the namespace. */
  composeKey: 'network_mode' | 'pid' | 'ipc'
  /** Replacement compose value that keeps the service working, or undefined to delete the line. */
  composeSafeValue?: string
  /** Key in a compose service's `build:` section (`network: host`). */
  composeBuildKey?: 'network'
  /** Dockerfile `RUN --<flag>=host`. */
  dockerfileFlag?: 'network'
}

export function hostNamespaceRule(spec: HostNamespaceSpec): Rule {
  const { podField } = spec
  const flagNote = (written: string) => `${written}=host`
  const reportFlag = (flag: CommandFlag, resource: ResourceRef, fieldPath: string, ctx: UnitContext, what: string) => {
    if (flag.name !== spec.namespace || !isHost(flag.value)) return
    ctx.report({
      span: flag.span,
      message: `${what} uses ${flagNote(flag.written)}: ${lowerFirst(spec.meta.title)}.`,
      resource,
      fieldPath,
      fix: { description: `Remove ${ctx.source.text.slice(flag.span.startOffset, flag.span.endOffset)}`, edits: [{ span: flag.removal, text: '' }] },
    })
  }

  return {
    meta: { ...spec.meta, namespace: spec.namespace },

    pod(unit, ctx) {
      const hit = field(unit.object.doc, unit.spec, podField)
      if (!hit) return
      const fieldPath = `${unit.path}.${podField}`
      const resource = unit.object.resource
      const written = hit.written
      const range = written.range
      if (!range) return
      const span = ctx.source.span(range[0], range[1])
      const fix = replaceableScalar(written) ? { description: `Set ${podField} to false`, edits: [{ span, text: 'false' }] } : undefined
      const usedAt = usedAtOf(hit, ctx)
      const via = hit.merged ? ' (inherited through a YAML merge key)' : ''
      const value = hit.value
      if (isScalar(value) && (value.value === false || value.value === null)) return
      if (isScalar(value) && value.value === true) {
        ctx.report({ span, message: `${resource.display} sets ${podField}: true${via}: ${lowerFirst(spec.meta.title)}.`, resource, fieldPath, fix, usedAt })
        return
      }
      // A custom resource's schema is its own: only a boolean true there is known to mean the pod field.
      if (unit.partial) return
      // Kubernetes decodes into a bool and rejects anything else; a quoted "true" is a broken
      // manifest that someone meant to share the namespace with, so it is never a silent pass.
      const shown = isScalar(value) ? JSON.stringify(scalarText(value) ?? String(value.value)) : 'a non-scalar value'
      ctx.report({
        span,
        message: `${resource.display} sets ${podField} to ${shown}${via}, which is not a boolean: Kubernetes rejects this manifest. Write false.`,
        resource,
        fieldPath,
        fix,
        usedAt,
      })
    },

    composeService(service, ctx) {
      const composeKey = service.part === 'build' ? spec.composeBuildKey : spec.composeKey
      if (!composeKey) return
      const hit = field(service.doc, service.map, composeKey)
      if (!hit || !isScalar(hit.value) || hit.value.value !== 'host') return
      const range = hit.written.range
      if (!range) return
      const span = ctx.source.span(range[0], range[1])
      const fix = !replaceableScalar(hit.written)
        ? undefined
        : spec.composeSafeValue && service.part === 'service'
          ? { description: `Set ${composeKey} to ${spec.composeSafeValue}`, edits: [{ span, text: spec.composeSafeValue }] }
          : deleteLineFix(ctx, hit.key?.range?.[0], range[1], `Remove ${composeKey}: host`)
      ctx.report({
        span,
        message: `compose service "${service.name}" sets ${service.part === 'build' ? 'build.' : ''}${composeKey}: host: ${lowerFirst(spec.meta.title)}.`,
        resource: service.resource,
        fieldPath: `${service.path}.${composeKey}`,
        fix,
        usedAt: usedAtOf(hit, ctx),
      })
    },

    dockerfileRun: spec.dockerfileFlag
      ? ({ run, ordinal }, ctx) => {
          for (const flag of run.flags) {
            if (flag.name !== spec.dockerfileFlag || flag.value === undefined || flag.value.toLowerCase() !== 'host') continue
            ctx.report({
              span: flag.span,
              message: `RUN --network=host in stage ${run.stage || '(before FROM)'} gives the build step the host's network namespace.`,
              resource: { display: `stage/${run.stage}`, name: run.stage },
              fieldPath: `stage/${run.stage}/RUN[${ordinal}]/--network`,
              fix: { description: 'Remove --network=host', edits: [{ span: flag.removal, text: '' }] },
            })
          }
        }
      : undefined,

    containerCommand(command, ctx) {
      // `$(DOCKER) run` is what the reader will search the file for, not the tool it resolved to.
      const what = `${command.written?.replace(/^["']|["']$/g, '') ?? command.tool} ${command.subcommand}`
      // The command's own words tell two commands apart in a fingerprint better than their order.
      const words = ctx.source.text.slice(command.span.startOffset, command.span.endOffset).replace(/\\\r?\n/g, ' ').replace(/\s+/g, ' ')
      for (const flag of command.flags) reportFlag(flag, { display: what, kind: 'command', name: what }, `${words} [${flag.written}]`, ctx, what)
    },

    engineOptions(unit, ctx) {
      for (const flag of unit.flags) reportFlag(flag, unit.resource, unit.fieldPath, ctx, `${unit.resource.display} options`)
    },
  }
}

const lowerFirst = (s: string) => s[0].toLowerCase() + s.slice(1)

const isHost = (value: string) => value.replace(/^['"]|['"]$/g, '').toLowerCase() === 'host'

/**
 * Only a bare scalar written in place can be rewritten safely: a tag (`!!str true`) or a block
 * scalar (`>-`) would keep its meaning or break, and an anchored value (`&on true`) is shared with
 * its aliases elsewhere. Those get no automatic fix.
 */
function replaceableScalar(node: Node): boolean {
  if (!isScalar(node)) return isAlias(node)
  return !node.tag && !node.anchor && (node.type === 'PLAIN' || node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE')
}

function usedAtOf(hit: FieldHit, ctx: UnitContext): Span | undefined {
  const range = hit.merged ? hit.via?.range : undefined
  return range ? ctx.source.span(range[0], range[1]) : undefined
}

function deleteLineFix(ctx: UnitContext, keyStart: number | undefined, valueEnd: number, description: string) {
  if (keyStart === undefined) return undefined
  const { line } = ctx.source.position(keyStart)
  const endLine = ctx.source.position(valueEnd).line
  const before = ctx.source.text.slice(ctx.source.lineStart(line), keyStart)
  const after = ctx.source.text.slice(valueEnd, ctx.source.lineEnd(endLine))
  // Only a block-style `key: value` alone on its line can be deleted without breaking the YAML.
  if (before.trim() !== '' || after.replace(/#.*/, '').trim() !== '') return undefined
  const start = ctx.source.lineStart(line)
  const end = ctx.source.lineStarts[endLine] ?? ctx.source.text.length
  return { description, edits: [{ span: ctx.source.span(start, end), text: '' }] }
}
