// Where a value found in a block's cleaned text sits in the source.
import type { Location } from '../schema.js'
import type { Block } from '../segment/index.js'

/** Where a value stated in prose starts: searched in the block's own source lines. */
export function locate(lines: string[], block: Block, value: string): Location {
  for (let line = block.line; line <= block.endLine; line++) {
    const index = (lines[line - 1] ?? '').indexOf(value, line === block.line ? block.column - 1 : 0)
    if (index >= 0) return { line, column: index + 1 }
  }
  return { line: block.line, column: block.column }
}
