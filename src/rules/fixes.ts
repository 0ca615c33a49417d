// Applying the fixes findings carry, the way ESLint does: in order of their ranges, each fix once, a fix
// that overlaps one already taken left for the next pass; the caller lints the result again and repeats
// until nothing more applies. A fix's offsets count UTF-16 code units of the text that was linted: the
// decoded text, byte-order mark removed, line breaks as the input wrote them.
import type { ParsedDocument } from '../document/index.js'
import { perObject } from '../memo.js'
import type { FixEdit } from './define.js'
import type { Fix, LintMessage } from './types.js'

export interface AppliedFixes {
  /** The text with the fixes applied. */
  output: string
  /** The messages whose fixes were applied, in the order of their ranges. */
  applied: LintMessage[]
}

/** A message that carries a fix (the type says so). */
export function hasFix(message: LintMessage): message is LintMessage & { fix: Fix } {
  return message.fix !== undefined
}

/**
 * Apply every fix that fits: sorted by range, a fix that starts at or before the end of one already taken
 * is skipped (it may no longer make sense; the next pass finds it again if it still does), and so is one
 * whose range lies outside the text.
 */
export function applyFixes(text: string, messages: readonly LintMessage[]): AppliedFixes {
  const fixable = messages.filter(hasFix).sort((a, b) => a.fix.range[0] - b.fix.range[0] || a.fix.range[1] - b.fix.range[1])
  const applied: LintMessage[] = []
  const pieces: string[] = []
  let copied = 0
  let lastEnd = Number.NEGATIVE_INFINITY
  for (const message of fixable) {
    const [start, end] = message.fix.range
    if (start < 0 || end > text.length || start > end) continue
    // A fix that changes no text (the encoding's) conflicts with nothing and takes no room.
    if (start === end && message.fix.text === '') {
      applied.push(message)
      continue
    }
    if (start <= lastEnd) continue
    pieces.push(text.slice(copied, start), message.fix.text)
    copied = end
    lastEnd = end
    applied.push(message)
  }
  pieces.push(text.slice(copied))
  return { output: applied.length === 0 ? text : pieces.join(''), applied }
}

export interface StableFixes<Result> extends AppliedFixes {
  /** Passes that applied at least one fix. */
  passes: number
  /** What linting `output` gave: the findings that remain. */
  last: Result
}

/** At most this many passes: each pass lints the whole text again, and fixes converge in two or three. */
export const MAX_FIX_PASSES = 10

/**
 * Lint, apply, lint again, until a pass applies nothing (or `maxPasses` passes have run). `lintText` is
 * called on each new text; the last call's result is returned with the fixed text.
 */
export function fixUntilStable<Result extends { messages: readonly LintMessage[] }>(
  text: string,
  lintText: (text: string) => Result,
  options: { maxPasses?: number; first?: Result } = {},
): StableFixes<Result> {
  const maxPasses = options.maxPasses ?? MAX_FIX_PASSES
  const applied: LintMessage[] = []
  let output = text
  let last = options.first ?? lintText(text)
  let passes = 0
  while (passes < maxPasses) {
    const pass = applyFixes(output, last.messages)
    if (pass.applied.length === 0) break
    passes++
    applied.push(...pass.applied)
    const changed = pass.output !== output
    output = pass.output
    // A fix that changes no text (the encoding's: the fixed file is written as UTF-8) is done once.
    last = lintText(output)
    if (!changed) break
  }
  return { output, applied, passes, last }
}

/** Where each line starts in `text`, whose line breaks may be LF, CRLF or CR. */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (const match of text.matchAll(/\r\n?|\n/g)) starts.push(match.index + match[0].length)
  return starts
}

interface FixPositions {
  /** The text fixes count in: the decoded text as the input wrote it. */
  text: string
  starts: number[]
}

/** Line starts of the text a document's fixes count in, made once per document. */
const positionsOf = perObject((doc: ParsedDocument): FixPositions => {
  const text = doc.source.decodedText ?? doc.source.text
  return { text, starts: lineStarts(text) }
})

/** The offset of a 1-based line and column; a line past the last is the end of the text. */
function offsetAt(positions: FixPositions, doc: ParsedDocument, line: number, column: number): number {
  if (line > doc.lines.length) return positions.text.length
  const index = Math.max(1, line) - 1
  const length = (doc.lines[index] ?? '').length
  return positions.starts[index]! + Math.min(Math.max(1, column), length + 1) - 1
}

/** A rule's fix as offsets into the text that was linted, its line breaks written as that text writes them. */
export function fixOf(doc: ParsedDocument, at: { line: number; column: number; endLine?: number; endColumn?: number }, edit: FixEdit): Fix {
  const positions = positionsOf(doc)
  const span = edit.at ?? at
  const start = offsetAt(positions, doc, span.line, span.column)
  const end = Math.max(start, offsetAt(positions, doc, span.endLine ?? span.line, span.endColumn ?? span.column))
  let text = edit.text
  if (text.includes('\n') && positions.text !== doc.source.text) {
    const lineBreak = /\r\n?|\n/.exec(positions.text.slice(positions.starts[Math.max(1, span.line) - 1] ?? 0))?.[0] ?? '\n'
    text = text.replace(/\n/g, lineBreak)
  }
  return { range: [start, end], text }
}
