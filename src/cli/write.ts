// Writes that leave either the whole new file or the old one, never half of either; and that never
// replace what is not a regular file (a link, a device, a pipe), which a shared repository could plant.
import { randomBytes } from 'node:crypto'
import { closeSync, constants, lstatSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

/** Temporary files still open, removed if the process is interrupted. */
export const pendingTemporaries = new Set<string>()

/** Remove every temporary still pending: on a signal, before the process ends. */
export function removeTemporaries(): void {
  for (const temporary of pendingTemporaries) rmSync(temporary, { force: true })
  pendingTemporaries.clear()
}

export function temporaryPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`)
}

/** A path torlint will not write: the message says what is there instead of a regular file. */
export class OutputRefused extends Error {
  constructor(reason: string) {
    super(reason)
    this.name = 'OutputRefused'
  }
}

type Existing = 'none' | 'file' | 'directory' | 'link' | 'special'

function existing(path: string): Existing {
  let info
  try {
    info = lstatSync(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'none'
    throw error
  }
  if (info.isSymbolicLink()) return 'link'
  if (info.isDirectory()) return 'directory'
  return info.isFile() ? 'file' : 'special'
}

const REFUSED: Record<Exclude<Existing, 'none' | 'file'>, string> = {
  directory: 'is a directory, not a file',
  link: 'is a symbolic link: torlint replaces only regular files (give the path of the file itself)',
  special: 'is a device, pipe or socket, not a regular file: torlint will not replace it',
}

/** Refuse a target that is not absent or a regular file, before anything is written. */
export function checkReplaceable(path: string): void {
  const kind = existing(path)
  if (kind !== 'none' && kind !== 'file') throw new OutputRefused(REFUSED[kind])
}

/**
 * mkdir -p, one level at a time: `mkdirSync(..., { recursive: true })` never returns under /proc, where
 * a folder can be neither found nor created.
 */
export function ensureFolder(folder: string): void {
  const missing: string[] = []
  let current = folder
  for (;;) {
    const kind = existing(current)
    if (kind === 'directory') break
    if (kind === 'link' && statSync(current).isDirectory()) break
    if (kind !== 'none') throw new OutputRefused(`${current} is not a folder`)
    missing.push(current)
    const parent = dirname(current)
    if (parent === current) break
    current = parent
  }
  for (const path of missing.reverse()) mkdirSync(path)
}

export function writeAtomic(path: string, content: string | Uint8Array): void {
  ensureFolder(dirname(path))
  checkReplaceable(path)
  const temporary = temporaryPath(path)
  pendingTemporaries.add(temporary)
  try {
    writeFileSync(temporary, content, { flag: 'wx' })
    // Checked again just before the rename: something may have been put there while we wrote.
    checkReplaceable(path)
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

/** `fd` with a close that may be called more than once (commit after a failed write, abort after commit). */
function closeOnce(fd: number): { readonly open: boolean; close: () => void } {
  const handle = {
    open: true,
    close: () => {
      if (handle.open) closeSync(fd)
      handle.open = false
    },
  }
  return handle
}

/** A file written piece by piece into a temporary next to it, renamed into place only when complete. */
export function openAtomic(path: string): AtomicFile {
  ensureFolder(dirname(path))
  checkReplaceable(path)
  const temporary = temporaryPath(path)
  pendingTemporaries.add(temporary)
  let fd: number
  try {
    fd = openSync(temporary, 'wx')
  } catch (error) {
    pendingTemporaries.delete(temporary)
    throw error
  }
  const { close } = closeOnce(fd)
  const remove = () => {
    close()
    rmSync(temporary, { force: true })
    pendingTemporaries.delete(temporary)
  }
  return {
    write(text) {
      if (text !== '') writeSync(fd, text)
    },
    commit() {
      try {
        close()
        checkReplaceable(path)
        renameSync(temporary, path)
        pendingTemporaries.delete(temporary)
      } catch (error) {
        remove()
        throw error
      }
    },
    abort: remove,
  }
}

/** Written straight to a device or pipe the user named (`-o /dev/stdout`, `-o >(gzip > x.gz)`): nothing to rename. */
function openThrough(path: string): AtomicFile {
  // A pipe with no reader would block the open for ever: fail at once instead.
  const probe = statSync(path).isFIFO() ? openSync(path, constants.O_WRONLY | constants.O_NONBLOCK) : null
  const fd = openSync(path, 'w')
  if (probe !== null) closeSync(probe)
  const handle = closeOnce(fd)
  const close = handle.close
  return {
    write(text) {
      if (text === '' || !handle.open) return
      try {
        writeSync(fd, text)
      } catch (error) {
        // A reader that stops early (`-o /dev/stdout | head`) is not an error of ours.
        if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error
        close()
      }
    },
    commit: close,
    abort: close,
  }
}

/**
 * The file a user named for a report (--output-file): a regular file is replaced atomically; a device or
 * pipe, even through a link (`/dev/stdout`), is written through; a link to anything else is refused.
 */
export function openOutput(path: string): AtomicFile {
  const kind = existing(path)
  if (kind === 'special') return openThrough(path)
  if (kind === 'link') {
    let target
    try {
      target = statSync(path)
    } catch {
      throw new OutputRefused(REFUSED.link)
    }
    if (!target.isFile() && !target.isDirectory()) return openThrough(path)
  }
  return openAtomic(path)
}

/** Why a write failed, for one line on stderr. */
export function describeWriteError(error: unknown): string {
  if (error instanceof OutputRefused) return error.message
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'permission denied (check that the folder is writable)'
  if (code === 'ENOENT') return 'no such folder, and it cannot be created here'
  if (code === 'ENXIO') return 'is a named pipe that nothing reads'
  if (code === 'ENOTDIR') return 'a part of the path is a file, not a folder'
  return error instanceof Error ? error.message : String(error)
}
