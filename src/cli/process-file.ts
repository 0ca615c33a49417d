// The work done for one file, the same in the main thread and in a worker: read, find its config,
// parse, lint, and hand back a result that can cross a thread boundary (plain data only).
import { createHash } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { ConfigError, resolveConfig, type ResolvedConfig } from '../config/resolve.js'
import type { RuleEntry } from '../config/schema.js'
import { InputError } from '../ingest/decode.js'
import { lintParsed, parseAsync } from '../index.js'
import { RuleOptionsError } from '../rules/engine.js'
import { rules } from '../rules/index.js'
import type { LintResult } from '../rules/types.js'
import type { ToR } from '../schema.js'
import { VERSION } from '../version.js'
import { createConfigFinder, matchingOverrides } from './config-files.js'
import { CliError } from './errors.js'
import { describeFsError } from './io.js'

export interface JobOptions {
  cwd: string
  configPath?: string
  cliRules: Record<string, RuleEntry>
  /** Keep the ToR in the outcome (convert); lint only needs the findings. */
  keepDocument: boolean
  /** Files larger than this are an error for that file only. */
  maxFileSize: number
}

export interface CachedEntry {
  hash: string
  configKey: string
  result: LintResult
}

export type FileOutcome =
  | { path: string; ok: true; result: LintResult; tor: ToR | null; hash: string; configKey: string; cached: boolean }
  | { path: string; ok: false; reason: string; fatal: boolean }

export interface FileProcessor {
  (path: string): Promise<FileOutcome>
  /** The resolved configuration for a path, or why there is none (a broken config file). */
  configOnly: (path: string) => Promise<{ ok: true; config: ResolvedConfig; key: string } | { ok: false; reason: string }>
  /** The cached outcome when the file and its configuration are unchanged; null when it must be linted. */
  cacheProbe: (path: string, cached: CachedEntry | undefined) => Promise<FileOutcome | null>
}

export function createFileProcessor(options: JobOptions): FileProcessor {
  const findConfig = createConfigFinder(options.configPath, options.cwd)
  const resolved = new Map<string, { config: ResolvedConfig; key: string }>()

  const configFor = (path: string) => {
    const loaded = findConfig(path)
    const overrides = matchingOverrides(loaded, path, options.cwd)
    const identity = JSON.stringify({ config: loaded.config, overrides, cli: options.cliRules, version: VERSION })
    let entry = resolved.get(identity)
    if (!entry) {
      const config = resolveConfig({ config: loaded.config, source: loaded.source, rules, matchingOverrides: overrides, cliRules: options.cliRules })
      entry = { config, key: createHash('sha256').update(identity).digest('hex') }
      resolved.set(identity, entry)
    }
    return entry
  }

  const processFile = async (path: string): Promise<FileOutcome> => {
    const absolute = resolve(options.cwd, path)
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
      config = configFor(path)
    } catch (error) {
      // A broken configuration stops the whole run: linting with the wrong rules would mislead.
      if (error instanceof CliError || error instanceof ConfigError || error instanceof RuleOptionsError) return { path, ok: false, reason: error.message, fatal: true }
      throw error
    }
    const hash = createHash('sha256').update(bytes).digest('hex')
    try {
      const doc = await parseAsync(bytes, { path, data: config.config.data })
      const result = lintParsed(doc, { config: config.config, filePath: path })
      return { path, ok: true, result, tor: options.keepDocument ? doc.tor : null, hash, configKey: config.key, cached: false }
    } catch (error) {
      if (error instanceof InputError) return { path, ok: false, reason: error.message.startsWith(path) ? error.message.slice(path.length + 2) : error.message, fatal: false }
      // Lists, quotes or HTML elements nested thousands deep exhaust the stack of the tree walks.
      if (error instanceof RangeError && /call stack/i.test(error.message)) {
        return { path, ok: false, reason: 'is nested too deeply to read (thousands of levels of lists, quotes or HTML elements): flatten the nesting', fatal: false }
      }
      // An unexpected failure on one file is that file's failure, never the batch's.
      return { path, ok: false, reason: `internal error while reading this file: ${(error as Error).message} (please report it)`, fatal: false }
    }
  }
  const configOnly: FileProcessor['configOnly'] = async (path) => {
    try {
      const entry = configFor(path)
      return { ok: true, config: entry.config, key: entry.key }
    } catch (error) {
      if (error instanceof CliError || error instanceof ConfigError || error instanceof RuleOptionsError) return { ok: false, reason: error.message }
      throw error
    }
  }
  const cacheProbe: FileProcessor['cacheProbe'] = async (path, cached) => {
    if (!cached) return null
    try {
      const bytes = readFileSync(resolve(options.cwd, path))
      const config = configFor(path)
      const hash = createHash('sha256').update(bytes).digest('hex')
      if (hash !== cached.hash || config.key !== cached.configKey) return null
      return { path, ok: true, result: cached.result, tor: null, hash, configKey: config.key, cached: true }
    } catch {
      // Whatever went wrong will be reported by the full run of this file.
      return null
    }
  }
  return Object.assign(processFile, { configOnly, cacheProbe })
}
