// Lines between code fences hold examples, not the notice's text: the rules that read raw lines skip them.
// The fences are found on the lines themselves, as a reader sees them, even where the Markdown parser
// reads them as part of a pasted HTML block (a fence right under a `<p>` line).
import type { ParsedDocument } from '../../document/index.js'
import { perObject } from '../../memo.js'

const FENCE = /^\s{0,3}(?:```|~~~)/

function collect(doc: ParsedDocument): ReadonlySet<number> {
  const lines = new Set<number>()
  let inFence = false
  doc.lines.forEach((raw, index) => {
    // A fence line belongs to its block, the opening one and the closing one alike.
    if (FENCE.test(raw)) {
      inFence = !inFence
      lines.add(index + 1)
    } else if (inFence) lines.add(index + 1)
  })
  return lines
}

/** The 1-based numbers of the lines of fenced code blocks, fences included, once per document. */
export const codeLines: (doc: ParsedDocument) => ReadonlySet<number> = perObject(collect)
