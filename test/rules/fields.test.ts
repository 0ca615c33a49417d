// The completeness and consistency rules on the real seed documents and on small fixtures built to show
// one mistake each (fixtures/rules/fields/). Every expected finding was checked against the document.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { lint, rules } from '../../src/index.js'
import { resolveConfig } from '../../src/config/resolve.js'

const FAMILY = ['required-section', 'required-field', 'date-consistency', 'grade-requirements', 'experience-consistency', 'title-consistency']

function read(path: string): string {
  return readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8')
}

/** Findings of the given rules (the whole family by default) as `ruleId line:column message`. */
function findings(path: string, ids: string[] = FAMILY, options: Record<string, unknown> = {}): string[] {
  const selected = rules.filter((rule) => ids.includes(rule.id))
  const config = resolveConfig({
    config: { rules: Object.fromEntries(Object.entries(options).map(([id, value]) => [id, [selected.find((rule) => rule.id === id)!.severity, value]])) },
    source: 'test',
    rules: selected,
  })
  return lint(read(path), { path, config, rules: selected }).messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`)
}

describe('seeds', () => {
  it('000 and 001, JPO ToRs: no closing date is required and every section is there', () => {
    expect(findings('seeds/000_b57d233953506967.txt')).toEqual([])
    expect(findings('seeds/001_58b32094f285b7d1.txt')).toEqual([])
  })

  it('002, a consultancy ToR that says "vacancy notice" in its notes: no title and no duty station', () => {
    expect(findings('seeds/002_fe13132658dc064e.txt')).toEqual([
      'required-field 1:1 no duration is stated: a "Duration:" line with the length of the contract is recommended',
      'required-field 1:1 no duty station is stated: add a "Duty Station:" line saying where the position is based',
      'required-field 1:1 no position title is stated: add a "Position Title:" line with the title of the position',
      'required-field 1:1 no supervisor is stated: a "Reports to:" line naming the supervisor is recommended',
    ])
  })

  it('003, a vacancy notice without closing date or competencies', () => {
    expect(findings('seeds/003_2ab568e8ad747d79.txt')).toEqual([
      'required-field 3:3 no closing date is stated: add a "Closing Date:" line with the application deadline',
      'required-field 3:3 no duration is stated: a "Duration:" line with the length of the contract is recommended',
      'required-section 104:6 no competencies section: add the values and competencies required after "Languages"',
    ])
  })

  it('004 draws nothing: P-2 with Master\'s + 2 / University degree + 4, one closing date everywhere, one title', () => {
    expect(findings('seeds/004_85fb80d637fbf5cc.txt')).toEqual([])
    // With every rule of the project on, none of this family's is an error.
    const all = lint(read('seeds/004_85fb80d637fbf5cc.txt'), { path: 'seeds/004_85fb80d637fbf5cc.txt' })
    expect(all.messages.filter((m) => FAMILY.includes(m.ruleId) && m.severity === 'error')).toEqual([])
  })
})

describe('required-field', () => {
  it('reports a label left without value, not a missing field (empty-duty-station.txt)', () => {
    expect(findings('rules/fields/empty-duty-station.txt', ['required-field'])).toEqual(['required-field 4:1 "Duty Station:" has no value: fill in the duty station'])
  })

  it('says so when the closing date is only in the how-to-apply text (deadline-only-in-text.md)', () => {
    expect(findings('rules/fields/deadline-only-in-text.md')).toEqual([
      'required-field 1:1 the closing date is only in the text ("09 February 2022", line 29): add a "Closing Date:" line with it',
    ])
  })

  it('follows the per-type options: a consultancy ToR without required fields reports nothing', () => {
    const none = { 'vacancy-notice': [], 'jpo-tor': [], 'consultancy-tor': [], unknown: [] }
    expect(findings('seeds/002_fe13132658dc064e.txt', ['required-field'], { 'required-field': { requiredFields: none, recommendedFields: none } })).toEqual([])
  })

  it('asks JPO ToRs for a closing date only when configured to', () => {
    expect(findings('seeds/001_58b32094f285b7d1.txt', ['required-field'], { 'required-field': { requiredFields: { 'jpo-tor': ['title', 'closingDate'] } } })).toEqual([
      'required-field 14:1 no closing date is stated: add a "Closing Date:" line with the application deadline',
    ])
  })
})

describe('required-section', () => {
  it('reports an empty section at its heading (empty-duty-station.txt, a consultancy ToR)', () => {
    expect(findings('rules/fields/empty-duty-station.txt', ['required-section'])).toEqual(['required-section 18:1 the "Languages" section is empty: list the languages required'])
  })

  it('requires competencies of consultancy ToRs only when configured to', () => {
    expect(findings('rules/fields/empty-duty-station.txt', ['required-section'], { 'required-section': { requiredSections: { 'consultancy-tor': ['competencies'] } } })).toEqual([
      'required-section 18:1 no competencies section: add the values and competencies required after "Languages"',
    ])
  })
})

describe('date-consistency', () => {
  it('reports an impossible date, a deadline in the text and a posting end that disagree (deadline-disagrees.md)', () => {
    expect(findings('rules/fields/deadline-disagrees.md')).toEqual([
      'date-consistency 7:26 "30 February 2022" is not a real date: correct the day or the month',
      'date-consistency 35:104 says to apply by "19 February 2022" but the closing date is "09 February 2022" (line 8): use the same date',
      'date-consistency 39:20 the posting period ends on "08.02.2022" but the closing date is "09 February 2022" (line 8): end the posting on the closing date',
    ])
  })

  it('reports a closing date before the posting starts and a second closing date (closing-dates-conflict.txt)', () => {
    expect(findings('rules/fields/closing-dates-conflict.txt')).toEqual([
      'date-consistency 4:11 the closing date "18/05/2025" is before the posting starts on "20 May 2025" (line 7): correct one of the two dates',
      'date-consistency 25:15 gives the closing date as "28 May 2025" but line 4 says "18/05/2025": keep one closing date',
    ])
  })
})

describe('grade-requirements and experience-consistency', () => {
  it('a P-3 asking Master\'s + 2 and Bachelor\'s + 1, with "minimum ten years" below (requirements-contradict-grade.md)', () => {
    expect(findings('rules/fields/requirements-contradict-grade.md')).toEqual([
      'grade-requirements 19:60 accepts a Master\'s degree with "two years" of experience, but grade P-3 needs at least 5: ask for 5 years or review the grade',
      'experience-consistency 20:46 accepts a Bachelor\'s degree with "one year" of experience, fewer than the "two years" asked with a Master\'s degree: ask for more years with the lower degree',
      'grade-requirements 20:46 accepts a Bachelor\'s degree with "one year" of experience, but grade P-3 needs at least 7: ask for 7 years or review the grade',
      'experience-consistency 24:11 asks for "ten years" of experience, but the education requirement accepts a Master\'s degree with "two years": make the two agree',
    ])
  })

  it('reads "At least 3 years" in a requirements list as the Master\'s route of a P-3 (jobboard-frontmatter.md)', () => {
    expect(findings('layouts/jobboard-frontmatter.md', ['grade-requirements'])).toEqual([
      'grade-requirements 34:12 accepts a Master\'s degree with "3 years" of experience, but grade P-3 needs at least 5: ask for 5 years or review the grade',
    ])
  })

  it('leaves "two additional years in lieu of the advanced degree" out of the routes (un-secretariat.md, undp.md)', () => {
    expect(findings('layouts/un-secretariat.md', ['grade-requirements', 'experience-consistency'])).toEqual([])
    expect(findings('layouts/undp.md', ['grade-requirements', 'experience-consistency'])).toEqual([])
  })

  it('measures the main experience count against the grade, not the part of it that follows', () => {
    const selected = rules.filter((rule) => rule.id === 'grade-requirements')
    const text = "# Officer\n\nGrade: P-4\n\n## Education\n\n- Master's degree in information systems.\n\n## Experience\n\n- At least seven years of experience in information systems, of which five years in management.\n"
    expect(lint(text, { path: 'officer.md', config: resolveConfig({ config: {}, source: 'test', rules: selected }), rules: selected }).messages).toEqual([])
  })

  it('takes the grade table from the data: an organisation asking 1 year with a Master\'s at P-3 is satisfied', () => {
    const selected = rules.filter((rule) => rule.id === 'grade-requirements')
    const config = resolveConfig({ config: { data: { gradeRequirements: { replace: [{ grade: 'P-3', masterYears: 2, bachelorYears: 4 }] } } }, source: 'test', rules: selected })
    expect(lint(read('layouts/jobboard-frontmatter.md'), { path: 'jobboard-frontmatter.md', config, rules: selected }).messages).toEqual([])
  })
})

describe('title-consistency', () => {
  it('reports a senior title in the body and another title on the requisition line, not other roles (title-drift.md)', () => {
    expect(findings('rules/fields/title-drift.md')).toEqual([
      'title-consistency 12:164 says "Senior Reintegration Officer" but the title is "Reintegration Officer" (line 3): use the same title throughout',
      'title-consistency 30:26 says "Reintegration Assistant" but the title is "Reintegration Officer" (line 3): use the same title throughout',
    ])
  })
})
