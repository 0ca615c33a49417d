// Job-board pages saved from a static site (Jekyll, Hugo) can hold the whole notice in their YAML front
// matter: a `description: |` block scalar, with nothing or only a line or two after the closing `---`.
// That block is the document, so it is read as one, with the lines and columns of the file.
import type { Nodes as HastNode } from 'hast'
import type { Nodes, Parents } from 'mdast'

export interface EmbeddedBody {
  /** First and last source line of the block scalar's content (1-based, inclusive). */
  startLine: number
  endLine: number
  /** The indentation YAML strips from every content line. */
  indent: number
  /** Non-blank characters of the content: the longest block is the notice. */
  size: number
}

/** `key: |`, `key: >-`, `- key: |2`: a block scalar's header line; the content starts on the next line. */
const BLOCK_SCALAR = /^( *)(?:- +)?[^\s:#][^:]*:[ \t]+[|>][-+0-9]{0,2}[ \t]*$/

/** Less than this is a summary or an excerpt, not a notice. */
const MIN_BODY = 200

const indentOf = (line: string) => line.length - line.trimStart().length

/**
 * The longest block scalar between the front matter's delimiters (`open` and `close` are the lines of the
 * two `---`), when it is long enough to be a notice.
 */
export function embeddedBody(lines: string[], open: number, close: number): EmbeddedBody | null {
  let best: EmbeddedBody | null = null
  for (let line = open + 1; line < close; line++) {
    const header = BLOCK_SCALAR.exec(lines[line - 1] ?? '')
    if (!header) continue
    const body = scalarAfter(lines, line, header[1]!.length, close)
    if (body && (!best || body.size > best.size)) best = body
    if (body) line = body.endLine
  }
  return best && best.size >= MIN_BODY ? best : null
}

/** The content lines after a header: blank, or indented deeper than the key, as deep as the first one. */
function scalarAfter(lines: string[], header: number, keyIndent: number, close: number): EmbeddedBody | null {
  let indent = -1
  let endLine = header
  let size = 0
  for (let line = header + 1; line < close; line++) {
    const text = lines[line - 1] ?? ''
    if (text.trim() === '') continue
    const depth = indentOf(text)
    if (indent < 0) {
      if (depth <= keyIndent) break
      indent = depth
    } else if (depth < indent) break
    endLine = line
    size += text.trim().length
  }
  return indent < 0 ? null : { startLine: header + 1, endLine, indent, size }
}

/** Non-blank characters of the lines after the front matter: a real body there wins over the scalar. */
export function sizeAfter(lines: string[], close: number): number {
  let size = 0
  for (let index = close; index < lines.length; index++) size += (lines[index] ?? '').trim().length
  return size
}

/**
 * The text to parse: every line outside the scalar blank, every line inside without YAML's indentation,
 * so that line numbers stay the file's (columns are moved back by `shiftColumns`).
 */
export function bodyText(lines: string[], body: EmbeddedBody): string {
  return lines.map((text, index) => (index + 1 >= body.startLine && index + 1 <= body.endLine ? text.slice(Math.min(body.indent, indentOf(text))) : '')).join('\n')
}

/**
 * Columns of the parsed body are those of the dedented lines: move every point on a content line right by
 * the indentation, in the mdast and in the hast of its HTML. Offsets count in the parsed text, not the file's.
 */
export function shiftColumns(node: Nodes, body: EmbeddedBody): void {
  shiftPoints(node.position, body)
  if (node.type === 'html' && node.data?.hast) shiftHast(node.data.hast, body)
  if ('children' in node) for (const child of (node as Parents).children) shiftColumns(child, body)
}

function shiftHast(node: HastNode, body: EmbeddedBody): void {
  shiftPoints(node.position, body)
  if ('children' in node) for (const child of node.children) shiftHast(child, body)
}

function shiftPoints(position: { start: { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } } | undefined, body: EmbeddedBody): void {
  if (!position) return
  for (const point of [position.start, position.end]) {
    if (point.line >= body.startLine && point.line <= body.endLine) point.column += body.indent
    point.offset = undefined
  }
}
