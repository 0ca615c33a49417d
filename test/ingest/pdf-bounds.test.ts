// The PDF size check searches bytes without Node's Buffer (the page runs it too): the search must find
// what Buffer.indexOf finds.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { indexOfBytes } from '../../src/ingest/pdf-bounds.js'

const ascii = (word: string) => [...word].map((char) => char.charCodeAt(0))

describe('indexOfBytes', () => {
  it('finds a word where Buffer.indexOf does, from any start, within any end', () => {
    const alphabet = fc.constantFrom(...'streamend \n'.split(''))
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), fc.constantFrom('stream', 'endstream', 'end', 's'), fc.nat(70), (chars, word, from) => {
        const buffer = Buffer.from(chars.join(''), 'latin1')
        const bytes = new Uint8Array(buffer)
        expect(indexOfBytes(bytes, ascii(word), from)).toBe(from >= buffer.length ? -1 : buffer.indexOf(word, from, 'latin1'))
        const to = Math.min(buffer.length, from + 12)
        const within = buffer.subarray(0, to).indexOf(word, from, 'latin1')
        expect(indexOfBytes(bytes, ascii(word), from, to)).toBe(from >= to ? -1 : within)
      }),
    )
  })

  it('reads bytes above 0x7f as bytes, not characters', () => {
    expect(indexOfBytes(new Uint8Array([0xe9, 0x73, 0x74, 0x72, 0x65, 0x61, 0x6d]), ascii('stream'), 0)).toBe(1)
  })
})
