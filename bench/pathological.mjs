// Deterministic generators of hostile YAML for the benchmark: each hides a host namespace field
// in a file built to make a naive reader slow (quadratic alias lookups, duplicate-key checks) or
// large in memory (one long flow collection). Sizes are in bytes or keys, so that the bench can
// show the cost growing linearly with them.

/**
 * A List whose items are aliases of anchored Pods (one anchor per 50 aliases): every alias is one
 * the readers resolve. The last item takes hostNetwork from an anchor through a merge key.
 */
export function aliasHeavyList(bytes) {
  const parts = ['apiVersion: v1\nkind: List\nx-host: &host {hostNetwork: true}\nx-pods:\n']
  let size = parts[0].length
  const tail = '- {apiVersion: v1, kind: Pod, metadata: {name: hidden}, spec: {<<: *host, containers: []}}\n'
  // Anchors are about a fifth of the text: 50 aliases of ~8 bytes per ~90-byte anchor.
  const anchors = Math.max(1, Math.floor(bytes / 500))
  for (let i = 0; i < anchors; i++) {
    const line = `- &p${i} {apiVersion: v1, kind: Pod, metadata: {name: p${i}}, spec: {containers: [{name: c, image: i}]}}\n`
    parts.push(line)
    size += line.length
  }
  parts.push('items:\n')
  size += 'items:\n'.length + tail.length
  for (let i = 0; ; i = (i + 1) % anchors) {
    const line = `- *p${i}\n`
    if (size + line.length > bytes) break
    parts.push(line)
    size += line.length
  }
  parts.push(tail)
  return parts.join('')
}

/** A Pod whose spec is a map of `keys` keys, hostNetwork among the last. */
export function wideMapPod(keys) {
  const parts = ['apiVersion: v1\nkind: Pod\nmetadata:\n  name: wide-map\nspec:\n  containers: [{name: app, image: example/app}]\n']
  for (let i = 0; i < keys; i++) parts.push(`  k${i}: v\n`)
  parts.push('  hostNetwork: true\n')
  return parts.join('')
}

/** A Pod written as one flow collection of about `bytes` bytes, hostNetwork at the very end. */
export function flowPod(bytes) {
  const parts = ['{apiVersion: v1, kind: Pod, metadata: {name: flow}, spec: {containers: [']
  let size = parts[0].length
  const tail = ']}], hostNetwork: true}}\n'
  for (let c = 0; size < bytes - tail.length; c++) {
    const head = `${c ? ']}, ' : ''}{name: c${c}, image: "example/app:${c}", env: [`
    parts.push(head)
    size += head.length
    for (let e = 0; e < 100 && size < bytes - tail.length; e++) {
      const item = `${e ? ', ' : ''}{name: E${e}, value: "v${e}"}`
      parts.push(item)
      size += item.length
    }
  }
  parts.push(tail)
  return parts.join('')
}
