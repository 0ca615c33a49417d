// Patterns of many words ("his/her|chairman|...", every organisation name) that must stand alone. A
// lookbehind at the start of a pattern is tried at every character of the text and keeps the engine from
// skipping ahead to where an alternative can start: it made such patterns several times slower. The
// lookbehind is tested instead where the rest of the pattern matches; the matches are the same.

export interface Found {
  text: string
  index: number
}

export type Matcher = (text: string) => Found[]

/**
 * A matcher for `(?<!before)rest`, as `matchAll` finds its matches: `before` is the lookbehind's
 * content and `rest` the remainder of the pattern, both sources for `flags` (without `g`).
 */
export function lookbehindMatcher(before: string, rest: string, flags: string): Matcher {
  const pattern = new RegExp(rest, `${flags}g`)
  // Sticky: tests the lookbehind at `lastIndex` only.
  const behind = new RegExp(`(?<!${before})`, `${flags}y`)
  return (text) => {
    const found: Found[] = []
    pattern.lastIndex = 0
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      behind.lastIndex = match.index
      if (behind.test(text)) {
        found.push({ text: match[0], index: match.index })
        // An empty match would stop here forever; `matchAll` steps one character on.
        if (match[0] === '') pattern.lastIndex = match.index + characterLength(text, match.index, flags)
      } else {
        // The whole pattern cannot match here; it still may one character on.
        pattern.lastIndex = match.index + characterLength(text, match.index, flags)
      }
    }
    return found
  }
}

/** 2 for a surrogate pair read by a `u` pattern, else 1. */
function characterLength(text: string, index: number, flags: string): number {
  return flags.includes('u') && (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1
}
