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

/** Whether a UTF-16 code unit is white space as `\s` (and `trim`) read it. */
export function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  if (code < 0xa0) return false
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
}

/**
 * The runs of non-space characters (the words `/\S+/g` finds), counted no further than `limit`. A scan
 * over character codes: splitting or matching every line of every document made a string or a match
 * object per word.
 */
function countWords(text: string, limit: number): number {
  let count = 0
  let inWord = false
  for (let index = 0; index < text.length; index++) {
    const space = isSpaceCode(text.charCodeAt(index))
    if (!space && !inWord && ++count > limit) return count
    inWord = !space
  }
  return count
}

export function wordCount(text: string): number {
  return countWords(text, Number.POSITIVE_INFINITY)
}

/** wordCount(text) <= max, without counting the words of a long line past max. */
export function hasAtMostWords(text: string, max: number): boolean {
  return countWords(text, max) <= max
}

const TERMINALS = new Set('.!?:;…')
const CLOSERS = new Set('"\'”’)]*_')

/**
 * Ends like a finished sentence or list entry: the next line starts something new. The same test as
 * /[.!?:;…]["'”’)\]*_]*$/ on the trimmed text, read from the end: that pattern is tried at every
 * character of a long block.
 */
export function endsWithTerminal(text: string): boolean {
  let end = text.length
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--
  while (end > 0 && CLOSERS.has(text.charAt(end - 1))) end--
  return end > 0 && TERMINALS.has(text.charAt(end - 1))
}

export function startsLowercase(text: string): boolean {
  return /^[\p{Ll}]/u.test(text.trimStart())
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** A phrase as a pattern source: its characters literal, and any white space between its words. */
export function phrasePattern(phrase: string): string {
  return escapeRegExp(phrase.trim()).replace(/\s+/g, '\\s+')
}

/**
 * Phrases as one alternation, longest first, so that "de la" is tried before "de" (`toSource` makes each
 * a pattern; literal by default). Empty when there are none: the caller decides what that means.
 */
export function alternation(phrases: Iterable<string>, toSource: (phrase: string) => string = escapeRegExp): string {
  return [...new Set(phrases)]
    .map(toSource)
    .sort((a, b) => b.length - a.length)
    .join('|')
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
