import { promises as fs } from 'node:fs'
import path from 'node:path'
import { registry } from '../rules/index.js'
import { ConfigError, DEFAULT_CONFIG_PATH, defaultConfig, parseConfig, type Config } from './config.js'

/** Bounds the config file like any other input. */
const MAX_CONFIG_BYTES = 1024 * 1024

/**
 * Loads the config: an explicit path must exist; the default path is optional.
 * Returns the config and the repo-relative path it came from (for messages and summaries).
 */
export async function loadConfig(root: string, explicit?: string): Promise<{ config: Config; file?: string }> {
  const file = explicit ?? DEFAULT_CONFIG_PATH
  const absolute = path.resolve(root, file)
  let text: string
  try {
    const stat = await fs.stat(absolute)
    if (stat.size > MAX_CONFIG_BYTES) throw new ConfigError(file, undefined, '', `config file is larger than ${MAX_CONFIG_BYTES} bytes`)
    text = await fs.readFile(absolute, 'utf8')
  } catch (err) {
    if (err instanceof ConfigError) throw err
    if (explicit) throw new ConfigError(file, undefined, '', `cannot read config file: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`)
    return { config: defaultConfig() }
  }
  return { config: parseConfig(file, text, [...registry.keys()]), file }
}
