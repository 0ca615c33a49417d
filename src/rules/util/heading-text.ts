// How messages quote a heading or a label: as the reader sees it, without the markers that made it one.
// "## Qualifications ##", "Qualifications##", "**Languages**:" and "QUALIFICATIONS:" print as the words.

// Closing ATX hashes, emphasis and a trailing colon (straight or full-width) are markup, not words.
const TRAILING = /[\s#*_:：]+$/u
const LEADING = /^[\s#*_]+/u

/** The words of a heading or row label, for a message: markers, emphasis and the closing colon dropped. */
export function headingText(heading: string): string {
  const words = heading.replace(LEADING, '').replace(TRAILING, '').replace(/\*\*|__/g, '').replace(/\s+/g, ' ')
  return words === '' ? heading.trim() : words
}
