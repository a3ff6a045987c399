import path from 'node:path'
import { admissionPolicy, AdmissionLimitError } from '../admission/policy.js'
import { psaNamespaces, PsaNameError } from '../admission/psa.js'
import { DEFAULT_NAMESPACE } from '../policy/evaluate.js'
import { isInside } from '../io/paths.js'
import { safeWrite } from '../io/safe-write.js'
import { scanRepository } from '../pipeline.js'
import { TOOL_NAME } from '../version.js'
import { EXIT_OK, EXIT_USAGE, oneOf, openRepository, parseCommand, type CliEnv } from './args.js'
import { USAGE } from './usage.js'

const ADMISSION_FORMATS = ['vap', 'psa'] as const

/**
 * `admission`: the ValidatingAdmissionPolicy and binding that enforce in the cluster what the
 * scan enforces in the repository, from the same config and the scan's own judgement of every
 * exception record (docs/admission.md).
 */
export async function admissionCommand(argv: string[], env: CliEnv): Promise<number> {
  const parsed = parseCommand('admission', argv, {
    format: { type: 'string', short: 'f', default: 'vap' },
    output: { type: 'string', short: 'o' },
    config: { type: 'string' },
    root: { type: 'string' },
  })
  if (parsed === 'help') {
    env.stdout(USAGE)
    return EXIT_OK
  }
  const { values, positionals } = parsed
  const format = oneOf('--format', values.format!, ADMISSION_FORMATS)
  const { root, paths, config, centralFile, today } = await openRepository(env, positionals, values)
  // Facts only, as the drift check reads them: the same assessments, so the same text.
  const { assessments, facts } = await scanRepository({ root, paths, config, today, centralFile, rules: new Map(), workloads: format === 'psa' })
  let text: string
  try {
    text =
      format === 'psa'
        ? psaNamespaces(
            config,
            facts.workloads.map(w => w.namespace ?? DEFAULT_NAMESPACE),
          )
        : admissionPolicy({ config, assessments }).text
  } catch (err) {
    if (!(err instanceof AdmissionLimitError) && !(err instanceof PsaNameError)) throw err
    env.stderr(`${TOOL_NAME}: ${err.message}\n`)
    return EXIT_USAGE
  }
  if (values.output) {
    const output = path.resolve(env.cwd, values.output)
    await safeWrite(output, text, { display: values.output, createParents: true, ...(isInside(root, output) ? { roots: [root] } : {}) })
  } else env.stdout(text)
  return EXIT_OK
}
