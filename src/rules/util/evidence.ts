// Before a rule says a field or a section is missing, it looks for it in the whole text. What it finds is
// evidence: a line that seems to give the thing although extraction could not place it. The rules then
// report a warning that points at that line instead of an error telling the author to add what is there.
import type { ParsedDocument } from '../../document/index.js'
import type { DomainData } from '../../data/index.js'
import type { Block } from '../../segment/blocks.js'
import { findDegrees, findLanguages, findYearCounts } from '../../extract/index.js'
import { alternation, hasAtMostWords, normalizeKey } from '../../text.js'
import { perObject, perObjectPair } from '../../memo.js'
import { periodPattern } from './period.js'

export interface Evidence {
  line: number
  column: number
  /** The words that look like the thing, shortened for a message. */
  quote: string
}

export type EvidenceField = 'title' | 'dutyStation' | 'reportsTo' | 'duration'
export type EvidenceSection = 'responsibilities' | 'qualifications' | 'languages' | 'competencies'

const QUOTE_LENGTH = 60

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > QUOTE_LENGTH ? `${flat.slice(0, QUOTE_LENGTH - 1).trimEnd()}…` : flat
}

function evidenceAt(block: Block, quote: string = block.text): Evidence {
  return { line: block.line, column: block.column, quote: shorten(quote) }
}

/** Blocks with words in them: the header rows, headings, paragraphs and items, in source order. */
function wordBlocks(doc: ParsedDocument): Block[] {
  return doc.segmented.blocks.filter((block) => block.type !== 'footnote' && /\p{L}/u.test(block.text))
}

// Cue lists become one pattern per list (compared on normalised text, so accents and case do not matter).
const cuePattern = perObject((cues: string[]): RegExp => {
  const keys = cues.map((cue) => normalizeKey(cue)).filter((key) => key !== '')
  return new RegExp(`(?<![\\p{L}\\d])(?:${alternation(new Set(keys))})(?![\\p{L}\\d])`, 'u')
})

const hasCue = (text: string, cues: string[]): boolean => cuePattern(cues).test(normalizeKey(text))

/** A heading-like line: short, no full stop at its end. */
const headingLike = (block: Block): boolean => block.type === 'heading' || block.type === 'subheading' || (hasAtMostWords(block.text, 8) && !/[.;]\s*$/.test(block.text))


function titleEvidence(blocks: Block[], data: DomainData): Evidence | null {
  const nouns = new Set(data.titleCues.nouns.map((noun) => normalizeKey(noun)))
  const isNoun = (word: string | undefined) => word !== undefined && nouns.has(word)
  // A title is written near the top, alone on a short line that starts or ends with a job noun
  // ("Senior Programme Officer", "Consultant for the evaluation"); a heading that opens a section is not one.
  for (const block of blocks.slice(0, 8)) {
    if (block.type === 'item' || block.glued || block.headingKind !== null || !hasAtMostWords(block.text, 10) || /[.;]\s*$/.test(block.text)) continue
    // "Senior Programme Officer, Monitoring": the title is the part before a comma, dash or bracket.
    // "Terms of Reference: Community Mobilizer": the title may follow the kind of document and a colon.
    for (const part of [block.text, block.text.slice(block.text.lastIndexOf(':') + 1)]) {
      const words = normalizeKey(part.replace(/\([^()]*\)|\s[-–—|]\s.*$|,.*$/g, ' ')).split(' ').filter(Boolean)
      if (isNoun(words[0]) || isNoun(words.at(-1))) return evidenceAt(block)
    }
  }
  // Further down: a heading that starts with a job noun ("Chef·fe de délégation – RDC"), or a hiring
  // sentence whose object is one ("La mission recherche un.e coordinatrice des ressources humaines").
  const hiring = cuePattern(data.titleCues.hiring)
  const articles = new Set(data.titleCues.articles.map((article) => normalizeKey(article)))
  for (const block of blocks) {
    const words = normalizeKey(block.text).split(' ').filter(Boolean)
    if ((block.type === 'heading' || block.type === 'subheading') && !block.glued && hasAtMostWords(block.text, 12) && isNoun(words[0])) return evidenceAt(block)
    const lead = hiring.exec(normalizeKey(block.text))
    if (lead) {
      const after = normalizeKey(block.text).slice(lead.index + lead[0].length).split(' ').filter(Boolean)
      const object = after.slice(0, 4).filter((word) => !articles.has(word))
      if (object.slice(0, 2).some((word) => nouns.has(word))) return evidenceAt(block)
    }
  }
  return null
}

// What may stand between a cue and the name it leads to ("based in the Philippines", "sous la supervision du Chef").
const NAME_AFTER = /^[\s:,–-]{1,3}(?:(?:the|a|an|our|le|la|les|du|de|des|el|los|las|del|al)\s+)?(?:l['’])?\p{Lu}/u

/** The cue is followed by a capitalised name, as a place or a person's title is written. */
function cueBeforeName(text: string, cues: string[]): boolean {
  const lower = text.toLowerCase()
  for (const cue of cues) {
    for (let at = lower.indexOf(cue); at >= 0; at = lower.indexOf(cue, at + 1)) {
      if (at > 0 && /\p{L}/u.test(lower[at - 1]!)) continue // inside a word ("possède" is not "sede")
      if (NAME_AFTER.test(text.slice(at + cue.length, at + cue.length + 40))) return true
    }
  }
  return false
}

function cueEvidence(blocks: Block[], cues: string[], accept: (text: string) => boolean = () => true): Evidence | null {
  for (const block of blocks) {
    if (hasCue(block.text, cues) && accept(block.text)) return evidenceAt(block)
  }
  return null
}

const monthKeys = perObject((monthNames: DomainData['monthNames']): Set<string> => new Set(Object.keys(monthNames).map((name) => normalizeKey(name))))

/** Two month names: a period given by its ends ("entre octobre 2026 et mars 2027", "01 November to 15 December"). */
function namesARange(text: string, data: DomainData): boolean {
  const months = monthKeys(data.monthNames)
  return normalizeKey(text).split(' ').filter((word) => months.has(word)).length >= 2
}

/** A length of contract near a duration word, or a heading with one over a period given by its ends. */
function durationEvidence(blocks: Block[], data: DomainData): Evidence | null {
  const cues = data.evidenceCues.duration
  const period = periodPattern(data.numberWords)
  const statesAPeriod = (text: string) => period.test(text) || namesARange(text, data)
  for (const [index, block] of blocks.entries()) {
    if (!hasCue(block.text, cues)) continue
    if (statesAPeriod(block.text)) return evidenceAt(block)
    const next = blocks[index + 1]
    if (headingLike(block) && next && statesAPeriod(next.text)) return evidenceAt(block)
  }
  return null
}

function findFieldEvidence(doc: ParsedDocument, data: DomainData): Record<EvidenceField, Evidence | null> {
  const cues = data.evidenceCues
  const blocks = wordBlocks(doc)
  // A cue alone ("location", "reports") is not enough: a name must follow it.
  return {
    title: titleEvidence(blocks, data),
    dutyStation: cueEvidence(blocks, cues.dutyStation, (text) => cueBeforeName(text, cues.dutyStation)),
    reportsTo: cueEvidence(blocks, cues.reportsTo, (text) => cueBeforeName(text, cues.reportsTo)),
    duration: durationEvidence(blocks, data),
  }
}

// Several rules ask about the same document: each search runs once per document and data table.
const allFieldEvidence = perObjectPair(findFieldEvidence)

/** Words that make a sentence naming a language a statement about knowing it. */
const languageCues = perObject((words: DomainData['languageRequirementWords']): RegExp =>
  cuePattern([...words.required, ...words.advantageous, 'language', 'langue', 'idioma', 'fluent', 'fluency', 'proficiency']),
)

function findSectionEvidence(doc: ParsedDocument, data: DomainData): Partial<Record<EvidenceSection, Evidence>> {
  const cues = data.evidenceCues
  const blocks = wordBlocks(doc)
  const found: Partial<Record<EvidenceSection, Evidence>> = {}
  const dutiesHeading = blocks.find((block) => block.type !== 'row' && headingLike(block) && hasCue(block.text, cues.responsibilities))
  if (dutiesHeading) found.responsibilities = evidenceAt(dutiesHeading)
  const degree = blocks.find((block) => findDegrees(block.text, data).length > 0)
  const years = blocks.find((block) => hasCue(block.text, cues.experience) && findYearCounts(block.text, data).length > 0)
  const qualification = degree ?? years
  if (qualification) found.qualifications = evidenceAt(qualification)
  // A language named beside a word about knowing it ("fluent", "required", "maîtrise"...).
  const requirement = languageCues(data.languageRequirementWords)
  const language = blocks.find((block) => findLanguages(block.text, data).length > 0 && requirement.test(normalizeKey(block.text)))
  if (language) found.languages = evidenceAt(language)
  const competencies = blocks.find((block) => block.type !== 'row' && headingLike(block) && hasCue(block.text, cues.competencies))
  if (competencies) found.competencies = evidenceAt(competencies)
  return found
}

const allSectionEvidence = perObjectPair(findSectionEvidence)

/** A line that seems to give a header field extraction did not read, or null. */
export function fieldEvidence(doc: ParsedDocument, data: DomainData, field: string): Evidence | null {
  return allFieldEvidence(doc, data)[field as EvidenceField] ?? null
}

/** A line that seems to give a section extraction did not find, or null. */
export function sectionEvidence(doc: ParsedDocument, data: DomainData, section: string): Evidence | null {
  return allSectionEvidence(doc, data)[section as EvidenceSection] ?? null
}
