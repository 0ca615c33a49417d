import { z } from 'zod'
import { decodeWindows1252 } from '../text.js'
import { defineRule } from './define.js'
import { replaceHits } from './util/replace-hits.js'

// Word and older Windows tools save Windows-1252; torlint reads such a file but other tools may not, so
// it asks for UTF-8. The reverse accident is text that was UTF-8, read as Windows-1252 by some converter
// and saved again: "Organización" becomes "OrganizaciÃ³n" and an apostrophe "â€™".

/** Windows-1252 (and Latin-1) characters of the bytes 0x80–0xBF, the bytes that continue a UTF-8 sequence. */
const BYTE_OF = new Map<string, number>()
for (let byte = 0x80; byte <= 0xff; byte++) {
  const char = decodeWindows1252(Uint8Array.of(byte))
  if (char !== '\ufffd') BYTE_OF.set(char, byte)
  // Converters that use Latin-1 instead leave the C1 control characters in place of 0x80–0x9f.
  if (byte <= 0x9f) BYTE_OF.set(String.fromCharCode(byte), byte)
}
const CONTINUATION = [...BYTE_OF].filter(([, byte]) => byte <= 0xbf).map(([char]) => char)
const CLASS = CONTINUATION.map((char) => `\\u{${char.codePointAt(0)!.toString(16)}}`).join('')
// Â and Ã start the two-byte sequences of Latin-1 letters and signs (é, ñ, °, «), Å those of œ and š,
// â the three-byte ones of typographic punctuation (’ “ – …) and €. Fixed length: linear.
const GARBLED = new RegExp(`[ÂÃÅ][${CLASS}]|â[${CLASS}]{2}`, 'gu')
const LEADS = /[ÂÃÅâ]/

const utf8 = new TextDecoder('utf-8', { fatal: true })

/** What a garbled sequence was before the wrong decoding, or null when it is not UTF-8 read wrongly. */
export function ungarble(sequence: string): string | null {
  const bytes = [...sequence].map((char) => BYTE_OF.get(char))
  if (bytes.some((byte) => byte === undefined)) return null
  try {
    return utf8.decode(Uint8Array.from(bytes as number[]))
  } catch {
    return null
  }
}

const ENCODING_NAMES = { 'windows-1252': 'Windows-1252' } as const

function quoted(values: string[]): string {
  return values.map((value) => `"${value}"`).join(', ')
}

export default defineRule({
  id: 'encoding',
  severity: 'warn',
  description: 'The file is not saved as UTF-8, or its text was garbled by a wrong encoding on the way.',
  help: 'torlint reads UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order mark. A file saved as Windows-1252, the default of Word and older Windows tools, is read too, but other tools will show its accented letters and curly quotes as garbage: save it as UTF-8 ("Save as" → "Plain text" → "Unicode (UTF-8)" in Word). Text that was UTF-8, read as Windows-1252 by a converter and saved again shows sequences such as `Ã³` for `ó` and `â€™` for `’`: convert the original again, or replace each sequence with the character the message names.',
  tags: ['encoding', 'conversion'],
  fixable: true,
  options: z.object({}).strict(),
  examples: {
    bad: [
      {
        text: 'OrganizaciÃ³n Internacional para las Migraciones\n\nThe officerâ€™s duties:\n',
        messages: [
          '1:11 "Ã³" is "ó" garbled by a wrong encoding (UTF-8 read as Windows-1252): replace it',
          '3:12 "â€™" is "’" garbled by a wrong encoding (UTF-8 read as Windows-1252): replace it',
        ],
        output: 'Organización Internacional para las Migraciones\n\nThe officer’s duties:\n',
      },
      {
        text: 'Lâ€™OIM recherche un(e) consultant(e) pour le SÃ©nÃ©gal.\n',
        messages: ['1:2 "â€™", "Ã©" are "’", "é" garbled by a wrong encoding (UTF-8 read as Windows-1252): replace them'],
        output: 'L’OIM recherche un(e) consultant(e) pour le Sénégal.\n',
      },
    ],
    good: [{ text: 'Organización Internacional para las Migraciones (OIM), São Tomé, théâtre, Ålesund\n\nThe officer’s duties:\n' }],
  },
  check({ doc, report }) {
    const encoding = doc.source.encoding
    if (encoding === 'windows-1252') {
      // The text is right, its bytes are not: the fix changes no text, and `--fix` writes the file as UTF-8.
      report({ line: 1, column: 1, endLine: 1, endColumn: 1 }, `the file is encoded as ${ENCODING_NAMES[encoding]}, not UTF-8: save it as UTF-8`, { fix: { text: '' } })
    }
    if (!LEADS.test(doc.source.text)) return
    doc.lines.forEach((text, index) => {
      if (!LEADS.test(text)) return
      const found: { sequence: string; meant: string; start: number; end: number }[] = []
      for (const match of text.matchAll(GARBLED)) {
        const meant = ungarble(match[0])
        if (meant !== null) found.push({ sequence: match[0], meant, start: match.index, end: match.index + match[0].length })
      }
      if (found.length === 0) return
      const pairs = [...new Map(found.map((hit) => [hit.sequence, hit.meant]))]
      const shown = pairs.slice(0, 5)
      const more = pairs.length > shown.length ? ` (and ${pairs.length - shown.length} more)` : ''
      const one = pairs.length === 1
      const first = found[0]!.start
      const last = found[found.length - 1]!.end
      const span = { line: index + 1, column: first + 1, endLine: index + 1, endColumn: last + 1 }
      report(
        span,
        `${quoted(shown.map(([sequence]) => sequence))} ${one ? 'is' : 'are'} ${quoted(shown.map(([, meant]) => meant))}${more} garbled by a wrong encoding (UTF-8 read as Windows-1252): replace ${one ? 'it' : 'them'}`,
        // Every sequence of the line, in one fix from the first to the last.
        { fix: { text: replaceHits(text, found, (hit) => hit.meant)! } },
      )
    })
  },
})
