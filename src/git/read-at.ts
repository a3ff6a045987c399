import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

/**
 * Reads files as they are at one commit. A pull_request checkout is the merge commit, whose
 * lines can differ from the head's; review comments need the head's lines, so the reviewer
 * reads the head's blobs when git has them. Returns undefined for a path absent at that commit.
 */
export function gitReader(cwd: string, sha: string, maxBytes: number): (relative: string) => Promise<{ size: number; read(): Promise<Buffer> } | undefined> {
  return async relative => {
    const spec = `${sha}:${relative}`
    let size: number
    try {
      const { stdout } = await run('git', ['cat-file', '-s', spec], { cwd, encoding: 'utf8' })
      size = Number(stdout.trim())
    } catch {
      return undefined
    }
    return {
      size,
      read: async () => {
        if (size > maxBytes) throw new Error('over the size limit')
        const { stdout } = await run('git', ['cat-file', 'blob', spec], { cwd, encoding: 'buffer', maxBuffer: maxBytes + 1024 })
        return stdout
      },
    }
  }
}

export async function currentCommit(cwd: string): Promise<string | undefined> {
  try {
    return (await run('git', ['rev-parse', 'HEAD'], { cwd, encoding: 'utf8' })).stdout.trim()
  } catch {
    return undefined
  }
}
