// The lines of a document joined back into one text, which several rules search in one go.
import type { ParsedDocument } from '../../document/index.js'
import { perObject } from '../../memo.js'

function joined(doc: ParsedDocument): string {
  // The ingested text is its lines joined (they were split from it): no copy needed, unless the caller
  // built the document with lines of its own.
  return doc.lines === doc.source.lines ? doc.source.text : doc.lines.join('\n')
}

/** `doc.lines.join('\n')`, once per document. */
export const linesText: (doc: ParsedDocument) => string = perObject(joined)
