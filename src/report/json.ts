import type { LintMessage, LintResult } from '../rules/types.js'
import { formatterOf, type FileFailure, type StreamingFormatter } from './types.js'

/**
 * The machine contract: one object per file. Fields are copied explicitly so that nothing
 * beyond the documented shape (extra properties an engine might attach) leaks into the output.
 */
export const jsonStream: StreamingFormatter = () => {
  let first = true
  return {
    file(result) {
      const piece = `${first ? '[' : ','}${JSON.stringify(toContract(result))}`
      first = false
      return piece
    },
    // As ESLint reports a file it could not parse: one message with no rule, marked fatal.
    failure(failure) {
      const piece = `${first ? '[' : ','}${JSON.stringify(fatalResult(failure))}`
      first = false
      return piece
    },
    close: () => (first ? '[]' : ']'),
  }
}

export const json = formatterOf(jsonStream)

function toContract(result: LintResult): LintResult {
  return {
    filePath: result.filePath,
    messages: result.messages.map(
      (m): LintMessage => ({
        ruleId: m.ruleId,
        severity: m.severity,
        message: m.message,
        line: m.line,
        column: m.column,
        endLine: m.endLine,
        endColumn: m.endColumn,
        ...(m.page === undefined ? {} : { page: m.page }),
        ...(m.pageLine === undefined ? {} : { pageLine: m.pageLine }),
        ...(m.paragraph === undefined ? {} : { paragraph: m.paragraph }),
        ...(m.fix === undefined ? {} : { fix: { range: [m.fix.range[0], m.fix.range[1]], text: m.fix.text } }),
      }),
    ),
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    infoCount: result.infoCount,
    ...(result.output === undefined ? {} : { output: result.output }),
  }
}

/** A file that could not be read, in the shape of a result: `ruleId: null` and `fatal: true`, as ESLint writes it. */
function fatalResult(failure: FileFailure): object {
  return {
    filePath: failure.filePath,
    messages: [{ ruleId: null, fatal: true, severity: 'error', message: failure.message, line: 1, column: 1, endLine: 1, endColumn: 1 }],
    errorCount: 1,
    warningCount: 0,
    infoCount: 0,
  }
}
