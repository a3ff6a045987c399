import { promises as fs } from 'node:fs'
import path from 'node:path'
import { registry } from '../rules/index.js'
import { ConfigError, DEFAULT_CONFIG_PATH, defaultConfig, parseConfig, type Config } from './config.js'

/** Bounds the config file like any other input. */
const MAX_CONFIG_BYTES = 1024 * 1024

/** Reads a repo-relative file: its text, or undefined when it does not exist. */
export type TextReader = (file: string) => Promise<string | undefined>

/** Reads from the working tree, bounded like any other input. */
export function fsTextReader(root: string): TextReader {
  return async file => {
    const absolute = path.resolve(root, file)
    let size: number
    try {
      size = (await fs.stat(absolute)).size
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      throw err
    }
    if (size > MAX_CONFIG_BYTES) throw new ConfigError(file, undefined, '', `config file is larger than ${MAX_CONFIG_BYTES} bytes`)
    return fs.readFile(absolute, 'utf8')
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
    throw new ConfigError(file, undefined, '', `cannot read config file: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`)
  }
  if (text === undefined) {
    if (explicit) throw new ConfigError(file, undefined, '', 'cannot read config file: ENOENT')
    return { config: defaultConfig() }
  }
  return { config: parseConfig(file, text, [...registry.keys()]), file, text }
}

export function loadConfig(root: string, explicit?: string): Promise<{ config: Config; file?: string; text?: string }> {
  return loadConfigWith(fsTextReader(root), explicit)
}
