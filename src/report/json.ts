import type { LintMessage, LintResult } from '../rules/types.js'
import { formatterOf, type StreamingFormatter } from './types.js'

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
      }),
    ),
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    infoCount: result.infoCount,
  }
}
