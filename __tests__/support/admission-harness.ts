import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { admissionPolicy, type AdmissionPolicy } from '../../src/admission/policy.js'
import type { Config } from '../../src/config/config.js'
import type { CentralFileText } from '../../src/config/exceptions-file.js'
import type { Finding } from '../../src/model.js'
import { reviewChanges, type Judged } from '../../src/pipeline.js'

/** An empty repository root: the pipeline's context pass (NetworkPolicies elsewhere) finds nothing there. */
const EMPTY_ROOT = mkdtempSync(path.join(tmpdir(), 'hng-admission-'))

/** The real pipeline (discovery, parse, rules, policy) over in-memory files, as a pull request check runs it. */
export async function judgeFiles(files: Record<string, string>, config: Config, today: Date, centralFile?: CentralFileText): Promise<Judged> {
  return reviewChanges({
    root: EMPTY_ROOT,
    files: Object.keys(files),
    reader: async relative => {
      const text = files[relative]
      if (text === undefined) return undefined
      const bytes = Buffer.from(text)
      return { size: bytes.length, read: async () => bytes }
    },
    config,
    today,
    centralFile,
  })
}

/** The static check's answer for what it judged: does any finding fail at `fail-on: error`? */
export const failingFindings = (judged: Judged): Finding[] => judged.findings.filter(f => !f.suppression && f.severity === 'error')

/** The policy generated from that same judgement. */
export const policyOf = (judged: Judged, config: Config): AdmissionPolicy => admissionPolicy({ config, assessments: judged.assessments })
