/**
 * Words that are nothing but expansions: what they become is known only when the script runs.
 * Docker reads its options after the shell expanded them, so `docker run $DOCKER_OPTS
 * --net=host img` gives the engine `--net=host` whatever `$DOCKER_OPTS` holds, while in
 * `docker run $IMAGE --net=host` the expansion is most likely the image.
 */

/** A word longer than this is read as a plain word: no one writes such an expansion. */
const MAX_WORD = 1024

/**
 * `$X`, `${X}`, `"$X"`, `"${a[@]}"`, `$@`, `$1`, Make's `$(X)` and `$$X`, a command substitution
 * `$(cmd)` or `` `cmd` ``, a GitHub expression `${{ matrix.opts }}`, or several side by side.
 * The word as written (quotes included): single quotes make `$` literal, so `'$X'` is none, and
 * any literal character (`${REGISTRY}/app`) makes the word plain. Linear.
 */
export function isExpansionOnly(raw: string): boolean {
  if (raw.length > MAX_WORD) return false
  let k = 0
  let expansions = 0
  while (k < raw.length) {
    const c = raw[k]
    if (c === '"') {
      k++
      continue
    }
    if (c === '`') {
      const close = raw.indexOf('`', k + 1)
      if (close === -1) return false
      k = close + 1
    } else if (c === '$') {
      let j = k + 1
      while (raw[j] === '$') j++
      const n = raw[j] ?? ''
      if (n === '{' || n === '(') {
        const close = closingBracket(raw, j)
        if (close === -1) return false
        k = close + 1
      } else if (NAME_START.test(n)) {
        j++
        while (j < raw.length && WORD_CHAR.test(raw[j])) j++
        k = j
      } else if (n !== '' && '@*#?!-0123456789'.includes(n)) k = j + 1
      else return false
    } else return false
    expansions++
  }
  return expansions > 0
}

function closingBracket(raw: string, open: number): number {
  const o = raw[open]
  const c = o === '{' ? '}' : ')'
  let depth = 0
  for (let k = open; k < raw.length; k++) {
    if (raw[k] === o) depth++
    else if (raw[k] === c && --depth === 0) return k
  }
  return -1
}

/**
 * The last name in an expansion (`IMAGE` in `"${IMAGE:-x}"`, `image` in `${{ matrix.image }}`)
 * names an image: such a word is the image, not options. Names that merely start with it
 * (`IMAGE_OPTS`) do not count.
 */
const IMAGE_NAME = /(?:^|[^A-Za-z0-9])(?:image|img)(?:[_-]?(?:name|ref|tag|uri|url|id))?$/i

export function namesImage(raw: string): boolean {
  if (raw.length > MAX_WORD) return false
  const github = /^"?\$\{\{\s*([\w.-]+)\s*\}\}"?$/.exec(raw)
  if (github) return IMAGE_NAME.test(github[1])
  const variable = /^"?\$+[{(]?([A-Za-z_]\w*)/.exec(raw)
  return variable !== null && IMAGE_NAME.test(variable[1])
}
const NAME_START = /[A-Za-z_]/
const WORD_CHAR = /\w/
