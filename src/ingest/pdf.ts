// PDF files: pdf.js (through unpdf, pure JavaScript) gives positioned text runs; they are put back into
// printed lines and pages, running headers, footers and page numbers are dropped, and the result is laid
// out the way a PDF paste looks (a blank line between paragraphs and at every page break), so that the
// segment stage joins an item cut by a page break as it does for pasted text.
import type { Heading, Paragraph, Root, RootContent, Text } from 'mdast'
import { InputError } from './decode.js'
import { checkPageCount, checkPdfStreams, repeatedPage } from './pdf-bounds.js'

/** Where a line of the extracted text was printed. */
export interface PagePlace {
  page: number
  /** 1-based line on the printed page, counting every line of text on it from the top. */
  line: number
}

export interface PdfText {
  text: string
  tree: Root
  /** Index = extracted line - 1; null for the blank lines put between paragraphs and pages. */
  places: (PagePlace | null)[]
}

interface Run {
  str: string
  x: number
  y: number
  width: number
  size: number
}

export interface PrintedLine {
  text: string
  x: number
  /** Where the last run ends: a line that stops well short of the margin was not wrapped. */
  right: number
  y: number
  size: number
  page: number
  /** 1-based line on its page. */
  line: number
}

/** `maxSize`: the most its streams may decompress to (the --max-file-size limit applies to what is read). */
export async function pdfToText(bytes: Uint8Array, path: string | null, maxSize = 50 * 1048576): Promise<PdfText> {
  checkPdfStreams(bytes, path, maxSize)
  const { getDocumentProxy } = await import('unpdf')
  const pages: PrintedLine[][] = []
  const seen = new Set<string>()
  try {
    // pdf.js may take ownership of the buffer it is given: hand it a copy. Its warnings would go to the
    // console; a file it cannot read is reported as an InputError instead.
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, stopAtErrors: false, verbosity: 0 })
    try {
      checkPageCount(pdf.numPages, path)
      for (let number = 1; number <= pdf.numPages; number++) {
        const page = await pdf.getPage(number)
        // One page node reused throughout the tree declares pages that are all the same object.
        const ref = `${page.ref?.num ?? number} ${page.ref?.gen ?? 0}`
        if (seen.has(ref)) throw repeatedPage(path, number)
        seen.add(ref)
        const content = await page.getTextContent()
        const runs: Run[] = []
        for (const item of content.items) {
          if (!('str' in item) || item.str === '') continue
          const [a, b, , , x, y] = item.transform as number[]
          runs.push({ str: item.str, x: x!, y: y!, width: item.width, size: item.height || Math.hypot(a!, b!) })
        }
        pages.push(printedLines(runs, number))
      }
    } finally {
      await pdf.destroy()
    }
  } catch (error) {
    if (error instanceof InputError) throw error
    throw new InputError(path, `is not a readable PDF file (${describePdfError(error)})`)
  }
  // A scan has pages but no text on them: saying so beats reporting every field of the ToR as missing.
  if (pages.every((lines) => lines.length === 0)) throw new InputError(path, 'has no text to read: it looks like a scanned image (run it through OCR first)')
  return layOut(pages)
}

function describePdfError(error: unknown): string {
  const name = error instanceof Error ? error.name : ''
  const message = error instanceof Error ? error.message : String(error)
  if (name === 'PasswordException') return 'it is protected by a password'
  if (name === 'InvalidPDFException' || /invalid pdf/i.test(message)) return 'it is not a PDF or it is damaged'
  return message.split('\n')[0]!.slice(0, 200)
}

/** Private-use bullet glyphs of the Symbol and Wingdings fonts, as Word prints them. */
const SYMBOL_BULLETS = /^[\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf06c\uf06e]/

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹'

/**
 * A footnote number is printed smaller and raised: written as superscript digits it stays a footnote
 * marker for the segment stage ("COMPETENCIES¹", "¹ Competencies should be…"), as `<sup>1</sup>` does.
 */
function superscript(run: Run, line: Run[]): string {
  const size = Math.max(...line.map((other) => other.size))
  const baseline = Math.min(...line.filter((other) => other.size === size).map((other) => other.y))
  if (!/^\d{1,3}$/.test(run.str) || run.size > 0.8 * size || run.y < baseline + 0.15 * size) return run.str
  return [...run.str].map((digit) => SUPERSCRIPT_DIGITS[Number(digit)]).join('')
}

/**
 * Runs whose baselines are within half the larger text size of each other are one printed line (a
 * raised footnote number included; lines are at least a text size apart).
 */
export function printedLines(runs: Run[], page: number): PrintedLine[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x)
  const groups: Run[][] = []
  for (const run of sorted) {
    const group = groups[groups.length - 1]
    const size = group ? Math.max(run.size, ...group.map((other) => other.size)) : 0
    if (group && group.some((other) => Math.abs(other.y - run.y) <= Math.max(2, 0.5 * size))) group.push(run)
    else groups.push([run])
  }
  return groups
    .map((group, index) => {
      const ordered = group.sort((a, b) => a.x - b.x)
      let text = ''
      let end = -Infinity
      for (const run of ordered) {
        // Runs are positioned, not spaced: a visible gap between two runs is a space.
        const gap = run.x - end
        if (text !== '' && gap > 0.15 * run.size && !/\s$/.test(text) && !/^\s/.test(run.str)) text += ' '
        text += superscript(run, ordered)
        end = Math.max(end, run.x + run.width)
      }
      const size = Math.max(...ordered.filter((run) => run.str.trim() !== '').map((run) => run.size), 0)
      return { text: text.replace(/\s+/g, ' ').trim().replace(SYMBOL_BULLETS, '•'), x: ordered[0]!.x, right: end, y: ordered[0]!.y, size, page, line: index + 1 }
    })
    .filter((line) => line.text !== '')
}

const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:(?:page|p\.|pág(?:ina)?\.?|seite)\s*)?\d{1,4}(?:\s*(?:of|\/|de|sur|von)\s*\d{1,4})?(?:\s*[-–—])?$/i
/** How many lines at the top and at the bottom of a page can be a running header or footer. */
const BAND = 3

const apart = (above: PrintedLine, below: PrintedLine) => above.y - below.y > 1.5 * Math.max(above.size, below.size)

/**
 * The lines above the first wide gap near the top of a page and below the last one near the bottom: only
 * those can be a running header or footer, so a list item that happens to sit at the same place on every
 * page stays.
 */
function margins(lines: PrintedLine[]): PrintedLine[] {
  const out: PrintedLine[] = []
  for (let index = 1; index <= Math.min(BAND, lines.length - 1); index++) {
    if (!apart(lines[index - 1]!, lines[index]!)) continue
    out.push(...lines.slice(0, index))
    break
  }
  for (let index = lines.length - 1; index >= Math.max(1, lines.length - BAND); index--) {
    if (!apart(lines[index - 1]!, lines[index]!)) continue
    out.push(...lines.slice(index).filter((line) => !out.includes(line)))
    break
  }
  return out
}

/** Header or footer text printed at the same place on most pages, apart from the body; page numbers masked. */
export function runningLines(pages: PrintedLine[][]): Set<PrintedLine> {
  const dropped = new Set<PrintedLine>()
  const key = (line: PrintedLine) => `${Math.round(line.y / 4)}|${line.text.replace(/\d+/g, '#').toLowerCase()}`
  const bands = pages.map(margins)
  const pagesWith = new Map<string, number>()
  for (const band of bands) for (const k of new Set(band.map(key))) pagesWith.set(k, (pagesWith.get(k) ?? 0) + 1)
  const enough = Math.max(2, Math.ceil(pages.length / 2))
  for (const band of bands) {
    for (const line of band) if (pages.length >= 2 && (pagesWith.get(key(line)) ?? 0) >= enough) dropped.add(line)
  }
  // A bare page number is dropped even on a one-page document or where the numbering style changes.
  for (const lines of pages) {
    for (const line of [lines[0], lines[lines.length - 1]]) if (line && PAGE_NUMBER.test(line.text)) dropped.add(line)
  }
  return dropped
}

/**
 * A line ending in a hyphen was broken at the hyphen of a compound ("service-" / "oriented"): the rest
 * of the word goes back up, or the segment stage would join the lines with a space in the word.
 */
export function rejoinHyphenated(lines: PrintedLine[]): PrintedLine[] {
  const out: PrintedLine[] = []
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    const next = lines[index + 1]
    const wrapped = next && line.y - next.y <= 1.5 * Math.max(line.size, next.size)
    if (wrapped && /\p{L}-$/u.test(line.text) && /^\p{Ll}/u.test(next.text)) {
      const word = /^\S+\s*/u.exec(next.text)![0]
      line.text += word.trimEnd()
      next.text = next.text.slice(word.length)
    }
    if (line.text !== '') out.push(line)
  }
  return out
}

const LIST_START = /^(?:[•▪◦●○■□➢\-–*]|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])\s/i

/**
 * Whether `line` is the rest of `previous`, wrapped because its first word did not fit: the previous line
 * reaches the margin less that word, and `line` does not start a list item of its own.
 */
export function wraps(previous: PrintedLine, line: PrintedLine, margin: number): boolean {
  if (LIST_START.test(line.text)) return false
  // After a full stop, a short line without punctuation is a label or heading of its own ("Advantageous"),
  // not the last words of the sentence's paragraph.
  const short = line.right < margin - 4 * line.size
  if (/[.!?:;]$/.test(previous.text) && short && !/[.!?:;,)]$/.test(line.text)) return false
  const word = /^\S+/.exec(line.text)?.[0] ?? ''
  const wordWidth = line.text.length > 0 ? ((line.right - line.x) * word.length) / line.text.length : 0
  return previous.right + wordWidth + 0.5 * previous.size >= margin
}

/** The size most characters are printed in: body text. */
function bodySize(lines: PrintedLine[]): number {
  const weight = new Map<number, number>()
  for (const line of lines) weight.set(Math.round(line.size), (weight.get(Math.round(line.size)) ?? 0) + line.text.length)
  return [...weight.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0
}

/**
 * Lines become text one a line; a gap wider than one and a half lines of text starts a new paragraph, a
 * page break always does, and a line printed larger than body text is a heading (larger, higher level).
 */
export function layOut(pages: PrintedLine[][]): PdfText {
  const dropped = runningLines(pages)
  const kept = pages.map((lines) => rejoinHyphenated(lines.filter((line) => !dropped.has(line))))
  const body = bodySize(kept.flat())
  const headingSizes = [...new Set(kept.flat().filter((line) => Math.round(line.size) > body * 1.1).map((line) => Math.round(line.size)))].sort((a, b) => b - a)
  const out: string[] = []
  const places: (PagePlace | null)[] = []
  const children: RootContent[] = []
  let paragraph: Paragraph | null = null
  const blank = () => {
    paragraph = null
    if (out.length > 0 && out[out.length - 1] !== '') {
      out.push('')
      places.push(null)
    }
  }
  for (const lines of kept) {
    blank()
    const margin = Math.max(...lines.map((line) => line.right))
    let previous: PrintedLine | null = null
    for (const line of lines) {
      const level = headingSizes.indexOf(Math.round(line.size))
      if (previous && (previous.y - line.y > 1.5 * Math.max(previous.size, line.size) || level >= 0 || headingSizes.includes(Math.round(previous.size)))) blank()
      out.push(line.text)
      places.push({ page: line.page, line: line.line })
      const number = out.length
      const position = { start: { line: number, column: 1 }, end: { line: number, column: line.text.length + 1 } }
      const text: Text = { type: 'text', value: line.text, position }
      if (level >= 0) {
        children.push({ type: 'heading', depth: Math.min(6, level + 1) as Heading['depth'], children: [text], position: { ...position } })
        paragraph = null
      } else if (paragraph && previous) {
        const last = paragraph.children[paragraph.children.length - 1]
        // A wrapped line goes on the same logical line as the one before (its own text node keeps its
        // position); a line broken on purpose (a row under a row) stays a line of its own.
        if (wraps(previous, line, margin) && last?.type === 'text') last.value += ' '
        else paragraph.children.push({ type: 'break', position: { start: { ...position.start }, end: { ...position.start } } })
        paragraph.children.push(text)
        paragraph.position!.end = position.end
      } else {
        paragraph = { type: 'paragraph', children: [text], position: { start: { ...position.start }, end: { ...position.end } } }
        children.push(paragraph)
      }
      previous = line
    }
  }
  const text = out.join('\n')
  const end = { line: Math.max(1, out.length), column: (out[out.length - 1]?.length ?? 0) + 1 }
  return { text, tree: { type: 'root', children, position: { start: { line: 1, column: 1 }, end } }, places }
}
