// The kind of appointment stated in prose when no label gives it: the first phrase of the table that the
// notice uses outside its requirements ("experience of a consultancy firm" says nothing of this post).
import type { DomainData } from '../data/index.js'
import { perObject } from '../memo.js'
import type { Location } from '../schema.js'
import type { Section } from '../segment/index.js'
import { alternation, phrasePattern } from '../text.js'
import { blocksWithHeading, locate, REQUIREMENT_KINDS } from './locate.js'

const patternFor = perObject((table: DomainData['appointmentPhrases']): RegExp | null => {
  const phrases = alternation(table.flatMap((entry) => entry.phrases), phrasePattern)
  return phrases ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases})(?![\\p{L}\\p{N}])`, 'iu') : null
})

/** Where a match may stand in a block: anywhere, or (strict) opening it or in the value of a short label ("Statut : Cadre - CDD"). */
function accepted(text: string, index: number, strict: boolean): boolean {
  if (!strict || text.slice(0, index).trim() === '') return true
  const label = /^[\p{L} ]{2,25}:/u.exec(text)
  return label !== null && index >= label[0].length && index - label[0].length <= 40
}

export function appointmentInProse(sections: Section[], data: DomainData, lines: string[]): { value: string; at: Location } | null {
  const pattern = patternFor(data.appointmentPhrases)
  if (!pattern) return null
  // Requirement sections last, and only where the phrase states the contract: a heading the segmenter did
  // not know can leave "Statut : CDD de 10 mois" under the profile.
  for (const strict of [false, true]) {
    for (const section of sections) {
      if (REQUIREMENT_KINDS.has(section.kind) !== strict) continue
      for (const block of blocksWithHeading(section)) {
        const match = pattern.exec(block.text)
        if (match && accepted(block.text, match.index, strict)) return { value: match[0], at: locate(lines, block, match[0]) }
      }
    }
  }
  return null
}
