// ToR to canonical Markdown: the house layout as mdast (./mdast.ts), written by remark's serializer with
// the GFM table extension for the position table. `format` (the library API) parses a source first.
import { gfmTableToMarkdown } from 'mdast-util-gfm-table'
import remarkStringify from 'remark-stringify'
import { unified, type Processor } from 'unified'
import { defaultData, type DomainData } from '../data/index.js'
import type { ToR } from '../schema.js'
import { documentType } from '../extract/document.js'
import { wordingFor } from './labels.js'
import { toMdast, type LabelMode } from './mdast.js'
import { keptText } from './kept.js'
import type { SegmentedDocument } from '../segment/index.js'
import { parse, type ParseOptions, type ParsedDocument } from '../document/index.js'

export { toMdast, type LabelMode } from './mdast.js'
export { houseLabels } from './numbering.js'
export { contractFields, roundTripDifferences } from './compare.js'
export { keptText, lostWords, wordsOf, type KeptSection, type LostWord } from './kept.js'

export interface RenderOptions {
  /** Domain tables: language names and the heading vocabulary the layout must not collide with. */
  data?: DomainData
  /** `house` (default) renumbers duties 1, 2, 3 and writes requirements as bullets; `source` keeps the source's labels. */
  labels?: LabelMode
  /**
   * The segmented source the ToR was read from. With it, every source block whose words the layout does
   * not hold is written under "Other sections", as it was, so formatting loses no text.
   */
  source?: SegmentedDocument
}

function remarkGfmTableStringify(this: Processor): void {
  const data = this.data()
  data.toMarkdownExtensions = [...(data.toMarkdownExtensions ?? []), gfmTableToMarkdown()]
}

const serializer = unified()
  .use(remarkStringify, { bullet: '-', bulletOrdered: '.', emphasis: '*', strong: '*', listItemIndent: 'one', incrementListMarker: true, rule: '-', fences: true })
  .use(remarkGfmTableStringify)
  .freeze()

/**
 * The ToR as Markdown in the house layout. The kind line takes the shortest wording under which the
 * whole output still reads as the same type of document (its other text may lean towards another).
 */
export function renderMarkdown(tor: ToR, options: RenderOptions = {}): string {
  const data = options.data ?? defaultData
  const variants = tor.documentType === 'unknown' ? 1 : wordingFor(tor.source.language).wording.kind[tor.documentType].length
  const layout = serializer.stringify(toMdast(tor, { data, labels: options.labels }))
  // A document with nothing of a ToR in it is not turned into its own text under "Other sections".
  if (layout.trim() === '') return ''
  const kept = options.source ? keptText(options.source, layout) : []
  let first: string | null = null
  for (let kindVariant = 0; kindVariant < variants; kindVariant++) {
    const markdown = kindVariant === 0 && kept.length === 0 ? layout : serializer.stringify(toMdast(tor, { data, labels: options.labels, kindVariant, kept }))
    if (documentType(markdown, data) === tor.documentType) return markdown
    first ??= markdown
  }
  return first!
}

export interface FormatOptions extends ParseOptions {
  /** `house` (default): duties numbered 1, 2, 3 and requirements as bullets; `source`: the source's own numbering. */
  labels?: LabelMode
}

/**
 * A document as canonical Markdown in the house layout. Text or bytes are parsed first (`path`, `format`
 * and `data` as for `parse`); a parsed document or a ToR is written as it is. Parsing the result gives
 * back the same ToR, labels renumbered in the house style.
 */
export function format(input: string | Uint8Array | ParsedDocument | ToR, options: FormatOptions = {}): string {
  const data = options.data ?? defaultData
  // From a source (text, bytes or a parsed document) nothing is lost: what the layout does not place is
  // kept under "Other sections". A bare ToR has no source text to keep.
  const doc = typeof input === 'string' || input instanceof Uint8Array ? parse(input, { ...options, data }) : 'segmented' in input ? input : null
  const tor = doc ? doc.tor : (input as ToR)
  return renderMarkdown(tor, { data, labels: options.labels, source: doc?.segmented })
}
