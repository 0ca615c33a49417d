// Decoding is strict: a file that is not text gets a clear error instead of a parse of garbage.
export class InputError extends Error {
  readonly path: string | null
  constructor(path: string | null, reason: string) {
    super(path ? `${path}: ${reason}` : reason)
    this.name = 'InputError'
    this.path = path
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })
const utf16le = new TextDecoder('utf-16le', { fatal: true })
const utf16be = new TextDecoder('utf-16be', { fatal: true })

export function decodeText(bytes: Uint8Array, path: string | null): string {
  let text: string
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) text = utf16le.decode(bytes.subarray(2))
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = utf16be.decode(bytes.subarray(2))
    else text = utf8.decode(bytes)
  } catch {
    throw new InputError(path, 'is not valid UTF-8 text (save it as UTF-8 and try again)')
  }
  if (text.includes('\u0000')) throw new InputError(path, 'contains NUL bytes: it looks like a binary file, not text')
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}
