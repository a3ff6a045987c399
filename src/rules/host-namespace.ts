import { isAlias, isScalar, type Node } from 'yaml'
import type { HostNamespace } from '../namespaces.js'
import { literalDefaultAt, valueWhenSet, valueWhenUnset } from '../parse/compose/compose-interpolation.js'
import type { ComposeService } from '../parse/compose/compose.js'
import { patchedPodField } from '../parse/k8s/json-patch.js'
import { podResource } from '../parse/k8s/k8s.js'
import { templateAction } from '../parse/k8s/template.js'
import { field, scalarText, type FieldHit } from '../parse/yaml/yaml.js'
import type { CommandFlag, ContainerCommand } from '../parse/shell/shell.js'
import type { Rule, RuleMeta, UnitContext } from './types.js'
import type { ResourceRef, Span } from '../model.js'

/**
 * What differs between the three namespace rules: the namespace, whose record (src/namespaces.ts)
 * gives the names each file format uses, the rule id and the title; and the prose about its risk.
 */
export interface HostNamespaceSpec {
  namespace: HostNamespace
  meta: Pick<RuleMeta, 'severity' | 'description' | 'remediation'>
}

export function hostNamespaceRule({ namespace: ns, meta }: HostNamespaceSpec): Rule {
  const { podField } = ns
  const title = `Shares the host ${ns.display} namespace`
  const reportFlag = (flag: CommandFlag, resource: ResourceRef, fieldPath: string, ctx: UnitContext, what: string, run?: ContainerCommand['via']) => {
    if (flag.name !== ns.id) return
    const how = isHost(flag.value) ? '' : shellDefaultsToHost(flag.value)
    if (how === undefined) return
    // Quoted as written (`--ipc host`, `--net=host`), on one line; the value is the user's and may be long.
    const written = ctx.source.text.slice(flag.span.startOffset, flag.span.endOffset).replace(/(?:\\?\s)+/g, ' ')
    const shown = how ? `${flag.written}=${flag.value}${how}` : written.slice(0, 120)
    // A flag kept in a variable is reported where it is written, and used where the command
    // expands it: removing it from the value could change the variable's other users, so no fix.
    const via = flag.via ?? run
    const asWritten = shown
    const message = flag.via
      ? `${what} on line ${flag.via.use.start.line} uses ${flag.via.written}, which holds ${asWritten} (line ${flag.span.start.line})`
      : run
        ? `${what}, kept in ${run.written} and run on line ${run.use.start.line}, uses ${asWritten} (line ${flag.span.start.line})`
        : `${what} uses ${shown}`
    ctx.report({
      span: flag.span,
      message: `${message}: ${lowerFirst(title)}.`,
      resource,
      fieldPath: flag.via ? `${fieldPath} via ${flag.via.written}` : fieldPath,
      fix: via ? undefined : { description: `Remove ${written}`, edits: [{ span: flag.removal, text: '' }] },
      ...(via ? { usedAt: via.use } : {}),
    })
  }

  /**
   * A service that `extends` a base sharing the namespace shares it too, unless it sets the key
   * itself: a new service extending an old host-network one is a new finding at its `extends`.
   * The fix belongs to the base, which is reported there.
   */
  const reportInherited = (service: ComposeService, composeKey: string, ctx: UnitContext) => {
    for (const base of service.bases ?? []) {
      const inherited = field(service.doc, base.map, composeKey)
      if (!inherited) continue
      const value = isScalar(inherited.value) && typeof inherited.value.value === 'string' ? inherited.value.value : undefined
      const reading = value === undefined ? undefined : composeHost(value)
      const range = base.at.range
      if (reading && range) {
        ctx.report({
          span: ctx.source.span(range[0], range[1]),
          message: `compose service "${service.name}" extends "${base.name}", which sets ${composeKey}: ${value}${reading.how}: ${lowerFirst(title)}.`,
          resource: service.resource,
          fieldPath: `${service.path}.extends.${composeKey}`,
        })
      }
      return
    }
  }

  return {
    meta: { id: ns.ruleId, title, ...meta, docs: `docs/rules/${ns.ruleId}.md`, namespace: ns.id },

    pod(unit, ctx) {
      const hit = field(unit.object.doc, unit.spec, podField)
      if (!hit) return
      const fieldPath = `${unit.path}.${podField}`
      const resource = podResource(unit)
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
        ctx.report({ span, message: `${resource.display} sets ${podField}: true${via}: ${lowerFirst(title)}.`, resource, fieldPath, fix, usedAt })
        return
      }
      // A custom resource's schema is its own: only a boolean true there is known to mean the pod field.
      if (unit.partial) return
      // `{{ .Values.hostNetwork }}` is unknown until rendered: the engine reports it as a parse-error.
      if (!isScalar(value) && templateAction(ctx.source.text, written)) return
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
      const composeKey = service.part === 'build' ? ns.composeBuildKey : ns.composeKey
      if (!composeKey) return
      const hit = field(service.doc, service.map, composeKey)
      if (!hit && service.part === 'service') return reportInherited(service, composeKey, ctx)
      if (!hit || !isScalar(hit.value) || typeof hit.value.value !== 'string') return
      const range = hit.written.range
      if (!range) return
      const written = hit.value.value
      const reading = composeHost(written)
      if (!reading) return
      const span = ctx.source.span(range[0], range[1])
      const safe = ns.composeSafeValue && service.part === 'service' ? ns.composeSafeValue : undefined
      const fix = !replaceableScalar(hit.written)
        ? undefined
        : written !== 'host'
          ? defaultFix(ctx, hit.written, written, composeKey, safe)
          : safe
            ? { description: `Set ${composeKey} to ${safe}`, edits: [{ span, text: safe }] }
            : deleteLineFix(ctx, hit.key?.range?.[0], range[1], `Remove ${composeKey}: host`)
      // The value is the user's and may be long: the message quotes its start.
      const shown = written.length > 120 ? `${written.slice(0, 119)}…` : written
      const setting = `${service.part === 'build' ? 'build.' : ''}${composeKey}: ${shown}`
      ctx.report({
        span,
        message: `compose service "${service.name}" sets ${setting}${reading.how}: ${lowerFirst(title)}.`,
        resource: service.resource,
        fieldPath: `${service.path}.${composeKey}`,
        fix,
        usedAt: usedAtOf(hit, ctx),
      })
    },

    jsonPatchOp(unit, ctx) {
      for (const { pointer, hit } of patchedPodField(unit, podField)) {
        const range = hit.written.range
        if (!isScalar(hit.value) || hit.value.value !== true || !range) continue
        const span = ctx.source.span(range[0], range[1])
        const via = hit.merged ? ' (inherited through a YAML merge key)' : ''
        ctx.report({
          span,
          message: `${unit.label}: "${unit.op.op} ${unit.op.path}" sets ${podField}: true${via}: once kustomize applies it, the workload ${lowerFirst(title)}.`,
          resource: unit.resource,
          fieldPath: `${unit.fieldPath}:${pointer}`,
          fix: replaceableScalar(hit.written) ? { description: `Set ${podField} to false in the patch`, edits: [{ span, text: 'false' }] } : undefined,
          usedAt: usedAtOf(hit, ctx),
        })
      }
    },

    dockerfileRun: ns.dockerfileFlag
      ? ({ run, ordinal }, ctx) => {
          const name = ns.dockerfileFlag
          for (const flag of run.flags) {
            if (flag.name !== name || flag.value === undefined || flag.value.toLowerCase() !== 'host') continue
            ctx.report({
              span: flag.span,
              message: `RUN --${name}=host in stage ${run.stage || '(before FROM)'} gives the build step the host's ${ns.display} namespace.`,
              resource: { display: `stage/${run.stage}`, name: run.stage },
              fieldPath: `stage/${run.stage}/RUN[${ordinal}]/--${name}`,
              fix: { description: `Remove --${name}=host`, edits: [{ span: flag.removal, text: '' }] },
            })
          }
        }
      : undefined,

    containerCommand(command, ctx) {
      // Most commands set no namespace: nothing to describe.
      if (command.flags.length === 0) return
      // `$(DOCKER) run` is what the reader will search the file for, not the tool it resolved to.
      const what = `${command.written?.replace(/^["']|["']$/g, '') ?? command.tool} ${command.subcommand}`
      // The command's own words tell two commands apart in a fingerprint better than their order.
      const words = ctx.source.text
        .slice(command.span.startOffset, command.span.endOffset)
        .replace(/\\\r?\n/g, ' ')
        .replace(/\s+/g, ' ')
      for (const flag of command.flags) reportFlag(flag, { display: what, kind: 'command', name: what }, `${words} [${flag.written}]`, ctx, what, command.via)
    },

    containerOptions(unit, ctx) {
      for (const flag of unit.flags) reportFlag(flag, unit.resource, unit.fieldPath, ctx, `${unit.resource.display} options`)
    },
  }
}

const lowerFirst = (s: string) => s[0].toLowerCase() + s.slice(1)

const listed = (names: string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`)

/**
 * Compose substitutes variables before it reads the value. `${NETWORK_MODE:-host}` is host
 * whenever the variable is not set, which is how the file is run unless someone sets it: a
 * finding. `${USE_HOST:+host}` is host only when the variable is set, but the file is what opts
 * into host and the environment only flips the switch: a finding too, saying so. `${X}` and
 * `${X:?err}` take the value from the environment alone: nothing in the file says host. `$$` is
 * a literal `$`, never a variable.
 */
function composeHost(written: string): { how: string } | undefined {
  if (written === 'host') return { how: '' }
  const unset = hostWhenUnset(written)
  if (unset) return { how: unset.length ? `, which defaults to host when ${notSet(unset)}` : ', which is host' }
  const whenSet = valueWhenSet(written)
  if (whenSet?.word === 'host') return { how: `, which is host whenever ${whenSet.variable} is set${whenSet.nonEmpty ? ' and not empty' : ''}` }
  return undefined
}

/**
 * `${NETWORK_MODE:-host}` → `${NETWORK_MODE:-bridge}`: the safe value becomes the default and the
 * variable still chooses, so a deployment that sets it on purpose keeps working. Only a literal
 * default written as is (no escapes) is rewritten; pid has no safe value to default to.
 */
function defaultFix(ctx: UnitContext, node: Node, written: string, composeKey: string, safe: string | undefined) {
  const at = literalDefaultAt(written)
  const range = node.range
  if (!safe || at === undefined || !isScalar(node) || !range) return undefined
  const start = range[0] + (node.type === 'PLAIN' ? 0 : 1)
  if (ctx.source.text.slice(start, start + written.length) !== written) return undefined
  return { description: `Default ${composeKey} to ${safe}`, edits: [{ span: ctx.source.span(start + at, start + written.length - 1), text: safe }] }
}

const isHost = (value: string) => value.replace(/^['"]|['"]$/g, '').toLowerCase() === 'host'

/**
 * `--net=${NET:-host}`: the shell gives `host` unless NET is set, as compose does (same syntax for
 * `:-` and `-`). What the message adds, or undefined when the value is not host by default.
 */
function shellDefaultsToHost(value: string): string | undefined {
  if (value.length > 256) return undefined
  const unset = hostWhenUnset(value)
  return unset?.length ? `, which is host when ${notSet(unset)}` : undefined
}

/** The variables a value names when, with all of them unset, it reads `host` (shell and compose alike). */
function hostWhenUnset(value: string): string[] | undefined {
  if (!value.includes('$')) return undefined
  const unset = valueWhenUnset(value)
  return unset?.value === 'host' ? unset.variables : undefined
}

const notSet = (names: string[]) => `${listed(names)} ${names.length > 1 ? 'are' : 'is'} not set`

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
