// A .docx is a zip: 150 KB can unpack to gigabytes of XML and millions of paragraphs (a zip bomb), which
// mammoth would unpack whole and turn into HTML. Before mammoth sees it, every entry it may read is
// inflated here with a ceiling on the output, so neither a size declared too small nor a huge one gets
// through, and the paragraphs of the body are counted. Bytes are read through a DataView, not a Buffer, so
// that the page (dist/web) runs the same code; its bundle gives `node:zlib` a pure-JavaScript stand-in.
import { inflateRawSync } from 'node:zlib'
import { InputError, megabytes } from './decode.js'

export const DOCX_LIMITS = {
  /** Paragraphs in the document body: a long notice has a few thousand. */
  paragraphs: 50_000,
} as const

interface Entry {
  name: string
  method: number
  compressedSize: number
  localOffset: number
}

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50

const utf8 = new TextDecoder('utf-8', { ignoreBOM: true })

/** The central directory's entries, or null when the bytes are not a zip this reader understands (mammoth then says why). */
function entries(bytes: Uint8Array, view: DataView): Entry[] | null {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff)
  let end = -1
  for (let index = bytes.length - 22; index >= lowest; index--) {
    if (view.getUint32(index, true) === EOCD) {
      end = index
      break
    }
  }
  if (end < 0) return null
  const count = view.getUint16(end + 10, true)
  let offset = view.getUint32(end + 16, true)
  const list: Entry[] = []
  for (let index = 0; index < count; index++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL) return null
    const nameLength = view.getUint16(offset + 28, true)
    const extraLength = view.getUint16(offset + 30, true)
    const commentLength = view.getUint16(offset + 32, true)
    list.push({
      name: utf8.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      localOffset: view.getUint32(offset + 42, true),
    })
    offset += 46 + nameLength + extraLength + commentLength
  }
  return list
}

/** The entry's bytes once unpacked, never more than `ceiling`; null when it cannot be read here. */
function unpack(bytes: Uint8Array, view: DataView, entry: Entry, ceiling: number): Uint8Array | null {
  const at = entry.localOffset
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) return null
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true)
  const data = bytes.subarray(start, Math.min(bytes.length, start + entry.compressedSize))
  if (entry.method === 0) return data.length > ceiling ? oversize() : data
  if (entry.method !== 8) return null
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, ceiling) })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) return oversize()
    return null
  }
}

class Oversize extends Error {}
function oversize(): never {
  throw new Oversize()
}

/** Count `<w:p>` and `<w:p ...>` openings (not `<w:pPr>`, `<w:proofErr>`...). */
function paragraphCount(xml: string): number {
  let count = 0
  for (let index = xml.indexOf('<w:p'); index >= 0; index = xml.indexOf('<w:p', index + 4)) {
    const next = xml.charCodeAt(index + 4)
    // ">", " ", "/", tab, line feed, carriage return
    if (next === 0x3e || next === 0x20 || next === 0x2f || next === 0x09 || next === 0x0a || next === 0x0d) count++
  }
  return count
}

/** Throw an InputError when the Word file unpacks to more than `maxSize` bytes or has too many paragraphs. */
export function checkDocxBounds(bytes: Uint8Array, path: string | null, maxSize: number): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const list = entries(bytes, view)
  if (!list) return
  let total = 0
  for (const entry of list) {
    // Pictures are never unpacked: torlint reads no image.
    if (!/\.(?:xml|rels)$/i.test(entry.name)) continue
    let unpacked: Uint8Array | null
    try {
      unpacked = unpack(bytes, view, entry, maxSize - total)
    } catch (error) {
      if (!(error instanceof Oversize)) throw error
      throw new InputError(path, `unpacks to more than ${megabytes(maxSize)} of text, over the --max-file-size limit of ${megabytes(maxSize)}: it looks like a zip bomb, or save the document in parts`)
    }
    if (!unpacked) continue
    total += unpacked.length
    if (entry.name === 'word/document.xml') {
      const paragraphs = paragraphCount(utf8.decode(unpacked))
      if (paragraphs > DOCX_LIMITS.paragraphs) throw new InputError(path, `has ${paragraphs} paragraphs, over the limit of ${DOCX_LIMITS.paragraphs}: save the document in parts`)
    }
  }
}
