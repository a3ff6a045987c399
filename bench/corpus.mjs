// Deterministic generator of a realistic repository tree for the benchmark.
import { mkdirSync, writeFileSync, rmSync } from 'node:fs'
import path from 'node:path'

function rng(seed) {
  let s = seed >>> 0
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32
}

const deployment = (name, ns, extra) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: ${ns}
  labels: {app: ${name}, team: payments}
  annotations:
    description: "Serves ${name} traffic for the host-facing API"
spec:
  replicas: 3
  selector:
    matchLabels: {app: ${name}}
  template:
    metadata:
      labels: {app: ${name}}
    spec:
${extra}      serviceAccountName: ${name}
      securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}
      containers:
      - name: ${name}
        image: ghcr.io/example/${name}:1.2.3
        ports: [{containerPort: 8080, name: http}]
        env:
        - {name: LOG_LEVEL, value: info}
        - {name: DB_HOST, value: db.${ns}.svc}
        resources:
          requests: {cpu: 100m, memory: 128Mi}
          limits: {memory: 256Mi}
        readinessProbe: {httpGet: {path: /healthz, port: http}}
        securityContext:
          allowPrivilegeEscalation: false
          capabilities: {drop: [ALL]}
`
const service = (name, ns) => `apiVersion: v1
kind: Service
metadata: {name: ${name}, namespace: ${ns}}
spec:
  selector: {app: ${name}}
  ports: [{port: 80, targetPort: http}]
`
const configMap = (name, ns) => `apiVersion: v1
kind: ConfigMap
metadata: {name: ${name}-config, namespace: ${ns}}
data:
  app.properties: |
    server.port=8080
    feature.flags=a,b,c
`
const compose = (i, bad) => `services:
  web${i}:
    image: ghcr.io/example/web:${i}
    ports: ["80${i % 10}0:8080"]
    depends_on: [db]
${bad ? '    network_mode: host\n' : ''}  db:
    image: postgres:16
    environment: {POSTGRES_PASSWORD: dev}
`
const dockerfile = bad => `FROM golang:1.23 AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.cache ${bad ? '--network=host ' : ''}go build -o /app ./cmd
FROM gcr.io/distroless/static
COPY --from=build /app /app
ENTRYPOINT ["/app"]
`
const script = bad => `#!/bin/sh
set -eu
docker build -t app .
docker run --rm ${bad ? '--net=host ' : ''}-e MODE=test app ./selftest
`

/** Writes `count` files under dir; about `badRate` of them share a host namespace. */
export function generateCorpus(dir, count, badRate = 0.03, seed = 42) {
  rmSync(dir, { recursive: true, force: true })
  const r = rng(seed)
  let bad = 0
  for (let i = 0; i < count; i++) {
    // About eight files per service folder, fifty teams: the shape of a real deployment repo.
    const team = `team-${i % 50}`
    const folder = path.join(dir, team, `svc-${Math.floor(i / 400)}`)
    mkdirSync(folder, { recursive: true })
    const isBad = r() < badRate
    if (isBad) bad++
    const kind = r()
    const name = `svc${i}`
    if (kind < 0.7) {
      const flag = isBad ? `      ${['hostNetwork', 'hostPID', 'hostIPC'][i % 3]}: true\n` : ''
      const docs = [deployment(name, team, flag), service(name, team)]
      if (r() < 0.5) docs.push(configMap(name, team))
      writeFileSync(path.join(folder, `${name}.yaml`), docs.join('---\n'))
    } else if (kind < 0.8) writeFileSync(path.join(folder, `docker-compose.${name}.yml`), compose(i, isBad))
    else if (kind < 0.9) writeFileSync(path.join(folder, `Dockerfile.${name}`), dockerfile(isBad))
    else writeFileSync(path.join(folder, `${name}.sh`), script(isBad))
  }
  return { count, bad }
}
