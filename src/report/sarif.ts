import { createHash } from 'node:crypto'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { LintMessage, RuleMeta, Severity } from '../rules/types.js'
import { isOutside, relativePath } from './paths.js'
import { messageWithPlace, placeLabel } from './place.js'
import { formatterOf, type FormatContext, type StreamingFormatter } from './types.js'

/** Where people learn what torlint is (SARIF tool.driver.informationUri must be an absolute URI). */
export const INFORMATION_URI = 'https://www.npmjs.com/package/torlint'
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'
/** Versioned so a future change of the hash input can be told apart from moved findings. */
export const FINGERPRINT_KEY = 'torlint/v1'
const SRCROOT = '%SRCROOT%'

type Level = 'error' | 'warning' | 'note' | 'none'

const RESULT_LEVEL: Record<LintMessage['severity'], Level> = { error: 'error', warning: 'warning', info: 'note' }
const DEFAULT_LEVEL: Record<Severity, Level> = { error: 'error', warn: 'warning', info: 'note', off: 'none' }

/**
 * SARIF 2.1.0 for GitHub code scanning (and any other SARIF viewer): one run, every known rule
 * in tool.driver.rules, one result per message located relative to %SRCROOT% (the cwd).
 */
export const sarifStream: StreamingFormatter = (context) => {
  const ruleIndex = new Map(context.rules.map((r, i) => [r.id, i]))
  // One JSON document: the SARIF results wait for the end, the lint results do not.
  const sarifResults: object[] = []
  const notifications: object[] = []
  return {
    file(result) {
      const artifact = artifactLocation(result.filePath, context.cwd)
      const occurrences = occurrenceIndexes(result.messages)
      result.messages.forEach((m, i) => {
        const index = ruleIndex.get(m.ruleId)
        sarifResults.push({
          ruleId: m.ruleId,
          // Omitted for a rule the context does not know, rather than pointing at the wrong one.
          ...(index === undefined ? {} : { ruleIndex: index }),
          level: RESULT_LEVEL[m.severity],
          // Regions count lines of the text torlint read from a PDF or Word file; the message and the
          // properties say where that is in the original.
          message: { text: messageWithPlace(m) },
          ...(placeLabel(m) ? { properties: placeProperties(m) } : {}),
          locations: [
            {
              physicalLocation: {
                artifactLocation: artifact.location,
                region: region(m),
              },
            },
          ],
          partialFingerprints: {
            [FINGERPRINT_KEY]: fingerprint(m, artifact.key, occurrences[i] ?? 0),
          },
          ...(m.fix && !placeLabel(m) && (m.fix.range[1] > m.fix.range[0] || m.fix.text !== '') ? { fixes: [fixOf(m.fix, artifact.location)] } : {}),
        })
      })
      return ''
    },
    // Not a finding of any rule: the file could not be analysed, which SARIF records on the invocation.
    failure(failure) {
      notifications.push({
        level: 'error',
        message: { text: `cannot lint this file: ${failure.message}` },
        locations: [{ physicalLocation: { artifactLocation: artifactLocation(failure.filePath, context.cwd).location } }],
        descriptor: { id: 'torlint/unreadable-file' },
      })
      return ''
    },
    close() {
      const log = {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
          {
            tool: { driver: driver(context) },
            // Lets a consumer on the same machine resolve the relative URIs; GitHub uses its own checkout.
            originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(context.cwd) } },
            // Only when a file failed, so the report of a clean run stays as it was.
            ...(notifications.length > 0 ? { invocations: [{ executionSuccessful: false, toolExecutionNotifications: notifications }] } : {}),
            results: sarifResults,
            // Columns come from JavaScript string offsets.
            columnKind: 'utf16CodeUnits',
          },
        ],
      }
      return `${JSON.stringify(log, null, 2)}\n`
    },
  }
}

export const sarif = formatterOf(sarifStream)

function driver(context: FormatContext): object {
  return {
    name: 'torlint',
    version: context.toolVersion,
    ...(/^\d+\.\d+\.\d+/.test(context.toolVersion) ? { semanticVersion: context.toolVersion } : {}),
    informationUri: INFORMATION_URI,
    rules: context.rules.map(rule),
  }
}

function rule(meta: RuleMeta): object {
  const help = meta.help.trim()
  const helpText = help === '' ? meta.description : markdownToText(help)
  return {
    id: meta.id,
    name: pascalCase(meta.id),
    shortDescription: { text: sentence(meta.description) },
    fullDescription: { text: sentence(firstParagraph(helpText) || meta.description) },
    help: { text: helpText, markdown: help === '' ? meta.description : help },
    ...(meta.docsUrl === undefined ? {} : { helpUri: meta.docsUrl }),
    defaultConfiguration: {
      level: DEFAULT_LEVEL[meta.severity],
      ...(meta.severity === 'off' ? { enabled: false } : {}),
    },
  }
}

interface Artifact {
  location: { uri: string; uriBaseId?: string }
  /** The path as it enters the fingerprint: repo-relative, so it is the same on every machine. */
  key: string
}

function artifactLocation(filePath: string, cwd: string): Artifact {
  const rel = relativePath(filePath, cwd)
  if (isOutside(rel)) {
    // Outside the source root there is nothing to be relative to: an absolute file URI is honest.
    const abs = path.resolve(cwd, filePath)
    return { location: { uri: pathToFileURL(abs).href }, key: rel }
  }
  return { location: { uri: encodePath(rel), uriBaseId: SRCROOT }, key: rel }
}

/** Percent-encode each segment: spaces, `#`, `?`, `%`, non-ASCII and a `:` that would read as a scheme. */
function encodePath(rel: string): string {
  return rel.split('/').map(encodeURIComponent).join('/')
}

/** uriBaseId values must be absolute and end with a slash, or the last segment would be replaced on resolution. */
function directoryUri(cwd: string): string {
  const href = pathToFileURL(cwd).href
  return href.endsWith('/') ? href : `${href}/`
}

function placeProperties(m: LintMessage): Record<string, number | string> {
  const out: Record<string, number | string> = { lineNumbersOf: 'text extracted by torlint' }
  if (m.page !== undefined) out.page = m.page
  if (m.pageLine !== undefined) out.pageLine = m.pageLine
  if (m.paragraph !== undefined) out.paragraph = m.paragraph
  return out
}

/**
 * A finding's fix as SARIF states it: one replacement in the file, its region in characters of the
 * decoded text (UTF-16 code units, as `columnKind` says). A PDF or Word file has no text to replace, and
 * its findings (which carry a page or paragraph) are given none; nor is a fix that changes no text (the
 * encoding's, which `--fix` applies by writing the file as UTF-8).
 */
function fixOf(fix: NonNullable<LintMessage['fix']>, location: Artifact['location']): object {
  const [start, end] = fix.range
  return {
    description: { text: fix.text === '' ? 'Delete the text' : `Replace with "${fix.text.length > 80 ? `${fix.text.slice(0, 77)}...` : fix.text}"` },
    artifactChanges: [
      {
        artifactLocation: location,
        replacements: [{ deletedRegion: { charOffset: start, charLength: end - start }, ...(fix.text === '' ? {} : { insertedContent: { text: fix.text } }) }],
      },
    ],
  }
}

function region(m: LintMessage): object {
  const startLine = Math.max(1, m.line)
  const startColumn = Math.max(1, m.column)
  const out: Record<string, number> = { startLine, startColumn }
  // Only a well-formed end: a backwards region would be rejected rather than ignored.
  if (m.endLine > startLine || (m.endLine === startLine && m.endColumn >= startColumn)) {
    out.endLine = m.endLine
    out.endColumn = m.endColumn
  }
  return out
}

/**
 * For each message, its rank among messages in the same file with the same rule and text,
 * in position order. Hashing that rank instead of the line number keeps a finding's identity
 * when text above it is added or removed, while two identical findings still differ.
 */
function occurrenceIndexes(messages: readonly LintMessage[]): number[] {
  const order = messages
    .map((m, i) => ({ m, i }))
    .sort((a, b) => a.m.line - b.m.line || a.m.column - b.m.column || a.i - b.i)
  const seen = new Map<string, number>()
  const indexes: number[] = new Array<number>(messages.length).fill(0)
  for (const { m, i } of order) {
    const key = JSON.stringify([m.ruleId, m.message])
    const n = seen.get(key) ?? 0
    indexes[i] = n
    seen.set(key, n + 1)
  }
  return indexes
}

function fingerprint(m: LintMessage, file: string, occurrence: number): string {
  // JSON array as the hash input: no separator character can make two inputs collide.
  return createHash('sha256').update(JSON.stringify([m.ruleId, file, m.message, occurrence])).digest('hex')
}

/** `required-section` → `RequiredSection`: SARIF rule names are identifier-like, unlike ids. */
function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('')
}

/** SARIF asks plain-text descriptions to be complete sentences. */
function sentence(s: string): string {
  const t = s.trim()
  return t === '' || /[.!?]$/.test(t) ? t : `${t}.`
}

function firstParagraph(s: string): string {
  return (s.split(/\n\s*\n/).find((p) => p.trim() !== '') ?? '').replace(/(?<!\s)\s*\n\s*/g, ' ').trim()
}

/** A light Markdown-to-text pass for help.text: viewers that cannot render Markdown show this. */
export function markdownToText(md: string): string {
  return md
    .replace(/^[ \t]*```[^\n]*\n?/gm, '') // fence lines; the code inside stays
    .replace(/^[ \t]{0,3}#{1,6}\s+/gm, '') // heading markers
    .replace(/!\[([^[\]]*)\]\([^()]*\)/g, '$1') // images → alt text
    .replace(/\[([^[\]]+)\]\(([^()\s]+)[^()]*\)/g, '$1 ($2)') // links keep their target
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w])_(?=\S)([^_\n]*?\S)_(?!\w)/g, '$1$2')
    .trim()
}
