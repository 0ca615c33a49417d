// The entry of a worker thread in the bundled CLI: the same bundle and code cache as the main thread.
import { createRequire } from 'node:module'

await createRequire(import.meta.url)('./load.cjs').loadCli().serveWorker()
