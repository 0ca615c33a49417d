// `torlint parse`: print the typed ToR of each input as JSON.
import { resolve } from 'node:path'
import { parseAsync } from '../document/index.js'
import { InputError } from '../ingest/decode.js'
import { CliError, EXIT } from './errors.js'
import { readInput } from './io.js'
import type { Io } from './types.js'

export interface ParseCommandOptions {
  ndjson?: boolean
  pretty?: boolean
}

export async function runParse(files: string[], options: ParseCommandOptions, io: Io): Promise<number> {
  if (files.length === 0) files = ['-']
  let exitCode: number = EXIT.ok
  const results: unknown[] = []
  const indent = options.pretty === false ? undefined : 2
  for (const path of files) {
    try {
      const input = await readInput(path === '-' ? path : resolve(io.cwd, path), io.stdin, path)
      const { tor } = await parseAsync(input.bytes, { path: path === '-' ? null : path })
      if (options.ndjson) io.stdout.write(`${JSON.stringify(tor)}\n`)
      else results.push(tor)
    } catch (error) {
      if (!(error instanceof CliError || error instanceof InputError)) throw error
      // One bad file is reported and the others are still parsed.
      io.stderr.write(`torlint: ${error.message}\n`)
      exitCode = EXIT.usage
    }
  }
  if (!options.ndjson && results.length > 0) {
    const value = files.length === 1 ? results[0] : results
    io.stdout.write(`${JSON.stringify(value, null, options.ndjson ? undefined : indent)}\n`)
  }
  return exitCode
}
