// The --cache file: per file, the content hash, the configuration key and the findings. A new torlint
// version or a changed configuration makes an entry stale (the key is checked by the file processor).
// The file lies in the repository, where anyone may have changed it: each entry is validated like a
// fresh result, and one that is not valid is dropped (its file is linted again), never trusted.
import { accessSync, constants, existsSync, lstatSync, readFileSync } from 'node:fs'
import { dirname, join, resolve, sep } from 'node:path'
import { z } from 'zod'
import { lintResultSchema } from '../rules/types.js'
import { CliError } from './errors.js'
import { describeFsError } from './io.js'
import { describeWriteError, writeAtomic } from './write.js'
import { VERSION } from '../version.js'

const cachedEntrySchema = z.object({ hash: z.string(), configKey: z.string(), result: lintResultSchema })

/** A file's entry: its content hash, the key of its configuration and its findings. */
export type CachedEntry = z.output<typeof cachedEntrySchema>

// What saveCache writes. A file read back is not parsed with it as a whole: each entry is checked on its
// own, so one bad entry costs that file's findings, not the whole cache.
const cacheFileSchema = z.object({ version: z.string(), entries: z.record(z.string(), cachedEntrySchema) })

type CacheFile = z.output<typeof cacheFileSchema>

export const CACHE_FILE_NAME = '.torlintcache'

/**
 * The cache file a --cache-location names: a path that ends with a slash, or an existing folder (not a
 * link to one), means the file .torlintcache inside it, as ESLint does.
 */
export function resolveCacheLocation(cwd: string, given: string): { location: string; shownAs: string } {
  const location = resolve(cwd, given)
  const endsWithSlash = given.endsWith('/') || given.endsWith(sep)
  let folder = endsWithSlash
  if (!folder) {
    try {
      folder = lstatSync(location).isDirectory()
    } catch {
      folder = false
    }
  }
  if (!folder) return { location, shownAs: given }
  return { location: join(location, CACHE_FILE_NAME), shownAs: endsWithSlash ? `${given}${CACHE_FILE_NAME}` : join(given, CACHE_FILE_NAME) }
}

/** A cache location that can never work stops the run before any linting, with the reason. */
export function checkCacheLocation(location: string, shownAs: string): void {
  let info
  try {
    info = lstatSync(location)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new CliError(`--cache-location ${shownAs}: ${describeFsError(error)}`)
  }
  // Only reached for a folder named .torlintcache inside the folder given: resolveCacheLocation handles the rest.
  if (info?.isDirectory()) throw new CliError(`--cache-location ${shownAs}: is a folder; remove it or give another path for the cache file`)
  if (info?.isSymbolicLink()) throw new CliError(`--cache-location ${shownAs}: is a symbolic link; torlint keeps its cache in a regular file only`)
  // Reading a pipe as the cache would wait for a writer for ever.
  if (info && !info.isFile()) throw new CliError(`--cache-location ${shownAs}: is a device, pipe or socket; give the path of a regular file`)
  // The cache is replaced by a rename in its folder: that folder must be writable.
  const folder = dirname(location)
  try {
    if (existsSync(folder)) accessSync(folder, constants.W_OK)
  } catch {
    throw new CliError(`--cache-location ${shownAs}: cannot write the cache: permission denied (check that its folder is writable)`)
  }
}

export function loadCache(location: string): Map<string, CachedEntry> {
  let file: { [Field in keyof CacheFile]?: unknown } | null
  try {
    file = JSON.parse(readFileSync(location, 'utf8')) as typeof file
  } catch {
    // No cache yet, or one we cannot read: start afresh rather than fail the run.
    return new Map()
  }
  if (file?.version !== VERSION || typeof file.entries !== 'object' || file.entries === null) return new Map()
  const entries = new Map<string, CachedEntry>()
  for (const [path, entry] of Object.entries(file.entries)) {
    const parsed = cachedEntrySchema.safeParse(entry)
    if (parsed.success) entries.set(path, parsed.data)
  }
  return entries
}

export function saveCache(location: string, entries: ReadonlyMap<string, CachedEntry>, shownAs: string): void {
  const file: CacheFile = { version: VERSION, entries: Object.fromEntries(entries) }
  try {
    writeAtomic(location, JSON.stringify(file))
  } catch (error) {
    throw new CliError(`--cache-location ${shownAs}: cannot write the cache: ${describeWriteError(error)}`)
  }
}
