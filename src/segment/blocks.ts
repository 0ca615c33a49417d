// Physical lines to logical blocks: split inline bullets and headings glued into running text, read
// list markers the Markdown parser could not see, recognise headings and label rows, and join lines
// that a wrap, a page break or a footnote cut in two.
import type { SectionKind } from '../schema.js'
import { cleanText, endsWithTerminal, isSpaceCode, startsLowercase, startsWithFootnoteMarker, wordCount, hasAtMostWords } from '../text.js'
import type { PhysicalLine } from './flatten.js'
import { boldLead, isAllBold, plain, positionAt, slice, trim, type Styled } from './styled.js'
import { classifyHeading, classifyKey, fieldForLabel, headingKey, type Vocabulary } from './vocabulary.js'

export type BlockType = 'heading' | 'subheading' | 'text' | 'item' | 'row' | 'footnote'
export type MarkerKind = 'bullet' | 'number' | 'letter'

export interface Block {
  type: BlockType
  /** Cleaned text: no markup, list marker or tabs. For rows, the whole row. */
  text: string
  line: number
  column: number
  endLine: number
  endColumn: number
  /** List nesting for items, heading level for headings. */
  depth: number
  label: string | null
  marker: MarkerKind | null
  /** A leading bold run ("Inclusion and respect for diversity:"), when the rest is not bold. */
  boldLead: string | null
  rowLabel: string | null
  rowValue: string | null
  /** The bold part a row value starts with (`<b>2 years</b> The extension ...`). */
  rowValueLead: string | null
  /** Where the row value starts in the source. */
  rowValueAt: { line: number; column: number } | null
  /** Position field a row label names, when the vocabulary knows it. */
  rowField: string | null
  /** Section kind a heading opens (null for unknown headings). */
  headingKind: SectionKind | null
  /** The heading was glued to the end of the previous text. */
  glued: boolean
  /** Lines where text cut off by a page break or footnote continued and was joined in. */
  continuedAt: number[]
  group: number
  fromHtml: boolean
  /** The whole line is bold (a bold-line heading's form). */
  bold: boolean
  /** A Markdown or HTML heading (`#`, `<h2>`): its level is `depth`. */
  markdown: boolean
}

interface Piece {
  spans: Styled
  source: PhysicalLine
  type: BlockType | null
  label: string | null
  marker: MarkerKind | null
  depth: number
  glued: boolean
  headingKind: SectionKind | null
  /** A row's label and value, when the line is one ("Duty Station: Berbera", "Grade<tab>P-3"). */
  row: RowInfo | null
}

interface RowInfo {
  label: string
  value: string
  lead: string | null
  field: string | null
  at: { line: number; column: number }
}

export function buildBlocks(lines: PhysicalLine[], vocabulary: Vocabulary, source: string[]): Block[] {
  const pieces: Piece[] = []
  let open: SectionKind | null = null
  for (const line of lines) {
    for (const piece of splitLine(line, vocabulary, () => open)) {
      classify(piece, vocabulary, open)
      if (piece.type === 'heading' && piece.headingKind) open = piece.headingKind
      pieces.push(piece)
    }
  }
  return mergeWrappedHeadings(joinContinuations(pieces.map(toBlock), source), vocabulary, source)
}

/**
 * A long heading wrapped onto the next line ("Consultores de categoría B: Productos tangibles y medibles de
 * la asignación de" / "trabajo") was read as its known opening and a sentence: when the two together are
 * a known heading, they are one.
 */
function mergeWrappedHeadings(blocks: Block[], vocabulary: Vocabulary, source: string[]): Block[] {
  const out: Block[] = []
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!
    const next = blocks[index + 1]
    if (block.type === 'heading' && block.headingKind && next?.type === 'text' && next.line === block.endLine && next.group === block.group) {
      const between = (source[block.endLine - 1] ?? '').slice(block.endColumn - 1, next.column - 1)
      const text = `${block.text}${/^\s*$/.test(between) ? ' ' : between.replace(/\s+/g, ' ')}${next.text}`
      const key = headingKey(text)
      const match = classifyKey(vocabulary, key, null)
      if (match && match.kind === block.headingKind && match.phrase === key) {
        out.push({ ...block, text, endLine: next.endLine, endColumn: next.endColumn })
        index++
        continue
      }
    }
    out.push(block)
  }
  return out
}

function newPiece(source: PhysicalLine, spans: Styled, partial: Partial<Piece> = {}): Piece {
  return {
    spans: trim(spans),
    source,
    type: null,
    label: null,
    marker: null,
    depth: source.origin === 'heading' ? source.headingDepth : source.listDepth,
    glued: false,
    headingKind: null,
    row: null,
    ...partial,
  }
}

function splitLine(line: PhysicalLine, vocabulary: Vocabulary, open: () => SectionKind | null): Piece[] {
  const spans = trim(line.spans)
  if (line.origin === 'heading') return [newPiece(line, spans, { type: 'heading' })]
  if (line.footnote || (startsWithFootnoteMarker(plain(spans)) && !line.itemStart)) return [newPiece(line, spans, { type: 'footnote' })]
  if (line.origin === 'row' || plain(spans).includes('\t')) {
    const row = newPiece(line, spans)
    if (asRow(row, vocabulary)) return [row]
  }
  const out: Piece[] = []
  for (const bulleted of splitInlineBullets(line, spans)) {
    for (const part of splitInlineNumbers(line, bulleted)) out.push(...splitGluedHeadings(part, vocabulary, open))
  }
  return out
}

/** Where "1)", "2)", ... follow each other in a line, counting up from 1: the offsets of the numbers. */
function inlineNumbers(text: string): number[] {
  const starts: number[] = []
  for (const match of text.matchAll(/(?<![^\s:;,.])(\d{1,2})\)\s/g)) {
    if (Number(match[1]) === starts.length + 1) starts.push(match.index)
  }
  return starts.length >= 2 ? starts : []
}

/** "The consultant will: 1) draft the plan; 2) run the survey" in one paragraph is a list of two items. */
function splitInlineNumbers(line: PhysicalLine, piece: Piece): Piece[] {
  const text = plain(piece.spans)
  const starts = piece.type === 'item' ? [] : inlineNumbers(text)
  if (starts.length === 0) return [piece]
  const pieces: Piece[] = []
  const head = slice(piece.spans, 0, starts[0])
  if (plain(head).trim() !== '') pieces.push(newPiece(line, head, { type: piece.type, label: piece.label, marker: piece.marker, depth: piece.depth }))
  starts.forEach((start, index) => {
    const marker = /^\d{1,2}\)\s*/.exec(text.slice(start))![0]
    const body = slice(piece.spans, start + marker.length, starts[index + 1] ?? text.length)
    if (plain(body).trim() !== '') pieces.push(newPiece(line, body, { type: 'item', marker: 'number', label: String(index + 1), depth: Math.max(1, line.listDepth) }))
  })
  return pieces
}

/** "• first; • second" in one line (Word lists pasted into HTML) becomes one item per bullet. */
function splitInlineBullets(line: PhysicalLine, spans: Styled): Piece[] {
  const text = plain(spans)
  if (!text.includes('•')) return [newPiece(line, spans, startMarker(line))]
  const pieces: Piece[] = []
  const parts = [...text.matchAll(/•/g)].map((match) => match.index!)
  const head = slice(spans, 0, parts[0])
  if (plain(head).trim() !== '') pieces.push(newPiece(line, head, startMarker(line)))
  parts.forEach((start, index) => {
    const body = slice(spans, start + 1, parts[index + 1] ?? text.length)
    if (plain(body).trim() === '') return
    // A bullet on a later line of a list item ("1. **Planning**" then "**•** Lead ...") is nested in it.
    const depth = line.listDepth > 0 && !line.itemStart ? line.listDepth + 1 : Math.max(1, line.listDepth)
    pieces.push(newPiece(line, body, { type: 'item', marker: 'bullet', depth }))
  })
  return pieces
}

function startMarker(line: PhysicalLine): Partial<Piece> {
  if (!line.itemStart) return {}
  return { type: 'item', marker: line.ordered ? 'number' : 'bullet', label: line.listLabel, depth: line.listDepth }
}

const UPPER = /\p{Lu}/uy

/**
 * Where a glued heading can start: a capital after white space (the offsets
 * `/(?:^|[.!?:;)]["'”’]?\s+|\s)(?=\p{Lu})/gu` ends its matches at, without a match object per word).
 */
function startsWord(text: string, index: number): boolean {
  if (index === 0 || !isSpaceCode(text.charCodeAt(index - 1))) return false
  const code = text.charCodeAt(index)
  if (code < 0x80) return code >= 0x41 && code <= 0x5a
  UPPER.lastIndex = index
  return UPPER.test(text)
}

/**
 * The first offset from `from` on where a glued heading can start, or -1. (A loop over every character in
 * `splitGluedHeadings` itself would allocate its body's scope, which a closure captures, at each one.)
 */
function nextWordStart(text: string, from: number): number {
  for (let index = from; index < text.length; index++) if (startsWord(text, index)) return index
  return -1
}

/** The white space before `index` follows the end of a sentence or clause (`[.!?:;)]["'”’]?\s+`). */
function followsSentence(text: string, index: number): boolean {
  let at = index - 1
  while (at >= 0 && isSpaceCode(text.charCodeAt(at))) at--
  if (at > 0 && '"\'”’'.includes(text.charAt(at))) at--
  return at >= 0 && '.!?:;)'.includes(text.charAt(at))
}

function splitGluedHeadings(piece: Piece, vocabulary: Vocabulary, open: () => SectionKind | null): Piece[] {
  const text = plain(piece.spans)
  if (piece.type === 'heading' || text.length < 8) return [piece]
  // A line that is a heading as a whole ("II. ORGANIZATIONAL CONTEXT AND SCOPE") is not split inside.
  if (isUpperCase(text) || (hasAtMostWords(text, 14) && classifyHeading(vocabulary, text, open()))) return [piece]
  // Case and quotes folded once, offsets unchanged, so phrases are compared in place.
  let folded: string | null = null
  // A heading phrase glued after a sentence end, or (several words long) after any word.
  for (let start = nextWordStart(text, 1); start >= 0; start = nextWordStart(text, start + 1)) {
    folded ??= foldCase(text)
    const found = gluedHeadingAt(text, folded, start, followsSentence(text, start), vocabulary, open())
    if (!found) continue
    // "IV. RESPONSIBILITIES" is a numbered heading, not a heading glued to a sentence. (Checked after the
    // vocabulary lookup, which rules out almost every capitalised word at once.)
    if (/^\s*(?:[IVXLC]{1,6}|\d{1,2}|[A-Za-z])[.)]?\s*$/.test(text.slice(0, start))) continue
    const before = newPiece(piece.source, slice(piece.spans, 0, start), { type: piece.type, label: piece.label, marker: piece.marker, depth: piece.depth })
    const heading = newPiece(piece.source, slice(piece.spans, start, found.end), { type: 'heading', glued: true, headingKind: found.kind, depth: 0 })
    const restSpans = slice(piece.spans, found.restStart)
    const pieces = [before, heading]
    if (plain(restSpans).trim() !== '') {
      const rest = newPiece(piece.source, restSpans)
      pieces.push(...splitGluedHeadings(rest, vocabulary, () => found.kind))
    }
    return pieces
  }
  return [piece]
}

const SMALL_ASCII = /[a-z]/

/** `text === text.toUpperCase()`, without upper-casing the many lines that have a small ASCII letter. */
function isUpperCase(text: string): boolean {
  return !SMALL_ASCII.test(text) && text === text.toUpperCase()
}

interface GluedHeading {
  kind: SectionKind
  /** Offset where the heading text ends (qualifier included). */
  end: number
  /** Offset where the text after the heading starts. */
  restStart: number
}

/** Where the word at `start` ends: at white space, ":" or "." (what /[^\s:.]+/y reads, without a match object). */
function wordEnd(text: string, start: number): number {
  let end = start
  for (; end < text.length; end++) {
    const code = text.charCodeAt(end)
    if (code === 0x3a || code === 0x2e || isSpaceCode(code)) break
  }
  return end
}

/** Lower case with straight quotes, keeping every offset (falls back to plain lower case if it cannot). */
function foldCase(text: string): string {
  const lowered = text.toLowerCase()
  return lowered.length === text.length ? lowered.replace(/[‘’`´]/g, "'") : text
}

function gluedHeadingAt(text: string, folded: string, start: number, afterSentence: boolean, vocabulary: Vocabulary, open: SectionKind | null): GluedHeading | null {
  const firstEnd = wordEnd(folded, start)
  // Most capitalised words start no heading phrase.
  const phrases = firstEnd > start ? vocabulary.byFirstWord.get(folded.slice(start, firstEnd)) : undefined
  if (!phrases) return null
  for (const phrase of phrases) {
    if (!folded.startsWith(phrase, start)) continue
    const words = phrase.split(' ').length
    if (words === 1 && !afterSentence) continue
    const senses = vocabulary.senses.get(phrase) ?? []
    // "Required"/"Advantageous" mean a heading only under Languages, never inside running text.
    const sense = senses.find((s) => !s.within)
    if (!sense) continue
    const end = start + phrase.length
    const after = text.slice(end)
    if (/^\s*(?::\s*)?$/.test(after)) return { kind: sense.kind, end: text.trimEnd().length, restStart: text.length }
    const qualifier = /^\s+[-–—]\s+/.exec(after)
    if (qualifier) {
      // "Values - all staff must ..." opens the section and keeps its sentence; "Core Competencies –
      // behavioural indicators" at the end of a line is all heading (up to six words: French and Spanish
      // take five for "behavioural indicators level 1", "indicateurs de comportement de niveau 1").
      const tail = after.slice(qualifier[0].length)
      if (wordCount(tail) <= 6 && !/[.:;]$/.test(tail.trim())) return { kind: sense.kind, end: text.trimEnd().length, restStart: text.length }
      return { kind: sense.kind, end, restStart: end + qualifier[0].length }
    }
    if (words >= 2 && /^\s+\p{Lu}/u.test(after) && classifyHeading(vocabulary, phrase, open)) return { kind: sense.kind, end, restStart: end }
  }
  return null
}

// "1.2." numbers an item of the second level of a list written as text (PDF pastes).
const NUMBER_MARKER = /^(\d{1,3}(?:\.\d{1,2})?)[.)](?=\s+\S)\s*/
const LETTER_MARKER = /^\(?([a-zA-Z])\)(?=\s+\S)\s*|^([a-z])\.\s+(?=\p{Lu})/u
const BULLET_MARKER = /^[-*•·▪■●◦‣–]\s+(?=\S)/

function classify(piece: Piece, vocabulary: Vocabulary, open: SectionKind | null): void {
  const text = cleanText(plain(piece.spans))
  if (piece.type === 'heading') {
    piece.headingKind ??= classifyHeading(vocabulary, text, open)?.kind ?? null
    return
  }
  if (piece.type === 'footnote' || piece.type === 'row') return
  if (numberedCapitals(piece, text)) {
    piece.headingKind = classifyHeading(vocabulary, text, open)?.kind ?? null
    return
  }
  if (colonRow(piece, vocabulary)) return
  if (piece.type !== 'item') {
    if (headingLike(piece, text, vocabulary, open)) return
    if (leadingHeading(piece, vocabulary, open)) return
  }
  readMarker(piece, text)
  piece.type ??= 'text'
}

/** "5. MISSION DESCRIPTION:" written as a Markdown list item is a numbered heading, not a duty. */
function numberedCapitals(piece: Piece, text: string): boolean {
  if (piece.type !== 'item' || piece.marker !== 'number' || !hasAtMostWords(text, 8) || !/\p{Lu}{3}/u.test(text) || !isUpperCase(text)) return false
  piece.type = 'heading'
  piece.depth = 0
  return true
}

function headingLike(piece: Piece, text: string, vocabulary: Vocabulary, open: SectionKind | null): boolean {
  // Long lines are most lines: no need to count all their words to know they are not headings.
  if (!hasAtMostWords(text, 14)) return false
  const words = wordCount(text)
  if (words === 0) return false
  const key = headingKey(text)
  const known = classifyKey(vocabulary, key, open)
  const bold = isAllBold(piece.spans)
  const roman = /^[IVX]{1,5}\.\s+\S/.test(text) && !/[.;,]$/.test(text)
  const capitals = /\p{Lu}{2}/u.test(text) && isUpperCase(text) && words <= 10 && !/[.;,]$/.test(text)
  const titledLabel = words <= 5 && /:$/.test(text) && text.split(/\s+/).every((word) => /^[\p{Lu}&(]/u.test(word) || /^(?:and|of|for|the|to|in|&)$/.test(word))
  // A line that is a known phrase as a whole is a heading at any length ("Organizational Department / Unit
  // to which the Consultant is contributing"); one that only starts with a phrase must be short.
  const whole = known !== null && known.phrase === key
  // "Competencias básicas – indicadores de comportamiento de nivel 1": a phrase and a short qualifier.
  const qualifier = known ? /^\s+[-–—]\s+(.*)$/.exec(key.slice(known.phrase.length)) : null
  const qualified = qualifier !== null && wordCount(qualifier[1]!) <= 6
  if (known && (words <= 8 || whole || qualified || bold || roman || capitals) && !(endsWithTerminal(text) && !/:$/.test(text) && !bold)) {
    piece.type = 'heading'
    piece.headingKind = known.kind
    return true
  }
  if (roman || capitals || titledLabel) {
    piece.type = 'heading'
    return true
  }
  const labelLine = words <= 4 && /^\p{Lu}[^:]*:$/u.test(text) && piece.source.group !== undefined
  if (labelLine || (bold && words <= 12 && !/[.;,]$/.test(text) && !LETTER_MARKER.test(text) && !NUMBER_MARKER.test(text))) {
    piece.type = 'subheading'
    return true
  }
  return false
}

/** "**Values** - all staff must ..." and "Education: Master's degree ...": a heading and its first line. */
function leadingHeading(piece: Piece, vocabulary: Vocabulary, open: SectionKind | null): boolean {
  const text = plain(piece.spans)
  const lead = boldLead(piece.spans)
  const candidates = [lead, /^([^:–—-]{3,60}?)\s*(?::|\s[-–—])\s/.exec(text)?.[1]].filter((value): value is string => Boolean(value))
  for (const candidate of candidates) {
    const key = headingKey(candidate)
    const match = classifyKey(vocabulary, key, open)
    if (!match || match.phrase !== key) continue
    const offset = text.indexOf(candidate.trim()) + candidate.trim().length
    const restStart = offset + (/^\s*(?::|[-–—])?\s*/.exec(text.slice(offset))?.[0].length ?? 0)
    if (plain(piece.spans).slice(restStart).trim() === '') return false
    piece.type = 'heading'
    piece.headingKind = match.kind
    piece.glued = false
    ;(piece as Piece & { rest?: Styled }).rest = slice(piece.spans, restStart)
    piece.spans = trim(slice(piece.spans, 0, offset))
    return true
  }
  return false
}

function readMarker(piece: Piece, text: string): void {
  const number = NUMBER_MARKER.exec(text)
  const letter = number ? null : LETTER_MARKER.exec(text)
  const bullet = number || letter ? null : piece.type === 'item' ? null : BULLET_MARKER.exec(text)
  const match = number ?? letter ?? bullet
  if (!match) return
  const raw = plain(piece.spans)
  const cut = raw.indexOf(match[0].trim()) + match[0].trimEnd().length
  piece.spans = trim(slice(piece.spans, cut))
  piece.type = 'item'
  piece.marker = number ? 'number' : letter ? 'letter' : 'bullet'
  piece.label = number?.[1] ?? letter?.[1] ?? letter?.[2] ?? piece.label
  if (piece.marker === 'letter') piece.depth = Math.max(0, piece.source.listDepth - 1)
  // "\- Apoyar ..." (a dash the Markdown export escaped) is a bullet of the first level, as "- " would be.
  if (bullet && piece.source.listDepth === 0) piece.depth = 1
}

function asRow(piece: Piece, vocabulary: Vocabulary): boolean {
  const raw = plain(piece.spans)
  const tab = raw.indexOf('\t')
  if (tab <= 0) return false
  const label = cleanText(raw.slice(0, tab))
  const valueSpans = trim(slice(piece.spans, tab + 1))
  const value = cleanText(plain(valueSpans))
  if (value === '' || label === '' || wordCount(label) > 8) return false
  Object.assign(piece, { type: 'row' as const })
  piece.row = { label, value, lead: boldLead(valueSpans) ?? (isAllBold(valueSpans) ? value : null), field: fieldForLabel(vocabulary, label), at: positionAt(valueSpans, 0) }
  return true
}

function colonRow(piece: Piece, vocabulary: Vocabulary): boolean {
  const raw = plain(piece.spans)
  // Most lines have no colon: a search for one is cheaper than the pattern. The value may touch the colon
  // ("Duty Station:**Berbera**"): only a label of the vocabulary makes a row.
  const match = raw.includes(':') ? /^([^:\n]{2,60}?)\s*:\s*(\S.*)$/.exec(raw) : null
  if (!match) return false
  const field = fieldForLabel(vocabulary, match[1]!)
  if (!field) return false
  const valueSpans = trim(slice(piece.spans, raw.length - match[2]!.length))
  piece.type = 'row'
  piece.row = {
    label: cleanText(match[1]!.replace(/[*_]/g, '')),
    value: cleanText(plain(valueSpans)),
    lead: boldLead(valueSpans) ?? (isAllBold(valueSpans) ? cleanText(plain(valueSpans)) : null),
    field,
    at: positionAt(valueSpans, 0),
  }
  return true
}

function toBlock(piece: Piece): Block[] {
  const text = cleanText(plain(piece.spans).replace(/\*\*|__/g, ''))
  const start = positionAt(piece.spans, 0)
  const length = plain(piece.spans).length
  const end = positionAt(piece.spans, Math.max(0, length - 1))
  const row = piece.row
  const block: Block = {
    type: piece.type ?? 'text',
    text: piece.type === 'heading' ? text.replace(/^[#*_\s]+|[*_\s]+$/g, '') : text,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column + 1,
    depth: piece.depth,
    label: piece.label,
    marker: piece.marker,
    boldLead: piece.type === 'heading' ? null : boldLead(piece.spans),
    rowLabel: row?.label ?? null,
    rowValue: row?.value ?? null,
    rowValueLead: row?.lead ?? null,
    rowValueAt: row?.at ?? null,
    rowField: row?.field ?? null,
    headingKind: piece.headingKind,
    glued: piece.glued,
    continuedAt: [],
    group: piece.source.group,
    fromHtml: piece.source.fromHtml,
    bold: isAllBold(piece.spans),
    markdown: piece.source.origin === 'heading' && !piece.glued,
  }
  const rest = (piece as Piece & { rest?: Styled }).rest
  if (!rest) return [block]
  const restPiece = newPiece(piece.source, rest)
  restPiece.type = 'text'
  return [block, ...toBlock(restPiece)]
}

const ALTERNATIVE = /^(?:or|ou|o)$/i

/**
 * Join text that continues the block before it: wrapped lines of one paragraph, and text that a page
 * break or footnote cut off from its item (it starts in lower case after a block left unfinished).
 */
function joinContinuations(nested: Block[][], source: string[]): Block[] {
  const blocks = nested.flat().filter((block) => block.text !== '' || block.type === 'heading')
  const out: Block[] = []
  let last: Block | null = null
  let lastRow: Block | null = null
  // The group of the part last joined in across a cut: its further lines (a paragraph wrapped after a
  // page break) continue that part, not another cut.
  let joinedGroup: number | null = null
  // The ends of last.text and lastRow.rowValue: reading a string built by thousands of joins copies it
  // whole each time (50,000 wrapped lines took minutes), and only its end tells whether it is finished.
  let lastTail = ''
  let lastRowTail = ''
  for (const block of blocks) {
    // A row value wrapped onto the next line ("Título de la consultoría: Consultor/a para el diseño de una
    // estrategia de" / "reintegración comunitaria ...") goes on in lower case, in the same paragraph.
    if (block.type === 'text' && lastRow?.rowValue && block.group === lastRow.group && startsLowercase(block.text) && !endsWithTerminal(lastRowTail)) {
      lastRow.rowValue = `${lastRow.rowValue} ${block.text}`
      lastRowTail = tailOf(`${lastRowTail} ${block.text}`)
      lastRow.text = `${lastRow.text} ${block.text}`
      if (lastRow.rowValueLead !== null) lastRow.rowValueLead = lastRow.rowValue
      lastRow.endLine = block.endLine
      lastRow.endColumn = block.endColumn
      continue
    }
    lastRow = block.type === 'row' ? block : null
    lastRowTail = lastRow?.rowValue ?? ''
    // "OR" alone between two alternatives ("Master's degree and 2 years" / OR / "Bachelor's and 4 years")
    // separates them: it continues neither.
    if (block.type === 'text' && ALTERNATIVE.test(block.text)) {
      out.push(block)
      last = null
      lastTail = ''
      continue
    }
    if (block.type === 'footnote' || block.type === 'subheading' && last && !endsWithTerminal(lastTail) && startsLowercase(block.text)) {
      out.push(block)
      continue
    }
    const joinable = block.type === 'text' && last !== null && (last.type === 'text' || last.type === 'item')
    if (joinable && last) {
      const sameGroup = block.group === last.group || block.group === joinedGroup
      const unfinished = !endsWithTerminal(lastTail)
      const lower = startsLowercase(block.text)
      // A long paragraph that stops without punctuation was cut by a page break even when the next
      // part starts with a capital ("The Global Section for Mental" / "Health, Psychosocial ..."),
      // unless it ends with a link, as "Read more at [Our culture](#)" paragraphs do (in HTML, `</a></p>`).
      const cutParagraph = last.type === 'text' && unfinished && last.text.length >= 60 && !/(?:[)\]]|:\/\/\S*>|<\/a>(?:\s*<\/[a-z0-9]+>)*)\s*$/i.test(source[last.endLine - 1] ?? '')
      if ((sameGroup && (unfinished || lower)) || (!sameGroup && unfinished && (lower || cutParagraph))) {
        last.text = `${last.text} ${block.text}`
        lastTail = tailOf(`${lastTail} ${block.text}`)
        last.endLine = block.endLine
        last.endColumn = block.endColumn
        if (!sameGroup) {
          last.continuedAt.push(block.line)
          joinedGroup = block.group
        }
        continue
      }
    }
    out.push(block)
    joinedGroup = null
    last = block.type === 'text' || block.type === 'item' ? block : block.type === 'heading' || block.type === 'row' ? null : last
    if (last === block) lastTail = block.text
    else if (last === null) lastTail = ''
  }
  return out
}

/** Enough of a text's end to tell whether it ends a sentence (white space and closing marks included). */
function tailOf(text: string): string {
  return text.length > 200 ? text.slice(-200) : text
}
