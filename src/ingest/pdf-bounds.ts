// A small PDF can declare a million pages by reusing one page node, or hold a Flate stream that
// inflates to gigabytes; pdf.js would walk and unpack all of it. Streams are inflated here first, with a
// ceiling on the total, and pages are taken only while each is a page not seen before. Bytes are searched
// as a Uint8Array, not a Buffer, so that the page (dist/web) runs the same code.
import { constants, inflateSync } from 'node:zlib'
import { InputError, megabytes } from './decode.js'

export const PDF_LIMITS = {
  /** Pages read from one file: a long notice has a few dozen. */
  pages: 2000,
} as const

const ascii = (word: string): number[] => [...word].map((char) => char.charCodeAt(0))
const STREAM = ascii('stream')
const END = ascii('end')
const END_STREAM = ascii('endstream')
const FLATE = ascii('FlateDecode')

/** Where `word` (ASCII bytes) next occurs in `bytes` at or after `from`, or -1. */
export function indexOfBytes(bytes: Uint8Array, word: readonly number[], from: number, to = bytes.length): number {
  const first = word[0]!
  const last = to - word.length
  for (let at = bytes.indexOf(first, from); at >= 0 && at <= last; at = bytes.indexOf(first, at + 1)) {
    let index = 1
    while (index < word.length && bytes[at + index] === word[index]) index++
    if (index === word.length) return at
  }
  return -1
}

/** Throw an InputError when the Flate streams of the file inflate to more than `maxSize` bytes in all. */
export function checkPdfStreams(bytes: Uint8Array, path: string | null, maxSize: number): void {
  let total = 0
  let from = 0
  for (;;) {
    const keyword = indexOfBytes(bytes, STREAM, from)
    if (keyword < 0) return
    from = keyword + 6
    // `endstream` also contains the word; a stream keyword is followed by an end of line.
    if (keyword >= 3 && indexOfBytes(bytes, END, keyword - 3, keyword) === keyword - 3) continue
    let start = keyword + 6
    if (bytes[start] === 0x0d) start++
    if (bytes[start] !== 0x0a) continue
    start++
    const end = indexOfBytes(bytes, END_STREAM, start)
    if (end < 0) return
    from = end + 9
    // The stream's dictionary is just before it; only Flate streams are inflated (the usual bomb).
    if (indexOfBytes(bytes, FLATE, Math.max(0, keyword - 512), keyword) < 0) continue
    try {
      total += inflateSync(bytes.subarray(start, end), { maxOutputLength: Math.max(1, maxSize - total), finishFlush: constants.Z_SYNC_FLUSH }).length
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
        throw new InputError(path, `has streams that decompress to more than ${megabytes(maxSize)}, over the --max-file-size limit of ${megabytes(maxSize)}: it looks like a decompression bomb`)
      }
      // A stream zlib cannot read is pdf.js's to judge.
    }
  }
}

/** Throw an InputError when the file has more pages than the limit. */
export function checkPageCount(pages: number, path: string | null): void {
  if (pages > PDF_LIMITS.pages) throw new InputError(path, `has ${pages} pages, over the limit of ${PDF_LIMITS.pages}: split it`)
}

/** A page object met a second time: the page tree loops back on itself or reuses one node for many pages. */
export function repeatedPage(path: string | null, page: number): InputError {
  return new InputError(path, `its page tree gives the same page object again as page ${page}: the file is damaged or built to repeat one page`)
}
