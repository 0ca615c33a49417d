// Word boundaries found by a scan over character codes. The rules tokenise every block of every
// document; `matchAll(/\p{L}+/gu)` costs a match object per word, which made tokenising most of their
// time. The spans are exactly what those regular expressions find, non-ASCII letters included.

const OTHER = 1
const LETTER = 2
const NUMBER = 3
/** Flag added to a class: the character is a surrogate pair (two code units), as the `u` flag reads it. */
const PAIR = 4

// The class of each BMP code unit, filled in on first sight: non-ASCII characters are few in a document.
const classes = new Uint8Array(0x10000)
for (let code = 0; code < 128; code++) {
  const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  classes[code] = letter ? LETTER : code >= 48 && code <= 57 ? NUMBER : OTHER
}
const IS_LETTER = /^\p{L}$/u
const IS_NUMBER = /^\p{N}$/u

function classOf(character: string): number {
  return IS_LETTER.test(character) ? LETTER : IS_NUMBER.test(character) ? NUMBER : OTHER
}

function slowClassAt(text: string, index: number, code: number): number {
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
    const low = text.charCodeAt(index + 1)
    if (low >= 0xdc00 && low <= 0xdfff) return classOf(text.slice(index, index + 2)) | PAIR
  }
  let found = classes[code]!
  if (found === 0) {
    found = classOf(text.charAt(index))
    classes[code] = found
  }
  return found
}

/** The class of the character at `index`, with PAIR set for a surrogate pair. */
function classAt(text: string, index: number): number {
  const code = text.charCodeAt(index)
  return code < 128 ? classes[code]! : slowClassAt(text, index, code)
}

/**
 * Which runs to find, as these `u` patterns would: `letters` is `\p{L}+`, `alphanumeric` is
 * `[\p{L}\p{N}]+` and `hyphenated` is `\p{L}+(?:-\p{L}+)*` (words joined by single hyphens).
 */
export type WordKind = 'letters' | 'alphanumeric' | 'hyphenated'

/** The runs of a text as start and end offsets, flat: `[start0, end0, start1, end1, ...]`. */
export function wordSpans(text: string, kind: WordKind): number[] {
  const spans: number[] = []
  const numbers = kind === 'alphanumeric'
  const hyphens = kind === 'hyphenated'
  const length = text.length
  let index = 0
  while (index < length) {
    let found = classAt(text, index)
    if ((found & 3) !== LETTER && ((found & 3) !== NUMBER || !numbers)) {
      index += found & PAIR ? 2 : 1
      continue
    }
    const start = index
    index += found & PAIR ? 2 : 1
    for (;;) {
      while (index < length) {
        found = classAt(text, index)
        if ((found & 3) !== LETTER && ((found & 3) !== NUMBER || !numbers)) break
        index += found & PAIR ? 2 : 1
      }
      // "self-confident": a hyphen followed by a letter goes on with the same run.
      if (!hyphens || index + 1 >= length || text.charCodeAt(index) !== 45) break
      found = classAt(text, index + 1)
      if ((found & 3) !== LETTER) break
      index += found & PAIR ? 3 : 2
    }
    spans.push(start, index)
  }
  return spans
}

const ASCII = /^[\x00-\x7f]*$/

export function isAscii(text: string): boolean {
  return ASCII.test(text)
}

/** A number for the characters of `text` from `start` to `end`: equal words give equal numbers. */
function spanHash(text: string, start: number, end: number): number {
  let hash = end - start
  for (let index = start; index < end; index++) hash = (Math.imul(hash, 31) + text.charCodeAt(index)) | 0
  return hash
}

/**
 * Words to values, looked up where a word stands in a text (`get(text, start, end)`) rather than cut out
 * of it: the rules look up every word of every block, and a string per word was most of their garbage.
 */
export class SpanMap<Value> {
  private readonly buckets = new Map<number, { word: string; value: Value }[]>()

  get(text: string, start: number, end: number): Value | undefined {
    const bucket = this.buckets.get(spanHash(text, start, end))
    if (!bucket) return undefined
    for (const entry of bucket) if (entry.word.length === end - start && text.startsWith(entry.word, start)) return entry.value
    return undefined
  }

  set(word: string, value: Value): void {
    const hash = spanHash(word, 0, word.length)
    const bucket = this.buckets.get(hash)
    const entry = bucket?.find((candidate) => candidate.word === word)
    if (entry) entry.value = value
    else if (bucket) bucket.push({ word, value })
    else this.buckets.set(hash, [{ word, value }])
  }
}
