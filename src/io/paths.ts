import path from 'node:path'

/** Whether `file` lies strictly below `dir` (both absolute), by their names: links are not resolved. */
export function isInside(dir: string, file: string): boolean {
  const relative = path.relative(dir, file)
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative)
}
