import path from 'node:path'
import type { LintResult, RuleMeta } from '../../src/rules/types.js'
import type { FormatContext } from '../../src/report/types.js'

/** A made-up repository root; formatters never touch the file system, so it need not exist. */
export const cwd = path.resolve('/repo/project')

/** The awkward message: every character some format has to escape, plus non-ASCII. */
export const nastyMessage = 'Fee: 5,000 USD (100%)\nnot <b> & "quoted" \'x\' — café ✓'

export const rules: RuleMeta[] = [
  {
    id: 'required-section',
    description: 'Require the sections every ToR needs',
    severity: 'error',
    help: 'A ToR without **Deliverables** cannot be evaluated.\n\nAdd a `## Deliverables` heading. See [the guide](https://example.org/guide).',
    docsUrl: 'https://example.org/rules/required-section',
  },
  {
    id: 'date-format',
    description: 'Dates should be unambiguous.',
    severity: 'warn',
    help: 'Write dates as `2025-03-01` or `1 March 2025`.',
  },
  {
    id: 'plain-language',
    description: 'Prefer plain words',
    severity: 'info',
    help: '',
  },
  {
    id: 'deprecated-rule',
    description: 'Never on by default',
    severity: 'off',
    help: 'Kept for old configs.',
  },
]

export const results: LintResult[] = [
  {
    filePath: path.join(cwd, 'docs', 'tor one.md'),
    messages: [
      {
        ruleId: 'required-section',
        severity: 'error',
        message: 'Missing section "Deliverables".',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 12,
      },
      {
        ruleId: 'date-format',
        severity: 'warning',
        message: nastyMessage,
        line: 12,
        column: 14,
        endLine: 13,
        endColumn: 3,
      },
      {
        ruleId: 'plain-language',
        severity: 'info',
        message: 'Say "use" instead of "utilise".',
        line: 104,
        column: 7,
        endLine: 104,
        endColumn: 15,
      },
    ],
    errorCount: 1,
    warningCount: 1,
    infoCount: 1,
  },
  {
    filePath: path.join(cwd, 'clean.md'),
    messages: [],
    errorCount: 0,
    warningCount: 0,
    infoCount: 0,
  },
  {
    filePath: path.join(cwd, 'vacancy.md'),
    messages: [
      {
        ruleId: 'required-section',
        severity: 'error',
        message: 'Missing section "Deliverables".',
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 5,
      },
      {
        ruleId: 'required-section',
        severity: 'error',
        message: 'Missing section "Deliverables".',
        line: 9,
        column: 1,
        endLine: 9,
        endColumn: 5,
      },
    ],
    errorCount: 2,
    warningCount: 0,
    infoCount: 0,
  },
]

export function context(overrides: Partial<FormatContext> = {}): FormatContext {
  return { cwd, rules, color: false, toolVersion: '0.1.0', ...overrides }
}
