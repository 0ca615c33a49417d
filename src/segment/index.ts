// Tree to sections: the blocks of the document grouped under the headings that open them.
import type { IngestedDocument } from '../ingest/index.js'
import type { DomainData } from '../data/index.js'
import type { SectionKind } from '../schema.js'
import { normalizeKey } from '../text.js'
import { buildBlocks, type Block } from './blocks.js'
import { flattenTree } from './flatten.js'
import { vocabularyFor } from './vocabulary.js'

export type { Block, BlockType, MarkerKind } from './blocks.js'

export interface Section {
  kind: SectionKind
  heading: string
  line: number
  column: number
  /** The heading block itself; null for the header before the first heading and for openers. */
  headingBlock: Block | null
  blocks: Block[]
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
  const sections: Section[] = [{ kind: 'header', heading: '', line: 1, column: 1, headingBlock: null, blocks: [] }]
  for (const block of blocks) {
    let current = sections[sections.length - 1]!
    // A label line ("Similar jobs:") after the application boilerplate starts something new; inside a
    // content section ("Duties include:") it only introduces the list.
    const labelKind = block.type === 'subheading' && /:$/.test(block.text) && BOILERPLATE.has(current.kind) ? (openerKind(vocabulary.openers, block.text) ?? 'other') : null
    if (block.type === 'heading' || (labelKind && labelKind !== current.kind)) {
      sections.push({
        kind: block.headingKind ?? labelKind ?? 'other',
        heading: block.text,
        line: block.line,
        column: block.column,
        headingBlock: block,
        blocks: [],
      })
      continue
    }
    const opener = block.type === 'text' ? openerKind(vocabulary.openers, block.text) : null
    if (opener && opener !== current.kind) {
      current = { kind: opener, heading: openerHeading(block.text), line: block.line, column: block.column, headingBlock: null, blocks: [] }
      sections.push(current)
    }
    current.blocks.push(block)
  }
  markKeptText(sections, data.keptTextHeadings)
  return { blocks, sections }
}

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

/** An opening sentence stands in for the missing heading: its first clause names the section. */
function openerHeading(text: string): string {
  const clause = /^[^,.;:]{8,100}/.exec(text)?.[0] ?? text.slice(0, 100)
  return clause.trim()
}

function openerKind(openers: { prefix: string; kind: SectionKind }[], text: string): SectionKind | null {
  const key = normalizeKey(text.slice(0, 120))
  return openers.find((opener) => key.startsWith(opener.prefix))?.kind ?? null
}
