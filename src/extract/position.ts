// Position fields: label rows and front matter first, then what the prose states ("under the direct
// supervision of the Programme Manager", "Protection Officer will be in Cameroon").
import type { DomainData } from '../data/index.js'
import type { Location, Position, PositionField } from '../schema.js'
import { positionFieldNames } from '../schema.js'
import type { Block, Section } from '../segment/index.js'
import { perTable } from '../memo.js'
import { alternation, cleanText, escapeRegExp, normalizeKey, phrasePattern } from '../text.js'
import { frontMatterEntries, frontMatterField, headLines, splitSiteTitle } from './front-matter.js'
import { labelledValues } from './labels.js'
import { dutyStationFromProse } from './station.js'
import { findDates, firstSentence, normalizeDate, normalizeGrade, vacancyCode } from './values.js'
import { locate } from './locate.js'
import { organizationInProse } from './organization.js'

export interface PositionResult {
  position: Position
  locations: Partial<Record<PositionField, Location>>
}

export interface FrontMatter {
  values: Record<string, unknown>
  line: number
}

type Setter = (field: PositionField, value: string | null, location: Location) => void

/** The line of a key in the front matter block, and the column where its value starts. */
function frontMatterLocation(lines: string[], firstLine: number, key: string): Location {
  const pattern = new RegExp(`^\\s*${escapeRegExp(key)}\\s*:\\s*`)
  for (let line = firstLine; line <= lines.length && lines[line - 1] !== '---'; line++) {
    const match = pattern.exec(lines[line - 1] ?? '')
    if (match) return { line, column: match[0].length + 1 }
  }
  return { line: firstLine, column: 1 }
}

export function extractPosition(
  sections: Section[],
  blocks: Block[],
  frontMatter: FrontMatter | null,
  data: DomainData,
  fieldOf: (label: string) => string | null,
  lines: string[],
): PositionResult {
  const position = Object.fromEntries(positionFieldNames.map((name) => [name, null])) as Position
  const locations: Partial<Record<PositionField, Location>> = {}
  const set: Setter = (field, value, location) => {
    if (position[field] !== null || value === null || value === '') return
    position[field] = value
    locations[field] = location
  }

  // An appointment type packed into a site's title counts after the labelled one.
  let siteType: { value: string; at: Location } | null = null
  if (frontMatter) {
    for (const { key, value } of frontMatterEntries(frontMatter.values)) {
      const field = frontMatterField(key, data, fieldOf)
      if (field === 'title' && position.title === null) {
        const site = splitSiteTitle(cleanText(value), headLines(blocks, lines), data)
        set('title', site.title, frontMatterLocation(lines, frontMatter.line, key))
        if (site.appointmentType) siteType = { value: site.appointmentType, at: frontMatterLocation(lines, frontMatter.line, key) }
      } else if (field) setField(set, field, value, null, frontMatterLocation(lines, frontMatter.line, key), data)
    }
  }
  for (const block of blocks) {
    if (block.type === 'row' && block.rowField && block.rowValue) {
      setField(set, block.rowField, block.rowValue, block.rowValueLead, block.rowValueAt ?? { line: block.line, column: block.column }, data)
    }
  }
  for (const labelled of labelledValues(sections, fieldOf, lines)) setField(set, labelled.field, labelled.value, null, labelled.location, data)
  for (const section of sections) {
    if (section.kind === 'postingPeriod') {
      for (const block of section.blocks) setPostingPeriod(set, block.text, (value) => locate(lines, block, value), data)
    }
    // "DEADLINE FOR APPLICATIONS" as a heading with the date under it is a field all the same.
    const headingField = section.headingBlock ? fieldOf(section.heading) : null
    const value = section.blocks.find((block) => block.type === 'text')
    if (headingField && value) setField(set, headingField, value.text, null, { line: value.line, column: value.column }, data)
    if (section.kind === 'unit') {
      const first = section.blocks.find((block) => block.type === 'text' || block.type === 'item')
      if (first) set('unit', first.text, { line: first.line, column: first.column })
    }
  }
  if (siteType) set('appointmentType', siteType.value, siteType.at)
  fromProse(sections, set, data, lines)
  const station = position.dutyStation === null ? dutyStationFromProse(sections, data, lines) : null
  if (station) set('dutyStation', station.value, station.at)
  const organization = position.organization === null ? organizationInProse(sections, blocks, data, lines) : null
  if (organization) set('organization', organization.name, organization.at)
  const titleHeading = documentTitle(sections, data)
  if (titleHeading) set('title', titleHeading.text, { line: titleHeading.line, column: titleHeading.column })
  return { position, locations }
}

function setField(set: Setter, field: string, value: string, lead: string | null, location: Location, data: DomainData): void {
  const text = cleanText(lead ?? value)
  // "Poste : Non accompagné :" introduces a list; the text before a colon at its end is no value.
  if (/[:：]$/.test(text)) return
  switch (field) {
    case 'postingPeriod':
      return setPostingPeriod(set, text, (value) => ({ line: location.line, column: location.column + Math.max(0, text.indexOf(value)) }), data)
    case 'grade':
      // "Classification: Consultant", "General Service, UG", an NGO's "Band G": a category or a scale of
      // its own, not a grade of the table; the field stays empty rather than holding a word.
      return set('grade', normalizeGrade(text, data), location)
    case 'closingDate':
    case 'startDate':
      return set(field, normalizeDate(text, data), location)
    case 'vacancyNumber':
      return set('vacancyNumber', vacancyCode(text), location)
    default:
      return set(field as PositionField, firstSentence(text), location)
  }
}

/** `at` places a date by its text: an offset into a block's joined text is not a column when the block spans lines. */
function setPostingPeriod(set: Setter, text: string, at: (value: string) => Location, data: DomainData): void {
  const dates = findDates(text, data)
  if (dates.length === 0) return
  set('postingFrom', dates[0]!.iso ?? dates[0]!.text, at(dates[0]!.text))
  if (dates[1]) set('postingTo', dates[1].iso ?? dates[1].text, at(dates[1].text))
}

/** A job-board page's first-level heading is the job title, unless it names the kind of document. */
function documentTitle(sections: Section[], data: DomainData): Block | null {
  const first = sections.find((section) => section.headingBlock)?.headingBlock
  if (!first || first.depth !== 1 || first.headingKind) return null
  const key = normalizeKey(first.text)
  if (data.genericTitles.some((generic) => key.startsWith(normalizeKey(generic)))) return null
  return first
}

interface SupervisorMatchers {
  patterns: RegExp[]
  /**
   * The longest word of every lead: a block with none of them can match no pattern, and most blocks name
   * neither a supervision nor a reporting line, so one search spares all the patterns.
   */
  prefilter: RegExp | null
}

/** The longest word of a phrase: text without it cannot hold the phrase. */
const longestWord = (phrase: string) => phrase.trim().split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), '')

const supervisorMatchersFor = perTable((phrases: DomainData['supervisorPhrases']): SupervisorMatchers => {
  const patterns = phrases
    .filter((entry) => entry.leads.length > 0)
    .map((entry) => {
      // A lead ending in an apostrophe ("de l'") may touch the title; any other is followed by a space.
      const leads = alternation(entry.leads, (lead) => `${phrasePattern(lead)}${/['’]$/.test(lead) ? '\\s*' : '\\s+'}`)
      const articles = entry.articles.length > 0 ? `(?:(?:${alternation(entry.articles, phrasePattern)})\\s+)?` : ''
      const stops = entry.stops.length > 0 ? `\\s+(?:${alternation(entry.stops, phrasePattern)})(?![\\p{L}])|` : ''
      return new RegExp(`\\b(?:${leads})${articles}([^,;.]{3,120}?)(?=${stops}[,;.]|$)`, 'iu')
    })
  const words = alternation(phrases.flatMap((entry) => entry.leads.map(longestWord)).filter((word) => word !== ''))
  return { patterns, prefilter: words === '' ? null : new RegExp(words, 'iu') }
})

const titlePatterns = new WeakMap<DomainData, RegExp>()

function titlePattern(data: DomainData): RegExp {
  let pattern = titlePatterns.get(data)
  if (!pattern) {
    const nouns = data.jobTitleNouns.map(escapeRegExp).join('|')
    pattern = new RegExp(
      `(?:^|[,;.]\\s+)(?:the\\s+)?((?:\\p{Lu}[\\p{L}&-]*\\s+){0,4}(?:${nouns}))\\s+will\\s+be\\s+(?:based\\s+|located\\s+)?in\\s+(\\p{Lu}[^,;.]{1,60}?)(?=[,;.]|\\s+with\\s|\\s+and\\s|$)`,
      'u',
    )
    titlePatterns.set(data, pattern)
  }
  return pattern
}

const PROSE_KINDS = new Set(['header', 'context', 'responsibilities', 'position', 'other'])

function fromProse(sections: Section[], set: Setter, data: DomainData, lines: string[]): void {
  const supervisor = supervisorMatchersFor(data.supervisorPhrases)
  for (const section of sections) {
    if (!PROSE_KINDS.has(section.kind)) continue
    for (const block of section.blocks) {
      if (block.type !== 'text') continue
      for (const pattern of supervisor.prefilter?.test(block.text) ? supervisor.patterns : []) {
        const match = pattern.exec(block.text)
        if (match) {
          const value = cleanText(match[1]!)
          set('reportsTo', value, locate(lines, block, value))
          break
        }
      }
      // The title pattern needs "will be": without "will" it cannot match.
      const title = block.text.includes('will') ? titlePattern(data).exec(block.text) : null
      if (title && !/^(?:the|a|an)$/i.test(normalizeKey(title[1]!))) {
        const [name, station] = [cleanText(title[1]!), cleanText(title[2]!)]
        set('title', name, locate(lines, block, name))
        set('dutyStation', station, locate(lines, block, station))
      }
    }
  }
}
