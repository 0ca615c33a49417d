// Which bytes are text: UTF-8 (BOM or not), UTF-16 with a BOM, and Windows-1252 as Word saves it; anything
// else is an InputError that names the file. The Windows-1252 bytes below are written out by hand.
import { describe, expect, it } from 'vitest'
import { decode, InputError, isPlausibleWindows1252 } from '../../src/ingest/decode.js'

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))))

describe('decode', () => {
  it('reads UTF-8, and drops its byte-order mark', () => {
    expect(decode(Buffer.from('Organización'), 'a.txt')).toEqual({ text: 'Organización', encoding: 'utf-8' })
    expect(decode(bytes([0xef, 0xbb, 0xbf], 'Title'), 'a.txt')).toEqual({ text: 'Title', encoding: 'utf-8' })
  })

  it('reads UTF-16 little and big endian after their byte-order mark', () => {
    expect(decode(bytes([0xff, 0xfe], [0x4f, 0x00, 0x49, 0x00, 0x4d, 0x00, 0xe9, 0x00]), 'a.txt')).toEqual({ text: 'OIMé', encoding: 'utf-16le' })
    expect(decode(bytes([0xfe, 0xff], [0x00, 0x4f, 0x00, 0x49, 0x00, 0x4d, 0x20, 0x19]), 'a.txt')).toEqual({ text: 'OIM’', encoding: 'utf-16be' })
  })

  it('reads a Word export in Windows-1252: accented letters and curly quotes 0x92, 0x93, 0x94', () => {
    // "Organización" with ó = 0xF3; the officer’s “duties” with 0x92, 0x93, 0x94.
    const word = bytes('Organizaci', [0xf3], 'n Internacional\r\nThe officer', [0x92], 's ', [0x93], 'duties', [0x94], ' cost 5 ', [0x80], '\r\n')
    expect(decode(word, 'vacancy.txt')).toEqual({ text: 'Organización Internacional\r\nThe officer’s “duties” cost 5 €\r\n', encoding: 'windows-1252' })
  })

  it('reads Latin-1 text, which is Windows-1252 without the 0x80–0x9F signs', () => {
    expect(decode(bytes('Gen', [0xe8], 've, C', [0xf4], 'te d', [0x27], 'Ivoire, S', [0xe3], 'o Tom', [0xe9]), 'a.txt').text).toBe("Genève, Côte d'Ivoire, São Tomé")
  })

  it('refuses binary data with a clear error naming the file', () => {
    const pdf = bytes('%PDF-1.7\n', [0x25, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a, 0x01, 0x02, 0x9d])
    expect(() => decode(pdf, 'scan.txt')).toThrow(new InputError('scan.txt', 'is a PDF document, not text; name it .pdf to read it'))
    const png = bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])
    expect(() => decode(png, 'image.md')).toThrow(/^image\.md: is a PNG image, not text$/)
    expect(() => decode(bytes([0x01, 0x02, 0x9d]), 'blob.txt')).toThrow(new InputError('blob.txt', 'is not valid UTF-8 text (save it as UTF-8 and try again)'))
  })

  it('refuses bytes undefined in Windows-1252, control characters and a high share of high bytes', () => {
    expect(isPlausibleWindows1252(bytes('caf', [0xe9], ' au lait'))).toBe(true)
    for (const undefinedByte of [0x81, 0x8d, 0x8f, 0x90, 0x9d]) expect(isPlausibleWindows1252(bytes('caf', [0xe9, undefinedByte], ' au lait'))).toBe(false)
    expect(isPlausibleWindows1252(bytes('caf', [0xe9], ' ', [0x1b], '[0m'))).toBe(false)
    expect(isPlausibleWindows1252(bytes('a', [0x7f], 'b'))).toBe(false)
    expect(isPlausibleWindows1252(bytes('\tcaf', [0xe9], '\f\r\n'))).toBe(true)
    // Four accented letters in ten bytes is not prose; it is more likely compressed or encrypted data.
    expect(isPlausibleWindows1252(bytes([0xe9, 0xe8, 0xea, 0xeb], 'abcdef'))).toBe(false)
    expect(() => decode(bytes([0xc9, 0xc8, 0xe0, 0xf9, 0xe7]), 'short.txt')).toThrow(/short\.txt: is not valid UTF-8 text/)
  })

  it('does not fall back to Windows-1252 when a UTF-8 byte-order mark declares the encoding', () => {
    expect(() => decode(bytes([0xef, 0xbb, 0xbf], 'caf', [0xe9]), 'bom.txt')).toThrow(/bom\.txt: is not valid UTF-8 text/)
  })

  it('refuses NUL bytes, and UTF-16 that is cut in the middle of a character', () => {
    expect(() => decode(Buffer.from('ab\u0000cd'), 'b.txt')).toThrow(new InputError('b.txt', 'contains NUL bytes: it looks like a binary file, not text'))
    expect(() => decode(bytes([0xff, 0xfe], [0x41, 0x00, 0x42]), 'odd.txt')).toThrow(/^odd\.txt: starts like UTF-16 text but is not valid UTF-16/)
    expect(() => decode(bytes([0xff, 0xfe], [0x00, 0xd8, 0x41, 0x00]), 'surrogate.txt')).toThrow(InputError)
  })

  it('reads an empty file as empty text', () => {
    expect(decode(new Uint8Array(0), 'empty.txt')).toEqual({ text: '', encoding: 'utf-8' })
  })
})

describe('binary files named as text', () => {
  const refusal = (bytes: number[]) => {
    try {
      decode(Uint8Array.from(bytes), 'x.txt')
    } catch (error) {
      return (error as Error).message
    }
    return 'decoded'
  }
  it('names the kind of file when its magic bytes say it', () => {
    expect(refusal([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])).toBe('x.txt: is a PNG image, not text')
    expect(refusal([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10])).toBe('x.txt: is a JPEG image, not text')
    expect(refusal([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00])).toBe('x.txt: is a GIF image, not text')
    expect(refusal([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00])).toBe('x.txt: is a ZIP archive (a Word .docx file is one), not text; name it .docx if it is a Word document')
    expect(refusal([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0xe2, 0xe3, 0xcf, 0xd3, 0x00])).toBe('x.txt: is a PDF document, not text; name it .pdf to read it')
  })
  it('refuses a PDF even when its bytes happen to be all ASCII', () => {
    expect(refusal([...Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n')])).toBe('x.txt: is a PDF document, not text; name it .pdf to read it')
  })
  it('keeps the general reason for binary data of no known kind, and reads text that merely mentions a signature', () => {
    expect(refusal([0x41, 0x00, 0x42])).toBe('x.txt: contains NUL bytes: it looks like a binary file, not text')
    expect(decode(Buffer.from('GIF8 files and PNG images are not accepted.\n'), 'x.txt').text).toMatch(/^GIF8/)
  })
})
