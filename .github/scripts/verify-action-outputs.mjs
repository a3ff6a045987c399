#!/usr/bin/env node
/**
 * Checks the outputs of a `uses: ./` run of the Action (ci.yml, job test-action), in the spirit of
 * actions/checkout's __test__/verify-*.sh. Every output arrives as an environment variable:
 *
 *   FINDINGS, FAILING, FAILED, COUNTS, REPORT, SMOKE_MATRIX   the step's outputs
 *   EXPECT_FAILED        "true" | "false"                       what `failed` must be
 *   EXPECT_RULES         rule ids that must have findings, comma-separated
 *   EXPECT_SMOKE         `check:path` entries the smoke matrix must hold exactly, comma-separated
 *
 * Prints every problem and exits 1 when there is one.
 */
import { readFileSync } from 'node:fs'

const env = process.env
const problems = []
const check = (ok, message) => {
  if (!ok) problems.push(message)
}
const list = value =>
  (value ?? '')
    .split(',')
    .map(s => s.trim())
    .filter(Boolean)
const json = (name, text) => {
  try {
    return JSON.parse(text ?? '')
  } catch (err) {
    problems.push(`${name} is not JSON (${err.message}): ${JSON.stringify(text)}`)
    return undefined
  }
}

const findings = Number(env.FINDINGS)
check(Number.isInteger(findings) && findings > 0, `findings should be a count above 0, got ${JSON.stringify(env.FINDINGS)}`)
check(/^\d+$/.test(env.FAILING ?? ''), `failing should be a count, got ${JSON.stringify(env.FAILING)}`)
check(env.FAILED === (env.EXPECT_FAILED ?? 'false'), `failed should be ${env.EXPECT_FAILED ?? 'false'}, got ${JSON.stringify(env.FAILED)}`)
if (env.FAILED === 'false') check(env.FAILING === '0', `failing should be 0 when failed is false, got ${env.FAILING}`)

const counts = json('counts', env.COUNTS)
if (counts) {
  const total = Object.values(counts).reduce((a, b) => a + b, 0)
  check(total === findings, `counts add up to ${total}, findings says ${findings}`)
  for (const rule of list(env.EXPECT_RULES)) check(counts[rule] > 0, `counts has no ${rule} findings: ${env.COUNTS}`)
}

let report
try {
  report = json('the JSON report', readFileSync(env.REPORT ?? '', 'utf8'))
} catch (err) {
  problems.push(`report should be a readable file, got ${JSON.stringify(env.REPORT)} (${err.message})`)
}
if (report)
  check(
    Array.isArray(report.findings) && report.findings.length === findings,
    `the JSON report lists ${report.findings?.length} findings, the output says ${findings}`,
  )

const matrix = json('smoke-matrix', env.SMOKE_MATRIX)
if (matrix) {
  check(Array.isArray(matrix.include), `smoke-matrix should be {"include": [...]}, got ${env.SMOKE_MATRIX}`)
  const got = (matrix.include ?? []).map(e => `${e.check}:${e.check === 'build' ? e.dockerfile : e.file}`).sort()
  const want = list(env.EXPECT_SMOKE).sort()
  check(JSON.stringify(got) === JSON.stringify(want), `smoke-matrix entries should be ${JSON.stringify(want)}, got ${JSON.stringify(got)}`)
}

if (problems.length) {
  for (const p of problems) console.error(`::error::${p}`)
  process.exit(1)
}
console.log(`ok: ${findings} findings (${env.COUNTS}), failed=${env.FAILED}, smoke matrix ${env.SMOKE_MATRIX}`)
