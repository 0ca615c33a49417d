// One realistic document per UN-system layout (fixtures/layouts/), written by hand so every expected value
// below was read off the fixture, not produced by the parser. Each describe names the layout and the field
// conventions it exercises.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { lint, parse } from '../../src/index.js'

type Tor = ReturnType<typeof parse>['tor']
interface ItemLike {
  text: string
  line: number
  children: readonly ItemLike[]
}

const cache = new Map<string, { text: string; tor: Tor }>()
function load(name: string): { text: string; tor: Tor } {
  const path = `fixtures/layouts/${name}`
  let hit = cache.get(path)
  if (!hit) {
    const text = readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')
    hit = { text, tor: parse(text, { path }).tor }
    cache.set(path, hit)
  }
  return hit
}

const texts = (items: readonly ItemLike[]): string[] => items.map((i) => i.text)
const names = (list: readonly { name: string }[]): string[] => list.map((c) => c.name)
// The contract does not fix the order of language names, so compare them as sets.
const sorted = (list: readonly string[]): string[] => [...list].sort()
function* walk(items: readonly ItemLike[]): Generator<ItemLike> {
  for (const item of items) {
    yield item
    yield* walk(item.children)
  }
}
function allItems(tor: Tor): ItemLike[] {
  const q = tor.qualifications
  return [...walk([...tor.responsibilities, ...tor.learningElements, ...tor.performanceIndicators, ...q.education, ...q.experience, ...q.skills])]
}
/** Everything a stray paragraph could wrongly be filed under (sections only carry headings). */
function extractedText(tor: Tor): string {
  return JSON.stringify([tor.context, allItems(tor).map((i) => i.text), tor.competencies])
}

const LAYOUTS = ['un-secretariat.md', 'undp.md', 'unicef.md', 'wfp.txt', 'jobboard-frontmatter.md', 'jobboard-labels.txt']

describe('every layout: shared invariants', () => {
  it.each(LAYOUTS)('%s: schema version, source path and format', (name) => {
    const { tor } = load(name)
    expect(tor.schemaVersion).toBe(1)
    expect(tor.source.path).toBe(`fixtures/layouts/${name}`)
    expect(tor.source.format).toBe(name.endsWith('.md') ? 'markdown' : 'text')
    expect(tor.source.language).toBe('en')
  })

  it.each(LAYOUTS)('%s: no markup, tabs or list markers survive in extracted values', (name) => {
    const { tor } = load(name)
    const json = JSON.stringify(tor)
    expect(json).not.toMatch(/<\/?(?:b|u|p|li|ol|ul|sup)\b|\*\*|\\t/)
    for (const item of allItems(tor)) expect(item.text).not.toMatch(/^(?:[-*•]\s|\d+\.\s)/)
  })

  it.each(LAYOUTS)('%s: every item and competency line points at the source line where its text starts', (name) => {
    const { text, tor } = load(name)
    const lines = text.split(/\r?\n/)
    for (const item of allItems(tor)) expect(lines[item.line - 1] ?? '', item.text).toContain(item.text.slice(0, 20))
    const { values, core, managerial } = tor.competencies
    for (const c of [...values, ...core, ...managerial]) expect(lines[c.line - 1] ?? '', c.name).toContain(c.name)
  })
})

describe('un-secretariat.md: Inspira job opening (Label : value header, prose qualifications)', () => {
  const doc = () => load('un-secretariat.md').tor

  it('reads the header block', () => {
    const p = doc().position
    expect(doc().documentType).toBe('vacancy-notice')
    expect(p.title).toBe('Economic Affairs Officer')
    expect(p.dutyStation).toBe('Bangkok')
    expect(p.grade).toBe('P-3')
    expect(p.postingFrom).toBe('2025-02-12')
    expect(p.postingTo).toBe('2025-03-27')
    expect(p.closingDate).toBe('2025-03-27')
    expect(p.vacancyNumber).toBe('24-ECO-ESCAP-123456-R-BANGKOK (R)')
  })

  it('takes Org. Setting and Reporting as the context', () => {
    expect(doc().context).toBe(
      'This position is located in the Trade Policy and Facilitation Section of the Trade, Investment and Innovation Division of the Economic and Social Commission for Asia and the Pacific (ESCAP) in Bangkok. The Economic Affairs Officer works under the general supervision of the Chief of the Trade Policy and Facilitation Section.',
    )
  })

  it('lists the eight duties without the lead-in sentence', () => {
    const r = doc().responsibilities
    expect(r).toHaveLength(8)
    expect(r[0]).toMatchObject({
      text: 'Conducts research and analysis on regional trade and investment trends and prepares analytical papers for intergovernmental meetings.',
      label: null,
      children: [],
      line: 21,
    })
    expect(r[7]).toMatchObject({ text: 'Performs other related duties as required.', line: 28 })
    expect(extractedText(doc())).not.toContain('Within delegated authority')
  })

  it('keeps the unknown "Working Conditions" heading as an other section whose text goes nowhere else', () => {
    expect(doc().sections).toContainEqual(expect.objectContaining({ heading: 'Working Conditions', kind: 'other', line: 30 }))
    expect(extractedText(doc())).not.toContain('field missions of up to three weeks')
  })

  it('splits the Name: description competency paragraphs', () => {
    const { values, core, managerial } = doc().competencies
    // Inspira lists Professionalism under Competencies; whether it is a value or a core competency is left open.
    expect(sorted(names([...values, ...core]))).toEqual(['Planning & Organizing', 'Professionalism', 'Teamwork'])
    expect(names(core)).toEqual(expect.arrayContaining(['Teamwork', 'Planning & Organizing']))
    expect(managerial).toEqual([])
    expect(core.find((c) => c.name === 'Teamwork')).toMatchObject({
      description:
        'Works collaboratively with colleagues to achieve organizational goals; solicits input by valuing the ideas and expertise of others; supports and acts in accordance with final group decisions.',
      line: 38,
    })
  })

  it('reads education, work experience and languages', () => {
    const q = doc().qualifications
    expect(texts(q.education)).toEqual([
      "An advanced university degree (Master's degree or equivalent) in economics, international trade, development studies or a related field is required. A first-level university degree in combination with two additional years of qualifying experience may be accepted in lieu of the advanced university degree.",
    ])
    expect(q.education[0]?.line).toBe(44)
    expect(q.degreeLevels).toEqual(['master', 'bachelor'])
    expect(q.experience).toHaveLength(2)
    expect(q.experience[1]?.line).toBe(50)
    expect(q.skills).toEqual([])
    expect(q.minYearsExperience).toBe(5)
    // "English and French are the working languages of the Secretariat" does not make French required.
    expect(doc().languages).toEqual({ required: ['English'], requiredOneOf: [], advantageous: expect.any(Array) })
    expect(sorted(doc().languages.advantageous)).toEqual(['Chinese', 'Russian'])
  })

  it('classifies the Inspira headings', () => {
    expect(doc().sections).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ heading: 'Org. Setting and Reporting', kind: 'context', line: 13 }),
        expect.objectContaining({ heading: 'Responsibilities', kind: 'responsibilities', line: 17 }),
        expect.objectContaining({ heading: 'Competencies', kind: 'competencies', line: 34 }),
        expect.objectContaining({ heading: 'Education', kind: 'education', line: 42 }),
        expect.objectContaining({ heading: 'Work Experience', kind: 'experience', line: 46 }),
        expect.objectContaining({ heading: 'Languages', kind: 'languages', line: 52 }),
        expect.objectContaining({ heading: 'Assessment', kind: 'assessment', line: 56 }),
        expect.objectContaining({ heading: 'No Fee', kind: 'noFees', line: 70 }),
      ]),
    )
  })
})

describe('undp.md: UNDP posting (pipe-table header, numbered functions with sub-bullets, bold-label qualifications)', () => {
  const doc = () => load('undp.md').tor

  it('reads the header table, including its first row', () => {
    const p = doc().position
    expect(doc().documentType).toBe('vacancy-notice')
    expect(p.title).toBe('Programme Analyst, Climate Resilience')
    expect(p.organization).toBe('UNDP')
    expect(p.grade).toBe('NO-B')
    expect(p.dutyStation).toBe('Dakar, Senegal')
    expect(p.appointmentType).toBe('Fixed Term Appointment (FTA) Local')
    expect(p.duration).toBe('One year, renewable')
    expect(p.startDate).toBe('2025-05-01')
    expect(p.closingDate).toBe('2025-03-15')
  })

  it('takes Background as the context', () => {
    expect(doc().context).toBe(
      'Diversity, Equity and Inclusion are core principles at UNDP: we value diversity as an expression of the multiplicity of nations and cultures where we operate. UNDP Senegal supports the Government in implementing its National Adaptation Plan, with a portfolio of projects on coastal protection, climate-smart agriculture and early warning systems in the Saloum Delta and the Casamance region.',
    )
  })

  it('nests the sub-bullets under the four numbered functions', () => {
    const r = doc().responsibilities
    expect(texts(r)).toEqual([
      'Programme management and implementation',
      'Partnerships and resource mobilization',
      'Monitoring, evaluation and reporting',
      'Knowledge management',
    ])
    expect(r.map((i) => i.label)).toEqual(['1', '2', '3', '4'])
    expect(r.map((i) => i.line)).toEqual([22, 26, 30, 33])
    expect(r.map((i) => i.children.length)).toEqual([3, 3, 2, 2])
    expect(r[0]?.children[0]).toMatchObject({
      text: 'Ensures the effective application of results-based management tools across the climate resilience portfolio.',
      label: null,
      children: [],
      line: 23,
    })
    expect(texts(r[3]?.children ?? [])).toEqual([
      'Documents lessons learned and good practices from the portfolio.',
      'Contributes to regional communities of practice on adaptation finance.',
    ])
  })

  it('reads the seven core competencies and leaves the cross-functional ones out of core', () => {
    const { values, core, managerial } = doc().competencies
    expect(names(core)).toEqual([
      'Achieve Results',
      'Think Innovatively',
      'Learn Continuously',
      'Adapt with Agility',
      'Act with Determination',
      'Engage and Partner',
      'Enable Diversity and Inclusion',
    ])
    expect(core[0]?.description).toContain('Plans and monitors own work, pays attention to details, delivers quality work by deadline.')
    expect(core[0]?.line).toBe(41)
    expect(values).toEqual([])
    expect(managerial).toEqual([])
  })

  it('reads the bold-labelled Education, Experience and Language Requirements blocks', () => {
    const q = doc().qualifications
    expect(q.education).toHaveLength(2)
    expect(q.education[0]).toMatchObject({
      text: "Master's degree in Environmental Sciences, Development Economics, Natural Resource Management or a related field, or",
      line: 59,
    })
    expect(q.degreeLevels).toEqual(['master', 'bachelor'])
    expect(q.experience).toHaveLength(4)
    expect(q.experience[3]).toMatchObject({ text: 'Experience with the Green Climate Fund or the Adaptation Fund is desirable.', line: 67 })
    // "Minimum 1 year (with Master's degree) or 3 years (with Bachelor's degree)": the master's figure counts.
    expect(q.minYearsExperience).toBe(1)
    expect(sorted(doc().languages.required)).toEqual(['English', 'French'])
    expect(doc().languages.requiredOneOf).toEqual([])
    expect(doc().languages.advantageous).toEqual(['Wolof'])
  })

  it('classifies the UNDP headings and the bold label lines', () => {
    expect(doc().sections).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ heading: 'Background', kind: 'context', line: 14 }),
        expect.objectContaining({ heading: 'Duties and Responsibilities', kind: 'responsibilities', line: 18 }),
        expect.objectContaining({ heading: 'Required Skills and Experience', kind: 'qualifications', line: 55 }),
        expect.objectContaining({ kind: 'education', line: 57 }),
        expect.objectContaining({ kind: 'experience', line: 62 }),
        expect.objectContaining({ kind: 'languages', line: 69 }),
      ]),
    )
  })
})

describe('unicef.md: UNICEF posting (question-style headings, one mixed qualification list, footer deadline)', () => {
  const doc = () => load('unicef.md').tor

  it('reads the Job no / Position type / Level lines and the footer deadline', () => {
    const p = doc().position
    expect(doc().documentType).toBe('vacancy-notice')
    expect(p.title).toBe('Health Specialist (Immunization)')
    expect(p.vacancyNumber).toBe('578123')
    expect(p.appointmentType).toBe('Fixed Term Appointment')
    expect(p.dutyStation).toBe('Nairobi')
    expect(p.grade).toBe('P-4')
    expect(p.closingDate).toBe('2025-02-27')
  })

  it('takes "How can you make a difference?" as the responsibilities', () => {
    const r = doc().responsibilities
    expect(r).toHaveLength(6)
    expect(r[0]).toMatchObject({
      text: 'Provide technical assistance to country offices on the design of national immunization strategies and multi-year plans.',
      label: null,
      line: 21,
    })
    expect(r[5]?.text).toBe('Document and disseminate good practices, and organize regional learning events for immunization staff.')
  })

  it('sorts the single "To qualify…" list into education, experience and languages', () => {
    const q = doc().qualifications
    expect(q.education).toHaveLength(1)
    expect(q.education[0]?.line).toBe(30)
    expect(q.education[0]?.text).toMatch(/^An advanced university degree \(Master's or equivalent\) in public health/)
    expect(q.degreeLevels).toEqual(['master', 'bachelor'])
    expect(texts(q.experience)).toEqual([
      'A minimum of eight years of professional experience in immunization or public health programme planning and management, at national and international levels, is required.',
      'Experience working in a humanitarian or fragile context is considered an asset.',
    ])
    expect(q.minYearsExperience).toBe(8)
    expect(doc().languages.required).toEqual(['English'])
    expect(doc().languages.requiredOneOf).toEqual([])
    expect(sorted(doc().languages.advantageous)).toEqual(['French', 'Portuguese'])
  })

  it('reads the seven UNICEF core competencies from "For every Child, you demonstrate…"', () => {
    const { core, managerial } = doc().competencies
    expect(names(core)).toEqual([
      'Builds and maintains partnerships',
      'Demonstrates self-awareness and ethical awareness',
      'Drive to achieve results for impact',
      'Innovates and embraces change',
      'Manages ambiguity and complexity',
      'Thinks and acts strategically',
      'Works collaboratively with others',
    ])
    expect(core[0]?.line).toBe(42)
    expect(managerial).toEqual([])
  })

  it('keeps the Remarks boilerplate bullets out of every list', () => {
    expect(doc().sections).toContainEqual(expect.objectContaining({ heading: 'Remarks', line: 56 }))
    const extracted = extractedText(doc())
    expect(extracted).not.toContain('married to children')
    expect(extracted).not.toContain('Only shortlisted candidates')
  })
})

describe('wfp.txt: WFP plain-text announcement (ALL-CAPS headings, Education:/Language: lines, deadline section)', () => {
  const doc = () => load('wfp.txt').tor

  it('reads the Label: value header', () => {
    const p = doc().position
    expect(doc().documentType).toBe('vacancy-notice')
    expect(p.title).toBe('Programme Policy Officer (Nutrition)')
    expect(p.grade).toBe('NO-C')
    expect(p.appointmentType).toBe('Fixed Term')
    expect(p.duration).toBe('1 year, renewable')
    expect(p.unit).toBe('Nutrition Unit')
    expect(p.dutyStation).toBe('Amman, Jordan')
    expect(p.reportsTo).toBe('Head of Programme')
    expect(p.vacancyNumber).toBe('872340')
  })

  it('takes the date under DEADLINE FOR APPLICATIONS as the closing date', () => {
    expect(doc().position.closingDate).toBe('2025-05-12')
  })

  it('takes ORGANIZATIONAL CONTEXT as the context', () => {
    const context = doc().context ?? ''
    expect(context).toContain(
      'These jobs are found in Country Offices and report to the Head of Programme. Job holders are likely to be professionals who apply technical knowledge of nutrition to the design and oversight of food assistance programmes.',
    )
    expect(context).not.toContain('Lead the design')
  })

  it('lists the eight key accountabilities with their numbers', () => {
    const r = doc().responsibilities
    expect(r.map((i) => i.label)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8'])
    expect(r[0]).toMatchObject({
      text: 'Lead the design of nutrition-sensitive activities in general food assistance and school meals programmes.',
      line: 22,
    })
    expect(r[7]).toMatchObject({ text: 'Other as required.', line: 29 })
  })

  it('reads minimum qualifications, knowledge & skills and desired experiences', () => {
    const q = doc().qualifications
    expect(q.education).toHaveLength(1)
    expect(q.education[0]?.line).toBe(32)
    expect(q.education[0]?.text).toContain(
      'Advanced University degree in Nutrition, Public Health, Food Science or a related field, or First University degree with additional years of related work experience and/or trainings/courses.',
    )
    expect(q.degreeLevels).toEqual(['master', 'bachelor'])
    expect(texts(q.skills)).toEqual([
      'Solid understanding of nutrition in emergencies and of the causes of malnutrition.',
      'Ability to analyse quantitative and qualitative data and to present findings to decision makers.',
      'Strong communication and negotiation skills with government counterparts.',
      'Good knowledge of Microsoft Excel and at least one statistical package.',
    ])
    expect(q.experience).toHaveLength(3)
    expect(q.experience[0]?.line).toBe(42)
    expect(q.minYearsExperience).toBe(5)
    expect(sorted(doc().languages.required)).toEqual(['Arabic', 'English'])
    expect(doc().languages.advantageous).toEqual(['French'])
  })

  it('finds no named competencies in a WFP notice', () => {
    expect(doc().competencies).toEqual({ values: [], core: [], managerial: [] })
  })

  it('keeps the unknown "LIFE IN AMMAN" heading as an other section whose text goes nowhere else', () => {
    expect(doc().sections).toContainEqual(expect.objectContaining({ heading: 'LIFE IN AMMAN', kind: 'other', line: 46 }))
    expect(extractedText(doc())).not.toContain('armoured vehicles')
  })

  it('classifies the WFP headings', () => {
    expect(doc().sections).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ heading: 'ORGANIZATIONAL CONTEXT', kind: 'context', line: 15 }),
        expect.objectContaining({ heading: 'KEY ACCOUNTABILITIES (not all-inclusive)', kind: 'responsibilities', line: 21 }),
        expect.objectContaining({ heading: 'STANDARD MINIMUM QUALIFICATIONS', kind: 'qualifications', line: 31 }),
        expect.objectContaining({ heading: 'KNOWLEDGE & SKILLS', kind: 'skills', line: 35 }),
        expect.objectContaining({ heading: 'DESIRED EXPERIENCES FOR ENTRY INTO THE ROLE', kind: 'experience', line: 41 }),
        // "WFP Leadership Framework describes the leadership values and behaviours that WFP expects from
        // all its employees": WFP's section on its values and competencies, in prose.
        expect.objectContaining({ heading: 'WFP LEADERSHIP FRAMEWORK', kind: 'competencies', line: 54 }),
      ]),
    )
  })

  it('is not told to add a competencies section: its Leadership Framework section is one', () => {
    const findings = lint(readFileSync(new URL('../../fixtures/layouts/wfp.txt', import.meta.url)), { path: 'wfp.txt' }).messages
    expect(findings.filter((finding) => finding.ruleId === 'required-section')).toEqual([])
  })
})

describe('jobboard-frontmatter.md: job-board repost with YAML front matter', () => {
  const doc = () => load('jobboard-frontmatter.md').tor

  it('reads the position from the front matter (an unquoted YAML date included)', () => {
    const p = doc().position
    expect(doc().documentType).toBe('vacancy-notice')
    expect(p.title).toBe('Monitoring and Evaluation Officer')
    expect(p.organization).toBe('UNHCR')
    expect(p.dutyStation).toBe('Kampala, Uganda')
    expect(p.closingDate).toBe('2025-04-30')
    expect(p.grade).toBe('P-3')
  })

  it('counts lines from the top of the file, front matter included', () => {
    const r = doc().responsibilities
    expect(r).toHaveLength(6)
    expect(r[0]).toMatchObject({
      text: "Develop the operation's monitoring plan and results framework in line with the multi-year strategy.",
      line: 24,
    })
    expect(r[5]?.line).toBe(29)
    expect(doc().sections).toContainEqual(expect.objectContaining({ heading: 'Responsibilities', kind: 'responsibilities', line: 22 }))
  })

  it('splits the mixed Requirements list and reads the Skills list', () => {
    const q = doc().qualifications
    expect(q.education).toEqual([
      expect.objectContaining({ text: "Master's degree in Social Sciences, Statistics, Development Studies or a related field.", line: 33 }),
    ])
    expect(texts(q.experience)).toEqual([
      'At least 3 years of relevant professional experience in monitoring and evaluation, preferably in a humanitarian context.',
      'Experience with mobile data collection tools such as KoBoToolbox or ODK.',
    ])
    expect(texts(q.skills)).toEqual([
      'Strong quantitative and qualitative data analysis skills.',
      'Ability to visualise results in Power BI or a similar tool.',
      'Excellent report writing skills.',
    ])
    expect(q.degreeLevels).toEqual(['master'])
    expect(q.minYearsExperience).toBe(3)
  })

  it('reads "fluency in one of … (English or French)" as requiredOneOf', () => {
    expect(doc().languages.required).toEqual([])
    expect(sorted(doc().languages.requiredOneOf)).toEqual(['English', 'French'])
    expect(doc().languages.advantageous).toEqual(['Arabic'])
  })

  it('keeps the "What we offer" benefits out of the lists', () => {
    expect(extractedText(doc())).not.toContain('Rest and recuperation')
  })
})

describe('jobboard-labels.txt: job-board repost of a consultancy ToR with Label: value lines', () => {
  const doc = () => load('jobboard-labels.txt').tor

  it('reads the Label: value header', () => {
    const p = doc().position
    expect(doc().documentType).toBe('consultancy-tor')
    expect(p.title).toBe('National Consultant - Gender and Climate Finance')
    expect(p.organization).toBe('UN Women')
    expect(p.dutyStation).toBe('Addis Ababa, Ethiopia')
    expect(p.closingDate).toBe('2025-05-18')
    expect(p.appointmentType).toBe('Individual Consultant')
    expect(p.duration).toBe('4 months (80 working days)')
    expect(p.startDate).toBe('As soon as possible')
    expect(p.grade).toBeNull()
  })

  it('takes Background as the context', () => {
    const context = doc().context ?? ''
    expect(context).toContain(
      "UN Women Ethiopia supports the Ministry of Women and Social Affairs and the Ministry of Finance in making climate finance gender-responsive. The Country Office is implementing a three-year programme on women's resilience to climate shocks in Afar, Somali and Oromia regions.",
    )
    expect(context).not.toContain('Review national climate policies')
  })

  it('lists the five responsibilities and not the deliverables', () => {
    const r = doc().responsibilities
    expect(r).toHaveLength(5)
    expect(r[0]).toMatchObject({
      text: 'Review national climate policies, the Climate Resilient Green Economy strategy and related budget documents from a gender perspective.',
      line: 21,
    })
    expect(r[4]?.text).toBe('Facilitate a one-day validation workshop with government and development partners.')
    expect(extractedText(doc())).not.toContain('Inception report')
  })

  it('reads Education: / Experience: / Skills: under Required qualifications', () => {
    const q = doc().qualifications
    expect(texts(q.education)).toEqual([
      "Master's degree in Gender Studies, Economics, Public Finance, Environmental Studies or a related field.",
    ])
    expect(q.degreeLevels).toEqual(['master'])
    expect(q.experience).toHaveLength(3)
    expect(q.experience[0]).toMatchObject({
      text: 'At least 7 years of experience in gender mainstreaming, public finance or climate change programming.',
      line: 36,
    })
    expect(q.minYearsExperience).toBe(7)
    expect(texts(q.skills)).toEqual(['Excellent analytical and report writing skills.', 'Ability to facilitate multi-stakeholder consultations.'])
    expect(sorted(doc().languages.required)).toEqual(['Amharic', 'English'])
    expect(doc().languages.advantageous).toEqual(['Tigrinya'])
  })

  it('keeps the unknown "Similar jobs" heading as an other section whose list goes nowhere else', () => {
    expect(doc().sections).toContainEqual(expect.objectContaining({ heading: expect.stringMatching(/^Similar jobs:?$/), kind: 'other', line: 55 }))
    expect(extractedText(doc())).not.toContain('Climate Finance Consultant, UNDP')
  })
})
