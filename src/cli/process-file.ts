// The work done for one file, the same in the main thread and in a worker: read, find its config,
// parse, lint, and hand back a result that can cross a thread boundary (plain data only).
import { createHash } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import type { ResolvedConfig } from '../config/resolve.js'
import type { RuleEntry } from '../config/schema.js'
import type { LintResult } from '../rules/types.js'
import type { CachedEntry } from './cache.js'
import type { JobPosting } from '../jobposting/index.js'
import type { ToR } from '../schema.js'
import { perKey } from '../memo.js'
import { VERSION } from '../version.js'
import { createConfigFinder, matchingOverrides } from './config-files.js'
import { CliError } from './errors.js'
import { describeFsError } from './io.js'
import { rawPath } from './raw-names.js'

export interface JobOptions {
  cwd: string
  configPath?: string
  cliRules: Record<string, RuleEntry>
  /**
   * The document the outcome carries besides the findings: none (lint), the ToR (convert), or the
   * JobPosting made from it with the file's configured data (convert --format jsonld).
   */
  keepDocument: false | 'tor' | 'jobposting'
  /** Files larger than this are an error for that file only. */
  maxFileSize: number
}

export type FileOutcome =
  | { path: string; ok: true; result: LintResult; document: ToR | JobPosting | null; hash: string; configKey: string; cached: boolean }
  | { path: string; ok: false; reason: string; fatal: boolean }

export interface FileProcessor {
  (path: string): Promise<FileOutcome>
  /** The resolved configuration for a path, or why there is none (a broken config file). */
  configOnly: (path: string) => Promise<{ ok: true; config: ResolvedConfig; key: string } | { ok: false; reason: string }>
  /** The cached outcome when the file and its configuration are unchanged; null when it must be linted. */
  cacheProbe: (path: string, cached: CachedEntry | undefined) => Promise<FileOutcome | null>
}

/**
 * The parser, the rules and config resolution: loaded on the first file that must really be linted, so
 * a run answered from the cache reads config files and hashes bytes, and loads nothing else.
 */
const loadPipeline = async () => {
  const [{ ConfigError, resolveConfig }, { InputError }, { lintParsed }, { parseAsync }, { RuleOptionsError }, { rules }, { toJobPosting }] = await Promise.all([
    import('../config/resolve.js'),
    import('../ingest/decode.js'),
    import('../lint/index.js'),
    import('../document/index.js'),
    import('../rules/engine.js'),
    import('../rules/index.js'),
    import('../jobposting/index.js'),
  ])
  return { ConfigError, resolveConfig, InputError, lintParsed, parseAsync, RuleOptionsError, rules, toJobPosting }
}
type Pipeline = Awaited<ReturnType<typeof loadPipeline>>
let pipelineLoading: Promise<Pipeline> | null = null

/** A configuration file that cannot be used stops the whole run: linting with the wrong rules would mislead. */
function isConfigProblem(error: unknown, pipeline: Pipeline): boolean {
  return error instanceof CliError || error instanceof pipeline.ConfigError || error instanceof pipeline.RuleOptionsError
}

export function createFileProcessor(options: JobOptions): FileProcessor {
  const findConfig = createConfigFinder(options.configPath, options.cwd)
  // Files that share a configuration share its key and its resolved form, for this run.
  const keyOf = perKey(
    (identity: string) => identity,
    (identity) => createHash('sha256').update(identity).digest('hex'),
  )

  /** What decides a file's findings besides its bytes; its hash is the cache's configuration key. */
  const identityOf = (path: string) => {
    const loaded = findConfig(path)
    const overrides = matchingOverrides(loaded, path, options.cwd)
    const identity = JSON.stringify({ config: loaded.config, overrides, cli: options.cliRules, version: VERSION })
    return { loaded, overrides, identity, key: keyOf(identity) }
  }

  type Identity = ReturnType<typeof identityOf>
  const resolved = perKey(
    (found: Identity, _pipeline: Pipeline) => found.identity,
    ({ loaded, overrides, key }, pipeline): { config: ResolvedConfig; key: string } => {
      const config = pipeline.resolveConfig({ config: loaded.config, source: loaded.source, rules: pipeline.rules, matchingOverrides: overrides, cliRules: options.cliRules })
      return { config, key }
    },
  )

  const configFor = (path: string, pipeline: Pipeline) => resolved(identityOf(path), pipeline)

  const processFile = async (path: string): Promise<FileOutcome> => {
    const pipeline = await (pipelineLoading ??= loadPipeline())
    const raw = rawPath(resolve(options.cwd, path))
    const absolute = raw.fsPath
    let bytes: Uint8Array
    try {
      // Synchronous: one small file at a time in this thread, and each await would cost more than the read.
      const info = statSync(absolute)
      if (info.isDirectory()) return { path, ok: false, reason: 'is a directory', fatal: false }
      // A pipe or device would be read until it ends, or block for a writer: only regular files are read.
      if (!info.isFile()) return { path, ok: false, reason: 'is not a regular file (a device, pipe or socket)', fatal: false }
      if (info.size > options.maxFileSize) {
        return { path, ok: false, reason: `is ${(info.size / 1048576).toFixed(1)} MB, over the --max-file-size limit of ${(options.maxFileSize / 1048576).toFixed(1)} MB`, fatal: false }
      }
      bytes = readFileSync(absolute)
    } catch (error) {
      return { path, ok: false, reason: describeFsError(error), fatal: false }
    }
    let config
    try {
      config = configFor(path, pipeline)
    } catch (error) {
      if (isConfigProblem(error, pipeline)) return { path, ok: false, reason: (error as Error).message, fatal: true }
      throw error
    }
    const hash = createHash('sha256').update(bytes).digest('hex')
    try {
      const doc = await pipeline.parseAsync(bytes, { path, data: config.config.data, maxSize: options.maxFileSize })
      const result = pipeline.lintParsed(doc, { config: config.config, filePath: raw.shown(path) })
      const document = options.keepDocument === 'tor' ? doc.tor : options.keepDocument === 'jobposting' ? pipeline.toJobPosting(doc.tor, { data: config.config.data }) : null
      return { path, ok: true, result, document, hash, configKey: config.key, cached: false }
    } catch (error) {
      if (error instanceof pipeline.InputError) return { path, ok: false, reason: error.message.startsWith(path) ? error.message.slice(path.length + 2) : error.message, fatal: false }
      // Lists, quotes or HTML elements nested thousands deep exhaust the stack of the tree walks.
      if (error instanceof RangeError && /call stack/i.test(error.message)) {
        return { path, ok: false, reason: 'is nested too deeply to read (thousands of levels of lists, quotes or HTML elements): flatten the nesting', fatal: false }
      }
      // An unexpected failure on one file is that file's failure, never the batch's.
      return { path, ok: false, reason: `internal error while reading this file: ${(error as Error).message} (please report it)`, fatal: false }
    }
  }
  const configOnly: FileProcessor['configOnly'] = async (path) => {
    const pipeline = await (pipelineLoading ??= loadPipeline())
    try {
      const entry = configFor(path, pipeline)
      return { ok: true, config: entry.config, key: entry.key }
    } catch (error) {
      if (isConfigProblem(error, pipeline)) return { ok: false, reason: (error as Error).message }
      throw error
    }
  }
  const cacheProbe: FileProcessor['cacheProbe'] = async (path, cached) => {
    if (!cached) return null
    try {
      // The key alone, not the resolved configuration: a configuration that changed into a broken one
      // has a new key, so its files miss here and the full run reports the problem.
      const { key } = identityOf(path)
      if (key !== cached.configKey) return null
      const hash = createHash('sha256').update(readFileSync(rawPath(resolve(options.cwd, path)).fsPath)).digest('hex')
      if (hash !== cached.hash) return null
      return { path, ok: true, result: cached.result, document: null, hash, configKey: key, cached: true }
    } catch {
      // Whatever went wrong will be reported by the full run of this file.
      return null
    }
  }
  return Object.assign(processFile, { configOnly, cacheProbe })
}
