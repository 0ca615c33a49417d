// Shapes the Markdown parser handles in more than linear time or memory, refused before it sees them:
// block quotes nested hundreds deep (each level is a parser frame and a tree level) and pipe tables of
// tens of thousands of rows (a 120,000-row table took a minute and 2 GB). No notice comes near either
// limit; a file over one is an input error naming it, for that file only.
import { InputError } from './decode.js'

export const MARKDOWN_LIMITS = {
  /** `>` markers at the start of one line. */
  quoteDepth: 100,
  /** Lines of one pipe table, from its delimiter row to the blank line that ends it. */
  tableRows: 5000,
} as const

const GT = 0x3e
const SPACE = 0x20
const TAB = 0x09

/** How many `>` open this line (spaces between them allowed, as CommonMark does). */
function quoteDepth(line: string): number {
  let depth = 0
  for (let index = 0; index < line.length; index++) {
    const code = line.charCodeAt(index)
    if (code === GT) depth++
    else if (code !== SPACE && code !== TAB) break
  }
  return depth
}

/** A GFM delimiter row: only pipes, dashes, colons and blanks, with at least one pipe and one dash. */
function isDelimiterRow(line: string): boolean {
  let pipe = false
  let dash = false
  for (let index = 0; index < line.length; index++) {
    const char = line[index]
    if (char === '|') pipe = true
    else if (char === '-') dash = true
    else if (char !== ':' && char !== ' ' && char !== '\t') return false
  }
  return pipe && dash
}

/** Throw an InputError when `lines` go past a limit; one pass, linear in the text. */
export function checkMarkdownBounds(lines: readonly string[], path: string | null): void {
  let tableStart = -1
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    const depth = quoteDepth(line)
    if (depth > MARKDOWN_LIMITS.quoteDepth) {
      throw new InputError(path, `line ${index + 1} opens ${depth} nested block quotes, over the limit of ${MARKDOWN_LIMITS.quoteDepth}: flatten the nesting`)
    }
    if (line.trim() === '') tableStart = -1
    else if (tableStart < 0 && isDelimiterRow(line)) tableStart = index
    else if (tableStart >= 0 && index - tableStart > MARKDOWN_LIMITS.tableRows) {
      throw new InputError(path, `the table at line ${tableStart} has more than ${MARKDOWN_LIMITS.tableRows} rows, over the limit: split it, or give it as CSV`)
    }
  }
}
