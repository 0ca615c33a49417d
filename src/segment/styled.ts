// A line of text as styled spans, with offsets that map back to source line and column.
import type { Span } from './flatten.js'

export type Styled = Span[]

export function plain(spans: Styled): string {
  let text = ''
  for (const span of spans) text += span.text
  return text
}

/** The source position of a character offset into the joined text. */
export function positionAt(spans: Styled, offset: number): { line: number; column: number } {
  let start = 0
  for (const span of spans) {
    const end = start + span.text.length
    if (offset < end || span === spans[spans.length - 1]) {
      return { line: span.line, column: span.column + Math.max(0, Math.min(offset, end) - start) }
    }
    start = end
  }
  return { line: 1, column: 1 }
}

export function slice(spans: Styled, from: number, to = Number.POSITIVE_INFINITY): Styled {
  const out: Styled = []
  let start = 0
  for (const span of spans) {
    const end = start + span.text.length
    const a = Math.max(from, start)
    const b = Math.min(to, end)
    if (a < b) out.push({ ...span, text: span.text.slice(a - start, b - start), column: span.column + (a - start) })
    start = end
  }
  return out
}

/** Remove leading and trailing white space, keeping positions right. */
export function trim(spans: Styled): Styled {
  const text = plain(spans)
  const lead = text.length - text.trimStart().length
  const tail = text.trimEnd().length
  return lead === 0 && tail === text.length ? spans : slice(spans, lead, tail)
}

export function isAllBold(spans: Styled): boolean {
  let any = false
  for (const span of spans) {
    if (span.text.trim() === '') continue
    if (!span.bold) return false
    any = true
  }
  return any
}

/** The text of the bold run a line starts with, when the line also has text that is not bold. */
export function boldLead(spans: Styled): string | null {
  let lead = ''
  let index = 0
  for (; index < spans.length; index++) {
    const span = spans[index]!
    if (span.text.trim() === '' && lead === '') continue
    if (!span.bold) break
    lead += span.text
  }
  if (lead.trim() === '' || index >= spans.length) return null
  const rest = plain(spans.slice(index))
  return rest.trim() === '' ? null : lead.trim()
}
