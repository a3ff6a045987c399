/**
 * One check for every closed set of choices a user types (CLI options, action inputs): `value`
 * when it is one of `allowed`, else an error of the caller's class (UsageError exits 2 with a
 * pointer to --help, InputError fails the action) whose message names the setting, the value
 * and what is allowed.
 */
export function oneOf<T extends string>(label: string, value: string, allowed: readonly T[], ErrorClass: new (message: string) => Error): T {
  if (!allowed.includes(value as T)) throw new ErrorClass(`${label}: "${value}" is not one of ${allowed.join(', ')}`)
  return value as T
}
