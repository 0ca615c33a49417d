import { z } from 'zod'

/** Severity as configured; `off` disables a rule. */
export const severitySchema = z.enum(['off', 'info', 'warn', 'error'])
export type Severity = z.infer<typeof severitySchema>

/** Severity as reported in results (ESLint-style names). */
export const reportedSeveritySchema = z.enum(['error', 'warning', 'info'])
export type ReportedSeverity = z.infer<typeof reportedSeveritySchema>

const count = z.number().int().nonnegative()

/**
 * One mechanical correction, as ESLint gives it: replace `text.slice(range[0], range[1])` with `text`.
 * Offsets are 0-based UTF-16 code units into the text that was linted (see `applyFixes`).
 */
export const fixSchema = z.object({
  range: z.tuple([count, count]).refine(([start, end]) => start <= end, { message: 'the range ends before it starts' }),
  text: z.string(),
})
export type Fix = z.infer<typeof fixSchema>

export const lintMessageSchema = z.object({
  ruleId: z.string(),
  severity: reportedSeveritySchema,
  message: z.string(),
  line: count,
  column: count,
  endLine: count,
  endColumn: count,
  /** PDF only: the page and the printed line on it where `line` is (line and column count in the extracted text). */
  page: count.optional(),
  pageLine: count.optional(),
  /** Word only: the paragraph `line` is in (line and column count in the HTML made of the document). */
  paragraph: count.optional(),
  /** The finding's one mechanical correction, when it has one (`torlint lint --fix` applies it). */
  fix: fixSchema.optional(),
})
export type LintMessage = z.infer<typeof lintMessageSchema>

/** A file's findings; the counts are those of its messages (checked where results are read back, e.g. the cache). */
export const lintResultSchema = z
  .object({
    filePath: z.string(),
    messages: z.array(lintMessageSchema),
    errorCount: count,
    warningCount: count,
    infoCount: count,
    /** With `--fix-dry-run`: the text once the fixes are applied, when they change it (as ESLint reports it). */
    output: z.string().optional(),
  })
  .refine((result) => (['error', 'warning', 'info'] as const).every((severity, index) => [result.errorCount, result.warningCount, result.infoCount][index] === result.messages.filter((message) => message.severity === severity).length), {
    message: 'the counts do not match the messages',
  })
export type LintResult = z.infer<typeof lintResultSchema>

/** What a formatter needs to know about a rule (SARIF driver rules, docs). */
export interface RuleMeta {
  id: string
  description: string
  severity: Severity
  /** Longer help text in Markdown: why the rule exists and how to fix a finding. */
  help: string
  docsUrl?: string
}
