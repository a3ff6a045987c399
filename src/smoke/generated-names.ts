/** Names the smoke checks make up for what they create (pods, images, containers), unique per run. */

/** A lower-case DNS-1123 label fragment (`[a-z0-9-]`, no leading/trailing `-`), at most `max` long. */
export function dnsLabel(value: string, max = 63): string {
  const s = value
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .slice(0, max)
    .replace(/^-+|-+$/g, '')
  return s
}

/** Random lower-case hex suffix for unique names and tags. */
export function randomSuffix(length = 8): string {
  let s = ''
  while (s.length < length)
    s += Math.floor(Math.random() * 0x100000000)
      .toString(16)
      .padStart(8, '0')
  return s.slice(0, length)
}
