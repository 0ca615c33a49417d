// The supervisor stated in prose ("under the direct supervision of the Programme Manager", "sous
// l'autorité directe de la Direction Générale", "Bajo la autoridad de:" with the title on the next line).
import type { DomainData } from '../data/index.js'
import { perObject } from '../memo.js'
import type { Location } from '../schema.js'
import type { Block, Section } from '../segment/index.js'
import { alternation, cleanText, phrasePattern } from '../text.js'
import { locate, REQUIREMENT_KINDS } from './locate.js'

interface SupervisorMatchers {
  patterns: { pattern: RegExp; capitalised: boolean }[]
  /** A block that is only a lead ("Bajo la autoridad de:"): the title is the next block. */
  leadOnly: RegExp | null
  /**
   * The longest word of every lead: a block with none of them can match no pattern, and most blocks name
   * neither a supervision nor a reporting line, so one search spares all the patterns.
   */
  prefilter: RegExp | null
}

/** The longest word of a phrase: text without it cannot hold the phrase. */
const longestWord = (phrase: string) => phrase.trim().split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), '')

const leadSource = (lead: string) => `${phrasePattern(lead)}${/['’]$/.test(lead) ? '\\s*' : '\\s+'}`

const matchersFor = perObject((phrases: DomainData['supervisorPhrases']): SupervisorMatchers => {
  const entries = phrases.filter((entry) => entry.leads.length > 0)
  const patterns = entries.map((entry) => {
    // A lead ending in an apostrophe ("de l'") may touch the title; any other is followed by a space.
    const leads = alternation(entry.leads, leadSource)
    const articles = entry.articles.length > 0 ? `(?:(?:${alternation(entry.articles, phrasePattern)})\\s+)?` : ''
    const stops = entry.stops.length > 0 ? `\\s+(?:${alternation(entry.stops, phrasePattern)})(?![\\p{L}])|` : ''
    return { pattern: new RegExp(`\\b(?:${leads})${articles}([^,;.]{3,120}?)(?=${stops}[,;.]|$)`, 'iu'), capitalised: entry.capitalised ?? false }
  })
  const allLeads = alternation(entries.flatMap((entry) => entry.leads).map((lead) => lead.replace(/['’]$/, '').trim()), phrasePattern)
  const words = alternation(entries.flatMap((entry) => entry.leads.map(longestWord)).filter((word) => word !== ''))
  return {
    patterns,
    leadOnly: allLeads ? new RegExp(`^(?:${allLeads})\\s*:?$`, 'iu') : null,
    prefilter: words === '' ? null : new RegExp(words, 'iu'),
  }
})

// Duty lists are left out: "Report to the Chief of Mission on progress" is a task, not the reporting line.
const DUTIES = new Set(['responsibilities', 'learningElements', 'performanceIndicators'])

interface Candidate {
  block: Block
  strict: boolean
}

/** Blocks that may state the reporting line: prose anywhere, and items and unlabelled rows outside the duties. */
function candidateBlocks(sections: Section[]): Candidate[] {
  return sections.flatMap((section) =>
    section.blocks
      .filter((block) => block.type === 'text' || block.type === 'subheading' || (!DUTIES.has(section.kind) && (block.type === 'item' || (block.type === 'row' && !block.rowField))))
      // A requirement ("experience working under the supervision of senior staff") names no supervisor; a
      // reporting line that lands there under an unrecognised heading names one with capitals.
      .map((block) => ({ block, strict: REQUIREMENT_KINDS.has(section.kind) && block.type !== 'text' })),
  )
}

export function supervisorInProse(sections: Section[], data: DomainData, lines: string[]): { value: string; at: Location } | null {
  const matchers = matchersFor(data.supervisorPhrases)
  const blocks = candidateBlocks(sections)
  for (let index = 0; index < blocks.length; index++) {
    const { block, strict } = blocks[index]!
    if (!matchers.prefilter?.test(block.text)) continue
    const next = blocks[index + 1]?.block
    if (matchers.leadOnly?.test(block.text) && next && next.line > block.line) {
      const value = cleanText(next.text)
      if (value.length >= 3 && value.length <= 120) return { value, at: locate(lines, next, value) }
    }
    for (const { pattern, capitalised } of matchers.patterns) {
      const match = pattern.exec(block.text)
      if (!match) continue
      const value = cleanText(match[1]!)
      // "accountable to affected populations" names no one: such leads need a title in capitals.
      if ((capitalised || strict) && !/^\p{Lu}/u.test(value)) continue
      return { value, at: locate(lines, block, value) }
    }
  }
  return null
}
