// Source to ParsedDocument: ingest, segment and extract composed, with the document type every later
// stage (rules, jobposting, format, lint) reads. Below the rules, so they can import it without a circle.
import { defaultData, type DomainData } from '../data/index.js'
import { extract } from '../extract/index.js'
import { ingest, ingestAsync, type IngestedDocument, type SourceFormat } from '../ingest/index.js'
import { InputError } from '../ingest/decode.js'
import type { ToR } from '../schema.js'
import { segment, type SegmentedDocument } from '../segment/index.js'

export interface ParseOptions {
  /** Path for messages and for choosing the format by extension. */
  path?: string | null
  format?: SourceFormat
  /** Domain tables (headings, frameworks, grades...); defaults to the built-in ones. */
  data?: DomainData
  /** The most a .docx may unpack to, or a .pdf's streams decompress to, in bytes; 50 MB by default. */
  maxSize?: number
}

/** Everything the rules need: the typed ToR plus the source and its segmentation, for positions. */
export interface ParsedDocument {
  tor: ToR
  source: IngestedDocument
  segmented: SegmentedDocument
  /** Source lines (LF-normalised), for rules that point inside a line. */
  lines: string[]
}

/**
 * Text, Markdown and HTML, synchronously. A .docx or .pdf (by `format` or by the extension of `path`) throws
 * an InputError saying to use `parseAsync`, because mammoth and pdf.js only work asynchronously.
 */
export function parse(input: string | Uint8Array, options: ParseOptions = {}): ParsedDocument {
  return guarded(options, () => fromSource(ingest(input, { path: options.path ?? null, format: options.format }), options))
}

/** Every format, including .docx and .pdf (given as bytes). Resolves to the same document as `parse`. */
export async function parseAsync(input: string | Uint8Array, options: ParseOptions = {}): Promise<ParsedDocument> {
  const source = await guardedAsync(options, () => ingestAsync(input, { path: options.path ?? null, format: options.format, maxSize: options.maxSize }))
  return guarded(options, () => fromSource(source, options))
}

function fromSource(source: IngestedDocument, options: ParseOptions): ParsedDocument {
  const data = options.data ?? defaultData
  const segmented = segment(source, data)
  const tor = extract(source, segmented, data)
  return { tor, source, segmented, lines: source.lines }
}

function tooDeep(options: ParseOptions, error: unknown): never {
  // Lists, quotes or HTML elements nested thousands deep exhaust the stack of the tree walks.
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    throw new InputError(options.path ?? null, 'is nested too deeply to read (thousands of levels of lists, quotes or HTML elements): flatten the nesting')
  }
  throw error
}

function guarded<T>(options: ParseOptions, run: () => T): T {
  try {
    return run()
  } catch (error) {
    return tooDeep(options, error)
  }
}

async function guardedAsync<T>(options: ParseOptions, run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (error) {
    return tooDeep(options, error)
  }
}
