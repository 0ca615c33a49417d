// `torlint convert`: one JSON file per input under --out-dir (or NDJSON on a stream), written atomically,
// in input order, with a summary line; a file that fails is reported and the others still convert.
// `--format jsonld` writes each document as a schema.org JobPosting instead, in files or on a stream.
import { dirname, join, relative, resolve, sep } from 'node:path'
import { once } from 'node:events'
import { CliError, EXIT } from './errors.js'
import { prepareBatch, type BatchCommandOptions } from './lint-command.js'
import type { Io } from './types.js'
import { runBatch } from './pool.js'
import { createProgress } from './progress.js'
import { isOneOf } from './same-file.js'
import { handleInterrupts } from './signals.js'
import { describeWriteError, openOutput, writeAtomic, type AtomicFile } from './write.js'

export interface ConvertCommandOptions extends BatchCommandOptions {
  outDir?: string
  format?: string
  outputFile?: string
}

const FORMATS = ['json', 'ndjson', 'jsonld'] as const

function commonFolder(paths: string[]): string {
  if (paths.length === 0) return ''
  const split = paths.map((path) => dirname(path).split(sep))
  const first = split[0]!
  let length = first.length
  for (const parts of split) {
    let shared = 0
    while (shared < length && parts[shared] === first[shared]) shared++
    length = shared
  }
  return first.slice(0, length).join(sep) || sep
}

/**
 * Output paths mirror the inputs' paths below their common folder, with the extension replaced by .json
 * (or `extension`); where two inputs would meet (a.txt and a.md), both keep theirs (a.txt.json, a.md.json).
 */
export function outputPaths(inputs: string[], outDir: string, extension = '.json'): Map<string, string> {
  const base = commonFolder(inputs)
  const plain = (input: string) => join(outDir, relative(base, input)).replace(/\.[^./\\]+$/, '') + extension
  const counts = new Map<string, number>()
  for (const input of inputs) counts.set(plain(input), (counts.get(plain(input)) ?? 0) + 1)
  return new Map(inputs.map((input) => [input, counts.get(plain(input))! > 1 ? join(outDir, relative(base, input)) + extension : plain(input)]))
}

/**
 * Inputs whose outputs would still meet (x.txt and x.md both become x.txt.json and x.md.json, and
 * x.txt.md becomes x.txt.json too): each with the other inputs of its output. Where the file system
 * ignores case, A.md and a.md meet as well.
 */
export function collisions(targets: ReadonlyMap<string, string>, foldCase = process.platform === 'darwin' || process.platform === 'win32'): Map<string, string[]> {
  const byTarget = new Map<string, string[]>()
  for (const [input, target] of targets) {
    const key = foldCase ? target.toLowerCase() : target
    byTarget.set(key, [...(byTarget.get(key) ?? []), input])
  }
  const met = new Map<string, string[]>()
  for (const group of byTarget.values()) {
    if (group.length > 1) for (const input of group) met.set(input, group.filter((other) => other !== input))
  }
  return met
}

function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child)
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && rel !== child)
}

export async function runConvert(paths: string[], options: ConvertCommandOptions, io: Io): Promise<number> {
  const format = options.format ?? 'json'
  if (!(FORMATS as readonly string[]).includes(format)) throw new CliError(`--format ${format}: convert writes json or ndjson, or jsonld for schema.org JobPosting`)
  if (paths.length === 0) throw new CliError('give the files or folders to convert, e.g. torlint convert notices/ --out-dir json/')
  if (format === 'json' && !options.outDir) throw new CliError('--out-dir is required with --format json (or use --format ndjson to write one stream)')
  const outDir = options.outDir ? resolve(io.cwd, options.outDir) : null
  const started = performance.now()
  // Never read our own output back in when --out-dir lies inside the input tree (`--ext .json` would find
  // it). Only .json files found there are skipped: with --out-dir equal to the input folder, the inputs
  // live there too, and a file named on the command line is never dropped silently.
  const named = new Set(paths.map((path) => resolve(io.cwd, path)))
  const isOwnOutput = (file: string) => outDir !== null && isInside(file, outDir) && /\.json(?:ld)?$/i.test(file) && !named.has(file)
  // The JobPosting is made where the file is parsed, with the data of the file's own configuration.
  const batch = await prepareBatch(paths, options, io, format === 'jsonld' ? 'jobposting' : 'tor', isOwnOutput)
  const absolute = batch.files.map((file) => resolve(io.cwd, file))
  const targets = outDir ? outputPaths(absolute, outDir, format === 'jsonld' ? '.jsonld' : '.json') : new Map<string, string>()
  const inputs = new Set(absolute)
  // Two inputs never write the same output, one over the other: both are reported and neither converted.
  const met = collisions(targets)
  for (const [input, others] of met) {
    io.stderr.write(`torlint: ${relative(io.cwd, input)}: its output ${relative(io.cwd, targets.get(input)!)} would also be that of ${others.map((other) => relative(io.cwd, other)).join(', ')}; skipped (rename one of them)\n`)
  }
  const files = batch.files.filter((file) => !met.has(resolve(io.cwd, file)))

  // Lines go to standard output, or to --output-file (complete, or not at all).
  let stream: NodeJS.WritableStream | null = null
  let outputFile: AtomicFile | null = null
  if (format === 'ndjson' || (format === 'jsonld' && !outDir)) {
    if (options.outputFile) {
      if (isOneOf(options.outputFile, batch.files, io.cwd)) throw new CliError(`${options.outputFile}: is one of the inputs; choose another --output-file`)
      try {
        outputFile = openOutput(resolve(io.cwd, options.outputFile))
      } catch (error) {
        throw new CliError(`${options.outputFile}: cannot write: ${describeWriteError(error)}`)
      }
    } else stream = io.stdout
  }

  let interrupted = false
  // The first Ctrl-C stops after the file in hand; a second one ends at once, temporaries removed.
  const stopHandling = handleInterrupts(() => {
    interrupted = true
  })

  let converted = 0
  let failed = batch.problems.length + met.size
  // An input that cannot be read (missing, unreadable, not text) is exit 2, as in lint and parse; an
  // output that cannot be written is exit 1, as before.
  let unreadable = batch.problems.length
  let errors = 0
  let warnings = 0
  const progress = createProgress(batch.files.length, io, Boolean(options.quiet))
  try {
    for await (const outcome of runBatch(files, { ...batch.job, jobs: batch.jobs, cache: null })) {
      progress.tick()
      if (interrupted) break
      if (!outcome.ok) {
        if (outcome.fatal) throw new CliError(outcome.reason)
        io.stderr.write(`torlint: ${outcome.path}: ${outcome.reason}\n`)
        failed++
        unreadable++
        continue
      }
      const output = outcome.document
      if (outputFile) {
        try {
          outputFile.write(`${JSON.stringify(output)}\n`)
        } catch (error) {
          throw new CliError(`${options.outputFile}: cannot write: ${describeWriteError(error)}`)
        }
      } else if (stream) {
        const json = JSON.stringify(output)
        if (!stream.write(`${json}\n`)) await once(stream, 'drain')
      } else {
        const target = targets.get(resolve(io.cwd, outcome.path))!
        if (inputs.has(target)) {
          io.stderr.write(`torlint: ${outcome.path}: its output ${relative(io.cwd, target)} would overwrite an input; skipped\n`)
          failed++
          continue
        }
        try {
          writeAtomic(target, `${JSON.stringify(output, null, 2)}\n`)
        } catch (error) {
          io.stderr.write(`torlint: ${outcome.path}: cannot write ${relative(io.cwd, target)}: ${describeWriteError(error)}\n`)
          failed++
          continue
        }
      }
      // Counted once written, so the summary's findings are those of the converted files.
      errors += outcome.result.errorCount
      warnings += outcome.result.warningCount
      converted++
    }
  } catch (error) {
    outputFile?.abort()
    outputFile = null
    throw error
  } finally {
    progress.stop()
    stopHandling()
  }
  if (outputFile) {
    if (interrupted) outputFile.abort()
    else {
      try {
        outputFile.commit()
      } catch (error) {
        throw new CliError(`${options.outputFile}: cannot write: ${describeWriteError(error)}`)
      }
    }
  }
  const seconds = (performance.now() - started) / 1000
  const total = batch.files.length + batch.problems.length
  io.stderr.write(
    `torlint: ${total} files, ${converted} converted, ${failed} failed, ${errors} errors, ${warnings} warnings, ${seconds.toFixed(2)} s, ${(converted / Math.max(seconds, 0.001)).toFixed(1)} files/s${interrupted ? ' (interrupted: run again to convert the rest)' : ''}\n`,
  )
  if (interrupted) return 130
  if (unreadable > 0) return EXIT.usage
  return failed > 0 ? EXIT.problems : EXIT.ok
}

