// A .docx is a zip: 150 KB can unpack to gigabytes of XML and millions of paragraphs (a zip bomb), which
// mammoth would unpack whole and turn into HTML. Before mammoth sees it, every entry it may read is
// inflated here with a ceiling on the output, so neither a size declared too small nor a huge one gets
// through, and the paragraphs of the body are counted.
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

/** The central directory's entries, or null when the bytes are not a zip this reader understands (mammoth then says why). */
function entries(bytes: Buffer): Entry[] | null {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff)
  let end = -1
  for (let index = bytes.length - 22; index >= lowest; index--) {
    if (bytes.readUInt32LE(index) === EOCD) {
      end = index
      break
    }
  }
  if (end < 0) return null
  const count = bytes.readUInt16LE(end + 10)
  let offset = bytes.readUInt32LE(end + 16)
  const list: Entry[] = []
  for (let index = 0; index < count; index++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== CENTRAL) return null
    const nameLength = bytes.readUInt16LE(offset + 28)
    const extraLength = bytes.readUInt16LE(offset + 30)
    const commentLength = bytes.readUInt16LE(offset + 32)
    list.push({
      name: bytes.toString('utf8', offset + 46, offset + 46 + nameLength),
      method: bytes.readUInt16LE(offset + 10),
      compressedSize: bytes.readUInt32LE(offset + 20),
      localOffset: bytes.readUInt32LE(offset + 42),
    })
    offset += 46 + nameLength + extraLength + commentLength
  }
  return list
}

/** The entry's bytes once unpacked, never more than `ceiling`; null when it cannot be read here. */
function unpack(bytes: Buffer, entry: Entry, ceiling: number): Buffer | null {
  const at = entry.localOffset
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL) return null
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28)
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
export function checkDocxBounds(input: Uint8Array, path: string | null, maxSize: number): void {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength)
  const list = entries(bytes)
  if (!list) return
  let total = 0
  for (const entry of list) {
    // Pictures are never unpacked: torlint reads no image.
    if (!/\.(?:xml|rels)$/i.test(entry.name)) continue
    let unpacked: Buffer | null
    try {
      unpacked = unpack(bytes, entry, maxSize - total)
    } catch (error) {
      if (!(error instanceof Oversize)) throw error
      throw new InputError(path, `unpacks to more than ${megabytes(maxSize)} of text, over the --max-file-size limit of ${megabytes(maxSize)}: it looks like a zip bomb, or save the document in parts`)
    }
    if (!unpacked) continue
    total += unpacked.length
    if (entry.name === 'word/document.xml') {
      const paragraphs = paragraphCount(unpacked.toString('utf8'))
      if (paragraphs > DOCX_LIMITS.paragraphs) throw new InputError(path, `has ${paragraphs} paragraphs, over the limit of ${DOCX_LIMITS.paragraphs}: save the document in parts`)
    }
  }
}
