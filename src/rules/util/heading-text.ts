// How messages quote a heading or a label: as the reader sees it, without the markers that made it one.
// "## Qualifications ##", "Qualifications##", "**Languages**:" and "QUALIFICATIONS:" print as the words.

// Closing ATX hashes, emphasis and a trailing colon (straight or full-width) are markup, not words.
const MARKERS = ' \t\n\r\u00a0#*_:：'
const LEADING = /^[\s#*_]+/u

/**
 * `text` without the characters of `set` at its end. A loop, not `/[...]+$/`: that pattern retries from
 * every character of a long run of them that something else ends, which is quadratic.
 */
export function trimEndOf(text: string, set: string): string {
  let end = text.length
  while (end > 0 && set.includes(text.charAt(end - 1))) end--
  return text.slice(0, end)
}

/** The words of a heading or row label, for a message: markers, emphasis and the closing colon dropped. */
export function headingText(heading: string): string {
  const words = trimEndOf(heading.replace(LEADING, ''), MARKERS).replace(/\*\*|__/g, '').replace(/\s+/g, ' ')
  return words === '' ? heading.trim() : words
}
