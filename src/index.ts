/* istanbul ignore file -- the Action entry only calls run(). */
import { useFastEnv } from './fast-env.js'
import { run } from './main.js'

useFastEnv()
void run()
