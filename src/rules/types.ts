import { z } from 'zod'

/** Severity as configured; `off` disables a rule. */
export const severitySchema = z.enum(['off', 'info', 'warn', 'error'])
export type Severity = z.infer<typeof severitySchema>

/** Severity as reported in results (ESLint-style names). */
export type ReportedSeverity = 'error' | 'warning' | 'info'

export interface LintMessage {
  ruleId: string
  severity: ReportedSeverity
  message: string
  line: number
  column: number
  endLine: number
  endColumn: number
  /** PDF only: the page and the printed line on it where `line` is (line and column count in the extracted text). */
  page?: number
  pageLine?: number
  /** Word only: the paragraph `line` is in (line and column count in the HTML made of the document). */
  paragraph?: number
}

export interface LintResult {
  filePath: string
  messages: LintMessage[]
  errorCount: number
  warningCount: number
  infoCount: number
}

/** What a formatter needs to know about a rule (SARIF driver rules, docs). */
export interface RuleMeta {
  id: string
  description: string
  severity: Severity
  /** Longer help text in Markdown: why the rule exists and how to fix a finding. */
  help: string
  docsUrl?: string
}
