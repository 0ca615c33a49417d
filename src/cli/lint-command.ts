// `torlint lint`: find the files, lint them (in parallel for large batches), format, pick the exit code.
import { availableParallelism } from 'node:os'
import { join, resolve } from 'node:path'
import { ruleEntrySchema, type RuleEntry } from '../config/schema.js'
import { getStreamingFormatter } from '../report/index.js'
import { printable } from '../report/stylish.js'
import { rules } from '../rules/index.js'
import type { LintResult, RuleMeta } from '../rules/types.js'
import { VERSION } from '../version.js'
import { CACHE_FILE_NAME, checkCacheLocation, loadCache, resolveCacheLocation, saveCache, type CachedEntry } from './cache.js'
import { createConfigFinder } from './config-files.js'
import { CliError, EXIT } from './errors.js'
import { collectFiles, DEFAULT_EXTENSIONS } from './files.js'
import { readInput } from './io.js'
import type { Io } from './types.js'
import { runBatch } from './pool.js'
import type { JobOptions } from './process-file.js'
import { summarize } from '../rules/engine.js'
import { createProgress } from './progress.js'
import { isOneOf } from './same-file.js'
import { handleInterrupts } from './signals.js'
import { describeWriteError, openOutput, type AtomicFile } from './write.js'
import { fixFile, fixText, isRewritable, REWRITTEN_EXTENSIONS, withoutFixes } from './fix-file.js'
import type { ResolvedConfig } from '../config/resolve.js'

export interface BatchCommandOptions {
  rule?: string[]
  config?: string
  ext?: string[]
  jobs?: string
  maxFileSize?: string
  quiet?: boolean
}

export interface LintCommandOptions extends BatchCommandOptions {
  format?: string
  outputFile?: string
  maxWarnings?: string
  color?: boolean
  stdinFilename?: string
  cache?: boolean
  cacheLocation?: string
  fix?: boolean
  fixDryRun?: boolean
}

export const DEFAULT_MAX_FILE_SIZE_MB = 50

export function ruleMetas(): RuleMeta[] {
  return rules.map((rule) => ({ id: rule.id, description: rule.description, severity: rule.severity, help: rule.help }))
}

/** `--rule id:severity` (or `id:["warn", {...}]`), as many as given. */
export function parseRuleFlags(flags: string[] | undefined): Record<string, RuleEntry> {
  const entries: Record<string, RuleEntry> = {}
  for (const flag of flags ?? []) {
    const colon = flag.indexOf(':')
    if (colon <= 0) throw new CliError(`--rule ${flag}: write it as rule-id:severity, e.g. --rule placeholder:warn`)
    const id = flag.slice(0, colon)
    const raw = flag.slice(colon + 1).trim()
    let value: unknown = raw
    if (raw.startsWith('[')) {
      try {
        value = JSON.parse(raw)
      } catch {
        throw new CliError(`--rule ${flag}: the value after the colon is not valid JSON`)
      }
    }
    const parsed = ruleEntrySchema.safeParse(value)
    if (!parsed.success) throw new CliError(`--rule ${flag}: severity must be one of off, info, warn, error`)
    entries[id] = parsed.data
  }
  return entries
}

export function useColor(options: { color?: boolean; outputFile?: string }, io: Io): boolean {
  if (options.color === false) return false
  if (io.env.NO_COLOR) return false
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false'
  if (options.color === true) return true
  return !options.outputFile && (io.stdout as NodeJS.WriteStream).isTTY === true
}

function wholeNumber(flag: string, value: string | undefined, fallback: number, minimum: number): number {
  if (value === undefined) return fallback
  const number = Number(value)
  if (!Number.isInteger(number) || number < minimum) throw new CliError(`${flag} ${value}: give a whole number, ${minimum} or more`)
  return number
}

export interface PreparedBatch {
  files: string[]
  job: JobOptions
  jobs: number
  /** Paths that could not be used as given, each with the reason; already reported on stderr. */
  problems: { path: string; reason: string }[]
}

/** What lint and convert share: validated flags, configuration check, and the list of files. */
export async function prepareBatch(paths: string[], options: BatchCommandOptions, io: Io, keepDocument: JobOptions['keepDocument'], exclude: (file: string) => boolean = () => false): Promise<PreparedBatch> {
  const cliRules = parseRuleFlags(options.rule)
  const cores = availableParallelism()
  const jobs = wholeNumber('--jobs', options.jobs, cores, 1)
  // Each worker holds a parser and a heap of its own: more workers than cores only cost memory.
  if (jobs > cores) io.stderr.write(`torlint: --jobs ${jobs}: this machine has ${cores} ${cores === 1 ? 'core' : 'cores'}; using ${cores}\n`)
  const maxFileSize = wholeNumber('--max-file-size', options.maxFileSize, DEFAULT_MAX_FILE_SIZE_MB, 1) * 1048576
  // Read the configuration the working folder sees now, so a broken file fails before any work.
  const rootConfig = createConfigFinder(options.config, io.cwd)(join(io.cwd, 'index.md'))
  const collected = await collectFiles(paths, { cwd: io.cwd, extensions: options.ext?.length ? options.ext : DEFAULT_EXTENSIONS, ignorePatterns: rootConfig.config.ignorePatterns })
  for (const problem of collected.problems) io.stderr.write(`torlint: ${problem.path}: ${problem.reason}\n`)
  return {
    files: collected.files.filter((file) => !exclude(resolve(io.cwd, file))),
    job: { cwd: io.cwd, configPath: options.config, cliRules, keepDocument, maxFileSize },
    jobs: Math.min(jobs, cores),
    problems: collected.problems,
  }
}

export async function runLint(paths: string[], options: LintCommandOptions, io: Io): Promise<number> {
  let formatter
  try {
    formatter = getStreamingFormatter(options.format ?? 'stylish')
  } catch (error) {
    throw new CliError((error as Error).message)
  }
  const maxWarnings = wholeNumber('--max-warnings', options.maxWarnings, -1, 0)
  if (paths.length === 0) throw new CliError('give the files or folders to lint, e.g. torlint lint vacancies/ (or - for standard input)')
  if (options.fix && options.fixDryRun) throw new CliError('--fix and --fix-dry-run cannot be used together: choose one')
  // Standard input has no file to write back to; its fixed text can be shown.
  if (options.fix && paths.includes('-')) throw new CliError('--fix cannot rewrite standard input: use --fix-dry-run to see the fixed text')
  const fixing = Boolean(options.fix || options.fixDryRun)
  const batch = await prepareBatch(
    paths.filter((path) => path !== '-'),
    options,
    io,
    false,
  )
  let failed = batch.problems.length > 0
  if (options.outputFile && isOneOf(options.outputFile, batch.files, io.cwd)) throw new CliError(`${options.outputFile}: is one of the inputs; choose another --output-file`)
  const { location: cacheLocation, shownAs: cacheShown } = resolveCacheLocation(io.cwd, options.cacheLocation ?? CACHE_FILE_NAME)
  if (options.cache) {
    if (isOneOf(cacheLocation, batch.files, io.cwd)) throw new CliError(`--cache-location ${cacheShown}: is one of the inputs; choose another file for the cache`)
    checkCacheLocation(cacheLocation, cacheShown)
  }
  // Fixing lints each fixed text again, and rewrites files: the cache is neither read nor written.
  const cache = options.cache && !fixing ? loadCache(cacheLocation) : null
  // As ESLint does, the cache keeps the files of the last run only, so it never outgrows the repository.
  const linted = new Set<string>()
  // A run answered wholly from the cache leaves the file as it is: rewriting it would cost as much as the run.
  let cacheChanged = false
  const progress = createProgress(batch.files.length, io, Boolean(options.quiet))
  // Each file's report is written as soon as it is linted: a batch never holds all its results.
  const report = openReport(options, io, progress.visible)
  const session = formatter({ cwd: io.cwd, rules: ruleMetas(), color: useColor(options, io), toolVersion: VERSION })
  let errors = 0
  let warnings = 0
  // The fixed text of a dry run: in the JSON report as ESLint's `output`; before its findings in stylish.
  const showsOutput = options.fixDryRun && (options.format ?? 'stylish') === 'stylish'
  const add = (result: LintResult) => {
    errors += result.errorCount
    warnings += result.warningCount
    if (showsOutput && result.output !== undefined) report.write(`==> ${printable(result.filePath)} (fixed) <==\n${result.output}${result.output.endsWith('\n') ? '' : '\n'}\n`)
    report.write(session.file(showsOutput ? { ...result, output: undefined } : result))
  }
  const fixer = fixing ? await import('./process-file.js').then(({ createFileProcessor }) => createFileProcessor(batch.job)) : null
  let unfixedFiles = 0
  let unfixed = 0
  let fixedFiles = 0
  /** The findings to report for a linted file: fixes applied (--fix), or their output kept (--fix-dry-run). */
  const fixedResult = async (path: string, linted: LintResult): Promise<LintResult> => {
    if (!isRewritable(path)) {
      // Only what --fix can apply is offered: a Word, PDF or HTML file is never rewritten.
      const { result, dropped } = withoutFixes(linted)
      if (dropped > 0) {
        unfixedFiles++
        unfixed += dropped
      }
      return result
    }
    if (!fixer) return linted
    const probe = await fixer.configOnly(path)
    const fixed = probe.ok ? await fixFile(path, io.cwd, linted, probe.config, Boolean(options.fixDryRun)) : { ok: false as const, result: linted, reason: probe.reason }
    if (!fixed.ok) {
      fail(path, fixed.reason)
      return fixed.result
    }
    if (fixed.output === null) return fixed.result
    fixedFiles++
    return options.fixDryRun ? { ...fixed.result, output: fixed.output } : fixed.result
  }
  // A file that cannot be linted is said on stderr and in the report, where CI looks for it.
  const fail = (path: string, reason: string) => {
    io.stderr.write(`torlint: ${path}: ${reason}\n`)
    report.write(session.failure({ filePath: path, message: reason }))
    failed = true
  }
  for (const problem of batch.problems) report.write(session.failure({ filePath: problem.path, message: problem.reason }))

  // Ctrl-C ends the run at once, but never leaves the report's temporary file behind.
  const stopHandling = handleInterrupts()
  try {
    if (paths.includes('-')) {
      const input = await readInput('-', io.stdin)
      const name = options.stdinFilename ?? '<stdin>'
      const [{ lintParsed }, { parseAsync }] = await Promise.all([import('../lint/index.js'), import('../document/index.js')])
      const { createFileProcessor } = await import('./process-file.js')
      const processFile = createFileProcessor(batch.job)
      // Standard input has no file of its own: lint the bytes with the config found for its stated name.
      const probe = await processFile.configOnly(name)
      if (!probe.ok) throw new CliError(probe.reason)
      try {
        const doc = await parseAsync(input.bytes, { path: name, data: probe.config.data })
        const linted = lintParsed(doc, { config: probe.config, filePath: name })
        // Standard input is text or Markdown unless its bytes or its stated name say otherwise.
        const format = doc.source.format
        const textual = format === 'text' || format === 'markdown'
        add(!textual ? withoutFixes(linted).result : options.fixDryRun ? await fixedInput(doc.source.decodedText ?? doc.source.text, linted, name, format, probe.config) : linted)
      } catch (error) {
        const message = (error as Error).message
        fail(name, message.startsWith(`${name}: `) ? message.slice(name.length + 2) : message)
      }
    }
    for await (const outcome of runBatch(batch.files, { ...batch.job, jobs: batch.jobs, cache })) {
      progress.tick()
      if (!outcome.ok) {
        if (outcome.fatal) throw new CliError(outcome.reason)
        fail(outcome.path, outcome.reason)
        continue
      }
      if (cache) {
        const key = resolve(io.cwd, outcome.path)
        linted.add(key)
        if (!outcome.cached) {
          cache.set(key, { hash: outcome.hash, configKey: outcome.configKey, result: outcome.result } satisfies CachedEntry)
          cacheChanged = true
        }
      }
      const result = await fixedResult(outcome.path, outcome.result)
      add(options.quiet ? { ...summarize(result.filePath, result.messages.filter((message) => message.severity === 'error')), ...(result.output === undefined ? {} : { output: result.output }) } : result)
    }
    report.write(session.close())
    progress.stop()
    report.commit()
  } catch (error) {
    progress.stop()
    report.abort()
    throw error
  } finally {
    stopHandling()
  }
  if (cache) {
    for (const key of cache.keys()) {
      if (linted.has(key)) continue
      cache.delete(key)
      cacheChanged = true
    }
    if (cacheChanged) saveCache(cacheLocation, cache, cacheShown)
  }

  if (unfixed > 0 && fixing) {
    io.stderr.write(
      `torlint: ${unfixed} ${unfixed === 1 ? 'finding' : 'findings'} in ${unfixedFiles} Word, PDF or HTML ${unfixedFiles === 1 ? 'file has a fix that is' : 'files have fixes that are'} not offered: torlint rewrites only ${REWRITTEN_EXTENSIONS.join(', ')} files\n`,
    )
  }
  if (options.fix && fixedFiles > 0 && !options.quiet) io.stderr.write(`torlint: fixed ${fixedFiles} ${fixedFiles === 1 ? 'file' : 'files'}\n`)
  if (failed) return EXIT.usage
  if (errors > 0) return EXIT.problems
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr.write(`torlint: too many warnings (${warnings}); the maximum allowed is ${maxWarnings}\n`)
    return EXIT.problems
  }
  return EXIT.ok
}

/** `--fix-dry-run` on standard input: the fixed text, and what remains. */
async function fixedInput(text: string, linted: LintResult, name: string, format: 'text' | 'markdown', config: ResolvedConfig): Promise<LintResult> {
  if (!linted.messages.some((message) => message.fix !== undefined)) return linted
  // `<stdin>` has no extension to tell how each fixed text is read: the format is given.
  const fixed = await fixText(text, linted, { path: name, format }, config)
  return fixed.applied.length === 0 ? fixed.last : { ...fixed.last, output: fixed.output }
}

/**
 * Where the report goes: --output-file (complete or not at all), or standard output piece by piece.
 * While a progress bar is drawn on the terminal, standard output waits for the end instead.
 */
function openReport(options: { outputFile?: string }, io: Io, holdStdout: boolean): AtomicFile {
  if (options.outputFile) {
    const path = resolve(io.cwd, options.outputFile)
    const failure = (error: unknown) => new CliError(`${options.outputFile}: cannot write the report: ${describeWriteError(error)}`)
    let file: AtomicFile
    try {
      file = openOutput(path)
    } catch (error) {
      throw failure(error)
    }
    return {
      write(text) {
        try {
          file.write(text)
        } catch (error) {
          throw failure(error)
        }
      },
      commit() {
        try {
          file.commit()
        } catch (error) {
          throw failure(error)
        }
      },
      abort: () => file.abort(),
    }
  }
  const held: string[] = []
  let last = ''
  return {
    write(text) {
      if (text === '') return
      last = text
      if (holdStdout) held.push(text)
      else io.stdout.write(text)
    },
    // A report that does not end its last line gets a line break on a terminal or a pipe.
    commit() {
      if (held.length > 0) io.stdout.write(held.join(''))
      if (last !== '' && !last.endsWith('\n')) io.stdout.write('\n')
    },
    abort() {},
  }
}
