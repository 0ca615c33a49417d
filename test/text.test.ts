// The shared text helpers take shortcuts for the common case (single spaces, straight quotes); whatever
// the input, they must give what the plain definition gives.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { alternation, cleanText, decodeWindows1252, endsWithTerminal, hasAtMostWords, normalizeKey, phrasePattern, wordCount } from '../src/text.js'

const pieces = ['a', 'B', 'É', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', '‘', '’', '`', '´', '“', '”', 'x y', '-']
const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join(''))
const anyText = fc.oneof(texts, fc.string({ unit: 'grapheme', maxLength: 40 }))

describe('text helpers', () => {
  it('normalizeKey: lower case, straight quotes, single spaces, trimmed', () => {
    const reference = (text: string) => text.toLowerCase().replace(/[‘’`´]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim()
    fc.assert(fc.property(anyText, (text) => normalizeKey(text) === reference(text)), { numRuns: 2000 })
    expect(normalizeKey('  Terms\u00a0of  ‘Reference’ ')).toBe("terms of 'reference'")
  })

  it('cleanText: runs of white space (no-break spaces included) become one space, trimmed', () => {
    fc.assert(fc.property(anyText, (text) => cleanText(text) === text.replace(/[\s\u00a0]+/g, ' ').trim()), { numRuns: 2000 })
    expect(cleanText('Grade\t\tP-2 \u00a0 ')).toBe('Grade P-2')
  })

  it('wordCount: the runs of non-space characters', () => {
    const reference = (text: string) => (text.trim() === '' ? 0 : text.trim().split(/\s+/).length)
    fc.assert(fc.property(anyText, (text) => wordCount(text) === reference(text)), { numRuns: 2000 })
    expect(wordCount(' Terms\u00a0of\u2003Reference\n')).toBe(3)
  })

  it('endsWithTerminal: a sentence mark, then only closing quotes, brackets or emphasis, then space', () => {
    const ends = fc.array(fc.constantFrom('a', ' ', '\n', '\u00a0', '.', '!', '?', ':', ';', '…', '"', "'", '”', '’', ')', ']', '*', '_', ','), { maxLength: 12 })
    const tails = fc.tuple(anyText, ends).map(([text, end]) => text + end.join(''))
    fc.assert(fc.property(tails, (text) => endsWithTerminal(text) === /[.!?:;…]["'”’)\]*_]*$/.test(text.trimEnd())), { numRuns: 2000 })
    expect(endsWithTerminal('Apply by 9 May.”** ')).toBe(true)
    expect(endsWithTerminal('the Global Section for Mental')).toBe(false)
  })

  it('hasAtMostWords agrees with wordCount', () => {
    fc.assert(fc.property(anyText, fc.integer({ min: 0, max: 8 }), (text, max) => hasAtMostWords(text, max) === wordCount(text) <= max), { numRuns: 2000 })
  })

  it('decodeWindows1252: the 0x80–0x9F signs, Latin-1 above, the undefined bytes as C1 codes', () => {
    expect(decodeWindows1252(Uint8Array.of(0x93, 0x4f, 0x92, 0x94, 0x80, 0xe9, 0x96, 0x81))).toBe('“O’”€é–\u0081')
    const all = decodeWindows1252(Uint8Array.from({ length: 256 }, (_, byte) => byte))
    expect(all).toHaveLength(256)
    expect(all.slice(0xa0)).toBe(String.fromCharCode(...Array.from({ length: 96 }, (_, i) => 0xa0 + i)))
  })
})

describe('alternation and phrasePattern', () => {
  it('puts longer phrases first, so the longest one matching at a position wins', () => {
    const pattern = new RegExp(`^(?:${alternation(['de', 'de la', 'du', 'de'])})`)
    expect(pattern.exec('de la Cheffe')?.[0]).toBe('de la')
    expect(alternation(['de', 'de la', 'du', 'de']).split('|')).toHaveLength(3)
    expect(alternation([])).toBe('')
  })
  it('keeps characters literal and lets any white space stand between words', () => {
    const pattern = new RegExp(`^(?:${alternation(['reports to (the)', 'a.b'], phrasePattern)})$`)
    expect(pattern.test('reports \t to (the)')).toBe(true)
    expect(pattern.test('a.b')).toBe(true)
    expect(pattern.test('axb')).toBe(false)
  })
})
