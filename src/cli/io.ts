// Reading inputs: every failure becomes a CliError that names the file and what is wrong.
import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { CliError } from './errors.js'
import { rawPath } from './raw-names.js'

export interface Input {
  /** The path as the user gave it; "-" for standard input. */
  path: string
  bytes: Uint8Array
}

/** Streams have no size to check first: `yes | torlint parse -` must end, so reading stops at the default --max-file-size. */
export const STREAM_LIMIT = 50 * 1048576

export async function readStdin(stdin: NodeJS.ReadableStream, limit = STREAM_LIMIT): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
    size += buffer.length
    if (size > limit) throw new StreamTooLarge(limit)
    chunks.push(buffer)
  }
  return Buffer.concat(chunks)
}

class StreamTooLarge extends Error {
  constructor(limit: number) {
    super(`gives more than ${limit / 1048576} MB; torlint reads at most that much from a stream`)
  }
}

/** Read a file (or "-", standard input); `shownAs` is the path the user typed, for messages. */
export async function readInput(path: string, stdin: NodeJS.ReadableStream, shownAs = path): Promise<Input> {
  if (path === '-') {
    try {
      return { path, bytes: await readStdin(stdin) }
    } catch (error) {
      throw new CliError(`<stdin>: ${describeFsError(error)}`)
    }
  }
  const raw = rawPath(path)
  const given = raw.fsPath
  path = raw.shown(shownAs)
  let info
  try {
    info = await stat(given)
  } catch (error) {
    throw new CliError(`${path}: ${describeFsError(error)}`)
  }
  if (info.isDirectory()) throw new CliError(`${path}: is a directory; give the files inside it, or use 'torlint lint ${path}' to walk it`)
  // A pipe (`torlint parse <(curl ...)`) is read up to the limit; a device such as /dev/zero never ends.
  if (!info.isFile() && !info.isFIFO()) throw new CliError(`${path}: is not a regular file (a device or socket): give a text file, or - for standard input`)
  try {
    return { path, bytes: info.isFIFO() ? await readStdin(createReadStream(given)) : await readFile(given) }
  } catch (error) {
    throw new CliError(`${path}: ${describeFsError(error)}`)
  }
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied (check that the file is readable)'
    case 'EISDIR':
      return 'is a directory'
    case 'ELOOP':
      return 'too many levels of symbolic links (a link loop?)'
    case 'ENAMETOOLONG':
      return 'file name too long'
    default:
      return error instanceof Error ? error.message : String(error)
  }
}
