// Finding and reading configuration files. Config is data (JSON or YAML) and never executes code.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import picomatch from 'picomatch'
import { parse as parseYaml } from 'yaml'
import type { z } from 'zod'
import { configSchema, presetNames, type Config } from '../config/schema.js'
import { dataSizeProblem } from '../config/limits.js'
import { perKey, perObject } from '../memo.js'
import { describeZodIssue } from '../zod-issues.js'
import { CliError } from './errors.js'
import { describeFsError } from './io.js'
import { describeJsonError } from './json-position.js'

export const CONFIG_FILES = ['torlint.config.json', '.torlintrc.json', '.torlintrc.yaml', '.torlintrc.yml'] as const

export interface LoadedConfig {
  config: Config
  /** The file it came from, or "defaults". */
  source: string
  /** Folder that globs in `overrides` are relative to. */
  base: string
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const key = issue.path.length > 0 ? issue.path.map(String).join('.') : '(top level)'
  if (issue.code === 'invalid_union') {
    if (issue.path[0] === 'extends') return `${key}: must be a preset (${presetNames.map((name) => `"${name}"`).join(', ')}) or a list of them; configuration is data, so files and modules cannot be extended`
    if (issue.path.includes('rules')) return `${key}: must be "off", "info", "warn" or "error", or [severity, options]`
  }
  return describeZodIssue(configSchema, issue)
}

/** Validate parsed config data; the message names the file, the key and what is allowed. */
export function validateConfig(value: unknown, source: string): Config {
  // Sizes first: a list of a hundred thousand phrases is refused before the schema walks it.
  const data = (value as { data?: unknown } | null | undefined)?.data
  const tooBig = data === undefined ? null : dataSizeProblem(data)
  if (tooBig) throw new CliError(`${source}: invalid configuration: ${tooBig}`)
  const parsed = configSchema.safeParse(value ?? {})
  if (!parsed.success) throw new CliError(`${source}: invalid configuration: ${parsed.error.issues.slice(0, 3).map(describeIssue).join('; ')}`)
  return parsed.data
}

export function readConfigFile(path: string): LoadedConfig {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new CliError(`${path}: cannot read configuration: ${describeFsError(error)}`)
  }
  let value: unknown
  try {
    if (path.endsWith('package.json')) value = (JSON.parse(text) as { torlint?: unknown }).torlint
    else if (/\.ya?ml$/.test(path)) value = parseYaml(text, { maxAliasCount: 10, logLevel: 'error' })
    else value = JSON.parse(text)
  } catch (error) {
    // YAML's own messages already say "at line 3, column 5"; JSON's give an offset or nothing.
    if (!/\.ya?ml$/.test(path)) throw new CliError(`${path}: configuration is not valid JSON: ${describeJsonError(text, error)}`)
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new CliError(`${path}: configuration is not valid YAML: ${reason}`)
  }
  return { config: validateConfig(value, path), source: path, base: dirname(resolve(path)) }
}

function configIn(folder: string): string | null {
  for (const name of CONFIG_FILES) {
    const path = join(folder, name)
    if (existsSync(path)) return path
  }
  const pkg = join(folder, 'package.json')
  if (existsSync(pkg)) {
    try {
      if ((JSON.parse(readFileSync(pkg, 'utf8')) as { torlint?: unknown }).torlint !== undefined) return pkg
    } catch {
      // A broken package.json that has nothing to do with torlint is not ours to report.
    }
  }
  return null
}

/** The nearest configuration above a file, found once per folder; defaults when there is none. */
export function createConfigFinder(explicit: string | undefined, cwd: string): (file: string) => LoadedConfig {
  const defaults: LoadedConfig = { config: {}, source: 'defaults', base: cwd }
  if (explicit) {
    const loaded = readConfigFile(resolve(cwd, explicit))
    return () => loaded
  }
  const lookup: (folder: string) => LoadedConfig = perKey(
    (folder: string) => folder,
    (folder) => {
      const path = configIn(folder)
      const parent = dirname(folder)
      return path ? readConfigFile(path) : parent === folder ? defaults : lookup(parent)
    },
  )
  return (file) => lookup(dirname(resolve(cwd, file)))
}

type Override = NonNullable<Config['overrides']>[number]

/** Each override's globs compiled once, not once per file of a batch. */
const matcherFor = perObject((override: Override): ((path: string) => boolean) => {
  const files = Array.isArray(override.files) ? override.files : [override.files]
  const excluded = override.excludedFiles === undefined ? [] : Array.isArray(override.excludedFiles) ? override.excludedFiles : [override.excludedFiles]
  const included = picomatch(files, { dot: true, matchBase: !files.some((glob) => glob.includes('/')) })
  const isExcluded = excluded.length > 0 ? picomatch(excluded, { dot: true }) : () => false
  return (path) => included(path) && !isExcluded(path)
})

/** The `overrides` entries whose globs match the file, relative to the config's folder. */
export function matchingOverrides(loaded: LoadedConfig, file: string, cwd: string): NonNullable<Config['overrides']> {
  const overrides = loaded.config.overrides ?? []
  if (overrides.length === 0) return []
  const path = relative(loaded.base, resolve(cwd, file)).split('\\').join('/')
  return overrides.filter((override) => matcherFor(override)(path))
}
