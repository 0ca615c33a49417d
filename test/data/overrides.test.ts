// Another organisation adopts torlint through data, not code: its headings and frameworks come from config.
import { describe, expect, it } from 'vitest'
import { dataOverridesSchema, defaultData, lint, mergeData, parse } from '../../src/index.js'

// "Fieldwork" names no section, and its lines start with no task verb: only the vocabulary can place it.
const doc = '## Fieldwork\n\n- Household survey in two districts.\n- Enumerator training.\n\n## Qualifications\n\n- Master\'s degree in statistics.\n'

describe('domain data overrides', () => {
  it('an unknown heading is an "other" section with the built-in vocabulary', () => {
    const { tor } = parse(doc)
    expect(tor.responsibilities).toEqual([])
    expect(tor.sections[0]).toMatchObject({ kind: 'other', heading: 'Fieldwork' })
  })
  it('extending the heading vocabulary makes it a responsibilities section', () => {
    const overrides = dataOverridesSchema.parse({ headings: { extend: [{ kind: 'responsibilities', lang: 'en', phrases: ['fieldwork'] }] } })
    const { tor } = parse(doc, { data: mergeData(overrides) })
    expect(tor.responsibilities.map((item) => item.text)).toEqual(['Household survey in two districts.', 'Enumerator training.'])
  })
  it('replacing a table drops the built-in entries', () => {
    const data = mergeData({ degreeWords: { replace: [{ level: 'doctorate', lang: 'en', phrases: ["master's degree"] }] } })
    expect(parse(doc, { data }).tor.qualifications.degreeLevels).toEqual(['doctorate'])
    expect(defaultData.degreeWords.length).toBeGreaterThan(1)
  })
  it('rejects an unknown table or a malformed entry', () => {
    expect(dataOverridesSchema.safeParse({ headingz: {} }).success).toBe(false)
    expect(dataOverridesSchema.safeParse({ headings: { extend: [{ kind: 'nonsense', lang: 'en', phrases: ['x'] }] } }).success).toBe(false)
  })

  it('a table of word lists is extended list by list, keeping the built-in words', () => {
    const overrides = dataOverridesSchema.parse({ deadlineWords: { extend: { cues: ['à soumettre au plus tard'] } } })
    const data = mergeData(overrides)
    expect(data.deadlineWords.cues[0]).toBe('à soumettre au plus tard')
    expect(data.deadlineWords.cues).toEqual(expect.arrayContaining(defaultData.deadlineWords.cues))
    expect(data.deadlineWords.application).toEqual(defaultData.deadlineWords.application)
  })
  it('deadline and announcement words come from the data: a new wording is a config change', () => {
    const notice = 'Position Title: Driver\nClosing Date: 9 March 2023\n\n## How to apply\n\nCandidates must apply prior to 1 March 2023.\n\nStaff must demonstrate these three values:\n\n- Integrity: acts ethically.\n- Respect: values others.\n'
    const ids = (data = defaultData) => lint(notice, { data }).messages.map((message) => message.ruleId)
    expect(ids()).not.toContain('date-consistency')
    expect(ids()).toContain('count-mismatch')
    const data = mergeData(dataOverridesSchema.parse({ deadlineWords: { extend: { cues: ['prior to'] } }, announcementWords: { replace: { determiners: ['those'], articles: [], followingBefore: [], followingAfter: [] } } }))
    expect(ids(data)).toContain('date-consistency')
    expect(ids(data)).not.toContain('count-mismatch')
  })

  it('supervisor phrases come from the data, tried in order', () => {
    const context = (sentence: string) => `Position Title: Field Monitor\n\n## Context\n\n${sentence}\n`
    const reportsTo = (sentence: string, data = defaultData) => parse(context(sentence), { data }).tor.position.reportsTo
    // The first phrase that matches wins: the direct supervisor over the general one.
    expect(reportsTo('The monitor works under the supervision of the Country Director and the direct supervision of the Field Coordinator.')).toBe('Field Coordinator')
    expect(reportsTo("Le moniteur travaille sous la supervision directe de l'Administrateur de terrain et en coordination avec l'équipe.")).toBe('Administrateur de terrain')
    const guided = 'The monitor works under the guidance of the Head of Sub-Office, in Bo.'
    expect(reportsTo(guided)).toBeNull()
    const data = mergeData(dataOverridesSchema.parse({ supervisorPhrases: { extend: [{ lang: 'en', leads: ['under the guidance of'], articles: ['the'], stops: ['and'] }] } }))
    expect(reportsTo(guided, data)).toBe('Head of Sub-Office')
  })
})
