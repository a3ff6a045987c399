import path from 'node:path'
import { readRepositoryFile, RefusedRead } from '../io/safe-read.js'
import { ConfigError, type Config } from './config.js'

/** The central exceptions file the config names, as read from the repository. */
export interface CentralFileText {
  /** Repo-relative path, as findings name it. */
  path: string
  text: string
}

/** Reads exceptions.file from the repository; a file the config names but that is missing is a config error. */
export async function readCentralFile(root: string, config: Config, configFile = 'config'): Promise<CentralFileText | undefined> {
  const relative = config.exceptions.file
  if (!relative) return undefined
  try {
    // A pull request controls the working tree: a link could point anywhere (/dev/zero, a
    // secret), so the file must be a regular file inside the repository, read without following.
    const text = await readRepositoryFile(root, relative, config.maxFileSize)
    if (text === undefined) throw new ConfigError(configFile, undefined, 'exceptions.file', `file not found: ${relative}`)
    return { path: path.relative(root, path.resolve(root, relative)).split(path.sep).join('/'), text }
  } catch (err) {
    if (err instanceof ConfigError) throw err
    if (err instanceof RefusedRead) throw new ConfigError(configFile, undefined, 'exceptions.file', `"${relative}" ${err.reason}`)
    throw new ConfigError(
      configFile,
      undefined,
      'exceptions.file',
      `cannot read "${relative}": ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    )
  }
}
