// The page's stand-in for node:zlib must inflate as Node does, and stop a bomb at the same ceiling, or
// the size checks of src/ingest would judge a file differently in the browser.
import { constants, deflateRawSync, deflateSync, inflateRawSync as nodeInflateRaw, inflateSync as nodeInflate } from 'node:zlib'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { inflateRawSync, inflateSync } from '../../src/web/shims/zlib.js'

const bytes = fc.uint8Array({ maxLength: 4000 })
const repeated = (text: string, times: number) => new TextEncoder().encode(text.repeat(times))

describe('the browser stand-in for node:zlib', () => {
  it('inflates raw deflate and zlib streams to what Node gives', () => {
    fc.assert(
      fc.property(bytes, (data) => {
        expect(inflateRawSync(deflateRawSync(data))).toEqual(new Uint8Array(nodeInflateRaw(deflateRawSync(data))))
        expect(inflateSync(deflateSync(data), { finishFlush: constants.Z_SYNC_FLUSH })).toEqual(new Uint8Array(nodeInflate(deflateSync(data), { finishFlush: constants.Z_SYNC_FLUSH })))
      }),
    )
  })

  it('throws a RangeError past maxOutputLength, as Node does, and not at it', () => {
    const bomb = deflateRawSync(repeated('<w:p>x</w:p>', 100_000))
    expect(() => nodeInflateRaw(bomb, { maxOutputLength: 1_199_999 })).toThrow(RangeError)
    expect(() => inflateRawSync(bomb, { maxOutputLength: 1_199_999 })).toThrow(RangeError)
    expect(inflateRawSync(bomb, { maxOutputLength: 1_200_000 }).length).toBe(1_200_000)
    const stream = deflateSync(repeated('BT (a) Tj ET ', 50_000))
    expect(() => inflateSync(stream, { maxOutputLength: 1000, finishFlush: constants.Z_SYNC_FLUSH })).toThrow(RangeError)
  })

  it('gives the start of a stream cut short with Z_SYNC_FLUSH, and an error without it', () => {
    const whole = new TextEncoder().encode(Array.from({ length: 3000 }, (_, index) => (index * 7919).toString(36)).join(' '))
    const compressed = deflateSync(whole)
    const cut = compressed.subarray(0, compressed.length >> 1)
    const start = inflateSync(cut, { finishFlush: constants.Z_SYNC_FLUSH })
    expect(start.length).toBeGreaterThan(0)
    expect(whole.subarray(0, start.length)).toEqual(start)
    expect(() => inflateRawSync(deflateRawSync(whole).subarray(0, compressed.length >> 1))).toThrow()
  })

  it('throws on bytes that are not deflate data, as Node does', () => {
    const garbage = new TextEncoder().encode('not compressed at all')
    expect(() => nodeInflate(garbage)).toThrow()
    expect(() => inflateSync(garbage)).toThrow()
  })
})
