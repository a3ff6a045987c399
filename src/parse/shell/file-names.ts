/**
 * The file names that decide how a script is read (a Makefile's recipes, a Jenkinsfile's Groovy):
 * the readers need them, and discovery classifies files with the same tests.
 */

/** `Makefile`, `GNUmakefile`, `rules.mk` (a lower-case base name). */
export function isMakefile(baseName: string): boolean {
  return /^(gnu)?makefile$/.test(baseName) || baseName.endsWith('.mk')
}

/** `Jenkinsfile`, `Jenkinsfile.release`, `deploy.jenkinsfile`: Groovy pipelines, whose sh steps are scripts. */
export function isJenkinsfile(baseName: string): boolean {
  return /^jenkinsfile([.-][^/]*)?$|\.jenkinsfile$/i.test(baseName)
}
