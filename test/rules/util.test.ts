// The rules' fast helpers must find exactly what the plain regular expressions they replace find: the
// rules' findings depend on it. Random text mixes ASCII with the characters that make Unicode matching
// subtle (surrogate pairs, letters whose case changes length or folds to ASCII, marks, digits of other
// scripts, hyphens, slashes).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lintParsed, parse, ruleById } from '../../src/index.js'
import { resolveConfig } from '../../src/config/resolve.js'
import type { Config } from '../../src/config/schema.js'
import { lookbehindMatcher } from '../../src/rules/util/alternatives.js'
import { editDistance, foldKey, nearest } from '../../src/rules/util/names.js'
import { SpanMap, wordSpans, type WordKind } from '../../src/rules/util/words.js'

const pieces = [
  'a', 'b', 'e', 'h', 's', 'S', 'K', 'x', ' ', '\t', '\n', '-', '--', '/', "'", '.', '1', '42', 'his', 'her', 'He', 'she', 'man', 'IOM',
  'un', 'UN', 'United Nations', 'é', 'É', 'ñ', 'ß', 'ſ', '\u212a', 'İ', 'ı', 'Σ', 'ς', 'µ', '\u0301', '\u0345', '²', '①', '٣', 'Ⅻ',
  '𝐀', '𝟙', '\ud800', '\udc00', '’', '–', '•', '\u00a0',
]
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''))

const PATTERNS: Record<WordKind, RegExp> = {
  letters: /\p{L}+/gu,
  alphanumeric: /[\p{L}\p{N}]+/gu,
  hyphenated: /\p{L}+(?:-\p{L}+)*/gu,
}

function regexSpans(value: string, kind: WordKind): number[] {
  return [...value.matchAll(PATTERNS[kind])].flatMap((match) => [match.index, match.index + match[0].length])
}

describe('wordSpans', () => {
  it.each(['letters', 'alphanumeric', 'hyphenated'] as const)('finds the runs %s finds with a regular expression', (kind) => {
    fc.assert(fc.property(text, (value) => {
      expect(wordSpans(value, kind)).toEqual(regexSpans(value, kind))
    }), { numRuns: 2000 })
  })

  it('reads a surrogate pair as one letter and a lone surrogate as none', () => {
    expect(wordSpans('a𝐀b \ud800c', 'letters')).toEqual([0, 4, 6, 7])
  })
})

describe('SpanMap', () => {
  it('finds a word where it stands in a text as a Map finds the word cut out', () => {
    fc.assert(fc.property(fc.array(text, { maxLength: 20 }), text, (words, value) => {
      const map = new Map<string, number>()
      const spans = new SpanMap<number>()
      words.forEach((word, index) => {
        map.set(word, index)
        spans.set(word, index)
      })
      for (let start = 0; start <= value.length; start++) {
        for (let end = start; end <= Math.min(value.length, start + 12); end++) expect(spans.get(value, start, end)).toBe(map.get(value.slice(start, end)))
      }
      for (const word of words) expect(spans.get(word, 0, word.length)).toBe(map.get(word))
    }), { numRuns: 300 })
  })
})

describe('lookbehindMatcher', () => {
  const cases = [
    { before: '[\\p{L}/-]', rest: '(?:his[ \\t]*/[ \\t]*her|he[ \\t]+or[ \\t]+she|s[ \\t]*/[ \\t]*he|his|he|man-made)(?![\\p{L}/-])', flags: 'iu' },
    { before: '[\\p{L}\\p{N}]', rest: '(?:United Nations|UN|IOM|é)(?![\\p{L}\\p{N}])', flags: 'iu' },
    { before: '\\p{L}', rest: '\\p{L}', flags: 'u' },
    { before: 'a', rest: 'a*', flags: '' },
  ]
  it.each(cases)('finds what matchAll finds for (?<!$before)$rest', ({ before, rest, flags }) => {
    const matcher = lookbehindMatcher(before, rest, flags)
    const whole = new RegExp(`(?<!${before})${rest}`, `${flags}g`)
    fc.assert(
      fc.property(text, (value) => {
        const expected = [...value.matchAll(whole)].map((match) => ({ text: match[0], index: match.index }))
        expect(matcher(value)).toEqual(expected)
      }),
      { numRuns: 2000 },
    )
  })
})

// The definitions these helpers had before they were made faster.
function plainFoldKey(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

function plainEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let before: number[] = []
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1)
      current.push(value)
      rowMin = Math.min(rowMin, value)
    }
    if (rowMin > max) return max + 1
    before = previous
    previous = current
  }
  return previous[b.length]!
}

describe('names', () => {
  it('folds like NFD without marks, in lower case', () => {
    fc.assert(fc.property(text, (value) => {
      expect(foldKey(value)).toBe(plainFoldKey(value))
    }), { numRuns: 2000 })
    expect(foldKey('Inglés')).toBe('ingles')
  })

  it('measures the same edit distance, up to the same bound', () => {
    const word = fc.array(fc.constantFrom('a', 'b', 'c', 'é', '𝐀'), { maxLength: 12 }).map((parts) => parts.join(''))
    fc.assert(
      fc.property(word, word, fc.integer({ min: -1, max: 6 }), (a, b, max) => {
        expect(editDistance(a, b, max)).toBe(plainEditDistance(a, b, max))
      }),
      { numRuns: 3000 },
    )
    expect(editDistance('Frensh', 'French', 2)).toBe(1)
    expect(editDistance('ab', 'ba', 2)).toBe(1)
  })

  it('finds the nearest candidate, the first of equals', () => {
    expect(nearest('Englsh', ['Spanish', 'English', 'Englis'], 2)).toEqual({ candidate: 'English', distance: 1 })
    expect(nearest('Tajik', ['English'], 2)).toBeNull()
  })
})

describe('values kept per document', () => {
  // The organisation a text names is read once per document and shared by rules: linting the same
  // parsed document under other tables must not reuse what the first tables found.
  it('follow the domain tables a document is linted with', () => {
    const doc = parse('# Consultant\n\nIOM seeks a consultant for IOM.\n\n## Languages\n\nFluency in the local language is required.\n', { path: 'x.md' })
    const rules = [ruleById('language-requirement')!]
    const run = (config: Config) => lintParsed(doc, { rules, config: resolveConfig({ config, source: 'test', rules }) }).messages.map((message) => message.message)
    expect(run({})).toEqual(['no official language of IOM is required: state that fluency in English, French or Spanish is required'])
    const renamed: Config = { data: { organizationNames: { replace: [{ id: 'UN', acronyms: ['IOM'], names: [] }] } } }
    expect(run(renamed)).toEqual([
      'no official language of UN is required: state that fluency in Arabic, Chinese, English, French, Russian or Spanish is required',
    ])
    expect(run({})).toEqual(['no official language of IOM is required: state that fluency in English, French or Spanish is required'])
  })
})
