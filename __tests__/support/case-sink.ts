/**
 * Lets a test read the case tables of the rule tests instead of running them: while a sink is
 * set, runRuleTests and runPolicyRuleTests hand their tables to it and register no tests. The
 * admission equivalence test (__tests__/admission/) judges every object of those tables again.
 */
export type CaseSink = (tester: 'rule' | 'policy', ruleId: string, cases: { valid: unknown[]; invalid: unknown[] }) => void

const holder = globalThis as { hngCaseSink?: CaseSink }

export function collectCases(tester: 'rule' | 'policy', ruleId: string, cases: { valid: unknown[]; invalid: unknown[] }): boolean {
  if (!holder.hngCaseSink) return false
  holder.hngCaseSink(tester, ruleId, cases)
  return true
}

export function setCaseSink(sink: CaseSink | undefined): void {
  holder.hngCaseSink = sink
}
