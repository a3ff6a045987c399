import type { JudgedFinding } from '../findings/verdict.js'

/**
 * One channel a run's findings go to (reviewdog's CommentService, STYLE.md sketch 9): `add`
 * buffers with no I/O, `flush` makes one batched write. A channel that fails never hides the
 * verdict, which was decided before any channel ran.
 */
export interface Reporter<Run> {
  readonly channel: string
  add(finding: JudgedFinding): void
  flush(run: Run): Promise<void>
}

/** A reporter that only needs the whole list at flush time. */
export function collecting<Run>(channel: string, flush: (findings: JudgedFinding[], run: Run) => Promise<void>): Reporter<Run> {
  const findings: JudgedFinding[] = []
  return { channel, add: f => void findings.push(f), flush: run => flush(findings, run) }
}

/**
 * Flushes each stage's reporters together (a later stage sees what earlier ones noted, e.g. the
 * check run's summary lists refused review comments); returns each failure with its channel.
 */
export async function deliverInStages<Run>(
  findings: readonly JudgedFinding[],
  stages: ReadonlyArray<ReadonlyArray<Reporter<Run>>>,
  run: Run,
): Promise<Array<{ channel: string; error: unknown }>> {
  const failures: Array<{ channel: string; error: unknown }> = []
  for (const stage of stages) {
    for (const f of findings) for (const r of stage) r.add(f)
    const settled = await Promise.allSettled(stage.map(r => r.flush(run)))
    settled.forEach((s, i) => {
      if (s.status === 'rejected') failures.push({ channel: stage[i].channel, error: s.reason })
    })
  }
  return failures
}
