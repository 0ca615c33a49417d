// Command-line entry: arguments to calls. Only this folder prints, picks exit codes or touches process.
import { Command, CommanderError } from 'commander'
import { CliError, EXIT } from './errors.js'
import { VERSION } from '../version.js'

export interface Io {
  stdin: NodeJS.ReadableStream
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream
  cwd: string
  env: NodeJS.ProcessEnv
}

function defaultIo(): Io {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env }
}

export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command()
  program
    .name('torlint')
    .description('Parse Terms of Reference and vacancy notices into typed JSON, and lint them.')
    .version(VERSION, '-v, --version')
    .option('--debug', 'show stack traces for unexpected errors')
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) })
    .showHelpAfterError('(run torlint --help for usage)')

  program
    .command('parse')
    .description('print the extracted document of each file as JSON (several files: an array)')
    .argument('[files...]', 'files to parse (.txt, .md, .markdown); "-" or none for standard input')
    .option('--ndjson', 'one JSON document per line')
    .option('--no-pretty', 'compact JSON')
    .action(async (files: string[], options) => {
      const { runParse } = await import('./parse-command.js')
      setExit(await runParse(files, options, io))
    })

  program
    .command('schema')
    .description('print the JSON Schema of the parse output')
    .action(async () => {
      const { torJsonSchema } = await import('../schema.js')
      io.stdout.write(`${JSON.stringify(torJsonSchema(), null, 2)}\n`)
      setExit(EXIT.ok)
    })

  return program
}

export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  let exitCode: number = EXIT.ok
  const program = buildProgram(io, (code) => {
    exitCode = code
  })
  try {
    await program.parseAsync(argv)
    return exitCode
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage
    }
    if (error instanceof CliError) {
      io.stderr.write(`torlint: ${error.message}\n`)
      return error.exitCode
    }
    const debug = argv.includes('--debug')
    const message = error instanceof Error ? error.message : String(error)
    io.stderr.write(`torlint: internal error: ${message}\n`)
    if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`)
    else io.stderr.write('torlint: run again with --debug for details, and please report it\n')
    return EXIT.usage
  }
}
