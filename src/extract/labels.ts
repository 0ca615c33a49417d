// Labelled position fields in the shapes that are not a "label: value" row: the label alone on its line
// (bold, a heading, "Lieu d'affectation :") with the value on the next one, and the label with no colon
// before its value ("Duty Station Berlin, Germany", "**Duty Station** Berlin"). Rows themselves are read
// by the segment stage; the label vocabulary is the same (data.fieldLabels).
import type { Location, SectionKind } from '../schema.js'
import type { Block, Section } from '../segment/index.js'
import { wordCount } from '../text.js'
import { blocksWithHeading, locate } from './locate.js'

export interface LabelledValue {
  field: string
  value: string
  location: Location
}

type FieldOf = (label: string) => string | null

/** A label line is short: a sentence that happens to start with a label word is not one. */
const MAX_LABEL_WORDS = 8
/** A label is at most this many words ("date limite de dépôt des candidatures"). */
const MAX_LEAD_WORDS = 7
/** A line holding a label and its value without a colon is short too: a header row, not prose. */
const MAX_ROW_WORDS = 16

const VALUE_TYPES = new Set<Block['type']>(['text', 'item'])

/** Sections of duties and requirements: "Contract management and follow-up" there is a duty, not a label. */
const LISTING_KINDS = new Set<SectionKind>([
  'responsibilities', 'learningElements', 'performanceIndicators', 'qualifications', 'education', 'experience', 'skills',
  'languages', 'languagesRequired', 'languagesAdvantageous', 'values', 'coreCompetencies', 'managerialCompetencies', 'competencies',
])

/** "Lieu d'affectation :" → "Lieu d'affectation" (a loop: a trailing-class pattern is quadratic on long blanks). */
function withoutTrailingColon(text: string): string {
  let end = text.length
  while (end > 0 && ' \t\n:：'.includes(text[end - 1]!)) end--
  return text.slice(0, end)
}

/** The field a label line names: the whole line, or (for a heading or bold line) its first words. */
function lineField(block: Block, fieldOf: FieldOf): string | null {
  return lineLabel(block, fieldOf)?.field ?? null
}

/**
 * The field a label line names and the value it holds itself, if any: "Duty Station Berlin, Germany"
 * read as a heading is a label and its value on one line; "Ámbito geográfico deIntervención" only names
 * the field of what follows.
 */
function lineLabel(block: Block, fieldOf: FieldOf): { field: string; inline: string | null } | null {
  const text = withoutTrailingColon(block.text)
  if (text === '' || wordCount(text) > MAX_LABEL_WORDS) return null
  const whole = fieldOf(text)
  if (whole) return { field: whole, inline: null }
  // "Ámbito geográfico de intervención", "Duty station and travel": a heading that opens with a label of
  // two words or more names its field too.
  if (block.type !== 'heading' && block.type !== 'subheading') return null
  const lead = leadLabel(text, fieldOf, 2)
  if (!lead) return null
  return { field: lead.field, inline: /^[\p{Lu}\d]/u.test(lead.rest) && !block.text.trimEnd().endsWith(':') ? lead.rest : null }
}

/** The longest label the text starts with, of at least `minWords` words, and the text after it. */
function leadLabel(text: string, fieldOf: FieldOf, minWords: number): { field: string; label: string; rest: string } | null {
  const words = text.split(/\s+/).slice(0, MAX_LEAD_WORDS + 1)
  for (let count = Math.min(MAX_LEAD_WORDS, words.length - 1); count >= minWords; count--) {
    const label = words.slice(0, count).join(' ')
    const field = fieldOf(label)
    if (field) return { field, label, rest: words.length > count ? text.slice(text.indexOf(words[count]!, label.length)) : '' }
  }
  return null
}

const isLabelLine = (block: Block, fieldOf: FieldOf) => (block.type === 'subheading' || block.type === 'heading' || (block.type === 'text' && /:\s*$/.test(block.text))) && lineField(block, fieldOf) !== null

/**
 * "**Work Location**" / "Istanbul", "Lieu d'affectation :" / "Dakar", "### Location ###" / "Nairobi": the
 * value is the block right after the label, in the same section, unless that block is a label itself.
 */
function valuesUnderLabels(sections: Section[], fieldOf: FieldOf): LabelledValue[] {
  const found: LabelledValue[] = []
  for (const section of sections) {
    const blocks = blocksWithHeading(section)
    blocks.forEach((block, index) => {
      if (block.type === 'row' || block.type === 'item' || block.type === 'footnote') return
      if (block.type === 'text' && !/:\s*$/.test(block.text)) return
      const label = lineLabel(block, fieldOf)
      if (label?.inline) {
        found.push({ field: label.field, value: label.inline, location: { line: block.line, column: block.column + Math.max(0, block.text.indexOf(label.inline)) } })
        return
      }
      const next = blocks[index + 1]
      if (!label || !next || !VALUE_TYPES.has(next.type) || isLabelLine(next, fieldOf)) return
      found.push({ field: label.field, value: next.text, location: { line: next.line, column: next.column } })
    })
  }
  return found
}

/**
 * "Duty Station Berlin, Germany", "Reports directly to Project Manager", "**Contract** Fixed term": a label
 * with no colon, then a value that starts like one (a capital or a digit). Without the bold, the label must
 * be two words or more, since one word ("Location", "Grade") starts too many ordinary sentences.
 */
function valuesAfterLeadLabels(sections: Section[], fieldOf: FieldOf, lines: string[]): LabelledValue[] {
  const found: LabelledValue[] = []
  // A section may open at a line the segment stage took for an unknown heading: it is read too.
  const blocks = sections.filter((section) => !LISTING_KINDS.has(section.kind)).flatMap(blocksWithHeading)
  for (const block of blocks) {
    if (block.type !== 'text' && block.type !== 'item') continue
    if (block.text.includes(':') || wordCount(block.text) > MAX_ROW_WORDS) continue
    const bold = block.boldLead ? fieldOf(block.boldLead) : null
    const lead = bold && block.boldLead ? { field: bold, label: block.boldLead, rest: block.text.slice(block.text.indexOf(block.boldLead) + block.boldLead.length).trim() } : leadLabel(block.text, fieldOf, 2)
    if (!lead) continue
    const rest = lead.rest.replace(/^[-–—]\s*/, '')
    if (!/^[\p{Lu}\d]/u.test(rest)) continue
    found.push({ field: lead.field, value: rest, location: locate(lines, block, rest.slice(0, 20)) })
  }
  return found
}

/** Words after a contract word that continue its statement ("Contrat de 4 mois", "Contract for 12 months"). */
const CONTRACT_CONNECTOR = /^(?:de|del|d['’]|por|para|of|for|à|a|en|international|internacional|national|nacional|indefinido|à durée|\d)/iu

/**
 * "- Contrat International de 4 mois à compter de novembre", "- Contrato por prestación de servicios por
 * 2,5 meses, con posibilidad de prórroga": in an offer or conditions list, an item that opens with a
 * contract word states the appointment type; its first clause is the value.
 */
export function contractItems(sections: Section[], contractWords: string[], lines: string[]): LabelledValue[] {
  const words = new Set(contractWords.map((word) => word.toLowerCase()))
  const found: LabelledValue[] = []
  for (const section of sections) {
    if (LISTING_KINDS.has(section.kind)) continue
    for (const block of section.blocks) {
      if (block.type !== 'item') continue
      const [first, second] = block.text.split(/\s+/, 2)
      if (!first || !second || !words.has(first.toLowerCase()) || !CONTRACT_CONNECTOR.test(second)) continue
      const value = block.text.split(/[,;:]/, 1)[0]!.trim().replace(/\.$/, '')
      found.push({ field: 'appointmentType', value, location: locate(lines, block, value.slice(0, 20)) })
    }
  }
  return found
}

/** Every labelled value outside rows, in document order of the two shapes: label lines first. */
export function labelledValues(sections: Section[], fieldOf: FieldOf, lines: string[]): LabelledValue[] {
  return [...valuesUnderLabels(sections, fieldOf), ...valuesAfterLeadLabels(sections, fieldOf, lines)]
}
