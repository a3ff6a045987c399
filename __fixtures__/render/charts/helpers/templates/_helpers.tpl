{{/* Pod-level settings shared by every workload of the chart. */}}
{{- define "helpers.podSettings" -}}
{{- if .Values.shareIpc }}
hostIPC: true
{{- end }}
{{- end }}
