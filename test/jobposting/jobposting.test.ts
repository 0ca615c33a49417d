// ToR → schema.org JobPosting, checked against what each seed says (values read off the documents).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { jobPostingSchema, parse, postingGaps, toJobPosting, type JobPosting, type ToR } from '../../src/index.js'
import { dataOverridesSchema, mergeData } from '../../src/data/index.js'
import { employmentTypes, jobTitle, placeOf } from '../../src/jobposting/index.js'

function seed(name: string): ToR {
  const path = `fixtures/seeds/${name}`
  return parse(readFileSync(new URL(`../../${path}`, import.meta.url)), { path }).tor
}

const SEEDS = ['000_b57d233953506967.txt', '001_58b32094f285b7d1.txt', '002_fe13132658dc064e.txt', '003_2ab568e8ad747d79.txt', '004_85fb80d637fbf5cc.txt']

/** Every value in the posting, however deep, is filled: no nulls, empty strings, arrays or objects. */
function holes(value: unknown, path = ''): string[] {
  if (value === null || value === undefined || value === '') return [path]
  if (Array.isArray(value)) return value.length === 0 ? [path] : value.flatMap((entry, index) => holes(entry, `${path}[${index}]`))
  if (typeof value === 'object') {
    const entries = Object.entries(value)
    return entries.length === 0 ? [path] : entries.flatMap(([key, entry]) => holes(entry, `${path}.${key}`))
  }
  return []
}

/** The HTML tags a description uses. */
const tags = (html: string) => new Set([...html.matchAll(/<\/?([a-z0-9]+)/gi)].map((match) => match[1]!.toLowerCase()))

describe('004: a complete vacancy notice makes a complete posting', () => {
  const tor = seed('004_85fb80d637fbf5cc.txt')
  const posting = toJobPosting(tor)

  it('has every required property, from the notice', () => {
    expect(posting['@context']).toBe('https://schema.org')
    expect(posting['@type']).toBe('JobPosting')
    expect(posting.title).toBe('Reintegration Officer')
    // "Posting period: From 27.01.2022 to 09.02.2022"
    expect(posting.datePosted).toBe('2022-01-27')
    // The letterhead: "International Organization for Migration (IOM)"
    expect(posting.hiringOrganization).toEqual({ '@type': 'Organization', name: 'International Organization for Migration (IOM)' })
    // "Duty Station : Freetown, Sierra Leone"
    expect(posting.jobLocation).toEqual({ '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Freetown', addressCountry: 'SL' } })
    expect(posting.description).toMatch(/^<p>Irregular migration along the Central Mediterranean route/)
    expect(postingGaps(tor, posting)).toEqual([])
  })

  it('has the recommended properties the notice states', () => {
    expect(posting.validThrough).toBe('2022-02-09')
    // "Special short-term graded, six months with possibility of extension"
    expect(posting.employmentType).toBe('TEMPORARY')
    expect(posting.identifier).toEqual({ '@type': 'PropertyValue', name: 'International Organization for Migration (IOM)', value: 'SVN 2022 26' })
    // "Master's degree ... with two years ...; or University degree ... with four years"
    expect(posting.educationRequirements).toEqual([
      { '@type': 'EducationalOccupationalCredential', credentialCategory: 'postgraduate degree' },
      { '@type': 'EducationalOccupationalCredential', credentialCategory: 'bachelor degree' },
    ])
    expect(posting.experienceRequirements).toEqual({ '@type': 'OccupationalExperienceRequirements', monthsOfExperience: 24 })
    expect(posting.responsibilities).toHaveLength(16)
    expect(posting.responsibilities![15]).toBe('Perform such other duties as may be assigned.')
    expect(posting.skills![0]).toBe('Strong communication and interpersonal skills, as well as strong strategic and creative thinking;')
    // Two education items and eight experience items.
    expect(posting.qualifications).toHaveLength(10)
  })

  it('writes the description with <p>, <ul> and <li> only, from context, duties and qualifications', () => {
    expect(tags(posting.description!)).toEqual(new Set(['p', 'ul', 'li']))
    expect(posting.description).toContain('<p>Responsibilities</p><ul><li>Contribute to developing an approach/strategy')
    expect(posting.description).toContain("<p>Education</p><ul><li>Master's degree in International Law")
    expect(posting.description).toContain('<p>Skills</p><ul>')
  })
})

describe.each(SEEDS)('%s', (name) => {
  const posting = toJobPosting(seed(name))
  it('is valid JSON-LD for the JobPosting schema, with no empty or null values', () => {
    expect(() => jobPostingSchema.parse(posting)).not.toThrow()
    expect(holes(posting)).toEqual([])
    expect(JSON.parse(JSON.stringify(posting))).toEqual(posting)
  })
})

describe('what each seed lacks', () => {
  const gaps = (name: string) => postingGaps(seed(name)).map((gap) => gap.property)
  it('000 and 001, JPO ToRs: only the posting date (no posting period)', () => {
    expect(gaps('000_b57d233953506967.txt')).toEqual(['datePosted'])
    expect(gaps('001_58b32094f285b7d1.txt')).toEqual(['datePosted'])
  })
  it('002, a consultancy ToR with no title or duty station (its prose names IOM)', () => {
    expect(gaps('002_fe13132658dc064e.txt')).toEqual(['title', 'datePosted', 'jobLocation'])
  })
  it('003: no posting period; no Organization label, but "IOM is a Related Organization ..." names it', () => {
    expect(gaps('003_2ab568e8ad747d79.txt')).toEqual(['datePosted'])
  })
  it('004: nothing', () => {
    expect(gaps('004_85fb80d637fbf5cc.txt')).toEqual([])
  })
})

describe('properties left out rather than written empty', () => {
  const empty = parse('Some notes.\n', { path: 'empty.md' }).tor
  it('a document with nothing usable gives only the type', () => {
    expect(toJobPosting(empty)).toEqual({ '@context': 'https://schema.org', '@type': 'JobPosting' })
  })
  it('a posting date that is not a real date is left out and reported', () => {
    const tor: ToR = { ...empty, position: { ...empty.position, postingFrom: '30 February 2022' } }
    expect(toJobPosting(tor).datePosted).toBeUndefined()
    expect(postingGaps(tor).find((gap) => gap.property === 'datePosted')).toMatchObject({ field: 'postingFrom', message: expect.stringContaining('"30 February 2022" is not a real date') })
  })
  it('a duty station without a known country gives no jobLocation (Google rejects one without addressCountry)', () => {
    const tor: ToR = { ...empty, position: { ...empty.position, dutyStation: 'Atlantis' } }
    expect(toJobPosting(tor).jobLocation).toBeUndefined()
    expect(postingGaps(tor).find((gap) => gap.property === 'jobLocation')?.message).toBe('the duty station "Atlantis" names no country torlint knows: write it as "City, Country" so jobLocation can give addressCountry')
  })
})

it('escapes text in the description', () => {
  const base = parse('## Context\n\nPlaceholder.\n', { path: 'x.md' }).tor
  const tor: ToR = { ...base, context: 'R&D <script>alert(1)</script> "quoted"\n- a < b' }
  const description = toJobPosting(tor).description!
  expect(description).toBe('<p>R&amp;D &lt;script&gt;alert(1)&lt;/script&gt; "quoted"</p><ul><li>a &lt; b</li></ul>')
})

describe('duty stations', () => {
  it.each([
    ['Freetown, Sierra Leone', 'Freetown', 'SL'],
    ['Regional Office Brussels, Belgium', 'Brussels', 'BE'],
    ['Dakar, Sénégal', 'Dakar', 'SN'],
    ['Ciudad de Guatemala, Guatemala', 'Ciudad de Guatemala', 'GT'],
    ['Cameroon', null, 'CM'],
    ['Camerún', null, 'CM'],
    ['Nairobi', 'Nairobi', 'KE'],
    ['Kinshasa, DRC', 'Kinshasa', 'CD'],
    ['Hanoi, Viet Nam', 'Hanoi', 'VN'],
    ["Abidjan, Côte d’Ivoire", 'Abidjan', 'CI'],
    ['La Paz, Bolivia (Plurinational State of)', 'La Paz', 'BO'],
    ['Atlantis', 'Atlantis', null],
  ])('%s → %s, %s', (station, locality, country) => {
    expect(placeOf(station)).toEqual({ locality, country, remote: false })
  })
  it('home-based work is remote, open to the country named', () => {
    expect(placeOf('Home-based, Kenya')).toEqual({ locality: null, country: 'KE', remote: true })
    const base = parse('Some notes.\n', { path: 'x.md' }).tor
    const posting: JobPosting = toJobPosting({ ...base, position: { ...base.position, dutyStation: 'Home-based, Kenya' } })
    expect(posting.jobLocationType).toBe('TELECOMMUTE')
    expect(posting.applicantLocationRequirements).toEqual({ '@type': 'Country', name: 'Kenya' })
    expect(posting.jobLocation).toBeUndefined()
  })
})

describe('the job title alone', () => {
  const position = parse('x', { path: 'x.md' }).tor.position
  it.each([
    [{ title: 'JPO, Data and Knowledge Officer' }, 'Data and Knowledge Officer'],
    [{ title: 'Reintegration Officer (P-2)', grade: 'P-2' }, 'Reintegration Officer'],
    [{ title: 'Reintegration Officer - Freetown', dutyStation: 'Freetown, Sierra Leone' }, 'Reintegration Officer'],
    [{ title: 'SVN 2022 26 Reintegration Officer', vacancyNumber: 'SVN 2022 26' }, 'Reintegration Officer'],
    [{ title: 'National Consultant - Gender and Climate Finance' }, 'National Consultant - Gender and Climate Finance'],
  ])('%o → %s', (fields, expected) => {
    expect(jobTitle({ ...position, ...fields })).toBe(expected)
  })
})

describe('employment type from the appointment type', () => {
  const base = parse('x', { path: 'x.md' }).tor
  it.each([
    ['Fixed Term Appointment (FTA) Local', ['FULL_TIME']],
    ['Temporary Appointment (6 months)', ['TEMPORARY']],
    ['Special short-term graded, six months', ['TEMPORARY']],
    ['Individual Consultant', ['CONTRACTOR']],
    ['Temporary, part-time', ['TEMPORARY', 'PART_TIME']],
    ['Engagement de courte durée spécial', ['TEMPORARY']],
    ['Plazo fijo, un año', ['FULL_TIME']],
  ])('%s → %o', (appointmentType, expected) => {
    expect(employmentTypes({ ...base, position: { ...base.position, appointmentType } })).toEqual(expected)
  })
  it('without one, from the kind of document: a consultancy is CONTRACTOR, a JPO post FULL_TIME', () => {
    expect(employmentTypes({ ...base, documentType: 'consultancy-tor' })).toEqual(['CONTRACTOR'])
    expect(employmentTypes({ ...base, documentType: 'jpo-tor' })).toEqual(['FULL_TIME'])
    expect(employmentTypes({ ...base, documentType: 'vacancy-notice' })).toEqual([])
  })
})

it('accepts a parsed document as well as its ToR', () => {
  const text = readFileSync(new URL('../../fixtures/seeds/004_85fb80d637fbf5cc.txt', import.meta.url))
  const parsed = parse(text, { path: '004.txt' })
  expect(toJobPosting(parsed)).toEqual(toJobPosting(parsed.tor))
})

describe('the JobPosting tables are data a configuration can change', () => {
  const notice = 'Position Title: UNV, Field Monitor\nType of Appointment: When Actually Employed\nDuty Station: Freetown, Sierra Leone\n\n## Responsibilities\n\n- Monitor field sites.\n'
  const tor = parse(notice).tor

  it('reads appointment types and title prefixes from the tables it is given', () => {
    // torlint's own tables know neither this appointment type nor this programme tag.
    expect(toJobPosting(tor).employmentType).toBeUndefined()
    expect(toJobPosting(tor).title).toBe('UNV, Field Monitor')
    const data = mergeData(
      dataOverridesSchema.parse({
        employmentTypes: { extend: [{ type: 'TEMPORARY', phrases: ['when actually employed'] }] },
        titlePrefixes: { extend: ['UNV'] },
        credentialCategories: { extend: { bachelor: 'bachelor degree or equivalent' } },
      }),
    )
    const posting = toJobPosting(tor, { data })
    expect(posting.employmentType).toBe('TEMPORARY')
    expect(posting.title).toBe('Field Monitor')
    const graduate = parse(`${notice}\n## Education\n\n- Bachelor's degree in social sciences.\n`).tor
    expect(toJobPosting(graduate, { data }).educationRequirements).toEqual({ '@type': 'EducationalOccupationalCredential', credentialCategory: 'bachelor degree or equivalent' })
  })

  it('what a document type implies can be changed, and a table that is not valid is refused', () => {
    const consultancy = parse('Terms of Reference for an individual consultant\n\nPosition Title: Evaluator\n').tor
    expect(consultancy.documentType).toBe('consultancy-tor')
    expect(employmentTypes(consultancy)).toEqual(['CONTRACTOR'])
    const data = mergeData(dataOverridesSchema.parse({ employmentTypeByDocument: { extend: { 'consultancy-tor': 'PART_TIME' } } }))
    expect(employmentTypes(consultancy, data)).toEqual(['PART_TIME'])
    expect(dataOverridesSchema.safeParse({ employmentTypes: { extend: [{ type: 'SEASONAL', phrases: ['seasonal'] }] } }).success).toBe(false)
    expect(dataOverridesSchema.safeParse({ employmentTypeByDocument: { extend: { memo: 'FULL_TIME' } } }).success).toBe(false)
  })
})
