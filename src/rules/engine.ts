// Run the configured rules over a parsed document, honour inline disable comments, and count results.
import type { DomainData } from '../data/index.js'
import type { ParsedDocument } from '../document/index.js'
import type { AnyRule, Span } from './define.js'
import { isEmptyDocument } from './empty-document.js'
import { describeZodIssue } from '../zod-issues.js'
import { fixOf } from './fixes.js'
import type { LintMessage, LintResult, ReportedSeverity, Severity } from './types.js'

export interface RuleSetting {
  severity: Severity
  options: unknown
}

const REPORTED: Record<Exclude<Severity, 'off'>, ReportedSeverity> = { error: 'error', warn: 'warning', info: 'info' }
const ADVISORY: Record<Exclude<Severity, 'off'>, Exclude<Severity, 'off'>> = { error: 'warn', warn: 'info', info: 'info' }

export class RuleOptionsError extends Error {
  constructor(readonly ruleId: string, detail: string) {
    super(`invalid options for rule "${ruleId}": ${detail}`)
    this.name = 'RuleOptionsError'
  }
}

/** Parse a rule's options with its schema (defaults filled in); a typed error names the rule. */
export function ruleOptions(rule: AnyRule, raw: unknown): unknown {
  const parsed = rule.options.safeParse(raw ?? {})
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    if (!issue) throw new RuleOptionsError(rule.id, 'not valid')
    const detail = describeZodIssue(rule.options, issue)
    // An issue on the options object itself has no key to name.
    throw new RuleOptionsError(rule.id, detail.startsWith('(top level): ') ? detail.slice('(top level): '.length) : detail.replace(/ at \(top level\);/, ';'))
  }
  return parsed.data
}

interface Directive {
  line: number
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line'
  rules: string[] | null
}

const DIRECTIVE = /<!--\s*torlint-(disable-next-line|disable-line|disable|enable)\b([^>]*?)\s*-->/g

/** `<!-- torlint-disable rule-a rule-b -->`, `<!-- torlint-enable -->`, `<!-- torlint-disable-next-line -->`. */
export function readDirectives(lines: string[]): Directive[] {
  const directives: Directive[] = []
  lines.forEach((text, index) => {
    if (!text.includes('torlint-')) return
    for (const match of text.matchAll(DIRECTIVE)) {
      const ids = match[2]!.split(/[\s,]+/).filter(Boolean)
      directives.push({ line: index + 1, kind: match[1] as Directive['kind'], rules: ids.length > 0 ? ids : null })
    }
  })
  return directives
}

function isSuppressed(directives: Directive[], ruleId: string, line: number): boolean {
  let disabled = false
  for (const directive of directives) {
    const applies = directive.rules === null || directive.rules.includes(ruleId)
    if (!applies) continue
    if (directive.kind === 'disable-next-line' && directive.line + 1 === line) return true
    if (directive.kind === 'disable-line' && directive.line === line) return true
    if (directive.line > line) continue
    if (directive.kind === 'disable') disabled = true
    else if (directive.kind === 'enable') disabled = false
  }
  return disabled
}

export function clampSpan(doc: ParsedDocument, at: Span): Required<Span> {
  const lineCount = Math.max(1, doc.lines.length)
  const line = Math.min(Math.max(1, at.line), lineCount)
  const lineLength = (doc.lines[line - 1] ?? '').length
  const column = Math.min(Math.max(1, at.column), lineLength + 1)
  const endLine = Math.min(Math.max(line, at.endLine ?? line), lineCount)
  const endLength = (doc.lines[endLine - 1] ?? '').length
  const defaultEnd = endLine === line ? lineLength + 1 : endLength + 1
  let endColumn = Math.min(Math.max(1, at.endColumn ?? defaultEnd), endLength + 1)
  if (endLine === line && endColumn < column) endColumn = column
  return { line, column, endLine, endColumn }
}

export interface RunOptions {
  rules: readonly AnyRule[]
  settings: ReadonlyMap<string, RuleSetting>
  data: DomainData
  filePath: string
}

export function runRules(doc: ParsedDocument, options: RunOptions): LintResult {
  const directives = readDirectives(doc.lines)
  const messages: LintMessage[] = []
  const empty = isEmptyDocument(doc.source.text)
  for (const rule of options.rules) {
    if (empty && !rule.whenEmpty) continue
    const setting = options.settings.get(rule.id)
    const severity = setting?.severity ?? rule.severity
    if (severity === 'off') continue
    const ruleOptionsValue = setting ? setting.options : ruleOptions(rule, undefined)
    rule.check({
      doc,
      options: ruleOptionsValue,
      data: options.data,
      report: (at, message, reportOptions) => {
        const span = clampSpan(doc, at)
        if (isSuppressed(directives, rule.id, span.line)) return
        const level = reportOptions?.advisory ? ADVISORY[severity] : severity
        // Only a rule that says it is fixable gives fixes: `torlint rules` and the docs list those.
        const fix = reportOptions?.fix && rule.fixable ? { fix: fixOf(doc, span, reportOptions.fix) } : {}
        messages.push({ ruleId: rule.id, severity: REPORTED[level], message, ...span, ...fix })
      },
    })
  }
  messages.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message))
  return summarize(options.filePath, messages)
}

export function summarize(filePath: string, messages: LintMessage[]): LintResult {
  let errorCount = 0
  let warningCount = 0
  let infoCount = 0
  for (const message of messages) {
    if (message.severity === 'error') errorCount++
    else if (message.severity === 'warning') warningCount++
    else infoCount++
  }
  return { filePath, messages, errorCount, warningCount, infoCount }
}
