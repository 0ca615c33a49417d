import { Chalk, type ChalkInstance } from 'chalk'
import type { LintMessage } from '../rules/types.js'
import { countMessages } from './counts.js'
import { placeLabel } from './place.js'
import { relativePath } from './paths.js'
import { formatterOf, type StreamingFormatter } from './types.js'

/**
 * Human output in the ESLint "stylish" layout:
 *
 *   path/to/file.md
 *     3:1   error    Message  rule-id
 *    12:14  warning  Message  rule-id
 *
 *   ✖ 2 problems (1 error, 1 warning, 0 infos)
 *
 * Columns are aligned per file on the uncoloured text; colour is added afterwards so escape
 * codes never count towards widths.
 */
export const stylishStream: StreamingFormatter = (context) => {
  // A private instance: the global one would auto-detect colour from the process.
  const chalk = new Chalk({ level: context.color ? 1 : 0 })
  const total = { errors: 0, warnings: 0, infos: 0 }
  let fixable = 0
  return {
    file(result) {
      if (result.messages.length === 0) return ''
      for (const message of result.messages) if (message.fix !== undefined) fixable++
      const counts = countMessages(result.messages)
      total.errors += counts.errors
      total.warnings += counts.warnings
      total.infos += counts.infos
      return `${chalk.underline(printable(relativePath(result.filePath, context.cwd)))}\n${table(result.messages, chalk)}\n`
    },
    // The terminal already has the failure on standard error, and a human reads both.
    failure: () => '',
    close() {
      const problems = total.errors + total.warnings + total.infos
      if (problems === 0) return ''
      const summaryColor = total.errors > 0 ? chalk.red : total.warnings > 0 ? chalk.yellow : chalk.blue
      const summary =
        `\u2716 ${plural(problems, 'problem')} ` +
        `(${plural(total.errors, 'error')}, ${plural(total.warnings, 'warning')}, ${plural(total.infos, 'info')})`
      // As ESLint says it: the reader learns that part of the work can be done for them.
      const fixes = fixable === 0 ? '' : `  ${fixable === problems ? (problems === 1 ? 'It is' : 'All are') : `${fixable} of them ${fixable === 1 ? 'is' : 'are'}`} fixable with the \`--fix\` option.\n`
      return `${summaryColor.bold(summary)}\n${summaryColor.bold(fixes)}`
    },
  }
}

export const stylish = formatterOf(stylishStream)

interface Row {
  /** `page 3, line 12` or `paragraph 41` for a PDF or Word file, in place of line:column. */
  place: string | null
  line: string
  column: string
  severity: LintMessage['severity']
  message: string
  ruleId: string
}

function table(messages: readonly LintMessage[], chalk: ChalkInstance): string {
  const rows: Row[] = messages.map((m) => ({
    place: placeLabel(m),
    line: String(m.line),
    column: String(m.column),
    severity: m.severity,
    message: printable(cleanMessage(m.message)),
    ruleId: printable(m.ruleId),
  }))
  const lineWidth = Math.max(0, ...rows.filter((r) => r.place === null).map((r) => width(r.line)))
  // "line:column" is one cell: lines right-aligned so the colons line up, columns padded after.
  const positionOf = (r: Row) => r.place ?? `${' '.repeat(lineWidth - width(r.line))}${r.line}:${r.column}`
  const positionWidth = Math.max(...rows.map((r) => width(positionOf(r))))
  const severityWidth = Math.max(...rows.map((r) => width(r.severity)))
  const messageWidth = Math.max(...rows.map((r) => width(r.message)))

  let out = ''
  for (const r of rows) {
    const position = positionOf(r)
    out +=
      '  ' +
      chalk.dim(position) +
      pad(position, positionWidth) +
      '  ' +
      severityColor(r.severity, chalk)(r.severity) +
      pad(r.severity, severityWidth) +
      '  ' +
      r.message +
      pad(r.message, messageWidth) +
      '  ' +
      chalk.dim(r.ruleId) +
      '\n'
  }
  return out
}

function severityColor(severity: LintMessage['severity'], chalk: ChalkInstance): ChalkInstance {
  return severity === 'error' ? chalk.red : severity === 'warning' ? chalk.yellow : chalk.blue
}

/** One physical line per message, or the columns break; a closing period reads badly before the rule id. */
function cleanMessage(message: string): string {
  return message
    .replace(/(?<!\s)\s*[\r\n]+\s*/g, ' ')
    .trim()
    .replace(/([^ .])\.$/, '$1')
}

/**
 * Text from files (names, quoted phrases) goes to a terminal: an escape sequence in it could move the
 * cursor, rewrite earlier lines or retitle the window, and bidirectional overrides could reorder what
 * is shown. Each such character is written as its code instead.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, (char) => {
    const code = char.charCodeAt(0)
    return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase()}`
  })
}

/** Width in code points: close enough for the scripts ToR documents use, and never splits a surrogate pair. */
function width(s: string): number {
  return [...s].length
}

function pad(s: string, to: number): string {
  return ' '.repeat(Math.max(0, to - width(s)))
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}
