// The library API: pure functions on strings and buffers. No process exit, console output or file system.
import { defaultData, type DomainData } from './data/index.js'
import { extract } from './extract/index.js'
import { ingest, type IngestedDocument, type SourceFormat } from './ingest/index.js'
import type { ToR } from './schema.js'
import { segment, type SegmentedDocument } from './segment/index.js'

export { torSchema, torJsonSchema, SCHEMA_VERSION } from './schema.js'
export type { ToR, Item, Competency, DocumentType, DegreeLevel, Position, SectionKind } from './schema.js'
export { defaultData, mergeData, domainDataSchema, dataOverridesSchema } from './data/index.js'
export type { DomainData, DataOverrides } from './data/index.js'
export { InputError } from './ingest/decode.js'
export type { Block, Section } from './segment/index.js'

export interface ParseOptions {
  /** Path for messages and for choosing the format by extension. */
  path?: string | null
  format?: SourceFormat
  /** Domain tables (headings, frameworks, grades...); defaults to the built-in ones. */
  data?: DomainData
}

/** Everything the rules need: the typed ToR plus the source and its segmentation, for positions. */
export interface ParsedDocument {
  tor: ToR
  source: IngestedDocument
  segmented: SegmentedDocument
  /** Source lines (LF-normalised), for rules that point inside a line. */
  lines: string[]
}

export function parse(input: string | Uint8Array, options: ParseOptions = {}): ParsedDocument {
  const data = options.data ?? defaultData
  const source = ingest(input, { path: options.path ?? null, format: options.format })
  const segmented = segment(source, data)
  const tor = extract(source, segmented, data)
  return { tor, source, segmented, lines: source.text.split('\n') }
}
