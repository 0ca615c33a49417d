// Places rules point at when what they report is missing rather than wrong.
import type { ParsedDocument } from '../../document/index.js'
import type { Span } from '../define.js'

/** Where to add a missing field: with the other header fields, else at the top of the document. */
export function headerSpot(doc: ParsedDocument): Span {
  const row = doc.segmented.blocks.find((block) => block.type === 'row' && block.rowField !== null)
  if (row) return { line: row.line, column: row.column }
  if (doc.source.frontMatterLine) return { line: doc.source.frontMatterLine, column: 1 }
  const first = doc.segmented.blocks[0]
  return first ? { line: first.line, column: first.column } : { line: 1, column: 1 }
}
