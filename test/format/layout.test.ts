// The house layout, read off the formatted seeds: title, the kind of document, the position table, then
// the sections in a fixed order; duties numbered, lettered groups kept, competencies grouped, languages
// as sentences. Also: text that means something to Markdown comes back as text.
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { defaultData, format, parse, type ToR } from '../../src/index.js'
import { houseWording } from '../../src/format/labels.js'
import { classifyHeading, fieldForLabel, vocabularyFor } from '../../src/segment/vocabulary.js'

function formatted(path: string): string {
  return format(readFileSync(new URL(`../../${path}`, import.meta.url)), { path })
}

/** Lines that are headings, in order. */
const headings = (markdown: string) => markdown.split('\n').filter((line) => line.startsWith('#'))

describe('004, a complete vacancy notice', () => {
  const markdown = formatted('fixtures/seeds/004_85fb80d637fbf5cc.txt')

  it('opens with the title, the kind of document and the position table', () => {
    const lines = markdown.split('\n')
    expect(lines.slice(0, 5)).toEqual(['# Reintegration Officer', '', 'Vacancy notice', '', '## Position details'])
    expect(markdown).toMatch(/^\| Duty station +\| Freetown, Sierra Leone +\|$/m)
    // Grades as normalised, dates ISO, "As soon as possible" as written, both posting dates in one row.
    expect(markdown).toMatch(/^\| Grade +\| P-2 +\|$/m)
    expect(markdown).toMatch(/^\| Start date +\| As soon as possible +\|$/m)
    expect(markdown).toMatch(/^\| Closing date +\| 2022-02-09 +\|$/m)
    expect(markdown).toMatch(/^\| Posting period +\| 2022-01-27 to 2022-02-09 +\|$/m)
    expect(markdown).toMatch(/^\| Vacancy number +\| SVN 2022 26 +\|$/m)
  })

  it('puts the sections in the house order', () => {
    expect(headings(markdown)).toEqual([
      '# Reintegration Officer',
      '## Position details',
      '## Context',
      '## Responsibilities',
      '## Qualifications',
      '### Education',
      '### Experience',
      '### Skills',
      '## Languages',
      '## Competencies',
      '### Values',
      '### Core competencies',
      '### Managerial competencies',
      // What the layout does not place, under the seed's own headings (lines 111-181): the language and
      // competency boilerplate, the notes, how to apply, the posting period and the no-fee notice.
      '## Other sections',
      '### Languages',
      '### Notes',
      '### Values',
      '### Managerial Competencies – behavioural indicators level 2',
      '### Other:',
      '### How to apply:',
      '### Posting period:',
      '### No Fees:',
    ])
  })

  it('numbers the sixteen duties', () => {
    const duties = markdown.split('## Responsibilities')[1]!.split('## Qualifications')[0]!.trim().split('\n')
    expect(duties).toHaveLength(16)
    expect(duties[0]).toMatch(/^1\. Contribute to developing an approach\/strategy/)
    expect(duties[15]).toBe('16. Perform such other duties as may be assigned.')
  })

  it('states the languages in sentences the language reader understands', () => {
    expect(markdown).toContain('## Languages\n\nFluency in English is required.\n\nFluency in one of French, Spanish, Arabic, Russian or Chinese is required.\n')
  })

  it('groups competencies as "- **Name:** description"', () => {
    expect(markdown).toContain('### Values\n\n- **Inclusion and respect for diversity:** respects and promotes individual and cultural differences;')
    expect(markdown).toContain('### Managerial competencies\n\n- **Leadership:** provides a clear sense of direction')
  })
})

it('keeps lettered groups as "a)" lines with their numbered items under them', () => {
  const markdown = formatted('fixtures/phenomena/lettered-groups.md')
  expect(markdown).toContain('a) Policy and Strategy Formulation\n\n1. Managing communications between headquarters and country offices;\n2. Including')
  expect(markdown).toContain('b) External Liaison and Resource Mobilization\n\n1. Acting as focal point')
})

it('writes a French notice in French, with language names the reader knows', () => {
  const markdown = formatted('fixtures/i18n/fr-vacancy.md')
  expect(headings(markdown)).toEqual(expect.arrayContaining(['## Contexte', '## Responsabilités', '### Formation', '## Langues', '### Compétences clés']))
  // fr-vacancy.md requires English and counts Spanish as an asset.
  expect(markdown).toContain('Maîtrise requise : anglais.\n\nConnaissance souhaitable : espagnol.')
  expect(markdown).toMatch(/^\| Lieu d'affectation +\| Dakar, Sénégal +\|$/m)
})

it('heads a document without a title with the kind of document, and names no kind it cannot tell', () => {
  // run-on-headings.txt is a consultancy ToR without a title row.
  expect(formatted('fixtures/phenomena/run-on-headings.txt').split('\n')[0]).toBe('# Terms of reference for a consultancy')
  // lettered-groups.md has no signal of any document type.
  expect(formatted('fixtures/phenomena/lettered-groups.md').split('\n')[0]).toBe('## Responsibilities')
})

it('states minimum years given outside the qualification lists (000: in a note under the position table)', () => {
  const markdown = formatted('fixtures/seeds/000_b57d233953506967.txt')
  expect(markdown).toContain('At least 2 years of professional experience.')
  // 004's years are in its education items: no extra sentence.
  expect(formatted('fixtures/seeds/004_85fb80d637fbf5cc.txt')).not.toContain('At least')
})

describe('house wording', () => {
  const vocabulary = vocabularyFor(defaultData)
  const kinds: Record<string, string> = {
    position: 'position',
    context: 'context',
    unit: 'unit',
    responsibilities: 'responsibilities',
    learningElements: 'learningElements',
    performanceIndicators: 'performanceIndicators',
    qualifications: 'qualifications',
    education: 'education',
    experience: 'experience',
    skills: 'skills',
    languages: 'languages',
    competencies: 'competencies',
    values: 'values',
    coreCompetencies: 'coreCompetencies',
    managerialCompetencies: 'managerialCompetencies',
  }
  it.each(Object.entries(houseWording))('%s: every heading opens its section and every label names its field', (_language, wording) => {
    for (const [name, heading] of Object.entries(wording.headings)) {
      const open = ['values', 'coreCompetencies', 'managerialCompetencies'].includes(name) ? 'competencies' : null
      expect(classifyHeading(vocabulary, heading, open)?.kind, heading).toBe(kinds[name])
    }
    for (const [field, label] of Object.entries({ ...wording.fields, ...wording.vacancyFields })) expect(fieldForLabel(vocabulary, label!), label).toBe(field)
  })
})

describe('text that means something to Markdown', () => {
  const base = parse('Position Title: Clerk\nDuty Station: Geneva\n\n## Responsibilities\n\n- File records.\n', { path: 'base.md' }).tor
  // Characters Markdown, the table and the HTML reader act on, inside ordinary duty text.
  const special = fc.constantFrom('*', '_', '`', '#', '<b>', '</b>', '&amp;', '&', '[', ']', '(', ')', '|', '\\', '>', '~', '!', '1.', '-', '+', '<sup>1</sup>', '**', ':', ' ')
  const word = fc.constantFrom('data', 'report', 'R&D', 'x', 'team')
  const fragment = fc.array(fc.oneof(special, word), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(' '))

  /** What the reader makes of the fragment in a duty and in a table cell: texts a ToR can hold. */
  function asRead(duty: string, unit: string): { duty: string; unit: string } | null {
    const tor = parse(`| Unit | Unit ${unit.replace(/\|/g, '\\|')} office |\n| --- | --- |\n\n## Responsibilities\n\n- Coordinate ${duty} reports.\n`, { path: 'source.md' }).tor
    const read = tor.responsibilities.length === 1 ? tor.responsibilities[0]!.text : null
    return read !== null && tor.position.unit !== null ? { duty: read, unit: tor.position.unit } : null
  }

  // 200 parses of generated text: a generous bound for a busy machine, against a pathological slowdown only.
  it('comes back as the same text in duties and in table values', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fragment, fragment, (dutyFragment, unitFragment) => {
        const read = asRead(dutyFragment, unitFragment)
        fc.pre(read !== null)
        const tor: ToR = {
          ...base,
          position: { ...base.position, unit: read!.unit },
          responsibilities: [{ text: read!.duty, label: null, children: [], line: 1, column: 1 }],
        }
        const reread = parse(format(tor), { path: 'formatted.md' }).tor
        expect(reread.responsibilities.map((item) => item.text)).toEqual([read!.duty])
        expect(reread.position.unit).toBe(read!.unit)
      }),
      { numRuns: 200 },
    )
  })
})

it('keeps source labels out of sequence when asked (a list restarts where the numbers jump)', () => {
  const base = parse('## Responsibilities\n\n1. First duty.\n2. Second duty.\n3. Third duty.\n', { path: 'base.md' }).tor
  const jumped: ToR = { ...base, responsibilities: base.responsibilities.map((item, index) => ({ ...item, label: ['1', '2', '4'][index]! })) }
  const reread = parse(format(jumped, { labels: 'source' }), { path: 'formatted.md' }).tor
  expect(reread.responsibilities.map((item) => item.label)).toEqual(['1', '2', '4'])
  expect(parse(format(jumped), { path: 'formatted.md' }).tor.responsibilities.map((item) => item.label)).toEqual(['1', '2', '3'])
})

it('writes a value the table would cut at its first sentence where it was read from instead', () => {
  // A row keeps only its first sentence ("Berlin. Travel required" → "Berlin"); a unit read from its own
  // section and a title read from the first heading may hold more.
  const text = '# Programme Officer. Grade to be confirmed\n\n## Organizational department / unit\n\nMigration Health Division. Based in Geneva.\n\n## Responsibilities\n\n- Coordinate the programme.\n'
  const original = parse(text, { path: 'source.md' }).tor
  expect(original.position.title).toBe('Programme Officer. Grade to be confirmed')
  expect(original.position.unit).toBe('Migration Health Division. Based in Geneva.')
  const markdown = format(original)
  expect(markdown).toContain('# Programme Officer. Grade to be confirmed\n')
  expect(markdown).toContain('## Organizational department / unit\n\nMigration Health Division. Based in Geneva.\n')
  expect(markdown).not.toMatch(/^\| Job title/m)
  const reread = parse(markdown, { path: 'formatted.md' }).tor
  expect(reread.position.title).toBe(original.position.title)
  expect(reread.position.unit).toBe(original.position.unit)
})

it('states a single one-of language so that it still reads as one of a choice', () => {
  const base = parse('## Languages\n\nFluency in English is required.\n', { path: 'source.md' }).tor
  const tor: ToR = { ...base, languages: { required: ['English'], requiredOneOf: ['French'], advantageous: ['Arabic', 'Russian'] } }
  const markdown = format(tor)
  expect(markdown).toContain('Fluency in English is required.\n\nFluency in one of the following is required: French.\n\nWorking knowledge of Arabic and Russian is an advantage.')
  expect(parse(markdown, { path: 'formatted.md' }).tor.languages).toEqual(tor.languages)
})
