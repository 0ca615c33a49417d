// The formatter's promise: parsing the canonical Markdown gives back the document's ToR, on every fixture
// of every kind (real seeds, job-board layouts, French and Spanish notices, input phenomena). Compared:
// every contract field except where values were read (line, column, positionLocations, contextLocation),
// the input's path and format, and the section list, all of which a new layout moves by design.
import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { format, parse, type Item, type ToR } from '../../src/index.js'

const FOLDERS = ['seeds', 'layouts', 'i18n', 'phenomena']
const fixtures = FOLDERS.flatMap((folder) =>
  readdirSync(new URL(`../../fixtures/${folder}/`, import.meta.url))
    .filter((name) => /\.(txt|md)$/.test(name))
    .map((name) => `fixtures/${folder}/${name}`),
)

function read(path: string): ToR {
  return parse(readFileSync(new URL(`../../${path}`, import.meta.url)), { path }).tor
}

type Labels = (items: Item[]) => unknown[]

const keep: Labels = (items) => items.map((item) => ({ text: item.text, label: item.label, children: keep(item.children) }))
const bullets: Labels = (items) => items.map((item) => ({ text: item.text, label: null, children: bullets(item.children) }))
const numbers: Labels = (items) => items.map((item, index) => ({ text: item.text, label: String(index + 1), children: bullets(item.children) }))
/**
 * The house numbering, written out as the layout states it: duties 1, 2, 3 at the top, lettered groups
 * a, b, c with their items numbered 1, 2, 3 inside each group, anything deeper as bullets.
 */
const duties: Labels = (items) => {
  let letter = 0
  let number = 0
  return items.map((item) =>
    item.label !== null && /^[a-z]$/i.test(item.label)
      ? { text: item.text, label: 'abcdefghijklmnopqrstuvwxyz'[letter++], children: numbers(item.children) }
      : { text: item.text, label: String(++number), children: bullets(item.children) },
  )
}

/** The contract without positions, path, format and sections; list labels as `numbered`/`bulleted` say. */
function contract(tor: ToR, numbered: Labels, bulleted: Labels): unknown {
  const person = (list: ToR['competencies']['values']) => list.map(({ name, description }) => ({ name, description }))
  const { education, experience, skills, degreeLevels, minYearsExperience } = tor.qualifications
  return {
    schemaVersion: tor.schemaVersion,
    language: tor.source.language,
    documentType: tor.documentType,
    position: tor.position,
    context: tor.context,
    responsibilities: numbered(tor.responsibilities),
    learningElements: numbered(tor.learningElements),
    performanceIndicators: numbered(tor.performanceIndicators),
    qualifications: { education: bulleted(education), experience: bulleted(experience), skills: bulleted(skills), degreeLevels, minYearsExperience },
    languages: tor.languages,
    competencies: { values: person(tor.competencies.values), core: person(tor.competencies.core), managerial: person(tor.competencies.managerial) },
  }
}

// A ToR with no title is headed by the house line naming its kind ("Terms of reference for a consultancy"),
// and the reader takes a consultancy named in a heading as the appointment type: the re-read document
// states one where the original, which never names its contract, had none. Every other field must match.
const KIND_LINE_NAMES_THE_APPOINTMENT = new Set(['fixtures/phenomena/run-on-headings.txt'])

describe.each(fixtures)('%s', (path) => {
  const original = read(path)
  const markdown = format(original)

  it('reads back the same ToR, lists numbered in the house style', () => {
    const reread = parse(markdown, { path: 'formatted.md' }).tor
    if (KIND_LINE_NAMES_THE_APPOINTMENT.has(path)) {
      expect(original.position.appointmentType).toBeNull()
      reread.position.appointmentType = null
    }
    // Labels record the marker the source used; the house layout numbers duties and bullets requirements,
    // so the re-read labels are the house numbering of the original's items (same texts, same nesting).
    expect(contract(reread, keep, keep)).toEqual(contract(original, duties, bullets))
  })

  it('with the source labels kept, reads back every label as well', () => {
    const reread = parse(format(original, { labels: 'source' }), { path: 'formatted.md' }).tor
    if (KIND_LINE_NAMES_THE_APPOINTMENT.has(path)) reread.position.appointmentType = null
    expect(contract(reread, keep, keep)).toEqual(contract(original, keep, keep))
  })

  it('is stable: formatting the formatted document changes nothing', () => {
    const again = format(markdown, { path: 'formatted.md' })
    // The only change allowed: the appointment-type row the kind line gives (see above).
    if (KIND_LINE_NAMES_THE_APPOINTMENT.has(path)) expect(again.split('\n').filter((line) => !markdown.includes(line)).every((line) => /appointment|^\|/i.test(line))).toBe(true)
    else expect(again).toBe(markdown)
  })

  it('reads the same whether the formatted text is saved as .md or .txt', () => {
    const asText = parse(markdown, { path: 'formatted.txt' }).tor
    expect(contract(asText, keep, keep)).toEqual(contract(parse(markdown, { path: 'formatted.md' }).tor, keep, keep))
  })
})

it('covers every fixture folder', () => {
  for (const folder of FOLDERS) expect(fixtures.some((path) => path.startsWith(`fixtures/${folder}/`))).toBe(true)
  expect(fixtures.length).toBeGreaterThanOrEqual(20)
})
