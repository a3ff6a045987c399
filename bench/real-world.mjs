// A tree shaped like the repositories that cost the most per byte: multi-megabyte CRD bundles
// whose schemas describe hostNetwork and NetworkPolicy, install bundles of many small objects,
// Helm charts, Makefiles and compose files; a few real violations planted among them.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const crd = (group, kind) => `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: ${kind.toLowerCase()}s.${group}
spec:
  group: ${group}
  names: {kind: ${kind}, plural: ${kind.toLowerCase()}s}
  scope: Namespaced
  versions:
  - name: v1
    served: true
    storage: true
    schema:
      openAPIV3Schema:
        type: object
        properties:
${Array.from(
  { length: 60 },
  (_, i) => `          field${i}:
            type: object
            description: "Pod template of component ${i}. hostNetwork, hostPID and hostIPC are passed through; a NetworkPolicy is created when networkPolicy.enabled is true."
            properties:
              hostNetwork: {type: boolean, description: "hostNetwork: true shares the node's network namespace"}
              hostPID: {type: boolean}
              networkPolicy: {type: object, description: "NetworkPolicy settings", properties: {enabled: {type: boolean}}}
              containers: {type: array, items: {type: object, x-kubernetes-preserve-unknown-fields: true}}
`,
).join('')}`

const workload = (name, ns, host) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}, namespace: ${ns}}
spec:
  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {app: ${name}}}
    spec:
${host ? '      hostNetwork: true\n' : ''}      containers:
      - {name: ${name}, image: "quay.io/example/${name}:v2", args: ["--metrics"]}
`
const networkPolicy = (name, ns) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: ${name}, namespace: ${ns}}
spec:
  podSelector: {matchLabels: {app: ${name}}}
  policyTypes: [Ingress]
`
const configMap = (name, ns) => `apiVersion: v1
kind: ConfigMap
metadata: {name: ${name}, namespace: ${ns}}
data:
  values.yaml: |
    hostNetwork: true
    networkPolicy: {enabled: true}
`

/** Writes the tree; returns the file count and the violations planted (one finding each). */
export function generateRealWorld(dir) {
  rmSync(dir, { recursive: true, force: true })
  let files = 0
  let planted = 0
  const write = (file, text) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), text)
    files++
  }
  // Ten CRD bundles of about 1.5 MB: schemas only, nothing that can run.
  for (let b = 0; b < 10; b++) write(`crds/bundle-${b}.yaml`, Array.from({ length: 12 }, (_, i) => crd(`b${b}.example.io`, `Kind${i}`)).join('---\n'))
  // Twenty-six install bundles: CRDs, workloads, NetworkPolicies and ConfigMaps; one planted each.
  for (let b = 0; b < 26; b++) {
    const ns = `install-${b}`
    const docs = [crd(`install${b}.example.io`, 'Application')]
    for (let i = 0; i < 40; i++) docs.push(workload(`app-${i}`, ns, i === 7), networkPolicy(`app-${i}`, ns), configMap(`cfg-${i}`, ns))
    planted++
    write(`install/${ns}/install.yaml`, docs.join('---\n'))
  }
  // Helm charts: templates, helpers and values (none shares: what they cost is helm's start-up).
  const charts = 30
  for (let c = 0; c < charts; c++) {
    write(`charts/chart-${c}/Chart.yaml`, `apiVersion: v2\nname: chart-${c}\nversion: 1.0.${c}\n`)
    write(`charts/chart-${c}/values.yaml`, `hostNetwork: false\nimage: {repository: example/chart-${c}, tag: "1.0"}\n`)
    write(
      `charts/chart-${c}/templates/deployment.yaml`,
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ include "chart.fullname" . }}\nspec:\n  template:\n    spec:\n      hostNetwork: {{ .Values.hostNetwork }}\n      containers:\n      - name: app\n        image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"\n`,
    )
    write(`charts/chart-${c}/templates/_helpers.tpl`, `{{- define "chart.fullname" -}}{{ .Release.Name }}-chart-${c}{{- end }}\n`)
  }
  // Makefiles and compose files.
  for (let m = 0; m < 40; m++) {
    const bad = m % 10 === 0
    if (bad) planted++
    write(
      `services/svc-${m}/Makefile`,
      `IMAGE := example/svc-${m}\n\nbuild:\n\tdocker build -t $(IMAGE) .\n\ntest: build\n\tdocker run --rm ${bad ? '--network=host ' : ''}$(IMAGE) make check\n`,
    )
    write(`services/svc-${m}/compose.yaml`, `services:\n  svc:\n    image: example/svc-${m}\n    ports: ["8080:8080"]\n`)
  }
  return { files, planted, charts }
}
