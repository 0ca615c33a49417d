// HTML files: a job-board page is parsed whole with rehype-parse, the page chrome around the notice is
// dropped, and what remains goes to the segment stage the way an HTML block inside Markdown does.
import type { Element, Nodes as HastNode, Root as HastRoot, RootContent } from 'hast'
import type { Root } from 'mdast'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { location } from 'vfile-location'

const pageParser = unified().use(rehypeParse).freeze()
const fragmentParser = unified().use(rehypeParse, { fragment: true }).freeze()

/** Never content: code, styling, forms and the site's navigation. */
const ALWAYS_DROPPED = new Set(['script', 'style', 'template', 'noscript', 'nav', 'form', 'button', 'iframe', 'svg'])
/** The site's banner, footer and sidebars around the notice; inside `<main>` or `<article>` a header is the notice's own. */
const CHROME = new Set(['header', 'footer', 'aside'])
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search'])

/** A whole page (`<html>`…) reduced to its main content; positions stay those of the file. */
export function htmlPageTree(text: string): Root {
  const page = pageParser.parse(text)
  positionsFromOffsets(page, text)
  const main = findElement(page, 'main') ?? findElement(page, 'article') ?? findElement(page, 'body') ?? page
  const inside = main.type === 'element' && (main.tagName === 'main' || main.tagName === 'article')
  const content: HastRoot = { type: 'root', children: prune(main.children, inside) }
  return wrap(unwrapCellParagraphs(collapseLineBreaks(content)), text)
}

/** A fragment with no page around it (what mammoth writes for a .docx). */
export function htmlFragmentTree(text: string): Root {
  const fragment = fragmentParser.parse(text)
  positionsFromOffsets(fragment, text)
  return wrap(unwrapCellParagraphs(collapseLineBreaks(fragment)), text)
}

/** One mdast `html` node holding the hast: the same shape `ingest` gives an HTML block in Markdown. */
function wrap(hast: HastRoot, text: string): Root {
  const lines = text.split('\n')
  const end = { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1, offset: text.length }
  const position = { start: { line: 1, column: 1, offset: 0 }, end }
  return { type: 'root', children: [{ type: 'html', value: text, position, data: { hast } }], position }
}

/**
 * In an HTML file a line break in text is a space (a page's source is wrapped wherever its writer
 * wrapped it), unlike a fragment pasted into Markdown, whose line breaks the segment stage reads as
 * structure. Each text node is cut at its line breaks into pieces that keep their own positions, the
 * break and the indentation after it becoming one space; `<pre>` keeps its lines.
 */
export function collapseLineBreaks(tree: HastRoot): HastRoot {
  const visit = (node: HastRoot | Element): void => {
    const children: RootContent[] = []
    for (const child of node.children) {
      if (child.type === 'element') {
        if (child.tagName !== 'pre') visit(child)
        children.push(child)
      } else if (child.type === 'text' && child.value.includes('\n') && child.position) children.push(...splitText(child.value, child.position.start))
      else children.push(child)
    }
    node.children = children as typeof node.children
  }
  visit(tree)
  return tree
}

function splitText(value: string, start: { line: number; column: number }): RootContent[] {
  const pieces: RootContent[] = []
  const piece = (text: string, line: number, column: number) =>
    pieces.push({ type: 'text', value: text, position: { start: { line, column }, end: { line, column: column + text.length } } })
  const parts = value.split('\n')
  parts.forEach((part, index) => {
    if (index === 0) {
      if (part !== '') piece(part, start.line, start.column)
      return
    }
    // The space stands where the line break was; the text after it keeps its own line and column.
    const previous = parts[index - 1]!
    piece(' ', start.line + index - 1, (index === 1 ? start.column : 1) + previous.length)
    const indent = /^[ \t]*/.exec(part)![0].length
    if (indent < part.length) piece(part.slice(indent), start.line + index, indent + 1)
  })
  return pieces
}

/**
 * Word (through mammoth) and many web pages put a table cell's text in `<p>`: a block inside the row
 * would cut the "label, value" row in two, so a cell's paragraphs become its text, a space apart.
 */
export function unwrapCellParagraphs(tree: HastRoot): HastRoot {
  const visit = (node: HastRoot | Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue
      if (child.tagName === 'td' || child.tagName === 'th') {
        const flat: Element['children'] = []
        for (const part of child.children) {
          if (part.type === 'element' && part.tagName === 'p') {
            if (flat.length > 0) flat.push({ type: 'text', value: ' ' })
            flat.push(...part.children)
          } else flat.push(part)
        }
        child.children = flat
      }
      visit(child)
    }
  }
  visit(tree)
  return tree
}

function findElement(node: HastNode, tagName: string): Element | null {
  if (node.type === 'element' && node.tagName === tagName) return node
  if (!('children' in node)) return null
  for (const child of node.children) {
    const found = findElement(child, tagName)
    if (found) return found
  }
  return null
}

function isChrome(node: Element, insideContent: boolean): boolean {
  if (ALWAYS_DROPPED.has(node.tagName)) return true
  if (node.properties?.hidden !== undefined && node.properties.hidden !== false) return true
  const role = typeof node.properties?.role === 'string' ? node.properties.role : null
  if (role && CHROME_ROLES.has(role)) return true
  return !insideContent && CHROME.has(node.tagName)
}

function prune(children: RootContent[], insideContent: boolean): RootContent[] {
  const kept: RootContent[] = []
  for (const child of children) {
    if (child.type === 'comment' || child.type === 'doctype') continue
    if (child.type === 'element') {
      if (isChrome(child, insideContent)) continue
      const inner = insideContent || child.tagName === 'main' || child.tagName === 'article'
      kept.push({ ...child, children: prune(child.children, inner) as Element['children'] })
    } else kept.push(child)
  }
  return kept
}

/**
 * parse5 counts the line break after a bare "&" twice, but its offsets are right: lines and columns are
 * recomputed from the offsets so they are those of the file.
 */
export function positionsFromOffsets(tree: HastNode, text: string): void {
  const place = location(text)
  const visit = (node: HastNode): void => {
    if (node.position) {
      for (const point of [node.position.start, node.position.end]) {
        const moved = point.offset === undefined ? undefined : place.toPoint(point.offset)
        if (!moved) continue
        point.line = moved.line
        point.column = moved.column
      }
    }
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(tree)
}

/** Elements that lay out a page: a text made of them is a web page whatever its file is called. */
const LAYOUT_TAG = /<(\/?)(?:html|head|body|main|article|section|div|p|h[1-6]|br|hr|ul|ol|li|table|tr|td|th|dl|dt|dd)(?=[\s/>])[^<>\n]{0,300}>/gi
const DOCUMENT_START = /^\s*<(?:!doctype\s+html|html|head|body)(?=[\s>])/i
/** At least this many layout elements opened, on at least this share of the lines. */
const MIN_ELEMENTS = 3
const TAGGED_SHARE = 0.3

/**
 * Whether a text is HTML rather than Markdown with some HTML in it: a page saved as `.txt`, or a body
 * copied from a site's source. A whole page is; otherwise the text must open with a layout tag and carry
 * such tags on a good share of its lines, as a page's source does and a Markdown notice with an embedded
 * list (which is read as a Markdown fragment) or a sentence left in `<p>` (markup residue) does not.
 */
export function looksLikeHtml(text: string): boolean {
  if (DOCUMENT_START.test(text)) return true
  let lines = 0
  let tagged = 0
  let elements = 0
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue
    let count = 0
    for (const match of line.matchAll(LAYOUT_TAG)) {
      count++
      if (match[1] === '') elements++
    }
    // The first line decides whether this is markup at all.
    if (lines === 0 && !(count > 0 && line.trimStart().startsWith('<'))) return false
    lines++
    if (count > 0) tagged++
  }
  return elements >= MIN_ELEMENTS && tagged / Math.max(1, lines) >= TAGGED_SHARE
}
