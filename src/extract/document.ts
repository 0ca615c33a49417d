// What kind of document this is, and what language it is written in.
import { franc } from 'franc-min'
import type { DomainData } from '../data/index.js'
import type { DocumentType } from '../schema.js'
import { escapeRegExp, normalizeKey } from '../text.js'

interface PhrasePattern {
  phrase: string
  pattern: RegExp
}

const signalPatterns = new WeakMap<string[], PhrasePattern[]>()

/** Whole words only ("consultor" is not in "consultorías"), plurals allowed. */
function phrasePatterns(phrases: string[]): PhrasePattern[] {
  let patterns = signalPatterns.get(phrases)
  if (!patterns) {
    patterns = phrases.map((raw) => {
      const phrase = normalizeKey(raw)
      return { phrase, pattern: new RegExp(`(?<![\\p{L}])${escapeRegExp(phrase)}(?:s|es)?(?![\\p{L}])`, 'u') }
    })
    signalPatterns.set(phrases, patterns)
  }
  return patterns
}

export function documentType(text: string, data: DomainData): DocumentType {
  const key = normalizeKey(text)
  let best: DocumentType = 'unknown'
  let bestScore = 0
  for (const signal of data.documentSignals) {
    // A plain substring search rules out most phrases before the slower whole-word pattern runs.
    const hits = phrasePatterns(signal.phrases).filter(({ phrase, pattern }) => key.includes(phrase) && pattern.test(key)).length
    const score = hits * signal.weight
    if (score > bestScore) {
      best = signal.type
      bestScore = score
    }
  }
  return best
}

const SAMPLE = 1500

const functionWordIndexes = new WeakMap<Record<string, string[]>, Map<string, string[]>>()

function functionWordIndex(table: Record<string, string[]>): Map<string, string[]> {
  let index = functionWordIndexes.get(table)
  if (!index) {
    index = new Map()
    for (const [language, words] of Object.entries(table)) for (const word of words) index.set(word, [...(index.get(word) ?? []), language])
    functionWordIndexes.set(table, index)
  }
  return index
}

/**
 * ISO 639-1 code of the main language, from a sample of the prose; "und" when too little text. Counting
 * function words decides most documents at a fraction of franc's cost; franc settles close calls.
 */
export function detectLanguage(prose: string, data: DomainData): string {
  const sample = prose.length > SAMPLE ? prose.slice(0, SAMPLE) : prose
  const index = functionWordIndex(data.functionWords)
  const counts = new Map<string, number>()
  for (const word of sample.toLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const language of index.get(word) ?? []) counts.set(language, (counts.get(language) ?? 0) + 1)
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1])
  if (first && first[1] >= 3 && first[1] >= 2 * (second?.[1] ?? 0)) return first[0]
  // franc guesses wildly on a line or two: too little text to tell is "und", not a guess.
  if (sample.length < 200) return 'und'
  const only = Object.keys(data.detectableLanguages)
  const code = franc(sample, { only, minLength: 20 })
  return data.detectableLanguages[code] ?? 'und'
}

/** Language of one paragraph, for spotting text in another language than the document. */
export function paragraphLanguage(text: string, data: DomainData): string {
  if (text.length < 40) return 'und'
  const code = franc(text, { only: Object.keys(data.detectableLanguages), minLength: 40 })
  return data.detectableLanguages[code] ?? 'und'
}
