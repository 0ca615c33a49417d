// Comparing names as people misspell them: accent- and case-blind keys, and the known spelling closest to
// a word within a few edits. Shared by the language and competency rules.

const NON_ASCII = /[^\x00-\x7f]/

/** Lower case without accents: "Inglés" and "ingles" are one spelling. */
export function foldKey(text: string): string {
  // ASCII has nothing to decompose; NFD on every word was a large part of the language rules' time.
  if (!NON_ASCII.test(text)) return text.toLowerCase()
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

// Three rows of the distance table, reused across calls (grown when a longer word comes).
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)] as const

/** Optimal string alignment distance (a swap of two neighbours is one edit), stopping past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  const width = b.length + 1
  if (rows[0].length < width) rows = [new Int32Array(width), new Int32Array(width), new Int32Array(width)]
  let [before, previous, current] = rows
  for (let j = 0; j < width; j++) previous[j] = j
  for (let i = 1; i <= a.length; i++) {
    const ai = a.charCodeAt(i - 1)
    const aBefore = i > 1 ? a.charCodeAt(i - 2) : -1
    current[0] = i
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1)
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (ai === bj ? 0 : 1))
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && aBefore === bj) value = Math.min(value, before[j - 2]! + 1)
      current[j] = value
      if (value < rowMin) rowMin = value
    }
    if (rowMin > max) return max + 1
    ;[before, previous, current] = [previous, current, before]
  }
  return previous[b.length]!
}

/** A known spelling with its folded key, prepared once per table. */
export interface Spelling {
  candidate: string
  key: string
}

export function spellingsOf(candidates: readonly string[]): Spelling[] {
  return candidates.map((candidate) => ({ candidate, key: foldKey(candidate) }))
}

/** The spelling closest to an already folded `key` within `max` edits (ties: the first), or null. */
export function nearestSpelling(key: string, spellings: readonly Spelling[], max: number): { candidate: string; distance: number } | null {
  let best: { candidate: string; distance: number } | null = null
  for (const spelling of spellings) {
    const distance = editDistance(key, spelling.key, best ? Math.min(max, best.distance - 1) : max)
    if (distance <= max && (!best || distance < best.distance)) best = { candidate: spelling.candidate, distance }
  }
  return best
}

/** The candidate closest to `word` within `max` edits (ties: the first), or null. */
export function nearest(word: string, candidates: readonly string[], max: number): { candidate: string; distance: number } | null {
  return nearestSpelling(foldKey(word), spellingsOf(candidates), max)
}

/** "English, French or Spanish". */
export function listWords(words: readonly string[], conjunction: string): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`
}
