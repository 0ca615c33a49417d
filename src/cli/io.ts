// Reading inputs: every failure becomes a CliError that names the file and what is wrong.
import { readFile, stat } from 'node:fs/promises'
import { CliError } from './errors.js'

export interface Input {
  /** The path as the user gave it; "-" for standard input. */
  path: string
  bytes: Uint8Array
}

export async function readStdin(stdin: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  return Buffer.concat(chunks)
}

/** Read a file (or "-", standard input); `shownAs` is the path the user typed, for messages. */
export async function readInput(path: string, stdin: NodeJS.ReadableStream, shownAs = path): Promise<Input> {
  if (path === '-') return { path, bytes: await readStdin(stdin) }
  const given = path
  path = shownAs
  let info
  try {
    info = await stat(given)
  } catch (error) {
    throw new CliError(`${path}: ${describeFsError(error)}`)
  }
  if (info.isDirectory()) throw new CliError(`${path}: is a directory; give the files inside it, or use 'torlint lint ${path}' to walk it`)
  try {
    return { path, bytes: await readFile(given) }
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
