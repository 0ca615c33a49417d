// Small text helpers shared by every stage.

/** Lower case, straight quotes and dashes, single spaces: the form vocabulary phrases are written in. */
const NEEDS_FOLDING = /[‘’`´“”]|[^\S ]|\s\s/

export function normalizeKey(text: string): string {
  // Most phrases have single spaces and straight quotes: one test spares four string copies.
  if (!NEEDS_FOLDING.test(text)) return text.toLowerCase().trim()
  return text
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Collapse runs of white space (tabs from pasted tables included) into single spaces. */
export function cleanText(text: string): string {
  // Most lines have only single spaces: a test is cheaper than a replace that copies the line.
  return ODD_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim()
}

const ODD_SPACE = /[^\S ]|\s\s/

export function wordCount(text: string): number {
  const words = text.trim().split(/\s+/)
  return words[0] === '' ? 0 : words.length
}

const WORD = /\S+/g

/** wordCount(text) <= max, without splitting a long line to find out. */
export function hasAtMostWords(text: string, max: number): boolean {
  WORD.lastIndex = 0
  let count = 0
  while (WORD.exec(text)) if (++count > max) return false
  return true
}

/** Ends like a finished sentence or list entry: the next line starts something new. */
export function endsWithTerminal(text: string): boolean {
  return /[.!?:;…]["'”’)\]*_]*$/.test(text.trimEnd())
}

export function startsLowercase(text: string): boolean {
  return /^[\p{Ll}]/u.test(text.trimStart())
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

const SUPERSCRIPT_DIGITS = /[¹²³⁴⁵⁶⁷⁸⁹⁰]+/g

export function stripFootnoteMarkers(text: string): string {
  return text.replace(SUPERSCRIPT_DIGITS, '')
}

export function startsWithFootnoteMarker(text: string): boolean {
  return /^[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s*\S/.test(text.trimStart())
}

/**
 * The characters of Windows-1252's bytes 0x80–0x9F (WHATWG encoding standard); every other byte is the
 * Unicode code point of the same number. Node 20's TextDecoder reads 'windows-1252' as Latin-1, and a
 * codec library costs start-up time for these 32 entries. The five undefined bytes keep their C1 code.
 */
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = ''
  for (let start = 0; start < bytes.length; start += 8192) {
    const codes = Array.from(bytes.subarray(start, start + 8192), (byte) => (byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_C1.charCodeAt(byte - 0x80) : byte))
    text += String.fromCharCode(...codes)
  }
  return text
}
