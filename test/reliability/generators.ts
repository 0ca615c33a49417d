// Inputs for the property tests: documents built from torlint's own vocabulary (so they reach deep into
// segmentation and extraction, not only the tokenizer), random text and bytes, and fixture mutations.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import iconv from 'iconv-lite'
import { defaultData } from '../../src/data/index.js'

const root = new URL('../../fixtures/', import.meta.url)

/** Every fixture document, small ones first; the seeds are large and slow, so they get their own weight. */
export function fixtureFiles(): { small: Buffer[]; seeds: Buffer[] } {
  const small: Buffer[] = []
  const seeds: Buffer[] = []
  const walk = (dir: string, into: Buffer[]) => {
    for (const entry of readdirSync(new URL(dir, root), { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(`${path}/`, into)
      else if (/\.(txt|md)$/.test(entry.name)) into.push(readFileSync(new URL(path, root)))
    }
  }
  for (const dir of readdirSync(root, { withFileTypes: true })) {
    if (dir.isDirectory() && dir.name !== 'seeds') walk(`${dir.name}/`, small)
  }
  walk('seeds/', seeds)
  return { small, seeds }
}

const headingPhrases = defaultData.headings.flatMap((entry) => entry.phrases)
const fieldLabels = defaultData.fieldLabels.flatMap((entry) => entry.labels)
const ruleIds = ['placeholder', 'markup-residue', 'count-mismatch', 'encoding', 'required-section', 'nonexistent-rule']

const words = fc.constantFrom(
  'the', 'officer', 'will', 'coordinate', 'and', 'Programme', 'Manager', 'Organización', 'São', 'Tomé', 'Genève', 'Côte', "d'Ivoire",
  'responsibilities', 'years', 'experience', 'P-3', 'NO-B', 'G-6', 'UNICEF', 'IOM', 'OIM', 'TBD', 'XXX', '[insert date]', '{{grade}}',
  'English', 'French', 'Spanish', 'Arabic', 'fluency', 'required', 'desirable', "Master's", 'degree', 'Bachelor', 'PhD', 'three', 'five',
  '31 December 2025', '2024-01-15', 'As soon as possible', '’', '“quoted”', '–', '—', '…', '•', '', '⁠', '\u00a0', '\u200b', '👩🏽‍💻', 'العربية',
  '中文', 'é', 'ﬁ', '̈', 'ǅ', '<', '>', '&amp;', '&nbsp;', '¹', '²', 'm²', '|', '\\', '`code`', '*', '_', '#', ':', ';', '(', ')', '[', ']',
)
const sentence = fc.array(words, { minLength: 1, maxLength: 14 }).map((list) => list.join(' '))
const anyText = fc.oneof(
  { weight: 4, arbitrary: sentence },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('a', ' ', '\t', '-', '*', '1', '.', ')', ':', '<', '>', '|', '#', '\\', '`', '&', ';'), maxLength: 60 }) },
)

const roman = fc.constantFrom('I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', '1', '2', '10', 'A', 'b')
const heading = fc
  .tuple(fc.constantFrom(...headingPhrases), fc.integer({ min: 0, max: 9 }), roman)
  .map(([phrase, form, number]) => {
    switch (form) {
      case 0:
        return `## ${phrase}`
      case 1:
        return phrase.toUpperCase()
      case 2:
        return `**${phrase}**`
      case 3:
        return `${number}. ${phrase}:`
      case 4:
        return `${phrase}:`
      case 5:
        return `<h3>${phrase}</h3>`
      case 6:
        return `${phrase}\t`
      case 7:
        return `# ${phrase.toUpperCase()} #`
      case 8:
        return `${phrase}\n${'='.repeat(phrase.length)}`
      default:
        return phrase
    }
  })

const marker = fc.constantFrom('-', '*', '+', '•', 'o', '1.', '2)', 'a)', '(i)', 'iv.', '10.', '–', '▪')
const indent = fc.constantFrom('', '  ', '    ', '\t', '\t\t', '   ')
const listItem = fc.tuple(fc.integer({ min: 0, max: 6 }), indent, marker, anyText).map(([depth, unit, mark, text]) => `${unit.repeat(depth)}${mark} ${text}`)
const list = fc.array(listItem, { minLength: 1, maxLength: 12 }).map((items) => items.join('\n'))

const labelRow = fc
  .tuple(fc.constantFrom(...fieldLabels), fc.constantFrom(':', ' :', '\t', ':\t', ' : ', '|'), anyText)
  .map(([label, separator, value]) => (separator === '|' ? `| ${label} | ${value} |` : `${label}${separator}${separator.endsWith('\t') || separator.endsWith(' ') ? '' : ' '}${value}`))

const html = fc.tuple(fc.integer({ min: 0, max: 13 }), anyText, anyText, fc.constantFrom(...ruleIds)).map(([form, a, b, rule]) => {
  switch (form) {
    case 0:
      return `<ul><li>${a}</li><li>${b}`
    case 1:
      return `<ol start="3"><li>${a}</li></ol>`
    case 2:
      return `<p>${a}</p>`
    case 3:
      return `<table><tr><td>${a}</td><td>${b}</td></tr></table>`
    case 4:
      return `<div><div>${a}</div>`
    case 5:
      return `${a}<br>${b}<br/>`
    case 6:
      return `<!-- torlint-disable ${rule} -->`
    case 7:
      return `<!-- torlint-disable-next-line -->\n${a}`
    case 8:
      return `<!-- ${a}`
    case 9:
      return `${a}<sup>1</sup> ${b}`
    case 10:
      return `<script>${a}</script>`
    case 11:
      return `<ul>\n<li>${a}\n<ul><li>${b}</li></ul>\n</li>\n</ul>`
    case 12:
      return `<![CDATA[${a}]]> <? ${b} ?>`
    default:
      return `</li></ol></ul></div>${a}`
  }
})

const announcement = fc
  .tuple(fc.constantFrom('these', 'the following'), fc.constantFrom('two', 'three', 'five', '4', '12'), fc.constantFrom('values', 'competencies', 'tasks'))
  .map(([these, count, noun]) => `Staff must demonstrate ${these} ${count} ${noun}:`)
// "* * * …" is a list nested as deep as the line is long: the normal run keeps that to what the size tests
// time; the fuzz run goes deeper.
const longLine = fc.tuple(words, fc.integer({ min: 200, max: process.env.TORLINT_FUZZ_RUNS ? 3000 : 600 })).map(([word, times]) => `${word} `.repeat(times))
const table = fc.array(fc.tuple(anyText, anyText), { minLength: 1, maxLength: 5 }).map((rows) => ['| a | b |', '| --- | --- |', ...rows.map(([a, b]) => `| ${a} | ${b} |`)].join('\n'))
const fence = anyText.map((text) => `\`\`\`\n${text}\n`)

const block = fc.oneof(
  { weight: 5, arbitrary: sentence },
  { weight: 2, arbitrary: anyText },
  { weight: 4, arbitrary: list },
  { weight: 3, arbitrary: labelRow },
  { weight: 2, arbitrary: html },
  { weight: 1, arbitrary: announcement },
  { weight: 1, arbitrary: longLine },
  { weight: 1, arbitrary: table },
  { weight: 1, arbitrary: fence },
  { weight: 1, arbitrary: fc.constantFrom('\f', '---', '***', '> quoted', '', '   ', '\t', '[^1]: note', '1', 'Page 2 of 7') },
)

const section = fc.tuple(heading, fc.array(block, { maxLength: 5 }), fc.boolean()).map(([title, blocks, glued]) =>
  // A heading glued to the end of the previous text, as PDF extraction leaves it.
  glued && blocks.length > 0 ? `${blocks.join('\n')} ${title}` : [title, ...blocks].join('\n\n'),
)

const frontMatter = fc.option(
  fc.tuple(fc.constantFrom(...fieldLabels), anyText).map(([label, value]) => `---\n${label.replace(/[^a-z]/g, '_')}: ${JSON.stringify(value)}\n---\n`),
  { freq: 8 },
)
const eol = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r')

/** A document: sections in any order, some missing, some repeated, with mixed line endings. */
export const documentText = fc
  .tuple(frontMatter, fc.array(fc.oneof({ weight: 4, arbitrary: section }, { weight: 1, arbitrary: block }), { maxLength: 10 }), eol, fc.boolean(), fc.constantFrom('', '\n', '\n\n', ' '))
  .map(([front, parts, newline, mixed, end]) => {
    const text = `${front ?? ''}${parts.join('\n\n')}${end}`
    if (newline === '\n') return text
    // Mixed endings: every other line keeps LF.
    return mixed ? text.split('\n').map((line, index) => (index % 2 ? `${line}\n` : `${line}${newline}`)).join('') : text.replace(/\n/g, newline)
  })

/** Text a Western European Word user writes: mostly ASCII, some accented letters and typographic quotes. */
export const westernText = fc
  .array(fc.oneof({ weight: 12, arbitrary: words }, { weight: 2, arbitrary: fc.constantFrom('á', 'é', 'ñ', 'ü', 'ç', 'Ó', '’', '“', '”', '–', '€', '°', '«', '»') }), { maxLength: 60 })
  .map((list) => list.join(' ').replace(/[^\t\n\r\x20-\x7e\u00a0-\u00ff’“”–€]/gu, ''))
  // Real prose is mostly ASCII; a file of nothing but accented letters is too short to tell from binary.
  .filter((text) => [...text].filter((char) => char > '\u007f').length <= text.length * 0.3)

export function windows1252(text: string): Uint8Array {
  return iconv.encode(text, 'windows-1252')
}

type Mutation =
  | { kind: 'flip'; at: number; xor: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; bytes: number[] }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'shuffle'; seed: number }
  | { kind: 'duplicate'; at: number; length: number }

const fraction = fc.integer({ min: 0, max: 10_000 })
const interesting = fc.constantFrom(0x00, 0x09, 0x0a, 0x0d, 0x0c, 0x1b, 0x23, 0x2d, 0x2a, 0x3c, 0x3e, 0x7c, 0x60, 0x80, 0x92, 0xa0, 0xc3, 0xe2, 0xef, 0xbb, 0xbf, 0xfe, 0xff)
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fraction, xor: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fraction }),
  fc.record({ kind: fc.constant('insert' as const), at: fraction, bytes: fc.array(interesting, { minLength: 1, maxLength: 6 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fraction, length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ kind: fc.constant('shuffle' as const), seed: fc.integer({ min: 1, max: 2 ** 30 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fraction, length: fc.integer({ min: 1, max: 400 }) }),
)

function position(bytes: Uint8Array, at: number): number {
  return Math.floor((at / 10_000) * bytes.length)
}

/** Shuffle the lines with a small deterministic generator, so a failure replays from its seed. */
function shuffleLines(bytes: Uint8Array, seed: number): Uint8Array {
  const lines = Buffer.from(bytes).toString('latin1').split('\n')
  let state = seed
  for (let index = lines.length - 1; index > 0; index--) {
    state = (state * 1103515245 + 12345) % 2 ** 31
    const other = state % (index + 1)
    ;[lines[index], lines[other]] = [lines[other]!, lines[index]!]
  }
  return Buffer.from(lines.join('\n'), 'latin1')
}

export function mutate(bytes: Uint8Array, mutations: Mutation[]): Uint8Array {
  let out = Buffer.from(bytes)
  for (const change of mutations) {
    if (change.kind === 'shuffle') {
      out = Buffer.from(shuffleLines(out, change.seed))
      continue
    }
    const at = position(out, change.at)
    if (change.kind === 'flip') {
      if (out.length > 0) out[Math.min(at, out.length - 1)]! ^= change.xor
    } else if (change.kind === 'truncate') out = out.subarray(0, at)
    else if (change.kind === 'insert') out = Buffer.concat([out.subarray(0, at), Buffer.from(change.bytes), out.subarray(at)])
    else if (change.kind === 'delete') out = Buffer.concat([out.subarray(0, at), out.subarray(at + change.length)])
    else out = Buffer.concat([out.subarray(0, at + change.length), out.subarray(at, at + change.length), out.subarray(at + change.length)])
  }
  return out
}

export const mutations = fc.array(mutation, { minLength: 1, maxLength: 5 })
