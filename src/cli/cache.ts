// The --cache file: per file, the content hash, the configuration key and the findings. A new torlint
// version or a changed configuration makes an entry stale (the key is checked by the file processor).
import { readFileSync } from 'node:fs'
import type { CachedEntry } from './process-file.js'
import { writeAtomic } from './write.js'
import { VERSION } from '../version.js'

interface CacheFile {
  version: string
  entries: Record<string, CachedEntry>
}

export function loadCache(location: string): Map<string, CachedEntry> {
  try {
    const file = JSON.parse(readFileSync(location, 'utf8')) as CacheFile
    if (file.version !== VERSION || typeof file.entries !== 'object' || file.entries === null) return new Map()
    return new Map(Object.entries(file.entries))
  } catch {
    // No cache yet, or one we cannot read: start afresh rather than fail the run.
    return new Map()
  }
}

export function saveCache(location: string, entries: ReadonlyMap<string, CachedEntry>): void {
  const file: CacheFile = { version: VERSION, entries: Object.fromEntries(entries) }
  writeAtomic(location, JSON.stringify(file))
}
