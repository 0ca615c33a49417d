// Tree to sections: the blocks of the document grouped under the headings that open them.
import type { IngestedDocument } from '../ingest/index.js'
import type { DomainData } from '../data/index.js'
import type { SectionKind } from '../schema.js'
import { normalizeKey, wordCount } from '../text.js'
import { buildBlocks, type Block } from './blocks.js'
import { flattenTree } from './flatten.js'
import { fieldForLabel, vocabularyFor, type Vocabulary } from './vocabulary.js'
import { formOf, scoreHeading } from './score.js'

export type { Block, BlockType, MarkerKind } from './blocks.js'

export interface Section {
  kind: SectionKind
  heading: string
  line: number
  column: number
  /** The heading block itself; null for the header before the first heading and for openers. */
  headingBlock: Block | null
  blocks: Block[]
  /** The rank of the heading's form (`formOf`): a heading of the same or a higher rank closes the section. */
  rank: number
  /** Under an "Other sections" heading: text kept as written, which extraction does not read. */
  kept?: boolean
}

export interface SegmentedDocument {
  blocks: Block[]
  sections: Section[]
}

export function segment(document: IngestedDocument, data: DomainData): SegmentedDocument {
  const vocabulary = vocabularyFor(data)
  const source = document.lines
  const blocks = buildBlocks(flattenTree(document.tree, source), vocabulary, source)
  const sections: Section[] = [{ kind: 'header', heading: '', line: 1, column: 1, headingBlock: null, blocks: [], rank: Number.POSITIVE_INFINITY }]
  const open = (kind: SectionKind, block: Block, rank: number): void => {
    sections.push({ kind, heading: block.text, line: block.line, column: block.column, headingBlock: block, blocks: [], rank })
  }
  blocks.forEach((block, index) => {
    let current = sections[sections.length - 1]!
    if (block.type === 'heading' && block.headingKind) return open(block.headingKind, block, formOf(block, data).rank)
    const placed = placeCandidate(block, blocks, index, current, data, vocabulary)
    if (placed?.open) return open(placed.open, block, placed.rank)
    if (placed?.lead) {
      // A sentence that announces the duties ("Your main tasks will be:") opens them, and stays their first line.
      current = { kind: placed.lead, heading: openerHeading(block.text), line: block.line, column: block.column, headingBlock: null, blocks: [], rank: current.rank + 0.5 }
      sections.push(current)
    }
    const opener = block.type === 'text' ? openerKind(vocabulary.openers, block.text) : null
    if (opener && opener !== current.kind) {
      current = { kind: opener, heading: openerHeading(block.text), line: block.line, column: block.column, headingBlock: null, blocks: [], rank: current.rank }
      sections.push(current)
    }
    current.blocks.push(block)
  })
  markKeptText(sections, data.keptTextHeadings)
  return { blocks, sections }
}

interface Placement {
  /** The block is a heading that opens a section of this kind. */
  open?: SectionKind
  rank: number
  /** The block is a sentence that opens a section of this kind and belongs to it. */
  lead?: SectionKind
}

/**
 * Where a heading the phrase table does not know goes. A kind its words (or the lines after it) name
 * opens a section unless that section is the one open; an unknown heading of the same or a higher rank
 * than the open section's closes it; an unknown sub-heading ("Strategic Planning:") stays inside.
 */
function placeCandidate(block: Block, blocks: Block[], index: number, current: Section, data: DomainData, vocabulary: Vocabulary): Placement | null {
  const candidate = candidateType(block, blocks, index)
  if (!candidate) return null
  // "Duty Station Kismayo, Somalia": a field label and its value without a colon is a row, not a heading.
  if (candidate === 'plain' && startsWithFieldLabel(block.text, vocabulary)) return null
  const inContent = !OUTSIDE.has(current.kind)
  const form = formOf(block, data)
  // A level-1 heading before any section is the document's title ("# Knowledge Management Officer").
  if (current.kind === 'header' && block.markdown && block.depth === 1) return { open: 'other', rank: form.rank }
  const follow = candidate === 'heading' || (candidate === 'subheading' && !inContent)
  const score = scoreHeading(block, follow ? blocks.slice(index + 1, index + 24) : [], data, follow, candidate === 'label' ? block.boldLead! : block.text, form)
  if (candidate === 'label') {
    // "**Application process:** Send ..." after a list of competencies ends the list.
    return inContent && score.kind && score.kind !== current.kind && score.points >= data.headingForm.insideScore ? { open: score.kind, rank: form.rank } : null
  }
  if (candidate === 'lead') {
    const duties = score.kind === 'responsibilities' && score.points >= data.headingForm.insideScore && LEAD_FROM.has(current.kind) && announcesList(blocks, index)
    return duties ? { lead: 'responsibilities', rank: form.rank } : null
  }
  const need = candidate === 'plain' || (inContent && candidate !== 'heading') ? data.headingForm.insideScore : data.headingForm.minScore
  if (score.kind && score.points >= need) return score.kind === current.kind ? null : { open: score.kind, rank: form.rank }
  if (candidate === 'heading') return inContent && form.rank > current.rank ? null : { open: 'other', rank: form.rank }
  // A label line ("Similar jobs:") after the application boilerplate starts something new; inside a
  // content section ("Duties include:") it only introduces the list.
  if (candidate === 'subheading' && /:$/.test(block.text) && BOILERPLATE.has(current.kind)) {
    const kind = openerKind(vocabulary.openers, block.text) ?? 'other'
    if (kind !== current.kind) return { open: kind, rank: form.rank }
  }
  return null
}

/** The next block is a list item, or a sub-heading with a list item after it. */
function announcesList(blocks: Block[], index: number): boolean {
  const next = blocks[index + 1]
  return next?.type === 'item' || (next?.type === 'subheading' && blocks[index + 2]?.type === 'item')
}

type Candidate = 'heading' | 'subheading' | 'plain' | 'lead' | 'label'

/**
 * Which blocks may be headings: headings and sub-headings, a short line standing alone, a sentence ending
 * in a colon, a bold label with its text after it.
 */
function candidateType(block: Block, blocks: Block[], index: number): Candidate | null {
  if (block.type === 'heading') return block.headingKind ? null : 'heading'
  if (block.type === 'subheading') return 'subheading'
  if (block.type !== 'text') return null
  if (block.boldLead && /:$/.test(block.boldLead) && wordCount(block.boldLead) <= 6) return 'label'
  const words = wordCount(block.text)
  if (words <= 6 && /^\p{Lu}/u.test(block.text) && !/[.;,:!?]$|:\/\/|www\./u.test(block.text) && blocks[index - 1]?.group !== block.group && blocks[index + 1]?.group !== block.group) return 'plain'
  if (words <= 20 && /:$/.test(block.text)) return 'lead'
  return null
}

/** The first words name a position field ("Duty Station", "Contract Type") and more words follow. */
function startsWithFieldLabel(text: string, vocabulary: Vocabulary): boolean {
  const words = text.split(/\s+/)
  for (let count = Math.min(4, words.length - 1); count >= 1; count--) {
    if (fieldForLabel(vocabulary, words.slice(0, count).join(' ')) !== null) return true
  }
  return false
}

/** Sections where a sentence announcing the duties starts them: prose sections, not other lists. */
const LEAD_FROM = new Set<SectionKind>(['header', 'other', 'context', 'introduction', 'position'])

/**
 * The "Other sections" part and every section under it, up to the next Markdown heading of its level or
 * higher: `format` writes there what its layout does not place, with the original headings one level down.
 */
function markKeptText(sections: Section[], headings: string[]): void {
  const keys = new Set(headings.map((heading) => normalizeKey(heading)))
  let keptDepth: number | null = null
  for (const section of sections) {
    const depth = section.headingBlock?.depth ?? 0
    if (keptDepth !== null && depth > 0 && depth <= keptDepth) keptDepth = null
    if (keptDepth === null && section.headingBlock && keys.has(normalizeKey(section.heading))) keptDepth = Math.max(depth, 1)
    if (keptDepth !== null) {
      section.kept = true
      section.kind = 'other'
    }
  }
}

const BOILERPLATE = new Set<SectionKind>(['introduction', 'candidates', 'notes', 'howToApply', 'postingPeriod', 'noFees', 'assessment', 'travel'])
/** Sections an unknown heading never stays inside. */
const OUTSIDE = new Set<SectionKind>(['header', 'other', ...BOILERPLATE])

/** An opening sentence stands in for the missing heading: its first clause names the section. */
function openerHeading(text: string): string {
  const clause = /^[^,.;:]{8,100}/.exec(text)?.[0] ?? text.slice(0, 100)
  return clause.trim()
}

function openerKind(openers: { prefix: string; kind: SectionKind }[], text: string): SectionKind | null {
  const key = normalizeKey(text.slice(0, 120))
  return openers.find((opener) => key.startsWith(opener.prefix))?.kind ?? null
}
