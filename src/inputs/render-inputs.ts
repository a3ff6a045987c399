import { defaultRenderConfig, type Config } from '../config/config.js'
import type { ActionInputs } from './action-inputs.js'

/**
 * The Action's `render-helm-command` and `render-kustomize-command` inputs name the tools a step
 * before installed (azure/setup-helm's output, a cached binary): they win over the config's
 * `render.helm.command` and `render.kustomize.command`. Unset inputs leave the config as it is.
 */
export function withRenderInputs(config: Config, inputs: Pick<ActionInputs, 'renderHelmCommand' | 'renderKustomizeCommand'>): Config {
  if (!inputs.renderHelmCommand && !inputs.renderKustomizeCommand) return config
  const render = config.render ?? defaultRenderConfig()
  return {
    ...config,
    render: {
      ...render,
      helm: { ...render.helm, command: inputs.renderHelmCommand ?? render.helm.command },
      kustomize: { command: inputs.renderKustomizeCommand ?? render.kustomize.command },
    },
  }
}
