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

/** A formatter is a pure function of its inputs: same results and context, same string. */
export type Formatter = (results: readonly LintResult[], context: FormatContext) => string

export const formatterNames = ['stylish', 'json', 'sarif', 'github', 'junit'] as const
export type FormatterName = (typeof formatterNames)[number]
