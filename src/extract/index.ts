// Sections to the typed ToR: every value cleaned, normalised and tied to the line it came from.
import type { DomainData } from '../data/index.js'
import { placeAt, type IngestedDocument, type SourcePlaces } from '../ingest/index.js'
import { SCHEMA_VERSION, type Competency, type Item, type SectionKind, type ToR } from '../schema.js'
import type { Block, Section, SegmentedDocument } from '../segment/index.js'
import { fieldForLabel, vocabularyFor } from '../segment/vocabulary.js'
import { readsAsTask } from '../segment/score.js'
import { competenciesFromBlocks, groupOf } from './competencies.js'
import { detectLanguage, documentType } from './document.js'
import { buildItems, groupName } from './items.js'
import { blocksWithHeading } from './locate.js'
import { extractPosition } from './position.js'
import { educationFromStatements, findDegrees, findLanguages, languagesFromStatements, requirementStatements } from './requirements.js'

export { findDates, findYearCounts, normalizeGrade } from './values.js'
export { findDegrees, findLanguages } from './requirements.js'
export { paragraphLanguage } from './document.js'

function sectionsOf(segmented: SegmentedDocument, ...kinds: SectionKind[]): Section[] {
  return segmented.sections.filter((section) => kinds.includes(section.kind))
}

function blocksOf(segmented: SegmentedDocument, ...kinds: SectionKind[]): Block[] {
  return sectionsOf(segmented, ...kinds).flatMap((section) => section.blocks)
}

function itemsOf(segmented: SegmentedDocument, kind: SectionKind): Item[] {
  return sectionsOf(segmented, kind).flatMap((section) => buildItems(section.blocks))
}

/**
 * The duties: grouped under numbered group names where the list has them. Where one duty section has a
 * list, the prose of another (the paragraph under "Duties" before "Key tasks:") introduces it.
 */
function dutiesOf(segmented: SegmentedDocument, data: DomainData): Item[] {
  const sections = sectionsOf(segmented, 'responsibilities')
  const listed = sections.some((section) => section.blocks.some((block) => block.type === 'item'))
  // Without a list, paragraphs are duties only where they read as tasks ("Élaborer la stratégie ..."):
  // paragraphs about what the organisation will do are not the consultant's duties.
  if (!listed) {
    const paragraphs = sections.flatMap((section) => section.blocks.filter((block) => block.type === 'text'))
    const tasks = paragraphs.filter((block) => readsAsTask(block.text, data))
    return tasks.length * 2 >= paragraphs.length ? sections.flatMap((section) => buildItems(section.blocks)) : []
  }
  const items = sections
    .filter((section) => !listed || section.blocks.some((block) => block.type === 'item'))
    .flatMap((section) => {
      // A section its first group name opened ("3.1. Project management") keeps that group.
      const opening = section.headingBlock?.type === 'subheading' && groupName(section.headingBlock) !== null ? [section.headingBlock] : []
      return buildItems([...opening, ...section.blocks], { groups: true })
    })
  return onceIfRepeated(items)
}

/**
 * A duty list given twice (a bilingual notice, or a summary then the details) under the same numbers
 * ("3.1 ... 3.4", then "3.1 ... 3.4" again) is one list.
 */
function onceIfRepeated(items: Item[]): Item[] {
  const half = items.length / 2
  if (!Number.isInteger(half) || half < 2) return items
  const labels = items.map((item) => item.label)
  if (labels.some((label) => label === null) || new Set(labels.slice(0, half)).size < half) return items
  return labels.slice(0, half).every((label, index) => label === labels[half + index]) ? items.slice(0, half) : items
}

function contextText(blocks: Block[]): string | null {
  const parts = blocks.filter((block) => block.type === 'text' || block.type === 'item').map((block) => (block.type === 'item' ? `- ${block.text}` : block.text))
  return parts.length > 0 ? parts.join('\n') : null
}

/** The document without its "Other sections" part: text kept as written is never read into fields. */
function withoutKeptText(segmented: SegmentedDocument): SegmentedDocument {
  if (!segmented.sections.some((section) => section.kept)) return segmented
  const kept = new Set(segmented.sections.filter((section) => section.kept).flatMap(blocksWithHeading))
  return { blocks: segmented.blocks.filter((block) => !kept.has(block)), sections: segmented.sections.filter((section) => !section.kept) }
}

const CONTENT_KINDS = new Set<SectionKind>(['context', 'responsibilities', 'qualifications', 'education', 'experience', 'skills', 'learningElements', 'performanceIndicators', 'languages', 'position', 'header'])

export function extract(document: IngestedDocument, whole: SegmentedDocument, data: DomainData): ToR {
  const segmented = withoutKeptText(whole)
  const vocabulary = vocabularyFor(data)
  const frontMatter = document.frontMatter && document.frontMatterLine ? { values: document.frontMatter, line: document.frontMatterLine } : null
  const lines = document.lines
  const { position, locations } = extractPosition(segmented.sections, segmented.blocks, frontMatter, data, (label) => fieldForLabel(vocabulary, label), lines)

  const contextBlocks = blocksOf(segmented, 'context')
  const firstContext = contextBlocks.find((block) => block.type === 'text' || block.type === 'item')

  let education = itemsOf(segmented, 'education')
  let experience = itemsOf(segmented, 'experience')
  let skills = itemsOf(segmented, 'skills')
  // Qualification sections without Education/Experience/Skills headings: sort each item by what it says.
  for (const item of itemsOf(segmented, 'qualifications')) {
    const text = item.text.toLowerCase()
    // Language sentences are read by languagesFromStatements, from the sections themselves.
    if (findLanguages(item.text, data).length > 0) continue
    // The degree-word table names the degrees in every language ("doctorat", "título universitario").
    else if (/\b(?:degree|diploma|university|master|bachelor|phd|doctorate|licence|maîtrise|maestría|licenciatura|título)\b/u.test(text) || findDegrees(item.text, data).length > 0) education = [...education, item]
    else if (/\b(?:years?|experience|expérience|experiencia|ans|años)\b/u.test(text)) experience = [...experience, item]
    else skills = [...skills, item]
  }
  // Degrees, years and languages are read from every statement that can state them, not only from the
  // lists above: requirements often sit under headings the segmenter does not know.
  const statements = requirementStatements(segmented.sections, data)
  const { degreeLevels, minYearsExperience } = educationFromStatements(statements, data)

  const competencies: Record<'values' | 'core' | 'managerial', Competency[]> = {
    values: competenciesFromBlocks(blocksOf(segmented, 'values'), data),
    core: competenciesFromBlocks(blocksOf(segmented, 'coreCompetencies'), data),
    managerial: competenciesFromBlocks(blocksOf(segmented, 'managerialCompetencies'), data),
  }
  for (const found of competenciesFromBlocks(blocksOf(segmented, 'competencies'), data)) {
    if (found.description === '' && found.name.split(' ').length > 6) continue
    competencies[groupOf(found.name, data)].push(found)
  }

  // The whole prose is joined only when the content sections have none to detect the language from.
  const prose = () =>
    segmented.blocks
      .filter((block) => block.type === 'text' || block.type === 'item')
      .map((block) => block.text)
      .join('\n')
  const contentProse = sectionsOf(segmented, ...CONTENT_KINDS)
    .flatMap((section) => section.blocks)
    .filter((block) => block.type === 'text' || block.type === 'item')
    .map((block) => block.text)
    .join('\n')

  return clampLocations(lines, document.places, {
    schemaVersion: SCHEMA_VERSION,
    source: { path: document.path, format: document.format, language: detectLanguage(contentProse || prose(), data) },
    documentType: documentType(document.text, data),
    position,
    positionLocations: locations,
    context: contextText(contextBlocks),
    contextLocation: firstContext ? { line: firstContext.line, column: firstContext.column } : null,
    responsibilities: dutiesOf(segmented, data),
    learningElements: itemsOf(segmented, 'learningElements'),
    performanceIndicators: itemsOf(segmented, 'performanceIndicators'),
    qualifications: { education, experience, skills, degreeLevels, minYearsExperience },
    languages: languagesFromStatements(statements, data),
    competencies,
    sections: whole.sections
      .filter((section) => section.headingBlock !== null || section.kind !== 'header')
      .map((section) => ({ kind: section.kind, heading: section.heading, line: section.line, column: section.column })),
  })
}

/**
 * The contract says every line and column is a source position. Positions computed from offsets in cleaned,
 * joined text can overshoot a line (inline code across lines, run-on competencies); hold them to the file.
 */
function clampLocations(lines: string[], places: SourcePlaces | null, tor: ToR): ToR {
  const stack: unknown[] = [tor]
  while (stack.length > 0) {
    const value = stack.pop()
    if (value === null || typeof value !== 'object') continue
    if (Array.isArray(value)) {
      stack.push(...value)
      continue
    }
    const record = value as { line?: unknown; column?: unknown }
    if (typeof record.line === 'number' && typeof record.column === 'number') {
      const line = Math.min(Math.max(1, record.line), Math.max(1, lines.length))
      record.line = line
      const column = Math.min(Math.max(1, record.column), (lines[line - 1] ?? '').length + 1)
      record.column = column
      // PDF and Word positions also in the original's terms (page and printed line, paragraph).
      const place = placeAt(places, line, column)
      if (place) Object.assign(record, place)
    }
    stack.push(...Object.values(value))
  }
  return tor
}
