import type { LintResult, RuleMeta } from '../rules/types.js'

/** Everything a formatter may know besides the results. Formatters never read the process or the file system. */
export interface FormatContext {
  /** Absolute directory that reported paths are made relative to (the repository root in CI). */
  cwd: string
  /** Every known rule, enabled or not: SARIF lists them as driver rules. */
  rules: RuleMeta[]
  /** Emit ANSI colour (stylish only). The CLI decides from NO_COLOR / FORCE_COLOR / --no-color. */
  color: boolean
  toolVersion: string
}

/** A file torlint could not read or decode, and why ("no such file or directory"). */
export interface FileFailure {
  /** The path as the user gave it, or as found in a folder. */
  filePath: string
  message: string
}

/** A formatter is a pure function of its inputs: same results and context, same string. */
export type Formatter = (results: readonly LintResult[], context: FormatContext) => string

/**
 * The same report written file by file, so that a batch of thousands of files never holds all its
 * results: the CLI writes each piece as soon as the file is linted.
 */
export interface FormatSession {
  /** The output for one more file (often empty: a file without findings). */
  file(result: LintResult): string
  /**
   * The output for a file that could not be linted at all (missing, unreadable, not text): CI reads the
   * report, not standard error, so the failure must be in it.
   */
  failure(failure: FileFailure): string
  /** The rest of the output, once every file is in (a summary, closing brackets). */
  close(): string
}
export type StreamingFormatter = (context: FormatContext) => FormatSession

/** The whole-report formatter of a streaming one: the concatenation of its pieces. */
export function formatterOf(stream: StreamingFormatter): Formatter {
  return (results, context) => {
    const session = stream(context)
    let out = ''
    for (const result of results) out += session.file(result)
    return out + session.close()
  }
}

export const formatterNames = ['stylish', 'json', 'sarif', 'github', 'junit'] as const
export type FormatterName = (typeof formatterNames)[number]
