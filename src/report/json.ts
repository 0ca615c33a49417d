import type { LintMessage, LintResult } from '../rules/types.js'
import type { Formatter } from './types.js'

/**
 * The machine contract: one object per file. Fields are copied explicitly so that nothing
 * beyond the documented shape (extra properties an engine might attach) leaks into the output.
 */
export const json: Formatter = (results) => JSON.stringify(results.map(toContract))

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
      }),
    ),
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    infoCount: result.infoCount,
  }
}
