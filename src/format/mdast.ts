// The ToR as an mdast tree in the house layout: title, a line naming the kind of document, the position
// table, then the sections in a fixed order. Structure is built as nodes; only remark's serializer
// writes Markdown, so escaping is its business.
import type { KeptSection } from './kept.js'
import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast'
import type { DomainData } from '../data/index.js'
import { firstSentence } from '../extract/values.js'
import { perObject } from '../memo.js'
import { educationRequirement, findLanguages } from '../extract/requirements.js'
import type { Competency, Item, ToR } from '../schema.js'
import { classifyHeading, fieldForLabel, vocabularyFor } from '../segment/vocabulary.js'
import { joinNames, wordingFor, type HouseField, type HouseHeading, type HouseLanguage, type HouseWording } from './labels.js'
import { houseLabels, isLetter } from './numbering.js'

export type LabelMode = 'house' | 'source'

export interface TreeOptions {
  data: DomainData
  /** `house` (default) renumbers lists in the house style; `source` keeps the labels the source gave. */
  labels?: LabelMode
  /** Which wording of the document-kind line (see `HouseWording.kind`); the shortest by default. */
  kindVariant?: number
  /** Source text the layout does not place, written as it was under "Other sections" (./kept.ts). */
  kept?: KeptSection[]
}

const text = (value: string): PhrasingContent => ({ type: 'text', value })
const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children })
const heading = (depth: 1 | 2 | 3, value: string): Heading => ({ type: 'heading', depth, children: [text(value)] })

function cell(value: string): TableCell {
  return { type: 'tableCell', children: [text(value)] }
}

function isNumber(label: string | null): label is string {
  return label !== null && /^\d{1,9}$/.test(label) && !/^0\d/.test(label)
}

function listItem(item: Item): ListItem {
  const children: ListItem['children'] = [paragraph(text(item.text))]
  children.push(...lists(item.children))
  return { type: 'listItem', spread: false, children }
}

/**
 * Siblings as lists: bullets in one list, numbers in one ordered list while they count up by one. A
 * number out of sequence starts a new list at that number (the serializer switches the delimiter so
 * the two do not merge), which keeps the source's label in `source` mode. Two labels cannot be written
 * back and become bullets: a letter below the top level (the reader makes every lettered item a
 * top-level group) and a zero-padded number ("01", which Markdown reads as 1).
 */
function lists(items: readonly Item[]): List[] {
  const out: List[] = []
  let current: List | null = null
  let next = 0
  for (const item of items) {
    const number = isNumber(item.label) ? Number(item.label) : null
    const continues = current !== null && (number === null ? current.ordered === false : current.ordered === true && number === next)
    if (!continues) {
      current = number === null ? { type: 'list', ordered: false, spread: false, children: [] } : { type: 'list', ordered: true, start: number, spread: false, children: [] }
      out.push(current)
    }
    current!.children.push(listItem(item))
    if (number !== null) next = number + 1
  }
  return out
}

/**
 * A top-level item list. A lettered group is written as its own line, "a) Policy and Strategy", with
 * its items as a list under it: the reader takes "a)" at the start of a line as a letter label and
 * files every item after it under that group until the next letter.
 */
function itemFlow(items: readonly Item[]): RootContent[] {
  const out: RootContent[] = []
  let pending: Item[] = []
  const flush = () => {
    out.push(...lists(pending))
    pending = []
  }
  for (const item of items) {
    if (!isLetter(item.label)) {
      pending.push(item)
      continue
    }
    flush()
    out.push(paragraph(text(`${item.label}) ${item.text}`)))
    out.push(...lists(item.children))
  }
  flush()
  return out
}

function competencyList(competencies: readonly Competency[]): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: competencies.map((competency) => ({
      type: 'listItem',
      spread: false,
      children: [
        competency.description === ''
          ? paragraph({ type: 'strong', children: [text(competency.name)] })
          : paragraph({ type: 'strong', children: [text(`${competency.name}:`)] }, text(` ${competency.description}`)),
      ],
    })),
  }
}

/**
 * The kept text: each source heading one level below "Other sections", its paragraphs and items as written.
 * Items are bullets whatever their source numbering: the numbering is not part of the text.
 */
function keptFlow(kept: KeptSection[]): RootContent[] {
  const out: RootContent[] = []
  for (const section of kept) {
    if (section.heading !== '') out.push(heading(3, section.heading))
    let list: List | null = null
    for (const block of section.blocks) {
      if (block.type === 'item') {
        if (!list) {
          list = { type: 'list', ordered: false, spread: false, children: [] }
          out.push(list)
        }
        list.children.push({ type: 'listItem', spread: false, children: [paragraph(text(block.text))] })
        continue
      }
      list = null
      out.push(paragraph(text(block.text)))
    }
  }
  return out
}

/** Context lines: "- " lines were list items in the source and are again; the others are paragraphs. */
function contextFlow(context: string): RootContent[] {
  const out: RootContent[] = []
  let list: List | null = null
  for (const line of context.split('\n')) {
    if (line.startsWith('- ')) {
      if (!list) {
        list = { type: 'list', ordered: false, spread: false, children: [] }
        out.push(list)
      }
      list.children.push({ type: 'listItem', spread: false, children: [paragraph(text(line.slice(2)))] })
      continue
    }
    list = null
    if (line.trim() !== '') out.push(paragraph(text(line)))
  }
  return out
}

const languageCodes = perObject((data: DomainData) => new Map(data.languageNames.map((entry) => [entry.name, entry.code])))

/**
 * A language named in the document's language ("anglais", "inglés") when the reader knows that name
 * for the same language; the English name otherwise, which the reader always knows.
 */
function languageName(name: string, language: HouseLanguage, data: DomainData): string {
  if (language === 'en') return name
  const code = languageCodes(data).get(name)
  if (!code) return name
  let local: string | undefined
  try {
    local = new Intl.DisplayNames([language], { type: 'language', fallback: 'none' }).of(code)
  } catch {
    return name
  }
  const found = local ? findLanguages(local, data) : []
  return local && found.length === 1 && found[0]!.name === name && found[0]!.length === local.length ? local : name
}

function languageFlow(tor: ToR, language: HouseLanguage, wording: HouseWording, data: DomainData): Paragraph[] {
  const names = (list: string[], conjunction: string) => joinNames(list.map((name) => languageName(name, language, data)), conjunction)
  const { required, requiredOneOf, advantageous } = tor.languages
  const out: Paragraph[] = []
  if (required.length > 0) out.push(paragraph(text(wording.languages.required(names(required, wording.and)))))
  if (requiredOneOf.length > 0) out.push(paragraph(text(wording.languages.oneOf(names(requiredOneOf, wording.or), requiredOneOf.length))))
  if (advantageous.length > 0) out.push(paragraph(text(wording.languages.advantageous(names(advantageous, wording.and)))))
  return out
}

const FIELD_ORDER: HouseField[] = ['title', 'organization', 'unit', 'dutyStation', 'reportsTo', 'grade', 'appointmentType', 'duration', 'startDate', 'closingDate', 'postingPeriod', 'vacancyNumber']

/**
 * A table row's value goes through the reader's field normaliser, which keeps the first sentence only
 * ("Berlin. Travel required" → "Berlin"). Values read from elsewhere (the title from a first-level
 * heading, the unit from its section) may hold more; those are written where they were read from.
 */
function rowSafe(value: string): boolean {
  return firstSentence(value) === value
}

function positionRows(tor: ToR, wording: HouseWording, options: { unitAsSection: boolean; titleAsRow: boolean }): TableRow[] {
  const position = tor.position
  const labels = tor.documentType === 'vacancy-notice' ? { ...wording.fields, ...wording.vacancyFields } : wording.fields
  const rows: TableRow[] = []
  for (const field of FIELD_ORDER) {
    let value: string | null
    if (field === 'postingPeriod') {
      value = position.postingFrom === null ? null : position.postingTo === null ? position.postingFrom : `${position.postingFrom} ${wording.periodJoin} ${position.postingTo}`
    } else value = position[field]
    if (value === null || value.trim() === '') continue
    if (field === 'unit' && options.unitAsSection) continue
    if (field === 'title' && !options.titleAsRow) continue
    rows.push({ type: 'tableRow', children: [cell(labels[field]), cell(value)] })
  }
  return rows
}

function section(depth: 2 | 3, name: HouseHeading | 'position', wording: HouseWording, content: RootContent[]): RootContent[] {
  return content.length === 0 ? [] : [heading(depth, wording.headings[name]), ...content]
}

export function toMdast(tor: ToR, options: TreeOptions): Root {
  const { data } = options
  const mode = options.labels ?? 'house'
  const vocabulary = vocabularyFor(data)
  const { language, wording } = wordingFor(tor.source.language)
  const { title, unit } = tor.position
  const relabel = (items: Item[], style: 'numbered' | 'bulleted') => (mode === 'house' ? houseLabels(items, style) : items)

  // The title heads the document unless the reader would take that heading for a section or a field.
  const titleHeading = title !== null && classifyHeading(vocabulary, title, null) === null && fieldForLabel(vocabulary, title) === null
  const titleAsRow = title !== null && (rowSafe(title) || !titleHeading)
  const unitAsSection = unit !== null && !rowSafe(unit)

  const children: RootContent[] = []
  // With no title, the kind line is the heading: as a paragraph before any heading it would count as
  // the document's own prose, which decides its language.
  const variants = tor.documentType === 'unknown' ? [] : wording.kind[tor.documentType]
  const kind = variants[Math.min(options.kindVariant ?? 0, variants.length - 1)]
  if (titleHeading) children.push(heading(1, title!))
  if (kind !== undefined) children.push(titleHeading ? paragraph(text(kind)) : heading(1, kind))

  const rows = positionRows(tor, wording, { unitAsSection, titleAsRow })
  const details: RootContent[] = rows.length > 0 ? [{ type: 'table', align: [null, null], children: rows } satisfies Table] : []
  const { education, experience, skills } = tor.qualifications
  const minimum = tor.qualifications.minYearsExperience
  const fromLists = educationRequirement(education, experience.map((item) => item.text), data).minYearsExperience
  if (minimum !== null && fromLists !== minimum) details.push(paragraph(text(wording.minimumExperience(minimum))))
  children.push(...section(2, 'position', wording, details))
  if (unitAsSection) children.push(...section(2, 'unit', wording, [paragraph(text(unit!))]))

  if (tor.context !== null) children.push(...section(2, 'context', wording, contextFlow(tor.context)))
  children.push(...section(2, 'responsibilities', wording, itemFlow(relabel(tor.responsibilities, 'numbered'))))
  children.push(...section(2, 'learningElements', wording, itemFlow(relabel(tor.learningElements, 'numbered'))))
  children.push(...section(2, 'performanceIndicators', wording, itemFlow(relabel(tor.performanceIndicators, 'numbered'))))

  const qualifications = [
    ...section(3, 'education', wording, itemFlow(relabel(education, 'bulleted'))),
    ...section(3, 'experience', wording, itemFlow(relabel(experience, 'bulleted'))),
    ...section(3, 'skills', wording, itemFlow(relabel(skills, 'bulleted'))),
  ]
  children.push(...section(2, 'qualifications', wording, qualifications))
  children.push(...section(2, 'languages', wording, languageFlow(tor, language, wording, data)))

  const { values, core, managerial } = tor.competencies
  const competencies = [
    ...section(3, 'values', wording, values.length > 0 ? [competencyList(values)] : []),
    ...section(3, 'coreCompetencies', wording, core.length > 0 ? [competencyList(core)] : []),
    ...section(3, 'managerialCompetencies', wording, managerial.length > 0 ? [competencyList(managerial)] : []),
  ]
  children.push(...section(2, 'competencies', wording, competencies))
  const kept = keptFlow(options.kept ?? [])
  if (kept.length > 0) children.push(heading(2, wording.otherSections), ...kept)
  return { type: 'root', children }
}
