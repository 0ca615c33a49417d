// Word, web-page and PDF input: every seed converted by scripts/formats/make.sh (pandoc, LibreOffice) reads
// into the same contract as its .txt, except where the conversion itself changed what the file says.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { InputError, lintAsync, parse, parseAsync, type ParsedDocument } from '../../src/index.js'
import { layOut, type PrintedLine } from '../../src/ingest/pdf.js'
import { contractFields } from './formats-contract.js'

const SEEDS = ['000_b57d233953506967', '001_58b32094f285b7d1', '002_fe13132658dc064e', '003_2ab568e8ad747d79', '004_85fb80d637fbf5cc'] as const
const FORMATS = ['html', 'docx', 'pdf'] as const
type Format = (typeof FORMATS)[number]

const bytes = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url))
const read = (path: string): Promise<ParsedDocument> => parseAsync(bytes(path), { path })

/**
 * Fields that differ from the .txt because of the conversion, each checked by reading the converted
 * file (fixtures/formats/) against the seed. Also in src/ingest/README.md, "Formats".
 */
const EXCEPTIONS: { seed: string; formats: Format[]; fields: string[]; why: string }[] = [
  {
    seed: '000_b57d233953506967',
    formats: ['html', 'docx', 'pdf'],
    fields: ['position.title', 'position.organization', 'position.dutyStation', 'position.reportsTo', 'position.duration'],
    // The .html shows "Position Title <b>JPO, Program Officer…</b>" and "Duty Station Regional Office Brussels".
    why: 'the position table is "label<TAB>value" lines; pandoc reads a tab as a space, so no converted file can tell the label from the value',
  },
  {
    seed: '001_58b32094f285b7d1',
    formats: ['pdf'],
    fields: ['position.title', 'position.organization', 'position.unit', 'position.dutyStation', 'position.reportsTo', 'position.duration'],
    why: 'the same "label<TAB>value" position table: "Position Title JPO, Data and Knowledge Officer" in every converted file',
  },
  {
    seed: '001_58b32094f285b7d1',
    formats: ['html', 'docx'],
    // Each row ends with a <br>, so "Duty Station Berlin, Germany" is a row of its own, read as a label
    // without a colon; "Organization" is one word, which is not enough for a label without a colon or
    // bold, and "Duration" runs on into the note after it.
    fields: ['position.organization', 'position.duration'],
    why: 'the same "label<TAB>value" position table, read as "label value" lines: the one-word label "Organization" is not taken without a colon, and the duration runs on into the note after it',
  },
  {
    seed: '000_b57d233953506967',
    formats: ['html', 'docx', 'pdf'],
    fields: ['responsibilities'],
    // The .html has <li><ol start="4"><li>Promoting…<li><ol start="5"><li>Supporting…, one level deeper each time.
    why: 'pandoc reads the "4." to "7." written inside the raw <li> elements of group c) (and "1.", "2." of group d)) as Markdown lists, each inside the previous <li>: the converted files nest those duties, where the .txt lists them flat (the PDF even numbers the deeper levels "a.", "i.")',
  },
  {
    seed: '000_b57d233953506967',
    formats: ['docx', 'pdf'],
    fields: ['competencies.core', 'sections'],
    // pdftotext shows "VII. COMPETENCIES1" and a paragraph "1 Competencies and respective levels…".
    why: 'pandoc drops the raw <sup> tags of the footnote: the heading reads "VII. COMPETENCIES1" (not recognised), and the note "1 Competencies and respective levels…" is an ordinary paragraph, so the competency it cuts ("…learn, share" / "knowledge and innovate.") is not rejoined',
  },
  {
    seed: '004_85fb80d637fbf5cc',
    formats: ['docx'],
    fields: ['responsibilities'],
    // word/numbering.xml has <w:startOverride w:val="9"/>; mammoth's HTML has a plain <ol>.
    why: 'mammoth does not read the start number of a Word list: duties 9 to 16, which resume after the paragraph the page break left, are numbered 1 to 8',
  },
  {
    seed: '003_2ab568e8ad747d79',
    formats: ['pdf'],
    fields: ['sections'],
    // The PDF prints "…workplace culture at IOM workplace culture | International Organization for Migration".
    why: 'the PDF keeps the words of the link but not the link, so that paragraph ends without punctuation like one cut by a page break, and "Applications are welcome…", which opens the candidates section in the .txt, is joined to it',
  },
  {
    seed: '001_58b32094f285b7d1',
    formats: ['pdf'],
    fields: ['learningElements'],
    // Page 1 ends "…cooperation activities linked to the", page 2 begins "GCM, inter-agency cooperation…".
    why: 'not a loss of the conversion but a limit of torlint: the page break cuts the first learning element before "GCM", and a part after a break is joined back only when it starts in lower case (as for pasted text), so the item ends at "linked to the"',
  },
]

function exceptionFor(seed: string, format: Format, field: string) {
  return EXCEPTIONS.find((entry) => entry.seed === seed && entry.formats.includes(format) && entry.fields.includes(field))
}

describe('each seed as .html, .docx and .pdf reads like its .txt', async () => {
  const texts = new Map(SEEDS.map((seed) => [seed, contractFields(parse(bytes(`fixtures/seeds/${seed}.txt`), { path: `${seed}.txt` }).tor)]))
  for (const seed of SEEDS) {
    for (const format of FORMATS) {
      it(`${seed}.${format}`, async () => {
        const doc = await read(`fixtures/formats/${seed}.${format}`)
        expect(doc.tor.source.format).toBe(format)
        const expected = texts.get(seed)!
        const actual = contractFields(doc.tor)
        for (const field of Object.keys(expected)) {
          if (exceptionFor(seed, format, field)) continue
          expect(actual[field], `${seed}.${format}: ${field}`).toEqual(expected[field])
        }
      })
    }
  }

  it('every listed exception is still a difference: a fixed one must leave the list', async () => {
    for (const entry of EXCEPTIONS) {
      for (const format of entry.formats) {
        const actual = contractFields((await read(`fixtures/formats/${entry.seed}.${format}`)).tor)
        const expected = texts.get(entry.seed as (typeof SEEDS)[number])!
        const differing = entry.fields.filter((field) => JSON.stringify(actual[field]) !== JSON.stringify(expected[field]))
        expect(differing, `${entry.seed}.${format}`).toEqual(entry.fields)
      }
    }
  })
})

describe('.html: the job-board page around the notice is dropped', () => {
  it('keeps no navigation, footer, script or style text, and still reads the notice', async () => {
    for (const seed of SEEDS) {
      const doc = await read(`fixtures/formats/${seed}.html`)
      // scripts/formats/job-board.html: nav "Home Jobs About us Contact", footer "© Example Jobs Board…".
      const everything = `${JSON.stringify(doc.tor)}\n${doc.segmented.blocks.map((block) => block.text).join('\n')}`
      for (const chrome of ['About us', 'Example Jobs Board', 'All rights reserved', 'Privacy', 'window.analytics', 'font-family']) {
        expect(everything, `${seed}: ${chrome}`).not.toContain(chrome)
      }
    }
  })

  it('gives line:column of the .html file itself', async () => {
    const path = 'fixtures/formats/004_85fb80d637fbf5cc.html'
    const { tor } = await read(path)
    const lines = bytes(path).toString('utf8').split('\n')
    const at = (location: { line: number; column: number }) => lines[location.line - 1]!.slice(location.column - 1)
    // Line 17 of the file: "Duty Station : <strong>Freetown, Sierra Leone</strong><br />".
    expect(tor.positionLocations.dutyStation).toEqual({ line: 17, column: 24 })
    expect(at(tor.positionLocations.dutyStation!)).toMatch(/^Freetown, Sierra Leone/)
    for (const item of tor.responsibilities) expect(at(item)).toMatch(new RegExp(`^${item.text.slice(0, 12).replace(/[()[\]\\.*+?^$|{}]/g, '\\$&')}`))
  })

  it('reads a page without <main> from its <body>, minus the header, nav and footer, and is synchronous', () => {
    const page = '<!doctype html><html><head><title>Jobs</title></head><body>\n<header><h1>Example Jobs</h1></header>\n<nav><a href="/">Home</a></nav>\n<h1>Project Officer</h1>\n<p>Duty Station: Dakar, Senegal</p>\n<footer>Contact us</footer>\n</body></html>\n'
    const { tor } = parse(page, { path: 'notice.htm' })
    expect(tor.source.format).toBe('html')
    expect(tor.position.dutyStation).toBe('Dakar, Senegal')
    expect(tor.positionLocations.dutyStation).toEqual({ line: 5, column: 18 })
    expect(JSON.stringify(tor)).not.toMatch(/Example Jobs|Contact us|Home/)
  })
})

describe('.html: a line break in text is a space, and positions stay exact', () => {
  it('reads a value wrapped onto the next source line as one line, at its own line and column', () => {
    const page = '<main>\n<p>Duty Station:\n  Dakar,\nSenegal</p>\n<p>Grade: P3</p>\n</main>\n'
    const { tor } = parse(page, { path: 'notice.html' })
    expect(tor.position.dutyStation).toBe('Dakar, Senegal')
    expect(tor.positionLocations.dutyStation).toEqual({ line: 3, column: 3 })
    expect(tor.position.grade).toBe('P-3')
  })
})

describe('.docx: mammoth HTML, positions as paragraph numbers', () => {
  it('reads a two-column position table into the position fields', async () => {
    // fixtures/formats/position-table.docx (made by make.sh): a heading, then a table of four rows.
    const { tor } = await read('fixtures/formats/position-table.docx')
    expect(tor.source.format).toBe('docx')
    expect(tor.position).toMatchObject({ title: 'Data and Knowledge Officer', dutyStation: 'Berlin, Germany', grade: 'P-2', closingDate: '2024-03-15' })
    // Paragraph 1 is the heading; each cell is a paragraph: "Position Title" 2, its value 3, and so on.
    expect(tor.positionLocations.title).toMatchObject({ paragraph: 3 })
    expect(tor.positionLocations.closingDate).toMatchObject({ paragraph: 9 })
    expect(tor.responsibilities.map((item) => [item.label, item.paragraph])).toEqual([['1', 11], ['2', 12]])
  })

  it('says "paragraph N" in findings, also where a message refers to another line', async () => {
    const result = await lintAsync(bytes('fixtures/formats/004_85fb80d637fbf5cc.docx'), { path: '004.docx' })
    expect(result.messages.length).toBeGreaterThan(0)
    for (const message of result.messages) {
      expect(message.paragraph).toBeGreaterThanOrEqual(1)
      expect(message.message).not.toMatch(/\bline \d/)
    }
  })

  it('drops Word headers and footers (mammoth reads the body only)', async () => {
    const doc = await read('fixtures/formats/002_fe13132658dc064e.docx')
    expect(doc.source.text).not.toContain('IOM vacancy archive')
  })
})

describe('.pdf: lines and pages, running headers and footers dropped', () => {
  it('never keeps the running header, the footer or the page numbers', async () => {
    for (const seed of SEEDS) {
      const doc = await read(`fixtures/formats/${seed}.pdf`)
      // make.sh prints "IOM vacancy archive - printed copy" at the top and "Page N of M" at the bottom of every page.
      expect(doc.source.text, seed).not.toMatch(/IOM vacancy archive|Page \d+ of \d+/)
      expect(doc.source.places?.kind).toBe('pages')
    }
  })

  it('joins the item a page break and a footnote cut, and split-item reports it by page and line', async () => {
    const path = 'fixtures/formats/split-item.pdf'
    const doc = await read(path)
    // Page 1 ends "…the indicators of the results framework, the", then the footnote of the heading,
    // "1 The duties may change with the needs of the project." (a raised 1); page 2 goes on "photographs of the activities…".
    const item = doc.tor.responsibilities.find((entry) => entry.text.startsWith('Prepare the monthly reports'))!
    expect(item.text).toContain('the indicators of the results framework, the photographs of the activities and the stories of the beneficiaries, so that every reader of the report finds in it what they need.')
    // Line 1 of each page is the header, line 2 of page 1 the heading, lines 3-38 items 1-18.
    expect(item).toMatchObject({ page: 1, pageLine: 39 })
    expect(doc.tor.responsibilities).toHaveLength(23)
    const result = await lintAsync(bytes(path), { path })
    const split = result.messages.filter((message) => message.ruleId === 'split-item')
    expect(split).toEqual([
      expect.objectContaining({ page: 1, pageLine: 39, message: 'item continues on page 2, line 2 after the footnote on page 1, line 43: join the two parts in the source and move the footnote after them' }),
    ])
    // The raised footnote numbers are read as footnote markers, as <sup>1</sup> is in text.
    expect(doc.tor.sections[0]).toMatchObject({ kind: 'responsibilities', heading: 'Responsibilities¹', page: 1, pageLine: 2 })
    expect(doc.segmented.blocks.filter((block) => block.type === 'footnote').map((block) => block.text)).toEqual(['¹ The duties may change with the needs of the project.'])
  })

  it('drops what repeats in the page margins, not body text that repeats at the same place', () => {
    // Three pages: a header and "- n -" apart from the body, and each page's body starting with the same words.
    const line = (page: number, index: number, y: number, text: string): PrintedLine => ({ text, x: 72, right: 72 + 6 * text.length, y, size: 12, page, line: index })
    const pages = [1, 2, 3].map((page) => [
      line(page, 1, 760, 'ACME vacancy notice'),
      line(page, 2, 700, '• Coordinate the delivery of the activities.'),
      line(page, 3, 686, `• Report on activity ${page}.`),
      line(page, 4, 40, `- ${page} -`),
    ])
    const { text, places } = layOut(pages)
    expect(text.split('\n').filter((entry) => entry !== '')).toEqual([1, 2, 3].flatMap((page) => ['• Coordinate the delivery of the activities.', `• Report on activity ${page}.`]))
    expect(places.filter((place) => place !== null)[2]).toEqual({ page: 2, line: 2 })
  })

  it('puts a word broken at its hyphen back together', async () => {
    // 004 prints "…community-" at the end of a line and "based projects" at the start of the next.
    const { tor } = await read('fixtures/formats/004_85fb80d637fbf5cc.pdf')
    expect(tor.qualifications.experience[0]!.text).toContain('community-based projects')
  })
})

describe('errors', () => {
  it('a damaged .docx or .pdf is an InputError naming the file', async () => {
    const junk = new TextEncoder().encode('this is not a zip archive nor a PDF')
    await expect(parseAsync(junk, { path: 'draft.docx' })).rejects.toThrow(new InputError('draft.docx', 'is not a readable .docx file (it is not a Word document or it is damaged)'))
    await expect(parseAsync(junk, { path: 'scan.pdf' })).rejects.toThrow(InputError)
    await expect(parseAsync(junk, { path: 'scan.pdf' })).rejects.toThrow(/^scan\.pdf: is not a readable PDF file/)
  })

  it('a PDF without text (a scan) says so instead of reporting every field missing', async () => {
    // One empty page; no cross-reference table, which pdf.js rebuilds.
    const empty = new TextEncoder().encode('%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n')
    await expect(parseAsync(empty, { path: 'scan.pdf' })).rejects.toThrow('scan.pdf: has no text to read: it looks like a scanned image (run it through OCR first)')
  })

  it('the synchronous parse says to use parseAsync for .docx and .pdf', () => {
    expect(() => parse(bytes('fixtures/formats/split-item.pdf'), { path: 'split-item.pdf' })).toThrow(/split-item\.pdf: is a \.pdf document, which is read asynchronously: use parseAsync/)
  })
})
