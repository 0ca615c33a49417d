// `format` never loses text. The house layout holds what extraction read; every source block whose words
// the layout does not hold is kept as written, under its original heading, in an "Other sections" part.
// Words are compared without markup, numbering, punctuation or case.
import type { Block, SegmentedDocument } from '../segment/index.js'

export interface KeptBlock {
  type: 'text' | 'item'
  text: string
}

export interface KeptSection {
  /** The source heading the blocks stood under; empty for the text before the first heading. */
  heading: string
  blocks: KeptBlock[]
}

export interface LostWord {
  line: number
  word: string
}

/** The words of a text as compared: letters and digits, lower case, in order. */
export function wordsOf(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
}

/** A multiset of the words of a text. */
function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const word of wordsOf(text)) counts.set(word, (counts.get(word) ?? 0) + 1)
  return counts
}

/** Take the block's words from the multiset when all are there; leave it untouched otherwise. */
function takeAll(counts: Map<string, number>, words: string[]): boolean {
  const need = new Map<string, number>()
  for (const word of words) need.set(word, (need.get(word) ?? 0) + 1)
  for (const [word, count] of need) if ((counts.get(word) ?? 0) < count) return false
  for (const [word, count] of need) counts.set(word, counts.get(word)! - count)
  return true
}

const keptType = (block: Block): KeptBlock['type'] => (block.type === 'item' ? 'item' : 'text')

/**
 * The source blocks the rendered layout does not hold, grouped under their headings in source order. A
 * heading comes with its kept blocks; the heading of a section the layout places is the layout's to name.
 */
export function keptText(segmented: SegmentedDocument, rendered: string): KeptSection[] {
  const available = wordCounts(rendered)
  const kept: KeptSection[] = []
  let previousKept = false
  for (const section of segmented.sections) {
    const blocks = section.blocks.filter((block) => {
      const words = wordsOf(block.text)
      return words.length > 0 && !takeAll(available, words)
    })
    // The first section of an "Other sections" part is that part's own heading: its text comes back without it.
    const ownHeading = section.kept === true && !previousKept
    previousKept = section.kept === true
    // The layout names the sections it places in its own words; a heading it has no place for is kept.
    const headingKept = section.headingBlock !== null && !ownHeading && (blocks.length > 0 || (section.kind === 'other' && !takeAll(available, wordsOf(section.headingBlock.text))))
    if (blocks.length === 0 && !headingKept) continue
    const heading = headingKept ? section.headingBlock!.text : ''
    kept.push({ heading, blocks: blocks.map((block) => ({ type: keptType(block), text: block.text })) })
  }
  return kept
}

/**
 * Source words the output does not hold, each with the line it was on: what a rewrite would lose. The
 * headings of sections the layout places are renamed by design ("Core Functions" becomes "Responsibilities");
 * every other word counts.
 */
export function lostWords(segmented: SegmentedDocument, output: string): LostWord[] {
  const available = wordCounts(output)
  const lost: LostWord[] = []
  for (const section of segmented.sections) {
    const heading = section.headingBlock && section.kind === 'other' ? [section.headingBlock] : []
    for (const block of [...heading, ...section.blocks]) {
      for (const word of wordsOf(block.text)) {
        const count = available.get(word) ?? 0
        if (count > 0) available.set(word, count - 1)
        else lost.push({ line: block.line, word })
      }
    }
  }
  return lost
}
