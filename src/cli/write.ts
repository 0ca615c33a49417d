// Writes that leave either the whole new file or the old one, never half of either.
import { randomBytes } from 'node:crypto'
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

/** Temporary files still open, removed if the process is interrupted. */
export const pendingTemporaries = new Set<string>()

export function temporaryPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`)
}

export function writeAtomic(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true })
  const temporary = temporaryPath(path)
  pendingTemporaries.add(temporary)
  try {
    writeFileSync(temporary, content)
    renameSync(temporary, path)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw error
  } finally {
    pendingTemporaries.delete(temporary)
  }
}

export interface AtomicFile {
  write(text: string): void
  /** Put the finished file in place. */
  commit(): void
  /** Remove what was written; the old file, if any, stays. */
  abort(): void
}

/** A file written piece by piece into a temporary next to it, renamed into place only when complete. */
export function openAtomic(path: string): AtomicFile {
  mkdirSync(dirname(path), { recursive: true })
  const temporary = temporaryPath(path)
  pendingTemporaries.add(temporary)
  const fd = openSync(temporary, 'w')
  let open = true
  const close = () => {
    if (open) closeSync(fd)
    open = false
    pendingTemporaries.delete(temporary)
  }
  return {
    write(text) {
      if (text !== '') writeSync(fd, text)
    },
    commit() {
      close()
      try {
        renameSync(temporary, path)
      } catch (error) {
        rmSync(temporary, { force: true })
        throw error
      }
    },
    abort() {
      close()
      rmSync(temporary, { force: true })
    },
  }
}
