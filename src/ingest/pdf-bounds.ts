// A small PDF can declare a million pages by reusing one page node, or hold a Flate stream that
// inflates to gigabytes; pdf.js would walk and unpack all of it. Streams are inflated here first, with a
// ceiling on the total, and pages are taken only while each is a page not seen before.
import { constants, inflateSync } from 'node:zlib'
import { InputError, megabytes } from './decode.js'

export const PDF_LIMITS = {
  /** Pages read from one file: a long notice has a few dozen. */
  pages: 2000,
} as const

/** Throw an InputError when the Flate streams of the file inflate to more than `maxSize` bytes in all. */
export function checkPdfStreams(input: Uint8Array, path: string | null, maxSize: number): void {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength)
  let total = 0
  let from = 0
  for (;;) {
    const keyword = bytes.indexOf('stream', from, 'latin1')
    if (keyword < 0) return
    from = keyword + 6
    // `endstream` also contains the word; a stream keyword is followed by an end of line.
    if (keyword >= 3 && bytes.toString('latin1', keyword - 3, keyword) === 'end') continue
    let start = keyword + 6
    if (bytes[start] === 0x0d) start++
    if (bytes[start] !== 0x0a) continue
    start++
    const end = bytes.indexOf('endstream', start, 'latin1')
    if (end < 0) return
    from = end + 9
    // The stream's dictionary is just before it; only Flate streams are inflated (the usual bomb).
    const dictionary = bytes.toString('latin1', Math.max(0, keyword - 512), keyword)
    if (!dictionary.includes('FlateDecode')) continue
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
