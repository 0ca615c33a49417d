// Tree to physical lines. Real ToRs put structure in line breaks (PDF pastes, unclosed HTML lists), so
// both mdast and the hast of embedded HTML are walked down to source lines, each made of styled spans.
import type { Element, Nodes as HastNode, Root as HastRoot } from 'hast'
import type { Nodes, PhrasingContent, Root } from 'mdast'

export interface Span {
  text: string
  bold: boolean
  line: number
  column: number
}

export type LineOrigin = 'heading' | 'paragraph' | 'item' | 'row' | 'code' | 'footnote'

export interface PhysicalLine {
  spans: Span[]
  /** Lines of one paragraph, list item or HTML block element share a group. */
  group: number
  origin: LineOrigin
  headingDepth: number
  listDepth: number
  /** Set on the first line of a list item: the number the list gives it, or null for bullets. */
  itemStart: boolean
  listLabel: string | null
  ordered: boolean
  fromHtml: boolean
  /** The line began with a footnote marker (<sup>1</sup>) that was dropped. */
  footnote: boolean
  line: number
}

interface Builder {
  lines: PhysicalLine[]
  source: string[]
  group: number
  current: PhysicalLine | null
}

interface Context {
  origin: LineOrigin
  headingDepth: number
  listDepth: number
  fromHtml: boolean
  bold: number
}

const BASE: Context = { origin: 'paragraph', headingDepth: 0, listDepth: 0, fromHtml: false, bold: 0 }

export function flattenTree(tree: Root, source: string[]): PhysicalLine[] {
  const builder: Builder = { lines: [], source, group: 0, current: null }
  for (const child of tree.children) flowNode(builder, child, BASE)
  return builder.lines.filter((line) => line.spans.some((span) => span.text.trim() !== ''))
}

function newGroup(builder: Builder): void {
  builder.current = null
  builder.group += 1
}

function startLine(builder: Builder, context: Context, line: number): PhysicalLine {
  const physical: PhysicalLine = {
    spans: [],
    group: builder.group,
    origin: context.origin,
    headingDepth: context.headingDepth,
    listDepth: context.listDepth,
    itemStart: false,
    listLabel: null,
    ordered: false,
    fromHtml: context.fromHtml,
    footnote: false,
    line,
  }
  builder.lines.push(physical)
  builder.current = physical
  return physical
}

/** The number of spaces and tabs a text starts with (counted, not matched: this runs for every text node). */
function leadingBlanks(text: string): number {
  let count = 0
  while (count < text.length && (text.charCodeAt(count) === 0x20 || text.charCodeAt(count) === 0x09)) count++
  return count
}

/** Column of the first non-blank character of a source line: where a lazily continued line starts. */
function indentColumn(builder: Builder, line: number): number {
  return leadingBlanks(builder.source[line - 1] ?? '') + 1
}

function addText(builder: Builder, context: Context, text: string, line: number, column: number): void {
  const parts = text.split('\n')
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]!
    const partLine = line + index
    if (index > 0 || !builder.current) startLine(builder, context, partLine)
    if (part === '') continue
    // A later line of an HTML text node keeps its indentation; a Markdown continuation line has it stripped.
    const partColumn = index === 0 ? column : Math.max(1, indentColumn(builder, partLine) - leadingBlanks(part))
    builder.current!.spans.push({ text: part, bold: context.bold > 0, line: partLine, column: partColumn })
  }
}

function breakLine(builder: Builder): void {
  builder.current = null
}

function flowNode(builder: Builder, node: Nodes, context: Context): void {
  switch (node.type) {
    case 'heading':
      newGroup(builder)
      phrasing(builder, node.children, { ...context, origin: 'heading', headingDepth: node.depth }, node.position?.start)
      newGroup(builder)
      return
    case 'paragraph':
      newGroup(builder)
      phrasing(builder, node.children, context, node.position?.start)
      newGroup(builder)
      return
    case 'list': {
      const start = node.start ?? 1
      node.children.forEach((item, index) => {
        newGroup(builder)
        const before = builder.lines.length
        const itemContext: Context = { ...context, listDepth: context.listDepth + 1, origin: 'item' }
        for (const child of item.children) {
          flowNode(builder, child, itemContext)
        }
        const first = builder.lines[before]
        if (first) {
          first.itemStart = true
          first.ordered = node.ordered === true
          first.listLabel = node.ordered ? String(start + index) : null
          if (first.listDepth !== itemContext.listDepth) first.listDepth = itemContext.listDepth
        }
        newGroup(builder)
      })
      return
    }
    case 'blockquote':
      for (const child of node.children) flowNode(builder, child, context)
      return
    case 'html':
      newGroup(builder)
      if (node.data?.hast) hastNode(builder, node.data.hast, { ...context, fromHtml: true }, { depth: context.listDepth })
      newGroup(builder)
      return
    case 'table':
      for (const row of node.children) {
        newGroup(builder)
        const rowContext: Context = { ...context, origin: 'row' }
        row.children.forEach((cell, index) => {
          if (index > 0 && builder.current) builder.current.spans.push({ text: '\t', bold: false, line: builder.current.line, column: 1 })
          phrasing(builder, cell.children, rowContext, cell.position?.start)
        })
        newGroup(builder)
      }
      return
    case 'code': {
      const start = node.position?.start.line ?? 1
      const fenced = /^\s*(```|~~~)/.test(builder.source[start - 1] ?? '')
      // Indented "code" in a ToR is text a PDF extractor indented, not code: keep its lines as text.
      node.value.split('\n').forEach((text, index) => {
        const line = start + index + (fenced ? 1 : 0)
        newGroup(builder)
        addText(builder, { ...context, origin: 'code' }, text.trim(), line, indentColumn(builder, line))
      })
      newGroup(builder)
      return
    }
    case 'footnoteDefinition':
      newGroup(builder)
      for (const child of node.children) flowNode(builder, child, { ...context, origin: 'footnote' })
      newGroup(builder)
      return
    default:
      return
  }
}

function phrasing(
  builder: Builder,
  nodes: PhrasingContent[],
  context: Context,
  start: { line: number; column: number } | undefined,
): void {
  if (!builder.current && start) startLine(builder, context, start.line)
  const state = { context: { ...context }, skip: 0, footnoteAtStart: false }
  const walk = (node: PhrasingContent): void => {
    switch (node.type) {
      case 'text':
      case 'inlineCode': {
        if (state.skip > 0) {
          if (builder.current && builder.current.spans.every((span) => span.text.trim() === '')) builder.current.footnote = true
          return
        }
        const point = node.position?.start
        addText(builder, state.context, node.value, point?.line ?? start?.line ?? 1, point?.column ?? 1)
        return
      }
      case 'strong':
        state.context.bold += 1
        node.children.forEach(walk)
        state.context.bold -= 1
        return
      case 'emphasis':
      case 'delete':
      case 'link':
      case 'linkReference':
        node.children.forEach(walk)
        return
      case 'break':
        breakLine(builder)
        startLine(builder, state.context, (node.position?.end.line ?? 1))
        return
      case 'image':
      case 'imageReference':
        return
      case 'footnoteReference':
        return
      case 'html':
        inlineTag(builder, node.value, state)
        return
      default:
        return
    }
  }
  nodes.forEach(walk)
}

/** Inline HTML inside Markdown paragraphs arrives as separate tag tokens; only a few tags matter. */
function inlineTag(builder: Builder, raw: string, state: { context: Context; skip: number }): void {
  const match = /^<\s*(\/?)\s*([a-z0-9]+)/i.exec(raw)
  if (!match) return
  const closing = match[1] === '/'
  const name = match[2]!.toLowerCase()
  if (name === 'b' || name === 'strong') state.context.bold = Math.max(0, state.context.bold + (closing ? -1 : 1))
  else if (name === 'sup') {
    state.skip = Math.max(0, state.skip + (closing ? -1 : 1))
    if (!closing && builder.current && builder.current.spans.every((span) => span.text.trim() === '')) builder.current.footnote = true
  } else if (name === 'br' || name === 'p' || name === 'div' || name === 'li') breakLine(builder)
}

const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'aside', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tfoot',
  'dl', 'dt', 'dd', 'hr', 'form', 'fieldset', 'figure', 'figcaption', 'address', 'center',
])
const SKIPPED_TAGS = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'nav', 'svg', 'button'])
const HEADING_TAGS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 }

interface HastState {
  depth: number
}

function hastNode(builder: Builder, node: HastNode | HastRoot, context: Context, state: HastState): void {
  if (node.type === 'root') {
    for (const child of node.children) hastNode(builder, child, context, state)
    return
  }
  if (node.type === 'text') {
    const point = node.position?.start
    addText(builder, context, node.value, point?.line ?? 1, point?.column ?? 1)
    return
  }
  if (node.type !== 'element') return
  hastElement(builder, node, context, state)
}

function hastElement(builder: Builder, node: Element, context: Context, state: HastState): void {
  const name = node.tagName
  if (SKIPPED_TAGS.has(name)) return
  const children = (ctx: Context, st: HastState = state) => {
    for (const child of node.children) hastNode(builder, child, ctx, st)
  }
  if (name === 'b' || name === 'strong') return children({ ...context, bold: context.bold + 1 })
  if (name === 'sup') {
    // Footnote markers: drop them, and remember that a line began with one.
    if (builder.current && builder.current.spans.every((span) => span.text.trim() === '')) builder.current.footnote = true
    else if (!builder.current) startLine(builder, context, node.position?.start.line ?? 1).footnote = true
    return
  }
  // A page's own line breaks are spaces and browsers wrap its lines: a <br> is a break its writer meant,
  // between items or rows, never inside a sentence that happens to be long.
  if (name === 'br') return newGroup(builder)
  const headingDepth = HEADING_TAGS[name]
  if (headingDepth) {
    newGroup(builder)
    children({ ...context, origin: 'heading', headingDepth })
    return newGroup(builder)
  }
  if (name === 'ul' || name === 'ol') {
    newGroup(builder)
    const nested = { depth: state.depth + 1 }
    const start = Number(node.properties?.start ?? 1) || 1
    let index = 0
    for (const child of node.children) {
      if (child.type === 'element' && child.tagName === 'li') {
        newGroup(builder)
        const before = builder.lines.length
        hastNode(builder, child, { ...context, origin: 'item', listDepth: nested.depth }, nested)
        const first = builder.lines[before]
        if (first) {
          first.itemStart = true
          first.ordered = name === 'ol'
          first.listLabel = name === 'ol' ? String(start + index) : null
          first.listDepth = nested.depth
        }
        index += 1
        newGroup(builder)
      } else hastNode(builder, child, { ...context, listDepth: nested.depth }, nested)
    }
    return newGroup(builder)
  }
  if (name === 'li') {
    for (const child of node.children) hastNode(builder, child, context, state)
    return
  }
  if (name === 'tr') {
    newGroup(builder)
    const rowContext: Context = { ...context, origin: 'row' }
    let first = true
    for (const cell of node.children) {
      if (cell.type !== 'element') continue
      if (!first && builder.current) builder.current.spans.push({ text: '\t', bold: false, line: builder.current.line, column: 1 })
      first = false
      for (const child of cell.children) hastNode(builder, child, rowContext, state)
    }
    return newGroup(builder)
  }
  if (BLOCK_TAGS.has(name)) {
    newGroup(builder)
    children(context)
    return newGroup(builder)
  }
  children(context)
}
