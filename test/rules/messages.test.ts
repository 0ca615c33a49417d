// Messages quote what the reader sees: a heading or label without the markers that made it one, and the
// new behaviours of issue 13 on cases the rules' own examples do not show.
import { describe, expect, it } from 'vitest'
import { lint, ruleById, rules } from '../../src/index.js'
import { resolveConfig } from '../../src/config/resolve.js'
import { headingText } from '../../src/rules/util/heading-text.js'

function findings(text: string, path: string, ids: string[]): string[] {
  const chosen = ids.map((id) => ruleById(id)!)
  const config = resolveConfig({ config: { rules: Object.fromEntries(chosen.map((rule) => [rule.id, rule.severity])) }, source: 'test', rules: chosen })
  return lint(text, { path, rules: chosen, config }).messages.map((message) => `${message.ruleId} ${message.line}:${message.column} ${message.message}`)
}

describe('headingText', () => {
  it.each([
    ['Qualifications##', 'Qualifications'],
    ['## Qualifications ##', 'Qualifications'],
    ['**Languages**:', 'Languages'],
    ['__Duty Station__ :', 'Duty Station'],
    ['Compétences :', 'Compétences'],
    ['C# developer', 'C# developer'],
  ])('quotes %j as %j', (heading, words) => {
    expect(headingText(heading)).toBe(words)
  })
})

// The lead's rules (required-field, required-section, markup-residue) are checked in their own tests.
const MINE = rules.map((rule) => rule.id).filter((id) => !id.startsWith('required-') && id !== 'markup-residue')

describe('messages of every rule', () => {
  it('carry no heading or emphasis markers from a document full of them', () => {
    const text = [
      '# Programme Analyst ##',
      '',
      '**Position Title**: Programme Analyst',
      '**Duty Station**: N/A',
      '**Grade**: P-3',
      '',
      'Responsibilities##',
      '',
      'The Programme Officer will support the unit. The Programme Analyst is based in Dakar; he will report on its work.',
      '',
      '- The Programme Officer will support the unit; he will report on its work.',
      '- The Programme Officer will support the unit; he will report on its work.',
      '',
      '## Education ##',
      '',
      "- Master's degree with two years of experience.",
      '',
      '**Values**:',
      '',
      '- Integrity',
      '- Profesionalism',
      '',
    ].join('\n')
    const messages = findings(text, 'x.txt', MINE)
    const rulesReporting = new Set(messages.map((message) => message.split(' ')[0]))
    for (const id of ['placeholder', 'title-consistency', 'inclusive-language', 'duplicate-item', 'grade-requirements', 'competency-framework']) expect(rulesReporting).toContain(id)
    for (const message of messages) expect(message).not.toMatch(/##|\*\*|__/)
  })
})

describe('inclusive-language pronouns', () => {
  it('reports one pronoun a line, and none in the inclusive pairs of any language', () => {
    const text = '# Programme Analyst\n\n## Responsibilities\n\n- He will draft the reports and he will present them to his team.\n- He/she will support the unit; s/he reports to the Head of Unit.\n- His or her work is reviewed by him/her.\n'
    expect(findings(text, 'x.md', ['inclusive-language']).filter((message) => message.includes('gives the candidate'))).toEqual([
      'inclusive-language 5:3 "He" gives the candidate a gender: write "They" or rephrase',
    ])
  })

  it('leaves a pronoun that the candidate only precedes as an object ("proposée par le consultant. Elle ...")', () => {
    const text = '# Consultance\n\n## Responsabilités\n\nLa méthodologie sera proposée par le consultant et validée au démarrage de la mission. Elle devra notamment combiner des entretiens et une revue documentaire.\n'
    expect(findings(text, 'x.md', ['inclusive-language'])).toEqual([])
  })

  it('can be turned off with the pronouns option', () => {
    const rule = ruleById('inclusive-language')!
    const config = resolveConfig({ config: { rules: { 'inclusive-language': ['info', { pronouns: false }] } }, source: 'test', rules: [rule] })
    const text = '# Programme Analyst\n\n## Responsibilities\n\n- He will draft the reports.\n'
    expect(lint(text, { path: 'x.md', rules: [rule], config }).messages).toEqual([])
  })
})

describe('year counts with parts', () => {
  it('reads no minimum from the part, in any of the three languages', () => {
    for (const text of [
      "Grade: P-4\n\n## Education\n\n- Master's degree with seven years of experience, including at least 2 years in the field.\n",
      "Grade: P-4\n\n## Formation\n\n- Master avec sept années d'expérience, dont au moins deux ans sur le terrain.\n",
      'Grade: P-4\n\n## Educación\n\n- Maestría con siete años de experiencia, de los cuales dos años en el terreno.\n',
    ]) {
      expect(findings(text, 'x.md', ['grade-requirements', 'experience-consistency'])).toEqual([])
    }
  })
})

describe('date-consistency with the publication date', () => {
  it('is quiet when the closing date follows publication, and reads the posting period end when no closing date is given', () => {
    expect(findings('Publication date: 1 March 2025\nClosing date: 15 March 2025\n', 'x.txt', ['date-consistency'])).toEqual([])
    expect(findings('Posted on: 20.03.2025\n\n## Posting period\n\nFrom 01.03.2025 to 15.03.2025\n', 'x.md', ['date-consistency'])).toEqual([
      'date-consistency 5:20 the posting period ends on "15.03.2025", before the notice was published on "20.03.2025" (line 1): correct one of the two dates',
    ])
  })
})
