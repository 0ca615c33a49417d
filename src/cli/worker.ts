// A worker thread: loads torlint once, then processes one file per message until the pool ends it.
import { parentPort, workerData } from 'node:worker_threads'
import { createFileProcessor, type JobOptions } from './process-file.js'

const processFile = createFileProcessor(workerData as JobOptions)

parentPort?.on('message', async (task: { index: number; path: string }) => {
  const outcome = await processFile(task.path)
  parentPort?.postMessage({ index: task.index, outcome })
})
