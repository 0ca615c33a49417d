// An extracted item knows where it starts; the block it was read from knows where it ends. Rules that
// point at a whole item go from one to the other through this index, made once per document.
import type { ParsedDocument } from '../../document/index.js'
import { perObject } from '../../memo.js'
import type { Block } from '../../segment/index.js'

const blocksByStart = perObject((doc: ParsedDocument) => new Map(doc.segmented.blocks.map((block) => [`${block.line}:${block.column}`, block])))

/** The block that starts at `line` and `column` (1-based), if any. */
export function blockAt(doc: ParsedDocument, line: number, column: number): Block | undefined {
  return blocksByStart(doc).get(`${line}:${column}`)
}
