/** docker commands of the build check, as argv (pure). */
import type { BuildArgs } from './build-args.js'
import { assertSafeArg } from './safe-arg.js'

export function dockerVersionArgv(): string[] {
  return ['docker', 'version', '--format', '{{.Server.Version}}']
}

/**
 * `docker buildx build` for a check. BuildKit only runs `RUN --network=host` with the
 * `network.host` entitlement, which needs both `--allow network.host` on the build and
 * `--allow-insecure-entitlement network.host` on the builder; we never pass `--allow`, so such a
 * step fails ("granting entitlement network.host is not allowed"). We also never pass
 * `--network=host`; `none` maps to `--network=none`, `isolated` keeps the default.
 */
export function dockerBuildArgv(a: BuildArgs): string[] {
  const argv = [
    'docker',
    'buildx',
    'build',
    '--load',
    '--progress=plain',
    '--no-cache',
    '--file',
    assertSafeArg(a.dockerfile, 'dockerfile'),
    '--tag',
    assertSafeArg(a.tag, 'tag'),
  ]
  if (a.network === 'none') argv.push('--network=none')
  argv.push(assertSafeArg(a.context, 'context'))
  return argv
}

export function dockerRmiArgv(tag: string): string[] {
  return ['docker', 'image', 'rm', '--force', assertSafeArg(tag, 'tag')]
}

export function dockerImageExistsArgv(image: string): string[] {
  return ['docker', 'image', 'inspect', '--format', '{{.Id}}', assertSafeArg(image, 'image')]
}
