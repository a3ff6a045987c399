import path from 'node:path'
import { readRepositoryFile, RefusedRead } from '../io/safe-read.js'
import { registry } from '../rules/index.js'
import { ConfigError, DEFAULT_CONFIG_PATH, defaultConfig, parseConfig, type Config } from './config.js'

/** Bounds the config file like any other input. */
export const MAX_CONFIG_BYTES = 1024 * 1024

/** Reads a repo-relative file: its text, or undefined when it does not exist. */
export type TextReader = (file: string) => Promise<string | undefined>

/**
 * Reads from the working tree, bounded like any other input, and never through a link or from a
 * special file: a pull request could commit the config as a link to /proc/self/environ (whose
 * text an error would echo) or to /dev/zero. A path outside the root (the CLI's --config) is
 * read from its own directory under the same rules.
 */
export function fsTextReader(root: string): TextReader {
  return async file => {
    const absolute = path.resolve(root, file)
    const inside = absolute.startsWith(path.resolve(root) + path.sep)
    try {
      return await readRepositoryFile(inside ? root : path.dirname(absolute), inside ? file : path.basename(absolute), MAX_CONFIG_BYTES)
    } catch (err) {
      if (err instanceof RefusedRead) throw new ConfigError(file, undefined, '', `config file ${err.reason}`)
      throw err
    }
  }
}

/**
 * Loads the config: an explicit path must exist; the default path is optional.
 * Returns the config, the path it came from and its text (to tell whether a PR changed it).
 */
export async function loadConfigWith(read: TextReader, explicit?: string): Promise<{ config: Config; file?: string; text?: string }> {
  const file = explicit ?? DEFAULT_CONFIG_PATH
  let text: string | undefined
  try {
    text = await read(file)
  } catch (err) {
    if (err instanceof ConfigError) throw err
    const code = (err as NodeJS.ErrnoException).code
    throw new ConfigError(file, undefined, '', code === 'ENOENT' ? 'config file not found' : `cannot read config file: ${code ?? (err as Error).message}`)
  }
  if (text === undefined) {
    if (explicit) throw new ConfigError(file, undefined, '', 'config file not found')
    return { config: defaultConfig() }
  }
  return { config: parseConfig(file, text, [...registry.keys()]), file, text }
}

export function loadConfig(root: string, explicit?: string): Promise<{ config: Config; file?: string; text?: string }> {
  return loadConfigWith(fsTextReader(root), explicit)
}
