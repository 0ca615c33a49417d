// Errors the CLI turns into one line on stderr and exit code 2. Nothing else reaches the user as a trace.
export class CliError extends Error {
  readonly exitCode: number
  constructor(message: string, exitCode = 2) {
    super(message)
    this.name = 'CliError'
    this.exitCode = exitCode
  }
}

export const EXIT = {
  ok: 0,
  /** Lint errors found, or some files of a batch failed to convert. */
  problems: 1,
  /** Usage, configuration or input/output error. */
  usage: 2,
} as const
