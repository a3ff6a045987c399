import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'

/** Every `.yaml` and `.yml` file under the given directories of the repository, in listing order. */
export function yamlFilesUnder(dirs: readonly string[]): string[] {
  const files: string[] = []
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name)
      if (statSync(p).isDirectory()) walk(p)
      else if (/\.ya?ml$/.test(name)) files.push(p)
    }
  }
  for (const dir of dirs) walk(dir)
  return files
}
