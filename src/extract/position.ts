// Position fields: label rows and front matter first, then what the prose states ("under the direct
// supervision of the Programme Manager", "Protection Officer will be in Cameroon").
import type { DomainData } from '../data/index.js'
import type { Location, Position, PositionField } from '../schema.js'
import { positionFieldNames } from '../schema.js'
import type { Block, Section } from '../segment/index.js'
import { perObject } from '../memo.js'
import { cleanText, escapeRegExp, normalizeKey } from '../text.js'
import { frontMatterEntries, frontMatterField, headLines, splitSiteTitle } from './front-matter.js'
import { contractItems, labelledValues } from './labels.js'
import { dutyStationFromProse } from './station.js'
import { proseDeadlines } from './deadline.js'
import { findDates, firstSentence, normalizeDate, normalizeGrade, vacancyCode } from './values.js'
import { locate } from './locate.js'
import { appointmentInProse } from './appointment.js'
import { organizationInProse } from './organization.js'
import { supervisorInProse } from './supervisor.js'
import { titleInProse, withoutSiteSuffix } from './title.js'

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
  for (const item of contractItems(sections, data.contractWords, lines)) set('appointmentType', item.value, item.location)
  fromProse(sections, set, data, lines)
  const station = position.dutyStation === null ? dutyStationFromProse(sections, data, lines) : null
  if (station) set('dutyStation', station.value, station.at)
  const deadline = position.closingDate === null ? proseDeadlines(sections, data)[0] : undefined
  if (deadline) set('closingDate', deadline.iso, locate(lines, deadline.block, deadline.text))
  const organization = position.organization === null ? organizationInProse(sections, blocks, data, lines) : null
  if (organization) set('organization', organization.name, organization.at)
  const appointment = position.appointmentType === null ? appointmentInProse(sections, data, lines) : null
  if (appointment) set('appointmentType', appointment.value, appointment.at)
  const titleHeading = documentTitle(sections, data)
  if (titleHeading) set('title', withoutSiteSuffix(titleHeading.text, data), { line: titleHeading.line, column: titleHeading.column })
  const title = position.title === null ? titleInProse(sections, data, lines) : null
  if (title) set('title', title.value, title.at)
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

const titlePatterns = perObject(
  (nouns: DomainData['jobTitleNouns']): RegExp =>
    new RegExp(
      `(?:^|[,;.]\\s+)(?:the\\s+)?((?:\\p{Lu}[\\p{L}&-]*\\s+){0,4}(?:${nouns.map(escapeRegExp).join('|')}))\\s+will\\s+be\\s+(?:based\\s+|located\\s+)?in\\s+(\\p{Lu}[^,;.]{1,60}?)(?=[,;.]|\\s+with\\s|\\s+and\\s|$)`,
      'u',
    ),
)

function titlePattern(data: DomainData): RegExp {
  return titlePatterns(data.jobTitleNouns)
}

const PROSE_KINDS = new Set(['header', 'context', 'responsibilities', 'position', 'other'])

function fromProse(sections: Section[], set: Setter, data: DomainData, lines: string[]): void {
  const supervisor = supervisorInProse(sections, data, lines)
  if (supervisor) set('reportsTo', supervisor.value, supervisor.at)
  for (const section of sections) {
    if (!PROSE_KINDS.has(section.kind)) continue
    for (const block of section.blocks) {
      if (block.type !== 'text') continue
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
