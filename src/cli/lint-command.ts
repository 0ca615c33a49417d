// `torlint lint`: find the files, resolve each one's configuration, lint, format, and pick the exit code.
import { randomBytes } from 'node:crypto'
import { renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { ConfigError, resolveConfig, type ResolvedConfig } from '../config/resolve.js'
import { ruleEntrySchema, type RuleEntry } from '../config/schema.js'
import { InputError } from '../ingest/decode.js'
import { lintParsed, parse } from '../index.js'
import { getFormatter } from '../report/index.js'
import { RuleOptionsError, summarize } from '../rules/engine.js'
import { rules } from '../rules/index.js'
import type { LintResult, RuleMeta } from '../rules/types.js'
import { VERSION } from '../version.js'
import { createConfigFinder, matchingOverrides, type LoadedConfig } from './config-files.js'
import { CliError, EXIT } from './errors.js'
import { collectFiles, DEFAULT_EXTENSIONS } from './files.js'
import { readInput } from './io.js'
import type { Io } from './main.js'

export interface LintCommandOptions {
  format?: string
  outputFile?: string
  quiet?: boolean
  maxWarnings?: string
  rule?: string[]
  color?: boolean
  config?: string
  stdinFilename?: string
  ext?: string[]
}

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

/** Write a whole file or nothing: a crash never leaves half a report behind. */
export function writeAtomic(path: string, content: string): void {
  const temporary = join(dirname(path), `.${randomBytes(6).toString('hex')}.torlint.tmp`)
  try {
    writeFileSync(temporary, content)
    renameSync(temporary, path)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw error
  }
}

function onlyErrors(result: LintResult): LintResult {
  return summarize(result.filePath, result.messages.filter((message) => message.severity === 'error'))
}

export async function runLint(paths: string[], options: LintCommandOptions, io: Io): Promise<number> {
  let formatter
  try {
    formatter = getFormatter(options.format ?? 'stylish')
  } catch (error) {
    throw new CliError((error as Error).message)
  }
  const maxWarnings = options.maxWarnings === undefined ? -1 : Number(options.maxWarnings)
  if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new CliError(`--max-warnings ${options.maxWarnings}: give a whole number, 0 or more`)
  if (paths.length === 0) throw new CliError('give the files or folders to lint, e.g. torlint lint vacancies/ (or - for standard input)')
  const cliRules = parseRuleFlags(options.rule)
  const findConfig = createConfigFinder(options.config, io.cwd)
  const resolved = new Map<string, ResolvedConfig>()
  const configFor = (file: string): ResolvedConfig => {
    const loaded: LoadedConfig = findConfig(file)
    const overrides = matchingOverrides(loaded, file, io.cwd)
    const key = `${loaded.source}\0${overrides.map((override) => JSON.stringify(override.files)).join('\0')}`
    let config = resolved.get(key)
    if (!config) {
      try {
        config = resolveConfig({ config: loaded.config, source: loaded.source, rules, matchingOverrides: overrides, cliRules })
      } catch (error) {
        if (error instanceof ConfigError || error instanceof RuleOptionsError) throw new CliError(error.message)
        throw error
      }
      resolved.set(key, config)
    }
    return config
  }

  const stdinIndex = paths.indexOf('-')
  const filePaths = paths.filter((path) => path !== '-')
  const rootConfig = findConfig(join(io.cwd, 'index.md'))
  const collected = filePaths.length > 0 ? await collectFiles(filePaths, { cwd: io.cwd, extensions: options.ext?.length ? options.ext : DEFAULT_EXTENSIONS, ignorePatterns: rootConfig.config.ignorePatterns }) : { files: [], problems: [] }
  let failed = collected.problems.length > 0
  for (const problem of collected.problems) io.stderr.write(`torlint: ${problem.path}: ${problem.reason}\n`)

  const results: LintResult[] = []
  const lintOne = async (path: string, displayPath: string) => {
    // An unreadable or undecodable file is reported and skipped; the rest of the batch goes on.
    const skip = (message: string) => {
      io.stderr.write(`torlint: ${message}\n`)
      failed = true
    }
    let input
    try {
      input = await readInput(path === '-' ? path : resolve(io.cwd, path), io.stdin, path)
    } catch (error) {
      if (error instanceof CliError) return skip(error.message)
      throw error
    }
    const config = configFor(path === '-' ? displayPath : path)
    let doc
    try {
      doc = parse(input.bytes, { path: displayPath, data: config.data })
    } catch (error) {
      if (error instanceof InputError) return skip(error.message)
      throw error
    }
    const result = lintParsed(doc, { config, filePath: displayPath })
    results.push(options.quiet ? onlyErrors(result) : result)
  }
  if (stdinIndex >= 0) await lintOne('-', options.stdinFilename ?? '<stdin>')
  for (const file of collected.files) await lintOne(file, file)

  const output = formatter(results, { cwd: io.cwd, rules: ruleMetas(), color: useColor(options, io), toolVersion: VERSION })
  if (options.outputFile) {
    try {
      writeAtomic(resolve(io.cwd, options.outputFile), output)
    } catch (error) {
      throw new CliError(`${options.outputFile}: cannot write the report: ${(error as Error).message}`)
    }
  } else if (output !== '') io.stdout.write(output.endsWith('\n') ? output : `${output}\n`)

  if (failed) return EXIT.usage
  const errors = results.reduce((sum, result) => sum + result.errorCount, 0)
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0)
  if (errors > 0) return EXIT.problems
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr.write(`torlint: too many warnings (${warnings}); the maximum allowed is ${maxWarnings}\n`)
    return EXIT.problems
  }
  return EXIT.ok
}
