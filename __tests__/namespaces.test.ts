import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { HOST_NAMESPACE, HOST_NAMESPACES, NAMESPACES, type HostNamespace } from '../src/namespaces.js'
import { findHostNetworkSteps } from '../src/smoke/build-check.js'
import { reduceToPod, workloadsFromManifest } from '../src/smoke/pod.js'
import { observeLocalHost, parseProbeOutput, probeScript, PROBE_BEGIN, PROBE_END } from '../src/smoke/probe.js'
import { registry } from '../src/rules/index.js'
import { findingsFor } from './support/rule-tester.js'

/**
 * src/namespaces.ts is the one place a namespace's names are written. These tests take every name
 * from the table and check that the rule, its docs page, the parsers and the smoke checks all
 * answer to it: a record changed there is followed everywhere, or a test here says where not.
 * (namespace-spellings.test.ts checks that no other file writes the names again.)
 */
const EACH = HOST_NAMESPACES.map(n => [n.id, n] as const)

describe('the table', () => {
  it('has one record per namespace, and no name of one kind given to two', () => {
    expect(HOST_NAMESPACES.map(n => n.id)).toEqual(NAMESPACES)
    for (const n of HOST_NAMESPACES) expect(HOST_NAMESPACE[n.id]).toBe(n)
    const kinds: Array<(n: HostNamespace) => readonly string[]> = [
      n => [n.ruleId],
      n => [n.display],
      n => [n.podField],
      n => [n.composeKey],
      n => [n.procFile],
      n => n.cliFlags,
    ]
    for (const names of kinds.map(k => HOST_NAMESPACES.flatMap(k))) expect(new Set(names).size).toBe(names.length)
    for (const n of HOST_NAMESPACES) for (const flag of n.cliFlags) expect(flag).toBe(flag.toLowerCase())
  })
})

describe.each(EACH)('namespace %s', (_, ns: HostNamespace) => {
  const rule = registry.get(ns.ruleId)!

  it('has the rule with its id, about this namespace', () => {
    expect(rule).toBeDefined()
    expect(rule.meta.namespace).toBe(ns.id)
    expect(rule.meta.title).toBe(`Shares the host ${ns.display} namespace`)
    expect(rule.meta.remediation).toContain(ns.podField)
    expect(rule.meta.remediation).toContain(`${ns.composeKey}: `)
  })

  it('is documented by the names the table gives', () => {
    const doc = readFileSync(rule.meta.docs, 'utf8')
    expect(doc.startsWith(`# ${ns.ruleId}\n\nShares the host ${ns.display} namespace.`)).toBe(true)
    expect(doc).toContain(`\`${ns.podField}\``)
    expect(doc).toContain(`\`${ns.composeKey}: host\``)
    for (const flag of ns.cliFlags) expect(doc).toContain(`${flag}=host`)
    if (ns.composeBuildKey) expect(doc).toContain(`\`build.${ns.composeBuildKey}: host\``)
    if (ns.dockerfileFlag) expect(doc).toContain(`RUN --${ns.dockerfileFlag}=host`)
  })

  const reported = (code: string, file: string) => findingsFor(ns.ruleId, { code, file }).map(f => f.ruleId)

  it('is reported where a pod spec sets its field', () => {
    expect(
      reported(`apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  ${ns.podField}: true\n  containers: [{name: c, image: i}]\n`, 'pod.yaml'),
    ).toEqual([ns.ruleId])
    expect(
      reported(`apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  ${ns.podField}: false\n  containers: [{name: c, image: i}]\n`, 'pod.yaml'),
    ).toEqual([])
  })

  it('is reported where a compose service sets its key (and its build key) to host', () => {
    expect(reported(`services:\n  web:\n    image: nginx\n    ${ns.composeKey}: host\n`, 'compose.yaml')).toEqual([ns.ruleId])
    if (ns.composeBuildKey)
      expect(reported(`services:\n  web:\n    build:\n      context: .\n      ${ns.composeBuildKey}: host\n`, 'compose.yaml')).toEqual([ns.ruleId])
  })

  it.each(ns.cliFlags.map(f => [f]))('is reported for the engine flag %s, with = or a space, in any case', flag => {
    for (const written of [`${flag}=host`, `${flag} host`, `${flag.toUpperCase()}=host`]) {
      expect(reported(`docker run --rm ${written} alpine true\n`, 'run.sh')).toEqual([ns.ruleId])
    }
  })

  it('is reported for its Dockerfile RUN flag, and refused by the build check', () => {
    const text = `FROM alpine\nRUN --${ns.dockerfileFlag ?? 'unknown'}=host true\n`
    expect(reported(text, 'Dockerfile')).toEqual(ns.dockerfileFlag ? [ns.ruleId] : [])
    expect(findHostNetworkSteps(text).length > 0).toBe(ns === HOST_NAMESPACE.network)
  })

  it('is what the smoke checks request, keep and read from /proc', () => {
    const [w] = workloadsFromManifest(`apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  ${ns.podField}: true\n  containers: [{name: c, image: i}]\n`)
    expect(
      Object.entries(w.requested)
        .filter(([, v]) => v)
        .map(([k]) => k),
    ).toEqual([ns.id])
    expect(reduceToPod(w, { suffix: 'x' }).manifest.spec).toMatchObject({ [ns.podField]: true })
    expect(probeScript()).toMatch(new RegExp(`^for n in (\\w+ )*${ns.procFile}( \\w+)*; do echo "ns\\.\\$n=\\$\\(readlink /proc/self/ns/\\$n `, 'm'))
    const out = parseProbeOutput(`${PROBE_BEGIN}\nns.${ns.procFile}=${ns.procFile}:[4026531840]\n${PROBE_END}\n`)!
    expect(out.ns[ns.id]).toBe(`${ns.procFile}:[4026531840]`)
  })
})

describe('the local observation', () => {
  const dirs: string[] = []
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true })
  })

  it("reads each namespace's /proc/<pid>/ns link named by the table", () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'hng-ns-'))
    dirs.push(root)
    for (const pid of ['self', '1']) {
      mkdirSync(path.join(root, pid, 'ns'), { recursive: true })
      // readlink returns the target as written, so the links need not point anywhere.
      for (const n of HOST_NAMESPACES) symlinkSync(`${n.procFile}:[${pid === 'self' ? 1 : 2}${n.id.length}]`, path.join(root, pid, 'ns', n.procFile))
    }
    const seen = observeLocalHost(root, root)
    for (const n of HOST_NAMESPACES) {
      expect(seen.ns[n.id]).toBe(`${n.procFile}:[1${n.id.length}]`)
      expect(seen.pid1Ns[n.id]).toBe(`${n.procFile}:[2${n.id.length}]`)
    }
  })
})
