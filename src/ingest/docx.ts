// Word files: mammoth turns the document body into HTML (headings, bold runs, lists, tables), which is
// laid out one paragraph a line so that positions can be given back as Word paragraph numbers.
import { InputError } from './decode.js'
import { checkDocxBounds } from './zip-bounds.js'

/** The CLI's default --max-file-size, for callers of the library that give none. */
export const DEFAULT_MAX_SIZE = 50 * 1048576

/** Where each Word paragraph starts in the laid-out HTML (1-based line and column). */
export interface ParagraphStart {
  line: number
  column: number
  paragraph: number
}

export interface DocxHtml {
  text: string
  paragraphs: ParagraphStart[]
}

/** `maxSize`: the most the document may unpack to (the --max-file-size limit applies to what is read, not only to the zip). */
export async function docxToHtml(bytes: Uint8Array, path: string | null, maxSize = DEFAULT_MAX_SIZE): Promise<DocxHtml> {
  checkDocxBounds(bytes, path, maxSize)
  const { default: mammoth } = await import('mammoth')
  let html: string
  try {
    const result = await mammoth.convertToHtml(
      // mammoth hands `buffer` to JSZip, which reads any Uint8Array: no Node Buffer, so the page can run this.
      { buffer: bytes as Buffer },
      {
        // Empty paragraphs are kept so that paragraph numbers are those of the document.
        ignoreEmptyParagraphs: false,
        externalFileAccess: false,
        // Images carry no text; embedding them as data URIs would only cost memory.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    )
    html = result.value
  } catch (error) {
    throw new InputError(path, `is not a readable .docx file (${describeDocxError(error)})`)
  }
  return layOut(html)
}

function describeDocxError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  if (/zip|central directory|end of data|signature/i.test(message)) return 'it is not a Word document or it is damaged'
  return message.split('\n')[0]!.slice(0, 200)
}

const PARAGRAPH = /^(?:p|h[1-6]|li)$/
// `[^<>]` keeps a stray "<" from making every later tag a longer scan.
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>/g

/**
 * mammoth writes the whole body on one line. A line break goes before every paragraph, heading and list
 * item outside tables, and before every row of a table (a row stays on one line, its cells separated the
 * way the segment stage reads table rows), so line N is about paragraph N and each paragraph's start
 * is recorded exactly. Text never contains "<": mammoth escapes it.
 */
export function layOut(html: string): DocxHtml {
  let text = ''
  let last = 0
  let line = 1
  let lineStart = 0
  let tables = 0
  let paragraph = 0
  const paragraphs: ParagraphStart[] = []
  for (const match of html.matchAll(TAG)) {
    const [tag, closing, rawName] = match
    const name = rawName!.toLowerCase()
    text += html.slice(last, match.index)
    last = match.index + tag.length
    if (closing) {
      if (name === 'table') tables = Math.max(0, tables - 1)
    } else {
      const breaks = (PARAGRAPH.test(name) && tables === 0) || (name === 'tr' && tables === 1) || (name === 'table' && tables === 0)
      if (breaks && text.length > 0) {
        text += '\n'
        line += 1
        lineStart = text.length
      }
      if (name === 'table') tables += 1
      if (PARAGRAPH.test(name)) {
        paragraph += 1
        paragraphs.push({ line, column: text.length - lineStart + 1, paragraph })
      }
    }
    text += tag
  }
  text += html.slice(last)
  return { text, paragraphs }
}

/** The Word paragraph a position of the laid-out HTML falls in. */
export function paragraphAt(paragraphs: ParagraphStart[], line: number, column: number): number | null {
  let found: ParagraphStart | null = null
  for (const start of paragraphs) {
    if (start.line < line || (start.line === line && start.column <= column)) {
      found = start
      continue
    }
    // Before the first paragraph of its line (a table's opening tag): that paragraph.
    if (start.line === line && (found === null || found.line < line)) found = start
    break
  }
  return found?.paragraph ?? null
}
