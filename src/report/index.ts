import { github } from './github.js'
import { json } from './json.js'
import { junit } from './junit.js'
import { sarif } from './sarif.js'
import { stylish } from './stylish.js'
import { formatterNames, type Formatter, type FormatterName } from './types.js'

export type { FormatContext, Formatter, FormatterName } from './types.js'
export { formatterNames } from './types.js'

export const formatters: Record<FormatterName, Formatter> = { stylish, json, sarif, github, junit }

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
