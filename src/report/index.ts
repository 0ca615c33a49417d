import { github, githubStream } from './github.js'
import { json, jsonStream } from './json.js'
import { junit, junitStream } from './junit.js'
import { sarif, sarifStream } from './sarif.js'
import { stylish, stylishStream } from './stylish.js'
import { formatterNames, type Formatter, type FormatterName, type StreamingFormatter } from './types.js'

export type { FileFailure, FormatContext, FormatSession, Formatter, FormatterName, StreamingFormatter } from './types.js'
export { formatterNames, formatterOf } from './types.js'

export const formatters: Record<FormatterName, Formatter> = { stylish, json, sarif, github, junit }
/** The same formatters, file by file (what the CLI uses). */
export const streamingFormatters: Record<FormatterName, StreamingFormatter> = { stylish: stylishStream, json: jsonStream, sarif: sarifStream, github: githubStream, junit: junitStream }

/** Thrown for a --format value that names no formatter; the message lists the valid ones. */
export class UnknownFormatterError extends Error {
  override readonly name = 'UnknownFormatterError'
  readonly formatterName: string
  readonly allowed: readonly FormatterName[] = formatterNames

  constructor(formatterName: string) {
    super(`Unknown formatter "${formatterName}". Use one of: ${formatterNames.join(', ')}.`)
    this.formatterName = formatterName
  }
}

export function isFormatterName(name: string): name is FormatterName {
  return (formatterNames as readonly string[]).includes(name)
}

export function getFormatter(name: string): Formatter {
  if (!isFormatterName(name)) throw new UnknownFormatterError(name)
  return formatters[name]
}

export function getStreamingFormatter(name: string): StreamingFormatter {
  if (!isFormatterName(name)) throw new UnknownFormatterError(name)
  return streamingFormatters[name]
}
