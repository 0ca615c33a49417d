// The document type counts, per signal, the distinct phrases the text contains as whole words (plurals
// allowed) once case, quotes and white space are folded. documentType searches the text as written instead
// of folding it first; whatever the text and the table, it must count what the plain definition counts.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { defaultData, type DomainData } from '../../src/data/index.js'
import { documentType } from '../../src/extract/document.js'
import { escapeRegExp, normalizeKey } from '../../src/text.js'

function reference(text: string, data: DomainData): string {
  const key = normalizeKey(text)
  let best = 'unknown'
  let bestScore = 0
  for (const signal of data.documentSignals) {
    const hits = signal.phrases.filter((raw) => new RegExp(`(?<![\\p{L}])${escapeRegExp(normalizeKey(raw))}(?:s|es)?(?![\\p{L}])`, 'u').test(key)).length
    if (hits * signal.weight > bestScore) {
      best = signal.type
      bestScore = hits * signal.weight
    }
  }
  return best
}

const phrases = defaultData.documentSignals.flatMap((signal) => signal.phrases)
// Phrases as written in documents: any case, curly quotes, line breaks and tabs between their words.
const written = fc.constantFrom(...phrases).chain((phrase) =>
  fc.constantFrom(phrase, phrase.toUpperCase(), phrase.replace(/ /g, '\n\t '), phrase.replace(/'/g, '’')),
)
const filler = fc.constantFrom(' ', '\n', 's', 'es', 'x', '(', ')', 'é', '’', '"', '  ', 'İ', 'ß', 'candidate', 'under')
const documents = fc.array(fc.oneof(written, filler), { maxLength: 12 }).map((parts) => parts.join(''))

describe('documentType', () => {
  it('counts the phrases of the built-in signals as the plain definition does', () => {
    fc.assert(fc.property(documents, (text) => documentType(text, defaultData) === reference(text, defaultData)), { numRuns: 3000 })
  })

  it('counts configured phrases that share openings, start with a quote or are empty', () => {
    const data: DomainData = {
      ...defaultData,
      documentSignals: [
        { type: 'vacancy-notice', weight: 1, phrases: ["'s", '', 'a  "b" c', 'x', 'x-y'] },
        { type: 'consultancy-tor', weight: 2, phrases: ['x', 'é s', 'ss', 'x y'] },
      ],
    }
    const parts = fc.constantFrom("'s", '’s', ' ', 'a', '\t', '"b"', '“b”', 'c', 'x', '-y', 'é', 's', '.', 'A')
    const texts = fc.array(parts, { maxLength: 14 }).map((list) => list.join(''))
    fc.assert(fc.property(texts, (text) => documentType(text, data) === reference(text, data)), { numRuns: 3000 })
  })

  it('reads phrases across line breaks and curly quotes', () => {
    expect(documentType('Type\nd’engagement: temporaire. Intitulé du\tposte: Assistant', defaultData)).toBe('vacancy-notice')
    expect(documentType('Under this\ncontract the consultant delivers', defaultData)).toBe('consultancy-tor')
  })
})
