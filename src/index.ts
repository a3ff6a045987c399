/* istanbul ignore file -- the Action entry only calls run(). */
import { run } from './main.js'

void run()
