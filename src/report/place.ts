import type { LintMessage } from '../rules/types.js'

/**
 * A PDF or Word finding in the original's terms: `page 3, line 12` or `paragraph 41`. Null for text,
 * Markdown and HTML, whose `line:column` are the file's own.
 */
export function placeLabel(m: Pick<LintMessage, 'page' | 'pageLine' | 'paragraph'>): string | null {
  if (m.page !== undefined) return m.pageLine !== undefined ? `page ${m.page}, line ${m.pageLine}` : `page ${m.page}`
  if (m.paragraph !== undefined) return `paragraph ${m.paragraph}`
  return null
}

/** The message with its place in front, for formats that can only carry the extracted text's line numbers. */
export function messageWithPlace(m: LintMessage): string {
  const place = placeLabel(m)
  return place ? `${place}: ${m.message}` : m.message
}
