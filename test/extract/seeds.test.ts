// The acceptance points of the five real seed documents, written from reading each document.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse, type Item, type ToR } from '../../src/index.js'

function seed(name: string): ToR {
  const path = `fixtures/seeds/${name}`
  return parse(readFileSync(new URL(`../../${path}`, import.meta.url)), { path }).tor
}

const texts = (items: Item[]) => items.map((item) => item.text)
const names = (list: { name: string }[]) => list.map((entry) => entry.name)
const everyDescription = (tor: ToR) => [...tor.competencies.values, ...tor.competencies.core, ...tor.competencies.managerial].map((c) => c.description)

describe('000: JPO ToR with HTML fragments, lettered groups and a footnote inside a competency', () => {
  const tor = seed('000_b57d233953506967.txt')
  it('reads the position table', () => {
    expect(tor.documentType).toBe('jpo-tor')
    expect(tor.position.title).toBe('JPO, Program Officer Mental Health, Psychosocial Response and Intercultural Communication')
    expect(tor.position.organization).toBe('IOM (International Organization for Migration)')
    expect(tor.position.dutyStation).toBe('Regional Office Brussels, Belgium')
    expect(tor.position.reportsTo).toBe('Head, Mental Health, Psychosocial Response and Intercultural Communication- Global Section')
    expect(tor.position.grade).toBeNull()
  })
  it('nests the numbered duties under five lettered groups', () => {
    expect(tor.responsibilities.map((item) => item.label)).toEqual(['a', 'b', 'c', 'd', 'e'])
    expect(tor.responsibilities.map((item) => item.children.length)).toEqual([3, 3, 7, 2, 0])
    // Item 3 of group c is cut by a blank line and continues inside the HTML paragraph after it.
    expect(tor.responsibilities[2]!.children[2]!.text).toMatch(/Psychosocial Response and Intercultural Communication in migration, crisis and post crisis settings/)
    expect(tor.responsibilities[2]!.children.map((item) => item.label)).toEqual(['1', '2', '3', '4', '5', '6', '7'])
  })
  it('reads learning elements, experience, degree and years', () => {
    expect(tor.learningElements).toHaveLength(4)
    expect(tor.qualifications.experience).toHaveLength(4)
    expect(tor.qualifications.degreeLevels).toEqual(['master'])
    expect(tor.qualifications.minYearsExperience).toBe(2)
  })
  it('reads languages and competencies without the footnote', () => {
    expect(tor.languages).toEqual({ required: ['English'], requiredOneOf: [], advantageous: ['French', 'Spanish'] })
    expect(tor.competencies.values).toHaveLength(3)
    expect(tor.competencies.core).toHaveLength(5)
    expect(tor.competencies.managerial).toHaveLength(3)
    expect(tor.competencies.core[2]).toMatchObject({ name: 'Managing and sharing knowledge', description: 'continuously seeks to learn, share knowledge and innovate.' })
    for (const description of everyDescription(tor)) expect(description).not.toMatch(/respective levels/)
  })
})

describe('001: JPO ToR with unclosed HTML lists and inline bullets', () => {
  const tor = seed('001_58b32094f285b7d1.txt')
  it('reads the position table', () => {
    expect(tor.position.title).toBe('JPO, Data and Knowledge Officer')
    expect(tor.position.unit).toBe('Global Migration Data Analysis Centre (GMDAC)')
    expect(tor.position.dutyStation).toBe('Berlin, Germany')
    expect(tor.position.reportsTo).toBe('Project Manager (ME&CC)')
  })
  it('reads the lists', () => {
    expect(tor.responsibilities).toHaveLength(8)
    expect(tor.learningElements).toHaveLength(5)
    expect(tor.qualifications.experience).toHaveLength(6)
    expect(tor.qualifications.experience[0]!.text).toBe('Minimum of two to three years’ work experience on migration data collection and analysis and/or knowledge management on migration;')
    expect(tor.qualifications.degreeLevels).toEqual(['master'])
    expect(tor.qualifications.minYearsExperience).toBe(2)
  })
  it('reads languages and competencies', () => {
    expect(tor.languages.required).toEqual(['English'])
    expect(tor.languages.advantageous).toEqual(['French', 'Spanish', 'Arabic', 'Chinese', 'Russian'])
    expect([tor.competencies.values.length, tor.competencies.core.length, tor.competencies.managerial.length]).toEqual([3, 5, 3])
    expect(tor.competencies.values[1]).toMatchObject({ name: 'Integrity and transparency', line: 60 })
  })
})

describe('002: consultancy ToR in run-on text, headings glued to the line before', () => {
  const tor = seed('002_fe13132658dc064e.txt')
  it('reads the unit from the glued heading and nothing it does not state', () => {
    expect(tor.documentType).toBe('consultancy-tor')
    expect(tor.position.unit).toBe('Improving migration governance and access to services for displaced Afghans in Pakistan and Central Asia')
    expect(tor.position.title).toBeNull()
    expect(tor.position.dutyStation).toBeNull()
  })
  it('splits tasks, indicators and qualifications at the glued headings', () => {
    expect(tor.responsibilities).toHaveLength(11)
    expect(tor.responsibilities[10]!.text).toBe('Provision of information for updating map services.')
    expect(tor.performanceIndicators).toHaveLength(12)
    expect(tor.performanceIndicators[11]!.text).toMatch(/awareness-raising activities\.$/)
    expect(tor.qualifications.experience).toHaveLength(6)
    expect(tor.qualifications.skills).toHaveLength(4)
    expect(tor.qualifications.degreeLevels).toEqual(['bachelor'])
  })
  it('reads the languages paragraph: English is only an advantage', () => {
    expect(tor.languages).toEqual({ required: [], requiredOneOf: [], advantageous: ['English'] })
  })
  it('splits the run-on competency paragraphs', () => {
    expect(names(tor.competencies.values)).toEqual(['Inclusion and respect for diversity', 'Integrity and transparency', 'Professionalism', 'Courage', 'Empathy'])
    expect(names(tor.competencies.core)).toEqual(['Teamwork', 'Delivering results', 'Managing and sharing knowledge', 'Accountability', 'Communication'])
    expect(tor.competencies.core[1]!.description).toBe('Produces and delivers quality results in a service-oriented and timely manner. Is action oriented and committed to achieving agreed outcomes.')
    expect(tor.competencies.managerial).toEqual([])
  })
  it('keeps the notes out of the competencies', () => {
    expect(tor.competencies.core[4]!.description).not.toMatch(/Notes|offer/)
    expect(tor.sections.map((section) => section.kind)).toContain('notes')
  })
})

describe('003: vacancy notice whose title is only stated in the body', () => {
  const tor = seed('003_2ab568e8ad747d79.txt')
  it('finds title, duty station and supervisor in the prose', () => {
    expect(tor.documentType).toBe('vacancy-notice')
    expect(tor.position.title).toBe('Protection Officer')
    expect(tor.position.dutyStation).toContain('Cameroon')
    expect(tor.position.reportsTo).toContain('Chief of Mission')
    expect(tor.position.closingDate).toBeNull()
  })
  it('reads the lists and keeps the first-tier candidates out of them', () => {
    expect(tor.responsibilities).toHaveLength(19)
    expect(tor.responsibilities[18]!.label).toBe('19')
    expect(texts(tor.responsibilities).join(' ')).not.toMatch(/Internal candidates/)
    expect(tor.qualifications.experience).toHaveLength(9)
    expect(tor.qualifications.skills).toHaveLength(9)
    expect(tor.qualifications.degreeLevels).toEqual(['master', 'bachelor'])
    expect(tor.qualifications.minYearsExperience).toBe(5)
  })
  it('reads "fluent in one of the official languages" as a choice', () => {
    expect(tor.languages).toEqual({ required: [], requiredOneOf: ['English', 'French', 'Spanish'], advantageous: [] })
    expect(tor.competencies).toEqual({ values: [], core: [], managerial: [] })
  })
})

describe('004: vacancy notice with "label : value" rows and a list cut by a page break', () => {
  const tor = seed('004_85fb80d637fbf5cc.txt')
  it('reads and normalises the header rows and the posting period', () => {
    expect(tor.position).toMatchObject({
      title: 'Reintegration Officer',
      dutyStation: 'Freetown, Sierra Leone',
      grade: 'P-2',
      startDate: 'As soon as possible',
      closingDate: '2022-02-09',
      postingFrom: '2022-01-27',
      postingTo: '2022-02-09',
    })
    expect(tor.position.appointmentType).toMatch(/^Special short-term graded/)
    expect(tor.position.reportsTo).toContain('Programme Manager')
  })
  it('joins item 8 across the blank line and resumes at 9', () => {
    expect(tor.responsibilities).toHaveLength(16)
    expect(tor.responsibilities[7]!.text).toMatch(/including survivors of trafficking, unaccompanied minors and migrants with psychosocial and\/or physical health concerns\.$/)
    expect(tor.responsibilities[8]!.label).toBe('9')
  })
  it('reads qualifications, languages and competencies', () => {
    expect(tor.qualifications.experience).toHaveLength(8)
    expect(tor.qualifications.skills).toHaveLength(6)
    expect(tor.qualifications.skills[2]!.text).toBe('Efficiency, flexibility, high level of professionalism and ability to work under pressure and adhere to strict deadlines;')
    expect(tor.qualifications.degreeLevels).toEqual(['master', 'bachelor'])
    expect(tor.qualifications.minYearsExperience).toBe(2)
    expect(tor.languages.required).toEqual(['English'])
    expect([tor.competencies.values.length, tor.competencies.core.length, tor.competencies.managerial.length]).toEqual([3, 5, 3])
  })
  it('keeps the boilerplate in sections of its own', () => {
    const kinds = tor.sections.map((section) => section.kind)
    for (const kind of ['introduction', 'candidates', 'notes', 'howToApply', 'postingPeriod', 'noFees'] as const) expect(kinds).toContain(kind)
    expect(texts(tor.responsibilities).join(' ')).not.toMatch(/Internal candidates|medically fit|does not charge a fee/)
  })
})

describe('letterhead organisation', () => {
  // The letterhead lines are joined into one block; the location must be the line the name is on.
  it('points at the second line when the name is there', () => {
    const { tor } = parse('Vacancy notice\nInternational Organization for Migration (IOM)\n\n## Responsibilities\n\n- Drive.\n')
    expect(tor.position.organization).toBe('International Organization for Migration (IOM)')
    expect(tor.positionLocations.organization).toEqual({ line: 2, column: 1 })
  })
})
