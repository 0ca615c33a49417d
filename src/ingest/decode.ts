// Decoding is strict: a file that is not text gets a clear error instead of a parse of garbage. The one
// tolerance is Windows-1252, what Word and older Windows tools save by default: such a file is read, and
// the `encoding` rule asks for it to be saved as UTF-8.
import { decodeWindows1252 } from '../text.js'

/** A size in bytes as the size limits' messages give it. */
export const megabytes = (size: number): string => `${(size / 1048576).toFixed(1)} MB`

export class InputError extends Error {
  readonly path: string | null
  constructor(path: string | null, reason: string) {
    super(path ? `${path}: ${reason}` : reason)
    this.name = 'InputError'
    this.path = path
  }
}

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'

export interface Decoded {
  /** The text without its byte-order mark. */
  text: string
  encoding: Encoding
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })
const utf16le = new TextDecoder('utf-16le', { fatal: true })
const utf16be = new TextDecoder('utf-16be', { fatal: true })

/** Bytes with no character in Windows-1252: text never contains them, binary data often does. */
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d])
/**
 * Accented letters and curly quotes are a few percent of a Western European text; binary data that
 * happens to avoid control bytes is about half high bytes.
 */
const MAX_HIGH_BYTE_SHARE = 0.3

/**
 * Whether bytes that are not UTF-8 read as plausible Windows-1252 text: no control characters other
 * than tab, line feed, form feed and carriage return, no undefined byte, few bytes above 0x7f.
 */
export function isPlausibleWindows1252(bytes: Uint8Array): boolean {
  let high = 0
  for (const byte of bytes) {
    if (byte < 0x20) {
      if (byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) return false
    } else if (byte === 0x7f || UNDEFINED_IN_1252.has(byte)) return false
    else if (byte > 0x7f) high++
  }
  return high <= bytes.length * MAX_HIGH_BYTE_SHARE
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte)
}

function strict(decoder: { decode(bytes: Uint8Array): string }, bytes: Uint8Array): string | null {
  try {
    return decoder.decode(bytes)
  } catch {
    return null
  }
}

/** File signatures ("magic bytes") of the binary files most often saved or renamed as text by mistake. */
const SIGNATURES: readonly { kind: string; bytes: readonly number[]; hint?: string }[] = [
  { kind: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { kind: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], hint: 'name it .pdf to read it' },
  // A Word .docx file is a ZIP archive.
  { kind: 'ZIP archive (a Word .docx file is one)', bytes: [0x50, 0x4b, 0x03, 0x04], hint: 'name it .docx if it is a Word document' },
  { kind: 'ZIP archive', bytes: [0x50, 0x4b, 0x05, 0x06] },
]

/** What kind of binary file the bytes start like, with what to do, or null. */
export function binaryKind(bytes: Uint8Array): { kind: string; hint?: string } | null {
  return SIGNATURES.find((signature) => startsWith(bytes, [...signature.bytes])) ?? null
}

/** The reason a file that is not text is refused: its kind when its first bytes say it. */
function notText(bytes: Uint8Array, fallback: string): string {
  const known = binaryKind(bytes)
  if (!known) return fallback
  return `is ${/^[AEIOU]/.test(known.kind) ? 'an' : 'a'} ${known.kind}, not text${known.hint ? `; ${known.hint}` : ''}`
}

/** Decode a file's bytes, or throw an InputError that names the file and says what to do. */
export function decode(bytes: Uint8Array, path: string | null): Decoded {
  // A PDF may be all ASCII, yet read as text it is page objects, not the notice: never lint it as text.
  if (binaryKind(bytes)?.kind === 'PDF document') throw new InputError(path, notText(bytes, ''))
  let decoded: Decoded | null
  if (startsWith(bytes, [0xff, 0xfe])) decoded = withEncoding(strict(utf16le, bytes.subarray(2)), 'utf-16le')
  else if (startsWith(bytes, [0xfe, 0xff])) decoded = withEncoding(strict(utf16be, bytes.subarray(2)), 'utf-16be')
  else {
    decoded = withEncoding(strict(utf8, bytes), 'utf-8')
    // A UTF-8 byte-order mark declares the encoding: bytes after it that are not UTF-8 are damage.
    if (!decoded && !startsWith(bytes, [0xef, 0xbb, 0xbf]) && isPlausibleWindows1252(bytes)) {
      decoded = { text: decodeWindows1252(bytes), encoding: 'windows-1252' }
    }
  }
  if (!decoded) {
    const utf16 = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])
    throw new InputError(path, notText(bytes, utf16 ? 'starts like UTF-16 text but is not valid UTF-16 (save it as UTF-8 and try again)' : 'is not valid UTF-8 text (save it as UTF-8 and try again)'))
  }
  if (decoded.text.includes('\u0000')) throw new InputError(path, notText(bytes, 'contains NUL bytes: it looks like a binary file, not text'))
  return decoded
}

function withEncoding(text: string | null, encoding: Encoding): Decoded | null {
  if (text === null) return null
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding }
}
