// A repository of Helm charts and Kustomize overlays for the render benchmark: each chart has a
// helper, a values-gated DaemonSet and a Deployment; each overlay a base, a strategic-merge patch
// and a JSON 6902 patch. One in ten turns a host namespace on.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const put = (file, text) => {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, text)
}

export function generateRenderCorpus(dir, charts = 50, overlays = 50) {
  for (let i = 0; i < charts; i++) {
    const c = path.join(dir, 'charts', `agent-${i}`)
    put(path.join(c, 'Chart.yaml'), `apiVersion: v2\nname: agent-${i}\nversion: 1.${i}.0\n`)
    put(path.join(c, 'values.yaml'), `hostNetwork: ${i % 10 === 0}\nreplicas: 2\nimage: ghcr.io/example/agent:${i}\n`)
    put(path.join(c, 'templates', '_helpers.tpl'), `{{- define "agent.labels" -}}\napp: {{ .Chart.Name }}\nrelease: {{ .Release.Name }}\n{{- end }}\n`)
    put(
      path.join(c, 'templates', 'daemonset.yaml'),
      `apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: {{ .Release.Name }}-agent\n  labels:\n    {{- include "agent.labels" . | nindent 4 }}\nspec:\n  selector:\n    matchLabels:\n      {{- include "agent.labels" . | nindent 6 }}\n  template:\n    metadata:\n      labels:\n        {{- include "agent.labels" . | nindent 8 }}\n    spec:\n      hostNetwork: {{ .Values.hostNetwork }}\n      containers:\n        - name: agent\n          image: {{ .Values.image }}\n`,
    )
    put(
      path.join(c, 'templates', 'deployment.yaml'),
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}-api\nspec:\n  replicas: {{ .Values.replicas }}\n  template:\n    spec:\n      containers:\n        - name: api\n          image: {{ .Values.image }}\n`,
    )
  }
  for (let i = 0; i < overlays; i++) {
    const o = path.join(dir, 'deploy', `app-${i}`)
    put(path.join(o, 'base', 'kustomization.yaml'), 'resources:\n  - deployment.yaml\n')
    put(
      path.join(o, 'base', 'deployment.yaml'),
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-${i}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: ghcr.io/example/app:${i}\n`,
    )
    put(
      path.join(o, 'prod', 'kustomization.yaml'),
      'namePrefix: prod-\nresources:\n  - ../base\npatches:\n  - path: replicas.yaml\n  - path: ops.yaml\n    target: {kind: Deployment}\n',
    )
    put(path.join(o, 'prod', 'replicas.yaml'), `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-${i}\nspec:\n  replicas: 3\n`)
    put(
      path.join(o, 'prod', 'ops.yaml'),
      `- op: add\n  path: /spec/template/spec/${i % 10 === 0 ? 'hostPID' : 'dnsPolicy'}\n  value: ${i % 10 === 0 ? 'true' : 'ClusterFirst'}\n`,
    )
  }
  return { charts, overlays: overlays * 2 }
}
