/** Build and runtime smoke checks (the CLI's `build-check` and `runtime-check`). */
export { runBuildCheck, findHostNetworkSteps, instructionLine, parseFailedStep } from './build-check.js'
export type { BuildCheckOptions, BuildCheckResult, BuildEngine, HostNetworkStep } from './build-check.js'
export { parseAllowList, runRuntimeCheck } from './runtime-check.js'
export type { RuntimeCheckOptions, RuntimeCheckResult, RuntimeEngine, RuntimeProgress, WorkloadRuntimeResult } from './runtime-check.js'
export { SmokeError } from './smoke-error.js'
export type { SmokeErrorKind } from './smoke-error.js'
export { spawnRunner } from './process-runner.js'
export type { Runner, RunOptions, RunResult } from './process-runner.js'
export { resolveContainersConf, DEFAULT_PROBE_IMAGE, DEFAULT_PODMAN_DIR, SETUP_HINT } from './podman-setup.js'
export type { BuildNetwork } from './build-args.js'
export { workloadsFromManifest, reduceToPod } from './pod.js'
export type { Workload, ReducedPod } from './pod.js'
export type { NamespaceVerdict, Observation, ProbeMode } from './probe.js'
export {
  smokeExitCode,
  formatRuntimeText,
  formatBuildText,
  formatJson,
  formatErrorText,
  formatErrorJson,
  EXIT_OK,
  EXIT_FINDINGS,
  EXIT_ERROR,
  EXIT_INTERRUPTED,
} from './report.js'
