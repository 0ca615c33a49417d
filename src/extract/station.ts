// The duty station stated in running text ("The Project Manager will be based in Beirut", "con sede en
// Santa Bárbara del Zulia, Venezuela"), for notices without a label for it. The phrases are data
// (data.dutyStationPhrases); the place is the run of capitalised words after one.
import type { DomainData } from '../data/index.js'
import type { Location } from '../schema.js'
import type { Section } from '../segment/index.js'
import { perObject } from '../memo.js'

const WORD = String.raw`\p{Lu}[\p{L}'’.-]*`
/** Capitalised words, joined by "de", "del", "la"...; then, after a comma, the region or country. */
const PLACE = new RegExp(String.raw`(${WORD}(?:\s+(?:(?:de|del|de la|du|des|di|da|el|al)\s+)?${WORD})*(?:,\s+${WORD}(?:\s+${WORD})*)?)`, 'uy')

const phrasesOf = perObject((table: DomainData['dutyStationPhrases']) =>
  [...new Set(Object.values(table).flat().map((phrase) => phrase.toLowerCase()))].sort((a, b) => b.length - a.length),
)

/** The first place a phrase of the table introduces, in the given text. */
function stationInText(text: string, data: DomainData): { value: string; index: number } | null {
  const lowered = text.toLowerCase()
  let best: { value: string; index: number } | null = null
  for (const phrase of phrasesOf(data.dutyStationPhrases)) {
    // A phrase is a whole word sequence: "is based in" must not match inside "this based in".
    for (let at = lowered.indexOf(phrase); at >= 0; at = lowered.indexOf(phrase, at + 1)) {
      if (at > 0 && /[\p{L}\d]/u.test(lowered[at - 1]!)) continue
      if (best && at >= best.index) break
      let start = at + phrase.length
      while (start < text.length && /\s/.test(text[start]!)) start++
      PLACE.lastIndex = start
      const match = PLACE.exec(text)
      if (!match) continue
      let value = match[1]!
      while (value.endsWith('.')) value = value.slice(0, -1)
      best = { value, index: start }
      break
    }
  }
  return best
}

/** The first duty station stated in a text block, with where it is in the source lines. */
export function dutyStationFromProse(sections: Section[], data: DomainData, lines: string[]): { value: string; at: Location } | null {
  for (const section of sections) {
    for (const block of section.blocks) {
      if (block.type !== 'text' && block.type !== 'item') continue
      const found = stationInText(block.text, data)
      if (!found) continue
      for (let line = block.line; line <= block.endLine; line++) {
        const column = (lines[line - 1] ?? '').indexOf(found.value)
        if (column >= 0) return { value: found.value, at: { line, column: column + 1 } }
      }
      return { value: found.value, at: { line: block.line, column: block.column } }
    }
  }
  return null
}
