// Files to outcomes, in input order whatever the parallelism. Small batches stay in this thread; large
// ones go to a pool of long-lived workers (one start-up per worker, not per file).
import { resolve } from 'node:path'
import { setImmediate } from 'node:timers/promises'
import { Worker } from 'node:worker_threads'
import type { CachedEntry } from './cache.js'
import type { FileOutcome, JobOptions } from './process-file.js'

// The parser and rules load only where files are processed: in parallel runs that is the workers.
const loadProcessor = async () => (await import('./process-file.js')).createFileProcessor

let workerUrl: URL | null = null

/**
 * The worker script sits next to the CLI entry in both layouts (tsc output and the bundle), but not
 * next to this module once bundled into a chunk: the entry tells where it is.
 */
export function setWorkerEntry(url: URL): void {
  workerUrl = url
}

function workerEntry(): URL {
  return workerUrl ?? new URL('./worker.js', import.meta.url)
}

/** Under this many files, starting workers costs more than it saves. */
export const PARALLEL_THRESHOLD = 50

/**
 * A limit on each worker's old generation, so one huge document cannot take a worker's memory without
 * bound: a document too large for it is processed in the main thread instead. Seed-sized files keep about
 * 20 MB live, and V8 sizes the heap from that, not from the limit: 512 MB peaks no higher than 128 MB did
 * (about 300 MB for 10,000 files with two workers) but spares the constant collections near a tight limit
 * (7 to 15% less time, docs/benchmarks.md).
 */
const WORKER_OLD_GENERATION_MB = 512

/** The limit, or the one TORLINT_WORKER_HEAP_MB sets (for tests of the fallback, and for small machines). */
function workerHeapLimit(): number {
  const fromEnvironment = Number(process.env.TORLINT_WORKER_HEAP_MB)
  return Number.isFinite(fromEnvironment) && fromEnvironment >= 8 ? fromEnvironment : WORKER_OLD_GENERATION_MB
}

/** Files queued at a worker at once: one being processed and one ready for when it is done. */
const IN_FLIGHT = 2

export interface BatchOptions extends JobOptions {
  jobs: number
  cache: ReadonlyMap<string, CachedEntry> | null
}

export async function* runBatch(files: readonly string[], options: BatchOptions): AsyncGenerator<FileOutcome> {
  if (!options.cache) {
    yield* uncached(files, options)
    return
  }
  // Cache hits are settled here, so a warm run starts no worker and parses nothing.
  const processFile = (await loadProcessor())(options)
  const hits = new Map<number, FileOutcome>()
  for (const [index, path] of files.entries()) {
    const hit = await processFile.cacheProbe(path, options.cache.get(resolve(options.cwd, path)))
    if (hit) hits.set(index, hit)
    // The probes read synchronously too: let a signal through now and then.
    if (index % 100 === 99) await setImmediate()
  }
  const misses = uncached(
    files.filter((_, index) => !hits.has(index)),
    options,
  )
  try {
    for (const index of files.keys()) {
      const hit = hits.get(index)
      if (hit) yield hit
      else {
        const next = await misses.next()
        if (!next.done) yield next.value
      }
    }
  } finally {
    // Finish the inner generator so its workers are terminated: live workers keep the process running.
    await misses.return(undefined)
  }
}

async function* uncached(files: readonly string[], options: BatchOptions): AsyncGenerator<FileOutcome> {
  const jobs = Math.max(1, Math.min(options.jobs, files.length))
  if (jobs === 1 || files.length < PARALLEL_THRESHOLD) {
    const processFile = (await loadProcessor())(options)
    for (const path of files) {
      yield await processFile(path)
      // Files are read synchronously: give the event loop a turn, or Ctrl-C waits for the whole batch.
      await setImmediate()
    }
    return
  }
  yield* parallel(files, options, jobs)
}

async function* parallel(files: readonly string[], options: BatchOptions, jobs: number): AsyncGenerator<FileOutcome> {
  const workerData: JobOptions = { cwd: options.cwd, configPath: options.configPath, cliRules: options.cliRules, keepDocument: options.keepDocument, maxFileSize: options.maxFileSize }
  const done = new Map<number, FileOutcome>()
  // Bounded look-ahead: one slow file cannot make finished results pile up without limit.
  const window = jobs * 32
  let next = 0
  let emitted = 0
  let wake: (() => void) | null = null
  const notify = () => {
    wake?.()
    wake = null
  }
  const settle = (index: number, outcome: FileOutcome) => {
    done.set(index, outcome)
    notify()
  }
  let processor: ((path: string) => Promise<FileOutcome>) | null = null
  const inThisThread = async (path: string): Promise<FileOutcome> => {
    processor ??= (await loadProcessor())(options)
    return processor(path)
  }
  const workers: Worker[] = []
  // Files sent to each worker and not answered yet, oldest first.
  const busy = new Map<Worker, number[]>()

  /** Keeps IN_FLIGHT files queued at each worker, so it never waits for this thread between files. */
  const dispatch = (worker: Worker) => {
    const queued = busy.get(worker) ?? []
    busy.set(worker, queued)
    while (queued.length < IN_FLIGHT && next < files.length && next < emitted + window) {
      const index = next++
      queued.push(index)
      worker.postMessage({ index, path: files[index] })
    }
  }
  const start = (): Worker => {
    const worker = new Worker(workerEntry(), { workerData, resourceLimits: { maxOldGenerationSizeMb: workerHeapLimit() } })
    worker.on('message', ({ index, outcome }: { index: number; outcome: FileOutcome }) => {
      const queued = busy.get(worker)
      queued?.splice(queued.indexOf(index), 1)
      dispatch(worker)
      settle(index, outcome)
    })
    worker.on('error', (error) => {
      // A crash loses one file, never the batch: record it and carry on with a fresh worker.
      // The file it was on fails; the ones queued behind it go to the replacement.
      const [index, ...waiting] = busy.get(worker) ?? []
      busy.delete(worker)
      if (index !== undefined) {
        const path = files[index]!
        // A file too big for a worker's heap is done here, where the heap is as large as node allows.
        if ((error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') void inThisThread(path).then((outcome) => settle(index, outcome))
        else done.set(index, { path, ok: false, reason: `worker crashed: ${error.message}`, fatal: false })
      }
      const position = workers.indexOf(worker)
      const replacement = start()
      workers[position] = replacement
      busy.set(replacement, waiting)
      for (const queuedIndex of waiting) replacement.postMessage({ index: queuedIndex, path: files[queuedIndex] })
      dispatch(replacement)
      notify()
    })
    return worker
  }
  for (let i = 0; i < jobs; i++) workers.push(start())
  try {
    for (const worker of workers) dispatch(worker)
    while (emitted < files.length) {
      const outcome = done.get(emitted)
      if (!outcome) {
        await new Promise<void>((resolveWait) => {
          wake = resolveWait
        })
        continue
      }
      done.delete(emitted)
      emitted++
      // Room in the window again: idle workers take the next files.
      for (const worker of workers) dispatch(worker)
      yield outcome
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
}
