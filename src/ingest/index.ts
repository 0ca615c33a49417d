// Bytes to one tree: decode, normalise line endings, parse Markdown with remark, and parse each embedded
// HTML block with the parser rehype uses, attaching its hast tree to the mdast `html` node.
import type { Nodes as HastNode, Root as HastRoot } from 'hast'
import type { Html, Nodes, Parents, Root } from 'mdast'
import { fromHtml } from 'hast-util-from-html'
import { unified, type PluggableList, type Processor } from 'unified'
import remarkParse from 'remark-parse'
import { gfmTable } from 'micromark-extension-gfm-table'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import remarkFrontmatter from 'remark-frontmatter'
import { parse as parseYaml } from 'yaml'
import { perKey } from '../memo.js'
import { checkMarkdownBounds } from './bounds.js'
import { decode, InputError, type Encoding } from './decode.js'
import { docxToHtml, paragraphAt, type ParagraphStart } from './docx.js'
import { embeddedBody, bodyText, shiftColumns, sizeAfter } from './front-matter.js'
import { htmlFragmentTree, htmlPageTree, looksLikeHtml, positionsFromOffsets } from './html.js'
import { pdfToText, type PagePlace } from './pdf.js'

export type SourceFormat = 'text' | 'markdown' | 'html' | 'docx' | 'pdf'

/**
 * How the lines of `text` map back to the original document when it has no lines of its own: the page
 * and printed line of a PDF, the paragraph of a Word document. Null for text, Markdown and HTML, whose
 * lines are the file's.
 */
export type SourcePlaces = { kind: 'pages'; lines: (PagePlace | null)[] } | { kind: 'paragraphs'; starts: ParagraphStart[] }

/** A position in the original document's own terms. */
export type Place = { page: number; pageLine: number } | { paragraph: number }

export interface IngestOptions {
  /** Path used in messages and to pick the format; null for text passed in memory. */
  path?: string | null
  format?: SourceFormat
  /** Texts longer than this are parsed in chunks split at safe blank lines (see parseMarkdown). */
  chunkSize?: number
  /** The most a .docx may unpack to, or a .pdf's streams decompress to, in bytes (the CLI's --max-file-size). */
  maxSize?: number
}

export interface IngestedDocument {
  path: string | null
  format: SourceFormat
  /** The decoded text with line endings normalised to LF; lines keep their numbers. */
  text: string
  /** `text` split at its line breaks, once for every later stage: `lines[n - 1]` is line n. */
  lines: string[]
  /** mdast; every `html` block node carries its parsed fragment in `data.hast`, positions in source terms. */
  tree: Root
  /** YAML front matter of job-board reposts, when present and a mapping. */
  frontMatter: Record<string, unknown> | null
  frontMatterLine: number | null
  /** How the bytes were encoded; a string passed in memory counts as UTF-8. */
  encoding: Encoding
  places: SourcePlaces | null
  /**
   * The decoded text as the input wrote its line breaks (CRLF or CR), only when that differs from `text`:
   * a fix's offsets count in this text, so a fix applied to the file keeps its line endings.
   */
  decodedText?: string
}

declare module 'mdast' {
  interface HtmlData {
    hast?: HastRoot
  }
}

/**
 * Only the GFM table syntax: job boards paste pipe tables, while the rest of GFM (autolink literals above
 * all) costs more parse time than it gives a ToR.
 */
function remarkGfmTable(this: Processor): void {
  const data = this.data()
  data.micromarkExtensions = [...(data.micromarkExtensions ?? []), gfmTable()]
  data.fromMarkdownExtensions = [...(data.fromMarkdownExtensions ?? []), gfmTableFromMarkdown()]
}

/**
 * Each syntax extension makes micromark try one more construct at every line (together a quarter more
 * parse time), so a text gets only those it can contain: front matter needs "---" on the first line, and
 * a table needs a delimiter row, a line of only pipes, dashes, colons and blanks with a pipe and a dash.
 */
interface MarkdownParser {
  parse(text: string): Root
}
const parserWith = perKey(
  (frontMatter: boolean, table: boolean) => `${frontMatter}${table}`,
  (frontMatter, table): MarkdownParser => {
    const extensions: PluggableList = []
    if (table) extensions.push(remarkGfmTable)
    if (frontMatter) extensions.push([remarkFrontmatter, ['yaml']])
    const processor = unified().use(remarkParse).use(extensions).freeze()
    return { parse: (source) => processor.parse(source) }
  },
)
function parserFor(text: string, atStart = true): MarkdownParser {
  const frontMatter = atStart && /^---[ \t]*(?:\n|$)/.test(text)
  const table = /^(?=[^\n]*\|)(?=[^\n]*-)[|:\- \t]+$/m.test(text)
  return parserWith(frontMatter, table)
}

const EXTENSION_FORMATS: [RegExp, SourceFormat][] = [
  [/\.(?:md|markdown)$/i, 'markdown'],
  [/\.html?$/i, 'html'],
  [/\.docx$/i, 'docx'],
  [/\.pdf$/i, 'pdf'],
]

export function formatFromPath(path: string | null | undefined): SourceFormat {
  return (path && EXTENSION_FORMATS.find(([pattern]) => pattern.test(path))?.[1]) || 'text'
}

/**
 * Any format. mammoth (.docx) and pdf.js (.pdf) only work asynchronously; their files must be bytes (a
 * string is not a Word or PDF file).
 */
export async function ingestAsync(input: string | Uint8Array, options: IngestOptions = {}): Promise<IngestedDocument> {
  const path = options.path ?? null
  const format = options.format ?? formatFromPath(path)
  if (format !== 'docx' && format !== 'pdf') return ingest(input, { ...options, format })
  if (typeof input === 'string') throw new InputError(path, `a .${format} document must be given as bytes, not as a string`)
  if (format === 'docx') {
    const { text, paragraphs } = await docxToHtml(input, path, options.maxSize)
    return fromTree(path, format, text, htmlFragmentTree(text), { kind: 'paragraphs', starts: paragraphs })
  }
  const { text, tree, places } = await pdfToText(input, path, options.maxSize)
  return fromTree(path, format, text, tree, { kind: 'pages', lines: places })
}

function fromTree(path: string | null, format: SourceFormat, text: string, tree: Root, places: SourcePlaces | null): IngestedDocument {
  // The text is made here from a binary file: it is UTF-8 in memory, and no encoding finding applies.
  return { path, format, text, lines: text.split('\n'), tree, frontMatter: null, frontMatterLine: null, encoding: 'utf-8', places }
}

/** Where a line and column of `text` are in the original document, when it is a PDF or a Word file. */
export function placeAt(places: SourcePlaces | null, line: number, column: number): Place | null {
  if (!places) return null
  if (places.kind === 'paragraphs') {
    const paragraph = paragraphAt(places.starts, line, column)
    return paragraph === null ? null : { paragraph }
  }
  // A blank line between paragraphs belongs to the printed line before it.
  for (let index = Math.min(line, places.lines.length) - 1; index >= 0; index--) {
    const place = places.lines[index]
    if (place) return { page: place.page, pageLine: place.line }
  }
  return null
}

export function ingest(input: string | Uint8Array, options: IngestOptions = {}): IngestedDocument {
  const path = options.path ?? null
  const format = options.format ?? formatFromPath(path)
  if (format === 'docx' || format === 'pdf') throw new InputError(path, `is a .${format} document, which is read asynchronously: use parseAsync (or ingestAsync) instead of parse`)
  const decoded = typeof input === 'string' ? { text: stripBom(input), encoding: 'utf-8' as const } : decode(input, path)
  const text = normaliseNewlines(decoded.text)
  const asWritten = text === decoded.text ? {} : { decodedText: decoded.text }
  // Content, not the extension, decides: a web page saved as .txt is read as the page it is. A format
  // given by the caller is taken as it is.
  if (format === 'html' || (!options.format && looksLikeHtml(text))) return { ...fromTree(path, 'html', text, htmlPageTree(text), null), encoding: decoded.encoding, ...asWritten }
  // Plain text goes through the same Markdown parser: ToR text uses "- " bullets and "1." numbers that
  // CommonMark reads the way a person does, and the segment stage handles what it does not.
  const lines = text.split('\n')
  checkMarkdownBounds(lines, path)
  let tree = parseMarkdown(text, options.chunkSize ?? CHUNK_SIZE)
  let frontMatter: Record<string, unknown> | null = null
  let frontMatterLine: number | null = null
  const first = tree.children[0]
  if (first?.type === 'yaml') {
    const parsed = safeYaml(first.value)
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      frontMatter = parsed as Record<string, unknown>
      frontMatterLine = (first.position?.start.line ?? 1) + 1
      tree = withEmbeddedBody(tree, first, lines, options.chunkSize ?? CHUNK_SIZE) ?? tree
    }
  }
  attachHtmlTrees(tree)
  return { path, format, text, lines, tree, frontMatter, frontMatterLine, encoding: decoded.encoding, places: null, ...asWritten }
}

/**
 * A page whose notice is a block scalar of its front matter (`description: |`) and whose body is empty
 * or shorter: that scalar is parsed as the document, Markdown or HTML, at the file's lines and columns.
 * The front matter node stays first, so its fields are still read.
 */
function withEmbeddedBody(tree: Root, yaml: Nodes, lines: string[], chunkSize: number): Root | null {
  const open = yaml.position?.start.line ?? 1
  const close = yaml.position?.end.line ?? open
  const body = embeddedBody(lines, open, close)
  if (!body || sizeAfter(lines, close) >= body.size) return null
  const text = bodyText(lines, body)
  const parsed = looksLikeHtml(text) ? htmlPageTree(text) : parseMarkdown(text, chunkSize)
  attachHtmlTrees(parsed)
  for (const child of parsed.children) shiftColumns(child, body)
  return { ...tree, children: [yaml as Root['children'][number], ...parsed.children] }
}

/**
 * micromark's time grows faster than the input on very large documents (seed 004 repeated to 5 MB takes
 * ten times as long as to 1.2 MB), so a long text is cut into chunks at blank lines where no construct
 * can continue (outside fenced code, before an unindented line that is not a list item), each chunk is
 * parsed alone, and positions are moved back to the whole text's lines. Seed-sized files are one chunk.
 */
export const CHUNK_SIZE = 256 * 1024

function parseMarkdown(text: string, chunkSize: number): Root {
  if (text.length <= chunkSize) return parserFor(text).parse(text)
  const root: Root = { type: 'root', children: [] }
  for (const chunk of chunks(text, chunkSize)) {
    // Front matter can only open the whole text, not a later chunk.
    const tree = parserFor(chunk.text, chunk.offset === 0).parse(chunk.text)
    if (chunk.line > 0) shiftTree(tree, chunk.line, chunk.offset)
    root.children.push(...tree.children)
  }
  const last = root.children[root.children.length - 1]
  root.position = { start: { line: 1, column: 1, offset: 0 }, end: last?.position?.end ?? { line: 1, column: 1, offset: 0 } }
  return root
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/
const LIST_OR_INDENT = /^(?:[ \t]|[-*+•]\s|\d{1,9}[.)]\s|>)/

export function* chunks(text: string, size: number): Generator<{ text: string; line: number; offset: number }> {
  let start = 0
  let startLine = 0
  let line = 0
  let fence: string | null = null
  let position = 0
  let previousBlank = false
  while (position < text.length) {
    const end = text.indexOf('\n', position)
    const next = end < 0 ? text.length : end + 1
    const content = text.slice(position, end < 0 ? text.length : end)
    const marker = FENCE.exec(content)?.[1]
    if (marker && (fence === null || marker[0] === fence[0])) fence = fence === null ? marker : null
    const blank = content.trim() === ''
    if (previousBlank && !blank && fence === null && position - start >= size && !LIST_OR_INDENT.test(content)) {
      yield { text: text.slice(start, position), line: startLine, offset: start }
      start = position
      startLine = line
    }
    previousBlank = blank
    position = next
    line++
  }
  yield { text: text.slice(start), line: startLine, offset: start }
}

function shiftTree(node: Nodes, lines: number, offset: number): void {
  const position = node.position
  if (position) {
    position.start.line += lines
    position.end.line += lines
    if (position.start.offset !== undefined) position.start.offset += offset
    if (position.end.offset !== undefined) position.end.offset += offset
  }
  if ('children' in node) for (const child of (node as Parents).children) shiftTree(child, lines, offset)
}

function safeYaml(source: string): unknown {
  try {
    return parseYaml(source, { maxAliasCount: 10, logLevel: 'error' })
  } catch {
    // Front matter that is not valid YAML stays in the tree as text; the document is still read.
    return null
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

function normaliseNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text
}

function attachHtmlTrees(tree: Root): void {
  const visit = (node: Nodes): void => {
    if (node.type === 'html') {
      attachHtml(node)
      return
    }
    if ('children' in node) for (const child of (node as Parents).children) visit(child)
  }
  visit(tree)
}

function attachHtml(node: Html): void {
  const start = node.position?.start
  // A web page's tree, or an embedded body's, is attached where it is parsed.
  if (!start || node.data?.hast) return
  const hast = fromHtml(node.value, { fragment: true })
  positionsFromOffsets(hast, node.value)
  shiftPositions(hast, start.line, start.column)
  node.data = { ...node.data, hast }
}

/** Fragment positions count from the fragment's own start; move them to the source document's lines. */
function shiftPositions(node: HastNode, line: number, column: number): void {
  const position = node.position
  if (position) {
    for (const point of [position.start, position.end]) {
      if (point.line === 1) point.column += column - 1
      point.line += line - 1
      point.offset = undefined
    }
  }
  if ('children' in node) for (const child of node.children) shiftPositions(child, line, column)
}
