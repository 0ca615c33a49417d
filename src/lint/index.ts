// Linting composed: parse, run the rules with the resolved config, then tell PDF and Word findings by page
// and paragraph. Above the rules, config and report, which it calls; below the CLI and the library API.
import { parse, parseAsync, type ParseOptions, type ParsedDocument } from '../document/index.js'
import { placeAt, type IngestedDocument } from '../ingest/index.js'
import { rules } from '../rules/index.js'
import type { AnyRule } from '../rules/define.js'
import { runRules } from '../rules/engine.js'
import type { LintResult } from '../rules/types.js'
import { resolveConfig, type ResolvedConfig } from '../config/resolve.js'
import { placeLabel } from '../report/place.js'

export interface LintOptions extends ParseOptions {
  /** Resolved rule settings and data; the `recommended` preset with built-in data when absent. */
  config?: ResolvedConfig
  /** Rules to run; every built-in rule by default. */
  rules?: readonly AnyRule[]
}

/** Parse and lint one document. Returns the findings in the JSON formatter's shape. */
export function lint(input: string | Uint8Array, options: LintOptions = {}): LintResult {
  const settings = lintSettings(options)
  return lintParsed(parse(input, { ...options, data: settings.config.data }), settings)
}

/** `lint` for every format, including .docx and .pdf. */
export async function lintAsync(input: string | Uint8Array, options: LintOptions = {}): Promise<LintResult> {
  const settings = lintSettings(options)
  return lintParsed(await parseAsync(input, { ...options, data: settings.config.data }), settings)
}

function lintSettings(options: LintOptions): { config: ResolvedConfig; rules: readonly AnyRule[]; filePath: string } {
  const ruleList = options.rules ?? rules
  const config = options.config ?? resolveConfig({ config: {}, source: 'defaults', rules: ruleList })
  // Data given directly serves the rules as well as the parse.
  const data = options.data ?? config.data
  return { config: data === config.data ? config : { ...config, data }, rules: ruleList, filePath: options.path ?? '<text>' }
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
