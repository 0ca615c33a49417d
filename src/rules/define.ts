// What a rule is: its identity, documentation, options schema, examples and check, in one object.
// `torlint rules`, docs/rules.md and the shared example test all read these objects.
import type { z } from 'zod'
import type { DomainData } from '../data/index.js'
import type { ParsedDocument } from '../document/index.js'
import type { Severity } from './types.js'

export interface Span {
  line: number
  column: number
  endLine?: number
  endColumn?: number
}

export interface RuleExample {
  /** A small document. */
  text: string
  format?: 'text' | 'markdown'
  /** Rule options for this example; the rule's defaults otherwise. */
  options?: unknown
  /** Exact findings as `line:column message`, in order. Empty or absent for a good example. */
  messages?: string[]
  /**
   * A fixable rule's bad example: the text once its fixes are applied (and the rule run again until
   * nothing more applies), as ESLint's RuleTester `output`. Absent: the findings have no fix.
   */
  output?: string
}

/**
 * A finding's one mechanical correction: replace the text of `at` (the finding's own span when absent)
 * with `text`. `at` ends where the replaced text ends (endLine and endColumn, exclusive); a column one past
 * the line's end takes in its line break.
 */
export interface FixEdit {
  at?: Span
  text: string
}

export interface RuleContext<Options> {
  doc: ParsedDocument
  options: Options
  data: DomainData
  /**
   * Report a finding at a source position: the message says what is wrong and what to change. An
   * advisory finding (something recommended rather than required) is reported one level below the
   * rule's configured severity: error → warning, warn → info.
   */
  report: (at: Span, message: string, options?: { advisory?: boolean; fix?: FixEdit }) => void
}

export interface Rule<Options = unknown> {
  /** Stable id, kebab-case: never renamed once released. */
  id: string
  severity: Exclude<Severity, 'off'>
  /** One line, shown by `torlint rules`. */
  description: string
  /** Why the rule exists and how to fix a finding, in Markdown. */
  help: string
  tags: string[]
  options: z.ZodType<Options>
  examples: { bad: RuleExample[]; good: RuleExample[] }
  /**
   * Some findings carry a fix (`torlint lint --fix`). Only a correction that is certain is given: a wrong
   * automatic rewrite is worse than none.
   */
  fixable?: boolean
  /**
   * Runs on a document without any text. Every other rule is skipped there: an empty file is reported
   * once, not as every field and section it lacks.
   */
  whenEmpty?: boolean
  check: (context: RuleContext<Options>) => void
}

export type AnyRule = Rule<any>

export function defineRule<Options>(rule: Rule<Options>): Rule<Options> {
  return rule
}

/** Locate a substring on a source line (1-based line), for findings that point inside a block. */
export function spanOf(doc: ParsedDocument, line: number, needle: string, fromColumn = 1): Span | null {
  const text = doc.lines[line - 1]
  if (text === undefined) return null
  const index = text.toLowerCase().indexOf(needle.toLowerCase(), Math.max(0, fromColumn - 1))
  if (index < 0) return null
  return { line, column: index + 1, endLine: line, endColumn: index + 1 + needle.length }
}

/** Find a substring in the lines of a block (from its first line to its last). */
export function findInLines(doc: ParsedDocument, startLine: number, endLine: number, needle: string, fromColumn = 1): Span | null {
  for (let line = startLine; line <= endLine; line++) {
    const found = spanOf(doc, line, needle, line === startLine ? fromColumn : 1)
    if (found) return found
  }
  return null
}
