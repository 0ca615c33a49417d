// One small hand-written fixture per input phenomenon seen in real ToRs (fixtures/phenomena/). Each describe
// opens with what the fixture shows and why it matters; every expected value was read off the fixture.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

type Tor = ReturnType<typeof parse>['tor']
interface ItemLike {
  text: string
  children: readonly ItemLike[]
}

const cache = new Map<string, Tor>()
function load(name: string): Tor {
  const path = `fixtures/phenomena/${name}`
  let tor = cache.get(path)
  if (!tor) {
    tor = parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'), { path }).tor
    cache.set(path, tor)
  }
  return tor
}
const texts = (items: readonly ItemLike[]): string[] => items.map((i) => i.text)
const names = (list: readonly { name: string }[]): string[] => list.map((c) => c.name)
const kindsAt = (tor: Tor): [string, number][] => tor.sections.map((s) => [s.kind, s.line])
function allItemTexts(tor: Tor): string[] {
  const out: string[] = []
  const visit = (items: readonly ItemLike[]): void => {
    for (const i of items) {
      out.push(i.text)
      visit(i.children)
    }
  }
  const q = tor.qualifications
  for (const list of [tor.responsibilities, tor.learningElements, tor.performanceIndicators, q.education, q.experience, q.skills]) visit(list)
  return out
}

describe('markdown-and-bold-headings.md', () => {
  // Shows: Markdown headings at depths 2–4, a heading wrapped in ***emphasis***, and a bold line
  // "**Values** - all staff…" acting as a heading. Matters because depth and markup must not decide whether
  // a line is a heading, or the values would be read as part of the Languages section.
  const doc = () => load('markdown-and-bold-headings.md')

  it('finds every heading, cleaned of its markup, at its line', () => {
    expect(kindsAt(doc())).toEqual(
      expect.arrayContaining([
        ['context', 3],
        ['responsibilities', 7],
        ['education', 12],
        ['languages', 16],
        ['values', 20],
      ]),
    )
    expect(doc().sections).toContainEqual(expect.objectContaining({ heading: 'Languages', kind: 'languages', line: 16 }))
    expect(doc().sections).toContainEqual(expect.objectContaining({ heading: 'Values', kind: 'values', line: 20 }))
    for (const s of doc().sections) expect(s.heading).not.toMatch(/[*#]/)
  })

  it('files each block under the heading above it, whatever its depth', () => {
    expect(doc().context).toBe('The country office supports the national statistics office in running the 2025 household survey.')
    expect(texts(doc().responsibilities)).toEqual([
      'Coordinate field data collection in three districts.',
      'Prepare monthly progress reports for the survey steering committee.',
    ])
    expect(texts(doc().qualifications.education)).toEqual(["Bachelor's degree in statistics, demography or a related field."])
    expect(doc().qualifications.degreeLevels).toEqual(['bachelor'])
    expect(doc().languages).toEqual({ required: ['English'], requiredOneOf: [], advantageous: ['Portuguese'] })
  })

  it('reads the three values under the bold-line heading, not as part of Languages', () => {
    const { values, core, managerial } = doc().competencies
    expect(names(values)).toEqual(['Inclusion and respect for diversity', 'Integrity and transparency', 'Professionalism'])
    expect(values[0]).toMatchObject({ description: 'respects and promotes individual and cultural differences.', line: 22 })
    expect(values[2]?.line).toBe(24)
    expect(core).toEqual([])
    expect(managerial).toEqual([])
  })
})

describe('roman-numeral-headings.txt', () => {
  // Shows: plain-text JPO headings "I. POSITION INFORMATION<TAB>" with roman numerals and trailing TABs (as left by
  // copying a Word table), plus TAB-separated label rows. Matters because the tab must not hide the heading, the
  // numeral must not be read as a list label, and no tab may leak into headings or values.
  const doc = () => load('roman-numeral-headings.txt')

  it('finds the roman-numbered headings, as written, without the trailing tab', () => {
    expect(doc().sections).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ heading: 'I. POSITION INFORMATION', kind: 'position', line: 4 }),
        expect.objectContaining({ heading: 'II. ORGANIZATIONAL CONTEXT AND SCOPE', kind: 'context', line: 8 }),
        expect.objectContaining({ heading: 'III. COACHING AND LEARNING ELEMENTS', kind: 'learningElements', line: 11 }),
        expect.objectContaining({ heading: 'IV. RESPONSIBILITIES AND ACCOUNTABILITIES', kind: 'responsibilities', line: 15 }),
        expect.objectContaining({ heading: 'V. REQUIRED QUALIFICATIONS AND EXPERIENCE', kind: 'qualifications', line: 20 }),
        expect.objectContaining({ heading: 'Education', kind: 'education', line: 21 }),
      ]),
    )
    for (const s of doc().sections) expect(s.heading).not.toMatch(/\t|\s$/)
  })

  it('reads the TAB-separated position rows', () => {
    expect(doc().documentType).toBe('jpo-tor')
    expect(doc().position.title).toBe('JPO, Programme Officer (Water and Sanitation)')
    expect(doc().position.dutyStation).toBe('Amman, Jordan')
    expect(doc().position.duration).toBe('2 years with possibility of extension for another year')
  })

  it('fills context, learning elements, responsibilities and education from the numbered sections', () => {
    expect(doc().context).toBe(
      'The country office runs water, sanitation and hygiene programmes in refugee camps and host communities in the north of the country.',
    )
    expect(doc().learningElements).toEqual([
      expect.objectContaining({ text: 'Gain experience in managing multi-donor humanitarian projects.', label: null, line: 12 }),
      expect.objectContaining({ text: 'Learn to design hygiene promotion campaigns with community volunteers.', label: null, line: 13 }),
    ])
    const r = doc().responsibilities
    expect(r.map((i) => [i.label, i.line])).toEqual([
      ['1', 16],
      ['2', 17],
      ['3', 18],
    ])
    expect(r[2]?.text).toBe('Perform other relevant duties as assigned.')
    expect(texts(doc().qualifications.education)).toEqual([
      "Master's degree in civil or environmental engineering from an accredited academic institution.",
    ])
    expect(doc().qualifications.degreeLevels).toEqual(['master'])
  })
})

describe('label-rows.md', () => {
  // Shows: position rows in three shapes — "Label<TAB>value", "Label : **value**  " (bold value, Markdown hard
  // break) and a value wrapped in <b>…</b>. Matters because real headers mix them in one block, and the values
  // must come out clean (no tab, **, <b> or trailing spaces) and normalised (grade, date).
  const doc = () => load('label-rows.md')

  it('reads every row whatever its separator and markup', () => {
    expect(doc().position).toMatchObject({
      title: 'Data Management Assistant',
      organization: 'IOM (International Organization for Migration)',
      dutyStation: 'Berlin, Germany',
      reportsTo: 'Head, Data Analysis Unit',
      grade: 'G-5',
      appointmentType: 'Fixed term, one year with possibility of extension',
      startDate: 'As soon as possible',
      closingDate: '2022-02-09',
    })
    expect(JSON.stringify(doc().position)).not.toMatch(/<\/?b>|\*\*|\\t|\s"/)
  })

  it('does not turn the label rows into list items', () => {
    expect(doc().sections).toContainEqual(expect.objectContaining({ heading: 'Responsibilities', kind: 'responsibilities', line: 12 }))
    expect(doc().responsibilities).toEqual([
      expect.objectContaining({ text: 'Maintain the migration data repository and its metadata.', line: 14 }),
      expect.objectContaining({ text: 'Prepare data extracts and charts on request.', line: 15 }),
    ])
  })
})

describe('run-on-headings.txt', () => {
  // Shows: headings glued to the end of the previous sentence or bullet, as PDF/HTML-to-text extraction leaves
  // them ("… map services. Performance indicators for the evaluation of results", "… or a related field. Experience",
  // "- Travel is not required Required Competencies …"). Matters because otherwise the heading words end up inside
  // the last item and everything after it lands in the wrong section.
  const doc = () => load('run-on-headings.txt')

  it('opens a section at every glued heading, on the line where it is glued', () => {
    expect(kindsAt(doc())).toEqual(
      expect.arrayContaining([
        ['context', 1],
        ['responsibilities', 2],
        ['performanceIndicators', 5],
        ['education', 7],
        ['experience', 8],
        ['languages', 10],
        ['travel', 11],
        ['competencies', 12],
        ['values', 12],
      ]),
    )
    expect(doc().sections).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ heading: 'Tasks to be performed under this contract', line: 2 }),
        expect.objectContaining({ heading: 'Performance indicators for the evaluation of results', line: 5 }),
        expect.objectContaining({ heading: 'Travel required', line: 11 }),
        expect.objectContaining({ heading: 'Required Competencies', line: 12 }),
      ]),
    )
  })

  it('cuts the heading words off the text they were glued to', () => {
    expect(doc().context).toBe('IOM supports host communities through social cohesion interventions in three districts.')
    expect(doc().responsibilities).toEqual([
      expect.objectContaining({ text: 'Support mobile teams in mapping local services and resources.', line: 3 }),
      expect.objectContaining({ text: 'Facilitate monthly meetings with community leaders.', line: 4 }),
      expect.objectContaining({ text: 'Provision of information for updating map services.', line: 5 }),
    ])
    expect(texts(doc().performanceIndicators)).toEqual([
      'Community profiles completed for all target districts.',
      'Monthly meeting minutes shared with the project team and partners.',
    ])
    expect(texts(doc().qualifications.education)).toEqual(["Bachelor's degree in social work, psychology or a related field."])
    expect(texts(doc().qualifications.experience)).toEqual([
      'At least two years of experience in community engagement.',
      'Experience working with displaced populations.',
    ])
    for (const text of allItemTexts(doc())) {
      expect(text).not.toMatch(/Performance indicators|Tasks to be performed|Travel required|Required Competencies|\. (?:Education|Experience|Languages)$/)
    }
  })

  it('reads the languages and the values that follow the glued headings', () => {
    expect(doc().languages).toEqual({ required: ['English'], requiredOneOf: [], advantageous: ['Russian'] })
    const { values, core } = doc().competencies
    expect(names(values)).toEqual(['Inclusion and respect for diversity', 'Integrity and transparency', 'Professionalism'])
    expect(values.map((v) => v.line)).toEqual([13, 14, 15])
    expect(values[1]?.description).toBe('Maintains high ethical standards.')
    expect(core).toEqual([])
  })
})

describe('html-lists.md', () => {
  // Shows: raw HTML lists left in Markdown — an <ol style="list-style-type: none"> whose <li> carry their own
  // numbers ("<li>4. …</li>") continuing a Markdown 1.–3. list, and a <ul> with inline "•" bullets on one line
  // and no </ul>. Matters because the number belongs in label (not in text) and one line can hold many items.
  const doc = () => load('html-lists.md')

  it('continues the numbered list through the HTML <ol>, taking each number as the label', () => {
    const r = doc().responsibilities
    expect(r.map((i) => [i.label, i.line])).toEqual([
      ['1', 5],
      ['2', 6],
      ['3', 7],
      ['4', 9],
      ['5', 9],
      ['6', 9],
    ])
    expect(texts(r)).toEqual([
      'Endorsing technical proposals submitted by country offices;',
      'Reviewing narrative donor reports for dedicated programmes;',
      'Monitoring research and technical developments in the field.',
      'Promoting the publication of articles in relevant scientific journals',
      'Supporting the peer-review of guidelines, tools and strategies of other organizations',
      'Preparing technical briefings for governments and donors',
    ])
  })

  it('splits the inline • bullets into three separate items', () => {
    const e = doc().qualifications.experience
    expect(e).toEqual([
      expect.objectContaining({ text: "Minimum of two years' work experience in migration data collection and analysis;", label: null, line: 13 }),
      expect.objectContaining({ text: 'Experience of working in a multi-cultural setting;', label: null, line: 13 }),
      expect.objectContaining({ text: 'Experience with Drupal web development software an advantage.', label: null, line: 13 }),
    ])
  })
})

describe('footnote-splits-item.md', () => {
  // Shows: a list item cut in two by a blank line (with a lowercase continuation), and a competency bullet cut
  // by a page-bottom footnote ("<sup>1</sup> Competencies and respective levels…") as PDF conversion leaves it.
  // Matters because the halves must be joined into one item, the list must resume at the next number, and the
  // footnote must not end up inside a description or as an item.
  const doc = () => load('footnote-splits-item.md')

  it('joins the numbered item continued after a blank line and resumes the list at 3', () => {
    const r = doc().responsibilities
    expect(r.map((i) => [i.label, i.line])).toEqual([
      ['1', 3],
      ['2', 4],
      ['3', 8],
    ])
    expect(r[1]?.text).toBe(
      'Contribute to the mainstreaming of protection into reintegration activities, including survivors of trafficking, unaccompanied minors and migrants with health concerns.',
    )
    expect(r[2]?.text).toBe('Assist with drafting donor reports.')
  })

  it('drops the footnote marker from the heading', () => {
    expect(doc().sections).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ heading: 'Competencies', kind: 'competencies', line: 10 }),
        expect.objectContaining({ heading: 'Core Competencies', kind: 'coreCompetencies', line: 12 }),
      ]),
    )
  })

  it('joins the competency split by the footnote and keeps the footnote out of every description', () => {
    const { values, core, managerial } = doc().competencies
    expect(core.map((c) => [c.name, c.line])).toEqual([
      ['Teamwork', 14],
      ['Managing and sharing knowledge', 15],
      ['Accountability', 21],
    ])
    expect(core[1]?.description).toBe('continuously seeks to learn, share knowledge and innovate.')
    expect(core[2]?.description).toBe("takes ownership for achieving the Organization's priorities.")
    for (const c of [...values, ...core, ...managerial]) expect(c.description).not.toMatch(/respective levels|Competency Framework/)
    expect(values).toEqual([])
    expect(managerial).toEqual([])
  })
})

describe('lettered-groups.md', () => {
  // Shows: responsibilities grouped under "a) **Group title**", each with intro prose and then its own list
  // restarting at 1. Matters because the groups are the top-level items (label "a", "b") and the numbered
  // duties are their children, not one flat list with duplicate numbers.
  const doc = () => load('lettered-groups.md')

  it('makes each lettered group an item with its numbered duties as children', () => {
    const r = doc().responsibilities
    expect(r.map((i) => [i.label, i.text, i.line, i.children.length])).toEqual([
      ['a', 'Policy and Strategy Formulation', 5, 3],
      ['b', 'External Liaison and Resource Mobilization', 13, 2],
    ])
    expect(r[0]?.children.map((c) => [c.label, c.line])).toEqual([
      ['1', 9],
      ['2', 10],
      ['3', 11],
    ])
    expect(r[0]?.children[0]?.text).toBe('Managing communications between headquarters and country offices;')
    expect(r[1]?.children.map((c) => [c.label, c.text, c.line])).toEqual([
      ['1', 'Acting as focal point for the global cluster;', 17],
      ['2', 'Supporting fund raising and resource mobilization.', 18],
    ])
  })

  it('does not make the intro prose an item', () => {
    for (const text of allItemTexts(doc())) expect(text).not.toMatch(/will include|This includes/)
  })
})

describe('run-on-competencies.txt', () => {
  // Shows: several "Name: description" competencies run together in one paragraph, one description holding
  // two sentences ("… timely manner. Is action oriented …"). Matters because each name must become its own
  // competency, a capitalised sentence without a colon is not a new name, and the next heading ("Notes")
  // must not be swallowed by the last description.
  const doc = () => load('run-on-competencies.txt')

  it('splits the values paragraph into three values', () => {
    expect(doc().competencies.values).toEqual([
      expect.objectContaining({
        name: 'Inclusion and respect for diversity',
        description: 'Respects and promotes individual and cultural differences. Encourages diversity and inclusion.',
        line: 3,
      }),
      expect.objectContaining({
        name: 'Integrity and transparency',
        description: 'Maintains high ethical standards and acts in a manner consistent with organizational principles.',
        line: 3,
      }),
      expect.objectContaining({
        name: 'Professionalism',
        description: 'Demonstrates ability to work in a composed, competent and committed manner.',
        line: 3,
      }),
    ])
  })

  it('splits the core competencies paragraph into three competencies', () => {
    expect(doc().competencies.core).toEqual([
      expect.objectContaining({
        name: 'Teamwork',
        description: 'Develops and promotes effective collaboration within and across units to achieve shared goals and optimize results.',
        line: 5,
      }),
      expect.objectContaining({
        name: 'Delivering results',
        description: 'Produces and delivers quality results in a service-oriented and timely manner. Is action oriented and committed to achieving agreed outcomes.',
        line: 5,
      }),
      expect.objectContaining({
        name: 'Accountability',
        description: "Takes ownership for achieving the Organization's priorities and assumes responsibility for own actions and delegated work.",
        line: 5,
      }),
    ])
    expect(doc().competencies.managerial).toEqual([])
  })

  it('sees the headings around the paragraphs', () => {
    expect(kindsAt(doc())).toEqual(
      expect.arrayContaining([
        ['competencies', 1],
        ['values', 2],
        ['coreCompetencies', 4],
        ['notes', 6],
      ]),
    )
  })
})

describe('boilerplate.md', () => {
  // Shows: IOM boilerplate with lists of its own — the first-tier candidates list under Introduction, Notes,
  // How to apply — around a small real responsibilities list. Matters because numbered and bulleted boilerplate
  // looks exactly like duties or requirements; only the section decides, so none of it may reach the lists.
  const doc = () => load('boilerplate.md')

  it('files each boilerplate heading under its own kind', () => {
    expect(kindsAt(doc())).toEqual(
      expect.arrayContaining([
        ['introduction', 1],
        ['responsibilities', 10],
        ['education', 15],
        ['notes', 18],
        ['howToApply', 22],
        ['postingPeriod', 26],
        ['noFees', 29],
      ]),
    )
  })

  it('keeps only the real duties in responsibilities', () => {
    expect(doc().responsibilities.map((i) => [i.label, i.text, i.line])).toEqual([
      ['1', 'Coordinate the delivery of reintegration assistance to returning migrants.', 11],
      ['2', 'Draft monthly progress reports for the donor.', 12],
      ['3', 'Perform such other duties as may be assigned.', 13],
    ])
  })

  it('keeps only the real requirement in qualifications', () => {
    const q = doc().qualifications
    expect(texts(q.education)).toEqual([
      "Master's degree in Social Sciences or a related field with two years of relevant professional experience.",
    ])
    expect(q.experience).toEqual([])
    expect(q.skills).toEqual([])
    expect(q.degreeLevels).toEqual(['master'])
    expect(q.minYearsExperience).toBe(2)
    expect(allItemTexts(doc())).toHaveLength(4)
  })

  it('reads the dotted dates of the posting period', () => {
    expect(doc().position.postingFrom).toBe('2022-01-27')
    expect(doc().position.postingTo).toBe('2022-02-09')
  })
})
