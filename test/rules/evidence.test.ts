// Before a "missing" finding, the required-* rules look for the thing in the whole text. These snippets
// each hide one thing where extraction does not read it, or hold only words that look like a cue.
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { defaultData } from '../../src/data/index.js'
import { fieldEvidence, sectionEvidence } from '../../src/rules/util/evidence.js'

const doc = (text: string) => parse(text, { path: 'snippet.txt' })

describe('evidence of a field', () => {
  it('a short line at the top that starts or ends with a job noun is a title', () => {
    expect(fieldEvidence(doc('Senior Programme Officer\n\nWe are hiring.\n'), defaultData, 'title')?.line).toBe(1)
    expect(fieldEvidence(doc('Consultant for the final evaluation\n\nWe are hiring.\n'), defaultData, 'title')?.line).toBe(1)
  })

  it('a line that only mentions a job noun in the middle is not a title', () => {
    expect(fieldEvidence(doc('Unit to which the Consultant is contributing\n\nWe are hiring.\n'), defaultData, 'title')).toBeNull()
  })

  it('a place after "based in" or "basé à" is a duty station; "based in" before a lower-case word is not', () => {
    expect(fieldEvidence(doc('Intro.\n\nThe officer will be based in Freetown, Sierra Leone.\n'), defaultData, 'dutyStation')?.line).toBe(3)
    expect(fieldEvidence(doc('Intro.\n\nLe poste est basé à Dakar.\n'), defaultData, 'dutyStation')?.line).toBe(3)
    expect(fieldEvidence(doc('Intro.\n\nDecisions are based in part on evidence.\n'), defaultData, 'dutyStation')).toBeNull()
  })

  it('a cue inside another word is no cue ("possède" holds "sede")', () => {
    expect(fieldEvidence(doc('Intro.\n\nLa candidate possède Excel.\n'), defaultData, 'dutyStation')).toBeNull()
  })

  it('"reports to" before a capitalised title names a supervisor; "reports to the team" does not', () => {
    expect(fieldEvidence(doc('Intro.\n\nThe assistant reports to the Head of Office.\n'), defaultData, 'reportsTo')?.line).toBe(3)
    expect(fieldEvidence(doc('Intro.\n\nProvide regular reports to the project team.\n'), defaultData, 'reportsTo')).toBeNull()
  })

  it('a period near "contract" is a duration', () => {
    expect(fieldEvidence(doc('Intro.\n\nThis is a six months contract.\n'), defaultData, 'duration')?.line).toBe(3)
    expect(fieldEvidence(doc('Intro.\n\nThe project started six months ago.\n'), defaultData, 'duration')).toBeNull()
  })
})

describe('evidence of a section', () => {
  it('a heading with the words of duties in any language, a degree, a language named as required', () => {
    const found = doc('## Vos tâches principales\n\nSuivre les projets.\n\n## Profil\n\nMaster en droit. La maîtrise du français est exigée.\n')
    expect(sectionEvidence(found, defaultData, 'responsibilities')?.quote).toBe('Vos tâches principales')
    expect(sectionEvidence(found, defaultData, 'qualifications')?.line).toBe(7)
    expect(sectionEvidence(found, defaultData, 'languages')?.line).toBe(7)
  })

  it('nothing when the text holds none of it', () => {
    const bare = doc('## Notes\n\nApply online.\n')
    for (const section of ['responsibilities', 'qualifications', 'languages', 'competencies']) expect(sectionEvidence(bare, defaultData, section)).toBeNull()
  })
})
