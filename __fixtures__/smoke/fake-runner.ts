/** A scripted Runner for the smoke checks: records every argv and answers from a rule list. */
import type { RunOptions, RunResult, Runner } from '../../src/smoke/process-runner.js'

export interface FakeCall {
  argv: string[]
  opts: RunOptions
}

export type FakeRule = {
  /** Matches when every element equals the argv element at the same index (`*` matches any). */
  prefix: string[]
  result: Partial<RunResult> | ((argv: string[], opts: RunOptions) => Partial<RunResult> | Promise<Partial<RunResult>>)
}

export interface FakeRunner {
  runner: Runner
  calls: FakeCall[]
  /** argv lines joined with spaces, for readable assertions. */
  lines(): string[]
}

export function fakeRunner(rules: FakeRule[], fallback: Partial<RunResult> = { code: 0 }): FakeRunner {
  const calls: FakeCall[] = []
  const runner: Runner = async (argv, opts = {}) => {
    const a = [...argv]
    calls.push({ argv: a, opts })
    const rule = rules.find((r) => r.prefix.every((p, i) => p === '*' || a[i] === p))
    const partial = rule ? (typeof rule.result === 'function' ? await rule.result(a, opts) : rule.result) : fallback
    return { code: 0, stdout: '', stderr: '', ...partial }
  }
  return { runner, calls, lines: () => calls.map((c) => c.argv.join(' ')) }
}

/** Probe output as the in-container script prints it. */
export function probeOutput(ns: { net: string; pid: string; ipc: string }, extra: Partial<Record<'pid1' | 'procs' | 'ifaces' | 'hostname', string>> = {}): string {
  return [
    'hng-probe/1',
    `ns.net=${ns.net}`,
    `ns.pid=${ns.pid}`,
    `ns.ipc=${ns.ipc}`,
    'pid1.ns.net=',
    'pid1.ns.pid=',
    'pid1.ns.ipc=',
    `pid1=${extra.pid1 ?? 'sleep'}`,
    `procs=${extra.procs ?? '3'}`,
    `ifaces=${extra.ifaces ?? 'eth0 lo '}`,
    `hostname=${extra.hostname ?? 'pod'}`,
    'hng-probe/end',
    '',
  ].join('\n')
}

export const HOST_NS = { net: 'net:[4026531833]', pid: 'pid:[4026531836]', ipc: 'ipc:[4026531839]' }
export const POD_NS = { net: 'net:[4026532177]', pid: 'pid:[4026532254]', ipc: 'ipc:[4026532251]' }
