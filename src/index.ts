// The library API: pure functions on strings and buffers. No process exit, console output or file system.
import { defaultData, type DomainData } from './data/index.js'
import { extract } from './extract/index.js'
import { ingest, ingestAsync, placeAt, type IngestedDocument, type SourceFormat } from './ingest/index.js'
import type { ToR } from './schema.js'
import { segment, type SegmentedDocument } from './segment/index.js'
import { rules } from './rules/index.js'
import type { AnyRule } from './rules/define.js'
import { runRules } from './rules/engine.js'
import type { LintResult } from './rules/types.js'
import { resolveConfig, type ResolvedConfig } from './config/resolve.js'
import { InputError } from './ingest/decode.js'
import { renderMarkdown, type LabelMode } from './format/index.js'
import { placeLabel } from './report/place.js'

export { torSchema, torJsonSchema, SCHEMA_VERSION } from './schema.js'
/** The zod schema of a parsed document (`schema.parse(json)` validates, `torJsonSchema()` gives the JSON Schema). */
export { torSchema as schema } from './schema.js'
export type { ToR, Item, Competency, DocumentType, DegreeLevel, Position, SectionKind } from './schema.js'
export { defaultData, mergeData, domainDataSchema, dataOverridesSchema } from './data/index.js'
export type { DomainData, DataOverrides } from './data/index.js'
export { InputError } from './ingest/decode.js'
export type { Block, Section } from './segment/index.js'
export type { SourceFormat, Place } from './ingest/index.js'

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

export interface LintOptions extends ParseOptions {
  /** Resolved rule settings and data; the `recommended` preset with built-in data when absent. */
  config?: ResolvedConfig
  /** Rules to run; every built-in rule by default. */
  rules?: readonly AnyRule[]
}

/** Parse and lint one document. Returns the findings in the JSON formatter's shape. */
export function lint(input: string | Uint8Array, options: LintOptions = {}): LintResult {
  const ruleList = options.rules ?? rules
  const config = options.config ?? resolveConfig({ config: {}, source: 'defaults', rules: ruleList })
  // Data given directly serves the rules as well as the parse.
  const data = options.data ?? config.data
  const doc = parse(input, { ...options, data })
  return withPlaces(runRules(doc, { rules: ruleList, settings: config.settings, data, filePath: options.path ?? '<text>' }), doc.source)
}

/** `lint` for every format, including .docx and .pdf. */
export async function lintAsync(input: string | Uint8Array, options: LintOptions = {}): Promise<LintResult> {
  const ruleList = options.rules ?? rules
  const config = options.config ?? resolveConfig({ config: {}, source: 'defaults', rules: ruleList })
  const data = options.data ?? config.data
  const doc = await parseAsync(input, { ...options, data })
  return lintParsed(doc, { config: data === config.data ? config : { ...config, data }, rules: ruleList, filePath: options.path ?? '<text>' })
}

/**
 * Findings in a PDF or Word file also say where they are in the original (page and line, paragraph), and
 * a "line N" a message refers to is told the same way: those numbers count lines of the extracted text,
 * which the reader of the PDF or Word file never sees.
 */
function withPlaces(result: LintResult, source: IngestedDocument): LintResult {
  const places = source.places
  if (!places) return result
  for (const message of result.messages) {
    const place = placeAt(places, message.line, message.column)
    if (place) Object.assign(message, place)
    message.message = message.message.replace(/\bline (\d+)\b/g, (text, line: string) => {
      const referred = placeAt(places, Number(line), 1)
      return referred ? (placeLabel(referred) ?? text) : text
    })
  }
  return result
}

/** Lint an already parsed document (the CLI parses once and both converts and lints). */
export function lintParsed(doc: ParsedDocument, options: { config?: ResolvedConfig; rules?: readonly AnyRule[]; filePath?: string } = {}): LintResult {
  const ruleList = options.rules ?? rules
  const config = options.config ?? resolveConfig({ config: {}, source: 'defaults', rules: ruleList })
  return withPlaces(runRules(doc, { rules: ruleList, settings: config.settings, data: config.data, filePath: options.filePath ?? doc.source.path ?? '<text>' }), doc.source)
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

export { rules, ruleById, defineRule } from './rules/index.js'
export type { Rule, AnyRule, RuleExample, RuleContext } from './rules/index.js'
export type { Fix, LintMessage, LintResult, RuleMeta, Severity } from './rules/types.js'
export { applyFixes, fixUntilStable, MAX_FIX_PASSES } from './rules/fixes.js'
export type { AppliedFixes, StableFixes } from './rules/fixes.js'
export { configSchema, presetNames } from './config/schema.js'
export type { Config } from './config/schema.js'
export { resolveConfig, ConfigError } from './config/resolve.js'
export type { ResolvedConfig } from './config/resolve.js'
export { formatters, getFormatter, streamingFormatters, getStreamingFormatter, formatterOf, UnknownFormatterError } from './report/index.js'
export type { Formatter, FormatContext, FormatSession, StreamingFormatter, FormatterName } from './report/index.js'
export { toJobPosting, postingGaps, jobPostingSchema } from './jobposting/index.js'
export type { JobPosting, PostingGap } from './jobposting/index.js'
