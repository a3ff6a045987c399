import { expect } from '@jest/globals'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export interface GoldenOptions {
  /** Where the golden files live. */
  dir?: string
  /** Rewrite the file with `actual` (for review) instead of comparing: UPDATE_GOLDEN=1. */
  update?: boolean
}

/**
 * Compares `actual` with the committed golden file `name`. A missing file fails: creating it here
 * would make a deleted golden file pass. UPDATE_GOLDEN=1 writes the files, to review and commit.
 */
export function golden(name: string, actual: string, { dir = '__fixtures__/golden', update = process.env.UPDATE_GOLDEN === '1' }: GoldenOptions = {}): void {
  const file = path.join(dir, name)
  if (update) {
    writeFileSync(file, actual)
    return
  }
  if (!existsSync(file)) {
    throw new Error(
      `golden file ${file} is missing: create it with UPDATE_GOLDEN=1 NODE_OPTIONS=--experimental-vm-modules npx jest <this test file>, then review and commit it`,
    )
  }
  expect(actual).toBe(readFileSync(file, 'utf8'))
}
