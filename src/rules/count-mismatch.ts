import { z } from 'zod'
import { defineRule } from './define.js'
import type { Block } from '../segment/index.js'

// "demonstrate these three values:" promises a count; the list after it has to keep the promise.
const ANNOUNCEMENT = /\b(?:these|the following|following)\s+(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+([\p{L}-]+)/iu
const WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 }

/** The entries that follow an announcement: list items, or `Name: description` runs in one paragraph. */
function entriesAfter(blocks: Block[], start: number): number {
  let count = 0
  // Items nested under an entry are not entries; the first item sets the level (pasted HTML lists nest).
  let level = Number.POSITIVE_INFINITY
  for (let index = start + 1; index < blocks.length; index++) {
    const block = blocks[index]!
    if (block.type === 'heading' || block.type === 'subheading') break
    if (block.type === 'footnote') continue
    if (block.type === 'item') {
      if (block.depth <= level) {
        level = block.depth
        count++
      }
      continue
    }
    if (block.type === 'text') {
      // Competencies run together in one paragraph each start with "Name:" after a sentence end.
      const runs = block.text.match(/(?:^|[.;]\s+)\p{Lu}[\p{L}&' -]{1,50}:\s/gu)
      if (runs && /^\p{Lu}[\p{L}&' -]{1,50}:\s/u.test(block.text)) {
        count += runs.length
        continue
      }
      if (count > 0) break
      continue
    }
    if (count > 0) break
  }
  return count
}

export default defineRule({
  id: 'count-mismatch',
  severity: 'error',
  description: 'A sentence announces a number of items that the list after it does not have.',
  help: 'When the text says "these three values" and five follow, readers cannot tell which is right. Make the number in the sentence match the list, or drop the number.',
  tags: ['consistency', 'lists'],
  options: z.object({}).strict(),
  examples: {
    bad: [{ text: 'Staff must demonstrate these three values:\n\n- Integrity: acts ethically.\n- Respect: values others.\n', messages: ['1:24 says "these three values" but 2 follow: change the number to 2 or complete the list'] }],
    good: [{ text: 'Staff must demonstrate these two values:\n\n- Integrity: acts ethically.\n- Respect: values others.\n' }],
  },
  check({ doc, report }) {
    const blocks = doc.segmented.blocks
    blocks.forEach((block, index) => {
      if (block.type !== 'text' || !/:\s*$/.test(block.text)) return
      const match = ANNOUNCEMENT.exec(block.text)
      if (!match) return
      const raw = match[1]!.toLowerCase()
      const announced = WORDS[raw] ?? Number(raw)
      const found = entriesAfter(blocks, index)
      if (found === 0 || found === announced) return
      const phrase = match[0]
      const at = doc.lines[block.line - 1]?.toLowerCase().indexOf(phrase.toLowerCase()) ?? -1
      const column = at >= 0 ? at + 1 : block.column
      report(
        { line: block.line, column, endLine: block.line, endColumn: column + phrase.length },
        `says "${phrase}" but ${found} follow: change the number to ${found} or complete the list`,
      )
    })
  },
})
