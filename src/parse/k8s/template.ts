import type { Node } from 'yaml'

/**
 * A Go template action (`{{ .Values.hostNetwork }}`) where YAML expects a value: Helm replaces it
 * when it renders the chart, while YAML reads a nested flow map. What the value will be is not in
 * the file, so it is neither a finding nor a pass. Returns the action as written (its first line,
 * shortened), or undefined when the value is not one.
 */
export function templateAction(text: string, node: Node | undefined): string | undefined {
  const range = node?.range
  if (!range || !text.startsWith('{{', range[0])) return undefined
  const written = text.slice(range[0], range[1]).split(/\r?\n/)[0].trim()
  return written.length > 80 ? `${written.slice(0, 77)}...` : written
}

/** Text that holds Go template actions: a parse failure there is the template's, not the YAML's. */
export const looksTemplated = (text: string): boolean => text.includes('{{') && text.includes('}}')
