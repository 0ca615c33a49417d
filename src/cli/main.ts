// Command-line entry: arguments to calls. Only this folder prints, picks exit codes or touches process.
import { Command, CommanderError } from 'commander'
import { CliError, EXIT } from './errors.js'
import { VERSION } from '../version.js'
import { mistypedCommand } from './unknown-command.js'
import type { Io } from './types.js'

function defaultIo(): Io {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env }
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value]
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
    .argument('[files...]', 'files to parse (.txt, .md, .markdown, .html, .htm, .docx, .pdf); "-" or none for standard input')
    .option('--ndjson', 'one JSON document per line')
    .option('--no-pretty', 'compact JSON')
    .action(async (files: string[], options) => {
      const { runParse } = await import('./parse-command.js')
      setExit(await runParse(files, options, io))
    })

  program
    .command('lint', { isDefault: true })
    .description('lint files, folders or globs (the default command: `torlint FILE` lints FILE)')
    .argument('[paths...]', 'files, folders (walked for .txt, .md, .markdown, .html, .htm, .docx, .pdf) or globs; "-" for standard input')
    .option('-f, --format <name>', 'stylish, json, sarif, github or junit', 'stylish')
    .option('-o, --output-file <path>', 'write the report to a file instead of standard output')
    .option('-q, --quiet', 'report errors only')
    .option('--max-warnings <n>', 'exit with 1 when there are more warnings than this')
    .option('--rule <id:severity>', 'set a rule, e.g. --rule placeholder:warn (repeatable)', collect, [])
    .option('-c, --config <path>', 'use this configuration file instead of searching for one')
    .option('--stdin-filename <path>', 'the path to report for standard input, and to find its configuration')
    .option('--ext <extensions...>', 'file extensions to take from folders (default: .txt .md .markdown .html .htm .docx .pdf)')
    .option('-j, --jobs <n>', 'worker threads (default: the number of cores; 1 runs in this thread)')
    .option('--cache', 'reuse the results of files that did not change')
    .option('--cache-location <path>', 'the cache file, or a folder (or a path ending with /) to keep .torlintcache in', '.torlintcache')
    .option('--max-file-size <mb>', 'files larger than this many megabytes are an error for that file')
    .option('--fix', 'apply the fixes of fixable findings to .md, .markdown and .txt files, then report what remains')
    .option('--fix-dry-run', 'apply the fixes in memory: the fixed text in the report (json: "output"; stylish: before the findings), no file written')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour (NO_COLOR and FORCE_COLOR are honoured too)')
    .action(async (paths: string[], options) => {
      const { runLint } = await import('./lint-command.js')
      setExit(await runLint(paths, options, io))
    })

  program
    .command('convert')
    .description('write the extracted document of every file as JSON, one file per input, or NDJSON')
    .argument('[paths...]', 'files, folders (walked for .txt, .md, .markdown, .html, .htm, .docx, .pdf) or globs')
    .option('-d, --out-dir <dir>', 'folder for the .json files (mirrors the inputs\' relative paths)')
    .option('-f, --format <format>', 'json (one file per input), ndjson (one line per document), or jsonld (schema.org JobPosting: one .jsonld file per input with --out-dir, else one per line)', 'json')
    .option('-o, --output-file <path>', 'with --format ndjson or jsonld without --out-dir: write here instead of standard output')
    .option('-j, --jobs <n>', 'worker threads (default: the number of cores; 1 runs in this thread)')
    .option('--rule <id:severity>', 'set a rule for the findings counted in the summary (repeatable)', collect, [])
    .option('-c, --config <path>', 'use this configuration file instead of searching for one')
    .option('--ext <extensions...>', 'file extensions to take from folders (default: .txt .md .markdown .html .htm .docx .pdf)')
    .option('--max-file-size <mb>', 'files larger than this many megabytes are an error for that file')
    .option('-q, --quiet', 'no progress bar')
    .action(async (paths: string[], options) => {
      const { runConvert } = await import('./convert-command.js')
      setExit(await runConvert(paths, options, io))
    })

  program
    .command('format')
    .description('print a document as canonical Markdown in the house layout (--write: replace the files)')
    .argument('[files...]', 'files to format (.txt, .md, .markdown, .html, .htm, .docx, .pdf); "-" or none for standard input')
    .option('-w, --write', 'replace each file with its formatted Markdown, only if that reads back the same')
    .option('--keep-labels', "keep the source's list numbers and letters instead of the house numbering")
    .option('-c, --config <path>', 'use this configuration file instead of searching for one')
    .action(async (files: string[], options) => {
      const { runFormat } = await import('./format-command.js')
      setExit(await runFormat(files, options, io))
    })

  program
    .command('rules')
    .description('list every rule with its default severity and description')
    .option('--json', 'as JSON')
    .option('--markdown', 'as the Markdown of docs/rules.md')
    .action(async (options: { json?: boolean; markdown?: boolean }) => {
      const { formatRuleList } = await import('./rules-command.js')
      io.stdout.write(formatRuleList(Boolean(options.json), Boolean(options.markdown)))
      setExit(EXIT.ok)
    })

  program
    .command('serve')
    .description('serve the page (check a notice in the browser; nothing is uploaded) on 127.0.0.1 until Ctrl-C')
    .option('-p, --port <n>', 'the port (default 4700; 0: any free one)')
    .option('--open', "open the page in the system's browser")
    .action(async (options: { port?: string; open?: boolean }) => {
      const { runServe } = await import('./serve-command.js')
      setExit(await runServe(options, io))
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

/** The first word after the global options, where a command name goes. */
function commandWord(args: readonly string[]): string | undefined {
  const globals = new Set(['--debug'])
  return args.find((arg) => !globals.has(arg))
}

function rejectMistypedCommand(program: Command, args: readonly string[], cwd: string): void {
  // `help` is commander's own command; the others are ours.
  const names = [...program.commands.map((command) => command.name()), 'help']
  const word = commandWord(args)
  const meant = mistypedCommand(word, names, cwd)
  if (meant) throw new CliError(`unknown command '${word}' (did you mean '${meant}'?)`, EXIT.usage)
}

export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  const { setWorkerEntry } = await import('./pool.js')
  setWorkerEntry(new URL('./worker.js', import.meta.url))
  let exitCode: number = EXIT.ok
  const program = buildProgram(io, (code) => {
    exitCode = code
  })
  try {
    rejectMistypedCommand(program, argv.slice(2), io.cwd)
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
