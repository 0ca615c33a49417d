// The page's stand-in for the two node:zlib calls of the size checks in src/ingest (zip-bounds, pdf-bounds),
// so that the browser runs the same checks: fflate inflates, and the output is counted as it comes so that
// a bomb stops at the ceiling, with the RangeError Node throws past `maxOutputLength`.
import { Inflate, Unzlib } from 'fflate'

export const constants = { Z_SYNC_FLUSH: 2 } as const

export interface InflateOptions {
  maxOutputLength?: number
  /** Z_SYNC_FLUSH: a stream cut short gives what it has instead of an error, as in Node. */
  finishFlush?: number
}

function inflateWith(stream: Inflate | Unzlib, data: Uint8Array, options: InflateOptions): Uint8Array {
  const ceiling = options.maxOutputLength ?? Number.POSITIVE_INFINITY
  const chunks: Uint8Array[] = []
  let length = 0
  stream.ondata = (chunk) => {
    length += chunk.length
    if (length > ceiling) throw new RangeError(`Cannot create a Buffer larger than ${ceiling} bytes`)
    chunks.push(chunk)
  }
  stream.push(data, options.finishFlush !== constants.Z_SYNC_FLUSH)
  const out = new Uint8Array(length)
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.length
  }
  return out
}

/** Raw deflate (zip entries). */
export function inflateRawSync(data: Uint8Array, options: InflateOptions = {}): Uint8Array {
  return inflateWith(new Inflate(), data, options)
}

/** Deflate with a zlib header (PDF Flate streams). */
export function inflateSync(data: Uint8Array, options: InflateOptions = {}): Uint8Array {
  return inflateWith(new Unzlib(), data, options)
}
