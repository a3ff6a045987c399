/* istanbul ignore file -- the Action entry only calls run(). */
import { useLeanHeap } from './lean-heap.js'
import { useFastEnv } from './fast-env.js'
import { run } from './main.js'

useLeanHeap()
useFastEnv()
void run()
