import { SmokeError } from './smoke-error.js'

/**
 * Names that we put into argv ourselves are either generated (`hng-…`, generated-names.ts) or
 * checked here: no leading `-`, so a value can never be read as an option, and no control
 * characters.
 */

/** Rejects values that a CLI could parse as an option, or that carry control characters. */
export function assertSafeArg(value: string, what: string): string {
  if (value.length === 0) throw new SmokeError('usage', `${what} is empty`)
  if (value.startsWith('-')) throw new SmokeError('usage', `${what} must not start with "-": ${JSON.stringify(value)}`)

  if (/[\u0000-\u001f\u007f]/.test(value)) throw new SmokeError('usage', `${what} contains control characters: ${JSON.stringify(value)}`)
  return value
}
