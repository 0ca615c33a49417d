// Small text helpers shared by every stage.

/** Lower case, straight quotes and dashes, single spaces: the form vocabulary phrases are written in. */
export function normalizeKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Collapse runs of white space (tabs from pasted tables included) into single spaces. */
export function cleanText(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim()
}

export function wordCount(text: string): number {
  const words = text.trim().split(/\s+/)
  return words[0] === '' ? 0 : words.length
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
