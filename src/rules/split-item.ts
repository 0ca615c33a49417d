import { z } from 'zod'
import { defineRule } from './define.js'
import type { Block } from '../segment/index.js'

// The parser joins an item that a PDF page break or a footnote cut in two, so the ToR reads right; the
// source still has the cut, and every copy-paste from it carries the break along.

/** The footnote printed between the two parts, when a footnote (not a bare page break) made the cut. */
function footnoteBetween(blocks: Block[], after: number, before: number): Block | undefined {
  return blocks.find((block) => block.type === 'footnote' && block.line > after && block.line < before)
}

function describeBreak(blocks: Block[], previous: number, line: number): string {
  const footnote = footnoteBetween(blocks, previous, line)
  return footnote ? `line ${line} after the footnote on line ${footnote.line}` : `line ${line} after a page break`
}

export default defineRule({
  id: 'split-item',
  severity: 'info',
  description: 'A list item is cut in two by a page break or a footnote in the source.',
  help: 'Text converted from PDF often breaks a list item where the page ended, sometimes with the footnote of that page printed in between. torlint joins the parts when it reads the document, but the source still shows half an item, a blank line and the rest. Join the two parts into one line and move the footnote to the end of the section (or drop it).',
  tags: ['lists', 'layout'],
  options: z
    .object({
      /** Also report running paragraphs cut by a page break, not only list items. */
      paragraphs: z.boolean().default(false),
    })
    .strict(),
  examples: {
    bad: [
      {
        text: '- Ability to work under pressure and\n\nadhere to strict deadlines;\n- Ability to guide staff.\n',
        messages: ['1:3 item continues on line 3 after a page break: join the two parts in the source'],
      },
      {
        text: '- Managing and sharing knowledge: continuously seeks to learn, share\n\n¹ Competencies should be drawn from the Competency Framework.\n\nknowledge and innovate.\n',
        messages: ['1:3 item continues on line 5 after the footnote on line 3: join the two parts in the source and move the footnote after them'],
      },
    ],
    good: [{ text: '- Ability to work under pressure and adhere to strict deadlines;\n- Ability to guide staff.\n' }],
  },
  check({ doc, options, report }) {
    const blocks = doc.segmented.blocks
    for (const block of blocks) {
      if (block.continuedAt.length === 0) continue
      if (block.type !== 'item' && !(options.paragraphs && block.type === 'text')) continue
      const starts = [block.line, ...block.continuedAt]
      const breaks = block.continuedAt.map((line, index) => describeBreak(blocks, starts[index]!, line))
      const footnote = block.continuedAt.some((line, index) => footnoteBetween(blocks, starts[index]!, line))
      const what = block.type === 'item' ? 'item' : 'paragraph'
      const parts = block.continuedAt.length === 1 ? 'the two parts' : 'the parts'
      const fix = footnote ? `join ${parts} in the source and move the footnote after them` : `join ${parts} in the source`
      const where = breaks.length === 1 ? breaks[0]! : `${breaks.slice(0, -1).join(', ')} and ${breaks[breaks.length - 1]!}`
      // The first part of the item, on its own line: that is where the reader sees the sentence stop.
      report({ line: block.line, column: block.column }, `${what} continues on ${where}: ${fix}`)
    }
  },
})
