// What kind of document this is, and what language it is written in.
import { franc } from 'franc-min'
import type { DomainData } from '../data/index.js'
import type { DocumentType } from '../schema.js'
import { perObject } from '../memo.js'
import { alternation, escapeRegExp, normalizeKey } from '../text.js'

const normalized = perObject((phrases: string[]): string[] => phrases.map(normalizeKey))

/**
 * A phrase as a sticky pattern, whole words only ("consultor" is not in "consultorías"), plurals allowed.
 * It reads the lower-case text as written: a space stands for any run of white space and a quote for its
 * curly forms, as `normalizeKey` folds them, so the whole document need not be normalised to be searched.
 */
function rawPhrasePattern(phrase: string): RegExp {
  const body = escapeRegExp(phrase).replace(/ /g, '\\s+').replace(/'/g, "['‘’`´]").replace(/"/g, '["“”]')
  return new RegExp(`(?<![\\p{L}])${body}(?:s|es)?(?![\\p{L}])`, 'uy')
}

interface SignalPhrase {
  phrase: string
  pattern: RegExp
}

interface SignalSearch {
  /**
   * The phrases that can start where `openings` finds an opening (the text of a phrase up to its first
   * space or quote, which folding leaves alone), by that opening: its own phrases and those of the
   * shorter openings it starts with ("jpo" in "jpo-programme"), which start there too.
   */
  byOpening: Map<string, SignalPhrase[]>
  /** Any opening, longest first: where a phrase can start. */
  openings: RegExp
}

const signalSearch = perObject((signals: DomainData['documentSignals']): SignalSearch => {
  const own = new Map<string, SignalPhrase[]>()
  for (const phrase of new Set(signals.flatMap((signal) => normalized(signal.phrases)))) {
    if (phrase === '') continue
    const opening = /^[^ '"]*/.exec(phrase)![0]
    own.set(opening, [...(own.get(opening) ?? []), { phrase, pattern: rawPhrasePattern(phrase) }])
  }
  const byOpening = new Map<string, SignalPhrase[]>()
  for (const opening of own.keys()) byOpening.set(opening, [...own].filter(([shorter]) => opening.startsWith(shorter)).flatMap(([, phrases]) => phrases))
  return { byOpening, openings: new RegExp(alternation(own.keys()), 'g') }
})

const EMPTY_PHRASE = /(?<![\p{L}])(?:s|es)?(?![\p{L}])/u

/**
 * The normalised phrases of the signal table that the text contains as whole words. One search for
 * where any phrase can start replaces a search of the whole text per phrase.
 */
function signalPhrasesIn(text: string, signals: DomainData['documentSignals']): Set<string> {
  const { byOpening, openings } = signalSearch(signals)
  const found = new Set<string>()
  // An empty phrase (a configuration's slip) has nothing to search for, and matches between white spaces
  // the normalised text no longer has: it is tested there.
  if (signals.some((signal) => normalized(signal.phrases).includes('')) && EMPTY_PHRASE.test(normalizeKey(text))) found.add('')
  if (byOpening.size === 0) return found
  const lower = text.toLowerCase()
  openings.lastIndex = 0
  for (let match = openings.exec(lower); match; match = openings.exec(lower)) {
    const at = match.index
    // The longest opening found: the shorter ones that also start here are its prefixes.
    for (const { phrase, pattern } of byOpening.get(match[0])!) {
      pattern.lastIndex = at
      if (!found.has(phrase) && pattern.test(lower)) found.add(phrase)
    }
    // Phrases can overlap: the next one may start one character on.
    openings.lastIndex = at + 1
  }
  return found
}

export function documentType(text: string, data: DomainData): DocumentType {
  const found = signalPhrasesIn(text, data.documentSignals)
  let best: DocumentType = 'unknown'
  let bestScore = 0
  for (const signal of data.documentSignals) {
    const hits = normalized(signal.phrases).filter((phrase) => found.has(phrase)).length
    const score = hits * signal.weight
    if (score > bestScore) {
      best = signal.type
      bestScore = score
    }
  }
  return best
}

const SAMPLE = 1500

const functionWordIndex = perObject((table: Record<string, string[]>): Map<string, string[]> => {
  const index = new Map<string, string[]>()
  for (const [language, words] of Object.entries(table)) for (const word of words) index.set(word, [...(index.get(word) ?? []), language])
  return index
})

/**
 * ISO 639-1 code of the main language, from a sample of the prose; "und" when too little text. Counting
 * function words decides most documents at a fraction of franc's cost; franc settles close calls.
 */
export function detectLanguage(prose: string, data: DomainData): string {
  const sample = prose.length > SAMPLE ? prose.slice(0, SAMPLE) : prose
  const index = functionWordIndex(data.functionWords)
  const counts = new Map<string, number>()
  for (const word of sample.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const languages = index.get(word)
    if (languages) for (const language of languages) counts.set(language, (counts.get(language) ?? 0) + 1)
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
