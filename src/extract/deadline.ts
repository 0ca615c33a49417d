// Deadlines stated in running text ("Les candidatures doivent être envoyées au plus tard le 13 janvier
// 2026"): a date right after a cue (data.deadlineWords.cues), in a sentence about applying. Read here for
// the closing date field and by the date-consistency rule, which compares them with the labelled one.
import type { DomainData } from '../data/index.js'
import type { Block, Section } from '../segment/index.js'
import { perObject } from '../memo.js'
import { alternation, phrasePattern } from '../text.js'
import { findDates } from './values.js'

interface DeadlineMatchers {
  /** The cue right before a date ("by 09 February 2022 at the latest"), with an optional article. */
  cue: RegExp
  /** The sentence has to be about applying, so "the project ends by 31 December" is not read as a deadline. */
  application: RegExp
}

const deadlineMatchersFor = perObject((words: DomainData['deadlineWords']): DeadlineMatchers => {
  const alternatives = (list: string[]) => alternation(list, phrasePattern)
  // One character of look-behind and fixed alternatives: linear on any text. A ":" may follow a cue.
  const articles = words.articles.length > 0 ? `(?:(?:${alternatives(words.articles)})\\s+)?` : ''
  return {
    cue: new RegExp(`(?<![\\p{L}])(?:${alternatives(words.cues) || '(?!)'}):?\\s+${articles}$`, 'iu'),
    application: new RegExp(alternatives(words.application) || '(?!)', 'iu'),
  }
})

export interface ProseDeadline {
  iso: string
  /** The date as written. */
  text: string
  block: Block
}

/** Every deadline written in the text and item blocks, in document order; the posting period is a field. */
export function proseDeadlines(sections: Section[], data: DomainData): ProseDeadline[] {
  const { cue, application } = deadlineMatchersFor(data.deadlineWords)
  const found: ProseDeadline[] = []
  for (const section of sections) {
    if (section.kind === 'postingPeriod') continue
    for (const block of section.blocks) {
      if ((block.type !== 'text' && block.type !== 'item') || !/\d/.test(block.text) || !application.test(block.text)) continue
      for (const date of findDates(block.text, data)) {
        if (!date.iso || !cue.test(block.text.slice(Math.max(0, date.index - 40), date.index))) continue
        found.push({ iso: date.iso, text: date.text, block })
      }
    }
  }
  return found
}
