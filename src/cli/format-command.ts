// `torlint format`: print a document as canonical Markdown, or with --write replace each file with it.
// A file is replaced only when its formatted text parses back to the same ToR: formatting never loses
// what the document says.
import { realpathSync } from 'node:fs'
import { resolve } from 'node:path'
import { InputError } from '../ingest/decode.js'
import { formatFromPath } from '../ingest/index.js'
import { CliError, EXIT } from './errors.js'
import { readInput } from './io.js'
import type { Io } from './types.js'
import { createFileProcessor } from './process-file.js'
import { writeAtomic } from './write.js'

export interface FormatCommandOptions {
  write?: boolean
  keepLabels?: boolean
  config?: string
}

/** A path that is a symbolic link is formatted where it points, so the link stays a link. */
function target(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return path
  }
}

/** "line 12 (\"Swahili\", \"asset\"), line 14 (\"Nairobi\")", the first few lines only. */
function describeLost(missing: { line: number; word: string }[]): string {
  const byLine = new Map<number, string[]>()
  for (const { line, word } of missing) byLine.set(line, [...(byLine.get(line) ?? []), word])
  const shown = [...byLine].slice(0, 5).map(([line, words]) => `line ${line} (${words.slice(0, 4).map((word) => `"${word}"`).join(', ')}${words.length > 4 ? ', …' : ''})`)
  return `${shown.join(', ')}${byLine.size > 5 ? ` and ${byLine.size - 5} more lines` : ''}`
}

export async function runFormat(files: string[], options: FormatCommandOptions, io: Io): Promise<number> {
  if (files.length === 0) files = ['-']
  if (options.write && files.includes('-')) throw new CliError('--write replaces files in place: give the files, not standard input')
  if (!options.write && files.length > 1) throw new CliError('give one file to print, or --write to format several files in place')
  const { parse, parseAsync } = await import('../document/index.js')
  const { renderMarkdown, roundTripDifferences, lostWords } = await import('../format/index.js')
  const labels = options.keepLabels ? 'source' : 'house'
  const configs = createFileProcessor({ cwd: io.cwd, configPath: options.config, cliRules: {}, keepDocument: false, maxFileSize: Number.POSITIVE_INFINITY })
  let exitCode: number = EXIT.ok
  let formatted = 0
  let unchanged = 0
  for (const path of files) {
    const stdin = path === '-'
    try {
      // Markdown written over a Word, PDF or HTML file would destroy it: those are printed, not rewritten.
      if (options.write && !stdin && !['text', 'markdown'].includes(formatFromPath(path))) throw new CliError(`${path}: --write only rewrites .txt and .md files; print this one and save the Markdown beside it`)
      const input = await readInput(stdin ? '-' : resolve(io.cwd, path), io.stdin, path)
      // The domain tables of the file's configuration: the heading words it adds must read the same twice.
      const config = await configs.configOnly(stdin ? resolve(io.cwd, 'stdin.md') : path)
      if (!config.ok) throw new CliError(config.reason)
      const data = config.config.data
      const source = await parseAsync(input.bytes, { path: stdin ? null : path, data })
      const original = source.tor
      const markdown = renderMarkdown(original, { data, labels, source: source.segmented })
      const lost = roundTripDifferences(original, parse(markdown, { path: 'formatted.md', data }).tor, labels)
      // Every word of the source must be in the output (markup, numbering and whitespace aside).
      const missing = lostWords(source.segmented, markdown)
      const shown = stdin ? '<stdin>' : path
      // The layout holds what the ToR holds; a file with none of it would be emptied, not formatted.
      if (markdown.trim() === '') {
        io.stderr.write(`torlint: ${shown}: nothing to format: no title, position field or ToR section was found${options.write ? '; not written' : ''}\n`)
        exitCode = Math.max(exitCode, EXIT.problems)
        continue
      }
      if (!options.write) {
        io.stdout.write(markdown)
        if (missing.length > 0) {
          io.stderr.write(`torlint: ${shown}: the formatted document loses words of ${describeLost(missing)} (please report it)\n`)
          exitCode = Math.max(exitCode, EXIT.problems)
        }
        if (lost.length > 0) {
          io.stderr.write(`torlint: ${shown}: the formatted document reads differently in ${lost.join(', ')} (please report it)\n`)
          exitCode = Math.max(exitCode, EXIT.problems)
        }
        continue
      }
      if (lost.length > 0) {
        io.stderr.write(`torlint: ${shown}: not written: the formatted document would read differently in ${lost.join(', ')} (please report it)\n`)
        exitCode = Math.max(exitCode, EXIT.problems)
        continue
      }
      if (missing.length > 0) {
        io.stderr.write(`torlint: ${shown}: not written: the formatted document would lose words of ${describeLost(missing)} (please report it)\n`)
        exitCode = Math.max(exitCode, EXIT.problems)
        continue
      }
      if (Buffer.from(markdown).equals(Buffer.from(input.bytes))) {
        unchanged++
        continue
      }
      try {
        writeAtomic(target(resolve(io.cwd, path)), markdown)
      } catch (error) {
        throw new CliError(`${path}: cannot write: ${(error as Error).message}`)
      }
      formatted++
    } catch (error) {
      if (!(error instanceof CliError || error instanceof InputError)) throw error
      // One bad file is reported and the others are still formatted.
      io.stderr.write(`torlint: ${error.message}\n`)
      exitCode = EXIT.usage
    }
  }
  if (options.write) io.stderr.write(`torlint: ${files.length} files, ${formatted} formatted, ${unchanged} unchanged\n`)
  return exitCode
}
