import { setFlagsFromString } from 'node:v8'

/**
 * A scan allocates a syntax tree per file and drops it with the file, so what it keeps stays
 * flat (about 8 MB after a collection at 1,000 and at 50,000 files); but V8's default heap
 * growth raises the heap limit and the young generation with the allocation rate, and resident
 * memory followed the size of the tree (65 MB at 1,000 files, 130 MB at 50,000). Growing the old
 * generation for size, and keeping the young generation at its first 1 MB semi-spaces (it grew
 * to 8 MB each, 16 MB that a file's short-lived nodes never need), holds it near what is live:
 * about 80 MB at 50,000 files on one thread where it was 100 MB, for about 7% more CPU (more,
 * smaller scavenges; npm run bench). Since parsed trees are no longer promoted (yaml.ts, maps
 * read as written), neither flag changes time or peak memory measurably in paired runs: they are
 * kept as a bound, not a gain. Set first thing, before the heap has grown; the flags are the
 * process's, workers' included.
 */
export function useLeanHeap(): void {
  setFlagsFromString('--optimize-for-size')
  setFlagsFromString('--semi-space-growth-factor=1')
}
