import { HOST_NAMESPACE, namesOr } from '../namespaces.js'
import { TOOL_NAME } from '../version.js'

const NAMESPACE_NAMES = namesOr(n => n.display)
const BUILD_FLAG = `--${HOST_NAMESPACE.network.dockerfileFlag}`

export const USAGE = `Usage: ${TOOL_NAME} scan [PATH...] [options]
       ${TOOL_NAME} exceptions [PATH...] [--format text|json|markdown] [--config FILE] [--root DIR]
       ${TOOL_NAME} init [--root DIR] [--fork-safe] [--force]
       ${TOOL_NAME} admission [PATH...] [--format vap|psa] [--output FILE] [--config FILE] [--root DIR]
       ${TOOL_NAME} build-check DOCKERFILE [--context DIR] [--engine podman|docker]
                   [--format text|json] [--timeout SECONDS]
       ${TOOL_NAME} runtime-check MANIFEST [--engine podman|kind] [--image IMAGE]
                   [--probe-image IMAGE] [--format text|json] [--timeout SECONDS]

Finds Kubernetes workloads, compose services, Dockerfiles and scripts that share the
host's ${NAMESPACE_NAMES} namespace.

Options:
  -f, --format text|json|sarif
                             output format (default: text)
  -o, --output FILE          write the report to FILE instead of standard output
  --config FILE              config file (default: .github/host-namespace-guard.yml if present)
  --fail-on error|warning|note|never
                             lowest severity that fails the run (default: error)
  --root DIR                 repository root that paths are reported against (default: .)
  --fix PATH...|--all        apply the fixes the findings offer to the files named (or to every
                             file under the root with --all), then report what remains
  --fix --dry-run            print the fixes as a unified diff; write nothing
  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 nothing fails, 1 a finding fails, 2 usage, configuration, path or write error.

The init command writes .github/workflows/host-namespace-guard.yml (pull-request review and
required check, full scan on demand, monthly exceptions review; --fork-safe writes the two-stage
pair instead) and .github/host-namespace-guard.yml from what the repository holds, then prints
the first scan's result and the next steps. It never replaces a file without --force.

The exceptions command lists every host namespace exception (workload, host namespaces, owner,
risk acceptance, expiry, days left, controls), expired first; it exits 1 when one is expired or
invalid.

The admission command writes the ValidatingAdmissionPolicy and binding that deny the same host
namespaces in the cluster, with the exceptions the scan honours today; --format psa writes the
Namespaces with Pod Security Admission labels instead (docs/admission.md).

Smoke checks (need a container engine; see docs/smoke.md):
  build-check     builds DOCKERFILE without host networking (refuses RUN ${BUILD_FLAG}=host up front)
                  and removes the image; --context defaults to the Dockerfile's directory,
                  --engine to podman, --timeout to 300
  runtime-check   starts each workload of MANIFEST as one pod and observes from inside whether it
                  shares the node's ${NAMESPACE_NAMES} namespace, then removes it; --image
                  replaces every container image; --probe-image is the image (with sh and
                  readlink) of the sidecar that probes images without a shell (default
                  localhost/hng-busybox:latest, from .ci/setup-podman.sh); --engine defaults to
                  podman, --timeout to 120; --allow 'Kind/ns/name=FIELD,FIELD ...' names
                  what honoured exceptions allow (the smoke matrix's allow): those workloads pass
                  when they share exactly that
  Exit codes: 0 ok, 1 host networking needed or a namespace shared, 2 a build that failed for
  another reason, usage, engine error or timeout, 130 interrupted.
`
